#include "auth/jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMessageAuthenticationCode>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SocketScope::Jwt {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isBase64UrlChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
        || c == u'-' || c == u'_';
}

bool isBase64UrlText(QStringView part)
{
    if (part.isEmpty())
        return false;
    for (QChar c : part) {
        if (!isBase64UrlChar(c))
            return false;
    }
    return true;
}

std::optional<QByteArray> decodePart(QStringView part)
{
    // A length of 4n+1 cannot come from any byte string.
    if (!isBase64UrlText(part) || part.size() % 4 == 1)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(part.toLatin1(),
                                                  QByteArray::Base64UrlEncoding
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<QJsonObject> decodeJsonObject(QStringView part)
{
    const auto bytes = decodePart(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QByteArray signature(QByteArrayView signingInput, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(signingInput.toByteArray(), secret,
                                            QCryptographicHash::Sha256)
        .toBase64(Base64Url);
}

// The comparison takes the same time wherever the first difference is, so an attacker
// cannot guess a valid signature byte by byte. Comparing the encoded text also rejects the
// non-canonical spellings that base64 leaves in the last character.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// JSON numbers are doubles: beyond 2^53 integers are no longer exact.
constexpr double MaxExactInteger = 9007199254740992.0;

std::optional<qint64> parseSubject(const QJsonValue &sub)
{
    if (sub.isString()) {
        const QString text = sub.toString();
        if (text.isEmpty())
            return std::nullopt;
        for (QChar c : text) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return value;
    }
    if (sub.isDouble()) {
        const double value = sub.toDouble();
        if (value < 0 || value > MaxExactInteger || std::trunc(value) != value)
            return std::nullopt;
        return static_cast<qint64>(value);
    }
    return std::nullopt;
}

} // namespace

bool looksLikeJwt(QStringView token)
{
    const QList<QStringView> parts = token.split(u'.');
    return parts.size() == 3 && isBase64UrlText(parts[0]) && isBase64UrlText(parts[1])
        && isBase64UrlText(parts[2]);
}

QString sign(const Claims &claims, const QByteArray &secret)
{
    const QJsonObject header{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};
    const QJsonObject payload{
        {u"sub"_s, QString::number(claims.userId)},
        {u"name"_s, claims.name},
        {u"role"_s, claims.role},
        {u"exp"_s, claims.expiresAt},
    };
    const QByteArray signingInput =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(Base64Url) + '.'
        + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    return QString::fromLatin1(signingInput + '.' + signature(signingInput, secret));
}

Result verify(QStringView token, const QByteArray &secret, qint64 nowSecs)
{
    const QList<QStringView> parts = token.split(u'.');
    if (parts.size() != 3)
        return {Error::Malformed, {}};

    const auto header = decodeJsonObject(parts[0]);
    if (!header)
        return {Error::Malformed, {}};
    // Only the exact value: "none", "hs256" and every other algorithm are attacks or mistakes.
    const QJsonValue alg = header->value(u"alg");
    if (!alg.isString() || alg.toString() != u"HS256")
        return {Error::BadAlgorithm, {}};

    if (!isBase64UrlText(parts[1]) || !isBase64UrlText(parts[2]))
        return {Error::Malformed, {}};
    const QByteArray signingInput = token.first(parts[0].size() + 1 + parts[1].size()).toLatin1();
    if (!constantTimeEquals(signature(signingInput, secret), parts[2].toLatin1()))
        return {Error::BadSignature, {}};

    // Signed by us, so the payload is trusted from here on; it can still be malformed.
    const auto payload = decodeJsonObject(parts[1]);
    if (!payload)
        return {Error::Malformed, {}};
    const auto userId = parseSubject(payload->value(u"sub"));
    const QJsonValue name = payload->value(u"name");
    const QJsonValue role = payload->value(u"role");
    const QJsonValue exp = payload->value(u"exp");
    if (!userId || !name.isString() || !role.isString() || !exp.isDouble()
        || !std::isfinite(exp.toDouble()))
        return {Error::Malformed, {}};

    Result result;
    result.claims.userId = *userId;
    result.claims.name = name.toString();
    result.claims.role = role.toString();
    const double expiresAt = exp.toDouble();
    result.claims.expiresAt = expiresAt >= MaxExactInteger ? qint64(MaxExactInteger)
                              : expiresAt <= -MaxExactInteger ? qint64(-MaxExactInteger)
                                                              : qint64(std::floor(expiresAt));
    if (expiresAt <= double(nowSecs))
        result.error = Error::Expired;
    return result;
}

} // namespace SocketScope::Jwt
