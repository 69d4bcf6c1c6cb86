#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace SocketScope {

// What the window keeps about TLS, on or off (the paths stay when it is turned off).
struct TlsSettings
{
    bool enabled = false;
    QString certFile;
    QString keyFile;
    int plainPort = -1;   // with TLS: also plain ws:// on this port (0: any free one); -1: none

    friend bool operator==(const TlsSettings &, const TlsSettings &) = default;
};

// Server → TLS…: serve wss:// with a certificate and key (PEM), optionally plain ws:// on a
// second port. Whether the files are usable is checked by the server when it starts, which then
// names the file and the reason.
class TlsDialog : public QDialog
{
    Q_OBJECT
public:
    // `port`: the main port (the plain port must differ); `running`: whether applying restarts
    // the server or starts it.
    TlsDialog(const TlsSettings &settings, int port, bool running, QWidget *parent = nullptr);

    TlsSettings settings() const;

private:
    void browse(QLineEdit *edit, const QString &title);
    void validate();

    int m_port;
    QCheckBox *m_enabled;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QCheckBox *m_plain;
    QSpinBox *m_plainPort;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace SocketScope
