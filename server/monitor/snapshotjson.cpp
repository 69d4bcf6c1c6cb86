#include "monitor/snapshotjson.h"

#include "jsonwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 fromIso(const QString &s)
{
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

constexpr ServerEvent::Kind AllKinds[] = {
    ServerEvent::Kind::Listening, ServerEvent::Kind::Stopped, ServerEvent::Kind::Error,
    ServerEvent::Kind::Connected, ServerEvent::Kind::AuthOk, ServerEvent::Kind::AuthFailed,
    ServerEvent::Kind::Joined, ServerEvent::Kind::Left, ServerEvent::Kind::RateLimited,
    ServerEvent::Kind::Kicked, ServerEvent::Kind::Closed, ServerEvent::Kind::Admin,
};

constexpr AuthMethod AllMethods[] = {AuthMethod::None, AuthMethod::Header, AuthMethod::Cookie, AuthMethod::Query,
                                     AuthMethod::Message};

void writeIds(JsonWriter &w, const QList<quint64> &ids)
{
    w.beginArray();
    for (const quint64 id : ids)
        w.value(id);
    w.endArray();
}

QList<quint64> readIds(const QJsonValue &v)
{
    QList<quint64> out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &x : a)
        out.append(quint64(x.toInteger()));
    return out;
}

quint64 u64(const QJsonObject &o, const QString &key)
{
    return quint64(o.value(key).toInteger());
}

} // namespace

void writeConnectionJson(JsonWriter &w, const ConnectionInfo &c, const QString &node)
{
    w.beginObject().field(u"id", c.id);
    if (!node.isEmpty())
        w.field(u"node", node);
    else if (!c.node.isEmpty())
        w.field(u"node", c.node);
    w.field(u"user_id", c.userId).key(u"username");
    if (c.userId < 0 && c.userName.isEmpty())
        w.null();
    else
        w.value(c.userName);
    w.field(u"role", c.role)
        .field(u"auth_method", authMethodName(c.authMethod))
        .field(u"jwt", c.viaJwt)
        .field(u"endpoint", endpointKindName(c.endpoint))
        .field(u"path", c.path)
        .field(u"remote", c.remoteAddress + u':' + QString::number(c.remotePort))
        .field(u"connected_at", isoTime(c.connectedAtMs))
        .field(u"messages_in", c.messagesIn)
        .field(u"messages_out", c.messagesOut)
        .field(u"bytes_in", c.bytesIn)
        .field(u"bytes_out", c.bytesOut)
        .field(u"rtt_ms", c.rttMs)
        .field(u"authenticated", c.authenticated)
        .field(u"target", c.target)
        .field(u"origin", c.origin)
        .field(u"last_activity", isoTime(c.lastActivityMs))
        .field(u"pending_bytes", c.pendingBytes)
        .field(u"rate_used", c.rateUsed)
        .field(u"rate_limit", c.rateLimit)
        .endObject();
}

