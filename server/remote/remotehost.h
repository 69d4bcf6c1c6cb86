#pragma once

#include "dashboardhost.h"
#include "remote/remotelink.h"

#include <QThread>

namespace SocketScope {

// The window's side of a watched remote server: a DashboardHost whose link (RemoteLink: the
// socket, the JSON, the retries) runs on its own thread, like ServerHost's server. Calls are
// queued to that thread; snapshots, answers and link states come back as queued signals, and
// the getters read the latest LinkStatus.
class RemoteHost : public DashboardHost
{
    Q_OBJECT
public:
    using State = LinkState;

    explicit RemoteHost(QObject *parent = nullptr);
    ~RemoteHost() override;

    // Opens `url` (ws:// or wss://, the /ws/admin path) with `token`; closes a previous link first.
    void attach(const QUrl &url, const QString &token);
    // Closes the link (1000) and stops retrying.
    void detach();

    quint64 execute(const AdminCommand &command) override;
    void setSnapshotsEnabled(bool enabled) override;
    // SHA-256 digests of certificates accepted although their verification failed; takes effect
    // from the next attach().
    void setTrustedFingerprints(const QSet<QByteArray> &sha256);
    void setLinkTimeouts(int connectMs, int silenceMs);

    static QByteArray fingerprint(const QSslCertificate &cert) { return RemoteLink::fingerprint(cert); }
    static QUrl adminUrl(const QString &text, QString *error = nullptr) { return RemoteLink::adminUrl(text, error); }
    static int backoffMs(int attempt) { return RemoteLink::backoffMs(attempt); }

    State state() const { return m_status.state; }
    QUrl url() const { return m_url; }
    QString userName() const { return m_status.userName; }
    QString lastError() const { return m_status.lastError; }
    int lastCloseCode() const { return m_status.lastCloseCode; }
    // Lost: milliseconds until the next try.
    qint64 retryInMs() const;
    QSslCertificate rejectedCertificate() const { return m_status.rejectedCert; }
    QList<QSslError> rejectedErrors() const { return m_status.rejectedErrors; }

Q_SIGNALS:
    void stateChanged();
    // Verification failed for a certificate that is not trusted; the link stays down.
    void certificateRejected();

private:
    template <typename F>
    void inLink(F &&f);
    void onStatus(const LinkStatus &status);

    QThread m_thread;
    RemoteLink *m_link = nullptr;   // lives in m_thread
    QUrl m_url;
    LinkStatus m_status;
    quint64 m_nextId = 1;
};

} // namespace SocketScope
