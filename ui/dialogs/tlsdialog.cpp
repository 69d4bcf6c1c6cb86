#include "tlsdialog.h"

#include "theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

TlsDialog::TlsDialog(const TlsSettings &settings, int port, bool running, QWidget *parent)
    : QDialog(parent)
    , m_port(port)
    , m_enabled(new QCheckBox(tr("Serve &wss:// (TLS) on the server port"), this))
    , m_cert(new QLineEdit(settings.certFile, this))
    , m_key(new QLineEdit(settings.keyFile, this))
    , m_plain(new QCheckBox(tr("Also serve plain ws:// on &port:"), this))
    , m_plainPort(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("TLS"));
    m_enabled->setObjectName(u"tlsEnabled"_s);
    m_cert->setObjectName(u"tlsCert"_s);
    m_key->setObjectName(u"tlsKey"_s);
    m_plain->setObjectName(u"plainEnabled"_s);
    m_plainPort->setObjectName(u"plainPort"_s);

    auto *layout = new QVBoxLayout(this);
    m_enabled->setChecked(settings.enabled);
    layout->addWidget(m_enabled);

    auto *form = new QFormLayout;
    const auto fileRow = [this](QLineEdit *edit, const QString &title) {
        auto *row = new QHBoxLayout;
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 48);
        edit->setClearButtonEnabled(true);
        row->addWidget(edit, 1);
        auto *button = new QPushButton(tr("Browse…"), this);
        connect(button, &QPushButton::clicked, this, [this, edit, title] { browse(edit, title); });
        connect(m_enabled, &QCheckBox::toggled, button, &QWidget::setEnabled);
        row->addWidget(button);
        return row;
    };
    m_cert->setPlaceholderText(tr("PEM file, e.g. cert.pem"));
    m_key->setPlaceholderText(tr("unencrypted PEM private key, e.g. key.pem"));
    form->addRow(tr("&Certificate:"), fileRow(m_cert, tr("Certificate file")));
    form->addRow(tr("&Key:"), fileRow(m_key, tr("Private key file")));
    auto *plainRow = new QHBoxLayout;
    m_plainPort->setRange(0, 65535);
    //: Port 0 shown in the spin box: the system picks any free port
    m_plainPort->setSpecialValueText(tr("any"));
    m_plainPort->setValue(settings.plainPort >= 0 ? settings.plainPort : (port > 0 && port < 65535 ? port + 1 : 0));
    m_plain->setChecked(settings.plainPort >= 0);
    plainRow->addWidget(m_plain);
    plainRow->addWidget(m_plainPort);
    plainRow->addStretch(1);
    form->addRow(plainRow);
    layout->addLayout(form);

    auto *hint = new QLabel(tr("scripts/dev-cert.sh makes a self-signed pair for local use. The files are "
                               "checked when the server starts; a problem is shown with the file and the reason."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    if (running) {
        auto *restart = new QLabel(tr("Applying restarts the server: open connections are closed with 1001."), this);
        restart->setWordWrap(true);
        layout->addWidget(restart);
    }
    m_problem->setStyleSheet(u"color: %1"_s.arg(Theme::errorText().name()));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(running ? tr("&Apply and restart") : tr("&Apply and start"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QWidget *w : {static_cast<QWidget *>(m_cert), static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_plain)})
        connect(m_enabled, &QCheckBox::toggled, w, &QWidget::setEnabled);
    connect(m_enabled, &QCheckBox::toggled, this, &TlsDialog::validate);
    connect(m_plain, &QCheckBox::toggled, this, &TlsDialog::validate);
    connect(m_cert, &QLineEdit::textChanged, this, &TlsDialog::validate);
    connect(m_key, &QLineEdit::textChanged, this, &TlsDialog::validate);
    connect(m_plainPort, &QSpinBox::valueChanged, this, &TlsDialog::validate);
    for (QWidget *w : {static_cast<QWidget *>(m_cert), static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_plain)})
        w->setEnabled(settings.enabled);
    validate();
}

TlsSettings TlsDialog::settings() const
{
    TlsSettings s;
    s.enabled = m_enabled->isChecked();
    s.certFile = m_cert->text().trimmed();
    s.keyFile = m_key->text().trimmed();
    s.plainPort = m_plain->isChecked() ? m_plainPort->value() : -1;
    return s;
}

void TlsDialog::browse(QLineEdit *edit, const QString &title)
{
    const QString start = edit->text().isEmpty() ? QString() : QFileInfo(edit->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, title, start,
                                                      tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    if (!file.isEmpty())
        edit->setText(file);
}

void TlsDialog::validate()
{
    const TlsSettings s = settings();
    m_plainPort->setEnabled(s.enabled && m_plain->isChecked());
    QString problem;
    if (s.enabled) {
        if (s.certFile.isEmpty())
            problem = tr("Choose the certificate file.");
        else if (s.keyFile.isEmpty())
            problem = tr("Choose the private key file.");
        else if (s.plainPort > 0 && s.plainPort == m_port)
            problem = tr("The plain ws:// port must differ from the server port %1.").arg(m_port);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace SocketScope
