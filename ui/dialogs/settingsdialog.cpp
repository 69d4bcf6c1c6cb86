#include "settingsdialog.h"

#include "portspinbox.h"

#include "i18n.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTabBar>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

constexpr int MaxCount = 1'000'000;

std::optional<Milliseconds> durationIn(const QLineEdit *edit, Milliseconds min, Milliseconds max, bool zeroMeansOff)
{
    const QString text = edit->text().trimmed();
    const std::optional<Milliseconds> value = zeroMeansOff && text == u"off" ? Milliseconds(0) : parseDuration(text);
    if (!value)
        return std::nullopt;
    if (zeroMeansOff && value->count() == 0)
        return value;
    if (*value < min || *value > max)
        return std::nullopt;
    return value;
}

std::optional<qint64> sizeIn(const QLineEdit *edit, qint64 min, qint64 max)
{
    const auto value = parseByteSize(edit->text());
    if (!value || *value < min || *value > max)
        return std::nullopt;
    return value;
}

QSpinBox *spinBox(int min, int max, const QString &objectName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setGroupSeparatorShown(true);
    box->setObjectName(objectName);
    box->setMinimumWidth(box->fontMetrics().averageCharWidth() * 16);
    return box;
}

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

// The field with its explanation (range, default behaviour) in a smaller muted line below.
void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &help)
{
    auto *cell = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *explanation = new QLabel(help, cell);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    QFont small = explanation->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    explanation->setFont(small);
    QPalette palette = explanation->palette();
    palette.setColor(QPalette::WindowText, Theme::mutedText());
    explanation->setPalette(palette);
    layout->addWidget(explanation);
    field->setToolTip(help);
    field->setAccessibleDescription(help);
    auto *caption = new QLabel(label, field->parentWidget());
    caption->setBuddy(field);
    form->addRow(caption, cell);
}

QFormLayout *pageForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace

SettingsDialog::SettingsDialog(const ServerConfig &config, const TlsSettings &tls, const QString &language,
                               Theme::Mode theme, QWidget *parent)
    : QDialog(parent)
    , m_base(config)
    , m_tls(tls)
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    // Each page scrolls: wrapped help texts (longer in German) are never cut off at the bottom.
    QList<QWidget *> pages;
    const auto scrolled = [this, &pages](QWidget *page) {
        pages.append(page);
        auto *area = new QScrollArea(this);
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return area;
    };
    m_tabs->addTab(scrolled(serverPage()), tr("Ser&ver"));
    m_tabs->addTab(scrolled(limitsPage()), tr("&Limits"));
    m_tabs->addTab(scrolled(timeoutsPage()), tr("Time&outs"));
    m_tabs->addTab(scrolled(auditPage()), tr("Audi&t log"));
    m_tabs->addTab(scrolled(appearancePage()), tr("Appeara&nce"));
    layout->addWidget(m_tabs, 1);

    auto *note = new QLabel(tr("Server settings take effect when the server (re)starts. Options given on the "
                               "command line override them for that run."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"settingsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: %1"_s.arg(Theme::errorText().name()));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    // Tall enough for the tallest page at the width chosen, as far as the screen allows.
    int pageWidth = fontMetrics().averageCharWidth() * 84;
    for (QWidget *page : std::as_const(pages))
        pageWidth = std::max(pageWidth, page->minimumSizeHint().width());
    int pageHeight = 0;
    for (QWidget *page : std::as_const(pages))
        pageHeight = std::max(pageHeight, page->hasHeightForWidth() ? page->heightForWidth(pageWidth)
                                                                    : page->sizeHint().height());
    const QSize chrome = sizeHint() - m_tabs->sizeHint();
    QSize wanted(pageWidth + 40 + std::max(0, chrome.width()),
                 pageHeight + m_tabs->tabBar()->sizeHint().height() + 24 + std::max(0, chrome.height()));
    if (const QScreen *s = screen())
        wanted = wanted.boundedTo(s->availableGeometry().size() * 9 / 10);
    resize(wanted);

    setValues(config);
    const int languageIndex = m_language->findData(language);
    m_language->setCurrentIndex(std::max(0, languageIndex));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Theme::modeKey(theme))));

    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    for (QSpinBox *box : findChildren<QSpinBox *>())
        connect(box, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_port->editor(), &QLineEdit::textChanged, this, &SettingsDialog::validate);   // 70000 is not a value
    validate();
}

