#include "cluster/clusterlink.h"

#include "monitor/snapshotjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHostInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace SocketScope {

Q_LOGGING_CATEGORY(lcCluster, "socketscope.cluster")

namespace {

constexpr int MaxBackoffMs = 5000;
// A Redis that holds a command this long without answering is treated as gone.
constexpr qint64 ReplyDeadlineMs = 3000;
constexpr qint64 ConnectDeadlineMs = 3000;

// The cluster-wide sliding window (docs/cluster.md): one sorted set per user, scored by Redis's
// own clock so that nodes with skewed clocks agree.
constexpr char RateScript[] = R"lua(
local key = KEYS[1]
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local used = redis.call('ZCARD', key)
if used < limit then
  redis.call('ZADD', key, now, ARGV[3])
  redis.call('PEXPIRE', key, window)
  return {1, used + 1, 0}
end
local nth = redis.call('ZRANGE', key, used - limit, used - limit, 'WITHSCORES')
local retry = tonumber(nth[2]) + window - now
if retry < 1 then retry = 1 end
return {0, used, retry}
)lua";

// A node's beat (docs/cluster.md "Node names"): the name belongs to one running instance at a
// time. Only while this instance holds it (or nobody does) the claim is renewed and the presence
// written, atomically, so that two nodes started with one --node-name cannot overwrite each
// other's presence. KEYS: owner, presence, nodes; ARGV: instance, ttl, presence, now, name.
constexpr char BeatScript[] = R"lua(
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then
  return {0, holder}
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[5])
return {1, ARGV[1]}
)lua";

// A clean stop leaves at once, but only what is still this instance's.
constexpr char LeaveScript[] = R"lua(
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1], KEYS[2])
  redis.call('ZREM', KEYS[3], ARGV[2])
end
return 1
)lua";

// Redis's error text, with what to do when it is about the password.
QString describeRedisError(const QString &text)
{
    if (text.startsWith(u"NOAUTH"))
        return u"Redis wants a password (%1): give it in the --redis URL or --redis-password-file"_s.arg(text);
    if (text.startsWith(u"WRONGPASS"))
        return u"Redis refused the password: "_s + text;
    return text;
}

qint64 wallNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ClusterLink::ClusterLink(const RedisAddress &address, const QString &nodeName, ClusterListener &listener, QObject *parent)
    : QObject(parent)
    , m_address(address)
    , m_node(nodeName)
    // Pub/sub channels are global to a Redis server, keys are per database: the channel names
    // the database so that clusters on databases of one server stay apart.
    , m_channel("socketscope:" + QByteArray::number(address.db) + ":bus")
    , m_listener(listener)
    , m_instance(QSysInfo::machineHostName().toUtf8() + ':' + QByteArray::number(QCoreApplication::applicationPid()) + ':'
                 + QByteArray::number(QRandomGenerator::system()->generate64(), 36))
{
    m_clock.start();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ClusterLink::resolveAndConnect);
    m_beatTimer.setInterval(HeartbeatMs);
    connect(&m_beatTimer, &QTimer::timeout, this, &ClusterLink::beat);
}

ClusterLink::~ClusterLink()
{
    m_running = false;
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

QString ClusterLink::redisUrl() const
{
    return m_address.redactedUrl();
}

QString ClusterLink::stateName() const
{
    return m_up ? u"up"_s : m_nameInUse ? u"name_in_use"_s : u"down"_s;
}

QByteArray ClusterLink::key(const QByteArray &suffix) const
{
    return "socketscope:" + suffix;
}

void ClusterLink::start()
{
    if (m_running)
        return;
    m_running = true;
    qCInfo(lcCluster).noquote() << u"node %1 joining the cluster through %2"_s.arg(m_node, redisUrl());
    m_beatTimer.start();
    resolveAndConnect();
}

void ClusterLink::stop()
{
    if (!m_running)
        return;
    if (m_up && m_cmd) {
        // Leave at once rather than when the presence expires.
        const QByteArray node = m_node.toUtf8();
        evalScript(LeaveScript, {"3", key("owner:" + node), key("presence:" + node), key("nodes"), m_instance, node}, {});
    }
    m_running = false;
    m_beatTimer.stop();
    m_reconnectTimer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_sub)
        m_sub->close();
    if (m_cmd)
        m_cmd->close(true);
    const bool wasUp = m_up;
    m_up = false;
    m_nameInUse = false;
    m_claiming = false;
    m_remote.clear();
    if (wasUp) {
        m_listener.clusterLinkChanged(false);
        Q_EMIT linkChanged(false);
    }
}

