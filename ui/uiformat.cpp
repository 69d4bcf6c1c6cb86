#include "uiformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SocketScope::UiFormat {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UiFormat)
};
} // namespace

QString closeCodeMeaning(int code)
{
    switch (code) {
    case 1000: return Text::tr("Normal closure");
    case 1001: return Text::tr("Going away");
    case 1002: return Text::tr("Protocol error");
    case 1003: return Text::tr("Unsupported data");
    case 1005: return Text::tr("No status received");
    case 1006: return Text::tr("Abnormal closure");
    case 1007: return Text::tr("Invalid payload data");
    case 1008: return Text::tr("Policy violation");
    case 1009: return Text::tr("Message too big");
    case 1010: return Text::tr("Mandatory extension");
    case 1011: return Text::tr("Internal server error");
    case 1012: return Text::tr("Service restart");
    case 1013: return Text::tr("Try again later");
    case 1014: return Text::tr("Bad gateway");
    case 1015: return Text::tr("TLS handshake failure");
    default: break;
    }
    if (code >= 3000 && code <= 3999)
        return Text::tr("Registered (library/framework)");
    if (code >= 4000 && code <= 4999)
        return Text::tr("Private use");
    return Text::tr("Unknown");
}

QString closeCode(int code)
{
    if (code <= 0)
        return {};
    return u"%1 (%2)"_s.arg(code).arg(closeCodeMeaning(code));
}

QString endpointName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Echo: return Text::tr("Echo");
    case EndpointKind::Chat: return Text::tr("Chat");
    case EndpointKind::Admin: return Text::tr("Admin");
    //: Endpoint name of /ws/{client_id}, the connection manager that tells everyone who joins and leaves
    case EndpointKind::Manager: return Text::tr("Manager");
    case EndpointKind::Room: return Text::tr("Room");
    case EndpointKind::Subscribe: return Text::tr("Subscribe");
    case EndpointKind::Unknown: break;
    }
    return Text::tr("Unknown");
}

QString eventKindName(ServerEvent::Kind kind)
{
    using K = ServerEvent::Kind;
    switch (kind) {
    case K::Listening: return Text::tr("Listening");
    case K::Stopped: return Text::tr("Stopped");
    case K::Error: return Text::tr("Error");
    case K::Connected: return Text::tr("Connected");
    case K::AuthOk: return Text::tr("Auth OK");
    case K::AuthFailed: return Text::tr("Auth failed");
    //: Event: a connection joined a room or subscribed to a topic
    case K::Joined: return Text::tr("Joined");
    //: Event: a connection left a room or topic (not the direction "left")
    case K::Left: return Text::tr("Left");
    case K::RateLimited: return Text::tr("Rate limited");
    case K::Kicked: return Text::tr("Kicked");
    case K::Closed: return Text::tr("Closed");
    case K::Admin: return Text::tr("Admin");
    }
    return {};
}

QString authMethod(AuthMethod method, bool viaJwt)
{
    if (viaJwt && method != AuthMethod::None)
        //: %1 is how the JWT arrived: header, cookie, query or first message
        return Text::tr("JWT (%1)").arg(authMethod(method));
    switch (method) {
    case AuthMethod::None: return Text::tr("none");
    case AuthMethod::Header: return Text::tr("header");
    case AuthMethod::Cookie: return Text::tr("cookie");
    case AuthMethod::Query: return Text::tr("query");
    case AuthMethod::Message: return Text::tr("first message");
    }
    return {};
}

QString bytes(quint64 n)
{
    if (n < 1024)
        return Text::tr("%1 B").arg(n);
    const double kib = double(n) / 1024.0;
    if (kib < 1024.0)
        return Text::tr("%1 KiB").arg(kib, 0, 'f', 1);
    const double mib = kib / 1024.0;
    if (mib < 1024.0)
        return Text::tr("%1 MiB").arg(mib, 0, 'f', 1);
    return Text::tr("%1 GiB").arg(mib / 1024.0, 0, 'f', 2);
}

QString rate(double perSecond)
{
    if (perSecond < 0.05)
        return u"0"_s;
    if (perSecond < 1000.0)
        return QString::number(perSecond, 'f', perSecond < 10.0 ? 1 : 0);
    //: Thousands of messages per second, e.g. "1.2k"
    return Text::tr("%1k").arg(perSecond / 1000.0, 0, 'f', 1);
}

QString clockTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss"_s);
}

QString dateTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

QString duration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s < 60)
        return Text::tr("%1 s").arg(s);
    if (s < 3600)
        return Text::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return Text::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return Text::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString retryInSeconds(const QString &serverText)
{
    static const QRegularExpression retry(u"retry in (\\d+) ms"_s);
    const QRegularExpressionMatch m = retry.match(serverText);
    if (!m.hasMatch())
        return serverText;
    const qint64 ms = m.captured(1).toLongLong();
    QString text = serverText;
    // Server text stays English (SPEC: log content is not translated); only the unit changes.
    return text.replace(m.capturedStart(), m.capturedLength(), u"retry in %1 s"_s.arg((ms + 999) / 1000));
}

QString user(qint64 userId, const QString &name)
{
    if (userId < 0)
        return Text::tr("anonymous");
    if (name.isEmpty())
        return QString::number(userId);
    return u"%1 (%2)"_s.arg(name).arg(userId);
}

} // namespace SocketScope::UiFormat
