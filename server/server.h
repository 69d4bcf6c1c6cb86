#pragma once

#include "admin/admincommand.h"
#include "auth/auth.h"
#include "cluster/clusterlink.h"
#include "config.h"
#include "ratelimiter.h"
#include "monitor/snapshot.h"
#include "net/session.h"
#include "store/store.h"
#include "monitor/watchhub.h"
#include "store/storeworker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QAbstractSocket>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace SocketScope {

class Endpoint;
class Session;
class AdminService;
struct InboundMessage;

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcConn)

// The WebSocket server of SPEC §1–§4. Lives in one thread (the server thread) and is never
// touched from another; ServerHost is the cross-thread door.
class Server : public QObject, private SessionListener, private ClusterListener
{
    Q_OBJECT
public:
    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    bool start(const ServerConfig &config, QString *error);
    // Closes every connection with 1001; emits stopped() once all are gone (or aborted).
    void stop();
    bool isListening() const;
    quint16 port() const;
    quint16 plainPort() const;   // the extra ws:// port when TLS is on; 0 otherwise
    QString listenUrl() const;
    const ServerConfig &config() const { return m_config; }

    // The database's thread (null before the first start()). Every store access goes there.
    StoreWorker *storeWorker() const { return m_worker; }
    QString databasePath() const { return m_dbPath; }
    const QByteArray &jwtSecret() const { return m_jwtSecret; }
    RateLimiter &limiter() { return m_limiter; }
    AdminService &admin() { return *m_admin; }

    void setSnapshotsEnabled(bool enabled);
    ServerSnapshot takeSnapshot();
    // /ws/admin watchers (SPEC §8): they share the snapshot tick with the window.
    void watch(quint64 connectionId, int rateHz);
    void unwatch(quint64 connectionId);
    const WatchHub &watchHub() const { return m_watch; }
    QString nodeName() const;
    // The cluster link (SPEC §9); null without --redis.
    ClusterLink *cluster() const { return m_cluster; }
    bool clusterUp() const { return m_cluster && m_cluster->isUp(); }
    // Tells the other nodes (no-op alone or while the link is down).
    void relay(const ClusterMessage &m);
    // Counts over the other nodes' last presence (0 alone): connections matching `pred`.
    int remoteCount(const std::function<bool(const ConnectionInfo &)> &pred) const;
    int remoteGroupCount(bool rooms, const QString &name) const;

    // --- used by endpoints and the admin service ---
    Session *session(quint64 id) const { return m_sessions.value(id); }
    const QHash<quint64, Session *> &sessions() const { return m_sessions; }
    QList<Session *> sessionsOfUser(qint64 userId) const;
    void send(Session &s, const QString &text);
    // Sends to each open session in `targets` except `except`; returns how many got it.
    int deliver(const QList<Session *> &targets, const QString &text, const Session *except = nullptr);

    void joinRoom(const QString &room, Session &s);
    void leaveRoom(const QString &room, Session &s);
    // The rooms an admin made `s` join (join_room), left when it closes.
    void leaveAdminRooms(Session &s);
    QList<Session *> roomMembers(const QString &room) const;
    // Text to a room's members here and on every other node.
    void roomText(const QString &room, const QString &text, const Session *except = nullptr);
    // Text to every connection-manager member here and on every other node.
    void managerText(const QString &text);
    QStringList roomNames() const;
    void countRoomMessage(const QString &room);

    void subscribe(const QString &topic, Session &s);
    void unsubscribe(const QString &topic, Session &s);
    // Forwards a JSON object exactly as given to every subscriber; returns the recipients.
    int publish(const QString &topic, const QByteArray &json);   // here and on every other node
    int publishLocal(const QString &topic, const QByteArray &json);
    QList<Session *> subscribers(const QString &topic) const;
    QStringList topicNames() const;

    const QList<Session *> &managerMembers() const { return m_manager; }
    void joinManager(Session &s) { m_manager.append(&s); }
    void leaveManager(Session &s) { m_manager.removeOne(&s); }