void ClusterLink::resolveAndConnect()
{
    if (!m_running)
        return;
    QHostAddress literal;
    if (literal.setAddress(m_address.host)) {
        connectTo(literal);
        return;
    }
    // hiredis would resolve synchronously inside redisAsyncConnect: resolve here first.
    m_lookupId = QHostInfo::lookupHost(m_address.host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (!m_running)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            onConnectionClosed(u"cannot resolve %1: %2"_s.arg(m_address.host, info.errorString()));
            return;
        }
        connectTo(info.addresses().constFirst());
    });
}

void ClusterLink::connectTo(const QHostAddress &address)
{
    if (!m_cmd) {
        m_cmd = new RedisConnection(this);
        m_sub = new RedisConnection(this);
        for (RedisConnection *c : {m_cmd, m_sub}) {
            connect(c, &RedisConnection::connected, this, &ClusterLink::onConnectionOpen);
            connect(c, &RedisConnection::closed, this, &ClusterLink::onConnectionClosed);
        }
        m_sub->setPushHandler([this](const RedisReply &r) { onPush(r); });
    }
    m_subscribed = false;
    m_selected = false;
    m_attemptStartMs = m_clock.elapsed();
    QString error;
    if (!m_cmd->open(address, m_address.port, &error) || !m_sub->open(address, m_address.port, &error)) {
        onConnectionClosed(error);
        return;
    }
    if (!m_address.password.isEmpty()) {
        // Before anything else on both connections: hiredis sends in order, Redis answers in order.
        QList<QByteArray> auth{"AUTH"};
        if (!m_address.user.isEmpty())
            auth.append(m_address.user.toUtf8());
        auth.append(m_address.password.toUtf8());
        for (RedisConnection *c : {m_cmd, m_sub}) {
            c->command(auth, [this, c](const RedisReply *r) {
                if (r && r->isError()) {
                    // Redis's own text (WRONGPASS …) never holds the password.
                    m_lastError = u"Redis refused the password: "_s + QString::fromUtf8(r->str);
                    c->close();
                }
            });
        }
    }
    const QByteArray db = QByteArray::number(m_address.db);
    m_cmd->command({"SELECT", db}, [this](const RedisReply *r) {
        if (r && !r->isError()) {
            m_selected = true;
            onConnectionOpen();
        } else if (r) {
            m_lastError = describeRedisError(QString::fromUtf8(r->str));
            m_cmd->close();
        }
    });
    m_cmd->command({"SCRIPT", "LOAD", QByteArray(RateScript)}, [this](const RedisReply *r) {
        if (r && r->type == RedisReply::Type::String)
            m_scriptSha = r->str;
    });
    m_sub->subscribe({m_channel});
}

void ClusterLink::onConnectionOpen()
{
    // Joined only once the name is ours (claimAndWritePresence).
    if (m_running && !m_up && !m_claiming && m_selected && m_subscribed && m_cmd->isConnected() && m_sub->isConnected())
        claimAndWritePresence();
}

void ClusterLink::onConnectionClosed(const QString &why)
{
    // Closing the other connection reports back here: the first reason is the one to tell.
    if (m_closing || !m_running)
        return;
    if (!why.isEmpty())
        m_lastError = describeRedisError(why);
    m_subscribed = false;
    m_selected = false;
    m_claiming = false;
    m_nameInUse = false;
    m_closing = true;
    if (m_cmd && m_cmd->isOpen())
        m_cmd->close();
    if (m_sub && m_sub->isOpen())
        m_sub->close();
    m_closing = false;
    if (m_up)
        goDown(m_lastError);
    else if (m_running && !m_downLogged) {
        m_downLogged = true;
        qCWarning(lcCluster).noquote() << u"cannot reach Redis at %1 (%2): serving local clients only, retrying"_s
                                              .arg(redisUrl(), m_lastError);
    }
    scheduleReconnect();
}

void ClusterLink::scheduleReconnect()
{
    if (!m_running || m_reconnectTimer.isActive() || m_lookupId >= 0)
        return;
    if ((m_cmd && m_cmd->isOpen()) || (m_sub && m_sub->isOpen()))
        return;
    m_reconnectTimer.start(m_backoffMs);
    qCDebug(lcCluster) << "reconnecting to Redis in" << m_backoffMs << "ms";
    m_backoffMs = qMin(m_backoffMs * 2, MaxBackoffMs);
}

void ClusterLink::goUp()
{
    m_up = true;
    m_downLogged = false;
    m_backoffMs = 250;
    m_upSinceMs = wallNow();
    m_waitSinceMs = m_clock.elapsed();
    if (m_everUp) {
        ++m_reconnects;
        qCInfo(lcCluster).noquote() << u"Redis link to %1 is back: node %2 rejoined the cluster"_s.arg(redisUrl(), m_node);
    } else {
        qCInfo(lcCluster).noquote() << u"node %1 joined the cluster through %2"_s.arg(m_node, redisUrl());
    }
    m_everUp = true;
    m_listener.clusterLinkChanged(true);
    Q_EMIT linkChanged(true);
    // The presence was written with the claim.
    readPresence();
}