QWidget *SettingsDialog::serverPage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(page);
    m_host = lineEdit(u"host"_s, page);
    addRow(form, tr("&Address:"), m_host,
           tr("An IP address, localhost, any (every IPv4 interface, 0.0.0.0) or any6 (every IPv6 interface, ::). "
              "127.0.0.1 accepts connections from this computer only."));
    m_port = new PortSpinBox(page);
    m_port->setObjectName(u"port"_s);
    m_port->setMinimumWidth(m_port->fontMetrics().averageCharWidth() * 16);
    m_port->setSpecialValueText(tr("any free port"));
    addRow(form, tr("&Port:"), m_port, tr("0 to 65535; 0 lets the system choose a free port."));

    m_db = lineEdit(u"db"_s, page);
    m_db->setPlaceholderText(tr("default location"));
    m_db->setClearButtonEnabled(true);
    auto *dbRow = new QWidget(page);
    auto *dbLayout = new QHBoxLayout(dbRow);
    dbLayout->setContentsMargins(0, 0, 0, 0);
    dbLayout->addWidget(m_db, 1);
    auto *browse = new QPushButton(tr("&Browse…"), dbRow);
    dbLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Database file"), m_db->text(),
                                                          tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_db->setText(file);
    });
    m_db->setAccessibleName(tr("Database file or URL"));
    addRow(form, tr("&Database:"), dbRow,
           tr("SQLite file with users, hashed tokens, sessions, bans and the audit log, or a PostgreSQL "
              "database that the nodes of a cluster share: postgresql://USER@HOST:PORT/DB (the password "
              "comes from the password file below, ~/.pgpass or PGPASSWORD, never from here). Empty: "
              "socketscope.sqlite in the application data folder."));

    m_dbPasswordFile = lineEdit(u"dbPasswordFile"_s, page);
    m_dbPasswordFile->setPlaceholderText(tr("~/.pgpass or PGPASSWORD"));
    m_dbPasswordFile->setClearButtonEnabled(true);
    auto *passwordRow = new QWidget(page);
    auto *passwordLayout = new QHBoxLayout(passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(m_dbPasswordFile, 1);
    auto *browsePassword = new QPushButton(tr("B&rowse…"), passwordRow);
    passwordLayout->addWidget(browsePassword);
    connect(browsePassword, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Password file"), m_dbPasswordFile->text());
        if (!file.isEmpty())
            m_dbPasswordFile->setText(file);
    });
    m_dbPasswordFile->setAccessibleName(tr("PostgreSQL password file"));
    addRow(form, tr("Pass&word file:"), passwordRow,
           tr("For a postgresql:// database: a file whose first line is the password (keep it readable "
              "by you alone). Only its path is saved. Empty: ~/.pgpass or PGPASSWORD."));
    // A SQLite file has no password: the field only means something for a PostgreSQL URL.
    const auto enablePasswordFile = [this, passwordRow] {
        passwordRow->setEnabled(Store::isPostgresLocation(m_db->text().trimmed()));
    };
    connect(m_db, &QLineEdit::textChanged, this, enablePasswordFile);
    enablePasswordFile();

    m_jwtSecret = lineEdit(u"jwtSecret"_s, page);
    m_jwtSecret->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_jwtSecret->setPlaceholderText(tr("kept in the database"));
    addRow(form, tr("&JWT secret:"), m_jwtSecret,
           tr("Signs and checks HS256 JWTs; at least 16 characters. Empty: a secret generated once and kept in "
              "the database. A secret entered here is stored in the settings file as plain text."));

    m_demoUsers = new QCheckBox(tr("Create the demo &users in an empty database"), page);
    m_demoUsers->setObjectName(u"demoUsers"_s);
    addRow(form, QString(), m_demoUsers,
           tr("alice (admin), bob and john_doe with the tokens secret-token and valid-token and the sessions "
              "abc123 and xyz789."));

    auto *tlsRow = new QWidget(page);
    auto *tlsLayout = new QHBoxLayout(tlsRow);
    tlsLayout->setContentsMargins(0, 0, 0, 0);
    m_tlsSummary = new QLabel(tlsRow);
    m_tlsSummary->setWordWrap(true);
    tlsLayout->addWidget(m_tlsSummary, 1);
    auto *tlsButton = new QPushButton(tr("TL&S…"), tlsRow);
    tlsButton->setObjectName(u"tlsButton"_s);
    tlsLayout->addWidget(tlsButton);
    connect(tlsButton, &QPushButton::clicked, this, &SettingsDialog::editTls);
    addRow(form, tr("TLS:"), tlsRow,
           tr("wss:// with a certificate and key (PEM) on the server port, optionally plain ws:// on a second port."));
    return page;
}

