#pragma once

#include "net/utf8validator.h"

#include <QByteArray>
#include <QtGlobal>

namespace SocketScope::Wire {

enum class Opcode : quint8 { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

// The receive half of RFC 6455 for a server: client frames in, complete messages and control
// frames out. Incremental (bytes may be split anywhere across calls), one pass over each byte:
// the header is checked as soon as it is complete, the payload is unmasked and, for text,
// UTF-8-checked as it arrives, so a bad frame is refused before the rest of it is read.
class FrameParser
{
public:
    class Handler
    {
    public:
        virtual ~Handler() = default;
        // A complete text (valid UTF-8) or binary message. The payload may be moved from.
        virtual void wireMessage(Opcode opcode, QByteArray &payload) = 0;
        virtual void wirePing(const QByteArray &payload) = 0;
        virtual void wirePong(const QByteArray &payload) = 0;
        // A valid Close frame; code 1005 when it had no payload. The parser stops after it.
        virtual void wireClose(int code, const QByteArray &reasonUtf8) = 0;
        // The peer broke the protocol; `reason` is the server's own English text. The parser
        // stops after it.
        virtual void wireFailure(int code, const char *reason) = 0;
    };

    explicit FrameParser(quint64 maxMessageSize = 64 * 1024)
        : m_maxMessage(maxMessageSize)
    {
    }
    void setMaxMessageSize(quint64 bytes) { m_maxMessage = bytes; }

    // Parses up to `n` bytes and returns how many were used: all of them, unless the handler
    // called stop() or the parser stopped on a Close or a failure.
    qsizetype feed(const char *data, qsizetype n, Handler &h);
    // Makes feed() return after the current frame; the parser accepts nothing more.
    void stop() { m_stopped = true; }
    bool stopped() const { return m_stopped; }
    // After a message over the size limit (1009) the stream is still well framed: the parser
    // skips the rest of it and any later data frames, and reports only the peer's Close, so
    // that the closing handshake completes (a browser then reports wasClean).
    bool draining() const { return m_draining; }
    // No frame is half read (a capture may start here).
    bool atFrameBoundary() const { return m_headerHave == 0 && !m_inPayload; }
    // Bytes held for a message not yet complete (for accounting).
    qsizetype bufferedBytes() const { return m_message.size(); }

private:
    void fail(Handler &h, int code, const char *reason);
    bool startFrame(Handler &h);   // header complete: check it
    void endFrame(Handler &h);     // payload complete

    quint64 m_maxMessage;
    bool m_stopped = false;
    bool m_draining = false;

    // Current frame
    uchar m_header[14];
    int m_headerHave = 0;
    bool m_inPayload = false;
    bool m_fin = false;
    Opcode m_opcode = Opcode::Continuation;
    quint64 m_remaining = 0;
    uchar m_mask[4] = {};
    int m_maskPos = 0;
    QByteArray m_control;

    // Current (possibly fragmented) data message
    bool m_inMessage = false;
    Opcode m_messageOpcode = Opcode::Text;
    QByteArray m_message;
    Utf8Validator m_utf8;
};

// Unmasks (or masks) `n` bytes in place, continuing at `pos` of the 4-byte key; returns the
// position after them.
int applyMask(char *data, qsizetype n, const uchar key[4], int pos);

} // namespace SocketScope::Wire
