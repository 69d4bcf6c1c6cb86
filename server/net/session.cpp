#include "net/session.h"

#include "net/frames.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>
#include <QtEndian>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <unistd.h>

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
    return textFrame(utf8, {});
}

QByteArray textFrame(QByteArrayView head, QByteArrayView tail)
{
    const qsizetype n = head.size() + tail.size();
    const int lengthBytes = n < 126 ? 0 : n <= 0xffff ? 2 : 8;
    QByteArray frame(2 + lengthBytes + n, Qt::Uninitialized);
    char *p = frame.data();
    *p++ = char(0x81);   // FIN, text
    if (lengthBytes == 0) {
        *p++ = char(n);
    } else if (lengthBytes == 2) {
        *p++ = char(126);
        *p++ = char(n >> 8);
        *p++ = char(n & 0xff);
    } else {
        *p++ = char(127);
        for (int shift = 56; shift >= 0; shift -= 8)
            *p++ = char((quint64(n) >> shift) & 0xff);
    }
    if (!head.isEmpty())
        std::memcpy(p, head.data(), size_t(head.size()));
    if (!tail.isEmpty())
        std::memcpy(p + head.size(), tail.data(), size_t(tail.size()));
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
    if (m_dispatcher)
        m_dispatcher->clearReadHook(m_fd, this);
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
thread_local char t_readBuffer[ReadChunk];
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
    // Plain TCP only: with TLS the bytes on the socket are not the frames.
    if (!m_ssl) {
        m_dispatcher = qobject_cast<EpollEventDispatcher *>(tcp->thread()->eventDispatcher());
        m_fd = tcp->socketDescriptor();
        if (m_fd < 0)
            m_dispatcher = nullptr;
        installReadHook();
    }
}

void Session::installReadHook()
{
    if (m_dispatcher && m_tcp && m_tcp->state() == QAbstractSocket::ConnectedState && m_tcp->socketDescriptor() == m_fd)
        m_dispatcher->setReadHook(m_fd, this);
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
    while (m_tcp && !m_readPaused) {
        const qint64 n = m_tcp->read(t_readBuffer, ReadChunk);
        if (n <= 0)
            break;
        consume(t_readBuffer, n);
    }
}

// The dispatcher's read hook: one read() straight into the parser's input, where Qt's socket
// would ask the kernel how much there is (ioctl), copy it into its buffer, emit readyRead and
// copy it out again.
bool Session::readable()
{
    if (!m_tcp || m_readPaused)
        return false;   // Qt's socket reads (one byte, then it stops: see pauseReading())
    // Bytes Qt's socket holds (from before the session took over, or while it was paused) come
    // first.
    if (m_tcp->bytesAvailable() > 0) {
        onReadyRead();
        if (!m_tcp || m_readPaused)
            return true;
    }
    ssize_t n;
    do {
        n = ::read(int(m_fd), t_readBuffer, size_t(ReadChunk));
    } while (n < 0 && errno == EINTR);
    if (n > 0) {
        consume(t_readBuffer, n);
        return true;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return true;
    // The end of the stream or an error: Qt's socket reads too, finds the same (it treats a
    // reset as the end) and winds the connection down as usual.
    return false;
}

void Session::consume(const char *data, qint64 n)
{
    // Before parsing, so that a frame comes before the answers to it; not after a Close or
    // a failure, when the rest is dropped unread (the capture must not buffer it either).
    if (m_capture && !m_parser.stopped())
        m_capture->clientBytes(QByteArrayView(data, n), m_parser.atFrameBoundary(), QDateTime::currentMSecsSinceEpoch());
    // After a Close or a failure the rest is read and dropped, so that it does not pile
    // up in the socket's buffer while the connection winds down.
    if (!m_parser.stopped())
        m_parser.feed(data, qsizetype(n), *this);
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
    // The hook goes with the fd's last notifier, which a pause may have turned off.
    installReadHook();
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
        disconnectTcp();
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
    disconnectTcp();
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
        disconnectTcp();
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
    disconnectTcp();
}

void Session::disconnectTcp()
{
    if (!m_tcp)
        return;
    writeHeld();
    m_tcp->disconnectFromHost();
}

qint64 Session::socketPending() const
{
    if (!m_tcp)
        return 0;
    qint64 n = m_tcp->bytesToWrite() + m_held.size();
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
            writeOut(frame, true);
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
        writeOut(m_out.front(), m_flushing);
        m_out.pop_front();
        moved = true;
    }
    if (m_out.empty())
        QObject::disconnect(m_drain);
    if (moved && m_listener)
        m_listener->sessionDrained(*this);
}

// `mayHold`: the caller makes sure flush() runs (the Server schedules it after every send).
void Session::writeOut(const QByteArray &frame, bool mayHold)
{
    if (m_dispatcher && (!m_held.isEmpty() || (mayHold && m_tcp->bytesToWrite() == 0)))
        m_held.append(frame);
    else
        m_tcp->write(frame);
}

// Held frames to the kernel now, with one send(); what it does not take goes to m_tcp, which
// writes it when the socket is writable again (and emits bytesWritten, which drives pump()).
void Session::writeHeld()
{
    if (!m_dispatcher || !m_tcp || m_tcp->state() != QAbstractSocket::ConnectedState)
        return;
    m_flushing = true;
    while (!m_held.isEmpty()) {
        ssize_t sent;
        do {
            sent = ::send(int(m_fd), m_held.constData(), size_t(m_held.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        } while (sent < 0 && errno == EINTR);
        // On an error Qt's socket gets the bytes, meets the same error and reports it.
        const qsizetype done = sent > 0 ? qsizetype(sent) : 0;
        if (done < m_held.size()) {
            m_tcp->write(m_held.constData() + done, m_held.size() - done);
            m_held.clear();
            break;
        }
        // Released, not kept: the next frame is then shared rather than copied into it (one
        // broadcast frame for all recipients), and an idle connection holds no buffer.
        m_held.clear();
        if (m_out.empty())
            break;
        // The kernel took everything: frames waiting in the backlog follow (into m_held).
        pump();
    }
    m_flushing = false;
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
    writeHeld();
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
        disconnectTcp();
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
    writeHeld();
    // With TLS, flush() also pushes the encrypted bytes that bytesToWrite() does not count.
    if (m_tcp && m_tcp->state() == QAbstractSocket::ConnectedState && (!m_dispatcher || m_tcp->bytesToWrite() > 0))
        m_tcp->flush();
}

qint64 Session::pendingBytes() const
{
    return socketPending() + m_outBytes;
}

} // namespace SocketScope
