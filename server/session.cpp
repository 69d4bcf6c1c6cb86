#include "session.h"

#include <QTcpSocket>
#include <QWebSocket>

namespace SocketScope {

qsizetype utf8Length(QStringView s)
{
    qsizetype n = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            n += 1;
        else if (u < 0x800)
            n += 2;
        else if (QChar::isSurrogate(u))
            n += 2;   // a pair is 4 bytes
        else
            n += 3;
    }
    return n;
}

QByteArray textFrame(QByteArrayView utf8)
{
    const qsizetype n = utf8.size();
    QByteArray frame;
    frame.reserve(n + 10);
    frame.append(char(0x81));   // FIN, text
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
    frame.append(utf8);
    return frame;
}

Session::Session(quint64 id, QWebSocket *socket, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(socket)
{
    m_info.id = id;
}

Session::~Session()
{
    // Both the QWebSocket and its TCP socket are ours (Server::setUpSession).
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    if (m_tcp)
        m_tcp->deleteLater();
}

void Session::setUser(const User &u, AuthMethod m)
{
    markChanged();
    m_user = u;
    m_authMethod = m;
    m_info.userId = u.id;
    m_info.userName = u.name;
    m_info.role = u.role;
    m_info.authMethod = m;
    m_info.authenticated = true;
}

void Session::setTransport(QTcpSocket *tcp)
{
    m_tcp = tcp;
}

bool Session::sendText(const QString &text)
{
    if (m_state == State::Closing)
        return false;
    if (m_tcp) {
        const QByteArray utf8 = text.toUtf8();
        return sendFrame(textFrame(utf8), utf8.size());
    }
    const qint64 n = m_socket->sendTextMessage(text);
    countOut(n);
    return true;
}

bool Session::sendFrame(const QByteArray &frame, qint64 payloadBytes)
{
    if (m_state == State::Closing)
        return false;
    // QWebSocket writes its own frames (pong, close) to the same socket, always whole and in
    // this thread, so frames never interleave.
    if (!m_tcp || m_tcp->state() != QAbstractSocket::ConnectedState)
        return false;
    m_tcp->write(frame);
    countOut(payloadBytes);
    return true;
}

bool Session::sendBinary(const QByteArray &data)
{
    if (m_state == State::Closing)
        return false;
    const qint64 n = m_socket->sendBinaryMessage(data);
    countOut(n);
    return true;
}

void Session::close(int code, const QString &reason)
{
    if (m_state == State::Closing)
        return;
    m_state = State::Closing;
    closeCode = code;
    closeReason = reason;
    closedByServer = true;
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void Session::abort()
{
    m_socket->abort();
}

void Session::flush()
{
    flushPending = false;
    if (m_tcp && m_tcp->state() == QAbstractSocket::ConnectedState)
        m_tcp->flush();
}

qint64 Session::pendingBytes() const
{
    return m_tcp ? m_tcp->bytesToWrite() : m_socket->bytesToWrite();
}

} // namespace SocketScope
