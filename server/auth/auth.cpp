#include "auth/auth.h"

#include "auth/jwt.h"
#include "auth/redact.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

Authenticator::Outcome failure(AuthMethod method, const QString &reason, const QString &detail,
                               const QString &credential = {})
{
    Authenticator::Outcome o;
    o.status = Authenticator::Outcome::Status::Failed;
    o.method = method;
    o.reason = reason;
    o.detail = detail;
    o.credentialRedacted = credential;
    return o;
}

} // namespace

Authenticator::Authenticator(Store &store, QByteArray jwtSecret, WallClock clock)
    : m_store(store)
    , m_secret(std::move(jwtSecret))
    , m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentSecsSinceEpoch(); };
}

QString Authenticator::cookieValue(const QByteArray &cookieHeader, QByteArrayView name)
{
    // Several Cookie headers are joined with ", " by some stacks; ';' is the standard separator.
    for (const QByteArray &part : cookieHeader.split(';')) {
        for (const QByteArray &piece : part.split(',')) {
            const QByteArrayView item = QByteArrayView(piece).trimmed();
            const qsizetype eq = item.indexOf('=');
            if (eq <= 0)
                continue;
            if (item.first(eq).trimmed() == name) {
                QByteArrayView v = item.sliced(eq + 1).trimmed();
                if (v.size() >= 2 && v.front() == '"' && v.back() == '"')
                    v = v.sliced(1, v.size() - 2);
                return QString::fromUtf8(v);
            }
        }
    }
    return {};
}

Authenticator::Outcome Authenticator::fromHandshake(const QNetworkRequest &request, const QUrl &url,
                                                    const QString &origin,
                                                    const QStringList &allowedOrigins) const
{
    const QByteArray authorization = request.rawHeader("Authorization").trimmed();
    if (!authorization.isEmpty()) {
        const qsizetype sp = authorization.indexOf(' ');
        if (sp < 0 && authorization.compare("Bearer", Qt::CaseInsensitive) == 0)
            return fromToken(QString(), AuthMethod::Header);
        if (sp < 0) {
            // Without a scheme the whole value may be the secret itself, and "token extra" puts it
        // where the scheme goes: never echo any part of the value.
            return failure(AuthMethod::Header, u"Unsupported authorization scheme"_s,
                           u"Authorization header without a scheme (expected \"Bearer <token>\")"_s);
        }
        const QByteArray scheme = authorization.left(sp);
        if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0) {
            return failure(AuthMethod::Header, u"Unsupported authorization scheme"_s,
                           u"Authorization header with a scheme other than Bearer"_s);
        }
        return fromToken(QString::fromUtf8(authorization.mid(sp + 1).trimmed()), AuthMethod::Header);
    }

    const QString session = cookieValue(request.rawHeader("Cookie"), "session_id");
    if (!session.isNull()) {
        if (!allowedOrigins.isEmpty() && !origin.isEmpty() && !allowedOrigins.contains(origin)) {
            return failure(AuthMethod::Cookie, u"Origin not allowed"_s,
                           u"cookie auth from origin %1, which is not in the allow-list"_s.arg(origin),
                           redactSecret(session));
        }
        return fromSession(session);
    }

    const QUrlQuery query(url);
    if (query.hasQueryItem(u"token"_s))
        return fromToken(query.queryItemValue(u"token"_s, QUrl::FullyDecoded), AuthMethod::Query);

    return {};
}

Authenticator::Outcome Authenticator::fromToken(const QString &token, AuthMethod method) const
{
    const quint64 failures = m_store.failureCount();
    return unlessStoreFailed(tokenOutcome(token, method), failures);
}

Authenticator::Outcome Authenticator::fromSession(const QString &sessionId) const
{
    const quint64 failures = m_store.failureCount();
    return unlessStoreFailed(sessionOutcome(sessionId), failures);
}

