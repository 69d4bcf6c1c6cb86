#include "net/frames.h"

#include "net/wirerules.h"

namespace SocketScope::Wire {

QByteArray serverFrame(Opcode opcode, QByteArrayView payload)
{
    const qsizetype n = payload.size();
    QByteArray frame;
    frame.reserve(n + 10);
    frame.append(char(0x80 | quint8(opcode)));
    if (n < 126) {
        frame.append(char(n));
    } else if (n <= 0xffff) {
        frame.append(char(126));
        frame.append(char(n >> 8));
        frame.append(char(n & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(n) >> shift) & 0xff));
    }
    frame.append(payload);
    return frame;
}

QByteArray closeFrame(int code, QByteArrayView reasonUtf8)
{
    qsizetype n = qMin<qsizetype>(reasonUtf8.size(), MaxCloseReasonBytes);
    // Never cut inside a code point: back up over continuation bytes.
    if (n < reasonUtf8.size()) {
        while (n > 0 && (quint8(reasonUtf8[n]) & 0xC0) == 0x80)
            --n;
    }
    QByteArray payload;
    payload.reserve(2 + n);
    payload.append(char((code >> 8) & 0xff));
    payload.append(char(code & 0xff));
    payload.append(reasonUtf8.first(n));
    return serverFrame(Opcode::Close, payload);
}

} // namespace SocketScope::Wire
