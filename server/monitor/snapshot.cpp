#include "monitor/snapshot.h"

using namespace Qt::StringLiterals;

namespace SocketScope {

QString authMethodName(AuthMethod m)
{
    switch (m) {
    case AuthMethod::None: return u"none"_s;
    case AuthMethod::Header: return u"header"_s;
    case AuthMethod::Cookie: return u"cookie"_s;
    case AuthMethod::Query: return u"query"_s;
    case AuthMethod::Message: return u"message"_s;
    }
    return {};
}

QString ServerEvent::kindName(Kind k)
{
    switch (k) {
    case Kind::Listening: return u"listening"_s;
    case Kind::Stopped: return u"stopped"_s;
    case Kind::Error: return u"error"_s;
    case Kind::Connected: return u"connect"_s;
    case Kind::AuthOk: return u"auth_ok"_s;
    case Kind::AuthFailed: return u"auth_fail"_s;
    case Kind::Joined: return u"join"_s;
    case Kind::Left: return u"leave"_s;
    case Kind::RateLimited: return u"rate_limited"_s;
    case Kind::Kicked: return u"kicked"_s;
    case Kind::Closed: return u"closed"_s;
    case Kind::Admin: return u"admin"_s;
    }
    return {};
}

} // namespace SocketScope
