#pragma once

#include "net/epolldispatcher.h"
#include "net/framecapture.h"
#include "net/frameparser.h"
#include "routing.h"
#include "monitor/snapshot.h"
#include "store/store.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <memory>
#include <utility>
#include <vector>

class QSslSocket;
class QTcpSocket;
class QWebSocket;

namespace SocketScope {

// Ids of the sessions whose ConnectionInfo changed since the last snapshot: the dashboard gets
// only those (plus closed ids), so that its cost follows the traffic, not the number of
// connections. Recorded only while snapshots are on.
struct ChangeLog
{
    bool enabled = false;
    std::vector<quint64> ids;
};

class Session;

// What a session reports to its server. Plain virtual calls: one Qt signal (the socket's
// readyRead) per read, however many frames it holds.
class SessionListener
{
public:
    virtual ~SessionListener() = default;
    // A complete text (valid UTF-8) or binary message from the peer.
    virtual void sessionMessage(Session &s, Wire::Opcode opcode, QByteArray &payload) = 0;
    virtual void sessionPong(Session &s, const QByteArray &payload) = 0;
    // The peer started the closing handshake (already answered with the same code).
    virtual void sessionPeerClosed(Session &s) = 0;
    // The peer's Close arrived while messages it sent before are still waiting (for the auth
    // answer): true holds the answer until the server calls answerHeldClose().
    virtual bool sessionHoldsClose(Session &s) = 0;
    // The peer broke RFC 6455; the session has already sent its Close frame.
    virtual void sessionFailed(Session &s) = 0;
    // The session queued a frame by itself (a pong): flush it and check its backlog.
    virtual void sessionQueued(Session &s) = 0;
    // Queued frames went to the socket: the backlog shrank.
    virtual void sessionDrained(Session &s) = 0;
    virtual void sessionDisconnected(Session &s) = 0;
};

// One per WebSocket. QWebSocketServer did the opening handshake; from then on the session reads
// and writes frames on the TCP (or TLS) socket itself (docs/architecture.md, "The wire"). It
// owns that socket and the QWebSocket left from the handshake; the Server owns the sessions.
class Session : public QObject, private Wire::FrameParser::Handler, private EpollEventDispatcher::ReadHook
{
    Q_OBJECT
public:
    enum class State : quint8 { AwaitingAuth, Open, Closing };

    Session(quint64 id, QWebSocket *socket, QObject *parent = nullptr);
    ~Session() override;

    quint64 id() const { return m_id; }
    QWebSocket *socket() const { return m_socket; }

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }

    const Route &route() const { return m_route; }
    void setRoute(const Route &r)
    {
        m_route = r;
        markChanged();
    }

    bool hasUser() const { return m_user.id >= 0 && !m_user.name.isEmpty(); }
    const User &user() const { return m_user; }
    AuthMethod authMethod() const { return m_authMethod; }
    void setUser(const User &u, AuthMethod m);

    // Takes over the receive path of `tcp` (the socket under socket()): QWebSocket stops
    // reading it, and frames go through this session's parser.
    void attach(QTcpSocket *tcp, SessionListener *listener, quint64 maxMessageSize);
    // Bytes that arrived with the handshake, parsed as if just read.
    void feed(const QByteArray &bytes);

    // Sends a text frame (counted). Returns false when the session is not open for writing.
    bool sendText(const QString &text);
    // Sends an already encoded server frame (see textFrame()); `payloadBytes` is for counting.
    bool sendFrame(const QByteArray &frame, qint64 payloadBytes);
    bool sendBinary(const QByteArray &data);
    // A heartbeat ping carrying `stamp`; its pong is recognised by lastPingPayload().
    void sendPing(qint64 stamp);
    const QByteArray &lastPingPayload() const { return m_pingPayload; }
    // Writes what was queued to the kernel now (see Server::scheduleFlush()).
    void flush();
    bool flushPending = false;
    // Starts the closing handshake: a Close frame, then the peer's Close is awaited (the Server
    // aborts at closeDeadline). `aheadOfBacklog` drops the frames not yet handed to the socket,
    // so that the Close is the next frame after the one being written.
    void close(int code, const QString &reason, bool aheadOfBacklog = false);
    void abort();
    // Answers a Close that sessionHoldsClose() held, now that the messages before it are done.
    void answerHeldClose();
    bool closeHeld() const { return m_closeHeld; }

    // Unsent bytes: in the socket's buffer plus queued here.
    qint64 pendingBytes() const;
    // Queued beyond what the socket holds (at most the frame being written, or 64 KiB): what
    // --slow-consumer-bytes caps.
    qint64 backlogBytes() const { return m_outBytes; }
    // While over the cap, the session leaves the peer's bytes in the kernel (TCP pushes back).
    void pauseReading();
    void resumeReading();
    bool readingPaused() const { return m_readPaused; }
    qint64 slowSinceMs = 0;   // when the backlog went over the cap; 0 when it is not

