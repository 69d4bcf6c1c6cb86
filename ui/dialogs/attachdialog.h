#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace SocketScope {

// File → Attach to server…: the /ws/admin URL of a running server (recent ones offered) and an
// admin token, which the desktop keyring keeps when one is reachable.
class AttachDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AttachDialog(const QStringList &recentUrls, QWidget *parent = nullptr);

    void setUrl(const QString &url);
    void setToken(const QString &token);
    QUrl url() const;
    QString token() const;
    bool rememberToken() const;

private:
    void validate();
    void fillSavedToken();

    QComboBox *m_url;
    QLineEdit *m_token;
    QCheckBox *m_remember;
    QLabel *m_keyringNote;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_keyring = false;
    bool m_tokenTyped = false;
};

} // namespace SocketScope
