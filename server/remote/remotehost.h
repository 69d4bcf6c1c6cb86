#pragma once

#include "dashboardhost.h"

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

// A running SocketScope server watched over its /ws/admin endpoint (SPEC §8): opens it with the
// admin token (Authorization: Bearer), sends `watch`, decodes the snapshot messages into the
// same ServerSnapshot values the embedded server publishes, and sends admin commands as their
// JSON (SPEC §4). A lost link is retried with backoff (1, 2, 4 … 30 s); a 1008 close (token
// revoked or not an admin) and a certificate that is not trusted stop it.
class RemoteHost : public DashboardHost
{
    Q_OBJECT
public:
    enum class State : quint8 {
        Detached,     // attach() not called, or detach()
        Connecting,   // opening /ws/admin, waiting for the greeting
        Attached,     // greeted and watching
        Lost,         // the link went away; the next try is at retryInMs()
        Refused,      // closed with 1008 or the certificate is not trusted: no retry
    };
    Q_ENUM(State)

    explicit RemoteHost(QObject *parent = nullptr);
    ~RemoteHost() override;

    // Opens `url` (ws:// or wss://, the /ws/admin path) with `token`; closes a previous link first.
    void attach(const QUrl &url, const QString &token);
    // Closes the link (1000) and stops retrying.
    void detach();

    quint64 execute(const AdminCommand &command) override;
    // Watching is what a remote host is for; turning it off sends `unwatch`.
    void setSnapshotsEnabled(bool enabled) override;
    void setRateHz(int hz) { m_rateHz = hz; }

    // SHA-256 digests of certificates accepted although their verification failed.
    void setTrustedFingerprints(const QSet<QByteArray> &sha256) { m_trusted = sha256; }
    static QByteArray fingerprint(const QSslCertificate &cert);

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    // The admin's user name from the greeting (Attached).
    QString userName() const { return m_userName; }
    // Why the link is not up: the close code and reason, the socket error, or the TLS errors.
    QString lastError() const { return m_lastError; }
    int lastCloseCode() const { return m_lastCloseCode; }
    // Lost: milliseconds until the next try.
    qint64 retryInMs() const;
    // The certificate that failed verification (Refused because of TLS), with its errors.
    QSslCertificate rejectedCertificate() const { return m_rejectedCert; }
    QList<QSslError> rejectedErrors() const { return m_rejectedErrors; }
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
    void stateChanged(SocketScope::RemoteHost::State state);
    // Verification failed for a certificate that is not trusted; the link stays down.
    void certificateRejected(const QSslCertificate &certificate, const QList<QSslError> &errors);

private:
    void open();
    void setState(State s);
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
    State m_state = State::Detached;
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
    quint64 m_nextId = 1;
    // Deltas carry rooms and topics only when they changed: the last ones seen.
    QList<RoomInfo> m_rooms;
    QList<TopicInfo> m_topics;
};

} // namespace SocketScope