    // Starts the closing handshake. `aheadOfBacklog`: the Close overtakes the frames still
    // queued (slow consumer).
    void closeSession(Session &s, int code, const QString &reason, bool aheadOfBacklog = false);
    // A join or leave notice goes to every member, so it counts against the user's rate limit
    // like a message (cluster-wide in a cluster). Over it, the join is not announced (the
    // joiner gets the rate-limit error instead), and then neither is its leave. `announce`
    // runs once decided: at once, or when Redis answers.
    void chargeJoin(Session &s, std::function<void()> announce);
    void chargeLeave(Session &s, std::function<void()> announce);
    bool isStopping() const { return m_stopping; }
    void setRateLimit(int limit, qint64 windowMs);
    void recordEvent(ServerEvent e);
    // Buffered; written to the store in one transaction per sweep tick.
    void audit(AuditEntry e);
    void flushAudit();
    Counters counters() const;
    qint64 monotonicMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void snapshotReady(const SocketScope::ServerSnapshot &snapshot);
    void stopped();

private:
    struct PendingSocket
    {
        QTcpSocket *socket = nullptr;
        qint64 acceptedAt = 0;
        bool secure = false;
        bool overLimit = false;   // its address held --max-per-address sockets when it came
        bool tooFast = false;     // its address was over --connect-rate
    };
    struct Group
    {
        QList<Session *> members;
        quint64 messages = 0;
    };

    void onTcpConnection(QTcpServer *listener, bool secure);
    void onRawReadyRead(QTcpSocket *socket);
    void onAcceptError(QTcpServer *listener, QAbstractSocket::SocketError error);
    bool isSecureListener(const QTcpServer *listener) const;
    void answerHttp(QTcpSocket *socket, const QByteArray &requestLine, int headerSize);
    void refuseRaw(QTcpSocket *socket, const QByteArray &status, const QString &why, const QByteArray &label,
                   const QByteArray &extraHeaders = {});
    void setUpSession(QWebSocket *ws);
    // Asks the store thread; the answer comes back in onAuthAnswer(). Text messages that
    // arrive meanwhile wait in m_authPending and are handled after it, in order.
    template <typename Job>
    void requestAuth(Session &s, Job job);
    void onAuthAnswer(quint64 sessionId, const Authenticator::Outcome &o);
    void dispatchText(Session &s, const QString &text);
    void onCredentialsChanged(const QList<qint64> &userIds, bool all);
    void authenticated(Session &s, const Authenticator::Outcome &o);
    void authFailed(Session &s, const Authenticator::Outcome &o);
    void onText(Session &s, const QString &text);
    bool echoUtf8(Session &s, const QByteArray &utf8);
    void onBinary(Session &s, const QByteArray &data);
    void onDisconnected(Session &s);
    // SessionListener
    void sessionMessage(Session &s, Wire::Opcode opcode, QByteArray &payload) override;
    void sessionPong(Session &s, const QByteArray &payload) override;
    void sessionPeerClosed(Session &s) override;
    bool sessionHoldsClose(Session &s) override;
    void sessionFailed(Session &s) override;
    void sessionQueued(Session &s) override;
    void sessionDrained(Session &s) override;
    void sessionDisconnected(Session &s) override { onDisconnected(s); }
    void closeSlowConsumer(Session &s);
    void sweep();
    void heartbeat();
    void publishSnapshot();
    void updateSnapshotting();
    void checkSlowConsumer(Session &s);
    void scheduleFlush(Session &s);
    void flushWrites();
    AuditEntry auditFor(const Session &s, const QString &kind) const;
    void maybeFinishStop();
    ConnectionInfo describe(const Session &s) const;
    // ClusterListener
    void clusterMessage(const ClusterMessage &m) override;
    QByteArray clusterPresence() override;
    void clusterLinkChanged(bool up) override;
    void afterRateCheck(Session &s, const InboundMessage &msg, const RateLimiter::Decision &d);
    // Redis's answer (mirrored into the local limiter), or the local decision when it was lost.
    RateLimiter::Decision clusterDecision(qint64 userId, const std::optional<ClusterLink::RateDecision> &cd);
    void kickLocal(const QList<Session *> &targets, int code, const QString &reason);
    // Watchers see the whole cluster: each other node's last presence, as a full snapshot
    // message named by that node (SPEC §8/§9), once per heartbeat.
    void streamRemoteNodes();
    void remoteRows(ServerSnapshot &snap);

    ServerConfig m_config;
    QThread m_storeThread;
    StoreWorker *m_worker = nullptr;   // lives in m_storeThread
    StoreWorker::Health m_storeHealth;   // as last sent by the store thread
    QString m_dbPath;
    QByteArray m_jwtSecret;
    struct PendingAuth
    {
        QStringList texts;
        qsizetype bytes = 0;
    };
    QHash<quint64, PendingAuth> m_authPending;
    QHash<qint64, QString> m_userNames;   // user id → name, from authentications (for snapshots)
    quint64 m_credentialRechecks = 0;     // connections re-checked after the store changed
    RateLimiter m_limiter;
    std::unique_ptr<AdminService> m_admin;
    struct Listener
    {
        QPointer<QTcpServer> server;
        bool secure = false;
    };
    QString urlOf(const Listener &l) const;
    void closeListeners();
    QList<Listener> m_listeners;          // first: --port (wss:// with TLS); second: --plain-port
    QWebSocketServer *m_wsPlain = nullptr;
    QWebSocketServer *m_wsSecure = nullptr;
    std::array<std::unique_ptr<Endpoint>, 7> m_endpoints;