QWidget *SettingsDialog::limitsPage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(page);
    m_rateLimit = spinBox(1, MaxCount, u"rateLimit"_s, page);
    addRow(form, tr("&Rate limit:"), m_rateLimit,
           tr("Messages each user may send per window, 1 to 1,000,000. A message over the limit is answered "
              "with an error and counted as a rejection."));
    m_rateWindow = lineEdit(u"rateWindow"_s, page);
    addRow(form, tr("Rate &window:"), m_rateWindow,
           tr("The sliding window of the rate limit, from 100ms to 1d (units ms, s, m, h, d: 500ms, 10s, 1m)."));
    m_maxMessageSize = lineEdit(u"maxMessageSize"_s, page);
    addRow(form, tr("Largest &message:"), m_maxMessageSize,
           tr("From 125B to 256MiB (units B, KiB, MiB: 64KiB). A larger message closes the connection with 1009."));
    m_maxConnections = spinBox(1, MaxCount, u"maxConnections"_s, page);
    addRow(form, tr("&Connections in total:"), m_maxConnections,
           tr("1 to 1,000,000. Further connections are refused with 1013 (Try again later)."));
    m_maxPerAddress = spinBox(1, MaxCount, u"maxPerAddress"_s, page);
    addRow(form, tr("Connections per &address:"), m_maxPerAddress,
           tr("Connections from one remote address, 1 to 1,000,000; further ones are refused with 1013."));
    m_slowConsumer = lineEdit(u"slowConsumerBytes"_s, page);
    addRow(form, tr("&Slow consumer limit:"), m_slowConsumer,
           tr("Unsent data a connection may pile up, from 64KiB to 1GiB. A client that reads more slowly "
              "is closed with 1008."));
    m_allowedOrigins = lineEdit(u"allowedOrigins"_s, page);
    m_allowedOrigins->setPlaceholderText(tr("any origin"));
    addRow(form, tr("Allowed ori&gins:"), m_allowedOrigins,
           tr("Comma-separated origins such as https://example.com:8443 that may connect with a session cookie. "
              "Empty: any origin."));
    return page;
}

QWidget *SettingsDialog::timeoutsPage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(page);
    m_handshakeTimeout = lineEdit(u"handshakeTimeout"_s, page);
    addRow(form, tr("&Handshake timeout:"), m_handshakeTimeout,
           tr("From the accepted TCP connection to the WebSocket upgrade, 100ms to 10m."));
    m_authTimeout = lineEdit(u"authTimeout"_s, page);
    addRow(form, tr("&Auth timeout:"), m_authTimeout,
           tr("How long a client without a credential in the handshake has to send "
              "{\"type\":\"auth\",\"token\":…}, 100ms to 10m. Then it is closed with 1008."));
    m_heartbeat = lineEdit(u"heartbeatInterval"_s, page);
    addRow(form, tr("H&eartbeat interval:"), m_heartbeat,
           tr("Protocol pings, 1s to 1h, or 0 for none. Two missed pongs close the connection with 1001."));
    m_publishRate = spinBox(1, 60, u"publishRate"_s, page);
    m_publishRate->setSuffix(tr(" per second"));
    addRow(form, tr("&Window updates:"), m_publishRate,
           tr("Snapshots from the server to this window, 1 to 60 per second. More is smoother and costs more CPU."));
    return page;
}

