#include "sendtouserdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace SocketScope {

SendToUserDialog::SendToUserDialog(const QString &userDescription, int connections, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Send message to user"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Text to %1 (%n open connection(s)):", nullptr, connections)
                                     .arg(userDescription), this));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    });
    m_text->setFocus();
}

QString SendToUserDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace SocketScope
