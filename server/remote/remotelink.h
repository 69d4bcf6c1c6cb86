#pragma once

#include "admin/admincommand.h"
#include "monitor/snapshot.h"

#include <QObject>

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <deque>

class QWebSocket;

namespace SocketScope {

enum class LinkState : quint8 {
    Detached,     // attach() not called, or detach()
    Connecting,   // opening /ws/admin, waiting for the greeting
    Attached,     // greeted and watching
    Lost,         // the link went away; the next try is at retryAtMs
    Refused,      // closed with 1008 or the certificate is not trusted: no retry
};

// Everything the window shows about the link, sent as one value on every change.
struct LinkStatus
{
    LinkState state = LinkState::Detached;
    QString userName;        // from the greeting
    QString lastError;       // close code and reason, socket error, or TLS errors
    int lastCloseCode = 0;
    qint64 retryAtMs = 0;    // Lost: wall clock of the next try
    QSslCertificate rejectedCert;
    QList<QSslError> rejectedErrors;
};

// A running SocketScope server watched over its /ws/admin endpoint (SPEC §8): opens it with the
// admin token (Authorization: Bearer), sends `watch`, decodes the snapshot messages into the
// same ServerSnapshot values the embedded server publishes, and sends admin commands as their
// JSON (SPEC §4). A lost link is retried with backoff (1, 2, 4 … 30 s); a 1008 close (token
// revoked or not an admin) and a certificate that is not trusted stop it. Lives in RemoteHost's
// thread: the GUI thread never touches the socket or parses a snapshot.
class RemoteLink : public QObject
{
    Q_OBJECT
public:
    explicit RemoteLink(QObject *parent = nullptr);
    ~RemoteLink() override;

    // Opens `url` (ws:// or wss://, the /ws/admin path) with `token`; closes a previous link first.
    void attach(const QUrl &url, const QString &token);
    // Closes the link (1000) and stops retrying.
    void detach();

    // `id` is the request id adminResult() echoes (RemoteHost hands them out).
    void execute(const AdminCommand &command, quint64 id);
    // Watching is what a remote host is for; turning it off sends `unwatch`.
    void setSnapshotsEnabled(bool enabled);
    void setRateHz(int hz) { m_rateHz = hz; }

    // SHA-256 digests of certificates accepted although their verification failed.
    void setTrustedFingerprints(const QSet<QByteArray> &sha256) { m_trusted = sha256; }
    static QByteArray fingerprint(const QSslCertificate &cert);

    // "host:9000", "wss://host:9000" or a full URL: the ws:// or wss:// URL of /ws/admin on it
    // (path /ws/admin when none is given); an invalid URL and *error otherwise.
    static QUrl adminUrl(const QString &text, QString *error = nullptr);
    // A link that does not finish its handshake and greeting within `connectMs`, or that answers
    // nothing (no pong, no message) for `silenceMs` while attached, is given up and retried:
    // Qt 6.4's QWebSocket has no handshake timeout, and a vanished server sends no close.
    void setLinkTimeouts(int connectMs, int silenceMs);
    // Backoff before try n (0-based) after a loss: 1, 2, 4, 8, 16, 30, 30 … seconds.
    static int backoffMs(int attempt);

Q_SIGNALS:
    void snapshotReady(const SocketScope::ServerSnapshot &snapshot);
    void adminResult(const SocketScope::AdminResult &result);
    void statusChanged(const SocketScope::LinkStatus &status);

private:
    void open();
    void setState(LinkState s);
    void publish();
    void onText(const QString &text);
    void onGreeting(const QJsonObject &o);
    void onAnswer(const QByteArray &raw, const QJsonObject &o);
    void onDisconnected();
    void onSslErrors(const QList<QSslError> &errors);
    void failPending(const QString &why);
    void checkLiveness();
    void postResult(AdminResult r);

    struct Pending
    {
        quint64 id;
        AdminCommand::Type type;
    };

    QPointer<QWebSocket> m_socket;
    QUrl m_url;
    QString m_token;
    LinkState m_state = LinkState::Detached;
    QString m_userName;
    QString m_lastError;
    int m_lastCloseCode = 0;
    int m_attempt = 0;
    int m_rateHz = 4;
    bool m_watching = true;
    QTimer m_retry;
    QTimer m_liveness;
    int m_connectTimeoutMs = 10'000;
    int m_silenceTimeoutMs = 20'000;
    qint64 m_openedAtMs = 0;
    qint64 m_lastLifeMs = 0;   // last pong or message from the server
    qint64 m_retryAtMs = 0;
    QSet<QByteArray> m_trusted;
    QSslCertificate m_rejectedCert;
    QList<QSslError> m_rejectedErrors;
    std::deque<Pending> m_pending;   // in the order sent
    // Deltas carry rooms and topics only when they changed: the last ones seen.
    QString m_node;   // the attached node's name, from its first snapshot
    QMap<QString, RemoteNodeRows> m_remoteRows;   // other nodes, waiting for the attached node's next snapshot
    // The Nodes view: every node seen in the stream, with what it said last.
    struct SeenNode
    {
        NodeInfo info;
        quint64 messages = 0;   // in + out at timeMs, for the rate
        qint64 timeMs = 0;
    };
    QMap<QString, SeenNode> m_seenNodes;
    void noteNode(const QString &name, const ServerSnapshot &s, bool self);
    QList<RoomInfo> m_rooms;
    QList<TopicInfo> m_topics;
};

} // namespace SocketScope

Q_DECLARE_METATYPE(SocketScope::LinkStatus)
