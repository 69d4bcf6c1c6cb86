#include "auth/redact.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

constexpr QChar Ellipsis(0x2026);

bool isSecretKey(QStringView key)
{
    static const QStringList keys = {u"token"_s, u"access_token"_s, u"session_id"_s, u"jwt"_s, u"auth"_s};
    return keys.contains(key, Qt::CaseInsensitive);
}

// Works on the encoded query text so that every other item keeps its exact spelling.
QString redactQuery(const QString &encodedQuery, bool *changed)
{
    QStringList items = encodedQuery.split(u'&');
    for (QString &item : items) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = QUrl::fromPercentEncoding(item.left(eq).toUtf8());
        if (!isSecretKey(key))
            continue;
        QByteArray rawValue = item.mid(eq + 1).toUtf8();
        rawValue.replace('+', ' ');
        const QString redacted = redactSecret(QUrl::fromPercentEncoding(rawValue));
        item = item.left(eq + 1) + QString::fromLatin1(QUrl::toPercentEncoding(redacted));
        *changed = true;
    }
    return items.join(u'&');
}

QString prefix(QStringView text, qsizetype n)
{
    // Never cut a surrogate pair in half.
    if (text.at(n - 1).isHighSurrogate())
        --n;
    return text.first(n).toString();
}

} // namespace

QString redactSecret(QStringView secret)
{
    if (secret.size() >= 12)
        return prefix(secret, 4) + Ellipsis;
    if (secret.size() >= 6)
        return prefix(secret, 2) + Ellipsis;
    return QString(Ellipsis);
}

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setPassword(QString());
    if (copy.hasQuery()) {
        bool changed = false;
        const QString query = redactQuery(copy.query(QUrl::FullyEncoded), &changed);
        if (changed)
            copy.setQuery(query, QUrl::StrictMode);
    }
    // OAuth implicit flows put access_token in the fragment.
    if (copy.hasFragment()) {
        bool changed = false;
        const QString fragment = redactQuery(copy.fragment(QUrl::FullyEncoded), &changed);
        if (changed)
            copy.setFragment(fragment, QUrl::StrictMode);
    }
    return copy.toString();
}

} // namespace SocketScope
