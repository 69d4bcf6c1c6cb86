#include "net/session.h"

#include "net/frames.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtEndian>

using namespace Qt::StringLiterals;

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

namespace {
// Frames are handed to the socket while its buffer holds less than this; the rest wait in the
// session's queue, where a Close can still overtake them.
constexpr qint64 SocketLowWater = 64 * 1024;
constexpr qint64 ReadChunk = 64 * 1024;
} // namespace

void Session::attach(QTcpSocket *tcp, SessionListener *listener, quint64 maxMessageSize)
{
    m_tcp = tcp;
    m_listener = listener;
    m_parser.setMaxMessageSize(maxMessageSize);
    // QWebSocketPrivate::makeConnections (Qt 6.4) ties the socket's readyRead to its frame
    // reader and passes bytesWritten, aboutToClose, readChannelFinished and errors through,
    // all with the QWebSocket as receiver. Cut those: the session reads and writes frames
    // itself. stateChanged and destroyed stay, so that the QWebSocket knows when the socket is
    // gone and its destructor writes nothing.
    QObject::disconnect(tcp, &QAbstractSocket::readyRead, m_socket, nullptr);
    QObject::disconnect(tcp, &QAbstractSocket::bytesWritten, m_socket, nullptr);
    QObject::disconnect(tcp, &QAbstractSocket::aboutToClose, m_socket, nullptr);
    QObject::disconnect(tcp, &QAbstractSocket::readChannelFinished, m_socket, nullptr);
    QObject::disconnect(tcp, &QAbstractSocket::errorOccurred, m_socket, nullptr);
    m_ssl = qobject_cast<QSslSocket *>(tcp);
    if (m_ssl)
        QObject::disconnect(m_ssl, &QSslSocket::encryptedBytesWritten, m_socket, nullptr);
    // Bounded: with no limit QAbstractSocket copies the whole kernel receive queue (up to
    // tcp_rmem's 6 MiB here) into its own buffer before readyRead, per connection.
    tcp->setReadBufferSize(ReadChunk);
    connect(tcp, &QAbstractSocket::readyRead, this, &Session::onReadyRead);
    connect(tcp, &QAbstractSocket::disconnected, this, [this] {
        if (m_listener)
            m_listener->sessionDisconnected(*this);
    });
}

void Session::feed(const QByteArray &bytes)
{
    if (!bytes.isEmpty() && !m_parser.stopped())
        m_parser.feed(bytes.constData(), bytes.size(), *this);
    if (m_tcp && m_tcp->bytesAvailable() > 0)
        onReadyRead();
}

void Session::setCapture(int frames)
{
    if (frames <= 0)
        m_capture.reset();
    else if (m_capture)
        m_capture->setCapacity(frames);
    else
        m_capture = std::make_unique<FrameCapture>(frames);
}

void Session::onReadyRead()
{
    static thread_local char buffer[ReadChunk];
    while (m_tcp && !m_readPaused) {
        const qint64 n = m_tcp->read(buffer, ReadChunk);
        if (n <= 0)
            break;
        // Before parsing, so that a frame comes before the answers to it; not after a Close or
        // a failure, when the rest is dropped unread (the capture must not buffer it either).
        if (m_capture && !m_parser.stopped())
            m_capture->clientBytes(QByteArrayView(buffer, n), m_parser.atFrameBoundary(), QDateTime::currentMSecsSinceEpoch());
        // After a Close or a failure the rest is read and dropped, so that it does not pile
        // up in the socket's buffer while the connection winds down.
        if (!m_parser.stopped())
            m_parser.feed(buffer, qsizetype(n), *this);
    }
}

void Session::pauseReading()
{
    if (m_readPaused || !m_tcp)
        return;
    m_readPaused = true;
    // A full read buffer turns the socket's read notifier off: the peer's bytes stay in the
    // kernel and TCP's window closes on it.
    m_tcp->setReadBufferSize(1);
}

void Session::resumeReading()
{
    if (!m_readPaused || !m_tcp)
        return;
    m_readPaused = false;
    m_tcp->setReadBufferSize(ReadChunk);
    // What the socket buffered meanwhile gets no new readyRead: read it from the event loop
    // (not here, inside whatever send made room).
    QMetaObject::invokeMethod(this, &Session::onReadyRead, Qt::QueuedConnection);
}

void Session::wireMessage(Wire::Opcode opcode, QByteArray &payload)
{
    if (closeSent || peerSentClose)
        return;   // the closing handshake has begun: no more messages (RFC 6455 §5.5.1)
    m_listener->sessionMessage(*this, opcode, payload);
}

void Session::wirePing(const QByteArray &payload)
{
    if (closeSent)
        return;
    if (queue(Wire::serverFrame(Wire::Opcode::Pong, payload)))
        m_listener->sessionQueued(*this);
}

void Session::wirePong(const QByteArray &payload)
{
    m_listener->sessionPong(*this, payload);
}

void Session::wireClose(int code, const QByteArray &reasonUtf8)
{
    if (closeSent) {
        // The answer to our Close: the handshake is complete, so the server closes TCP first
        // (RFC 6455 §7.1.1).
        peerSentClose = true;
        if (m_tcp)
            m_tcp->disconnectFromHost();
        return;
    }
    peerSentClose = true;
    peerCloseCode = code;
    peerCloseReason = QString::fromUtf8(reasonUtf8);
    if (m_listener->sessionHoldsClose(*this)) {
        m_closeHeld = true;
        return;
    }
    answerPeerClose();
}

