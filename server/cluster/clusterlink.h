#pragma once

// A node's link to the cluster (SPEC §9): two Redis connections (one subscribed to the bus,
// one for commands), presence with a TTL heartbeat, the cluster-wide rate limit, and
// reconnection with backoff. Knows nothing of Server: it talks to a ClusterListener.

#include "cluster/clustermessage.h"
#include "cluster/redisconnection.h"
#include "config.h"
#include "monitor/snapshot.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace SocketScope {

Q_DECLARE_LOGGING_CATEGORY(lcCluster)

class ClusterListener
{
public:
    virtual ~ClusterListener() = default;
    // A message from another node.
    virtual void clusterMessage(const ClusterMessage &m) = 0;
    // This node's presence: a full watch message (monitor/snapshotjson.h), written each beat.
    virtual QByteArray clusterPresence() = 0;
    virtual void clusterLinkChanged(bool up) = 0;
};

// Another node, as last seen in its presence key.
struct RemoteNode
{
    QString name;
    qint64 heartbeatMs = 0;   // wall clock of its last presence
    double messagesPerSecond = 0;
    ServerSnapshot snapshot;  // complete: its connections, rooms, topics, counters
};

class ClusterLink : public QObject
{
    Q_OBJECT
public:
    static constexpr int HeartbeatMs = 1000;
    static constexpr int PresenceTtlMs = 3000;

    ClusterLink(const RedisAddress &address, const QString &nodeName, ClusterListener &listener,
                QObject *parent = nullptr);
    ~ClusterLink() override;

    void start();
    void stop();

    bool isUp() const { return m_up; }
    // Connected to Redis, but another live node holds this node's name: not in the cluster.
    bool nameInUse() const { return m_nameInUse; }
    // "up", "down" or "name_in_use" (/healthz, stats).
    QString stateName() const;
    const QString &nodeName() const { return m_node; }
    QString redisUrl() const;   // the password redacted
    quint64 reconnects() const { return m_reconnects; }
    quint64 published() const { return m_published; }
    quint64 received() const { return m_received; }
    quint64 rateChecks() const { return m_rateChecks; }
    qint64 upSinceMs() const { return m_upSinceMs; }
    QString lastError() const { return m_lastError; }
    // The other nodes whose presence is alive, by name.
    const QMap<QString, RemoteNode> &remoteNodes() const { return m_remote; }

    // Sends to every other node; false while the link is down (the message stays local).
    bool publish(ClusterMessage m);

    struct RateDecision
    {
        bool allowed = true;
        int used = 0;
        qint64 retryAfterMs = 0;
    };
    // One message of `userId` against the cluster-wide sliding window, atomically in Redis.
    // False while the link is down: the caller uses its local limiter. Otherwise `done` is
    // called once: with the decision, or nullopt when the link went away first.
    bool chargeRate(qint64 userId, int limit, qint64 windowMs,
                    std::function<void(std::optional<RateDecision>)> done);

Q_SIGNALS:
    void linkChanged(bool up);

private:
    void resolveAndConnect();
    void connectTo(const QHostAddress &address);
    void onConnectionOpen();
    void onConnectionClosed(const QString &why);
    void goUp();
    void goDown(const QString &why);
    void scheduleReconnect();
    void beat();
    void readPresence();
    void claimAndWritePresence();
    void onClaim(const RedisReply *r);
    bool evalScript(const QByteArray &script, const QList<QByteArray> &keysAndArgs, RedisConnection::Done done);
    void onPush(const RedisReply &r);
    QByteArray key(const QByteArray &suffix) const;
    bool sendCommand(const QList<QByteArray> &argv, RedisConnection::Done done = {});

    RedisAddress m_address;
    QString m_node;
    QByteArray m_channel;
    ClusterListener &m_listener;
    RedisConnection *m_cmd = nullptr;
    RedisConnection *m_sub = nullptr;
    bool m_running = false;
    bool m_up = false;
    bool m_everUp = false;
    bool m_subscribed = false;
    bool m_selected = false;
    bool m_nameInUse = false;
    bool m_claiming = false;
    QByteArray m_instance;   // this process's claim on the node name
    int m_backoffMs = 250;
    quint64 m_reconnects = 0;
    quint64 m_published = 0;
    quint64 m_received = 0;
    quint64 m_rateChecks = 0;
    quint64 m_rateSeq = 0;
    qint64 m_upSinceMs = 0;
    qint64 m_waitSinceMs = 0;      // since the oldest unanswered command, or the last answer
    qint64 m_attemptStartMs = 0;
    QString m_lastError;
    bool m_downLogged = false;
    bool m_closing = false;
    QByteArray m_scriptSha;
    QTimer m_reconnectTimer{this};
    QTimer m_beatTimer{this};
    QElapsedTimer m_clock;
    QMap<QString, RemoteNode> m_remote;
    int m_lookupId = -1;
};

} // namespace SocketScope
