#include "kickdialog.h"

#include "admin/admincommand.h"
#include "net/closecodes.h"
#include "uiformat.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace SocketScope {

KickDialog::KickDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_code(new QSpinBox(this))
    , m_meaning(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Kick"));
    m_code->setObjectName(QStringLiteral("closeCode"));
    m_reason->setObjectName(QStringLiteral("closeReason"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Close %1 with this close frame:").arg(what), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_code->setRange(1000, 4999);
    m_code->setValue(CloseCode::PolicyViolation);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code);
    codeRow->addWidget(m_meaning, 1);
    // A label made by addRow(QString, QLayout *) has no buddy, so its "&" would show as is.
    auto *codeLabel = new QLabel(tr("Close &code:"), this);
    codeLabel->setBuddy(m_code);
    form->addRow(codeLabel, codeRow);
    // The reason goes out in the close frame: protocol text stays as SPEC says, in English,
    // whatever the window's language (AdminCommand's default).
    m_reason->setText(AdminCommand().reason);
    m_reason->setToolTip(tr("Sent to the client in the close frame, as typed (not translated)"));
    m_reason->setPlaceholderText(tr("at most 123 bytes"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_problem->setStyleSheet(QStringLiteral("color: %1").arg(Theme::errorText().name()));
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Kick"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QSpinBox::valueChanged, this, &KickDialog::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &KickDialog::validate);
    validate();
    m_reason->setFocus();
    m_reason->selectAll();
}

int KickDialog::code() const
{
    return m_code->value();
}

QString KickDialog::reason() const
{
    return m_reason->text();
}

void KickDialog::validate()
{
    m_meaning->setText(UiFormat::closeCodeMeaning(code()));
    QString problem;
    if (!isSendableCloseCode(code()))
        problem = tr("Code %1 is reserved and cannot be sent in a close frame.").arg(code());
    else if (!isValidCloseReason(reason()))
        problem = tr("The reason is longer than 123 bytes of UTF-8.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace SocketScope
