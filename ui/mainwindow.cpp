#include "mainwindow.h"

#include "admin/admincommand.h"
#include "attachdialog.h"
#include "keyring.h"
#include "remote/remotehost.h"
#include "auditexportdialog.h"
#include "connectioninspector.h"
#include "bandialog.h"
#include "broadcastdialog.h"
#include "clientpanel/clientpanel.h"
#include "connectionsmodel.h"
#include "connectionspanel.h"
#include "eventlogmodel.h"
#include "eventlogpanel.h"
#include "groupsmodels.h"
#include "grouppanel.h"
#include "helpdialogs.h"
#include "i18n.h"
#include "kickdialog.h"
#include "lagprobe.h"
#include "publishdialog.h"
#include "quitsignals.h"
#include "ratelimitsmodel.h"
#include "portspinbox.h"
#include "ratelimitspanel.h"
#include "sendtouserdialog.h"
#include "settingsdialog.h"
#include "serverhost.h"
#include "trafficcharts.h"
#include "uiformat.h"
#include "userspanel.h"
#include "nodespanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QResizeEvent>
#include <QScrollArea>
#include <QFileDialog>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSslCertificate>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTimer>
#include <QToolBar>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
constexpr auto KeyHost = "server/host";
constexpr auto KeyPort = "server/port";
constexpr auto KeyRateLimit = "server/rateLimit";
constexpr auto KeyRateWindow = "server/rateWindowMs";
constexpr auto KeyTlsEnabled = "server/tlsEnabled";
constexpr auto KeyTlsCert = "server/tlsCert";
constexpr auto KeyTlsKey = "server/tlsKey";
constexpr auto KeyPlainPort = "server/plainPort";
constexpr auto KeyDbPath = "server/dbPath";
constexpr auto KeyDbPasswordFile = "server/dbPasswordFile";   // the path only, never the password
constexpr auto KeyJwtSecret = "server/jwtSecret";
constexpr auto KeyMaxMessageSize = "server/maxMessageSize";
constexpr auto KeyMaxConnections = "server/maxConnections";
constexpr auto KeyMaxPerAddress = "server/maxPerAddress";
constexpr auto KeyHandshakeTimeout = "server/handshakeTimeoutMs";
constexpr auto KeyAuthTimeout = "server/authTimeoutMs";
constexpr auto KeyHeartbeat = "server/heartbeatIntervalMs";
constexpr auto KeySlowConsumer = "server/slowConsumerBytes";
constexpr auto KeyAllowedOrigins = "server/allowedOrigins";
constexpr auto KeyDemoUsers = "server/demoUsers";
constexpr auto KeyPublishRate = "server/publishRateHz";
constexpr auto KeyAuditDays = "server/auditRetentionDays";
constexpr auto KeyAuditRows = "server/auditMaxRows";
constexpr auto KeyGeometry = "window/geometry";
constexpr auto KeyState = "window/state";
constexpr auto KeyChartWindow = "charts/windowMs";
constexpr auto KeyConnectionsHeader = "connections/header";
constexpr auto KeyHeaderLanguage = "connections/headerLanguage";
constexpr auto KeyWelcomed = "ui/welcomed";
constexpr auto KeyRecentServers = "remote/recent";
constexpr auto KeyTrustedCerts = "remote/trustedCertificates";
constexpr int MaxRecentServers = 8;
constexpr int StateVersion = 1;

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