QWidget *SettingsDialog::auditPage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(page);
    m_auditDays = spinBox(0, 36500, u"auditRetentionDays"_s, page);
    m_auditDays->setSpecialValueText(tr("forever"));
    m_auditDays->setSuffix(tr(" days"));
    addRow(form, tr("&Keep rows for:"), m_auditDays, tr("0 to 36,500 days; 0 keeps them forever."));
    m_auditRows = spinBox(0, 1'000'000'000, u"auditMaxRows"_s, page);
    m_auditRows->setSpecialValueText(tr("no limit"));
    addRow(form, tr("&Rows at most:"), m_auditRows, tr("0 to 1,000,000,000; 0 means no limit."));
    return page;
}

QWidget *SettingsDialog::appearancePage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(u"language"_s);
    const QString systemLanguage = I18n::resolvedLanguage(QString());
    QString systemName;
    for (const I18n::Language &l : I18n::availableLanguages()) {
        if (l.code == systemLanguage)
            systemName = l.nativeName;
    }
    m_language->addItem(tr("System (%1)").arg(systemName), QString());
    for (const I18n::Language &l : I18n::availableLanguages())
        m_language->addItem(l.nativeName, l.code);
    addRow(form, tr("Lan&guage:"), m_language, tr("Takes effect when SocketScope starts again."));

    m_theme = new QComboBox(page);
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("System"), Theme::modeKey(Theme::Mode::System));
    m_theme->addItem(tr("Light"), Theme::modeKey(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), Theme::modeKey(Theme::Mode::Dark));
    addRow(form, tr("T&heme:"), m_theme,
           tr("System follows the desktop's light or dark preference; Light and Dark override it."));
    return page;
}

void SettingsDialog::setValues(const ServerConfig &c)
{
    m_host->setText(c.host);
    m_port->setValue(c.port);
    m_db->setText(c.dbPath);
    m_dbPasswordFile->setText(c.dbPasswordFile);
    m_jwtSecret->setText(c.jwtSecret);
    m_demoUsers->setChecked(c.demoUsers);
    m_rateLimit->setValue(c.rateLimit);
    m_rateWindow->setText(formatDuration(c.rateWindow));
    m_maxMessageSize->setText(formatByteSize(c.maxMessageSize));
    m_maxConnections->setValue(c.maxConnections);
    m_maxPerAddress->setValue(c.maxPerAddress);
    m_slowConsumer->setText(formatByteSize(c.slowConsumerBytes));
    m_allowedOrigins->setText(c.allowedOrigins.join(u", "_s));
    m_handshakeTimeout->setText(formatDuration(c.handshakeTimeout));
    m_authTimeout->setText(formatDuration(c.authTimeout));
    m_heartbeat->setText(c.heartbeatInterval.count() == 0 ? u"0"_s : formatDuration(c.heartbeatInterval));
    m_publishRate->setValue(c.publishRateHz);
    m_auditDays->setValue(c.auditRetentionDays);
    m_auditRows->setValue(c.auditMaxRows);
    updateTlsSummary();
}

void SettingsDialog::restoreDefaults()
{
    const ServerConfig defaults;
    setValues(defaults);
    m_tls = TlsSettings{false, m_tls.certFile, m_tls.keyFile, -1};
    updateTlsSummary();
    m_language->setCurrentIndex(0);
    m_theme->setCurrentIndex(0);
    validate();
}

void SettingsDialog::updateTlsSummary()
{
    if (!m_tlsSummary)
        return;
    if (!m_tls.enabled)
        m_tlsSummary->setText(tr("Off: plain ws://"));
    else if (m_tls.plainPort >= 0)
        m_tlsSummary->setText(tr("On: wss:// with %1, plain ws:// on port %2").arg(m_tls.certFile).arg(m_tls.plainPort));
    else
        m_tlsSummary->setText(tr("On: wss:// with %1").arg(m_tls.certFile));
}

void SettingsDialog::editTls()
{
    TlsDialog dialog(m_tls, m_port->value(), false, this);
    if (dialog.exec() == QDialog::Accepted)
        m_tls = dialog.settings();
    updateTlsSummary();
    validate();
}

