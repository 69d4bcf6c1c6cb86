#include "wsframe.h"

#include <QCryptographicHash>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace SocketScope::Xray {

QString opcodeName(quint8 opcode)
{
    switch (opcode) {
    case Op::Continuation: return u"cont"_s;
    case Op::Text: return u"text"_s;
    case Op::Binary: return u"binary"_s;
    case Op::Close: return u"close"_s;
    case Op::Ping: return u"ping"_s;
    case Op::Pong: return u"pong"_s;
    default: return u"reserved(0x%1)"_s.arg(uint(opcode), 0, 16);
    }
}

bool isControl(quint8 opcode)
{
    return (opcode & 0x8) != 0;
}

QByteArray encodeFrame(Frame &frame)
{
    QByteArray header;
    header.append(char((frame.fin ? 0x80 : 0) | ((frame.rsv & 0x7) << 4) | (frame.opcode & 0xF)));
    const quint64 len = quint64(frame.payload.size());
    const char maskBit = frame.masked ? char(0x80) : char(0);
    if (len < 126) {
        header.append(char(maskBit | char(len)));
    } else if (len <= 0xFFFF) {
        header.append(char(maskBit | 126));
        char ext[2];
        qToBigEndian(quint16(len), ext);
        header.append(ext, 2);
    } else {
        header.append(char(maskBit | 127));
        char ext[8];
        qToBigEndian(len, ext);
        header.append(ext, 8);
    }
    QByteArray body = frame.payload;
    if (frame.masked) {
        char key[4];
        qToBigEndian(frame.maskKey, key);
        header.append(key, 4);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char(body[i] ^ key[i % 4]);
    }
    frame.header = header;
    return header + body;
}

FrameReader::FrameReader(qint64 maxPayload)
    : m_maxPayload(maxPayload)
{
}

QList<Frame> FrameReader::feed(QByteArrayView bytes)
{
    QList<Frame> out;
    if (hasError())
        return out;
    m_buffer.append(bytes);
    qsizetype pos = 0;
    for (;;) {
        const qsizetype avail = m_buffer.size() - pos;
        if (avail < 2)
            break;
        const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData() + pos);
        const bool masked = (p[1] & 0x80) != 0;
        quint64 len = p[1] & 0x7F;
        qsizetype headerLen = 2;
        if (len == 126) {
            if (avail < 4)
                break;
            len = qFromBigEndian<quint16>(p + 2);
            headerLen = 4;
        } else if (len == 127) {
            if (avail < 10)
                break;
            len = qFromBigEndian<quint64>(p + 2);
            headerLen = 10;
            if (len >> 63) {
                m_error = u"frame length has its most significant bit set"_s;
                return out;
            }
        }
        if (len > quint64(m_maxPayload)) {
            m_error = u"frame of %1 bytes is over the client's limit of %2"_s.arg(len).arg(m_maxPayload);
            return out;
        }
        if (masked)
            headerLen += 4;
        if (avail < headerLen || quint64(avail - headerLen) < len)
            break;
        Frame f;
        f.fin = (p[0] & 0x80) != 0;
        f.rsv = (p[0] >> 4) & 0x7;
        f.opcode = p[0] & 0xF;
        f.masked = masked;
        f.header = m_buffer.mid(pos, headerLen);
        if (masked)
            f.maskKey = qFromBigEndian<quint32>(p + headerLen - 4);
        f.payload = m_buffer.mid(pos + headerLen, qsizetype(len));
        if (masked) {
            const auto *key = p + headerLen - 4;
            for (qsizetype i = 0; i < f.payload.size(); ++i)
                f.payload[i] = char(f.payload[i] ^ key[i % 4]);
        }
        pos += headerLen + qsizetype(len);
        out.append(std::move(f));
    }
    m_buffer.remove(0, pos);
    return out;
}

ClosePayload parseClosePayload(const QByteArray &payload)
{
    ClosePayload c;
    if (payload.isEmpty())
        return c;
    if (payload.size() == 1) {
        c.malformed = true;
        return c;
    }
    c.code = qFromBigEndian<quint16>(payload.constData());
    c.reason = payload.mid(2);
    return c;
}

QByteArray closePayload(quint16 code, const QByteArray &reason)
{
    char be[2];
    qToBigEndian(code, be);
    return QByteArray(be, 2) + reason;
}

QByteArray acceptFor(QByteArrayView key)
{
    return QCryptographicHash::hash(key.toByteArray() + WebSocketGuid, QCryptographicHash::Sha1).toBase64();
}

} // namespace SocketScope::Xray
