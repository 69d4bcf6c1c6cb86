#include "admin/admincommand.h"

#include "config.h"
#include "inbound.h"
#include "jsonwriter.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <functional>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

using Type = AdminCommand::Type;

struct Field
{
    const QJsonObject &obj;
    QString *error;

    bool has(QLatin1StringView k) const { return obj.contains(k); }

    std::optional<QString> string(QLatin1StringView k, bool required = true, bool nonEmpty = true) const
    {
        const QJsonValue v = obj.value(k);
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString() || (nonEmpty && v.toString().trimmed().isEmpty())) {
            *error = u"\"%1\" must be a non-empty string"_s.arg(k);
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<qint64> integer(QLatin1StringView k, qint64 min, qint64 max) const
    {
        const QJsonValue v = obj.value(k);
        qint64 n = 0;
        bool ok = false;
        if (v.isDouble()) {
            const double d = v.toDouble();
            n = qint64(d);
            ok = double(n) == d;
        } else if (v.isString()) {
            n = v.toString().toLongLong(&ok);
        }
        if (!ok || n < min || n > max) {
            *error = u"\"%1\" must be an integer from %2 to %3"_s.arg(k).arg(min).arg(max);
            return std::nullopt;
        }
        return n;
    }

    // A duration: "1h", "500ms", or a number of seconds.
    std::optional<qint64> duration(QLatin1StringView k, qint64 minMs, qint64 maxMs) const
    {
        const QJsonValue v = obj.value(k);
        std::optional<Milliseconds> d;
        if (v.isString())
            d = parseDuration(v.toString());
        else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1e9)
            d = Milliseconds(qint64(v.toDouble() * 1000));
        if (!d || d->count() < minMs || d->count() > maxMs) {
            *error = u"\"%1\" must be a duration from %2 to %3 (e.g. \"30s\", \"10m\", \"1h\")"_s.arg(
                k, formatDuration(Milliseconds(minMs)), formatDuration(Milliseconds(maxMs)));
            return std::nullopt;
        }
        return d->count();
    }
};

bool parseCloseArgs(const Field &f, AdminCommand &c)
{
    if (f.has("code"_L1)) {
        const auto code = f.integer("code"_L1, 1000, 4999);
        if (!code)
            return false;
        if (!isSendableCloseCode(int(*code))) {
            *f.error = u"close code %1 cannot be sent by an application"_s.arg(*code);
            return false;
        }
        c.code = int(*code);
    }
    if (f.has("reason"_L1)) {
        const auto reason = f.string("reason"_L1, true, false);
        if (!reason)
            return false;
        if (!isValidCloseReason(*reason)) {
            *f.error = u"\"reason\" must be at most 123 bytes of UTF-8"_s;
            return false;
        }
        c.reason = *reason;
    }
    return true;
}

using Parser = std::function<bool(const InboundMessage &, const Field &, AdminCommand &)>;