void ClusterLink::goDown(const QString &why)
{
    m_up = false;
    m_downLogged = true;
    m_remote.clear();
    qCWarning(lcCluster).noquote() << u"Redis link to %1 lost (%2): node %3 serves its local clients only, with a "
                                      u"local rate budget, until it is back"_s.arg(redisUrl(), why, m_node);
    m_listener.clusterLinkChanged(false);
    Q_EMIT linkChanged(false);
}

void ClusterLink::beat()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.elapsed();
    if (!m_up && !m_nameInUse) {
        if (m_cmd && m_cmd->isOpen() && now - m_attemptStartMs > ConnectDeadlineMs)
            onConnectionClosed(u"connect timed out"_s);
        return;
    }
    if (m_cmd->pending() > 0 && now - m_waitSinceMs > ReplyDeadlineMs) {
        onConnectionClosed(u"no answer for %1 ms"_s.arg(now - m_waitSinceMs));
        return;
    }
    if (!m_claiming)
        claimAndWritePresence();
    if (m_up)
        readPresence();
}

void ClusterLink::claimAndWritePresence()
{
    const QByteArray node = m_node.toUtf8();
    m_claiming = evalScript(BeatScript,
                            {"3", key("owner:" + node), key("presence:" + node), key("nodes"), m_instance,
                             QByteArray::number(PresenceTtlMs), m_listener.clusterPresence(),
                             QByteArray::number(wallNow()), node},
                            [this](const RedisReply *r) {
                                m_claiming = false;
                                onClaim(r);
                            });
}

void ClusterLink::onClaim(const RedisReply *r)
{
    if (!r || !m_running)
        return;   // the link went away: onConnectionClosed has it
    if (r->type != RedisReply::Type::Array || r->elements.size() != 2) {
        m_lastError = u"Redis refused the presence script: "_s + QString::fromUtf8(r->str);
        m_cmd->close();
        return;
    }
    if (r->elements[0].integer == 1) {
        if (m_nameInUse) {
            m_nameInUse = false;
            qCInfo(lcCluster).noquote() << u"node name %1 is free again"_s.arg(m_node);
        }
        if (!m_up)
            goUp();
        return;
    }
    const QString holder = QString::fromUtf8(r->elements[1].str);
    if (m_nameInUse)
        return;   // said once; retried each beat
    m_nameInUse = true;
    m_lastError = u"node name %1 in use by %2"_s.arg(m_node, holder);
    qCCritical(lcCluster).noquote()
        << u"node name %1 is in use by another running node (instance %2) on %3: this node does not join the "
           u"cluster under it and serves its local clients only; it retries each second (give each node its own "
           u"--node-name)"_s.arg(m_node, holder, redisUrl());
    if (m_up) {
        // Our claim lapsed (e.g. this process stalled for longer than the TTL) and another
        // instance took the name: leave, its presence is not ours to overwrite.
        m_up = false;
        m_remote.clear();
        m_listener.clusterLinkChanged(false);
        Q_EMIT linkChanged(false);
    }
}

bool ClusterLink::evalScript(const QByteArray &script, const QList<QByteArray> &keysAndArgs, RedisConnection::Done done)
{
    // Redis names a script by the SHA-1 of its text; EVAL (which also caches it) only when
    // Redis does not know it yet, e.g. after a restart.
    const QByteArray sha = QCryptographicHash::hash(script, QCryptographicHash::Sha1).toHex();
    return sendCommand(QList<QByteArray>{"EVALSHA", sha} + keysAndArgs,
                       [this, script, keysAndArgs, done](const RedisReply *r) {
        if (r && r->isError() && r->str.startsWith("NOSCRIPT")) {
            if (!sendCommand(QList<QByteArray>{"EVAL", script} + keysAndArgs, done) && done)
                done(nullptr);
            return;
        }
        if (done)
            done(r);
    });
}

bool ClusterLink::sendCommand(const QList<QByteArray> &argv, RedisConnection::Done done)
{
    if (!m_cmd || !m_cmd->isConnected())
        return false;
    if (m_cmd->pending() == 0)
        m_waitSinceMs = m_clock.elapsed();
    return m_cmd->command(argv, [this, done = std::move(done)](const RedisReply *r) {
        m_waitSinceMs = m_clock.elapsed();
        if (done)
            done(r);
    });
}

