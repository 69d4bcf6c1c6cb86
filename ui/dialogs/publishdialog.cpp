#include "publishdialog.h"

#include "jsoncheck.h"

#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

PublishDialog::PublishDialog(const QStringList &topics, QWidget *parent)
    : QDialog(parent)
    , m_topic(new QComboBox(this))
    , m_json(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Publish JSON"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_topic->setEditable(true);
    m_topic->addItems(topics);
    form->addRow(tr("&Topic:"), m_topic);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    m_json->setPlainText(u"{\n  \"message\": \"hello\"\n}"_s);
    form->addRow(tr("&Data (JSON object):"), m_json);
    layout->addLayout(form);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_json, &QPlainTextEdit::textChanged, this, &PublishDialog::validate);
    connect(m_topic, &QComboBox::currentTextChanged, this, &PublishDialog::validate);
    validate();
    resize(520, 360);
}

void PublishDialog::setTopic(const QString &topic)
{
    m_topic->setEditText(topic);
    m_json->setFocus();
}

void PublishDialog::setSubscriberCounts(const QHash<QString, int> &counts)
{
    m_subscribers = counts;
    validate();
}

void PublishDialog::setJson(const QString &json)
{
    m_json->setPlainText(json);
}

AdminCommand PublishDialog::command() const
{
    AdminCommand c;
    c.type = AdminCommand::Type::Publish;
    c.topic = m_topic->currentText().trimmed();
    c.data = m_json->toPlainText().trimmed().toUtf8();
    return c;
}

void PublishDialog::validate()
{
    const JsonCheck check = checkJsonObject(m_json->toPlainText());
    QList<QTextEdit::ExtraSelection> marks;
    if (!check.ok) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_json->document());
        mark.cursor.setPosition(std::min(check.offset, m_json->document()->characterCount() - 1));
        mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        mark.format.setBackground(Theme::isDark() ? QColor(0x6b, 0x1f, 0x1f) : QColor(0xff, 0xcd, 0xd2));
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(Theme::errorText());
        marks.append(mark);
    }
    m_json->setExtraSelections(marks);
    const bool topicOk = !m_topic->currentText().trimmed().isEmpty();
    if (!check.ok)
        m_status->setText(check.message);
    else if (!topicOk)
        m_status->setText(tr("Choose or type a topic."));
    else {
        const QString topic = m_topic->currentText().trimmed();
        const int n = m_subscribers.value(topic);
        m_status->setText(n > 0 ? tr("Valid JSON object. Reaches %n subscriber(s) of “%1” right now.", nullptr, n).arg(topic)
                                : tr("Valid JSON object. Nobody subscribes to “%1” right now: it reaches no one and "
                                     "is not kept.").arg(topic));
    }
    m_status->setStyleSheet(check.ok && topicOk ? QString() : u"color: %1"_s.arg(Theme::errorText().name()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(check.ok && topicOk);
}

} // namespace SocketScope