const QHash<QString, std::pair<Type, Parser>> &parsers()
{
    static const QHash<QString, std::pair<Type, Parser>> table = {
        {u"broadcast"_s, {Type::Broadcast, [](const InboundMessage &, const Field &f, AdminCommand &c) {
             const auto text = f.string("text"_L1);
             if (!text)
                 return false;
             c.text = *text;
             if (f.has("room"_L1)) {
                 const auto room = f.string("room"_L1);
                 if (!room)
                     return false;
                 c.room = *room;
             }
             if (f.has("endpoint"_L1)) {
                 const auto ep = f.string("endpoint"_L1);
                 if (!ep)
                     return false;
                 c.endpoint = endpointKindFromName(*ep);
                 if (c.endpoint == EndpointKind::Unknown) {
                     *f.error = u"unknown endpoint \"%1\" (use echo, chat, admin, manager, room or subscribe)"_s.arg(*ep);
                     return false;
                 }
             }
             if (!c.room.isEmpty() && c.endpoint != EndpointKind::Unknown) {
                 *f.error = u"give either \"room\" or \"endpoint\", not both"_s;
                 return false;
             }
             return true;
         }}},
        {u"publish"_s, {Type::Publish, [](const InboundMessage &m, const Field &f, AdminCommand &c) {
             const auto topic = f.string("topic"_L1);
             if (!topic)
                 return false;
             c.topic = *topic;
             if (!f.obj.value("data"_L1).isObject()) {
                 *f.error = u"\"data\" must be a JSON object"_s;
                 return false;
             }
             c.data = m.rawMember("data"_L1).value_or(QByteArray());
             return true;
         }}},
        {u"send"_s, {Type::SendToUser, [](const InboundMessage &, const Field &f, AdminCommand &c) {
             if (f.has("connection_id"_L1) && f.has("user_id"_L1)) {
                 *f.error = u"give exactly one of \"connection_id\" or \"user_id\""_s;
                 return false;
             }
             if (f.has("connection_id"_L1)) {
                 const auto id = f.integer("connection_id"_L1, 1, std::numeric_limits<qint64>::max());
                 const auto text = id ? f.string("text"_L1) : std::nullopt;
                 if (!text)
                     return false;
                 c.type = Type::SendToConnection;
                 c.connectionId = quint64(*id);
                 c.text = *text;
                 return true;
             }
             const auto user = f.integer("user_id"_L1, 0, std::numeric_limits<qint64>::max());
             const auto text = user ? f.string("text"_L1) : std::nullopt;
             if (!text)
                 return false;
             c.userId = *user;
             c.text = *text;
             return true;
         }}},
        {u"kick"_s, {Type::KickConnection, [](const InboundMessage &, const Field &f, AdminCommand &c) {
             if (f.has("connection_id"_L1) == f.has("user_id"_L1)) {
                 *f.error = u"give exactly one of \"connection_id\" or \"user_id\""_s;
                 return false;
             }
             if (f.has("connection_id"_L1)) {
                 const auto id = f.integer("connection_id"_L1, 1, std::numeric_limits<qint64>::max());
                 if (!id)
                     return false;
                 c.connectionId = quint64(*id);
                 // SPEC §9: a connection is named by node + id; default the local node.
                 if (f.has("node"_L1)) {
                     const auto node = f.string("node"_L1);
                     if (!node)
                         return false;
                     c.node = *node;
                 }
             } else {
                 const auto id = f.integer("user_id"_L1, 0, std::numeric_limits<qint64>::max());
                 if (!id)
                     return false;
                 c.type = Type::KickUser;
                 c.userId = *id;
             }
             return parseCloseArgs(f, c);
         }}},
        {u"ban"_s, {Type::Ban, [](const InboundMessage &, const Field &f, AdminCommand &c) {
             const auto user = f.integer("user_id"_L1, 0, std::numeric_limits<qint64>::max());
             if (!user)
                 return false;
             c.userId = *user;
             const auto d = f.duration("duration"_L1, 1000, 366LL * 24 * 3600 * 1000);
             if (!d)
                 return false;
             c.durationMs = *d;
             c.reason = u"Banned"_s;
             if (f.has("reason"_L1)) {
                 const auto reason = f.string("reason"_L1);
                 if (!reason || !isValidCloseReason(*reason)) {
                     *f.error = u"\"reason\" must be a non-empty string of at most 123 bytes"_s;
                     return false;
                 }
                 c.reason = *reason;
             }
             return true;
         }}},
        {u"unban"_s, {Type::Unban, [](const InboundMessage &, const Field &f, AdminCommand &c) {
             const auto user = f.integer("user_id"_L1, 0, std::numeric_limits<qint64>::max());
             if (!user)
                 return false;
             c.userId = *user;
             return true;
         }}},
        {u"set_rate_limit"_s, {Type::SetRateLimit, [](const InboundMessage &, const Field &f, AdminCommand &c) {
             const auto limit = f.integer("limit"_L1, 1, 1'000'000);
             if (!limit)
                 return false;
             c.limit = int(*limit);
             if (f.has("window"_L1)) {
                 const auto w = f.duration("window"_L1, 100, 24LL * 3600 * 1000);
                 if (!w)
                     return false;
                 c.windowMs = *w;
             }
             return true;
         }}},
        {u"stats"_s, {Type::Stats, [](const InboundMessage &, const Field &, AdminCommand &) { return true; }}},
        {u"list_connections"_s, {Type::ListConnections, [](const InboundMessage &, const Field &, AdminCommand &) { return true; }}},
        {u"list_rooms"_s, {Type::ListRooms, [](const InboundMessage &, const Field &, AdminCommand &) { return true; }}},
        {u"list_topics"_s, {Type::ListTopics, [](const InboundMessage &, const Field &, AdminCommand &) { return true; }}},
        {u"close_room"_s, {Type::CloseRoom, [](const InboundMessage &, const Field &f, AdminCommand &c) {
             const auto room = f.string("room"_L1);
             if (!room)
                 return false;
             c.room = *room;
             c.code = 1000;
             c.reason = u"Room closed by admin"_s;
             return parseCloseArgs(f, c);
         }}},
        {u"watch"_s, {Type::Watch, [](const InboundMessage &, const Field &f, AdminCommand &c) {
             if (!f.has("rate_hz"_L1))
                 return true;
             const auto hz = f.integer("rate_hz"_L1, 1, 10);
             if (!hz)
                 return false;
             c.rateHz = int(*hz);
             return true;
         }}},
        {u"unwatch"_s, {Type::Unwatch, [](const InboundMessage &, const Field &, AdminCommand &) { return true; }}},
        {u"inspect"_s, {Type::Inspect, [](const InboundMessage &, const Field &f, AdminCommand &c) {
             const auto id = f.integer("connection_id"_L1, 1, std::numeric_limits<qint64>::max());
             if (!id)
                 return false;
             c.connectionId = quint64(*id);
             if (f.has("since"_L1)) {
                 const auto since = f.integer("since"_L1, 0, std::numeric_limits<qint64>::max());
                 if (!since)
                     return false;
                 c.since = quint64(*since);
             }
             return true;
         }}},
        {u"capture"_s, {Type::Capture, [](const InboundMessage &, const Field &f, AdminCommand &c) {
             const auto id = f.integer("connection_id"_L1, 1, std::numeric_limits<qint64>::max());
             if (!id)
                 return false;
             c.connectionId = quint64(*id);
             if (!f.obj.value("on"_L1).isBool()) {
                 *f.error = u"\"on\" must be true or false"_s;
                 return false;
             }
             c.on = f.obj.value("on"_L1).toBool();
             c.frames = 200;
             if (f.has("frames"_L1)) {
                 const auto frames = f.integer("frames"_L1, 1, 1000);
                 if (!frames)
                     return false;
                 c.frames = int(*frames);
             }
             return true;
         }}},
        {u"join_room"_s, {Type::JoinRoom, [](const InboundMessage &, const Field &f, AdminCommand &c) {
             const auto id = f.integer("connection_id"_L1, 1, std::numeric_limits<qint64>::max());
             const auto room = id ? f.string("room"_L1) : std::nullopt;
             if (!room)
                 return false;
             c.connectionId = quint64(*id);
             c.room = room->trimmed();
             return true;
         }}},
        {u"leave_room"_s, {Type::LeaveRoom, [](const InboundMessage &, const Field &f, AdminCommand &c) {
             const auto id = f.integer("connection_id"_L1, 1, std::numeric_limits<qint64>::max());
             const auto room = id ? f.string("room"_L1) : std::nullopt;
             if (!room)
                 return false;
             c.connectionId = quint64(*id);
             c.room = room->trimmed();
             return true;
         }}},
    };
    return table;
}

} // namespace

