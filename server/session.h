#pragma once

#include "routing.h"
#include "snapshot.h"
#include "store.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>
#include <vector>

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

// One per WebSocket. Owns its QWebSocket and the TCP socket under it; the Server owns the sessions.
class Session : public QObject
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

    // Sends a text frame (counted). Returns false when the session is not open for writing.
    bool sendText(const QString &text);
    // Sends an already encoded server frame (see textFrame()); `payloadBytes` is for counting.
    bool sendFrame(const QByteArray &frame, qint64 payloadBytes);
    // The TCP (or TLS) socket under the QWebSocket, when known: frames written here directly
    // are encoded once for any number of recipients.
    void setTransport(QTcpSocket *tcp);
    // Writes what sendFrame() queued to the kernel now (see Server::scheduleFlush()).
    void flush();
    bool flushPending = false;
    bool sendBinary(const QByteArray &data);
    // Sends a Close frame and starts the TCP shutdown; the Server aborts it if the peer stalls.
    void close(int code, const QString &reason);
    void abort();

    qint64 pendingBytes() const;

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
    bool everOpen = false;
    quint8 credentialKind = 0;      // Authenticator::Outcome::Credential
    QByteArray credentialHash;
    bool kicked = false;

    void setState(State s) { m_state = s; }

private:
    void countOut(qint64 bytes)
    {
        markChanged();
        ++m_info.messagesOut;
        m_info.bytesOut += quint64(qMax<qint64>(0, bytes));
    }

    quint64 m_id;
    QWebSocket *m_socket;
    QPointer<QTcpSocket> m_tcp;   // owned; the transport under m_socket
    State m_state = State::AwaitingAuth;
    Route m_route;
    User m_user{-1, {}, {}};
    AuthMethod m_authMethod = AuthMethod::None;
    ConnectionInfo m_info;
    ChangeLog *m_changeLog = nullptr;
    bool m_changed = false;
};

// An unmasked, final text frame (RFC 6455 §5.2) carrying `utf8`, as a server sends it.
QByteArray textFrame(QByteArrayView utf8);

// UTF-8 length of a UTF-16 string without converting it.
qsizetype utf8Length(QStringView s);

} // namespace SocketScope