    QHash<QTcpSocket *, PendingSocket> m_pending;          // TCP accepted, no upgrade yet
    struct Upgrading
    {
        QPointer<QTcpSocket> socket;   // QWebSocketServer deletes it if the handshake fails
        QByteArray heldBack;
        QList<std::pair<QByteArray, QByteArray>> fields;   // the whole request header
        bool overLimit = false;
        bool tooFast = false;
    };
    QList<Upgrading> m_upgrading;   // handed to QWebSocketServer, not yet a QWebSocket
    QHash<quint64, Session *> m_sessions;
    // Delta snapshots (takeSnapshot): what changed since the last one.
    ChangeLog m_changeLog;
    QList<quint64> m_closedSinceSnapshot;
    bool m_snapshotComplete = true;
    QHash<qint64, int> m_reportedRateUsed;   // user id → rateUsed in the last snapshot
    QSet<quint64> m_backlogged;              // ids reported with pendingBytes > 0
    QHash<quint64, Session *> m_awaitingAuth;
    QHash<quint64, Session *> m_closing;
    QHash<quint64, Session *> m_slow;   // backlog over the cap, reading paused, in their grace period
    QHash<QString, int> m_perAddress;   // accepted sockets (pending, upgrading, sessions) per address
    QSet<QString> m_perAddressLogged;
    QSet<quint64> m_unannounced;   // sessions whose join was not announced (rate limit)
    bool m_acceptPaused = false;
    quint64 m_acceptPauses = 0;
    QMap<QByteArray, quint64> m_handshakeFailures;   // by reason label
    // --connect-rate: new connections per user id, and per address (keyed by addressKey()).
    RateLimiter m_connectByUser;
    RateLimiter m_connectByAddress;
    // Rooms and topics: the same membership bookkeeping under two names.
    struct Groups
    {
        QHash<QString, Group> byName;
        void join(const QString &name, Session &s);
        void leave(const QString &name, Session &s);
        QStringList names() const;
    };
    Groups m_rooms;
    Groups m_topics;
    QList<Session *> m_manager;
    quint64 m_nextId = 1;

    QElapsedTimer m_clock;
    qint64 m_startedWallMs = 0;
    // Children, so that moveToThread() takes them along.
    QTimer m_sweepTimer{this};
    QTimer m_heartbeatTimer{this};
    QTimer m_snapshotTimer{this};
    bool m_snapshotsEnabled = false;   // the window wants snapshots
    bool m_snapshotsActive = false;    // the window or a watcher does
    WatchHub m_watch;
    bool m_stopping = false;
    QString m_lastError;
    ClusterLink *m_cluster = nullptr;   // child; with --redis only
    double m_messageRate = 0;           // in + out per second, sampled at each presence beat
    qint64 m_rateSampleMs = 0;
    quint64 m_rateSampleTotal = 0;
    QHash<QString, qint64> m_streamedRemote;   // node → heartbeat last sent to watchers
    QHash<QString, qint64> m_snapshotRemote;   // node → heartbeat last put in a snapshot
    quint64 m_remoteSeq = 0;

    QByteArray metricsText() const;
    void countRejection(const char *reason) { ++m_rejections[QByteArray(reason)]; }

    QList<QPointer<Session>> m_unflushed;
    bool m_flushBeforeWait = false;   // the epoll dispatcher calls flushWrites() once per pass
    QList<AuditEntry> m_audit;
    int m_sweepTicks = 0;
    int m_heartbeatSlices = 1;
    quint64 m_heartbeatTick = 0;
    std::vector<quint64> m_heartbeatQueue;   // ids open when the current cycle began
    size_t m_heartbeatPos = 0;

    Counters m_counters;
    QMap<int, quint64> m_closeCodes;
    QMap<QByteArray, quint64> m_rejections;
    static constexpr std::array<double, 12> RttBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                       0.05, 0.1, 0.25, 0.5, 1.0, 2.5};
    std::array<quint64, RttBuckets.size() + 1> m_rttCounts{};   // last: +Inf
    double m_rttSum = 0;
    QList<ServerEvent> m_events;
    quint64 m_eventsDropped = 0;
};

} // namespace SocketScope