ServerConfig SettingsDialog::config() const
{
    ServerConfig c = m_base;
    c.host = m_host->text().trimmed();
    c.port = quint16(m_port->value());
    c.dbPath = m_db->text().trimmed();
    // A SQLite store would try to read it and fail to start.
    c.dbPasswordFile = Store::isPostgresLocation(c.dbPath) ? m_dbPasswordFile->text().trimmed() : QString();
    c.jwtSecret = m_jwtSecret->text();
    c.demoUsers = m_demoUsers->isChecked();
    c.rateLimit = m_rateLimit->value();
    c.rateWindow = durationIn(m_rateWindow, Milliseconds(100), Milliseconds(86'400'000), false).value_or(c.rateWindow);
    c.maxMessageSize = sizeIn(m_maxMessageSize, 125, 256 * 1024 * 1024).value_or(c.maxMessageSize);
    c.maxConnections = m_maxConnections->value();
    c.maxPerAddress = m_maxPerAddress->value();
    c.slowConsumerBytes = sizeIn(m_slowConsumer, 64 * 1024, qint64(1024) * 1024 * 1024).value_or(c.slowConsumerBytes);
    const ConfigResult origins = applyValues(c, {{u"allowed-origins"_s, m_allowedOrigins->text()}});
    if (origins.ok())
        c.allowedOrigins = origins.config.allowedOrigins;
    c.handshakeTimeout = durationIn(m_handshakeTimeout, Milliseconds(100), Milliseconds(600'000), false)
                             .value_or(c.handshakeTimeout);
    c.authTimeout = durationIn(m_authTimeout, Milliseconds(100), Milliseconds(600'000), false).value_or(c.authTimeout);
    c.heartbeatInterval = durationIn(m_heartbeat, Milliseconds(1000), Milliseconds(3'600'000), true)
                              .value_or(c.heartbeatInterval);
    c.publishRateHz = m_publishRate->value();
    c.auditRetentionDays = m_auditDays->value();
    c.auditMaxRows = m_auditRows->value();
    c.tlsCert = m_tls.enabled ? m_tls.certFile : QString();
    c.tlsKey = m_tls.enabled ? m_tls.keyFile : QString();
    c.plainPort = m_tls.enabled ? m_tls.plainPort : -1;
    return c;
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

Theme::Mode SettingsDialog::theme() const
{
    return Theme::modeFromKey(m_theme->currentData().toString());
}

QString SettingsDialog::problem() const
{
    if (!parseHostAddress(m_host->text()))
        return tr("Address: enter an IP address, localhost, any or any6.");
    if (!m_jwtSecret->text().isEmpty() && m_jwtSecret->text().size() < 16)
        return tr("JWT secret: at least 16 characters, or empty.");
    if (!durationIn(m_rateWindow, Milliseconds(100), Milliseconds(86'400'000), false))
        return tr("Rate window: enter a duration from 100ms to 1d, such as 10s or 1m.");
    if (!sizeIn(m_maxMessageSize, 125, 256 * 1024 * 1024))
        return tr("Largest message: enter a size from 125B to 256MiB, such as 64KiB.");
    if (!sizeIn(m_slowConsumer, 64 * 1024, qint64(1024) * 1024 * 1024))
        return tr("Slow consumer limit: enter a size from 64KiB to 1GiB, such as 4MiB.");
    if (!applyValues(ServerConfig{}, {{u"allowed-origins"_s, m_allowedOrigins->text()}}).ok())
        return tr("Allowed origins: each origin is scheme://host[:port], such as https://example.com.");
    if (!durationIn(m_handshakeTimeout, Milliseconds(100), Milliseconds(600'000), false))
        return tr("Handshake timeout: enter a duration from 100ms to 10m.");
    if (!durationIn(m_authTimeout, Milliseconds(100), Milliseconds(600'000), false))
        return tr("Auth timeout: enter a duration from 100ms to 10m.");
    if (!durationIn(m_heartbeat, Milliseconds(1000), Milliseconds(3'600'000), true))
        return tr("Heartbeat interval: enter 0 (off) or a duration from 1s to 1h.");
    if (m_port->isOutOfRange())
        return tr("Port: %1 is not a port; enter 0 to 65535.").arg(m_port->typedText());
    if (m_tls.enabled && m_tls.plainPort > 0 && m_tls.plainPort == m_port->value())
        return tr("TLS: the plain ws:// port must differ from the server port.");
    return {};
}

void SettingsDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace SocketScope