void ClusterLink::readPresence()
{
    sendCommand({"ZRANGE", key("nodes"), "0", "-1"}, [this](const RedisReply *r) {
        if (!r || r->type != RedisReply::Type::Array || !m_up)
            return;
        QList<QByteArray> names;
        QList<QByteArray> argv{"MGET"};
        for (const RedisReply &e : r->elements) {
            if (e.str.isEmpty() || e.str == m_node.toUtf8())
                continue;
            names.append(e.str);
            argv.append(key("presence:" + e.str));
        }
        if (names.isEmpty()) {
            m_remote.clear();
            return;
        }
        sendCommand(argv, [this, names](const RedisReply *values) {
            if (!values || values->type != RedisReply::Type::Array || values->elements.size() != names.size() || !m_up)
                return;
            QMap<QString, RemoteNode> next;
            for (qsizetype i = 0; i < names.size(); ++i) {
                const QString name = QString::fromUtf8(names[i]);
                const RedisReply &e = values->elements[i];
                if (e.type != RedisReply::Type::String) {
                    // Its presence expired: the node is gone (crashed, or cut off from Redis).
                    sendCommand({"ZREM", key("nodes"), names[i]});
                    continue;
                }
                auto decoded = decodeWatchMessage(e.str);
                if (!decoded)
                    continue;
                RemoteNode n;
                n.name = name;
                n.snapshot = std::move(decoded->snapshot);
                n.heartbeatMs = n.snapshot.timeMs;
                if (const auto prev = m_remote.constFind(name); prev != m_remote.cend()) {
                    const qint64 dt = n.heartbeatMs - prev->heartbeatMs;
                    const quint64 before = prev->snapshot.counters.messagesIn + prev->snapshot.counters.messagesOut;
                    const quint64 after = n.snapshot.counters.messagesIn + n.snapshot.counters.messagesOut;
                    n.messagesPerSecond = dt > 0 && after >= before ? double(after - before) * 1000.0 / double(dt)
                                                                    : prev->messagesPerSecond;
                }
                next.insert(name, std::move(n));
            }
            m_remote = std::move(next);
        });
    });
}

void ClusterLink::onPush(const RedisReply &r)
{
    if (r.type != RedisReply::Type::Array || r.elements.size() < 3)
        return;
    const QByteArray &kind = r.elements[0].str;
    if (kind == "subscribe") {
        m_subscribed = true;
        onConnectionOpen();
        return;
    }
    if (kind != "message" || !m_up)
        return;
    auto m = decodeClusterMessage(r.elements[2].str);
    if (!m) {
        qCWarning(lcCluster) << "ignored a malformed cluster message of" << r.elements[2].str.size() << "bytes";
        return;
    }
    if (m->origin == m_node)
        return;
    ++m_received;
    m_listener.clusterMessage(*m);
}

bool ClusterLink::publish(ClusterMessage m)
{
    if (!m_up)
        return false;
    m.origin = m_node;
    ++m_published;
    return sendCommand({"PUBLISH", m_channel, encodeClusterMessage(m)});
}

bool ClusterLink::chargeRate(qint64 userId, int limit, qint64 windowMs, std::function<void(std::optional<RateDecision>)> done)
{
    if (!m_up)
        return false;
    ++m_rateChecks;
    const QByteArray k = key("rate:" + QByteArray::number(userId));
    const QList<QByteArray> args{"1", k, QByteArray::number(limit), QByteArray::number(windowMs),
                                 m_node.toUtf8() + ':' + QByteArray::number(++m_rateSeq)};
    auto decide = [](const RedisReply *r) -> std::optional<RateDecision> {
        if (!r || r->type != RedisReply::Type::Array || r->elements.size() != 3)
            return std::nullopt;
        RateDecision d;
        d.allowed = r->elements[0].integer == 1;
        d.used = int(r->elements[1].integer);
        d.retryAfterMs = r->elements[2].integer;
        return d;
    };
    auto viaEval = [this, args, decide, done]() {
        if (!sendCommand(QList<QByteArray>{"EVAL", QByteArray(RateScript)} + args,
                         [decide, done](const RedisReply *r) { done(decide(r)); }))
            done(std::nullopt);
    };
    if (m_scriptSha.isEmpty()) {
        viaEval();
        return true;
    }
    return sendCommand(QList<QByteArray>{"EVALSHA", m_scriptSha} + args, [decide, done, viaEval](const RedisReply *r) {
        // A Redis restarted (or SCRIPT FLUSHed) forgot the script: EVAL brings it back.
        if (r && r->isError() && r->str.startsWith("NOSCRIPT")) {
            viaEval();
            return;
        }
        done(decide(r));
    });
}

} // namespace SocketScope