QString AdminCommand::typeName(Type t)
{
    switch (t) {
    case Type::Broadcast: return u"broadcast"_s;
    case Type::Publish: return u"publish"_s;
    case Type::SendToUser: return u"send"_s;
    case Type::KickConnection:
    case Type::KickUser: return u"kick"_s;
    case Type::Ban: return u"ban"_s;
    case Type::Unban: return u"unban"_s;
    case Type::SetRateLimit: return u"set_rate_limit"_s;
    case Type::Stats: return u"stats"_s;
    case Type::ListConnections: return u"list_connections"_s;
    case Type::ListRooms: return u"list_rooms"_s;
    case Type::ListTopics: return u"list_topics"_s;
    case Type::CloseRoom: return u"close_room"_s;
    case Type::Watch: return u"watch"_s;
    case Type::Unwatch: return u"unwatch"_s;
    case Type::Inspect: return u"inspect"_s;
    case Type::Capture: return u"capture"_s;
    case Type::JoinRoom: return u"join_room"_s;
    case Type::LeaveRoom: return u"leave_room"_s;
    case Type::SendToConnection: return u"send"_s;
    }
    return {};
}

QString adminSyntaxError(const InboundMessage &msg)
{
    if (msg.kind == InboundMessage::Kind::Json) {
        const QJsonValue type = msg.json.value("type"_L1);
        return type.isUndefined() || type.isString() ? QString() : u"\"type\" must be a string"_s;
    }
    if (msg.kind != InboundMessage::Kind::Text || !msg.text.trimmed().startsWith(u'{'))
        return {};
    QJsonParseError err;
    const QByteArray utf8 = msg.text.toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &err);
    if (err.error == QJsonParseError::NoError)
        return {};   // valid JSON that is not an object cannot start with '{'
    return u"Invalid JSON at offset %1: %2"_s.arg(err.offset).arg(err.errorString());
}

