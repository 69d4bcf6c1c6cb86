#pragma once

#include "net/frameparser.h"

#include <QByteArray>
#include <QByteArrayView>

namespace SocketScope::Wire {

// A final, unmasked frame as a server sends it (RFC 6455 §5.2).
QByteArray serverFrame(Opcode opcode, QByteArrayView payload);
// A Close frame with `code` and a reason cut to 123 bytes on a UTF-8 boundary.
QByteArray closeFrame(int code, QByteArrayView reasonUtf8);

} // namespace SocketScope::Wire
