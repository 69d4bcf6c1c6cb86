#pragma once

#include "config.h"
#include "groupsmodels.h"
#include "monitor/snapshot.h"
#include "theme.h"
#include "tlsdialog.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QSpinBox;
class QToolBar;

namespace SocketScope {

class ServerHost;
class DashboardHost;
class RemoteHost;
class ConnectionsModel;
class RoomsModel;
class TopicsModel;
class MembersModel;
class RateLimitsModel;
class ConnectionsPanel;
class GroupPanel;
class RateLimitsPanel;
class EventLogPanel;
class TrafficCharts;
class LagProbe;
class UsersPanel;
class NodesPanel;
class ClientPanel;
class PortSpinBox;
struct AdminCommand;
enum class AuditFormat;

// The live dashboard. The server runs on its own thread inside `host`; this window only
// reads its snapshots (4 Hz) and sends it admin commands. Attached to a running server
// (attachTo()), it shows that one instead, through a RemoteHost, with the same views and actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `startLocalServer` false: the embedded server starts only when the user starts it (--attach).
    explicit MainWindow(ServerHost *host, const ServerConfig &startConfig, QWidget *parent = nullptr,
                        bool startLocalServer = true);
    ~MainWindow() override;

    // `base` with the host, port, rate limit and TLS settings saved by the previous run (QSettings)
    // applied; main() passes the result as the base for the command line so explicit options still win.
    static ServerConfig withSavedSettings(const ServerConfig &base);
    // Writes every server option and the TLS settings, as the Settings dialog does on OK.
    static void saveServerSettings(const ServerConfig &config, const TlsSettings &tls);
    const ServerConfig &config() const { return m_config; }

