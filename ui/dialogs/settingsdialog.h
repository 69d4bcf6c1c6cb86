#pragma once

#include "config.h"
#include "theme.h"
#include "tlsdialog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace SocketScope {

class PortSpinBox;

// Server → Settings…: every option of ServerConfig (the same ranges as the command line, each
// explained under its field), TLS through the TLS dialog, and the window's language and theme.
// Invalid input disables OK and says what is wrong; "Restore defaults" fills in SPEC defaults.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const ServerConfig &config, const TlsSettings &tls, const QString &language,
                   Theme::Mode theme, QWidget *parent = nullptr);

    // The edited options; only meaningful while problem() is empty.
    ServerConfig config() const;
    TlsSettings tlsSettings() const { return m_tls; }
    QString language() const;   // empty: follow the system
    Theme::Mode theme() const;
    // What is wrong with the input (translated), or empty.
    QString problem() const;

    void restoreDefaults();

private:
    void setValues(const ServerConfig &config);
    void validate();
    void updateTlsSummary();
    void editTls();
    QWidget *serverPage();
    QWidget *limitsPage();
    QWidget *timeoutsPage();
    QWidget *auditPage();
    QWidget *appearancePage();

    ServerConfig m_base;   // fields the dialog does not show (none today) come from here
    TlsSettings m_tls;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_host = nullptr;
    PortSpinBox *m_port = nullptr;
    QLineEdit *m_db = nullptr;
    QLineEdit *m_dbPasswordFile = nullptr;
    QLineEdit *m_jwtSecret = nullptr;
    QCheckBox *m_demoUsers = nullptr;
    QLabel *m_tlsSummary = nullptr;
    QSpinBox *m_rateLimit = nullptr;
    QLineEdit *m_rateWindow = nullptr;
    QLineEdit *m_maxMessageSize = nullptr;
    QSpinBox *m_maxConnections = nullptr;
    QSpinBox *m_maxPerAddress = nullptr;
    QLineEdit *m_slowConsumer = nullptr;
    QLineEdit *m_allowedOrigins = nullptr;
    QLineEdit *m_handshakeTimeout = nullptr;
    QLineEdit *m_authTimeout = nullptr;
    QLineEdit *m_heartbeat = nullptr;
    QSpinBox *m_publishRate = nullptr;
    QSpinBox *m_auditDays = nullptr;
    QSpinBox *m_auditRows = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace SocketScope
