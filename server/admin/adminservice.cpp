#include "admin/adminservice.h"

#include "net/closecodes.h"
#include "jsonwriter.h"
#include "routing.h"
#include "server.h"
#include "net/session.h"
#include "monitor/snapshotjson.h"
#include "auth/auth.h"
#include "xray/wsframe.h"

#include <QUrl>

#include <QDateTime>
#include <QLoggingCategory>

#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

using Type = AdminCommand::Type;

AdminResult failed(const QString &error)
{
    AdminResult r;
    r.ok = false;
    r.error = error;
    r.json = errorJson(error);
    return r;
}

JsonWriter okHeader(const AdminCommand &c)
{
    JsonWriter w;
    w.beginObject().field(u"ok", true).field(u"command", AdminCommand::typeName(c.type));
    return w;
}

AdminResult finish(JsonWriter &w, int affected)
{
    w.endObject();
    AdminResult r;
    r.ok = true;
    r.affected = affected;
    r.json = w.take();
    return r;
}

const char *credentialName(quint8 kind)
{
    switch (Authenticator::Outcome::Credential(kind)) {
    case Authenticator::Outcome::Credential::ApiToken: return "api_token";
    case Authenticator::Outcome::Credential::Session: return "session";
    case Authenticator::Outcome::Credential::Jwt: return "jwt";
    case Authenticator::Outcome::Credential::None: break;
    }
    return "none";
}

bool isValidRoomName(const QString &room)
{
    const Route r = routeForPath(u"/ws/room/"_s + QString::fromLatin1(QUrl::toPercentEncoding(room)));
    return r.kind == EndpointKind::Room && r.target == room;
}

void writeInspection(JsonWriter &w, Server &srv, const Session &s, quint64 since)
{
    ConnectionInfo row = s.info();
    row.pendingBytes = s.pendingBytes();
    row.rateLimit = srv.limiter().limit();
    row.rateUsed = s.hasUser() ? srv.limiter().state(s.user().id).used : 0;
    w.key(u"connection");
    writeConnectionJson(w, row);
    QString userAgent, protocols, cookies;
    w.key(u"headers").beginArray();
    const QList<QByteArray> lines = s.handshakeFields.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QString n = QString::fromLatin1(line.left(colon));
        const QString v = QString::fromUtf8(line.mid(colon + 1).trimmed());
        w.beginArray().value(n).value(v).endArray();
        const QString lower = n.toLower();
        if (lower == u"user-agent"_s)
            userAgent = v;
        else if (lower == u"sec-websocket-protocol"_s)
            protocols = v;
        else if (lower == u"cookie"_s)
            cookies = v;
    }
    w.endArray();
    w.field(u"user_agent", userAgent).field(u"origin", s.info().origin).field(u"subprotocols", protocols)
        .field(u"cookies", cookies);
    w.key(u"auth").beginObject()
        .field(u"method", authMethodName(s.authMethod()))
        .field(u"credential", QString::fromLatin1(credentialName(s.credentialKind)));
    if (Authenticator::Outcome::Credential(s.credentialKind) == Authenticator::Outcome::Credential::Jwt) {
        w.key(u"jwt").beginObject()
            .field(u"sub", s.user().id)
            .field(u"name", s.user().name)
            .field(u"role", s.user().role)
            .field(u"exp", s.jwtExpiresAt)
            .endObject();
    }
    w.endObject();
    w.key(u"rooms").beginArray();
    const QStringList rooms = srv.roomNames();
    for (const QString &room : rooms) {
        if (srv.roomMembers(room).contains(&s))
            w.value(room);
    }
    w.endArray().key(u"admin_rooms").beginArray();
    for (const QString &room : s.adminRooms)
        w.value(room);
    w.endArray().key(u"topics").beginArray();
    const QStringList topics = srv.topicNames();
    for (const QString &topic : topics) {
        if (srv.subscribers(topic).contains(&s))
            w.value(topic);
    }
    w.endArray();
    const FrameCapture *capture = s.capture();
    w.key(u"capture").beginObject()
        .field(u"on", capture != nullptr)
        .field(u"frames", capture ? capture->capacity() : 0)
        .field(u"last_seq", capture ? capture->lastSeq() : quint64(0))
        .field(u"dropped", capture ? capture->dropped() : quint64(0))
        .endObject();
    w.key(u"frames").beginArray();
    if (capture) {
        const QList<CapturedFrame> frames = capture->since(since);
        for (const CapturedFrame &f : frames) {
            w.beginObject()
                .field(u"seq", f.seq)
                .field(u"time_ms", f.timeMs)
                .field(u"dir", f.fromClient ? u"in"_s : u"out"_s)
                .field(u"fin", f.frame.fin)
                .field(u"rsv", int(f.frame.rsv))
                .field(u"opcode", Xray::opcodeName(f.frame.opcode))
                .field(u"masked", f.frame.masked)
                .field(u"key", f.frame.masked ? u"%1"_s.arg(uint(f.frame.maskKey), 8, 16, QChar(u'0')) : QString())
                .field(u"length", f.length)
                .field(u"textual", f.textual)
                .field(u"header_hex", QString::fromLatin1(f.frame.header.toHex()))
                .field(u"payload_hex", QString::fromLatin1(f.frame.payload.toHex()))
                .endObject();
        }
    }
    w.endArray();
}

