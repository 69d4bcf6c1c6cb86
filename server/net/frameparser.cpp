#include "net/frameparser.h"

#include "net/wirerules.h"

#include <cstring>

namespace SocketScope::Wire {

namespace {
constexpr int Rsv = 0x70;
bool isControl(Opcode op)
{
    return quint8(op) & 0x8;
}
bool isKnown(quint8 op)
{
    return op <= 0x2 || (op >= 0x8 && op <= 0xA);
}
} // namespace

int applyMask(char *data, qsizetype n, const uchar key[4], int pos)
{
    qsizetype i = 0;
    while (i < n && pos != 0) {
        data[i++] ^= char(key[pos]);
        pos = (pos + 1) & 3;
    }
    if (n - i >= 8) {
        quint32 k32;
        const uchar rotated[4] = {key[pos], key[(pos + 1) & 3], key[(pos + 2) & 3], key[(pos + 3) & 3]};
        std::memcpy(&k32, rotated, 4);
        const quint64 k64 = (quint64(k32) << 32) | k32;
        for (; n - i >= 8; i += 8) {
            quint64 w;
            std::memcpy(&w, data + i, 8);
            w ^= k64;
            std::memcpy(data + i, &w, 8);
        }
    }
    while (i < n) {
        data[i++] ^= char(key[pos]);
        pos = (pos + 1) & 3;
    }
    return pos;
}

void FrameParser::fail(Handler &h, int code, const char *reason)
{
    m_stopped = true;
    m_message.clear();
    m_control.clear();
    h.wireFailure(code, reason);
}

bool FrameParser::startFrame(Handler &h)
{
    const uchar b0 = m_header[0];
    const uchar b1 = m_header[1];
    m_fin = b0 & 0x80;
    const quint8 op = b0 & 0x0f;
    if (b0 & Rsv) {
        fail(h, 1002, "Reserved bits set without a negotiated extension");
        return false;
    }
    if (!isKnown(op)) {
        fail(h, 1002, "Reserved opcode");
        return false;
    }
    if (!(b1 & 0x80)) {
        fail(h, 1002, "Client frame not masked");
        return false;
    }
    m_opcode = Opcode(op);
    quint64 len = b1 & 0x7f;
    int at = 2;
    if (len == 126) {
        len = (quint64(m_header[2]) << 8) | m_header[3];
        at = 4;
    } else if (len == 127) {
        len = 0;
        for (int i = 0; i < 8; ++i)
            len = (len << 8) | m_header[2 + i];
        at = 10;
        if (len >> 63) {
            fail(h, 1002, "Invalid frame length");
            return false;
        }
    }
    std::memcpy(m_mask, m_header + at, 4);
    m_maskPos = 0;
    m_remaining = len;

    if (isControl(m_opcode)) {
        if (!m_fin) {
            fail(h, 1002, "Fragmented control frame");
            return false;
        }
        if (len > quint64(MaxControlPayload)) {
            fail(h, 1002, "Control frame over 125 bytes");
            return false;
        }
        m_control.resize(0);
        return true;
    }
    if (m_draining)
        return true;   // data frames are skipped unchecked; only a Close matters now
    if (m_opcode == Opcode::Continuation) {
        if (!m_inMessage) {
            fail(h, 1002, "Continuation frame without a message to continue");
            return false;
        }
    } else {
        if (m_inMessage) {
            fail(h, 1002, "New message inside a fragmented message");
            return false;
        }
        m_inMessage = true;
        m_messageOpcode = m_opcode;
        m_message.resize(0);
        m_utf8.reset();
    }
    // Refused on the header, before any of the payload is held.
    if (len > m_maxMessage || quint64(m_message.size()) + len > m_maxMessage) {
        m_message.clear();
        m_inMessage = false;
        m_draining = true;
        h.wireFailure(1009, "Message too big");
        return !m_stopped;
    }
    return true;
}

void FrameParser::endFrame(Handler &h)
{
    m_inPayload = false;
    m_headerHave = 0;
    if (m_draining && m_opcode != Opcode::Close)
        return;
    switch (m_opcode) {
    case Opcode::Ping:
        h.wirePing(m_control);
        return;
    case Opcode::Pong:
        h.wirePong(m_control);
        return;
    case Opcode::Close: {
        const qsizetype n = m_control.size();
        if (n == 0) {
            m_stopped = true;
            h.wireClose(1005, {});
            return;
        }
        if (n == 1) {
            fail(h, 1002, "Close frame with a one-byte payload");
            return;
        }
        const int code = (quint8(m_control[0]) << 8) | quint8(m_control[1]);
        if (!isValidPeerCloseCode(code)) {
            fail(h, 1002, "Invalid close code");
            return;
        }
        const QByteArray reason = m_control.mid(2);
        if (!Utf8Validator::isValid(reason)) {
            fail(h, 1002, "Invalid UTF-8 in close reason");
            return;
        }
        m_stopped = true;
        h.wireClose(code, reason);
        return;
    }
    default:
        break;
    }
    if (!m_fin)
        return;
    if (m_messageOpcode == Opcode::Text && !m_utf8.atBoundary()) {
        fail(h, 1007, "Invalid UTF-8 in text message");
        return;
    }
    m_inMessage = false;
    h.wireMessage(m_messageOpcode, m_message);
    m_message.resize(0);
}

qsizetype FrameParser::feed(const char *data, qsizetype n, Handler &h)
{
    const char *p = data;
    const char *const end = data + n;
    while (!m_stopped) {
        if (!m_inPayload) {
            if (p == end)
                break;
            // Header: 2 bytes, then 0/2/8 length bytes and the 4-byte mask key.
            if (m_headerHave < 2) {
                const qsizetype take = qMin<qsizetype>(2 - m_headerHave, end - p);
                std::memcpy(m_header + m_headerHave, p, size_t(take));
                m_headerHave += int(take);
                p += take;
                if (m_headerHave < 2)
                    break;
                // Checked before the rest of the header arrives, so that a client cannot
                // hold a bad frame open.
                if ((m_header[0] & Rsv) || !isKnown(m_header[0] & 0x0f) || !(m_header[1] & 0x80)) {
                    startFrame(h);
                    break;
                }
            }
            const int lenCode = m_header[1] & 0x7f;
            const int need = 2 + (lenCode == 126 ? 2 : lenCode == 127 ? 8 : 0) + 4;
            const qsizetype take = qMin<qsizetype>(need - m_headerHave, end - p);
            std::memcpy(m_header + m_headerHave, p, size_t(take));
            m_headerHave += int(take);
            p += take;
            if (m_headerHave < need)
                break;
            if (!startFrame(h))
                break;
            m_inPayload = true;
            if (m_remaining == 0) {
                endFrame(h);
                continue;
            }
        }
        if (p == end)
            break;
        const qsizetype take = qsizetype(qMin<quint64>(m_remaining, quint64(end - p)));
        if (isControl(m_opcode)) {
            const qsizetype at = m_control.size();
            m_control.append(p, take);
            m_maskPos = applyMask(m_control.data() + at, take, m_mask, m_maskPos);
        } else if (m_draining) {
            // skipped: neither kept nor checked
        } else {
            const qsizetype at = m_message.size();
            m_message.append(p, take);
            char *chunk = m_message.data() + at;
            m_maskPos = applyMask(chunk, take, m_mask, m_maskPos);
            if (m_messageOpcode == Opcode::Text && !m_utf8.feed(reinterpret_cast<const uchar *>(chunk), take)) {
                p += take;
                fail(h, 1007, "Invalid UTF-8 in text message");
                break;
            }
        }
        p += take;
        m_remaining -= quint64(take);
        if (m_remaining == 0)
            endFrame(h);
    }
    return p - data;
}

} // namespace SocketScope::Wire