void Session::answerPeerClose()
{
    m_state = State::Closing;
    m_listener->sessionPeerClosed(*this);
    // Answered with the same code (1000 for a Close without one), in the server's words.
    sendClose(peerCloseCode == 1005 ? 1000 : peerCloseCode, u"Close acknowledged"_s, false);
    if (m_tcp)
        m_tcp->disconnectFromHost();
}

void Session::answerHeldClose()
{
    if (!std::exchange(m_closeHeld, false) || closeSent)
        return;
    answerPeerClose();
}

void Session::wireFailure(int code, const char *reason)
{
    if (closeSent) {
        // Garbage after our own Close: nothing more to say.
        if (m_tcp)
            m_tcp->disconnectFromHost();
        return;
    }
    failureCode = code;
    failureReason = QString::fromLatin1(reason);
    m_state = State::Closing;
    closedByServer = true;
    closeCode = code;
    closeReason = failureReason;
    m_listener->sessionFailed(*this);
    sendClose(code, failureReason, false);
    // A message over the size limit leaves the stream well framed: the parser skips the rest
    // and the peer's Close ends it (wireClose), or the Server's close deadline does. Closing
    // TCP now, with the rest of the message unread, would make the kernel answer with a reset
    // that loses even our Close frame (a browser saw 1006 in 46 of 50 tries, bench/wasclean.sh).
    if (m_parser.draining())
        return;
    // _Fail the WebSocket Connection_ (RFC 6455 §7.1.7): after a framing error the stream
    // cannot be trusted, so TCP is closed right after the Close frame.
    if (m_tcp)
        m_tcp->disconnectFromHost();
}

qint64 Session::socketPending() const
{
    if (!m_tcp)
        return 0;
    qint64 n = m_tcp->bytesToWrite();
    if (m_ssl)
        n += m_ssl->encryptedBytesToWrite();
    return n;
}

bool Session::queue(const QByteArray &frame)
{
    if (!m_tcp || m_tcp->state() != QAbstractSocket::ConnectedState)
        return false;
    if (m_capture)
        m_capture->serverFrame(frame, QDateTime::currentMSecsSinceEpoch());
    if (m_out.empty()) {
        const qint64 inSocket = socketPending();
        if (inSocket == 0 || inSocket + frame.size() <= SocketLowWater) {
            m_tcp->write(frame);
            return true;
        }
        // With TLS the plain bytes leave the plain buffer at once and wait encrypted, and only
        // encryptedBytesWritten says when those go.
        m_drain = m_ssl ? connect(m_ssl, &QSslSocket::encryptedBytesWritten, this, &Session::pump)
                        : connect(m_tcp, &QAbstractSocket::bytesWritten, this, &Session::pump);
    }
    m_out.push_back(frame);
    m_outBytes += frame.size();
    return true;
}

void Session::pump()
{
    if (!m_tcp)
        return;
    bool moved = false;
    while (!m_out.empty()) {
        const qint64 inSocket = socketPending();
        if (inSocket != 0 && inSocket + m_out.front().size() > SocketLowWater)
            break;
        m_outBytes -= m_out.front().size();
        m_tcp->write(m_out.front());
        m_out.pop_front();
        moved = true;
    }
    if (m_out.empty())
        QObject::disconnect(m_drain);
    if (moved && m_listener)
        m_listener->sessionDrained(*this);
}

bool Session::sendText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return sendFrame(textFrame(utf8), utf8.size());
}

bool Session::sendFrame(const QByteArray &frame, qint64 payloadBytes)
{
    if (m_state == State::Closing)
        return false;
    if (!queue(frame))
        return false;
    countOut(payloadBytes);
    return true;
}

bool Session::sendBinary(const QByteArray &data)
{
    return sendFrame(Wire::serverFrame(Wire::Opcode::Binary, data), data.size());
}

void Session::sendPing(qint64 stamp)
{
    if (m_state == State::Closing)
        return;
    m_pingPayload.resize(8);
    qToBigEndian(stamp, m_pingPayload.data());
    queue(Wire::serverFrame(Wire::Opcode::Ping, m_pingPayload));
}

void Session::sendClose(int code, const QString &reason, bool aheadOfBacklog)
{
    if (closeSent)
        return;
    closeSent = true;
    if (aheadOfBacklog && !m_out.empty()) {
        m_out.clear();
        m_outBytes = 0;
        QObject::disconnect(m_drain);
    }
    queue(Wire::closeFrame(code, reason.toUtf8()));
    if (m_tcp && m_tcp->state() == QAbstractSocket::ConnectedState)
        m_tcp->flush();
}

void Session::close(int code, const QString &reason, bool aheadOfBacklog)
{
    if (m_state == State::Closing)
        return;
    m_state = State::Closing;
    closeCode = code;
    closeReason = reason;
    closedByServer = true;
    sendClose(code, reason, aheadOfBacklog);
    if (std::exchange(m_closeHeld, false)) {
        // The peer's Close came first and was held: this Close is the answer, nothing follows.
        if (m_tcp)
            m_tcp->disconnectFromHost();
        return;
    }
    // Keep reading: the peer's Close completes the handshake (wireClose). Reading may have been
    // paused for a slow consumer; data frames are ignored from here on, so nothing grows.
    resumeReading();
}

void Session::abort()
{
    if (m_tcp)
        m_tcp->abort();
    else
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
    return socketPending() + m_outBytes;
}

} // namespace SocketScope
