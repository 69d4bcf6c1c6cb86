#pragma once

// WebSocket frames as RFC 6455 §5.2 lays them out, for the X-ray client: every header field kept,
// so that a teacher can point at FIN, RSV, opcode, MASK, the key and the length of each frame.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace SocketScope::Xray {

namespace Op {
inline constexpr quint8 Continuation = 0x0;
inline constexpr quint8 Text = 0x1;
inline constexpr quint8 Binary = 0x2;
inline constexpr quint8 Close = 0x8;
inline constexpr quint8 Ping = 0x9;
inline constexpr quint8 Pong = 0xA;
} // namespace Op

struct Frame
{
    bool fin = true;
    quint8 rsv = 0; // RSV1 RSV2 RSV3 as the three low bits, RSV1 highest
    quint8 opcode = Op::Text;
    bool masked = false;
    quint32 maskKey = 0;
    QByteArray payload; // unmasked
    QByteArray header;  // the header bytes as they went over the wire (filled by encode/read)
};

// "cont", "text", "binary", "close", "ping", "pong", or "reserved(0x3)".
QString opcodeName(quint8 opcode);
bool isControl(quint8 opcode);

// The frame's bytes on the wire (payload masked with maskKey when masked); fills frame.header.
QByteArray encodeFrame(Frame &frame);

// Reads frames from any split of the byte stream. Frames come out whole and unmasked.
class FrameReader
{
public:
    explicit FrameReader(qint64 maxPayload = qint64(64) * 1024 * 1024);
    // Appends bytes and returns the frames completed by them, in order. After an error, nothing.
    QList<Frame> feed(QByteArrayView bytes);
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qint64 m_maxPayload;
    QString m_error;
};

struct ClosePayload
{
    std::optional<quint16> code; // none for an empty payload
    QByteArray reason;
    bool malformed = false;       // a 1-byte payload
};
ClosePayload parseClosePayload(const QByteArray &payload);
QByteArray closePayload(quint16 code, const QByteArray &reason);

// base64(SHA-1(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")), RFC 6455 §4.2.2.
QByteArray acceptFor(QByteArrayView key);
inline constexpr char WebSocketGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

} // namespace SocketScope::Xray
