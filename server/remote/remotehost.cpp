#include "remote/remotehost.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace SocketScope {

RemoteHost::RemoteHost(QObject *parent)
    : DashboardHost(parent)
{
    qRegisterMetaType<ServerSnapshot>();
    qRegisterMetaType<AdminResult>();
    qRegisterMetaType<LinkStatus>();
    m_thread.setObjectName(u"socketscope-remote"_s);
    m_link = new RemoteLink;
    m_link->moveToThread(&m_thread);
    connect(m_link, &RemoteLink::snapshotReady, this, &RemoteHost::snapshotReady);
    connect(m_link, &RemoteLink::adminResult, this, &RemoteHost::adminResult);
    connect(m_link, &RemoteLink::statusChanged, this, &RemoteHost::onStatus);
    m_thread.start();
}

RemoteHost::~RemoteHost()
{
    // The socket and its timers go in their own thread, then the thread.
    QMetaObject::invokeMethod(m_link, [link = m_link] { delete link; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename F>
void RemoteHost::inLink(F &&f)
{
    QMetaObject::invokeMethod(m_link, std::forward<F>(f), Qt::QueuedConnection);
}

void RemoteHost::attach(const QUrl &url, const QString &token)
{
    m_url = url;
    m_status = LinkStatus();
    m_status.state = State::Connecting;
    inLink([link = m_link, url, token] { link->attach(url, token); });
}

void RemoteHost::detach()
{
    m_status = LinkStatus();
    inLink([link = m_link] { link->detach(); });
}

quint64 RemoteHost::execute(const AdminCommand &command)
{
    const quint64 id = m_nextId++;
    inLink([link = m_link, command, id] { link->execute(command, id); });
    return id;
}

void RemoteHost::setSnapshotsEnabled(bool enabled)
{
    inLink([link = m_link, enabled] { link->setSnapshotsEnabled(enabled); });
}

void RemoteHost::setTrustedFingerprints(const QSet<QByteArray> &sha256)
{
    inLink([link = m_link, sha256] { link->setTrustedFingerprints(sha256); });
}

void RemoteHost::setLinkTimeouts(int connectMs, int silenceMs)
{
    inLink([link = m_link, connectMs, silenceMs] { link->setLinkTimeouts(connectMs, silenceMs); });
}

qint64 RemoteHost::retryInMs() const
{
    return m_status.state == State::Lost
        ? std::max<qint64>(0, m_status.retryAtMs - QDateTime::currentMSecsSinceEpoch())
        : 0;
}

void RemoteHost::onStatus(const LinkStatus &status)
{
    // Asked once per refusal: later statuses of the same refused attempt carry the same errors.
    const bool newlyRejected = !status.rejectedErrors.isEmpty() && m_status.rejectedErrors.isEmpty()
        && status.state != State::Detached;
    const bool stateMoved = status.state != m_status.state;
    m_status = status;
    if (newlyRejected)
        Q_EMIT certificateRejected();
    if (stateMoved || newlyRejected)
        Q_EMIT stateChanged();
}

} // namespace SocketScope
