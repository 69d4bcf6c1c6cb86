#include "session.h"

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

Session::Session(quint64 id, QWebSocket *socket, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(socket)
{
    m_info.id = id;
}

Session::~Session()
{
    // The QWebSocketServer deletes the TCP socket on disconnect; the QWebSocket is ours.
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
}

void Session::setUser(const User &u, AuthMethod m)
{
    m_user = u;
    m_authMethod = m;
    m_info.userId = u.id;
    m_info.userName = u.name;
    m_info.role = u.role;
    m_info.authMethod = m;
    m_info.authenticated = true;
}

bool Session::sendText(const QString &text)
{
    if (m_state == State::Closing)
        return false;
    const qint64 n = m_socket->sendTextMessage(text);
    ++m_info.messagesOut;
    m_info.bytesOut += quint64(qMax<qint64>(0, n));
    return true;
}

bool Session::sendBinary(const QByteArray &data)
{
    if (m_state == State::Closing)
        return false;
    const qint64 n = m_socket->sendBinaryMessage(data);
    ++m_info.messagesOut;
    m_info.bytesOut += quint64(qMax<qint64>(0, n));
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

qint64 Session::pendingBytes() const
{
    return m_socket->bytesToWrite();
}

} // namespace SocketScope
