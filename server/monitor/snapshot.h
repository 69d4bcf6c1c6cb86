#pragma once

#include "routing.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace SocketScope {

enum class AuthMethod : quint8 { None, Header, Cookie, Query, Message };
// "none", "header", "cookie", "query", "message" (the welcome's auth_method values)
QString authMethodName(AuthMethod m);

// Everything the GUI shows about one connection, copied out of the server thread.
struct ConnectionInfo
{
    quint64 id = 0;
    qint64 userId = -1;           // -1: anonymous or not yet authenticated
    QString userName;
    QString role;
    AuthMethod authMethod = AuthMethod::None;
    bool viaJwt = false;          // the credential was a JWT (not a stored token or session)
    bool authenticated = false;
    EndpointKind endpoint = EndpointKind::Unknown;
    QString path;                 // request path and query, secrets redacted
    QString target;               // room or topic
    QString remoteAddress;
    quint16 remotePort = 0;
    QString origin;
    qint64 connectedAtMs = 0;     // wall clock, ms since the epoch
    qint64 lastActivityMs = 0;    // wall clock
    quint64 messagesIn = 0;
    quint64 messagesOut = 0;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    qint64 rttMs = -1;            // -1: not measured yet
    qint64 pendingBytes = 0;      // unsent outgoing bytes
    int rateUsed = 0;
    int rateLimit = 0;
    QString node;                 // the cluster node that holds it; empty without a cluster
};

// Names a connection across a cluster: ids are per node (SPEC §9). `node` is empty without a
// cluster.
struct ConnectionKey
{
    ConnectionKey() = default;
    // An id alone names a connection of this node, as in admin commands without `node`.
    ConnectionKey(quint64 connectionId) : id(connectionId) {}   // NOLINT(google-explicit-constructor)
    ConnectionKey(const QString &nodeName, quint64 connectionId) : node(nodeName), id(connectionId) {}

    QString node;
    quint64 id = 0;

    friend bool operator==(const ConnectionKey &a, const ConnectionKey &b) { return a.id == b.id && a.node == b.node; }
    friend bool operator!=(const ConnectionKey &a, const ConnectionKey &b) { return !(a == b); }
    friend size_t qHash(const ConnectionKey &k, size_t seed = 0) { return qHashMulti(seed, k.node, k.id); }
};

struct RoomInfo
{
    QString name;
    QList<quint64> members;       // connection ids of this node
    quint64 messages = 0;         // this node's count
    // The other nodes' members: merged in by the window (RemoteNodeRows); a node's own
    // snapshots leave it empty.
    QList<ConnectionKey> remoteMembers;

    int count() const { return int(members.size() + remoteMembers.size()); }
};

struct TopicInfo
{
    QString name;
    QList<quint64> subscribers;   // connection ids of this node
    quint64 published = 0;        // this node's count
    QList<ConnectionKey> remoteSubscribers;   // as RoomInfo::remoteMembers

    int count() const { return int(subscribers.size() + remoteSubscribers.size()); }
};

struct RateInfo
{
    qint64 userId = 0;
    QString userName;
    int used = 0;
    int limit = 0;
    qint64 windowMs = 0;
    qint64 resetInMs = 0;
    quint64 rejected = 0;
    qint64 lastRejectionMs = 0;   // wall clock; 0: never
};

// Totals since the server started.
struct Counters
{
    int connections = 0;          // open now
    quint64 connectionsAccepted = 0;
    quint64 messagesIn = 0;
    quint64 messagesOut = 0;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 rateLimited = 0;
    quint64 authFailures = 0;
    quint64 handshakeFailures = 0;
    quint64 refusedCapacity = 0;
    qint64 uptimeMs = 0;
};

struct ServerEvent
{
    enum class Kind : quint8 {
        Listening, Stopped, Error,
        Connected, AuthOk, AuthFailed, Joined, Left, RateLimited, Kicked, Closed, Admin,
    };
    qint64 timeMs = 0;            // wall clock
    Kind kind = Kind::Connected;
    quint64 connectionId = 0;
    qint64 userId = -1;
    QString userName;
    EndpointKind endpoint = EndpointKind::Unknown;
    QString target;               // room/topic
    int closeCode = 0;
    QString text;                 // reason or detail, secrets redacted

    static QString kindName(Kind k);   // "connect", "auth_ok", …
};

// One node of a cluster (SPEC §9), as the Nodes view shows it.
struct NodeInfo
{
    QString name;
    QString address;              // its listen URL
    int connections = 0;
    double messagesPerSecond = 0; // in + out
    bool redisUp = false;
    bool nameInUse = false;       // this node: another running node holds its name (not joined)
    qint64 lastHeartbeatMs = 0;   // wall clock of its last presence; this node: now
    bool self = false;
};

// Another node's rows as its presence last showed them (SPEC §9): complete for that node, and
// replacing whatever the window held for it. Empty lists with `gone`: the node left the cluster
// view (stopped, died, or the Redis link is down).
struct RemoteNodeRows
{
    QString node;
    bool gone = false;
    QList<ConnectionInfo> connections;   // each with `node` set
    QList<RoomInfo> rooms;               // member ids are that node's
    QList<TopicInfo> topics;
};

// What the server publishes a few times a second. Plain values: safe to copy across threads.
struct ServerSnapshot
{
    qint64 timeMs = 0;
    bool listening = false;
    QString listenUrl;            // "ws://127.0.0.1:8000"
    QString error;                // why the server is not listening, in words
    QString nodeName;             // this node's cluster name; empty without a cluster
    int rateLimit = 0;
    qint64 rateWindowMs = 0;
    // connectionsComplete: `connections` is every open connection (the first snapshot after
    // snapshots are turned on or the server starts). Otherwise it holds only the connections
    // that changed since the previous snapshot, and closedConnections those that went away.
    bool connectionsComplete = true;
    QList<ConnectionInfo> connections;   // sorted by id
    QList<quint64> closedConnections;
    QList<RoomInfo> rooms;
    QList<TopicInfo> topics;
    QList<RateInfo> rates;
    Counters counters;
    QList<ServerEvent> events;    // since the previous snapshot, oldest first
    quint64 eventsDropped = 0;    // events not delivered because the batch cap was hit
    // Cluster (SPEC §9): empty without --redis; this node first, then the others alive.
    QList<NodeInfo> nodes;
    QString redisUrl;
    // The other nodes whose presence changed since the previous snapshot (all of them when
    // connectionsComplete), and those that left.
    QList<RemoteNodeRows> remoteNodes;
    // The store: PostgreSQL or SQLite, and whether its statements succeed.
    bool storeIsPostgres = false;
    bool storeUp = true;
};

// Answer to an AdminCommand.
struct AdminResult
{
    bool ok = false;
    QString error;
    int affected = 0;             // recipients or closed connections
    QByteArray json;              // the /ws/admin answer
    quint64 requestId = 0;        // echoes the GUI's request id
};

} // namespace SocketScope

Q_DECLARE_METATYPE(SocketScope::ConnectionKey)
Q_DECLARE_METATYPE(SocketScope::ServerSnapshot)
Q_DECLARE_METATYPE(SocketScope::AdminResult)