QByteArray encodeWatchMessage(const WatchMessage &m)
{
    const ServerSnapshot &s = *m.snapshot;
    JsonWriter w;
    w.beginObject()
        .field(u"type", u"snapshot"_s)
        .field(u"seq", m.seq)
        .field(u"full", m.full)
        .field(u"node", m.node);
    w.key(u"connections").beginArray();
    for (const ConnectionInfo &c : s.connections)
        writeConnectionJson(w, c);
    w.endArray();
    w.key(u"closed");
    writeIds(w, m.full ? QList<quint64>{} : s.closedConnections);
    if (m.full || m.groupsChanged) {
        w.key(u"rooms").beginObject();
        for (const RoomInfo &r : s.rooms) {
            w.key(r.name);
            writeIds(w, r.members);
        }
        w.endObject();
        w.key(u"topics").beginObject();
        for (const TopicInfo &t : s.topics) {
            w.key(t.name);
            writeIds(w, t.subscribers);
        }
        w.endObject();
        w.key(u"room_messages").beginObject();
        for (const RoomInfo &r : s.rooms)
            w.field(r.name, r.messages);
        w.endObject();
        w.key(u"topic_published").beginObject();
        for (const TopicInfo &t : s.topics)
            w.field(t.name, t.published);
        w.endObject();
    }
    const Counters &k = s.counters;
    w.key(u"counters").beginObject()
        .field(u"connections", k.connections)
        .field(u"connections_accepted", k.connectionsAccepted)
        .field(u"messages_in", k.messagesIn)
        .field(u"messages_out", k.messagesOut)
        .field(u"bytes_in", k.bytesIn)
        .field(u"bytes_out", k.bytesOut)
        .field(u"rate_limited", k.rateLimited)
        .field(u"auth_failures", k.authFailures)
        .field(u"handshake_failures", k.handshakeFailures)
        .field(u"refused_capacity", k.refusedCapacity)
        .field(u"uptime_ms", k.uptimeMs)
        .endObject();
    w.key(u"events").beginArray();
    for (const ServerEvent &e : s.events) {
        w.beginObject()
            .field(u"time", isoTime(e.timeMs))
            .field(u"kind", ServerEvent::kindName(e.kind))
            .field(u"connection_id", e.connectionId)
            .field(u"user_id", e.userId)
            .field(u"username", e.userName)
            .field(u"endpoint", endpointKindName(e.endpoint))
            .field(u"target", e.target)
            .field(u"close_code", e.closeCode)
            .field(u"text", e.text)
            .endObject();
    }
    w.endArray();
    w.field(u"events_dropped", s.eventsDropped);
    w.key(u"rates").beginArray();
    for (const RateInfo &r : s.rates) {
        w.beginObject()
            .field(u"user_id", r.userId)
            .field(u"username", r.userName)
            .field(u"used", r.used)
            .field(u"limit", r.limit)
            .field(u"window_ms", r.windowMs)
            .field(u"reset_in_ms", r.resetInMs)
            .field(u"rejected", r.rejected)
            .field(u"last_rejection_ms", r.lastRejectionMs)
            .endObject();
    }
    w.endArray();
    w.key(u"server").beginObject()
        .field(u"time_ms", s.timeMs)
        .field(u"listening", s.listening)
        .field(u"url", s.listenUrl)
        .field(u"error", s.error)
        .field(u"rate_limit", s.rateLimit)
        .field(u"rate_window_ms", s.rateWindowMs);
    // In a cluster, this node's Redis link, for an attached window's Nodes view.
    if (!s.redisUrl.isEmpty()) {
        const NodeInfo self = s.nodes.isEmpty() ? NodeInfo{} : s.nodes.constFirst();
        w.field(u"redis", self.nameInUse ? u"name_in_use"_s : self.redisUp ? u"up"_s : u"down"_s)
            .field(u"redis_url", s.redisUrl);
    }
    w.endObject();
    w.endObject();
    return w.take();
}