// A saved number within [min, max], else `fallback` (a hand-edited settings file must not
// start the server with a value the command line would refuse).
qint64 savedNumber(const QSettings &settings, const char *k, qint64 fallback, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = settings.value(key(k), fallback).toLongLong(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

Milliseconds savedDuration(const QSettings &settings, const char *k, Milliseconds fallback, qint64 min, qint64 max,
                           bool zeroMeansOff = false)
{
    const qint64 value = savedNumber(settings, k, fallback.count(), zeroMeansOff ? 0 : min, max);
    return Milliseconds(zeroMeansOff && value > 0 && value < min ? fallback.count() : value);
}

QIcon icon(const char *name)
{
    return QIcon(u":/icons/%1.svg"_s.arg(QLatin1String(name)));
}
} // namespace

ServerConfig MainWindow::withSavedSettings(const ServerConfig &base)
{
    ServerConfig config = base;
    const QSettings settings;
    config.host = settings.value(key(KeyHost), base.host).toString();
    const int port = settings.value(key(KeyPort), int(base.port)).toInt();
    if (port >= 0 && port <= 65535)
        config.port = quint16(port);
    const int limit = settings.value(key(KeyRateLimit), base.rateLimit).toInt();
    if (limit > 0)
        config.rateLimit = limit;
    const qint64 window = settings.value(key(KeyRateWindow), qint64(base.rateWindow.count())).toLongLong();
    if (window > 0)
        config.rateWindow = Milliseconds(window);
    const QString db = settings.value(key(KeyDbPath)).toString();
    if (!db.isEmpty())
        config.dbPath = db;
    const QString passwordFile = settings.value(key(KeyDbPasswordFile)).toString();
    if (!passwordFile.isEmpty() && base.dbPasswordFile.isEmpty())
        config.dbPasswordFile = passwordFile;
    const QString secret = settings.value(key(KeyJwtSecret)).toString();
    if (secret.size() >= 16)
        config.jwtSecret = secret;
    constexpr qint64 MaxCount = 1'000'000;
    config.maxMessageSize = savedNumber(settings, KeyMaxMessageSize, base.maxMessageSize, 125, 256 * 1024 * 1024);
    config.maxConnections = int(savedNumber(settings, KeyMaxConnections, base.maxConnections, 1, MaxCount));
    config.maxPerAddress = int(savedNumber(settings, KeyMaxPerAddress, base.maxPerAddress, 1, MaxCount));
    config.handshakeTimeout = savedDuration(settings, KeyHandshakeTimeout, base.handshakeTimeout, 100, 600'000);
    config.authTimeout = savedDuration(settings, KeyAuthTimeout, base.authTimeout, 100, 600'000);
    config.heartbeatInterval = savedDuration(settings, KeyHeartbeat, base.heartbeatInterval, 1000, 3'600'000, true);
    config.slowConsumerBytes = savedNumber(settings, KeySlowConsumer, base.slowConsumerBytes, 64 * 1024,
                                           qint64(1024) * 1024 * 1024);
    if (settings.contains(key(KeyAllowedOrigins))) {
        const ConfigResult origins = applyValues(config, {{u"allowed-origins"_s,
                                                           settings.value(key(KeyAllowedOrigins)).toString()}});
        if (origins.ok())
            config.allowedOrigins = origins.config.allowedOrigins;
    }
    config.demoUsers = settings.value(key(KeyDemoUsers), base.demoUsers).toBool();
    config.publishRateHz = int(savedNumber(settings, KeyPublishRate, base.publishRateHz, 1, 60));
    config.auditRetentionDays = int(savedNumber(settings, KeyAuditDays, base.auditRetentionDays, 0, 36500));
    config.auditMaxRows = int(savedNumber(settings, KeyAuditRows, base.auditMaxRows, 0, 1'000'000'000));
    // TLS as the TLS dialog left it, unless the base already has its own.
    if (!base.tlsEnabled() && settings.value(key(KeyTlsEnabled), false).toBool()) {
        config.tlsCert = settings.value(key(KeyTlsCert)).toString();
        config.tlsKey = settings.value(key(KeyTlsKey)).toString();
        const int plain = settings.value(key(KeyPlainPort), -1).toInt();
        config.plainPort = plain >= 0 && plain <= 65535 ? plain : -1;
    }
    return config;
}

void MainWindow::saveServerSettings(const ServerConfig &config, const TlsSettings &tls)
{
    QSettings s;
    s.setValue(key(KeyHost), config.host);
    s.setValue(key(KeyPort), int(config.port));
    s.setValue(key(KeyRateLimit), config.rateLimit);
    s.setValue(key(KeyRateWindow), qint64(config.rateWindow.count()));
    s.setValue(key(KeyDbPath), config.dbPath);
    s.setValue(key(KeyDbPasswordFile), config.dbPasswordFile);
    s.setValue(key(KeyJwtSecret), config.jwtSecret);
    s.setValue(key(KeyMaxMessageSize), config.maxMessageSize);
    s.setValue(key(KeyMaxConnections), config.maxConnections);
    s.setValue(key(KeyMaxPerAddress), config.maxPerAddress);
    s.setValue(key(KeyHandshakeTimeout), qint64(config.handshakeTimeout.count()));
    s.setValue(key(KeyAuthTimeout), qint64(config.authTimeout.count()));
    s.setValue(key(KeyHeartbeat), qint64(config.heartbeatInterval.count()));
    s.setValue(key(KeySlowConsumer), config.slowConsumerBytes);
    s.setValue(key(KeyAllowedOrigins), config.allowedOrigins.join(u','));
    s.setValue(key(KeyDemoUsers), config.demoUsers);
    s.setValue(key(KeyPublishRate), config.publishRateHz);
    s.setValue(key(KeyAuditDays), config.auditRetentionDays);
    s.setValue(key(KeyAuditRows), config.auditMaxRows);
    s.setValue(key(KeyTlsEnabled), tls.enabled);
    s.setValue(key(KeyTlsCert), tls.certFile);
    s.setValue(key(KeyTlsKey), tls.keyFile);
    s.setValue(key(KeyPlainPort), tls.plainPort);
}

MainWindow::MainWindow(ServerHost *host, const ServerConfig &startConfig, QWidget *parent, bool startLocalServer)
    : QMainWindow(parent)
    , m_host(host)
    , m_config(startConfig)
{
    setWindowTitle(tr("SocketScope"));
    setWindowIcon(icon("socketscope"));
    setDockNestingEnabled(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);

    m_tls.enabled = startConfig.tlsEnabled();
    m_tls.plainPort = startConfig.tlsEnabled() ? startConfig.plainPort : -1;
    if (m_tls.enabled) {
        m_tls.certFile = startConfig.tlsCert;
        m_tls.keyFile = startConfig.tlsKey;
    } else {
        // Off now, but the dialog offers the files chosen last time.
        const QSettings settings;
        m_tls.certFile = settings.value(key(KeyTlsCert)).toString();
        m_tls.keyFile = settings.value(key(KeyTlsKey)).toString();
    }

    // Below this the docks cannot all show their title and a few rows.
    setMinimumSize(720, 480);
    createModels();
    createToolBar();
    createDocks();
    createMenus();
    createStatusBar();
    createLagProbe();
    updateThemeDependents();
    m_defaultState = saveState(StateVersion);
    applyDefaultGeometry();
    readSettings();

    // While attached to another server the embedded one's snapshots are off and its answers are
    // not shown (their request ids would collide with the remote host's).
    connect(host, &ServerHost::snapshotReady, this, [this](const ServerSnapshot &s) {
        if (!m_remote)
            onSnapshot(s);
    });
    connect(host, &ServerHost::started, this, &MainWindow::onStarted);
    connect(host, &ServerHost::stopped, this, &MainWindow::onStopped);
    connect(host, &ServerHost::adminResult, this, [this](const AdminResult &r) {
        if (!m_remote)
            onAdminResult(r);
    });
    host->setSnapshotsEnabled(true);
    // Ctrl+C in the terminal or a benchmark's SIGTERM closes the window the normal way.
    quitOnTerminationSignals(this, [this] {
        close();
        QCoreApplication::quit();
    });
    if (startLocalServer)
        startServer();
    else
        onStopped();
}

MainWindow::~MainWindow()
{
    if (m_lagReport) {
        const QString line = LagProbe::reportLine(m_lag->recent(), m_lag->total(), m_lag->windowSecs());
        std::fprintf(stderr, "%s\n", qPrintable(line));
        std::fflush(stderr);
    }
}

void MainWindow::applyDefaultGeometry()
{
    // First run (restoreGeometry() overrides this): most of the screen, centred. The tables
    // have many columns; a small default window cuts them off.
    const QScreen *s = screen();
    if (!s)
        return;
    const QRect available = s->availableGeometry();
    // Wide enough for every connections column where the screen allows (dock frames: ~16 px).
    const int wanted = m_connectionsPanel->preferredWidth() + 16;
    const int width = std::clamp(wanted, available.width() * 85 / 100, available.width() * 95 / 100);
    QSize size(width, available.height() * 85 / 100);
    size = size.expandedTo(QSize(1100, 720)).boundedTo(available.size());
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::applyDefaultDockSizes()
{
    // Connections on top over the full width; below, the event log tab group and the charts.
    const int w = width();
    const int h = height();
    resizeDocks({m_eventsDock, m_chartsDock}, {w * 61 / 100, w * 39 / 100}, Qt::Horizontal);
    resizeDocks({m_connectionsDock, m_eventsDock}, {h * 55 / 100, h * 45 / 100}, Qt::Vertical);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitToolBar();
}

void MainWindow::fitToolBar()
{
    // Texts beside the icons while they fit; otherwise icons only (texts in the tooltips), so
    // that Broadcast and Publish never hide behind the toolbar's » button (German at 1024 px).
    if (!m_toolBar)
        return;
    if (m_toolBar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
        m_toolBarTextWidth = m_toolBar->sizeHint().width();
    const Qt::ToolButtonStyle wanted = width() >= m_toolBarTextWidth + 8 ? Qt::ToolButtonTextBesideIcon
                                                                         : Qt::ToolButtonIconOnly;
    if (wanted != m_toolBar->toolButtonStyle())
        m_toolBar->setToolButtonStyle(wanted);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitToolBar();
    if (m_shown)
        return;
    m_shown = true;
    if (!m_stateRestored)
        applyDefaultDockSizes();
}

void MainWindow::showDock(QDockWidget *dock)
{
    if (dock->isFloating() && !dock->isVisible())
        dock->setFloating(false);
    dock->show();
    dock->raise();
    QWidget *target = dock->widget();
    if (auto *scroll = qobject_cast<QScrollArea *>(target))
        target = scroll->widget();
    if (target && !(target->focusPolicy() & Qt::TabFocus)) {
        const QList<QWidget *> children = target->findChildren<QWidget *>();
        for (QWidget *child : children) {
            if ((child->focusPolicy() & Qt::TabFocus) && child->isVisibleTo(dock) && child->isEnabled()) {
                target = child;
                break;
            }
        }
    }
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::resetLayout()
{
    for (QDockWidget *dock : std::as_const(m_docks)) {
        dock->setFloating(false);
        dock->show();
    }
    restoreState(m_defaultState, StateVersion);
    applyDefaultDockSizes();
}

void MainWindow::createLagProbe()
{
    m_lag = new LagProbe(this);
    m_lagReport = qEnvironmentVariableIntValue("SOCKETSCOPE_LAG_REPORT") != 0;
    m_lag->start();
    auto *refresh = new QTimer(this);
    refresh->setInterval(1000);
    connect(refresh, &QTimer::timeout, this, &MainWindow::updateLagStatus);
    refresh->start();
    updateLagStatus();
}

void MainWindow::updateLagStatus()
{
    const LagProbe::Stats s = m_lag->recent();
    m_statusLag->setText(tr("GUI lag p99: %1 ms").arg(s.p99, 0, 'f', 0));
    m_statusLag->setToolTip(tr("How late the window's event loop runs a %1 ms timer, over the last %2 s: "
                               "median %3 ms, 99th percentile %4 ms, worst %5 ms (%6 samples).")
                                .arg(m_lag->intervalMs())
                                .arg(m_lag->windowSecs())
                                .arg(s.p50, 0, 'f', 1)
                                .arg(s.p99, 0, 'f', 1)
                                .arg(s.max, 0, 'f', 1)
                                .arg(s.samples));
}

void MainWindow::showDiagnostics()
{
    const LagProbe::Stats recent = m_lag->recent();
    const LagProbe::Stats total = m_lag->total();
    auto row = [](const QString &label, const QString &value) {
        return u"<tr><td>%1</td><td align=right>&nbsp;&nbsp;%2</td></tr>"_s.arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    auto ms = [this](double v) { return tr("%1 ms").arg(v, 0, 'f', 1); };
    QString html = tr("<p>Lateness of a %1 ms timer in the window's event loop. Values near zero mean the "
                      "window reacts at once; the server runs on its own thread either way.</p>")
                       .arg(m_lag->intervalMs());
    html += u"<table>"_s;
    html += row(tr("Last %1 s — median").arg(m_lag->windowSecs()), ms(recent.p50));
    html += row(tr("Last %1 s — 99th percentile").arg(m_lag->windowSecs()), ms(recent.p99));
    html += row(tr("Last %1 s — worst").arg(m_lag->windowSecs()), ms(recent.max));
    html += row(tr("Since start — median"), ms(total.p50));
    html += row(tr("Since start — 99th percentile"), ms(total.p99));
    html += row(tr("Since start — worst"), ms(total.max));
    html += row(tr("Samples since start"), QLocale().toString(total.samples));
    html += row(tr("Connections shown"), QLocale().toString(m_connections->rowCount()));
    html += row(tr("Events dropped by the server"), QLocale().toString(m_snapshot.eventsDropped));
    html += u"</table>"_s;
    html += tr("<p>Set SOCKETSCOPE_LAG_REPORT=1 to print these figures to stderr when SocketScope quits.</p>");
    QMessageBox box(QMessageBox::Information, tr("Diagnostics"), html, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::createModels()
{
    m_connections = new ConnectionsModel(this);
    m_rooms = new RoomsModel(this);
    m_topics = new TopicsModel(this);
    m_roomMembers = new MembersModel(this);
    m_topicSubscribers = new MembersModel(this);
    m_rates = new RateLimitsModel(this);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = m_toolBar = addToolBar(tr("Server"));
    bar->setObjectName(u"serverToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *hostLabel = new QLabel(tr("&Address:"), bar);
    m_hostEdit = new QComboBox(bar);
    m_hostEdit->setEditable(true);
    m_hostEdit->addItems({u"127.0.0.1"_s, u"0.0.0.0"_s, u"::1"_s, u"::"_s, u"localhost"_s});
    m_hostEdit->setEditText(m_config.host);
    m_hostEdit->setMinimumContentsLength(12);
    m_hostEdit->setToolTip(tr("Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface"));
    hostLabel->setBuddy(m_hostEdit);
    auto *portLabel = new QLabel(tr("P&ort:"), bar);
    m_portEdit = new PortSpinBox(bar);
    m_portEdit->setObjectName(u"portEdit"_s);
    m_portEdit->setValue(m_config.port);
    connect(m_portEdit->editor(), &QLineEdit::textChanged, this, [this] {
        const bool bad = m_portEdit->isOutOfRange();
        m_portEdit->setStyleSheet(bad ? u"color: %1"_s.arg(Theme::errorText().name()) : QString());
        if (bad)
            statusBar()->showMessage(tr("%1 is not a port: ports go from 0 to 65535.").arg(m_portEdit->typedText()), 10000);
    });
    //: Port 0 shown in the spin box: the system picks any free port
    m_portEdit->setSpecialValueText(tr("any"));
    portLabel->setBuddy(m_portEdit);
    bar->addWidget(hostLabel);
    bar->addWidget(m_hostEdit);
    bar->addWidget(portLabel);
    bar->addWidget(m_portEdit);
    m_tlsAction = bar->addAction(icon("tls"), QString(), this, &MainWindow::showTlsDialog);
    updateTlsAction();
    m_localOnlyActions.append(m_tlsAction);

    m_startAction = bar->addAction(icon("start"), tr("&Start"), this, &MainWindow::startServer);
    m_startAction->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_startAction->setToolTip(tr("Start (or restart) the server with this address and port (Ctrl+R)"));
    m_stopAction = bar->addAction(icon("stop"), tr("S&top"), this, &MainWindow::stopServer);
    m_stopAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_stopAction->setToolTip(tr("Stop the server; every connection is closed with 1001 Going away"));
    m_stopAction->setEnabled(false);
    m_localOnlyActions.append({m_startAction, m_stopAction});
    bar->addSeparator();

    m_stateLabel = new QLabel(bar);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->setMargin(4);
    m_stateLabel->setObjectName(u"serverState"_s);
    m_stateLabel->setAccessibleName(tr("Server state"));
    m_stateLabel->setFocusPolicy(Qt::TabFocus);   // reachable with Tab, so screen readers can read it
    bar->addWidget(m_stateLabel);
    m_anotherPortAction = bar->addAction(tr("Use &another port"), this, &MainWindow::useAnotherPort);
    m_anotherPortAction->setToolTip(tr("Start on the next free port"));
    m_anotherPortAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_anotherPortAction->setVisible(false);
    m_localOnlyActions.append(m_anotherPortAction);
    bar->addSeparator();

    m_broadcastAction = bar->addAction(icon("broadcast"), tr("&Broadcast…"), this, &MainWindow::showBroadcastDialog);
    m_broadcastAction->setShortcut(QKeySequence(tr("Ctrl+B")));
    m_broadcastAction->setToolTip(tr("Send a text to everyone, a room, an endpoint or a user (Ctrl+B)"));
    m_publishAction = bar->addAction(icon("publish"), tr("&Publish…"), this, [this] { showPublishDialog(); });
    m_publishAction->setShortcut(QKeySequence(tr("Ctrl+P")));
    m_publishAction->setToolTip(tr("Publish a JSON object to a topic (Ctrl+P)"));
}

QDockWidget *MainWindow::addDock(const QString &objectName, const QString &title, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    // In a scroll area, so that no view's controls force a minimum size on the window: on a
    // small screen a view scrolls instead of docks being drawn over each other.
    auto *scroll = new QScrollArea(dock);
    scroll->setObjectName(objectName + u"Scroll"_s);
    scroll->setWidget(widget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    // Every view is a dock so the user can arrange them; a small central placeholder is not needed.
    setCentralWidget(nullptr);

    m_connectionsPanel = new ConnectionsPanel(m_connections, this);
    m_connectionsDock = addDock(u"connectionsDock"_s, tr("Connections"), m_connectionsPanel, Qt::TopDockWidgetArea);
    connect(m_connectionsPanel->view(), &QWidget::customContextMenuRequested, this, &MainWindow::showConnectionMenu);
    connect(m_connectionsPanel->view(), &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        inspectConnection(ConnectionsPanel::keyAt(index));
    });
    connect(m_connectionsPanel, &ConnectionsPanel::clientPanelRequested, this, [this] { showDock(m_clientDock); });
    connect(m_connectionsPanel, &ConnectionsPanel::gettingStartedRequested, this, &MainWindow::showGettingStarted);

    m_roomsPanel = new GroupPanel(m_rooms, m_roomMembers, tr("Members of the selected room"), this);
    auto *roomBroadcast = new QAction(tr("&Broadcast to room…"), this);
    auto *roomClose = new QAction(tr("&Close room…"), this);
    auto *roomShow = new QAction(tr("&Show its connections"), this);
    for (QAction *a : {roomBroadcast, roomClose, roomShow}) {
        a->setEnabled(false);
        m_roomsPanel->addButton(a);
    }
    connect(roomBroadcast, &QAction::triggered, this, [this] { broadcastToRoom(m_roomsPanel->currentName()); });
    connect(roomClose, &QAction::triggered, this, [this] { closeRoom(m_roomsPanel->currentName()); });
    connect(roomShow, &QAction::triggered, this,
            [this] { m_connectionsPanel->filterByTarget(m_roomsPanel->currentName()); });
    connect(m_roomsPanel, &GroupPanel::currentNameChanged, this,
            [this, roomBroadcast, roomClose, roomShow](const QString &name) {
                for (QAction *a : {roomBroadcast, roomClose, roomShow})
                    a->setEnabled(!name.isEmpty());
                refreshMembers();
            });
    m_roomsPanel->masterView()->addActions({roomBroadcast, roomClose, roomShow});
    m_roomsPanel->masterView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    QDockWidget *roomsDock = addDock(u"roomsDock"_s, tr("Rooms"), m_roomsPanel, Qt::BottomDockWidgetArea);

    m_topicsPanel = new GroupPanel(m_topics, m_topicSubscribers, tr("Subscribers of the selected topic"), this);
    auto *topicPublish = new QAction(tr("&Publish JSON…"), this);
    auto *topicShow = new QAction(tr("&Show its connections"), this);
    for (QAction *a : {topicPublish, topicShow})
        m_topicsPanel->addButton(a);
    topicShow->setEnabled(false);
    connect(topicPublish, &QAction::triggered, this, [this] { showPublishDialog(m_topicsPanel->currentName()); });
    connect(topicShow, &QAction::triggered, this,
            [this] { m_connectionsPanel->filterByTarget(m_topicsPanel->currentName()); });
    connect(m_topicsPanel, &GroupPanel::currentNameChanged, this, [this, topicShow](const QString &name) {
        topicShow->setEnabled(!name.isEmpty());
        refreshMembers();
    });
    m_topicsPanel->masterView()->addActions({topicPublish, topicShow});
    m_topicsPanel->masterView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    QDockWidget *topicsDock = addDock(u"topicsDock"_s, tr("Topics"), m_topicsPanel, Qt::BottomDockWidgetArea);

    m_ratesPanel = new RateLimitsPanel(m_rates, this);
    connect(m_ratesPanel, &RateLimitsPanel::applyRequested, this, &MainWindow::applyRateLimit);
    QDockWidget *ratesDock = addDock(u"rateLimitsDock"_s, tr("Rate limits"), m_ratesPanel, Qt::BottomDockWidgetArea);

    m_eventLog = new EventLogPanel(this);
    QDockWidget *eventsDock = m_eventsDock = addDock(u"eventLogDock"_s, tr("Event log"), m_eventLog, Qt::BottomDockWidgetArea);

    m_charts = new TrafficCharts(this);
    QDockWidget *chartsDock = m_chartsDock = addDock(u"chartsDock"_s, tr("Charts"), m_charts, Qt::BottomDockWidgetArea);

    m_usersPanel = new UsersPanel(m_host, this);
    connect(m_usersPanel, &UsersPanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    QDockWidget *usersDock = m_usersDock = addDock(u"usersDock"_s, tr("Users"), m_usersPanel, Qt::BottomDockWidgetArea);
    // Raising its tab shows the store as it is now (the command line may have changed it).
    connect(usersDock, &QDockWidget::visibilityChanged, m_usersPanel, [this](bool visible) {
        if (visible)
            m_usersPanel->refresh();
    });

    // The connections table has fifteen columns: it gets the full width on top. Below, the
    // event log shares a tab group with rooms, topics and rate limits, next to the charts.
    splitDockWidget(eventsDock, chartsDock, Qt::Horizontal);
    tabifyDockWidget(eventsDock, roomsDock);
    tabifyDockWidget(roomsDock, topicsDock);
    tabifyDockWidget(topicsDock, ratesDock);
    tabifyDockWidget(ratesDock, usersDock);
    // A full client, for trying endpoints and auth methods against this or any server; it shares
    // the wide top area with the connections table.
    m_clientPanel = new ClientPanel(m_host, this);
    QDockWidget *clientDock = m_clientDock = addDock(u"clientPanelDock"_s, tr("Client"), m_clientPanel, Qt::TopDockWidgetArea);
    tabifyDockWidget(m_connectionsDock, clientDock);
    // The cluster's nodes (SPEC §9), last so that the other views keep their Alt+N.
    m_nodesPanel = new NodesPanel(this);
    QDockWidget *nodesDock = addDock(u"nodesDock"_s, tr("Nodes"), m_nodesPanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(usersDock, nodesDock);
    m_connectionsDock->raise();
    eventsDock->raise();
    // Sizes follow in showEvent(), once the window has its size.
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    m_attachAction = file->addAction(tr("A&ttach to server…"), this, [this] { showAttachDialog(); });
    m_attachAction->setObjectName(u"attachAction"_s);
    m_attachAction->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_attachAction->setToolTip(tr("Watch and administer a running SocketScope server (e.g. one started with --headless) "
                                  "through its /ws/admin endpoint"));
    m_detachAction = file->addAction(tr("&Detach"), this, &MainWindow::detach);
    m_detachAction->setObjectName(u"detachAction"_s);
    m_detachAction->setToolTip(tr("Show the embedded server again"));
    m_detachAction->setEnabled(false);
    file->addSeparator();
    file->addAction(tr("Export event log as &CSV…"), m_eventLog, [this] { m_eventLog->chooseExportFile(true); });
    file->addAction(tr("Export event log as &JSON Lines…"), m_eventLog,
                    [this] { m_eventLog->chooseExportFile(false); });
    QAction *audit = file->addAction(tr("Export &audit log…"), this, &MainWindow::showAuditExportDialog);
    audit->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_localOnlyActions.append(audit);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *server = menuBar()->addMenu(tr("&Server"));
    server->setObjectName(u"serverMenu"_s);
    server->addAction(m_startAction);
    server->addAction(m_stopAction);
    server->addAction(m_anotherPortAction);
    QAction *tls = server->addAction(icon("tls"), tr("T&LS…"), this, &MainWindow::showTlsDialog);
    tls->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_localOnlyActions.append(tls);
    QAction *settings = server->addAction(icon("settings"), tr("S&ettings…"), this, &MainWindow::showSettings);
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    settings->setMenuRole(QAction::PreferencesRole);
    server->addSeparator();
    QAction *users = server->addAction(icon("users"), tr("&Users and tokens"), this, &MainWindow::showUsers);
    users->setShortcut(QKeySequence(tr("Ctrl+U")));
    users->setToolTip(tr("Show the Users view: users, API tokens and bans in the server's database"));
    m_localOnlyActions.append(users);
    server->addSeparator();
    server->addAction(m_broadcastAction);
    server->addAction(m_publishAction);
    QAction *kickUserAction = server->addAction(tr("&Kick all connections of a user…"), this, [this] {
        const ConnectionInfo *c = m_connections->connection(m_connectionsPanel->currentConnection());
        if (c && c->authenticated)
            kickUser(c->userId);
        else
            QMessageBox::information(this, tr("Kick user"), tr("Select a connection of the user in the Connections view first."));
    });
    kickUserAction->setShortcut(QKeySequence(tr("Ctrl+K")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    // Alt+N brings a view to the front (shows it if closed, raises its tab, gives it the focus);
    // it never hides one, since a view behind a tab counts as open. The dock's × closes it.
    int n = 1;
    for (QDockWidget *dock : std::as_const(m_docks)) {
        auto *show = new QAction(dock->windowTitle(), this);
        show->setObjectName(dock->objectName() + u"Show"_s);
        show->setCheckable(true);
        show->setChecked(!dock->isHidden());
        show->setShortcut(QKeySequence(tr("Alt+%1").arg(n++)));
        show->setToolTip(tr("Show and raise the %1 view").arg(dock->windowTitle()));
        connect(show, &QAction::triggered, this, [this, dock, show] {
            showDock(dock);
            show->setChecked(true);
        });
        connect(dock->toggleViewAction(), &QAction::toggled, show, &QAction::setChecked);
        view->addAction(show);
    }
    view->addSeparator();
    auto *find = view->addAction(tr("&Find connection"), this, [this] {
        m_docks.constFirst()->show();
        m_docks.constFirst()->raise();
        m_connectionsPanel->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *reset = view->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);
    reset->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    view->addSeparator();

    QMenu *themeMenu = view->addMenu(tr("T&heme"));
    themeMenu->setObjectName(u"themeMenu"_s);
    auto *themeGroup = new QActionGroup(this);
    const QList<std::pair<Theme::Mode, QString>> themes = {
        {Theme::Mode::System, tr("&System")}, {Theme::Mode::Light, tr("&Light")}, {Theme::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, text] : themes) {
        QAction *a = themeMenu->addAction(text, this, [this, mode] { setThemeMode(mode); });
        a->setCheckable(true);
        a->setChecked(mode == Theme::current());
        a->setData(Theme::modeKey(mode));
        themeGroup->addAction(a);
        m_themeActions.append(a);
    }

    QMenu *languageMenu = view->addMenu(tr("&Language"));
    languageMenu->setObjectName(u"languageMenu"_s);
    auto *languageGroup = new QActionGroup(this);
    const QString saved = I18n::savedLanguage();
    QAction *systemLanguage = languageMenu->addAction(tr("&System language"), this, [this] { setLanguage(QString()); });
    systemLanguage->setData(QString());
    m_languageActions.append(systemLanguage);
    languageMenu->addSeparator();
    for (const I18n::Language &l : I18n::availableLanguages()) {
        const QString code = l.code;
        QAction *a = languageMenu->addAction(l.nativeName, this, [this, code] { setLanguage(code); });
        a->setData(code);
        m_languageActions.append(a);
    }
    for (QAction *a : std::as_const(m_languageActions)) {
        a->setCheckable(true);
        a->setChecked(a->data().toString() == saved);
        languageGroup->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *start = help->addAction(icon("help"), tr("&Getting started"), this, &MainWindow::showGettingStarted);
    start->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Diagnostics…"), this, &MainWindow::showDiagnostics);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About SocketScope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showGettingStarted()
{
    GettingStartedDialog dialog(m_listening && m_host ? m_host->listenUrl() : QString(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    showAboutDialog(this);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_config, m_tls, I18n::savedLanguage(), Theme::current(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applySettings(dialog.config(), dialog.tlsSettings(), dialog.language(), dialog.theme());
}

void MainWindow::applySettings(const ServerConfig &config, const TlsSettings &tls, const QString &language,
                               Theme::Mode theme, bool askRestart)
{
    ServerConfig running = m_config;
    running.host = m_hostEdit->currentText().trimmed();
    running.port = quint16(m_portEdit->value());
    const bool serverChanged = !(running == config) || !(tls == m_tls);
    m_config = config;
    m_tls = tls;
    saveServerSettings(m_config, m_tls);
    m_hostEdit->setEditText(m_config.host);
    {
        const QSignalBlocker blocker(m_portEdit);
        m_portEdit->setValue(m_config.port);
    }
    updateTlsAction();
    if (theme != Theme::current())
        setThemeMode(theme);
    const bool languageChanged = language != I18n::savedLanguage();
    if (languageChanged)
        setLanguage(language, askRestart);
    if (!serverChanged || !askRestart || m_restartRequested)
        return;
    if (!m_listening) {
        statusBar()->showMessage(tr("Settings saved; they apply when the server starts."), 6000);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restart the server?"),
        tr("The new server settings apply when the server restarts. Restart it now? Open connections are "
           "closed with 1001 (Going away)."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        startServer();
}

void MainWindow::setThemeMode(Theme::Mode mode)
{
    Theme::apply(mode);
    Theme::setSavedMode(mode);
    for (QAction *a : std::as_const(m_themeActions))
        a->setChecked(a->data().toString() == Theme::modeKey(mode));
    updateThemeDependents();
}

void MainWindow::setLanguage(const QString &code, bool askRestart)
{
    I18n::setSavedLanguage(code);
    for (QAction *a : std::as_const(m_languageActions))
        a->setChecked(a->data().toString() == code);
    if (!askRestart || I18n::resolvedLanguage(code) == I18n::current())
        return;
    QMessageBox box(QMessageBox::Question, tr("Language"),
                    tr("SocketScope shows the new language when it starts again. Restart now? The server stops "
                       "and open connections are closed with 1001 (Going away)."),
                    QMessageBox::NoButton, this);
    QPushButton *now = box.addButton(tr("Restart &now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() != now)
        return;
    m_restartRequested = true;
    close();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateThemeDependents();
}

void MainWindow::updateThemeDependents()
{
    if (m_charts && m_charts->isDarkTheme() != Theme::isDark())
        m_charts->setDarkTheme(Theme::isDark());
    updateStateLabelStyle();
    // Colour-coded cells read Theme:: colours when painted: repaint what is visible.
    for (QTableView *view : findChildren<QTableView *>())
        view->viewport()->update();
}

void MainWindow::updateStateLabelStyle()
{
    if (!m_stateLabel)
        return;
    m_stateLabel->setStyleSheet(m_stateError ? u"color: %1; font-weight: bold"_s.arg(Theme::errorText().name())
                                : m_listening ? u"color: %1; font-weight: bold"_s.arg(Theme::okText().name())
                                              : QString());
}

void MainWindow::createStatusBar()
{
    m_statusConnections = new QLabel(this);
    m_statusConnections->setObjectName(u"statusConnections"_s);
    m_statusIn = new QLabel(this);
    m_statusOut = new QLabel(this);
    m_statusUptime = new QLabel(this);
    m_statusLag = new QLabel(this);
    m_statusLink = new QLabel(this);
    m_statusLink->setObjectName(u"linkState"_s);
    m_statusLink->hide();
    statusBar()->addPermanentWidget(m_statusLink);
    m_statusStore = new QLabel(this);
    m_statusStore->setObjectName(u"storeState"_s);
    m_statusStore->hide();
    statusBar()->addPermanentWidget(m_statusStore);
    for (QLabel *label : {m_statusConnections, m_statusIn, m_statusOut, m_statusUptime, m_statusLag})
        statusBar()->addPermanentWidget(label);
    updateStatusBar();
}

void MainWindow::readSettings()
{
    const QSettings settings;
    // The first start offers Getting started in the Connections view's hint (F1 later).
    m_firstRun = !settings.value(key(KeyWelcomed), false).toBool();
    restoreGeometry(settings.value(key(KeyGeometry)).toByteArray());
    m_stateRestored = restoreState(settings.value(key(KeyState)).toByteArray(), StateVersion);
    m_connectionsPanel->view()->horizontalHeader()->restoreState(settings.value(key(KeyConnectionsHeader)).toByteArray());
    // Widths saved under another language may cut this one's texts ("erste Nachri…"): widen.
    if (settings.value(key(KeyHeaderLanguage)).toString() != I18n::current())
        m_connectionsPanel->fitColumnsToTexts(true);
    m_charts->setWindowMs(settings.value(key(KeyChartWindow), qint64(60'000)).toLongLong());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(key(KeyGeometry), saveGeometry());
    settings.setValue(key(KeyWelcomed), true);
    settings.setValue(key(KeyState), saveState(StateVersion));
    settings.setValue(key(KeyConnectionsHeader), m_connectionsPanel->view()->horizontalHeader()->saveState());
    settings.setValue(key(KeyHeaderLanguage), I18n::current());
    settings.setValue(key(KeyChartWindow), m_charts->windowMs());
    settings.setValue(key(KeyHost), m_config.host);
    settings.setValue(key(KeyPort), int(m_config.port));
    settings.setValue(key(KeyRateLimit), m_config.rateLimit);
    settings.setValue(key(KeyRateWindow), qint64(m_config.rateWindow.count()));
    settings.setValue(key(KeyTlsEnabled), m_tls.enabled);
    settings.setValue(key(KeyTlsCert), m_tls.certFile);
    settings.setValue(key(KeyTlsKey), m_tls.keyFile);
    settings.setValue(key(KeyPlainPort), m_tls.plainPort);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::startServer()
{
    if (!m_host)
        return;
    const QString host = m_hostEdit->currentText().trimmed();
    if (!parseHostAddress(host)) {
        setServerState(false, tr("“%1” is not an IP address, localhost, any or any6").arg(host), true);
        return;
    }
    if (m_portEdit->isOutOfRange()) {
        setServerState(m_listening, tr("%1 is not a port: ports go from 0 to 65535.").arg(m_portEdit->typedText()), true);
        return;
    }
    const quint16 port = quint16(m_portEdit->value());
    // A running server is stopped only once the new address and port are known to be free, so a
    // port in use does not cost every client its connection (1001).
    if (m_listening && port != 0 && (port != m_host->port() || host != m_config.host)) {
        QString why;
        if (!portIsFree(host, port, &why)) {
            const QString text = tr("Port %1 on %2 is not free (%3); the server keeps running on %4.")
                                     .arg(port).arg(host, why, m_host->listenUrl());
            statusBar()->showMessage(text, 15000);
            logWindowEvent(ServerEvent::Kind::Error, u"Port %1 on %2 not free (%3); the server stays on %4"_s
                                                         .arg(port).arg(host, why, m_host->listenUrl()));
            QMessageBox::warning(this, tr("Port in use"), text);
            const QSignalBlocker blocker(m_portEdit);
            m_portEdit->setValue(m_host->port());
            return;
        }
    }
    m_config.host = host;
    m_config.port = port;
    m_config.tlsCert = m_tls.enabled ? m_tls.certFile : QString();
    m_config.tlsKey = m_tls.enabled ? m_tls.keyFile : QString();
    m_config.plainPort = m_tls.enabled ? m_tls.plainPort : -1;
    setServerState(false, m_tls.enabled ? tr("Starting wss:// on %1:%2…").arg(host).arg(m_config.port)
                                        : tr("Starting on %1:%2…").arg(host).arg(m_config.port),
                   false);
    m_startAction->setEnabled(false);
    m_anotherPortAction->setVisible(false);
    m_charts->clearHistory();
    m_host->start(m_config);
    QSettings settings;
    settings.setValue(key(KeyHost), m_config.host);
    settings.setValue(key(KeyPort), int(m_config.port));
}

bool MainWindow::portIsFree(const QString &host, quint16 port, QString *why) const
{
    const auto address = parseHostAddress(host);
    if (!address)
        return true;   // startServer() reports the address itself
    QTcpServer probe;
    if (probe.listen(*address, port)) {
        probe.close();
        return true;
    }
    if (why)
        *why = probe.errorString();
    return false;
}

void MainWindow::logWindowEvent(ServerEvent::Kind kind, const QString &text)
{
    ServerEvent e;
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.kind = kind;
    e.text = text;
    m_eventLog->appendEvents({e});
}

void MainWindow::stopServer()
{
    if (!m_host)
        return;
    m_stopAction->setEnabled(false);
    setServerState(m_listening, tr("Stopping…"), false);
    m_host->stop();
}

void MainWindow::useAnotherPort()
{
    const auto address = parseHostAddress(m_hostEdit->currentText().trimmed());
    if (!address)
        return;
    const int from = std::max(1, m_portEdit->value());
    for (int port = from + 1; port <= std::min(65535, from + 200); ++port) {
        QTcpServer probe;
        if (probe.listen(*address, quint16(port))) {
            probe.close();
            m_portEdit->setValue(port);
            startServer();
            return;
        }
    }
    m_portEdit->setValue(0);   // let the system choose
    startServer();
}

void MainWindow::setServerState(bool listening, const QString &text, bool error)
{
    m_listening = listening;
    m_stateText = text;
    // Elided, so that a long URL or error does not push Broadcast and Publish into the
    // toolbar's » menu; the whole text is in the tooltip (and the title bar when listening).
    const QFontMetrics fm(m_stateLabel->font());
    m_stateLabel->setText(fm.elidedText(text, Qt::ElideMiddle, fm.averageCharWidth() * 28));
    m_stateLabel->setToolTip(text);
    m_stateLabel->setAccessibleDescription(text);
    m_stateError = error;
    updateStateLabelStyle();
    m_stopAction->setEnabled(listening);
    m_broadcastAction->setEnabled(listening);
    m_publishAction->setEnabled(listening);
    setWindowTitle(listening ? tr("SocketScope — %1").arg(text) : tr("SocketScope"));
}

void MainWindow::onStarted(bool ok, const QString &listenUrl, const QString &error)
{
    if (m_remote)
        return;   // detach() shows the embedded server's state again
    m_startAction->setEnabled(true);
    m_startAction->setText(ok ? tr("Re&start") : tr("&Start"));
    if (ok) {
        m_anotherPortAction->setVisible(false);
        m_connectionsPanel->setFirstClientHint(m_host ? m_host->listenUrl() : listenUrl, m_firstRun);
        const QString plain = m_host ? m_host->plainUrl() : QString();
        setServerState(true, plain.isEmpty() ? listenUrl : tr("%1 and %2").arg(listenUrl, plain), false);
        // The port may have been 0 ("any"): show the one the server got.
        if (m_host && m_host->port() != 0 && m_host->port() != m_config.port) {
            m_config.port = m_host->port();
            const QSignalBlocker blocker(m_portEdit);
            m_portEdit->setValue(m_config.port);
        }
        return;
    }
    // A certificate or key problem names the file and the reason; another port would not help.
    const bool tlsProblem = m_config.tlsEnabled()
        && (error.contains(m_config.tlsCert) || error.contains(m_config.tlsKey) || error.startsWith(u"TLS"_s));
    m_connectionsPanel->setFirstClientHint(QString(), m_firstRun);
    // The server records no event when it cannot listen: the event log gets it from here.
    logWindowEvent(ServerEvent::Kind::Error, error.isEmpty() ? u"The server could not start"_s : error);
    if (tlsProblem)
        setServerState(false, tr("Not started, TLS: %1").arg(error), true);
    else
        setServerState(false, error.isEmpty() ? tr("The server could not start") : error, true);
    m_anotherPortAction->setVisible(!tlsProblem);
}

QString MainWindow::serverStateText() const
{
    return m_stateText;
}

void MainWindow::updateTlsAction()
{
    if (!m_tlsAction)
        return;
    m_tlsAction->setText(m_tls.enabled ? tr("TLS: on…") : tr("TLS: off…"));
    m_tlsAction->setToolTip(m_tls.enabled
                                ? tr("The server port serves wss:// with %1 and %2. Click to change.")
                                      .arg(QDir::toNativeSeparators(m_tls.certFile), QDir::toNativeSeparators(m_tls.keyFile))
                                : tr("The server serves plain ws://. Click to set up wss:// (TLS)."));
}

void MainWindow::showTlsDialog()
{
    TlsDialog dialog(m_tls, m_portEdit->value(), m_listening, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setTlsSettings(dialog.settings());
}

void MainWindow::setTlsSettings(const TlsSettings &settings, bool restart)
{
    m_tls = settings;
    QSettings s;
    s.setValue(key(KeyTlsEnabled), m_tls.enabled);
    s.setValue(key(KeyTlsCert), m_tls.certFile);
    s.setValue(key(KeyTlsKey), m_tls.keyFile);
    s.setValue(key(KeyPlainPort), m_tls.plainPort);
    updateTlsAction();
    if (restart)
        startServer();
}

void MainWindow::showUsers()
{
    m_usersDock->show();
    m_usersDock->raise();
    m_usersPanel->usersView()->setFocus();
    m_usersPanel->refresh();
}

void MainWindow::showAuditExportDialog()
{
    AuditExportDialog options(this);
    if (options.exec() != QDialog::Accepted)
        return;
    const AuditFormat format = options.format();
    const qint64 sinceMs = options.sinceMs(QDateTime::currentMSecsSinceEpoch());
    const QString suffix = AuditExportDialog::fileSuffix(format);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"socketscope-audit-%1.%2"_s.arg(QDate::currentDate().toString(u"yyyyMMdd"_s), suffix));
    const QString filter = format == AuditFormat::Csv ? tr("CSV files (*.csv);;All files (*)")
                                                      : tr("JSON Lines files (*.jsonl);;All files (*)");
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested, filter);
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportAuditLog(fileName, sinceMs, format, &error))
        QMessageBox::warning(this, tr("Export audit log"), tr("The audit log was not exported: %1").arg(error));
}

bool MainWindow::exportAuditLog(const QString &fileName, qint64 sinceMs, AuditFormat format, QString *error)
{
    QString why;
    const auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!m_host)
        return fail(tr("the server is gone"));
    const auto exported = m_host->exportAudit(sinceMs, format, &why);
    if (!exported)
        return fail(why);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
    if (file.write(exported->data) != exported->data.size() || !file.commit())
        return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
    statusBar()->showMessage(tr("Exported %n audit entry(s) to %1.", nullptr, exported->entries)
                                 .arg(QDir::toNativeSeparators(fileName)), 6000);
    return true;
}

void MainWindow::onStopped()
{
    if (m_remote)
        return;
    m_startAction->setEnabled(true);
    m_startAction->setText(tr("&Start"));
    setServerState(false, tr("Stopped"), false);
    m_connectionsPanel->setFirstClientHint(QString(), m_firstRun);
}

void MainWindow::onSnapshot(const ServerSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_snapshot.connections.clear();   // may be a delta; m_connections holds them all
    m_snapshot.closedConnections.clear();
    const bool identitiesChanged = m_connections->applySnapshot(snapshot);
    m_groups.apply(snapshot);
    m_snapshot.rooms = m_groups.rooms();
    m_snapshot.topics = m_groups.topics();
    m_rooms->setRooms(m_groups.rooms());
    m_topics->setTopics(m_groups.topics());
    m_rates->setRates(snapshot.rates);
    refreshMembers();
    if (identitiesChanged)
        m_connectionsPanel->updateFilterChoices(m_connections->rows());
    m_ratesPanel->setServerLimit(snapshot.rateLimit, snapshot.rateWindowMs);
    m_nodesPanel->setSnapshot(snapshot);
    m_connectionsPanel->view()->setColumnHidden(ConnectionsModel::NodeColumn, !m_connections->showsNodes());
    m_eventLog->appendEvents(snapshot.events, snapshot.eventsDropped);
    m_charts->addCounters(snapshot.timeMs, snapshot.counters);
    if (!snapshot.listening && !snapshot.error.isEmpty() && m_listening) {
        setServerState(false, snapshot.error, true);
        m_anotherPortAction->setVisible(true);
    }
    m_statusStore->setVisible(snapshot.listening && snapshot.storeIsPostgres);
    m_statusStore->setText(snapshot.storeUp ? tr("PostgreSQL: up") : tr("PostgreSQL: down"));
    m_statusStore->setToolTip(snapshot.storeUp ? tr("The database answers.")
                                               : tr("The database does not answer: logins fail and audit rows "
                                                    "wait until it returns."));
    updateStatusBar();
}

ServerSnapshot MainWindow::fullSnapshot() const
{
    ServerSnapshot s = m_snapshot;
    s.connections = m_connections->rows();
    return s;
}

void MainWindow::refreshMembers()
{
    const RoomInfo *room = m_rooms->room(m_roomsPanel->currentName());
    m_roomMembers->setMembers(room ? room->members : QList<quint64>(), room ? room->remoteMembers : QList<ConnectionKey>(),
                              *m_connections);
    const TopicInfo *topic = m_topics->topic(m_topicsPanel->currentName());
    m_topicSubscribers->setMembers(topic ? topic->subscribers : QList<quint64>(),
                                   topic ? topic->remoteSubscribers : QList<ConnectionKey>(), *m_connections);
    m_roomsPanel->setNodeColumnVisible(m_connections->showsNodes());
    m_topicsPanel->setNodeColumnVisible(m_connections->showsNodes());
}

void MainWindow::updateStatusBar()
{
    const Counters &c = m_snapshot.counters;
    if (m_connections->hasRemoteRows())
        m_statusConnections->setText(tr("Connections: %1 here, %2 in the cluster").arg(c.connections).arg(m_connections->rowCount()));
    else
        m_statusConnections->setText(tr("Connections: %1").arg(c.connections));
    const TrafficHistory &history = m_charts->history();
    const double in = history.isEmpty() ? 0.0 : history.latest().messagesInPerSec;
    const double out = history.isEmpty() ? 0.0 : history.latest().messagesOutPerSec;
    m_statusIn->setText(tr("In: %1 msg/s").arg(UiFormat::rate(in)));
    m_statusOut->setText(tr("Out: %1 msg/s").arg(UiFormat::rate(out)));
    m_statusUptime->setText(m_listening ? tr("Uptime: %1").arg(UiFormat::duration(c.uptimeMs)) : tr("Not running"));
}

DashboardHost *MainWindow::activeHost() const
{
    if (m_remote)
        return m_remote;
    return m_host.data();
}

quint64 MainWindow::execute(const AdminCommand &command, const QString &description)
{
    DashboardHost *host = activeHost();
    if (!host)
        return 0;
    const quint64 id = host->execute(command);
    m_pending.insert(id, description);
    statusBar()->showMessage(tr("%1…").arg(description), 3000);
    return id;
}

void MainWindow::onAdminResult(const AdminResult &result)
{
    const QString what = m_pending.take(result.requestId);
    const ConnectionKey kicked = m_pendingKicks.take(result.requestId);
    if (what.isEmpty())
        return;   // not ours (e.g. a command from /ws/admin)
    if (!result.ok && kicked.id != 0) {
        // Closed between the click and the server's turn: not a failure worth a warning.
        const QString closed = alreadyClosedText(kicked);
        if (!closed.isEmpty()) {
            statusBar()->showMessage(closed, 10000);
            return;
        }
    }
    if (result.ok) {
        statusBar()->showMessage(tr("%1: done, %n connection(s) affected.", nullptr, result.affected).arg(what), 6000);
        return;
    }
    QMessageBox::warning(this, tr("Admin action failed"), tr("%1 failed: %2").arg(what, result.error));
}

QString MainWindow::userDescription(qint64 userId, int *connections) const
{
    QString name;
    int count = 0;
    for (const ConnectionInfo &c : m_connections->rows()) {
        if (c.authenticated && c.userId == userId) {
            name = c.userName;
            ++count;
        }
    }
    if (connections)
        *connections = count;
    return UiFormat::user(userId, name);
}

void MainWindow::showConnectionMenu(const QPoint &pos)
{
    QTableView *view = m_connectionsPanel->view();
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        return;
    const ConnectionKey key = ConnectionsPanel::keyAt(index);
    const ConnectionInfo *c = m_connections->connection(key);
    if (!c)
        return;
    const qint64 userId = c->authenticated ? c->userId : -1;
    QList<ConnectionKey> selected = m_connectionsPanel->selectedConnections();
    if (!selected.contains(key))
        selected = {key};

    QMenu menu(this);
    const bool here = key.node.isEmpty();
    QAction *inspect = menu.addAction(here ? tr("&Inspect connection %1…").arg(key.id)
                                           : tr("&Inspect connection %1 on node %2…").arg(key.id).arg(key.node),
                                      this, [this, key] { inspectConnection(key); });
    if (!here) {
        inspect->setEnabled(false);
        inspect->setToolTip(tr("The inspector reads the connection on its own node: attach to node %1 to inspect it.").arg(key.node));
    }
    menu.addAction(here ? tr("&Kick connection %1…").arg(key.id) : tr("&Kick connection %1 on node %2…").arg(key.id).arg(key.node),
                   this, [this, key] { kickConnection(key); });
    QAction *kickAll = menu.addAction(tr("Kick &all of this user…"), this, [this, userId] { kickUser(userId); });
    QAction *send = menu.addAction(tr("&Send message to this user…"), this, [this, userId] { sendToUser(userId); });
    QAction *ban = menu.addAction(tr("&Ban user…"), this, [this, userId] { banUser(userId); });
    for (QAction *a : {kickAll, send, ban})
        a->setEnabled(userId >= 0);
    menu.setToolTipsVisible(true);
    menu.addSeparator();
    menu.addAction(tr("&Copy details"), this, [this, selected] { copyConnectionDetails(selected); });
    if (!c->target.isEmpty()) {
        const QString target = c->target;
        menu.addAction(tr("Show only “%1”").arg(target), this, [this, target] { m_connectionsPanel->filterByTarget(target); });
    }
    menu.exec(view->viewport()->mapToGlobal(pos));
}

QString MainWindow::connectionLabel(const ConnectionKey &key)
{
    return key.node.isEmpty() ? tr("connection %1").arg(key.id)
                              : tr("connection %1 on node %2").arg(key.id).arg(key.node);
}

void MainWindow::inspectConnection(const ConnectionKey &key)
{
    if (!m_host || key.id == 0)
        return;
    if (!key.node.isEmpty()) {
        statusBar()->showMessage(tr("Connection %1 is on node %2: attach to that node to inspect it.").arg(key.id).arg(key.node), 8000);
        return;
    }
    auto *inspector = new ConnectionInspector(m_host, key.id, this);
    inspector->setAttribute(Qt::WA_DeleteOnClose);
    inspector->show();
}

void MainWindow::kickConnection(const ConnectionKey &key)
{
    const ConnectionInfo *c = m_connections->connection(key);
    QString what = connectionLabel(key);
    if (c && c->authenticated) {
        what = key.node.isEmpty() ? tr("connection %1 (%2)").arg(key.id).arg(c->userName)
                                  : tr("connection %1 on node %2 (%3)").arg(key.id).arg(key.node, c->userName);
    }
    KickDialog dialog(what, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    kick(key, dialog.code(), dialog.reason());
}

QString MainWindow::alreadyClosedText(const ConnectionKey &key) const
{
    if (!key.node.isEmpty())
        return {};   // the event log holds this node's events only
    const quint64 connectionId = key.id;
    const EventLogModel *log = m_eventLog->model();
    for (int row = log->rowCount() - 1; row >= 0; --row) {
        const ServerEvent &e = log->eventAt(row);
        if (e.connectionId != connectionId || (e.kind != ServerEvent::Kind::Closed && e.kind != ServerEvent::Kind::Kicked))
            continue;
        return e.closeCode > 0 ? tr("Connection %1 already closed at %2 (%3).")
                                     .arg(connectionId).arg(UiFormat::clockTime(e.timeMs), UiFormat::closeCode(e.closeCode))
                               : tr("Connection %1 already closed at %2.").arg(connectionId).arg(UiFormat::clockTime(e.timeMs));
    }
    return {};
}

quint64 MainWindow::kick(const ConnectionKey &key, int code, const QString &reason)
{
    // It may have closed while the dialog was open: say so instead of "Unknown connection".
    if (!m_connections->connection(key)) {
        const QString closed = alreadyClosedText(key);
        if (!closed.isEmpty()) {
            statusBar()->showMessage(closed, 10000);
            return 0;
        }
    }
    AdminCommand command;
    command.type = AdminCommand::Type::KickConnection;
    command.connectionId = key.id;
    command.node = key.node;
    command.code = code;
    command.reason = reason;
    const quint64 request = execute(command, key.node.isEmpty() ? tr("Kick connection %1").arg(key.id)
                                                                : tr("Kick connection %1 on node %2").arg(key.id).arg(key.node));
    m_pendingKicks.insert(request, key);
    return request;
}

void MainWindow::kickUser(qint64 userId)
{
    if (userId < 0)
        return;
    int count = 0;
    const QString who = userDescription(userId, &count);
    KickDialog dialog(tr("all %n connection(s) of %1", nullptr, count).arg(who), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AdminCommand command;
    command.type = AdminCommand::Type::KickUser;
    command.userId = userId;
    command.code = dialog.code();
    command.reason = dialog.reason();
    execute(command, tr("Kick %1").arg(who));
}

void MainWindow::sendToUser(qint64 userId)
{
    if (userId < 0)
        return;
    int count = 0;
    const QString who = userDescription(userId, &count);
    SendToUserDialog dialog(who, count, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AdminCommand command;
    command.type = AdminCommand::Type::SendToUser;
    command.userId = userId;
    command.text = dialog.text();
    execute(command, tr("Message to %1").arg(who));
}

void MainWindow::banUser(qint64 userId)
{
    if (userId < 0)
        return;
    const QString who = userDescription(userId);
    BanDialog dialog(who, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AdminCommand command;
    command.type = AdminCommand::Type::Ban;
    command.userId = userId;
    command.durationMs = dialog.durationMs();
    command.reason = dialog.reason();
    execute(command, tr("Ban %1 for %2").arg(who, UiFormat::duration(command.durationMs)));
}

void MainWindow::copyConnectionDetails(const QList<ConnectionKey> &keys)
{
    QStringList blocks;
    for (const ConnectionKey &key : keys) {
        if (const ConnectionInfo *c = m_connections->connection(key))
            blocks.append(ConnectionsModel::details(*c));
    }
    QApplication::clipboard()->setText(blocks.join(u"\n\n"_s));
    statusBar()->showMessage(tr("Copied details of %n connection(s).", nullptr, int(blocks.size())), 3000);
}

void MainWindow::showBroadcastDialog()
{
    BroadcastDialog dialog(fullSnapshot(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AdminCommand command = dialog.command();
    QString what;
    if (command.type == AdminCommand::Type::SendToUser)
        what = tr("Message to %1").arg(userDescription(command.userId));
    else if (!command.room.isEmpty())
        what = tr("Broadcast to room %1").arg(command.room);
    else if (command.endpoint != EndpointKind::Unknown)
        what = tr("Broadcast to %1").arg(endpointPattern(command.endpoint));
    else
        what = tr("Broadcast to everyone");
    execute(command, what);
}

void MainWindow::broadcastToRoom(const QString &room)
{
    if (room.isEmpty())
        return;
    BroadcastDialog dialog(fullSnapshot(), this);
    dialog.setTarget(BroadcastDialog::Target::Room, room);
    if (dialog.exec() != QDialog::Accepted)
        return;
    execute(dialog.command(), tr("Broadcast to room %1").arg(room));
}

void MainWindow::showPublishDialog(const QString &topic)
{
    QStringList topics;
    QHash<QString, int> subscribers;
    for (const TopicInfo &t : std::as_const(m_snapshot.topics)) {
        topics.append(t.name);
        subscribers.insert(t.name, t.count());
    }
    topics.sort(Qt::CaseInsensitive);
    PublishDialog dialog(topics, this);
    dialog.setSubscriberCounts(subscribers);
    if (!topic.isEmpty())
        dialog.setTopic(topic);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AdminCommand command = dialog.command();
    execute(command, tr("Publish to %1").arg(command.topic));
}

void MainWindow::closeRoom(const QString &room)
{
    const RoomInfo *info = m_rooms->room(room);
    if (!info)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Close room"),
        tr("Close room “%1”? Its %n connection(s) will be closed.", nullptr, info->count()).arg(room),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    AdminCommand command;
    command.type = AdminCommand::Type::CloseRoom;
    command.room = room;
    execute(command, tr("Close room %1").arg(room));
}

void MainWindow::applyRateLimit(int limit, qint64 windowMs)
{
    AdminCommand command;
    command.type = AdminCommand::Type::SetRateLimit;
    command.limit = limit;
    command.windowMs = windowMs;
    // An attached server's limit is that server's business: the embedded server's saved one stays.
    if (!m_remote) {
        m_config.rateLimit = limit;
        m_config.rateWindow = Milliseconds(windowMs);
        QSettings settings;
        settings.setValue(key(KeyRateLimit), limit);
        settings.setValue(key(KeyRateWindow), windowMs);
    }
    execute(command, tr("Rate limit %1 per %2").arg(limit).arg(UiFormat::duration(windowMs)));
}

QStringList MainWindow::recentServers()
{
    return QSettings().value(key(KeyRecentServers)).toStringList();
}

QSet<QByteArray> MainWindow::trustedFingerprints(const QUrl &url)
{
    // Entries "host:port SHA256-HEX": a certificate is trusted for the server it was shown for.
    const QString prefix = u"%1:%2 "_s.arg(url.host()).arg(url.port(443));
    QSet<QByteArray> set;
    for (const QString &entry : QSettings().value(key(KeyTrustedCerts)).toStringList()) {
        if (entry.startsWith(prefix))
            set.insert(QByteArray::fromHex(entry.mid(prefix.size()).toLatin1()));
    }
    return set;
}

void MainWindow::rememberFingerprint(const QUrl &url, const QByteArray &sha256)
{
    QSettings settings;
    QStringList entries = settings.value(key(KeyTrustedCerts)).toStringList();
    const QString entry = u"%1:%2 %3"_s.arg(url.host()).arg(url.port(443)).arg(QString::fromLatin1(sha256.toHex()));
    if (!entries.contains(entry))
        entries.append(entry);
    settings.setValue(key(KeyTrustedCerts), entries);
}

void MainWindow::showAttachDialog(const QUrl &url)
{
    AttachDialog dialog(recentServers(), this);
    if (!url.isEmpty())
        dialog.setUrl(url.toString());
    else if (m_remote)
        dialog.setUrl(m_remote->url().toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QUrl chosen = dialog.url();
    const QString token = dialog.token();
    if (dialog.rememberToken()) {
        Keyring::writeToken(chosen.toString(), token, this, [this](bool ok, const QString &error) {
            statusBar()->showMessage(ok ? tr("The token is kept in the desktop keyring.")
                                        : tr("The token was not saved in the keyring: %1").arg(error), 6000);
        });
    }
    attachTo(chosen, token);
}

void MainWindow::attachTo(const QUrl &url, const QString &token)
{
    if (m_remote) {
        m_remote->detach();
    } else {
        m_remote = new RemoteHost(this);
        connect(m_remote, &RemoteHost::snapshotReady, this, &MainWindow::onSnapshot);
        connect(m_remote, &RemoteHost::adminResult, this, &MainWindow::onAdminResult);
        connect(m_remote, &RemoteHost::stateChanged, this, &MainWindow::onRemoteState);
        // Asked once the socket's signal has returned: the dialog runs its own event loop.
        connect(m_remote, &RemoteHost::certificateRejected, this, [this] {
            QMetaObject::invokeMethod(this, &MainWindow::askToTrustCertificate, Qt::QueuedConnection);
        });
        auto *countdown = new QTimer(m_remote);
        countdown->setInterval(1000);
        connect(countdown, &QTimer::timeout, this, [this] {
            if (m_remote && m_remote->state() == RemoteHost::State::Lost)
                updateLinkState();
        });
        countdown->start();
        if (m_host)
            m_host->setSnapshotsEnabled(false);
        setLocalControlsEnabled(false);
    }
    m_pending.clear();
    m_pendingKicks.clear();
    resetViews();
    m_linkWasUp = false;
    m_attachToken = token;
    m_detachAction->setEnabled(true);
    QStringList recent = recentServers();
    recent.removeAll(url.toString());
    recent.prepend(url.toString());
    QSettings().setValue(key(KeyRecentServers), recent.mid(0, MaxRecentServers));
    m_remote->setTrustedFingerprints(trustedFingerprints(url));
    m_remote->attach(url, token);
    updateLinkState();
}

void MainWindow::detach()
{
    if (!m_remote)
        return;
    RemoteHost *remote = m_remote;
    m_remote = nullptr;
    remote->disconnect(this);
    remote->detach();
    remote->deleteLater();
    m_attachToken.clear();
    m_pending.clear();
    m_pendingKicks.clear();
    resetViews();
    logWindowEvent(ServerEvent::Kind::Stopped, u"Detached from %1"_s.arg(remote->url().toDisplayString()));
    m_detachAction->setEnabled(false);
    m_statusLink->hide();
    setLocalControlsEnabled(true);
    if (!m_host)
        return;
    m_host->setSnapshotsEnabled(true);
    if (m_host->isListening())
        onStarted(true, m_host->listenUrl(), QString());
    else
        onStopped();
}

void MainWindow::resetViews(bool history)
{
    m_snapshot = ServerSnapshot{};
    m_connections->clear();
    m_groups.clear();
    m_rooms->setRooms({});
    m_topics->setTopics({});
    m_rates->setRates({});
    refreshMembers();
    m_connectionsPanel->updateFilterChoices({});
    if (history)
        m_charts->clearHistory();
    updateStatusBar();
}

void MainWindow::setLocalControlsEnabled(bool enabled)
{
    const QString why = tr("Acts on the embedded server; File → Detach shows it again");
    for (QAction *a : std::as_const(m_localOnlyActions)) {
        if (!enabled) {
            a->setProperty("localToolTip", a->toolTip());
            a->setToolTip(why);
        } else if (a->property("localToolTip").isValid()) {
            a->setToolTip(a->property("localToolTip").toString());
        }
        a->setEnabled(enabled);
    }
    m_hostEdit->setEnabled(enabled);
    m_portEdit->setEnabled(enabled);
    // Users, tokens and the audit log are in the server's database, which /ws/admin does not reach.
    m_usersPanel->setEnabled(enabled);
    m_usersPanel->setToolTip(enabled ? QString()
                                     : tr("Users and tokens live in the attached server's database: manage them on "
                                          "that machine (socketscope user …, socketscope token …)."));
}

QString MainWindow::linkStateText() const
{
    if (!m_remote)
        return {};
    const QString where = m_remote->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo).toDisplayString();
    switch (m_remote->state()) {
    case RemoteHost::State::Detached:
    case RemoteHost::State::Connecting:
        return m_remote->lastError().isEmpty()
            ? tr("Attaching to %1…").arg(where)
            : tr("Attaching to %1… (last try: %2)").arg(where, m_remote->lastError());
    case RemoteHost::State::Attached:
        return tr("Attached to %1 — user %2").arg(where, m_remote->userName());
    case RemoteHost::State::Lost: {
        const int secs = int((m_remote->retryInMs() + 999) / 1000);
        return tr("Link to %1 lost, retrying in %n s", nullptr, secs).arg(where);
    }
    case RemoteHost::State::Refused:
        if (!m_remote->rejectedErrors().isEmpty())
            return tr("Not attached to %1: its certificate is not trusted").arg(where);
        return tr("Not attached to %1: the server closed the link (%2)").arg(where, m_remote->lastError());
    }
    return {};
}

void MainWindow::updateLinkState()
{
    if (!m_remote)
        return;
    const RemoteHost::State state = m_remote->state();
    const bool attached = state == RemoteHost::State::Attached;
    const bool bad = state == RemoteHost::State::Lost || state == RemoteHost::State::Refused;
    const QString text = linkStateText();
    // The toolbar has room for a short form; the title, status bar and tooltip say it all.
    const QUrl url = m_remote->url();
    const QString hostPort = u"%1:%2"_s.arg(url.host()).arg(url.port(url.scheme() == u"wss"_s ? 443 : 80));
    QString brief;
    switch (state) {
    case RemoteHost::State::Attached: brief = tr("Attached: %1").arg(hostPort); break;
    case RemoteHost::State::Lost: brief = tr("Link lost: %1").arg(hostPort); break;
    case RemoteHost::State::Refused: brief = tr("Not attached: %1").arg(hostPort); break;
    case RemoteHost::State::Detached:
    case RemoteHost::State::Connecting: brief = tr("Attaching: %1").arg(hostPort); break;
    }
    setServerState(attached, brief, bad);
    m_stateLabel->setToolTip(text);
    m_stateLabel->setAccessibleDescription(text);
    m_stateText = text;
    m_stopAction->setEnabled(false);
    setWindowTitle(tr("SocketScope — %1").arg(text));
    m_statusLink->setText(text);
    m_statusLink->setToolTip(m_remote->lastError().isEmpty() ? text : tr("%1\nLast error: %2").arg(text, m_remote->lastError()));
    m_statusLink->show();
}

void MainWindow::onRemoteState()
{
    if (!m_remote)
        return;
    const QString where = m_remote->url().toDisplayString();
    const bool wasUp = std::exchange(m_linkWasUp, m_remote->state() == RemoteHost::State::Attached);
    switch (m_remote->state()) {
    case RemoteHost::State::Attached:
        logWindowEvent(ServerEvent::Kind::Listening, u"Attached to %1 as %2"_s.arg(where, m_remote->userName()));
        break;
    case RemoteHost::State::Lost:
        // Rows of a server the window no longer sees would pass for live ones: the next full
        // snapshot fills the views again. Failed retries are in the status bar, not the log.
        if (wasUp) {
            logWindowEvent(ServerEvent::Kind::Error, u"Link to %1 lost (%2)"_s.arg(where, m_remote->lastError()));
            resetViews(false);
        }
        break;
    case RemoteHost::State::Refused:
        logWindowEvent(ServerEvent::Kind::Error, u"Not attached to %1: %2"_s.arg(where, m_remote->lastError()));
        resetViews(false);
        break;
    case RemoteHost::State::Detached:
    case RemoteHost::State::Connecting:
        break;
    }
    updateLinkState();
}

void MainWindow::askToTrustCertificate()
{
    if (!m_remote || m_remote->rejectedCertificate().isNull())
        return;
    const QUrl url = m_remote->url();
    const QSslCertificate cert = m_remote->rejectedCertificate();
    QStringList problems;
    for (const QSslError &e : m_remote->rejectedErrors())
        problems.append(e.errorString());
    const QString fingerprint = QString::fromLatin1(RemoteHost::fingerprint(cert).toHex(':').toUpper());
    const QLocale locale;
    QMessageBox box(QMessageBox::Warning, tr("Untrusted certificate"),
                    tr("The certificate of %1 could not be verified. Trust it only if its fingerprint is the "
                       "one of the server's own certificate.").arg(url.toDisplayString()),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"trustCertificateBox"_s);
    box.setInformativeText(tr("Subject: %1\nIssuer: %2\nValid from %3 to %4\nSHA-256: %5\n\nProblems: %6")
                               .arg(cert.subjectDisplayName(), cert.issuerDisplayName(),
                                    locale.toString(cert.effectiveDate(), QLocale::ShortFormat),
                                    locale.toString(cert.expiryDate(), QLocale::ShortFormat), fingerprint,
                                    problems.join(u"; "_s)));
    QPushButton *trust = box.addButton(tr("&Trust this certificate"), QMessageBox::AcceptRole);
    trust->setObjectName(u"trustButton"_s);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != trust || !m_remote || m_remote->url() != url)
        return;
    rememberFingerprint(url, RemoteHost::fingerprint(cert));
    attachTo(url, m_attachToken);
}

} // namespace SocketScope