Authenticator::Outcome Authenticator::unlessStoreFailed(Outcome o, quint64 failuresBefore) const
{
    if (m_store.failureCount() == failuresBefore)
        return o;
    // "Invalid token" would be a lie, and letting it in would skip the ban and revocation checks.
    Outcome failed = failure(o.method, u"Auth store unavailable"_s,
                             u"the user store could not be read (database unreachable?)"_s, o.credentialRedacted);
    failed.closeCode = 1013;
    return failed;
}

Authenticator::Outcome Authenticator::tokenOutcome(const QString &token, AuthMethod method) const
{
    const QString shown = redactSecret(token);
    if (token.isEmpty())
        return failure(method, u"Invalid token"_s, u"empty token"_s);

    if (Jwt::looksLikeJwt(token)) {
        const Jwt::Result r = Jwt::verify(token, m_secret, m_clock());
        switch (r.error) {
        case Jwt::Error::None:
            break;
        case Jwt::Error::Expired:
            return failure(method, u"Token expired"_s, u"JWT %1 expired"_s.arg(shown), shown);
        case Jwt::Error::BadAlgorithm:
            return failure(method, u"Invalid token"_s, u"JWT %1 has an algorithm other than HS256"_s.arg(shown), shown);
        case Jwt::Error::BadSignature:
            return failure(method, u"Invalid token"_s, u"JWT %1 has a bad signature"_s.arg(shown), shown);
        case Jwt::Error::Malformed:
            return failure(method, u"Invalid token"_s, u"JWT %1 is malformed"_s.arg(shown), shown);
        }
        const auto stored = m_store.userById(r.claims.userId);
        if (!stored)
            return failure(method, u"Unknown user"_s, u"JWT %1 names user id %2, which does not exist"_s.arg(shown).arg(r.claims.userId), shown);
        Outcome o;
        o.status = Outcome::Status::Ok;
        o.method = method;
        // The token's role is what was granted; the stored name is the current one.
        o.user = User{r.claims.userId, stored->name, r.claims.role};
        o.credentialRedacted = shown;
        o.credential = Outcome::Credential::Jwt;
        o.jwtExpiresAt = r.claims.expiresAt;
        if (!Store::isValidRole(o.user.role))
            return failure(method, u"Invalid token"_s, u"JWT %1 has unknown role"_s.arg(shown), shown);
        return checkUser(o);
    }

    const auto user = m_store.userForToken(token, m_clock());
    if (!user)
        return failure(method, u"Invalid token"_s, u"unknown, revoked or expired token %1"_s.arg(shown), shown);
    Outcome o;
    o.status = Outcome::Status::Ok;
    o.method = method;
    o.user = *user;
    o.credentialRedacted = shown;
    o.credential = Outcome::Credential::ApiToken;
    o.credentialHash = Store::hashSecret(token);
    return checkUser(o);
}

Authenticator::Outcome Authenticator::sessionOutcome(const QString &sessionId) const
{
    const QString shown = redactSecret(sessionId);
    const auto user = m_store.userForSession(sessionId, m_clock());
    if (!user)
        return failure(AuthMethod::Cookie, u"Unknown session"_s, u"unknown or expired session %1"_s.arg(shown), shown);
    Outcome o;
    o.status = Outcome::Status::Ok;
    o.method = AuthMethod::Cookie;
    o.user = *user;
    o.credentialRedacted = shown;
    o.credential = Outcome::Credential::Session;
    o.credentialHash = Store::hashSecret(sessionId);
    return checkUser(o);
}

Authenticator::Outcome Authenticator::checkUser(Outcome o) const
{
    if (const auto until = m_store.bannedUntil(o.user.id, m_clock())) {
        return failure(o.method, u"User banned"_s,
                       u"user %1 is banned until %2"_s.arg(o.user.name,
                           QDateTime::fromSecsSinceEpoch(*until, Qt::UTC).toString(Qt::ISODate)),
                       o.credentialRedacted);
    }
    return o;
}

} // namespace SocketScope
