#include "attachdialog.h"

#include "keyring.h"
#include "remote/remotehost.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

AttachDialog::AttachDialog(const QStringList &recentUrls, QWidget *parent)
    : QDialog(parent)
    , m_url(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the token in the desktop keyring"), this))
    , m_keyringNote(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Attach to server"));
    m_url->setObjectName(u"attachUrl"_s);
    m_keyringNote->setObjectName(u"keyringNote"_s);
    m_remember->setObjectName(u"rememberToken"_s);
    m_token->setObjectName(u"attachToken"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Watch and administer a running SocketScope server, for example one started with "
                                "--headless. The window connects to its /ws/admin endpoint with an admin's token."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_url->setEditable(true);
    m_url->addItems(recentUrls);
    m_url->setMinimumContentsLength(36);
    m_url->lineEdit()->setPlaceholderText(u"wss://host:8000/ws/admin"_s);
    m_url->setToolTip(tr("ws:// or wss:// with host and port; the path defaults to /ws/admin"));
    form->addRow(tr("Server &URL:"), m_url);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("an admin user's API token or JWT"));
    m_token->setToolTip(tr("Sent in the Authorization header (Bearer), never in the URL"));
    form->addRow(tr("Admin &token:"), m_token);
    layout->addLayout(form);
    m_remember->setEnabled(false);
    layout->addWidget(m_remember);
    m_keyringNote->setWordWrap(true);
    m_keyringNote->setText(tr("Looking for the desktop keyring…"));
    layout->addWidget(m_keyringNote);
    m_problem->setStyleSheet(u"color: %1"_s.arg(Theme::errorText().name()));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Attach"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QComboBox::currentTextChanged, this, [this] {
        validate();
        fillSavedToken();
    });
    connect(m_token, &QLineEdit::textEdited, this, [this] {
        m_tokenTyped = true;
        validate();
    });
    connect(m_token, &QLineEdit::textChanged, this, &AttachDialog::validate);

    Keyring::probe(this, [this](bool available, const QString &why) {
        m_keyring = available;
        m_remember->setEnabled(available);
        m_remember->setChecked(available);
        m_keyringNote->setText(available
                                   ? tr("Tokens are kept in the desktop keyring, never in SocketScope's settings file.")
                                   : tr("No desktop keyring (Secret Service or KWallet) answers: the token is not "
                                        "saved and is asked for again next time."));
        // QtKeychain's own words ("Unknown error" when there is no session bus) are for the curious.
        m_keyringNote->setToolTip(why);
        fillSavedToken();
    });
    validate();
}

void AttachDialog::setUrl(const QString &url)
{
    m_url->setCurrentText(url);
}

void AttachDialog::setToken(const QString &token)
{
    m_token->setText(token);
}

QUrl AttachDialog::url() const
{
    return RemoteHost::adminUrl(m_url->currentText());
}

QString AttachDialog::token() const
{
    return m_token->text().trimmed();
}

bool AttachDialog::rememberToken() const
{
    return m_keyring && m_remember->isChecked();
}

void AttachDialog::fillSavedToken()
{
    if (!m_keyring || m_tokenTyped)
        return;
    const QUrl url = this->url();
    if (!url.isValid())
        return;
    Keyring::readToken(url.toString(), this, [this, url](const QString &token) {
        if (!m_tokenTyped && this->url() == url && !token.isEmpty())
            m_token->setText(token);
    });
}

void AttachDialog::validate()
{
    QString problem;
    const QUrl url = RemoteHost::adminUrl(m_url->currentText(), &problem);
    if (m_url->currentText().trimmed().isEmpty())
        problem = tr("Enter the server's URL.");
    else if (!url.isValid())
        problem = tr("Not a usable URL: %1").arg(problem);
    else if (m_token->text().trimmed().isEmpty())
        problem = tr("Enter an admin token.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace SocketScope