std::optional<DecodedWatch> decodeWatchMessage(const QByteArray &json, QString *error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(u"type"_s).toString() != u"snapshot"_s) {
        if (error)
            *error = pe.error != QJsonParseError::NoError ? pe.errorString() : u"not a snapshot message"_s;
        return std::nullopt;
    }
    DecodedWatch d;
    d.seq = u64(o, u"seq"_s);
    d.full = o.value(u"full"_s).toBool();
    d.node = o.value(u"node"_s).toString();
    ServerSnapshot &s = d.snapshot;
    s.connectionsComplete = d.full;

    const QJsonArray conns = o.value(u"connections"_s).toArray();
    s.connections.reserve(conns.size());
    for (const QJsonValue &v : conns) {
        const QJsonObject c = v.toObject();
        ConnectionInfo i;
        i.id = u64(c, u"id"_s);
        i.node = c.value(u"node"_s).toString();
        i.userId = c.value(u"user_id"_s).toInteger(-1);
        i.userName = c.value(u"username"_s).toString();
        i.role = c.value(u"role"_s).toString();
        const QString method = c.value(u"auth_method"_s).toString();
        for (const AuthMethod m : AllMethods) {
            if (authMethodName(m) == method)
                i.authMethod = m;
        }
        i.viaJwt = c.value(u"jwt"_s).toBool();
        i.authenticated = c.value(u"authenticated"_s).toBool(i.userId >= 0);
        i.endpoint = endpointKindFromName(c.value(u"endpoint"_s).toString());
        i.path = c.value(u"path"_s).toString();
        i.target = c.value(u"target"_s).toString();
        const QString remote = c.value(u"remote"_s).toString();
        const qsizetype colon = remote.lastIndexOf(u':');
        i.remoteAddress = colon < 0 ? remote : remote.left(colon);
        i.remotePort = colon < 0 ? 0 : quint16(remote.mid(colon + 1).toUInt());
        i.origin = c.value(u"origin"_s).toString();
        i.connectedAtMs = fromIso(c.value(u"connected_at"_s).toString());
        i.lastActivityMs = fromIso(c.value(u"last_activity"_s).toString());
        i.messagesIn = u64(c, u"messages_in"_s);
        i.messagesOut = u64(c, u"messages_out"_s);
        i.bytesIn = u64(c, u"bytes_in"_s);
        i.bytesOut = u64(c, u"bytes_out"_s);
        i.rttMs = c.value(u"rtt_ms"_s).toInteger(-1);
        i.pendingBytes = c.value(u"pending_bytes"_s).toInteger();
        i.rateUsed = c.value(u"rate_used"_s).toInt();
        i.rateLimit = c.value(u"rate_limit"_s).toInt();
        s.connections.append(std::move(i));
    }
    s.closedConnections = readIds(o.value(u"closed"_s));
    d.groupsPresent = o.contains(u"rooms"_s);
    if (d.groupsPresent) {
        const QJsonObject rooms = o.value(u"rooms"_s).toObject();
        const QJsonObject roomMessages = o.value(u"room_messages"_s).toObject();
        for (auto it = rooms.begin(); it != rooms.end(); ++it)
            s.rooms.append(RoomInfo{it.key(), readIds(it.value()), quint64(roomMessages.value(it.key()).toInteger()), {}});
        const QJsonObject topics = o.value(u"topics"_s).toObject();
        const QJsonObject published = o.value(u"topic_published"_s).toObject();
        for (auto it = topics.begin(); it != topics.end(); ++it)
            s.topics.append(TopicInfo{it.key(), readIds(it.value()), quint64(published.value(it.key()).toInteger()), {}});
    }
    const QJsonObject k = o.value(u"counters"_s).toObject();
    s.counters.connections = k.value(u"connections"_s).toInt();
    s.counters.connectionsAccepted = u64(k, u"connections_accepted"_s);
    s.counters.messagesIn = u64(k, u"messages_in"_s);
    s.counters.messagesOut = u64(k, u"messages_out"_s);
    s.counters.bytesIn = u64(k, u"bytes_in"_s);
    s.counters.bytesOut = u64(k, u"bytes_out"_s);
    s.counters.rateLimited = u64(k, u"rate_limited"_s);
    s.counters.authFailures = u64(k, u"auth_failures"_s);
    s.counters.handshakeFailures = u64(k, u"handshake_failures"_s);
    s.counters.refusedCapacity = u64(k, u"refused_capacity"_s);
    s.counters.uptimeMs = k.value(u"uptime_ms"_s).toInteger();

    for (const QJsonValue &v : o.value(u"events"_s).toArray()) {
        const QJsonObject e = v.toObject();
        ServerEvent ev;
        ev.timeMs = fromIso(e.value(u"time"_s).toString());
        const QString kind = e.value(u"kind"_s).toString();
        for (const auto k2 : AllKinds) {
            if (ServerEvent::kindName(k2) == kind)
                ev.kind = k2;
        }
        ev.connectionId = u64(e, u"connection_id"_s);
        ev.userId = e.value(u"user_id"_s).toInteger(-1);
        ev.userName = e.value(u"username"_s).toString();
        ev.endpoint = endpointKindFromName(e.value(u"endpoint"_s).toString());
        ev.target = e.value(u"target"_s).toString();
        ev.closeCode = e.value(u"close_code"_s).toInt();
        ev.text = e.value(u"text"_s).toString();
        s.events.append(std::move(ev));
    }
    s.eventsDropped = u64(o, u"events_dropped"_s);
    for (const QJsonValue &v : o.value(u"rates"_s).toArray()) {
        const QJsonObject r = v.toObject();
        RateInfo ri;
        ri.userId = r.value(u"user_id"_s).toInteger();
        ri.userName = r.value(u"username"_s).toString();
        ri.used = r.value(u"used"_s).toInt();
        ri.limit = r.value(u"limit"_s).toInt();
        ri.windowMs = r.value(u"window_ms"_s).toInteger();
        ri.resetInMs = r.value(u"reset_in_ms"_s).toInteger();
        ri.rejected = u64(r, u"rejected"_s);
        ri.lastRejectionMs = r.value(u"last_rejection_ms"_s).toInteger();
        s.rates.append(ri);
    }
    const QJsonObject srv = o.value(u"server"_s).toObject();
    s.timeMs = srv.value(u"time_ms"_s).toInteger();
    s.listening = srv.value(u"listening"_s).toBool();
    s.listenUrl = srv.value(u"url"_s).toString();
    s.redisUrl = srv.value(u"redis_url"_s).toString();
    if (srv.contains(u"redis"_s)) {
        d.redisUp = srv.value(u"redis"_s).toString() == u"up"_s;
        d.nameInUse = srv.value(u"redis"_s).toString() == u"name_in_use"_s;
    }
    s.error = srv.value(u"error"_s).toString();
    s.rateLimit = srv.value(u"rate_limit"_s).toInt();
    s.rateWindowMs = srv.value(u"rate_window_ms"_s).toInteger();
    return d;
}

} // namespace SocketScope