    // The peer's Close (when it sent one first), and whether the connection failed on its data.
    int peerCloseCode = 0;
    QString peerCloseReason;
    int failureCode = 0;
    QString failureReason;


    void countIn(qint64 bytes, qint64 nowWallMs)
    {
        markChanged();
        ++m_info.messagesIn;
        m_info.bytesIn += quint64(bytes);
        m_info.lastActivityMs = nowWallMs;
    }

    // Connection facts for snapshots; the Server fills most of it. Non-const access counts as a
    // change (see ChangeLog).
    ConnectionInfo &info()
    {
        markChanged();
        return m_info;
    }
    const ConnectionInfo &info() const { return m_info; }
    void setChangeLog(ChangeLog *log) { m_changeLog = log; }
    void markChanged()
    {
        if (m_changed)
            return;
        m_changed = true;
        if (m_changeLog && m_changeLog->enabled)
            m_changeLog->ids.push_back(m_id);
    }
    bool takeChanged() { return std::exchange(m_changed, false); }
    qint64 reportedPendingBytes = 0;   // in the last snapshot

    // Heartbeat bookkeeping (driven by the Server's one heartbeat timer).
    int missedPongs = 0;
    // Deadlines in the Server's monotonic clock (ms); 0 when not armed.
    qint64 authDeadline = 0;
    qint64 closeDeadline = 0;
    int closeCode = 0;
    QString closeReason;
    bool closedByServer = false;
    bool peerSentClose = false;
    bool closeSent = false;
    bool everOpen = false;
    quint8 credentialKind = 0;      // Authenticator::Outcome::Credential
    QByteArray credentialHash;
    bool kicked = false;
    qint64 jwtExpiresAt = 0;
    // The request's header fields as received, "Name: value\r\n" each, credentials redacted
    // (for the inspector). One allocation: it is kept for every connection.
    QByteArray handshakeFields;
    // Rooms an admin made this connection join, beside its endpoint's own.
    QStringList adminRooms;

    // Frame capture for the connection inspector: null while off, so that it costs one
    // pointer test per read and per queued frame.
    FrameCapture *capture() const { return m_capture.get(); }
    // frames > 0 turns capture on (or resizes it), 0 turns it off and drops what was captured.
    void setCapture(int frames);

    void setState(State s) { m_state = s; }

private:
    void wireMessage(Wire::Opcode opcode, QByteArray &payload) override;
    void wirePing(const QByteArray &payload) override;
    void wirePong(const QByteArray &payload) override;
    void wireClose(int code, const QByteArray &reasonUtf8) override;
    void wireFailure(int code, const char *reason) override;

    void onReadyRead();
    bool readable() override;
    void consume(const char *data, qint64 n);
    void installReadHook();
    bool queue(const QByteArray &frame);
    void writeOut(const QByteArray &frame, bool mayHold);
    void writeHeld();
    void disconnectTcp();
    void pump();
    qint64 socketPending() const;
    void sendClose(int code, const QString &reason, bool aheadOfBacklog);
    void answerPeerClose();

    void countOut(qint64 bytes)
    {
        markChanged();
        ++m_info.messagesOut;
        m_info.bytesOut += quint64(qMax<qint64>(0, bytes));
    }

    quint64 m_id;
    QWebSocket *m_socket;
    QPointer<QTcpSocket> m_tcp;   // owned; the transport under m_socket
    QSslSocket *m_ssl = nullptr;   // m_tcp, when it is TLS
    SessionListener *m_listener = nullptr;
    Wire::FrameParser m_parser;
    // Plain TCP on the epoll dispatcher: the session reads the socket itself when it is readable,
    // and the frames of a pass wait in m_held and go to the kernel in one send() at flush()
    // (docs/architecture.md, "The wire"). Whatever the kernel does not take goes to m_tcp.
    EpollEventDispatcher *m_dispatcher = nullptr;
    qintptr m_fd = -1;
    QByteArray m_held;   // only while m_tcp's write buffer is empty
    bool m_flushing = false;
    std::deque<QByteArray> m_out;   // frames not yet handed to m_tcp
    qint64 m_outBytes = 0;
    QMetaObject::Connection m_drain;   // m_tcp's bytesWritten, while m_out is not empty
    bool m_readPaused = false;
    bool m_closeHeld = false;
    QByteArray m_pingPayload;
    State m_state = State::AwaitingAuth;
    Route m_route;
    User m_user{-1, {}, {}};
    AuthMethod m_authMethod = AuthMethod::None;
    ConnectionInfo m_info;
    ChangeLog *m_changeLog = nullptr;
    bool m_changed = false;
    std::unique_ptr<FrameCapture> m_capture;
};

// An unmasked, final text frame (RFC 6455 §5.2) carrying `utf8`, as a server sends it.
QByteArray textFrame(QByteArrayView utf8);
// The same for the payload `head` followed by `tail`, in one allocation.
QByteArray textFrame(QByteArrayView head, QByteArrayView tail);

// UTF-8 length of a UTF-16 string without converting it.
qsizetype utf8Length(QStringView s);

} // namespace SocketScope