    ConnectionsModel *connectionsModel() const { return m_connections; }
    RoomsModel *roomsModel() const { return m_rooms; }
    TopicsModel *topicsModel() const { return m_topics; }
    RateLimitsModel *rateLimitsModel() const { return m_rates; }
    EventLogPanel *eventLog() const { return m_eventLog; }
    TrafficCharts *charts() const { return m_charts; }
    ConnectionsPanel *connectionsPanel() const { return m_connectionsPanel; }
    RateLimitsPanel *rateLimitsPanel() const { return m_ratesPanel; }
    LagProbe *lagProbe() const { return m_lag; }
    UsersPanel *usersPanel() const { return m_usersPanel; }
    const TlsSettings &tlsSettings() const { return m_tls; }
    // The text of the server state in the toolbar (URL(s), or why it is not running).
    QString serverStateText() const;
    // The link to an attached server; nullptr while the embedded one is shown.
    RemoteHost *remoteHost() const { return m_remote; }
    // What the views show and the admin actions go to: the remote host while attached.
    DashboardHost *activeHost() const;
    // The link state shown in the status bar while attached ("Attached to … — user alice").
    QString linkStateText() const;
    // Remembered fingerprints (SHA-256) of certificates the user chose to trust, for host:port.
    static QSet<QByteArray> trustedFingerprints(const QUrl &url);
    static void rememberFingerprint(const QUrl &url, const QByteArray &sha256);
    // The attached servers' URLs, most recent first (tokens are never in the settings).
    static QStringList recentServers();
    const ServerSnapshot &lastSnapshot() const { return m_snapshot; }
    // The user asked for a restart (after choosing another language): runGui() starts
    // SocketScope again once this window has closed and the server has stopped.
    bool restartRequested() const { return m_restartRequested; }

public Q_SLOTS:
    // Starts (or restarts) the server with the address and port from the toolbar.
    void startServer();
    void stopServer();
    // Picks the next free port after the current one and starts there.
    void useAnotherPort();
    void showBroadcastDialog();
    void showPublishDialog(const QString &topic = {});
    // Asks for close code and reason (KickDialog), then kicks: what the context menu does. In a
    // cluster the connection may be on another node (SPEC §9: kick takes `node`).
    void kickConnection(const ConnectionKey &key);
    // The connection inspector (issue 15): headers, identity, rooms, counters, frame capture.
    // This node's connections only.
    void inspectConnection(const ConnectionKey &key);
    // Kicks without asking, as the dialog does once accepted. Returns the admin request id.
    quint64 kick(const ConnectionKey &key, int code, const QString &reason);
    // Help → Diagnostics: GUI event-loop lag and snapshot figures.
    void showDiagnostics();
    // View → Reset layout: default dock arrangement and sizes.
    void resetLayout();
    // View → a view's entry (Alt+1…): shows the dock, raises its tab and focuses it.
    void showDock(QDockWidget *dock);
    // Server → TLS…: asks (TlsDialog), then applies as setTlsSettings() does.
    void showTlsDialog();
    // Keeps `settings` (QSettings too) and with `restart` (re)starts the server with them.
    void setTlsSettings(const TlsSettings &settings, bool restart = true);
    // Server → Users: shows and raises the Users view.
    void showUsers();
    // File → Export audit log…: asks period and format (AuditExportDialog), then the file name.
    void showAuditExportDialog();
    // Writes the audit entries since `sinceMs` (0: all) to `fileName`, whole or not at all.
    bool exportAuditLog(const QString &fileName, qint64 sinceMs, AuditFormat format, QString *error = nullptr);
    // Server → Settings…: every server option, language and theme (SettingsDialog).
    void showSettings();
    // Saves and applies what the Settings dialog returned; `askRestart`: offer to restart the
    // server (and the app for a new language) when that is needed for the change to take effect.
    void applySettings(const ServerConfig &config, const TlsSettings &tls, const QString &language,
                       Theme::Mode theme, bool askRestart = true);
    // View → Theme: applies and saves `mode`; charts and colour-coded cells follow.
    void setThemeMode(Theme::Mode mode);
    // View → Language: saves `code` ("" for the system's) and offers to restart.
    void setLanguage(const QString &code, bool askRestart = true);
    void showGettingStarted();
    void showAbout();
    // File → Attach to server…: URL and token (AttachDialog), then attachTo(). `url` preselected.
    void showAttachDialog(const QUrl &url = {});
    // Shows the server at `url` (its /ws/admin) instead of the embedded one. A running embedded
    // server keeps running, unseen, until Detach.
    void attachTo(const QUrl &url, const QString &token);
    // File → Detach: back to the embedded server (started only if the user starts it).
    void detach();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createModels();
    void createToolBar();
    void createDocks();
    void createMenus();
    void createStatusBar();
    void applyDefaultGeometry();
    void applyDefaultDockSizes();
    void createLagProbe();
    void fitToolBar();
    void updateLagStatus();
    void readSettings();
    void writeSettings() const;

    void onSnapshot(const ServerSnapshot &snapshot);
    void onRemoteState();
    void askToTrustCertificate();
    void updateLinkState();
    // Empties the live views (connections, rooms, topics, rate limits, counters); with
    // `history`, the charts too. The event log keeps its rows.
    void resetViews(bool history = true);
    void setLocalControlsEnabled(bool enabled);
    void onStarted(bool ok, const QString &listenUrl, const QString &error);
    void onStopped();
    void onAdminResult(const AdminResult &result);
    void setServerState(bool listening, const QString &text, bool error);
    void updateStatusBar();
    // The last snapshot with every connection (snapshots may carry only the changes).
    ServerSnapshot fullSnapshot() const;
    void refreshMembers();
    void updateTlsAction();
    void updateThemeDependents();
    void updateStateLabelStyle();
    // Whether `host`:`port` can be bound now (a probe in this thread, closed at once).
    bool portIsFree(const QString &host, quint16 port, QString *why) const;
    // An event the window itself adds to the event log (the server has none for it).
    void logWindowEvent(ServerEvent::Kind kind, const QString &text);
public:
    // "Connection 5 already closed at 12:03:04 (1000 …)." from the event log; empty if unknown.
    QString alreadyClosedText(const ConnectionKey &key) const;
private:

