#include "inbound.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && isJsonSpace(s[i]))
        ++i;
    return i;
}

// Index just past the string that starts at s[i] == '"'.
qsizetype skipString(QByteArrayView s, qsizetype i)
{
    ++i;
    while (i < s.size()) {
        if (s[i] == '\\')
            i += 2;
        else if (s[i] == '"')
            return i + 1;
        else
            ++i;
    }
    return s.size();
}

// Index just past the value that starts at s[i].
qsizetype skipValue(QByteArrayView s, qsizetype i)
{
    if (i >= s.size())
        return i;
    if (s[i] == '"')
        return skipString(s, i);
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '"') {
                i = skipString(s, i);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            ++i;
        }
        return i;
    }
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && !isJsonSpace(s[i]))
        ++i;
    return i;
}

} // namespace

std::optional<QByteArrayView> findTopLevelMember(QByteArrayView json, QLatin1StringView key)
{
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{')
        return std::nullopt;
    i = skipSpace(json, i + 1);
    std::optional<QByteArrayView> found;
    while (i < json.size() && json[i] == '"') {
        const qsizetype keyEnd = skipString(json, i);
        const QByteArrayView rawKey = json.sliced(i + 1, keyEnd - i - 2);
        i = skipSpace(json, keyEnd);
        if (i >= json.size() || json[i] != ':')
            return std::nullopt;
        i = skipSpace(json, i + 1);
        const qsizetype valueEnd = skipValue(json, i);
        // Escaped keys are compared decoded so that "d\u0061ta" is "data", as QJsonDocument sees it.
        const bool match = rawKey.contains('\\')
            ? QJsonDocument::fromJson("{\"" + rawKey.toByteArray() + "\":0}").object().contains(key)
            : rawKey == QByteArrayView(key.data(), key.size());
        // JSON allows duplicate keys and QJsonDocument keeps the last one, so keep looking.
        if (match)
            found = json.sliced(i, valueEnd - i);
        i = skipSpace(json, valueEnd);
        if (i < json.size() && json[i] == ',')
            i = skipSpace(json, i + 1);
        else
            break;
    }
    return found;
}

std::optional<QByteArray> InboundMessage::rawMember(QLatin1StringView key) const
{
    if (kind != Kind::Json || !json.contains(key))
        return std::nullopt;
    if (const auto span = findTopLevelMember(utf8, key))
        return span->toByteArray();
    return std::nullopt;
}

InboundMessage parseInbound(const QString &text)
{
    InboundMessage m;
    m.text = text;
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty()) {
        m.kind = InboundMessage::Kind::Empty;
        return m;
    }
    if (text == u"ping") {
        m.kind = InboundMessage::Kind::Ping;
        return m;
    }
    if (text == u"pong") {
        m.kind = InboundMessage::Kind::Pong;
        return m;
    }
    if (trimmed.front() == u'{') {
        QByteArray utf8 = text.toUtf8();
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(utf8, &err);
        if (err.error == QJsonParseError::NoError && doc.isObject()) {
            m.kind = InboundMessage::Kind::Json;
            m.json = doc.object();
            m.utf8 = std::move(utf8);
            const QJsonValue type = m.json.value("type"_L1);
            if (type.isString())
                m.type = type.toString();
            return m;
        }
    }
    m.kind = InboundMessage::Kind::Text;
    return m;
}

std::optional<QString> authToken(const InboundMessage &msg)
{
    if (msg.kind != InboundMessage::Kind::Json || msg.type != u"auth")
        return std::nullopt;
    const QJsonValue token = msg.json.value("token"_L1);
    if (!token.isString())
        return std::nullopt;
    return token.toString();
}

} // namespace SocketScope