int closeAll(Server &server, const QList<Session *> &targets, int code, const QString &reason, bool kicked)
{
    for (Session *s : targets) {
        s->kicked = kicked;
        server.closeSession(*s, code, reason);
    }
    return int(targets.size());
}

} // namespace

void AdminService::execute(const AdminCommand &c, const Actor &actor, Done done)
{
    Server &srv = m_server;
    StoreWorker *worker = srv.storeWorker();
    const bool needsUserCheck = (c.type == Type::SendToUser || c.type == Type::KickUser)
        && srv.sessionsOfUser(c.userId).isEmpty();
    if (c.type != Type::Ban && c.type != Type::Unban && !needsUserCheck) {
        done(run(c, actor, true));
        return;
    }
    if (!worker) {
        done(failed(u"No database is open"_s));
        return;
    }
    if (needsUserCheck) {
        worker->call(&srv, [id = c.userId](StoreWorker &w) { return w.store().userById(id).has_value(); },
                     [this, c, actor, done](bool known) { done(run(c, actor, known)); });
        return;
    }
    // Ban and unban: the store first (in its thread), then the connections.
    struct Stored
    {
        bool ok = false;
        QString error;
        QString userName;
        qint64 until = 0;
    };
    worker->call(&srv, [c, actorName = actor.name](StoreWorker &w) {
        Stored r;
        Store &store = w.store();
        const auto user = store.userById(c.userId);
        if (!user) {
            r.error = u"Unknown user %1"_s.arg(c.userId);
            return r;
        }
        r.userName = user->name;
        if (c.type == Type::Ban) {
            r.until = QDateTime::currentSecsSinceEpoch() + (c.durationMs + 999) / 1000;
            r.ok = store.ban(c.userId, r.until, c.reason, &r.error, actorName);
            if (!r.ok)
                r.error = u"Could not store the ban: "_s + r.error;
        } else {
            r.ok = store.unban(c.userId, &r.error, actorName);
        }
        return r;
    }, [this, c, actor, done](const Stored &r) {
        if (!r.ok) {
            done(failed(r.error));
            return;
        }
        AdminResult result;
        QString what;
        if (c.type == Type::Ban) {
            const QList<Session *> targets = m_server.sessionsOfUser(c.userId);
            JsonWriter w = okHeader(c);
            w.field(u"user_id", c.userId)
                .field(u"until", QDateTime::fromSecsSinceEpoch(r.until, Qt::UTC).toString(Qt::ISODate))
                .field(u"closed", int(targets.size()));
            result = finish(w, int(targets.size()));
            what = u"ban user %1 for %2"_s.arg(r.userName, formatDuration(Milliseconds(c.durationMs)));
            closeAll(m_server, targets, CloseCode::PolicyViolation, c.reason, true);
            ClusterMessage m;
            m.kind = ClusterMessage::Kind::Ban;
            m.userId = c.userId;
            m.code = CloseCode::PolicyViolation;
            m.reason = c.reason;
            m_server.relay(m);
        } else {
            JsonWriter w = okHeader(c);
            w.field(u"user_id", c.userId);
            result = finish(w, 0);
            what = u"unban user %1"_s.arg(c.userId);
        }
        record(actor, what);
        done(result);
    });
}

