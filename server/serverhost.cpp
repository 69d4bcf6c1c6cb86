#include "serverhost.h"

#include "adminservice.h"
#include "jwt.h"
#include "server.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace SocketScope {

ServerHost::ServerHost(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ServerSnapshot>();
    qRegisterMetaType<AdminResult>();
    qRegisterMetaType<AdminCommand>();
    m_thread.setObjectName(u"socketscope-server"_s);
}

ServerHost::~ServerHost()
{
    if (m_server) {
        stopAndWait(4000);
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

void ServerHost::ensureServer()
{
    if (m_server)
        return;
    // Sockets and the database connection are created in start(), which runs in the thread.
    m_server = new Server;
    m_server->moveToThread(&m_thread);
    m_thread.start();

    connect(m_server, &Server::snapshotReady, this, &ServerHost::snapshotReady);
    connect(m_server, &Server::stopped, this, [this] {
        m_listening = false;
        m_listenUrl.clear();
        Q_EMIT stopped();
    });
}

void ServerHost::start(const ServerConfig &config)
{
    ensureServer();
    m_config = config;
    QMetaObject::invokeMethod(m_server, [this, config] {
        const auto run = [this, config] {
            QString error;
            const bool ok = m_server->start(config, &error);
            const QString url = m_server->listenUrl();
            const quint16 port = m_server->port();
            QMetaObject::invokeMethod(this, [this, ok, url, port, error] {
                m_listening = ok;
                m_listenUrl = url;
                m_port = port;
                Q_EMIT started(ok, url, error);
            }, Qt::QueuedConnection);
        };
        if (m_server->isListening()) {
            connect(m_server, &Server::stopped, m_server, run, Qt::SingleShotConnection);
            m_server->stop();
        } else {
            run();
        }
    }, Qt::QueuedConnection);
}

void ServerHost::stop()
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(m_server, [this] {
        if (m_server->isListening())
            m_server->stop();
    }, Qt::QueuedConnection);
}

bool ServerHost::stopAndWait(int timeoutMs)
{
    if (!m_server)
        return true;
    bool wasListening = false;
    QMetaObject::invokeMethod(m_server, [this, &wasListening] {
        wasListening = m_server->isListening();
    }, Qt::BlockingQueuedConnection);
    if (!wasListening)
        return true;
    QEventLoop loop;
    bool done = false;
    connect(this, &ServerHost::stopped, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    stop();
    if (!done)
        loop.exec();
    return done;
}

quint64 ServerHost::execute(const AdminCommand &command)
{
    ensureServer();
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(m_server, [this, command, id] {
        AdminResult r = m_server->admin().execute(command, AdminService::Actor{u"GUI"_s, 0});
        r.requestId = id;
        QMetaObject::invokeMethod(this, [this, r] { Q_EMIT adminResult(r); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return id;
}

void ServerHost::setSnapshotsEnabled(bool enabled)
{
    ensureServer();
    QMetaObject::invokeMethod(m_server, [this, enabled] { m_server->setSnapshotsEnabled(enabled); },
                              Qt::QueuedConnection);
}

QString ServerHost::issueJwt(qint64 userId, const QString &name, const QString &role, qint64 ttlSecs)
{
    ensureServer();
    QString token;
    QMetaObject::invokeMethod(m_server, [&] {
        if (!m_server->authenticator())
            return;
        Jwt::Claims c;
        c.userId = userId;
        c.name = name;
        c.role = role;
        c.expiresAt = QDateTime::currentSecsSinceEpoch() + ttlSecs;
        token = Jwt::sign(c, m_server->authenticator()->jwtSecret());
    }, Qt::BlockingQueuedConnection);
    return token;
}

QList<User> ServerHost::users()
{
    ensureServer();
    QList<User> out;
    QMetaObject::invokeMethod(m_server, [&] {
        if (m_server->store().isOpen())
            out = m_server->store().users();
    }, Qt::BlockingQueuedConnection);
    return out;
}

} // namespace SocketScope
