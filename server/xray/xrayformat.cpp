#include "xrayformat.h"

#include "net/closecodes.h"
#include "auth/redact.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SocketScope::Xray {

QString arrow(Direction direction)
{
    return direction == Direction::ClientToServer ? u">>"_s : u"<<"_s;
}

QString payloadForDisplay(const QByteArray &payload, bool textual)
{
    if (textual) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(payload);
        if (!decoder.hasError()) {
            QString out;
            out.reserve(text.size());
            for (const QChar c : text) {
                if (c == u'\n')
                    out += u"\\n"_s;
                else if (c == u'\r')
                    out += u"\\r"_s;
                else if (c == u'\t')
                    out += u"\\t"_s;
                else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                    out += u"\\x%1"_s.arg(uint(c.unicode()), 2, 16, QChar(u'0'));
                else
                    out += c;
            }
            return out;
        }
        // Not valid UTF-8 on its own (a code point split between fragments, or bad input):
        // show the bytes.
    }
    return QString::fromLatin1(payload.toHex(' '));
}

QString formatFrame(Direction direction, const Frame &frame, bool textual)
{
    QString line = u"%1 FIN=%2 RSV=%3%4%5 op=%6 MASK=%7"_s.arg(arrow(direction))
                       .arg(frame.fin ? 1 : 0)
                       .arg((frame.rsv >> 2) & 1)
                       .arg((frame.rsv >> 1) & 1)
                       .arg(frame.rsv & 1)
                       .arg(opcodeName(frame.opcode))
                       .arg(frame.masked ? 1 : 0);
    if (frame.masked)
        line += u" key=%1"_s.arg(uint(frame.maskKey), 8, 16, QChar(u'0'));
    line += u" len=%1"_s.arg(frame.payload.size());
    if (frame.opcode == Op::Close) {
        const ClosePayload close = parseClosePayload(frame.payload);
        if (close.malformed)
            line += u" (1-byte close payload: malformed)"_s;
        else if (!close.code)
            line += u" (no status code)"_s;
        else
            line += u' ' + describeClose(*close.code, payloadForDisplay(close.reason, true));
        return line;
    }
    // Ping and pong payloads are bytes; shown as text when they are valid UTF-8.
    const bool asText = textual || frame.opcode == Op::Ping || frame.opcode == Op::Pong;
    if (!frame.payload.isEmpty())
        line += u' ' + payloadForDisplay(frame.payload, asText);
    return line;
}

namespace {

bool isSecretQueryKey(const QString &key)
{
    static const QStringList keys{u"token"_s, u"access_token"_s, u"session_id"_s, u"jwt"_s, u"auth"_s};
    return keys.contains(key.toLower());
}

QString redactTarget(const QString &target)
{
    const qsizetype q = target.indexOf(u'?');
    if (q < 0)
        return target;
    QStringList parts = target.mid(q + 1).split(u'&');
    for (QString &part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0 && isSecretQueryKey(QUrl::fromPercentEncoding(part.left(eq).toUtf8())))
            part = part.left(eq + 1) + redactSecret(QUrl::fromPercentEncoding(part.mid(eq + 1).toUtf8()));
    }
    return target.left(q + 1) + parts.join(u'&');
}

QString redactHeader(const QString &name, const QString &value)
{
    const QString lower = name.toLower();
    if (lower == u"authorization"_s) {
        const qsizetype space = value.indexOf(u' ');
        if (space < 0)
            return redactSecret(value);
        return value.left(space + 1) + redactSecret(value.mid(space + 1).trimmed());
    }
    if (lower == u"cookie"_s || lower == u"set-cookie"_s) {
        QStringList cookies = value.split(u';');
        for (QString &cookie : cookies) {
            const qsizetype eq = cookie.indexOf(u'=');
            if (eq > 0)
                cookie = cookie.left(eq + 1) + redactSecret(cookie.mid(eq + 1).trimmed());
            if (lower == u"set-cookie"_s)
                break; // attributes after the first pair are not secret
        }
        return cookies.join(u';');
    }
    return value;
}

} // namespace

QString redactHeaderValue(const QString &name, const QString &value)
{
    return redactHeader(name, value);
}

QStringList formatHandshake(Direction direction, const QByteArray &rawHeader, bool reveal)
{
    QStringList lines;
    const QString prefix = arrow(direction) + u' ';
    const QList<QByteArray> raw = rawHeader.split('\n');
    bool first = true;
    for (QByteArray l : raw) {
        if (l.endsWith('\r'))
            l.chop(1);
        if (l.isEmpty())
            continue;
        QString line = QString::fromUtf8(l);
        if (!reveal) {
            if (first && direction == Direction::ClientToServer) {
                const QStringList words = line.split(u' ');
                if (words.size() == 3)
                    line = words[0] + u' ' + redactTarget(words[1]) + u' ' + words[2];
            } else if (!first) {
                const qsizetype colon = line.indexOf(u':');
                if (colon > 0)
                    line = line.left(colon + 1) + u' ' + redactHeader(line.left(colon), line.mid(colon + 1).trimmed());
            }
        }
        first = false;
        lines.append(prefix + line);
    }
    return lines;
}

QStringList acceptCheck(const QByteArray &key, const QByteArray &received)
{
    const QByteArray sha = QCryptographicHash::hash(key + WebSocketGuid, QCryptographicHash::Sha1);
    const QByteArray expected = sha.toBase64();
    QStringList lines;
    lines << u"-- Sec-WebSocket-Accept = base64(SHA-1(Sec-WebSocket-Key + \"%1\"))"_s.arg(QLatin1StringView(WebSocketGuid))
          << u"   key:      %1"_s.arg(QString::fromLatin1(key))
          << u"   SHA-1:    %1"_s.arg(QString::fromLatin1(sha.toHex()))
          << u"   base64:   %1"_s.arg(QString::fromLatin1(expected))
          << u"   received: %1  %2"_s.arg(QString::fromLatin1(received),
                                           received == expected ? u"(matches)"_s : u"(DOES NOT MATCH)"_s);
    return lines;
}

QByteArray redactAuthMessage(const QByteArray &payload)
{
    if (!payload.contains("\"auth\""))
        return payload;
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject() || doc.object().value(u"type"_s).toString() != u"auth"_s)
        return payload;
    const QString token = doc.object().value(u"token"_s).toString();
    if (token.isEmpty())
        return payload;
    QByteArray out = payload;
    const QByteArray encoded = QJsonDocument(QJsonObject{{u"t"_s, token}}).toJson(QJsonDocument::Compact);
    // {"t":"<escaped>"} -> the escaped form as it appears in the payload
    const QByteArray escaped = encoded.mid(5, encoded.size() - 5 - 1);
    out.replace(escaped, QJsonDocument(QJsonObject{{u"t"_s, redactSecret(token)}}).toJson(QJsonDocument::Compact).mid(5).chopped(1));
    return out;
}

} // namespace SocketScope::Xray
