#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SocketScope {

// A text frame, parsed once on arrival; endpoint handlers work on this, never on the raw text.
struct InboundMessage
{
    enum class Kind : quint8 {
        Empty,   // empty or whitespace only
        Ping,    // text "ping"
        Pong,    // text "pong" (heartbeat answer)
        Text,    // anything that is not a JSON object
        Json,    // a JSON object: `json`, `type` and `utf8` are set
    };

    Kind kind = Kind::Text;
    QString text;        // as received
    QByteArray utf8;     // Json only: the UTF-8 text the object was parsed from
    QJsonObject json;
    QString type;        // json["type"] when it is a string

    // The raw JSON of a top-level member, exactly as the sender wrote it (SPEC: published
    // objects are forwarded "exactly as published"). Json kind only.
    std::optional<QByteArray> rawMember(QLatin1StringView key) const;
};

InboundMessage parseInbound(const QString &text);

// The value of top-level member `key` (the last one if repeated) in a JSON object text that
// is known to be valid.
std::optional<QByteArrayView> findTopLevelMember(QByteArrayView json, QLatin1StringView key);

// {"type":"auth","token":"…"}; nullopt when the message is not an auth request.
std::optional<QString> authToken(const InboundMessage &msg);

} // namespace SocketScope