std::optional<AdminParse> parseAdminCommand(const InboundMessage &msg)
{
    if (msg.kind != InboundMessage::Kind::Json)
        return std::nullopt;
    const auto it = parsers().constFind(msg.type);
    if (it == parsers().cend())
        return std::nullopt;
    AdminParse p;
    p.command.type = it->first;
    const Field f{msg.json, &p.error};
    if (!it->second(msg, f, p.command) && p.error.isEmpty())
        p.error = u"invalid arguments"_s;
    return p;
}

QByteArray encodeAdminCommand(const AdminCommand &c)
{
    JsonWriter w;
    w.beginObject().field(u"type", AdminCommand::typeName(c.type));
    const auto closeArgs = [&] { w.field(u"code", c.code).field(u"reason", c.reason); };
    // Durations go as exact milliseconds ("90000ms"): seconds would round.
    const auto ms = [](qint64 v) { return u"%1ms"_s.arg(v); };
    switch (c.type) {
    case Type::Broadcast:
        w.field(u"text", c.text);
        if (!c.room.isEmpty())
            w.field(u"room", c.room);
        else if (c.endpoint != EndpointKind::Unknown)
            w.field(u"endpoint", endpointKindName(c.endpoint));
        break;
    case Type::Publish:
        w.field(u"topic", c.topic).key(u"data").raw(c.data.isEmpty() ? QByteArrayView("{}") : QByteArrayView(c.data));
        break;
    case Type::SendToUser:
        w.field(u"user_id", c.userId).field(u"text", c.text);
        break;
    case Type::KickConnection:
        w.field(u"connection_id", c.connectionId);
        if (!c.node.isEmpty())
            w.field(u"node", c.node);
        closeArgs();
        break;
    case Type::KickUser:
        w.field(u"user_id", c.userId);
        closeArgs();
        break;
    case Type::Ban:
        w.field(u"user_id", c.userId).field(u"duration", ms(c.durationMs)).field(u"reason", c.reason);
        break;
    case Type::Unban:
        w.field(u"user_id", c.userId);
        break;
    case Type::SetRateLimit:
        w.field(u"limit", c.limit);
        if (c.windowMs > 0)
            w.field(u"window", ms(c.windowMs));
        break;
    case Type::CloseRoom:
        w.field(u"room", c.room);
        closeArgs();
        break;
    case Type::Watch:
        w.field(u"rate_hz", c.rateHz);
        break;
    case Type::Inspect:
        w.field(u"connection_id", c.connectionId);
        if (c.since > 0)
            w.field(u"since", c.since);
        break;
    case Type::Capture:
        w.field(u"connection_id", c.connectionId).field(u"on", c.on).field(u"frames", c.frames);
        break;
    case Type::JoinRoom:
    case Type::LeaveRoom:
        w.field(u"connection_id", c.connectionId).field(u"room", c.room);
        break;
    case Type::SendToConnection:
        w.field(u"connection_id", c.connectionId).field(u"text", c.text);
        break;
    case Type::Stats:
    case Type::ListConnections:
    case Type::ListRooms:
    case Type::ListTopics:
    case Type::Unwatch:
        break;
    }
    w.endObject();
    return w.take();
}

bool isSendableCloseCode(int code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

bool isValidCloseReason(const QString &reason)
{
    return reason.toUtf8().size() <= 123;
}

} // namespace SocketScope
