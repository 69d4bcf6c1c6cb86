#include "routing.h"

#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

bool isDecimal(QStringView s)
{
    if (s.isEmpty() || s.size() > 18)
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// A room id or topic: one non-empty path segment; decoded, it must be printable and short.
bool decodeTarget(QStringView segment, QString *out)
{
    if (segment.isEmpty() || segment.contains(u'/'))
        return false;
    const QByteArray bytes = QByteArray::fromPercentEncoding(segment.toUtf8());
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(bytes);
    if (utf8.hasError() || decoded.isEmpty() || decoded.size() > MaxRouteTargetLength)
        return false;
    // Format characters (U+202E and the other bidi controls, zero-width ones) would be written
    // raw to logs and the GUI, where they reorder or hide what follows.
    for (QChar c : decoded) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == u'/')
            return false;
    }
    *out = decoded;
    return true;
}

} // namespace

Route routeForPath(QStringView path)
{
    Route r;
    if (path == u"/ws") {
        r.kind = EndpointKind::Chat;
        return r;
    }
    if (!path.startsWith(u"/ws/"))
        return r;
    const QStringView rest = path.mid(4);
    if (rest == u"echo") {
        r.kind = EndpointKind::Echo;
    } else if (rest == u"admin") {
        r.kind = EndpointKind::Admin;
    } else if (rest.startsWith(u"room/")) {
        if (decodeTarget(rest.mid(5), &r.target))
            r.kind = EndpointKind::Room;
    } else if (rest.startsWith(u"subscribe/")) {
        if (decodeTarget(rest.mid(10), &r.target))
            r.kind = EndpointKind::Subscribe;
    } else if (isDecimal(rest)) {
        r.kind = EndpointKind::Manager;
        r.clientId = rest.toLongLong();
    }
    return r;
}

QString endpointKindName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Echo: return u"echo"_s;
    case EndpointKind::Chat: return u"chat"_s;
    case EndpointKind::Admin: return u"admin"_s;
    case EndpointKind::Manager: return u"manager"_s;
    case EndpointKind::Room: return u"room"_s;
    case EndpointKind::Subscribe: return u"subscribe"_s;
    case EndpointKind::Unknown: break;
    }
    return u"unknown"_s;
}

EndpointKind endpointKindFromName(QStringView name)
{
    for (auto k : {EndpointKind::Echo, EndpointKind::Chat, EndpointKind::Admin, EndpointKind::Manager,
                   EndpointKind::Room, EndpointKind::Subscribe}) {
        if (name == endpointKindName(k) || name == endpointPattern(k))
            return k;
    }
    return EndpointKind::Unknown;
}

QString endpointPattern(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Echo: return u"/ws/echo"_s;
    case EndpointKind::Chat: return u"/ws"_s;
    case EndpointKind::Admin: return u"/ws/admin"_s;
    case EndpointKind::Manager: return u"/ws/{client_id}"_s;
    case EndpointKind::Room: return u"/ws/room/{room_id}"_s;
    case EndpointKind::Subscribe: return u"/ws/subscribe/{topic}"_s;
    case EndpointKind::Unknown: break;
    }
    return u"?"_s;
}

} // namespace SocketScope
