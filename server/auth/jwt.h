#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace SocketScope::Jwt {

struct Claims
{
    qint64 userId = 0;       // "sub" (a decimal string or a number in the token)
    QString name;            // "name"
    QString role;            // "role"
    qint64 expiresAt = 0;    // "exp", seconds since the epoch
};

enum class Error {
    None,
    Malformed,        // not three base64url parts, bad JSON, missing claims
    BadAlgorithm,     // alg other than HS256 (including "none")
    BadSignature,
    Expired,
};

struct Result
{
    Error error = Error::None;
    Claims claims;
    bool ok() const { return error == Error::None; }
};

// True when the text has the shape of a JWT (three dot-separated base64url parts).
bool looksLikeJwt(QStringView token);

QString sign(const Claims &claims, const QByteArray &secret);
// `nowSecs` is injected so that tests can pin time. On Expired the claims are filled in
// (the signature was valid), so that the caller can say whose token it was.
Result verify(QStringView token, const QByteArray &secret, qint64 nowSecs);

} // namespace SocketScope::Jwt
