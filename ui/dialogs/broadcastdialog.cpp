#include "broadcastdialog.h"

#include "uiformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

BroadcastDialog::BroadcastDialog(const ServerSnapshot &snapshot, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_target(new QComboBox(this))
    , m_valueLabel(new QLabel(this))
    , m_value(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_recipients(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Broadcast"));
    m_target->setObjectName(u"broadcastTarget"_s);
    m_value->setObjectName(u"broadcastValue"_s);
    m_text->setObjectName(u"broadcastText"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_target->addItem(tr("Everyone"), int(Target::Everyone));
    m_target->addItem(tr("A room"), int(Target::Room));
    m_target->addItem(tr("An endpoint"), int(Target::Endpoint));
    m_target->addItem(tr("A user"), int(Target::User));
    form->addRow(tr("&To:"), m_target);
    m_valueLabel->setBuddy(m_value);
    form->addRow(m_valueLabel, m_value);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Text to send"));
    form->addRow(tr("&Message:"), m_text);
    layout->addLayout(form);
    layout->addWidget(m_recipients);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BroadcastDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        fillValues();
        update();
    });
    connect(m_value, &QComboBox::currentTextChanged, this, &BroadcastDialog::update);
    connect(m_text, &QPlainTextEdit::textChanged, this, &BroadcastDialog::update);
    fillValues();
    update();
    m_text->setFocus();
    resize(480, 300);
}

void BroadcastDialog::setTarget(Target target, const QVariant &value)
{
    m_target->setCurrentIndex(m_target->findData(int(target)));
    if (value.isValid()) {
        const int i = m_value->findData(value);
        if (i >= 0)
            m_value->setCurrentIndex(i);
        else if (m_value->isEditable())
            m_value->setEditText(value.toString());
    }
    update();
}

BroadcastDialog::Target BroadcastDialog::target() const
{
    return Target(m_target->currentData().toInt());
}

void BroadcastDialog::fillValues()
{
    m_value->clear();
    const Target t = target();
    m_value->setEditable(t == Target::Room);
    switch (t) {
    case Target::Everyone:
        break;
    case Target::Room:
        m_valueLabel->setText(tr("&Room:"));
        for (const RoomInfo &room : std::as_const(m_snapshot.rooms))
            m_value->addItem(room.name, room.name);
        break;
    case Target::Endpoint:
        m_valueLabel->setText(tr("&Endpoint:"));
        for (EndpointKind k : {EndpointKind::Chat, EndpointKind::Manager, EndpointKind::Room,
                               EndpointKind::Subscribe, EndpointKind::Admin, EndpointKind::Echo}) {
            m_value->addItem(u"%1 (%2)"_s.arg(UiFormat::endpointName(k), endpointPattern(k)), int(k));
        }
        break;
    case Target::User: {
        m_valueLabel->setText(tr("&User:"));
        QMap<QString, qint64> users;
        for (const ConnectionInfo &c : std::as_const(m_snapshot.connections)) {
            if (c.authenticated && c.userId >= 0)
                users.insert(UiFormat::user(c.userId, c.userName), c.userId);
        }
        for (auto it = users.cbegin(); it != users.cend(); ++it)
            m_value->addItem(it.key(), it.value());
        break;
    }
    }
    m_valueLabel->setVisible(t != Target::Everyone);
    m_value->setVisible(t != Target::Everyone);
}

int BroadcastDialog::recipients() const
{
    int n = 0;
    switch (target()) {
    case Target::Everyone:
        return int(m_snapshot.connections.size());
    case Target::Room:
        for (const RoomInfo &room : std::as_const(m_snapshot.rooms)) {
            if (room.name == m_value->currentText())
                return room.count();
        }
        return 0;
    case Target::Endpoint: {
        const auto kind = EndpointKind(m_value->currentData().toInt());
        for (const ConnectionInfo &c : std::as_const(m_snapshot.connections))
            n += c.endpoint == kind ? 1 : 0;
        return n;
    }
    case Target::User: {
        const qint64 user = m_value->currentData().toLongLong();
        for (const ConnectionInfo &c : std::as_const(m_snapshot.connections))
            n += (c.authenticated && c.userId == user) ? 1 : 0;
        return n;
    }
    }
    return n;
}

AdminCommand BroadcastDialog::command() const
{
    AdminCommand c;
    c.text = m_text->toPlainText();
    switch (target()) {
    case Target::Everyone:
        c.type = AdminCommand::Type::Broadcast;
        break;
    case Target::Room:
        c.type = AdminCommand::Type::Broadcast;
        c.room = m_value->currentText().trimmed();
        break;
    case Target::Endpoint:
        c.type = AdminCommand::Type::Broadcast;
        c.endpoint = EndpointKind(m_value->currentData().toInt());
        break;
    case Target::User:
        c.type = AdminCommand::Type::SendToUser;
        c.userId = m_value->currentData().toLongLong();
        break;
    }
    return c;
}

void BroadcastDialog::update()
{
    const int n = recipients();
    const QString text = m_text->toPlainText();
    const qint64 size = text.toUtf8().size();
    QString line = tr("Reaches %n connection(s) right now.", nullptr, n);
    if (size > 0)
        //: %1 the size of the message (e.g. "1.2 KiB"), %2 the total for all recipients
        line += u' ' + tr("%1 each, %2 in all.").arg(UiFormat::bytes(quint64(size)), UiFormat::bytes(quint64(size) * quint64(n)));
    if (!text.isEmpty() && text.trimmed().isEmpty())
        line += u' ' + tr("Send is off: the text is only white space, which every endpoint refuses as an empty message.");
    m_recipients->setText(line);
    m_recipients->setWordWrap(true);
    bool ok = !text.trimmed().isEmpty();
    if (target() == Target::Room)
        ok = ok && !m_value->currentText().trimmed().isEmpty();
    else if (target() != Target::Everyone)
        ok = ok && m_value->currentIndex() >= 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void BroadcastDialog::accept()
{
    const int n = recipients();
    if (n > ConfirmThreshold) {
        const auto answer = QMessageBox::question(
            this, tr("Confirm broadcast"),
            tr("This message goes to %n connection(s). Send it?", nullptr, n),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}

} // namespace SocketScope
