#include "cluster/clustermessage.h"

#include "jsonwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

using Kind = ClusterMessage::Kind;
constexpr std::array AllKinds{Kind::Room, Kind::Manager, Kind::Publish, Kind::Broadcast, Kind::SendToUser,
                              Kind::KickConnection, Kind::KickUser, Kind::Ban, Kind::SetRateLimit, Kind::CloseRoom};

} // namespace

QString ClusterMessage::kindName(Kind k)
{
    switch (k) {
    case Kind::Room: return u"room"_s;
    case Kind::Manager: return u"manager"_s;
    case Kind::Publish: return u"publish"_s;
    case Kind::Broadcast: return u"broadcast"_s;
    case Kind::SendToUser: return u"send_to_user"_s;
    case Kind::KickConnection: return u"kick_connection"_s;
    case Kind::KickUser: return u"kick_user"_s;
    case Kind::Ban: return u"ban"_s;
    case Kind::SetRateLimit: return u"set_rate_limit"_s;
    case Kind::CloseRoom: return u"close_room"_s;
    }
    return {};
}

QByteArray encodeClusterMessage(const ClusterMessage &m)
{
    JsonWriter w;
    w.beginObject().field(u"o", m.origin).field(u"k", ClusterMessage::kindName(m.kind));
    switch (m.kind) {
    case Kind::Room:
    case Kind::Manager:
        if (m.kind == Kind::Room)
            w.field(u"room", m.target);
        w.field(u"text", m.text);
        break;
    case Kind::Publish:
        // The object travels as a string so that subscribers get it byte for byte as published.
        w.field(u"topic", m.target).field(u"data", QString::fromUtf8(m.data));
        break;
    case Kind::Broadcast:
        w.field(u"text", m.text);
        if (!m.target.isEmpty())
            w.field(u"room", m.target);
        if (m.endpoint != EndpointKind::Unknown)
            w.field(u"endpoint", endpointKindName(m.endpoint));
        break;
    case Kind::SendToUser:
        w.field(u"user_id", m.userId).field(u"text", m.text);
        break;
    case Kind::KickConnection:
        w.field(u"node", m.target).field(u"connection_id", m.connectionId).field(u"code", m.code).field(u"reason", m.reason);
        break;
    case Kind::KickUser:
    case Kind::Ban:
        w.field(u"user_id", m.userId).field(u"code", m.code).field(u"reason", m.reason);
        break;
    case Kind::SetRateLimit:
        w.field(u"limit", m.limit).field(u"window_ms", m.windowMs);
        break;
    case Kind::CloseRoom:
        w.field(u"room", m.target).field(u"code", m.code).field(u"reason", m.reason);
        break;
    }
    w.endObject();
    return w.take();
}

std::optional<ClusterMessage> decodeClusterMessage(const QByteArray &payload)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    ClusterMessage m;
    m.origin = o.value("o"_L1).toString();
    const QString kind = o.value("k"_L1).toString();
    bool known = false;
    for (Kind k : AllKinds) {
        if (ClusterMessage::kindName(k) == kind) {
            m.kind = k;
            known = true;
            break;
        }
    }
    if (!known || m.origin.isEmpty())
        return std::nullopt;
    m.text = o.value("text"_L1).toString();
    m.userId = o.value("user_id"_L1).toInteger();
    m.code = o.value("code"_L1).toInt(1008);
    m.reason = o.value("reason"_L1).toString();
    switch (m.kind) {
    case Kind::Room:
    case Kind::Broadcast:
    case Kind::CloseRoom:
        m.target = o.value("room"_L1).toString();
        if (m.kind == Kind::Broadcast) {
            const QString ep = o.value("endpoint"_L1).toString();
            if (!ep.isEmpty()) {
                m.endpoint = endpointKindFromName(ep);
                if (m.endpoint == EndpointKind::Unknown)
                    return std::nullopt;
            }
        } else if (m.target.isEmpty()) {
            return std::nullopt;
        }
        break;
    case Kind::Manager:
        break;
    case Kind::Publish:
        m.target = o.value("topic"_L1).toString();
        m.data = o.value("data"_L1).toString().toUtf8();
        if (m.target.isEmpty() || m.data.isEmpty())
            return std::nullopt;
        break;
    case Kind::SendToUser:
    case Kind::KickUser:
    case Kind::Ban:
        if (!o.value("user_id"_L1).isDouble())
            return std::nullopt;
        break;
    case Kind::KickConnection:
        m.target = o.value("node"_L1).toString();
        m.connectionId = quint64(o.value("connection_id"_L1).toInteger());
        if (m.target.isEmpty() || m.connectionId == 0)
            return std::nullopt;
        break;
    case Kind::SetRateLimit:
        m.limit = o.value("limit"_L1).toInt();
        m.windowMs = o.value("window_ms"_L1).toInteger();
        if (m.limit <= 0 || m.windowMs <= 0)
            return std::nullopt;
        break;
    }
    return m;
}

} // namespace SocketScope