AdminResult AdminService::run(const AdminCommand &c, const Actor &actor, bool known)
{
    Server &srv = m_server;
    AdminResult result;
    QString what;   // for the log and the event stream

    switch (c.type) {
    case Type::Broadcast: {
        QList<Session *> targets;
        QString scope = u"everyone"_s;
        if (!c.room.isEmpty()) {
            targets = srv.roomMembers(c.room);
            scope = u"room "_s + c.room;
        } else {
            for (Session *s : srv.sessions()) {
                if (s->isOpen() && (c.endpoint == EndpointKind::Unknown || s->route().kind == c.endpoint))
                    targets.append(s);
            }
            std::sort(targets.begin(), targets.end(), [](const Session *a, const Session *b) { return a->id() < b->id(); });
            if (c.endpoint != EndpointKind::Unknown)
                scope = u"endpoint "_s + endpointPattern(c.endpoint);
        }
        int n = srv.deliver(targets, c.text, srv.session(actor.connectionId));
        ClusterMessage m;
        m.kind = ClusterMessage::Kind::Broadcast;
        m.text = c.text;
        m.target = c.room;
        m.endpoint = c.endpoint;
        srv.relay(m);
        if (!c.room.isEmpty())
            n += srv.remoteGroupCount(true, c.room);
        else
            n += srv.remoteCount([&c](const ConnectionInfo &i) { return c.endpoint == EndpointKind::Unknown || i.endpoint == c.endpoint; });
        JsonWriter w = okHeader(c);
        w.field(u"recipients", n);
        result = finish(w, n);
        what = u"broadcast to %1 (%2 recipients)"_s.arg(scope).arg(n);
        break;
    }
    case Type::Publish: {
        const int n = srv.publish(c.topic, c.data) + srv.remoteGroupCount(false, c.topic);
        JsonWriter w = okHeader(c);
        w.field(u"topic", c.topic).field(u"recipients", n);
        result = finish(w, n);
        what = u"publish to topic %1 (%2 recipients)"_s.arg(c.topic).arg(n);
        break;
    }
    case Type::SendToUser: {
        ClusterMessage m;
        m.kind = ClusterMessage::Kind::SendToUser;
        m.userId = c.userId;
        m.text = c.text;
        srv.relay(m);
        const int n = srv.deliver(srv.sessionsOfUser(c.userId), c.text)
            + srv.remoteCount([&c](const ConnectionInfo &i) { return i.userId == c.userId; });
        if (n == 0 && !known)
            return failed(u"Unknown user %1"_s.arg(c.userId));
        JsonWriter w = okHeader(c);
        w.field(u"user_id", c.userId).field(u"recipients", n);
        result = finish(w, n);
        what = u"message to user %1 (%2 connections)"_s.arg(c.userId).arg(n);
        break;
    }
    case Type::KickConnection: {
        if (!c.node.isEmpty() && c.node != srv.nodeName()) {
            const ClusterLink *link = srv.cluster();
            const auto node = link ? link->remoteNodes().constFind(c.node) : QMap<QString, RemoteNode>::const_iterator();
            if (!link || node == link->remoteNodes().cend())
                return failed(u"Unknown node %1"_s.arg(c.node));
            const auto &rows = node->snapshot.connections;
            if (std::none_of(rows.cbegin(), rows.cend(), [&c](const ConnectionInfo &i) { return i.id == c.connectionId; }))
                return failed(u"Unknown connection %1 on node %2"_s.arg(c.connectionId).arg(c.node));
            ClusterMessage m;
            m.kind = ClusterMessage::Kind::KickConnection;
            m.target = c.node;
            m.connectionId = c.connectionId;
            m.code = c.code;
            m.reason = c.reason;
            srv.relay(m);
            JsonWriter w = okHeader(c);
            w.field(u"connection_id", c.connectionId).field(u"node", c.node).field(u"closed", 1);
            result = finish(w, 1);
            what = u"kick connection #%1 on node %2 (%3)"_s.arg(c.connectionId).arg(c.node, describeClose(c.code, c.reason));
            break;
        }
        Session *s = srv.session(c.connectionId);
        if (!s || s->state() == Session::State::Closing)
            return failed(u"Unknown connection %1"_s.arg(c.connectionId));
        JsonWriter w = okHeader(c);
        w.field(u"connection_id", c.connectionId).field(u"closed", 1);
        result = finish(w, 1);
        what = u"kick connection #%1 (%2)"_s.arg(c.connectionId).arg(describeClose(c.code, c.reason));
        closeAll(srv, {s}, c.code, c.reason, true);
        break;
    }
    case Type::KickUser: {
        const QList<Session *> targets = srv.sessionsOfUser(c.userId);
        const int remote = srv.remoteCount([&c](const ConnectionInfo &i) { return i.userId == c.userId; });
        if (targets.isEmpty() && remote == 0 && !known)
            return failed(u"Unknown user %1"_s.arg(c.userId));
        const int closed = int(targets.size()) + remote;
        JsonWriter w = okHeader(c);
        w.field(u"user_id", c.userId).field(u"closed", closed);
        result = finish(w, closed);
        what = u"kick user %1 (%2 connections, %3)"_s.arg(c.userId).arg(closed).arg(describeClose(c.code, c.reason));
        closeAll(srv, targets, c.code, c.reason, true);
        ClusterMessage m;
        m.kind = ClusterMessage::Kind::KickUser;
        m.userId = c.userId;
        m.code = c.code;
        m.reason = c.reason;
        srv.relay(m);
        break;
    }
    case Type::Ban:
    case Type::Unban:
        return failed(u"internal: ban and unban go through the store thread"_s);
    case Type::SetRateLimit: {
        srv.setRateLimit(c.limit, c.windowMs > 0 ? c.windowMs : srv.limiter().windowMs());
        ClusterMessage m;
        m.kind = ClusterMessage::Kind::SetRateLimit;
        m.limit = srv.limiter().limit();
        m.windowMs = srv.limiter().windowMs();
        srv.relay(m);
        JsonWriter w = okHeader(c);
        w.field(u"limit", srv.limiter().limit()).field(u"window_ms", srv.limiter().windowMs());
        result = finish(w, 0);
        what = u"rate limit %1 per %2"_s.arg(srv.limiter().limit()).arg(formatDuration(Milliseconds(srv.limiter().windowMs())));
        break;
    }
    case Type::Stats: {
        // With a cluster, the totals are this node's plus the others' last presence (SPEC §9).
        Counters k = srv.counters();
        QHash<EndpointKind, int> byEndpoint;
        for (const Session *s : srv.sessions())
            ++byEndpoint[s->route().kind];
        const QStringList localRooms = srv.roomNames();
        const QStringList localTopics = srv.topicNames();
        QSet<QString> rooms(localRooms.cbegin(), localRooms.cend());
        QSet<QString> topics(localTopics.cbegin(), localTopics.cend());
        const ClusterLink *link = srv.cluster();
        const int nodes = link ? int(link->remoteNodes().size()) + 1 : 1;
        if (link) {
            for (const RemoteNode &n : link->remoteNodes()) {
                const Counters &r = n.snapshot.counters;
                k.connections += int(n.snapshot.connections.size());
                k.connectionsAccepted += r.connectionsAccepted;
                k.messagesIn += r.messagesIn;
                k.messagesOut += r.messagesOut;
                k.bytesIn += r.bytesIn;
                k.bytesOut += r.bytesOut;
                k.rateLimited += r.rateLimited;
                k.authFailures += r.authFailures;
                for (const ConnectionInfo &i : n.snapshot.connections)
                    ++byEndpoint[i.endpoint];
                for (const RoomInfo &room : n.snapshot.rooms)
                    rooms.insert(room.name);
                for (const TopicInfo &t : n.snapshot.topics)
                    topics.insert(t.name);
            }
        }
        JsonWriter w = okHeader(c);
        w.key(u"stats").beginObject()
            .field(u"connections", k.connections)
            .key(u"by_endpoint").beginObject();
        for (auto kind : {EndpointKind::Echo, EndpointKind::Chat, EndpointKind::Admin, EndpointKind::Manager,
                          EndpointKind::Room, EndpointKind::Subscribe})
            w.field(endpointKindName(kind), byEndpoint.value(kind));
        w.endObject()
            .field(u"connections_accepted", k.connectionsAccepted)
            .field(u"messages_in", k.messagesIn)
            .field(u"messages_out", k.messagesOut)
            .field(u"bytes_in", k.bytesIn)
            .field(u"bytes_out", k.bytesOut)
            .field(u"rate_limited", k.rateLimited)
            .field(u"auth_failures", k.authFailures)
            .field(u"rooms", int(rooms.size()))
            .field(u"topics", int(topics.size()))
            .field(u"uptime_ms", k.uptimeMs)
            .key(u"rate_limit").beginObject()
                .field(u"limit", srv.limiter().limit())
                .field(u"window_ms", srv.limiter().windowMs())
            .endObject();
        if (link) {
            w.field(u"node", srv.nodeName())
                .field(u"nodes", nodes)
                .field(u"redis", link->stateName());
        }
        w.endObject();
        result = finish(w, 0);
        break;
    }
    case Type::ListConnections: {
        QList<Session *> all = srv.sessions().values();
        std::sort(all.begin(), all.end(), [](const Session *a, const Session *b) { return a->id() < b->id(); });
        const ClusterLink *link = srv.cluster();
        const QString here = link ? srv.nodeName() : QString();
        int count = int(all.size());
        JsonWriter w = okHeader(c);
        w.key(u"connections").beginArray();
        for (const Session *s : std::as_const(all)) {
            // The same row as a watch snapshot's (SPEC §8), with "node" in a cluster.
            ConnectionInfo row = s->info();
            row.pendingBytes = s->pendingBytes();
            row.rateLimit = srv.limiter().limit();
            row.rateUsed = s->hasUser() ? srv.limiter().state(s->user().id).used : 0;
            writeConnectionJson(w, row, here);
        }
        if (link) {
            for (const RemoteNode &n : link->remoteNodes()) {
                for (const ConnectionInfo &row : n.snapshot.connections)
                    writeConnectionJson(w, row, n.name);
                count += int(n.snapshot.connections.size());
            }
        }
        w.endArray();
        result = finish(w, count);
        break;
    }
    case Type::ListRooms:
    case Type::ListTopics: {
        const bool rooms = c.type == Type::ListRooms;
        struct Member
        {
            QString node;
            quint64 id;
            QString username;
        };
        QMap<QString, QList<Member>> groups;
        const ClusterLink *link = srv.cluster();
        const QString here = link ? srv.nodeName() : QString();
        for (const QString &name : rooms ? srv.roomNames() : srv.topicNames()) {
            QList<Member> &list = groups[name];
            for (const Session *m : rooms ? srv.roomMembers(name) : srv.subscribers(name))
                list.append({here, m->id(), m->user().name});
        }
        if (link) {
            for (const RemoteNode &n : link->remoteNodes()) {
                QHash<quint64, QString> names;
                for (const ConnectionInfo &i : n.snapshot.connections)
                    names.insert(i.id, i.userName);
                const auto add = [&](const QString &name, const QList<quint64> &ids) {
                    QList<Member> &list = groups[name];
                    for (const quint64 id : ids)
                        list.append({n.name, id, names.value(id)});
                };
                if (rooms) {
                    for (const RoomInfo &r : n.snapshot.rooms)
                        add(r.name, r.members);
                } else {
                    for (const TopicInfo &t : n.snapshot.topics)
                        add(t.name, t.subscribers);
                }
            }
        }
        JsonWriter w = okHeader(c);
        w.key(rooms ? u"rooms" : u"topics").beginArray();
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            w.beginObject().field(u"name", it.key()).field(u"count", int(it->size())).key(u"members").beginArray();
            for (const Member &m : *it) {
                w.beginObject().field(u"connection_id", m.id);
                if (!m.node.isEmpty())
                    w.field(u"node", m.node);
                w.field(u"username", m.username).endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
        result = finish(w, int(groups.size()));
        break;
    }
    case Type::Watch:
    case Type::Unwatch: {
        if (actor.connectionId == 0)
            return failed(u"watch and unwatch are for /ws/admin connections"_s);
        if (c.type == Type::Watch)
            srv.watch(actor.connectionId, c.rateHz);
        else
            srv.unwatch(actor.connectionId);
        JsonWriter w = okHeader(c);
        result = finish(w, 0);
        break;
    }
    case Type::Inspect: {
        Session *s = srv.session(c.connectionId);
        if (!s)
            return failed(u"Unknown connection %1"_s.arg(c.connectionId));
        JsonWriter w = okHeader(c);
        writeInspection(w, srv, *s, c.since);
        result = finish(w, 0);
        break;
    }
    case Type::Capture: {
        Session *s = srv.session(c.connectionId);
        if (!s)
            return failed(u"Unknown connection %1"_s.arg(c.connectionId));
        s->setCapture(c.on ? c.frames : 0);
        JsonWriter w = okHeader(c);
        w.field(u"connection_id", c.connectionId).field(u"on", c.on).field(u"frames", c.on ? c.frames : 0);
        result = finish(w, 0);
        what = c.on ? u"frame capture on for connection #%1 (%2 frames)"_s.arg(c.connectionId).arg(c.frames)
                    : u"frame capture off for connection #%1"_s.arg(c.connectionId);
        break;
    }
    case Type::JoinRoom:
    case Type::LeaveRoom: {
        Session *s = srv.session(c.connectionId);
        if (!s || !s->isOpen())
            return failed(u"Unknown connection %1"_s.arg(c.connectionId));
        if (!isValidRoomName(c.room))
            return failed(u"Invalid room name"_s);
        const bool join = c.type == Type::JoinRoom;
        const bool own = s->route().kind == EndpointKind::Room && s->route().target == c.room;
        const QString name = s->hasUser() ? s->user().name : u"anonymous"_s;
        if (join) {
            if (own || s->adminRooms.contains(c.room))
                return failed(u"Connection %1 is already in room %2"_s.arg(c.connectionId).arg(c.room));
            srv.joinRoom(c.room, *s);
            s->adminRooms.append(c.room);
            srv.deliver(srv.roomMembers(c.room), name + u" joined the room"_s);
        } else {
            if (own)
                return failed(u"Connection %1 is in room %2 by its endpoint; kick it to make it leave"_s.arg(c.connectionId).arg(c.room));
            if (!s->adminRooms.removeOne(c.room))
                return failed(u"Connection %1 is not in room %2"_s.arg(c.connectionId).arg(c.room));
            srv.leaveRoom(c.room, *s);
            srv.deliver(srv.roomMembers(c.room), name + u" left the room"_s);
        }
        const int members = int(srv.roomMembers(c.room).size());
        JsonWriter w = okHeader(c);
        w.field(u"connection_id", c.connectionId).field(u"room", c.room).field(u"members", members);
        result = finish(w, members);
        what = u"%1 connection #%2 %3 room %4"_s.arg(join ? u"join"_s : u"leave"_s).arg(c.connectionId)
                   .arg(join ? u"to"_s : u"from"_s, c.room);
        break;
    }
    case Type::SendToConnection: {
        Session *s = srv.session(c.connectionId);
        if (!s || !s->isOpen())
            return failed(u"Unknown connection %1"_s.arg(c.connectionId));
        const int n = srv.deliver({s}, c.text);
        JsonWriter w = okHeader(c);
        w.field(u"connection_id", c.connectionId).field(u"recipients", n);
        result = finish(w, n);
        what = u"message to connection #%1"_s.arg(c.connectionId);
        break;
    }
    case Type::CloseRoom: {
        const QList<Session *> members = srv.roomMembers(c.room);
        const int closed = int(members.size()) + srv.remoteGroupCount(true, c.room);
        if (closed == 0)
            return failed(u"Unknown room %1"_s.arg(c.room));
        JsonWriter w = okHeader(c);
        w.field(u"room", c.room).field(u"closed", closed);
        result = finish(w, closed);
        what = u"close room %1 (%2 connections)"_s.arg(c.room).arg(closed);
        closeAll(srv, members, c.code, c.reason, true);
        ClusterMessage m;
        m.kind = ClusterMessage::Kind::CloseRoom;
        m.target = c.room;
        m.code = c.code;
        m.reason = c.reason;
        srv.relay(m);
        break;
    }
    }

    if (!what.isEmpty())
        record(actor, what);
    return result;
}

void AdminService::record(const Actor &actor, const QString &what)
{
    qCInfo(lcServer).noquote() << u"admin %1: %2"_s.arg(actor.name, what);
    m_server.recordEvent({QDateTime::currentMSecsSinceEpoch(), ServerEvent::Kind::Admin, actor.connectionId, -1,
                          actor.name, EndpointKind::Admin, {}, 0, what});
    AuditEntry a;
    a.kind = u"admin"_s;
    a.connectionId = actor.connectionId;
    a.actor = actor.name;
    a.detail = what;
    m_server.audit(std::move(a));
}

} // namespace SocketScope
