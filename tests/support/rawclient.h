#pragma once

// A hand-made WebSocket client on a plain QTcpSocket, for what QWebSocket will not do: invalid
// UTF-8, frames in the handshake's segment, never answering pings, not reading at all.

#include <QByteArray>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <optional>

namespace TestSupport {

struct Frame
{
    int opcode = 0;
    QByteArray payload;
    int closeCode() const
    {
        return payload.size() >= 2 ? (quint8(payload[0]) << 8) | quint8(payload[1]) : -1;
    }
    QByteArray closeReason() const { return payload.mid(2); }
};

inline QByteArray handshakeRequest(const QByteArray &pathAndQuery, quint16 port, const QByteArray &extraHeaders = {})
{
    return "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n"
        + extraHeaders + "\r\n";
}

// A client-to-server frame (masked, as RFC 6455 requires).
inline QByteArray clientFrame(int opcode, const QByteArray &payload, bool fin = true)
{
    QByteArray f;
    f.append(char((fin ? 0x80 : 0) | opcode));
    const qsizetype n = payload.size();
    if (n < 126) {
        f.append(char(0x80 | n));
    } else if (n < 65536) {
        f.append(char(0x80 | 126));
        f.append(char(n >> 8)).append(char(n & 0xff));
    } else {
        f.append(char(0x80 | 127));
        for (int i = 7; i >= 0; --i)
            f.append(char((quint64(n) >> (8 * i)) & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    f.append(key, 4);
    for (qsizetype i = 0; i < n; ++i)
        f.append(char(payload[i] ^ key[i % 4]));
    return f;
}

class RawClient
{
public:
    bool connectTo(quint16 port, int timeoutMs = 5000)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(timeoutMs);
    }

    // Sends the handshake (plus `trailing` bytes in the same write) and reads the 101 response.
    bool handshake(quint16 port, const QByteArray &path, const QByteArray &trailing = {}, const QByteArray &headers = {})
    {
        if (!connectTo(port))
            return false;
        socket.write(handshakeRequest(path, port, headers) + trailing);
        socket.flush();
        if (!QTest::qWaitFor([this] { return buffer().contains("\r\n\r\n") || socket.state() != QAbstractSocket::ConnectedState; }, 5000))
            return false;
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        response = m_buffer.left(end + 4);
        m_buffer.remove(0, end + 4);
        return response.startsWith("HTTP/1.1 101");
    }

    void sendFrame(int opcode, const QByteArray &payload, bool fin = true)
    {
        socket.write(clientFrame(opcode, payload, fin));
        socket.flush();
    }

    // Next complete server frame, or nullopt on timeout / disconnect.
    std::optional<Frame> nextFrame(int timeoutMs = 5000)
    {
        std::optional<Frame> f;
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] {
            buffer();
            f = parse();
            return f.has_value() || socket.state() == QAbstractSocket::UnconnectedState;
        }, timeoutMs);
        if (!f)
            f = parse();
        return f;
    }

    // Skips frames until one with `opcode` arrives.
    std::optional<Frame> nextFrameOf(int opcode, int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto f = nextFrame(int(qMax<qint64>(1, deadline.remainingTime())));
            if (!f)
                return std::nullopt;
            if (f->opcode == opcode)
                return f;
        }
        return std::nullopt;
    }

    bool waitDisconnected(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { buffer(); return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

    const QByteArray &buffer()
    {
        m_buffer += socket.readAll();
        return m_buffer;
    }

    QTcpSocket socket;
    QByteArray response;

private:
    std::optional<Frame> parse()
    {
        if (m_buffer.size() < 2)
            return std::nullopt;
        const quint8 b0 = quint8(m_buffer[0]);
        const quint8 b1 = quint8(m_buffer[1]);
        qsizetype header = 2;
        quint64 len = b1 & 0x7f;
        if (len == 126) {
            if (m_buffer.size() < 4)
                return std::nullopt;
            len = qFromBigEndian<quint16>(m_buffer.constData() + 2);
            header = 4;
        } else if (len == 127) {
            if (m_buffer.size() < 10)
                return std::nullopt;
            len = qFromBigEndian<quint64>(m_buffer.constData() + 2);
            header = 10;
        }
        if (quint64(m_buffer.size()) < header + len)
            return std::nullopt;
        Frame f;
        f.opcode = b0 & 0x0f;
        f.payload = m_buffer.mid(header, qsizetype(len));
        m_buffer.remove(0, header + qsizetype(len));
        return f;
    }

    QByteArray m_buffer;
};

// A plain HTTP GET (/healthz, /metrics) on a connection of its own: the whole response, which
// the server ends by closing. Empty when there was none.
inline QByteArray httpGet(quint16 port, const QByteArray &path)
{
    RawClient c;
    if (!c.connectTo(port))
        return {};
    c.socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    if (!c.waitDisconnected())
        return {};
    return c.buffer();
}

// The same, without the status line and headers.
inline QByteArray httpGetBody(quint16 port, const QByteArray &path)
{
    const QByteArray r = httpGet(port, path);
    return r.mid(r.indexOf("\r\n\r\n") + 4);
}

} // namespace TestSupport
