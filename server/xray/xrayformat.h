#pragma once

// The X-ray's text: one line per frame, the opening handshake line by line, and the
// Sec-WebSocket-Accept check step by step (SPEC §10). Plain ASCII layout, stable for slides
// and scripts; credentials redacted unless revealed on purpose.

#include "wsframe.h"

#include <QStringList>

namespace SocketScope::Xray {

enum class Direction { ClientToServer, ServerToClient };

// ">>" or "<<"
QString arrow(Direction direction);

// ">> FIN=1 RSV=000 op=text MASK=1 key=1a2b3c4d len=5 hello"; textual says whether the payload
// belongs to a text message (continuations too); close frames add the code and its meaning.
QString formatFrame(Direction direction, const Frame &frame, bool textual);

// The payload as one line: UTF-8 text with control characters escaped, or hex bytes.
QString payloadForDisplay(const QByteArray &payload, bool textual);

// The request or response header, one line each, prefixed with the arrow; credentials
// (token-like query values, Authorization, Cookie, Set-Cookie) redacted unless reveal.
QStringList formatHandshake(Direction direction, const QByteArray &rawHeader, bool reveal);

// One header's value with its credential redacted (Authorization after the scheme, cookie
// values); other headers unchanged.
QString redactHeaderValue(const QString &name, const QString &value);

// Lines explaining how Sec-WebSocket-Accept follows from Sec-WebSocket-Key, ending with
// whether the server's value matches.
QStringList acceptCheck(const QByteArray &key, const QByteArray &received);

// A first-message auth payload ({"type":"auth","token":…}) with the token redacted; other
// payloads unchanged.
QByteArray redactAuthMessage(const QByteArray &payload);

} // namespace SocketScope::Xray