    quint64 execute(const AdminCommand &command, const QString &description);
    void showConnectionMenu(const QPoint &pos);
    void kickUser(qint64 userId);
    void sendToUser(qint64 userId);
    void banUser(qint64 userId);
    void copyConnectionDetails(const QList<ConnectionKey> &keys);
    // "connection 5", or "connection 5 on node b" for another node's.
    static QString connectionLabel(const ConnectionKey &key);
    void broadcastToRoom(const QString &room);
    void closeRoom(const QString &room);
    void applyRateLimit(int limit, qint64 windowMs);
    QString userDescription(qint64 userId, int *connections = nullptr) const;

    QDockWidget *addDock(const QString &objectName, const QString &title, QWidget *widget, Qt::DockWidgetArea area);

    QPointer<ServerHost> m_host;
    RemoteHost *m_remote = nullptr;
    QString m_attachToken;   // kept for reconnecting; never written anywhere
    bool m_linkWasUp = false;   // the remote link was attached before its latest state change
    QList<QAction *> m_localOnlyActions;   // act on the embedded server or its database
    QAction *m_attachAction = nullptr;
    QAction *m_detachAction = nullptr;
    QLabel *m_statusLink = nullptr;
    QLabel *m_statusStore = nullptr;   // PostgreSQL only: a local file is not expected to go away
    ServerConfig m_config;
    ServerSnapshot m_snapshot;
    bool m_listening = false;
    QHash<quint64, QString> m_pending;   // admin request id -> what the user asked for
    QHash<quint64, ConnectionKey> m_pendingKicks;   // admin request id -> the connection to kick

    ConnectionsModel *m_connections = nullptr;
    RoomsModel *m_rooms = nullptr;
    ClusterGroups m_groups;   // rooms and topics with the other nodes' members
    TopicsModel *m_topics = nullptr;
    MembersModel *m_roomMembers = nullptr;
    MembersModel *m_topicSubscribers = nullptr;
    RateLimitsModel *m_rates = nullptr;

    ConnectionsPanel *m_connectionsPanel = nullptr;
    GroupPanel *m_roomsPanel = nullptr;
    GroupPanel *m_topicsPanel = nullptr;
    RateLimitsPanel *m_ratesPanel = nullptr;
    EventLogPanel *m_eventLog = nullptr;
    TrafficCharts *m_charts = nullptr;
    QList<QDockWidget *> m_docks;
    QDockWidget *m_connectionsDock = nullptr;
    QDockWidget *m_eventsDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QDockWidget *m_usersDock = nullptr;
    QDockWidget *m_clientDock = nullptr;
    UsersPanel *m_usersPanel = nullptr;
    NodesPanel *m_nodesPanel = nullptr;
    ClientPanel *m_clientPanel = nullptr;
    TlsSettings m_tls;
    QByteArray m_defaultState;
    bool m_stateRestored = false;   // the saved layout was applied: keep its sizes
    bool m_shown = false;
    bool m_firstRun = false;   // no saved settings yet: the hint offers Getting started

    QComboBox *m_hostEdit = nullptr;
    PortSpinBox *m_portEdit = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_anotherPortAction = nullptr;
    QAction *m_broadcastAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_tlsAction = nullptr;
    QLabel *m_stateLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    int m_toolBarTextWidth = 0;   // the toolbar's width with texts beside the icons
    bool m_stateError = false;
    QString m_stateText;
    bool m_restartRequested = false;
    QList<QAction *> m_themeActions;
    QList<QAction *> m_languageActions;

    QLabel *m_statusConnections = nullptr;
    QLabel *m_statusIn = nullptr;
    QLabel *m_statusOut = nullptr;
    QLabel *m_statusUptime = nullptr;
    QLabel *m_statusLag = nullptr;

    LagProbe *m_lag = nullptr;
    bool m_lagReport = false;   // SOCKETSCOPE_LAG_REPORT: print the lag figures to stderr on exit
};

} // namespace SocketScope
