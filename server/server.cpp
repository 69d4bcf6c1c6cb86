#include "server.h"

#include "admin/adminservice.h"
#include "net/closecodes.h"
#include "net/epolldispatcher.h"
#include "endpoints.h"
#include "net/httphead.h"
#include "inbound.h"
#include "jsonwriter.h"
#include "auth/redact.h"
#include "net/session.h"
#include "net/tls.h"
#include "monitor/snapshotjson.h"
#include "xray/xrayformat.h"

#include <QDateTime>
#include <QAbstractEventDispatcher>
#include <QNetworkRequest>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QSslSocket>
#include <QSysInfo>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtEndian>

#include <algorithm>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace SocketScope {

Q_LOGGING_CATEGORY(lcServer, "socketscope.server")
Q_LOGGING_CATEGORY(lcConn, "socketscope.conn")

namespace {

constexpr qsizetype MaxRequestHeader = RequestHead::MaxSize;
// Sockets an address may hold beyond --max-per-address until its WebSocket handshakes are
// refused with 1013; past this they are closed at accept.
constexpr int OverLimitGrace = 8;
constexpr qint64 OverLimitHandshakeMs = 1000;
constexpr int AcceptPauseMs = 250;
constexpr qint64 CloseGraceMs = 2000;
// How long a connection may stay over --slow-consumer-bytes (reading paused) before it is
// closed; twice the cap closes at once.
constexpr qint64 SlowConsumerGraceMs = 2000;
constexpr int MaxEventsPerSnapshot = 20'000;

// A RateLimiter key for an address: IPv4 exactly, IPv6 hashed above the IPv4 range.
qint64 addressKey(const QString &address)
{
    bool isV4 = false;
    const quint32 v4 = QHostAddress(address).toIPv4Address(&isV4);
    return isV4 ? qint64(v4) : (qint64(1) << 40) | qint64(qHash(address) & 0xffffffffu);
}

qint64 wallNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString addressText(const QHostAddress &a)
{
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : a.toString();
}

// An HTTP request starts with a method token; anything else is not worth waiting for.
enum class HttpStart { Yes, No, NeedMore };
HttpStart looksLikeHttp(QByteArrayView head)
{
    for (qsizetype i = 0; i < head.size() && i < 16; ++i) {
        const char c = head[i];
        if (c == ' ')
            return i > 0 ? HttpStart::Yes : HttpStart::No;
        if (c < 'A' || c > 'Z')
            return HttpStart::No;
    }
    return head.size() >= 16 ? HttpStart::No : HttpStart::NeedMore;
}

// Accepted connections are QSslSockets that start their TLS handshake at once; the plain HTTP
// and upgrade handling above them is the same as for ws://.
class TlsListener : public QTcpServer
{
public:
    TlsListener(const QSslConfiguration &config, QObject *parent)
        : QTcpServer(parent)
        , m_config(config)
    {
    }

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *sock = new QSslSocket(this);
        if (!sock->setSocketDescriptor(fd)) {
            delete sock;
            return;
        }
        sock->setSslConfiguration(m_config);
        connect(sock, &QSslSocket::sslErrors, sock, [sock](const QList<QSslError> &errors) {
            qCWarning(lcConn).noquote() << "TLS handshake with" << sock->peerAddress().toString() << "failed:"
                                        << (errors.isEmpty() ? QString() : errors.first().errorString());
        });
        sock->startServerEncryption();
        addPendingConnection(sock);
    }

private:
    QSslConfiguration m_config;
};

} // namespace

Server::Server(QObject *parent)
    : QObject(parent)
    , m_admin(std::make_unique<AdminService>(*this))
{
    m_clock.start();
    for (auto kind : {EndpointKind::Echo, EndpointKind::Chat, EndpointKind::Admin, EndpointKind::Manager,
                      EndpointKind::Room, EndpointKind::Subscribe}) {
        m_endpoints[size_t(kind)] = makeEndpoint(kind, *this);
    }
    m_sweepTimer.setInterval(100);
    connect(&m_sweepTimer, &QTimer::timeout, this, &Server::sweep);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &Server::heartbeat);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &Server::publishSnapshot);
}

Server::~Server()
{
    const auto sessions = m_sessions;
    for (Session *s : sessions) {
        s->abort();
        delete s;
    }
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        it.key()->abort();
    if (m_worker) {
        flushAudit();
        // Deleted in its own thread, after the audit rows queued above: its destructor writes
        // what is still queued.
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
        m_storeThread.quit();
        m_storeThread.wait();
    }
}

bool Server::start(const ServerConfig &config, QString *error)
{
    m_config = config;
    m_stopping = false;
    m_lastError.clear();

    const QString dbPath = config.dbPath.isEmpty() ? Store::defaultPath() : config.dbPath;
    if (!m_worker) {
        m_worker = new StoreWorker;
        m_worker->moveToThread(&m_storeThread);
        m_storeThread.setObjectName(u"socketscope-store"_s);
        m_storeThread.start();
        connect(m_worker, &StoreWorker::credentialsChanged, this, &Server::onCredentialsChanged);
        connect(m_worker, &StoreWorker::healthChanged, this,
                [this](const StoreWorker::Health &h) { m_storeHealth = h; });
    }
    // The only time the server thread waits for the store: before it listens, with no clients.
    StoreWorker::OpenResult opened;
    QMetaObject::invokeMethod(m_worker, [&] {
        opened = m_worker->open(dbPath, config.demoUsers, config.jwtSecret.toUtf8(), config.auditRetentionDays,
                                config.auditMaxRows, config.dbPasswordFile);
    }, Qt::BlockingQueuedConnection);
    if (!opened.ok) {
        *error = u"cannot open database %1: %2"_s.arg(dbPath, opened.error);
        m_lastError = *error;
        return false;
    }
    m_dbPath = opened.path;
    m_jwtSecret = opened.jwtSecret;
    if (opened.seeded)
        qCInfo(lcServer) << "created the demo users alice, bob and john_doe";
    if (opened.pruned > 0)
        qCInfo(lcServer) << "audit log: dropped" << opened.pruned << "rows past retention";
    if (auto *epoll = qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()); epoll && !m_flushBeforeWait) {
        epoll->addBeforeWait(this, [this] {
            while (!m_unflushed.isEmpty())
                flushWrites();
        });
        m_flushBeforeWait = true;
    }
    m_limiter.setLimit(config.rateLimit, config.rateWindow.count());
    m_connectByUser.setLimit(config.connectRate * 10, 10'000);
    m_connectByAddress.setLimit(config.connectRate * 10, 10'000);

    const auto address = parseHostAddress(config.host);
    if (!address) {
        *error = u"\"%1\" is not an IP address"_s.arg(config.host);
        m_lastError = *error;
        return false;
    }

    std::optional<QSslConfiguration> tls;
    if (config.tlsEnabled()) {
        if (config.tlsCert.isEmpty() || config.tlsKey.isEmpty()) {
            *error = u"TLS needs both --tls-cert and --tls-key"_s;
            m_lastError = *error;
            return false;
        }
        QString tlsError;
        tls = loadTlsConfiguration(config.tlsCert, config.tlsKey, &tlsError);
        if (!tls) {
            *error = tlsError;
            m_lastError = *error;
            return false;
        }
    }

    // Validated by the configuration; the password file is read now, so that a wrong path
    // fails the start rather than a link that would never come up.
    RedisAddress redis = parseRedisUrl(config.redisUrl).value_or(RedisAddress{});
    if (!config.redisUrl.isEmpty() && !config.redisPasswordFile.isEmpty()) {
        QString readError;
        const auto password = Store::readPasswordFile(config.redisPasswordFile, &readError);
        if (!password) {
            *error = u"--redis-password-file: "_s + readError;
            m_lastError = *error;
            return false;
        }
        redis.password = *password;
    }

    for (const bool secure : {false, true}) {
        QWebSocketServer *&ws = secure ? m_wsSecure : m_wsPlain;
        if (ws)
            continue;
        ws = new QWebSocketServer(u"SocketScope/"_s + QStringLiteral(SOCKETSCOPE_VERSION),
                                  secure ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
        ws->setMaxPendingConnections(1 << 20);
        connect(ws, &QWebSocketServer::newConnection, this, [this, ws] {
            while (QWebSocket *socket = ws->nextPendingConnection())
                setUpSession(socket);
        });
        connect(ws, &QWebSocketServer::serverError, this, [this, ws](QWebSocketProtocol::CloseCode code) {
            ++m_counters.handshakeFailures;
            ++m_handshakeFailures["websocket_server"_ba];
            qCWarning(lcConn).noquote() << "handshake refused:" << ws->errorString() << int(code);
        });
    }

    closeListeners();
    const auto listenOn = [&](quint16 port, bool secure) -> bool {
        QTcpServer *listener = secure ? new TlsListener(*tls, this) : new QTcpServer(this);
        listener->setListenBacklogSize(1024);
        connect(listener, &QTcpServer::newConnection, this, [this, listener, secure] { onTcpConnection(listener, secure); });
        connect(listener, &QTcpServer::acceptError, this, [this, listener](QAbstractSocket::SocketError e) { onAcceptError(listener, e); });
        if (!listener->listen(*address, port)) {
            if (listener->serverError() == QAbstractSocket::AddressInUseError)
                *error = u"port %1 is in use"_s.arg(port);
            else
                *error = u"cannot listen on %1:%2: %3"_s.arg(config.host).arg(port).arg(listener->errorString());
            m_lastError = *error;
            listener->deleteLater();
            closeListeners();
            return false;
        }
        m_listeners.append(Listener{listener, secure});
        return true;
    };
    if (!listenOn(config.port, tls.has_value()))
        return false;
    if (tls && config.plainPort >= 0 && !listenOn(quint16(config.plainPort), false))
        return false;

    m_startedWallMs = wallNow();
    m_snapshotComplete = true;
    m_sweepTimer.start();
    if (config.heartbeatInterval.count() > 0) {
        // Each connection is pinged once per interval, but the pings are spread over it in
        // slices of one tick (at least 50 ms): 19,000 pings in one burst held every other
        // message up for 200 ms (docs/performance.md).
        const qint64 interval = config.heartbeatInterval.count();
        m_heartbeatSlices = int(std::clamp<qint64>(interval / 50, 1, 1000));
        m_heartbeatTick = 0;
        m_heartbeatTimer.setInterval(int(interval / m_heartbeatSlices));
        m_heartbeatTimer.start();
    }
    m_watch.reset();
    updateSnapshotting();
    if (m_snapshotsActive)
        m_snapshotTimer.start();
    if (!config.redisUrl.isEmpty()) {
        // The link connects (and reconnects) on its own.
        delete m_cluster;
        m_cluster = new ClusterLink(redis, nodeName(), *this, this);
        m_cluster->start();
    }

    QStringList urls;
    for (const Listener &l : std::as_const(m_listeners))
        urls.append(urlOf(l));
    qCInfo(lcServer).noquote() << "listening on" << urls.join(u" and "_s) << "database" << m_dbPath;
    if (rlimit rl{}; getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY
        && rl.rlim_cur < rlim_t(config.maxConnections) + 64) {
        qCWarning(lcServer).noquote() << u"the open-files limit (%1) allows about %2 connections, fewer than "
                                         u"--max-connections %3; raise it (ulimit -n, systemd LimitNOFILE)"_s
                                             .arg(rl.rlim_cur).arg(qMax<qint64>(0, qint64(rl.rlim_cur) - 64))
                                             .arg(config.maxConnections);
    }
    recordEvent({wallNow(), ServerEvent::Kind::Listening, 0, -1, {}, EndpointKind::Unknown, {}, 0, listenUrl()});
    return true;
}

void Server::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    for (const Listener &l : std::as_const(m_listeners))
        l.server->close();
    qCInfo(lcServer) << "stopping: closing" << m_sessions.size() << "connections with 1001";
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_pending.clear();
    const auto sessions = m_sessions;
    for (Session *s : sessions)
        closeSession(*s, CloseCode::GoingAway, u"Server shutting down"_s);
    m_heartbeatTimer.stop();
    maybeFinishStop();
}

void Server::maybeFinishStop()
{
    if (!m_stopping || !m_sessions.isEmpty())
        return;
    m_sweepTimer.stop();
    flushAudit();
    if (m_cluster) {
        m_cluster->stop();
        m_cluster->deleteLater();
        m_cluster = nullptr;
    }
    closeListeners();
    recordEvent({wallNow(), ServerEvent::Kind::Stopped, 0, -1, {}, EndpointKind::Unknown, {}, 0, {}});
    publishSnapshot();
    m_snapshotTimer.stop();
    qCInfo(lcServer) << "stopped";
    m_stopping = false;
    Q_EMIT stopped();
}

void Server::closeListeners()
{
    // deleteLater: accepted sockets may still be inside their own close() further up the stack.
    for (const Listener &l : std::as_const(m_listeners)) {
        if (l.server) {
            l.server->close();
            l.server->deleteLater();
        }
    }
    m_listeners.clear();
}

bool Server::isListening() const
{
    return !m_listeners.isEmpty() && m_listeners.first().server && m_listeners.first().server->isListening();
}

quint16 Server::port() const
{
    return isListening() ? m_listeners.first().server->serverPort() : 0;
}

quint16 Server::plainPort() const
{
    return m_listeners.size() > 1 && m_listeners.at(1).server ? m_listeners.at(1).server->serverPort() : 0;
}

QString Server::urlOf(const Listener &l) const
{
    const QHostAddress a = l.server->serverAddress();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + a.toString() + u']' : a.toString();
    return u"%1://%2:%3"_s.arg(l.secure ? u"wss"_s : u"ws"_s, host).arg(l.server->serverPort());
}

QString Server::listenUrl() const
{
    return isListening() ? urlOf(m_listeners.first()) : QString();
}

void Server::setSnapshotsEnabled(bool enabled)
{
    m_snapshotsEnabled = enabled;
    // The window starts from a complete snapshot (watchers get a full message with it too).
    m_snapshotComplete = true;
    updateSnapshotting();
}

// Snapshots run while the window or a watcher wants them, at the fastest rate either asks for.
void Server::updateSnapshotting()
{
    const bool active = m_snapshotsEnabled || m_watch.hasWatchers();
    const int hz = std::max(m_snapshotsEnabled ? m_config.publishRateHz : 0, m_watch.maxRateHz());
    m_snapshotTimer.setInterval(1000 / qBound(1, hz, 60));
    if (active == m_snapshotsActive)
        return;
    m_snapshotsActive = active;
    m_changeLog.enabled = active;
    m_changeLog.ids.clear();
    m_closedSinceSnapshot.clear();
    m_snapshotComplete = true;
    if (!active) {
        m_snapshotTimer.stop();
        m_events.clear();
        m_watch.reset();
    } else if (isListening()) {
        m_snapshotTimer.start();
    }
}

void Server::watch(quint64 connectionId, int rateHz)
{
    m_watch.add(connectionId, rateHz);
    m_streamedRemote.clear();   // the new watcher gets every other node at the next heartbeat
    updateSnapshotting();
}

void Server::unwatch(quint64 connectionId)
{
    if (m_watch.remove(connectionId))
        updateSnapshotting();
}

QString Server::nodeName() const
{
    if (!m_config.nodeName.isEmpty())
        return m_config.nodeName;
    return QSysInfo::machineHostName() + u':' + QString::number(port());
}

// ---------------------------------------------------------------------------------------------
// TCP front: we take connections ourselves so that plain HTTP can be answered on the same port
// and so that frames sent together with the handshake are not lost (see onRawReadyRead).

void Server::onTcpConnection(QTcpServer *listener, bool secure)
{
    if (m_acceptPaused && listener->hasPendingConnections()) {
        m_acceptPaused = false;
        qCInfo(lcServer) << "accepting connections again";
    }
    while (listener->hasPendingConnections()) {
        QTcpSocket *sock = listener->nextPendingConnection();
        // Owned by the server, not the listener, whose lifetime ends at stop().
        sock->setParent(this);
        if (m_stopping) {
            sock->abort();
            sock->deleteLater();
            continue;
        }
        // Every accepted socket counts against its address from here until it is deleted, so
        // that bare TCP connections cannot hold every descriptor. A few beyond the limit are
        // let through to be refused with 1013 after their handshake; more are closed at once.
        const QString address = addressText(sock->peerAddress());
        const int held = m_perAddress.value(address);
        if (held >= m_config.maxPerAddress + OverLimitGrace) {
            ++m_counters.refusedCapacity;
            countRejection("capacity_per_address");
            if (!m_perAddressLogged.contains(address)) {
                m_perAddressLogged.insert(address);
                qCWarning(lcConn).noquote() << "closing new connections from" << address << "at accept: it holds" << held
                                            << "sockets (--max-per-address" << m_config.maxPerAddress << ")";
            }
            sock->abort();
            sock->deleteLater();
            continue;
        }
        ++m_perAddress[address];
        connect(sock, &QObject::destroyed, this, [this, address] {
            if (auto it = m_perAddress.find(address); it != m_perAddress.end() && --it.value() <= 0) {
                m_perAddress.erase(it);
                m_perAddressLogged.remove(address);
            }
        });
        const bool overLimit = held >= m_config.maxPerAddress;
        const bool tooFast = m_config.connectRate > 0 && !m_connectByAddress.tryAcquire(addressKey(address)).allowed;
        // A socket that will be refused only waits briefly for its handshake.
        const qint64 acceptedAt = overLimit || tooFast
            ? monotonicMs() - m_config.handshakeTimeout.count() + OverLimitHandshakeMs
            : monotonicMs();
        m_pending.insert(sock, PendingSocket{sock, acceptedAt, secure, overLimit, tooFast});
        connect(sock, &QTcpSocket::readyRead, this, [this, sock] { onRawReadyRead(sock); });
        connect(sock, &QTcpSocket::disconnected, this, [this, sock] {
            if (m_pending.remove(sock))
                sock->deleteLater();
        });
        if (sock->bytesAvailable() > 0)
            onRawReadyRead(sock);
    }
}

// Out of descriptors (EMFILE/ENFILE): QTcpServer stops accepting. Resume shortly, as nginx does;
// closing connections meanwhile frees descriptors. Logged once per episode.
void Server::onAcceptError(QTcpServer *listener, QAbstractSocket::SocketError error)
{
    ++m_acceptPauses;
    listener->pauseAccepting();
    if (!m_acceptPaused) {
        m_acceptPaused = true;
        qCWarning(lcServer).noquote() << u"cannot accept connections (%1): pausing accepts for %2 ms at a time "
                                         u"until it clears"_s.arg(listener->errorString()).arg(AcceptPauseMs);
    }
    Q_UNUSED(error);
    QTimer::singleShot(AcceptPauseMs, listener, [this, listener] {
        if (m_stopping || !listener->isListening())
            return;
        listener->resumeAccepting();
        // newConnection is only emitted for new arrivals; the backlog may already hold some.
        QMetaObject::invokeMethod(this, [this, listener] { onTcpConnection(listener, isSecureListener(listener)); },
                                  Qt::QueuedConnection);
    });
}

bool Server::isSecureListener(const QTcpServer *listener) const
{
    for (const Listener &l : m_listeners) {
        if (l.server == listener)
            return l.secure;
    }
    return false;
}

void Server::onRawReadyRead(QTcpSocket *sock)
{
    const auto pending = m_pending.constFind(sock);
    if (pending == m_pending.cend())
        return;
    const QByteArray head = sock->peek(MaxRequestHeader + 1);
    if (looksLikeHttp(head) == HttpStart::No) {
        refuseRaw(sock, "400 Bad Request", u"not an HTTP request"_s, "not_http");
        return;
    }
    RequestHead request;
    bool complete = false;
    if (const RequestHead::Error e = RequestHead::parse(head, &request, &complete); e.isError()) {
        refuseRaw(sock, e.status, e.reason, e.label);
        return;
    }
    if (!complete)
        return;
    if (!request.isUpgrade()) {
        answerHttp(sock, request.method + ' ' + request.target, request.size);
        return;
    }
    // QWebSocketServer drops an invalid upgrade without a word; say what is wrong instead.
    if (const RequestHead::Error e = request.checkUpgrade(); e.isError()) {
        refuseRaw(sock, e.status, e.reason, e.label, e.status.startsWith("426") ? "Sec-WebSocket-Version: 13\r\n"_ba : QByteArray());
        return;
    }

    // Qt 6.4's QWebSocket parses whatever follows the handshake in the socket buffer while it
    // is being constructed, before QWebSocketServer::newConnection lets us connect to it, so a
    // frame sent in the same segment as the handshake is lost. Keep such bytes back and feed
    // them to the socket once our handlers are connected (setUpSession). Until then the read
    // buffer is capped at the header so that nothing else is read from the kernel.
    // QWebSocketServer gets only the fields it reads: its limits (8 KiB a line, 100 lines) then
    // never refuse silently what ours allow, such as a 12 KB JWT in Authorization.
    const PendingSocket info = *pending;
    QObject::disconnect(sock, &QTcpSocket::readyRead, this, nullptr);
    QObject::disconnect(sock, &QTcpSocket::disconnected, this, nullptr);
    const QByteArray all = sock->readAll();
    const QByteArray forQt = request.forQt();
    m_upgrading.removeIf([](const Upgrading &u) { return u.socket.isNull(); });
    m_upgrading.append(Upgrading{sock, all.mid(request.size), request.fields, info.overLimit, info.tooFast});
    sock->setReadBufferSize(forQt.size());
    for (qsizetype i = forQt.size() - 1; i >= 0; --i)
        sock->ungetChar(forQt.at(i));
    m_pending.remove(sock);
    (info.secure ? m_wsSecure : m_wsPlain)->handleConnection(sock);
}

void Server::refuseRaw(QTcpSocket *sock, const QByteArray &status, const QString &why, const QByteArray &label,
                       const QByteArray &extraHeaders)
{
    ++m_counters.handshakeFailures;
    ++m_handshakeFailures[label];
    countRejection("bad_handshake");
    qCWarning(lcConn).noquote() << "refused" << addressText(sock->peerAddress()) + u':' + QString::number(sock->peerPort())
                                << "before the handshake:" << why;
    const QByteArray body = status + ": " + why.toUtf8() + "\n";
    sock->write("HTTP/1.1 " + status + "\r\nContent-Type: text/plain; charset=utf-8\r\n" + extraHeaders
                + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QObject::disconnect(sock, &QTcpSocket::readyRead, this, nullptr);
    sock->disconnectFromHost();
}

void Server::answerHttp(QTcpSocket *sock, const QByteArray &requestLine, int headerSize)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    const QByteArray method = parts.value(0);
    const QByteArray target = parts.value(1);
    const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    sock->skip(headerSize);

    QByteArray status = "200 OK";
    QByteArray type = "application/json";
    QByteArray body;
    if (method != "GET" && method != "HEAD") {
        status = "405 Method Not Allowed";
        body = errorJson(u"Method not allowed");
    } else if (path == "/metrics") {
        type = "text/plain; version=0.0.4; charset=utf-8";
        body = metricsText();
    } else if (path == "/healthz") {
        JsonWriter w;
        // SPEC §9: still 200 while Redis or the store is down: the node serves its own clients
        // (logins fail closed, audit rows wait); docs/operations.md.
        const bool degraded = (m_cluster && !m_cluster->isUp()) || !m_storeHealth.up;
        w.beginObject()
            .field(u"status", degraded ? u"degraded"_s : u"ok"_s)
            .field(u"uptime_s", (wallNow() - m_startedWallMs) / 1000)
            .field(u"connections", qint64(m_sessions.size()))
            .field(u"version", QStringLiteral(SOCKETSCOPE_VERSION));
        if (m_cluster) {
            w.field(u"node", nodeName())
                .field(u"redis", m_cluster->stateName())
                .field(u"cluster_nodes", int(m_cluster->remoteNodes().size()) + 1);
        }
        w.field(u"db", m_storeHealth.up ? u"up"_s : u"down"_s);
        w.endObject();
        body = w.take();
    } else {
        status = "404 Not Found";
        body = errorJson(u"Not found. WebSocket endpoints: /ws/echo, /ws, /ws/admin, /ws/{client_id}, "
                         u"/ws/room/{room_id}, /ws/subscribe/{topic}; HTTP: /healthz, /metrics");
    }
    if (!body.endsWith('\n'))
        body += '\n';
    QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    if (method != "HEAD")
        response += body;
    sock->write(response);
    QObject::disconnect(sock, &QTcpSocket::readyRead, this, nullptr);
    sock->disconnectFromHost();
}

// ---------------------------------------------------------------------------------------------

void Server::setUpSession(QWebSocket *ws)
{
    QTcpSocket *tcp = nullptr;
    QByteArray heldBack;
    QList<std::pair<QByteArray, QByteArray>> fields;
    bool overLimit = false;
    bool tooFast = false;
    for (auto it = m_upgrading.begin(); it != m_upgrading.end(); ++it) {
        if (it->socket && it->socket->peerPort() == ws->peerPort() && it->socket->peerAddress() == ws->peerAddress()) {
            tcp = it->socket;
            heldBack = std::move(it->heldBack);
            fields = std::move(it->fields);
            overLimit = it->overLimit;
            tooFast = it->tooFast;
            m_upgrading.erase(it);
            break;
        }
    }
    if (tcp) {
        // QWebSocketServer keeps a `disconnected` connection to every socket it upgraded and finds
        // the socket in its slot with QObject::sender(), which walks the list of all of them: a
        // close costs O(open connections), a mass close O(n²) (1.4 s of CPU for 10,000 closes).
        // The session owns the socket from here on, so that connection is not needed.
        for (QWebSocketServer *qws : {m_wsPlain, m_wsSecure}) {
            if (qws)
                QObject::disconnect(tcp, &QTcpSocket::disconnected, qws, nullptr);
        }
        tcp->setParent(nullptr);
    } else {
        // Cannot happen while QWebSocketServer only upgrades sockets we hand it; without the
        // socket the session could not read frames.
        qCWarning(lcConn) << "no TCP socket found for an upgraded connection: dropped";
        ws->abort();
        ws->deleteLater();
        return;
    }

    const quint64 id = m_nextId++;
    // No QObject parent: removing one of n children is O(n), which a mass close would pay n
    // times. m_sessions owns the sessions (see ~Server).
    auto *s = new Session(id, ws, nullptr);
    s->setChangeLog(&m_changeLog);
    s->attach(tcp, this, quint64(m_config.maxMessageSize));

    ConnectionInfo &info = s->info();
    info.remoteAddress = addressText(ws->peerAddress());
    info.remotePort = ws->peerPort();
    info.origin = ws->origin();
    for (const auto &[name, value] : std::as_const(fields)) {
        const QString shown = Xray::redactHeaderValue(QString::fromLatin1(name), QString::fromUtf8(value));
        s->handshakeFields += name + ": " + shown.toUtf8() + "\r\n";
    }
    s->handshakeFields.squeeze();
    QUrl pathOnly = ws->requestUrl().adjusted(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    info.path = redactedUrl(pathOnly);
    info.connectedAtMs = wallNow();
    info.lastActivityMs = info.connectedAtMs;
    info.rateLimit = m_limiter.limit();

    m_sessions.insert(id, s);
    ++m_counters.connectionsAccepted;

    const Route route = routeForPath(ws->requestUrl().path(QUrl::FullyEncoded));
    s->setRoute(route);
    info.endpoint = route.kind;
    info.target = route.target;

    qCInfo(lcConn).noquote() << u"#%1 connected from %2:%3 to %4%5"_s.arg(id).arg(info.remoteAddress).arg(info.remotePort)
                                    .arg(info.path, info.origin.isEmpty() ? QString() : u" origin "_s + info.origin);
    recordEvent({info.connectedAtMs, ServerEvent::Kind::Connected, id, -1, {}, route.kind, route.target, 0,
                 info.remoteAddress + u' ' + info.path});

    if (m_stopping) {
        closeSession(*s, CloseCode::GoingAway, u"Server shutting down"_s);
    } else if (m_sessions.size() > m_config.maxConnections) {
        ++m_counters.refusedCapacity;
        countRejection("capacity");
        closeSession(*s, CloseCode::TryAgainLater, u"Server at capacity"_s);
    } else if (overLimit) {
        ++m_counters.refusedCapacity;
        countRejection("capacity_per_address");
        closeSession(*s, CloseCode::TryAgainLater, u"Too many connections from this address"_s);
    } else if (tooFast) {
        countRejection("connect_rate");
        qCWarning(lcConn).noquote() << u"#%1 refused: %2 opens connections faster than --connect-rate %3/s"_s.arg(id)
                                           .arg(info.remoteAddress).arg(m_config.connectRate);
        closeSession(*s, CloseCode::TryAgainLater, u"Connecting too often from this address"_s);
    } else if (route.kind == EndpointKind::Unknown) {
        countRejection("unknown_endpoint");
        closeSession(*s, CloseCode::PolicyViolation, u"Unknown endpoint"_s);
    } else if (!route.requiresAuth()) {
        s->setState(Session::State::Open);
        s->everOpen = true;
        audit(auditFor(*s, u"connection_open"_s));
        m_endpoints[size_t(route.kind)]->opened(*s);
    } else {
        // The deadline also bounds the wait for the store's answer.
        s->authDeadline = monotonicMs() + m_config.authTimeout.count();
        m_awaitingAuth.insert(id, s);
        // The request as the client sent it: QWebSocketServer saw only the fields it reads.
        QNetworkRequest request = ws->request();
        if (tcp) {
            request = QNetworkRequest(ws->requestUrl());
            for (const auto &[name, value] : std::as_const(fields)) {
                const QByteArray before = request.rawHeader(name);
                request.setRawHeader(name, before.isEmpty() ? value : before + ", " + value);
            }
        }
        requestAuth(*s, [request, url = ws->requestUrl(), origin = ws->origin(),
                         allowed = m_config.allowedOrigins](StoreWorker &w) {
            return w.auth().fromHandshake(request, url, origin, allowed);
        });
    }

    s->feed(heldBack);
}

template <typename Job>
void Server::requestAuth(Session &s, Job job)
{
    m_authPending.insert(s.id(), PendingAuth{});
    const quint64 id = s.id();
    m_worker->call(this, std::move(job), [this, id](Authenticator::Outcome o) { onAuthAnswer(id, o); });
}

void Server::onAuthAnswer(quint64 sessionId, const Authenticator::Outcome &o)
{
    const PendingAuth pending = m_authPending.take(sessionId);
    Session *s = m_sessions.value(sessionId);
    if (!s || s->state() != Session::State::AwaitingAuth)
        return;   // closed (or timed out) while the store answered
    switch (o.status) {
    case Authenticator::Outcome::Status::Ok:
        authenticated(*s, o);
        break;
    case Authenticator::Outcome::Status::Failed:
        authFailed(*s, o);
        return;
    case Authenticator::Outcome::Status::NoCredential:
        break;   // its first message must authenticate; the deadline set at the handshake runs on
    }
    for (qsizetype i = 0; i < pending.texts.size(); ++i) {
        if (m_sessions.value(sessionId) != s || s->state() == Session::State::Closing)
            break;
        // A first-message auth among them asked the store again: the rest wait for that answer.
        if (const auto again = m_authPending.find(sessionId); again != m_authPending.end()) {
            again->texts.append(pending.texts.mid(i));
            again->bytes += pending.bytes;
            break;
        }
        dispatchText(*s, pending.texts.at(i));
    }
    if (m_sessions.value(sessionId) == s && !m_authPending.contains(sessionId))
        s->answerHeldClose();
}

bool Server::sessionHoldsClose(Session &s)
{
    // Messages sent before the Close are answered first: a client that pipes input and closes
    // at its end gets every answer, as it would once authenticated.
    return s.state() == Session::State::AwaitingAuth && m_authPending.contains(s.id());
}

void Server::authenticated(Session &s, const Authenticator::Outcome &o)
{
    m_awaitingAuth.remove(s.id());
    if (s.route().kind == EndpointKind::Admin && o.user.role != u"admin") {
        Authenticator::Outcome denied = o;
        denied.status = Authenticator::Outcome::Status::Failed;
        denied.reason = u"Admin only"_s;
        denied.detail = u"user %1 has role %2, not admin"_s.arg(o.user.name, o.user.role);
        authFailed(s, denied);
        return;
    }
    // Refused before it is open, so that no join or leave notice goes out for it.
    const auto refuse = [&](const char *label, const QString &reason, const QString &why) {
        countRejection(label);
        qCWarning(lcConn).noquote() << u"#%1 (%2) refused: %3"_s.arg(s.id()).arg(o.user.name, why);
        recordEvent({wallNow(), ServerEvent::Kind::RateLimited, s.id(), o.user.id, o.user.name, s.route().kind,
                     s.route().target, CloseCode::TryAgainLater, reason});
        closeSession(s, CloseCode::TryAgainLater, reason);
    };
    if (m_config.connectRate > 0 && !m_connectByUser.tryAcquire(o.user.id).allowed) {
        refuse("connect_rate", u"Connecting too often"_s,
               u"opens connections faster than --connect-rate %1/s"_s.arg(m_config.connectRate));
        return;
    }
    s.setUser(o.user, o.method);
    m_userNames.insert(o.user.id, o.user.name);
    s.setState(Session::State::Open);
    s.everOpen = true;
    s.credentialKind = quint8(o.credential);
    s.info().viaJwt = o.credential == Authenticator::Outcome::Credential::Jwt;
    s.credentialHash = o.credentialHash;
    s.jwtExpiresAt = o.jwtExpiresAt;
    audit(auditFor(s, u"connection_open"_s));
    qCInfo(lcConn).noquote() << u"#%1 authenticated as %2 (%3) by %4"_s.arg(s.id()).arg(o.user.name, o.user.role,
                                                                            authMethodName(o.method));
    recordEvent({wallNow(), ServerEvent::Kind::AuthOk, s.id(), o.user.id, o.user.name, s.route().kind,
                 s.route().target, 0, authMethodName(o.method)});
    m_endpoints[size_t(s.route().kind)]->opened(s);
}

void Server::authFailed(Session &s, const Authenticator::Outcome &o)
{
    m_awaitingAuth.remove(s.id());
    ++m_counters.authFailures;
    countRejection("auth");
    qCWarning(lcConn).noquote() << u"#%1 auth failed (%2) from %3: %4"_s.arg(s.id()).arg(authMethodName(o.method),
                                                                           s.info().remoteAddress, o.detail);
    recordEvent({wallNow(), ServerEvent::Kind::AuthFailed, s.id(), -1, {}, s.route().kind, s.route().target,
                 o.closeCode, authMethodName(o.method) + u": "_s + o.reason});
    AuditEntry a = auditFor(s, u"auth_failure"_s);
    a.authMethod = authMethodName(o.method);
    a.userId = o.user.id > 0 ? o.user.id : -1;
    a.userName = o.user.name;
    a.reason = o.reason;
    a.detail = o.detail;
    audit(std::move(a));
    closeSession(s, o.closeCode, o.reason);
}

void Server::onText(Session &s, const QString &text)
{
    const qsizetype bytes = utf8Length(text);
    s.countIn(bytes, wallNow());
    ++m_counters.messagesIn;
    m_counters.bytesIn += quint64(bytes);
    if (s.state() == Session::State::Closing)
        return;
    if (const auto pending = m_authPending.find(s.id()); pending != m_authPending.end()) {
        // Bounded: a client may not pile up messages while its credential is being checked.
        constexpr qsizetype MaxWaiting = 64;
        if (pending->texts.size() >= MaxWaiting || pending->bytes + bytes > m_config.maxMessageSize * 4) {
            qCWarning(lcConn).noquote() << u"#%1 sent %2 messages before its authentication was checked"_s.arg(s.id())
                                               .arg(pending->texts.size() + 1);
            countRejection("auth");
            closeSession(s, CloseCode::PolicyViolation, u"Too many messages before authentication"_s);
            return;
        }
        pending->texts.append(text);
        pending->bytes += bytes;
        return;
    }
    dispatchText(s, text);
}

void Server::dispatchText(Session &s, const QString &text)
{
    const InboundMessage msg = parseInbound(text);

    if (s.state() == Session::State::AwaitingAuth) {
        if (const auto token = authToken(msg)) {
            requestAuth(s, [token = *token](StoreWorker &w) { return w.auth().fromToken(token, AuthMethod::Message); });
        } else {
            Authenticator::Outcome o;
            o.status = Authenticator::Outcome::Status::Failed;
            o.method = AuthMethod::Message;
            o.reason = u"Authentication required"_s;
            o.detail = u"first message was not {\"type\":\"auth\",\"token\":\"…\"}"_s;
            authFailed(s, o);
        }
        return;
    }

    switch (msg.kind) {
    case InboundMessage::Kind::Empty:
        send(s, QString::fromUtf8(errorJson(u"Empty message not allowed")));
        return;
    case InboundMessage::Kind::Ping:
        send(s, u"pong"_s);
        return;
    case InboundMessage::Kind::Pong:
        s.missedPongs = 0;
        return;
    case InboundMessage::Kind::Text:
    case InboundMessage::Kind::Json:
        break;
    }

    if (s.hasUser() && clusterUp()) {
        // One budget per user for the whole cluster, decided in Redis. Answers come back in
        // the order asked, so a connection's messages keep their order.
        const quint64 id = s.id();
        const qint64 userId = s.user().id;
        const bool asked = m_cluster->chargeRate(userId, m_limiter.limit(), m_limiter.windowMs(),
                                                 [this, id, userId, msg](std::optional<ClusterLink::RateDecision> cd) {
            const RateLimiter::Decision d = clusterDecision(userId, cd);
            if (Session *t = session(id); t && t->isOpen())
                afterRateCheck(*t, msg, d);
        });
        if (asked)
            return;
    }
    if (s.hasUser()) {
        afterRateCheck(s, msg, m_limiter.tryAcquire(s.user().id));
        return;
    }
    m_endpoints[size_t(s.route().kind)]->text(s, msg);
}

void Server::afterRateCheck(Session &s, const InboundMessage &msg, const RateLimiter::Decision &d)
{
    s.info().rateUsed = d.used;
    if (!d.allowed) {
        ++m_counters.rateLimited;
        countRejection("rate_limit");
        JsonWriter w;
        w.beginObject()
            .field(u"error", u"Rate limit exceeded. Try again later."_s)
            .field(u"retry_after_ms", d.retryAfterMs)
            .endObject();
        send(s, QString::fromUtf8(w.take()));
        recordEvent({wallNow(), ServerEvent::Kind::RateLimited, s.id(), s.user().id, s.user().name,
                     s.route().kind, s.route().target, 0,
                     u"%1/%2 in %3, retry in %4 ms"_s.arg(d.used).arg(m_limiter.limit())
                         .arg(formatDuration(Milliseconds(m_limiter.windowMs()))).arg(d.retryAfterMs)});
        qCDebug(lcConn).noquote() << u"#%1 %2 rate limited"_s.arg(s.id()).arg(s.user().name);
        return;
    }
    m_endpoints[size_t(s.route().kind)]->text(s, msg);
}

void Server::onBinary(Session &s, const QByteArray &data)
{
    s.countIn(data.size(), wallNow());
    ++m_counters.messagesIn;
    m_counters.bytesIn += quint64(data.size());
    if (s.state() == Session::State::Closing)
        return;
    if (!s.route().acceptsBinary() || s.state() != Session::State::Open) {
        qCWarning(lcConn).noquote() << u"#%1 sent a binary frame to %2"_s.arg(s.id()).arg(s.info().path);
        countRejection("binary");
        closeSession(s, CloseCode::UnsupportedData, u"Binary messages not supported"_s);
        return;
    }
    if (s.sendBinary(data)) {
        ++m_counters.messagesOut;
        m_counters.bytesOut += quint64(data.size());
        scheduleFlush(s);
        checkSlowConsumer(s);
    }
}

void Server::sessionMessage(Session &s, Wire::Opcode opcode, QByteArray &payload)
{
    if (opcode != Wire::Opcode::Text)
        onBinary(s, payload);
    else if (s.route().kind != EndpointKind::Echo || !echoUtf8(s, payload))
        onText(s, QString::fromUtf8(payload));
}

// /ws/echo's common case without UTF-16: the answer is the prefix and the bytes as received
// (already checked UTF-8), framed once. Whatever onText() would treat otherwise (a connection
// not open yet or with a user and so a rate limit, blank text, "ping", "pong") goes there.
bool Server::echoUtf8(Session &s, const QByteArray &utf8)
{
    if (s.state() != Session::State::Open || s.hasUser() || (utf8.size() == 4 && (utf8 == "ping" || utf8 == "pong")))
        return false;
    // Not blank for QStringView::trimmed(): an ASCII character that is not white space (blank
    // text of other white space is rare enough for the slow path).
    const bool visible = std::any_of(utf8.cbegin(), utf8.cend(), [](char c) {
        const auto u = uchar(c);
        return u < 0x80 && u != ' ' && (u < '\t' || u > '\r');
    });
    if (!visible || m_authPending.contains(s.id()))
        return false;
    s.countIn(utf8.size(), wallNow());
    ++m_counters.messagesIn;
    m_counters.bytesIn += quint64(utf8.size());
    const QByteArrayView prefix(EchoPrefix);
    const QByteArray frame = textFrame(prefix, utf8);
    const qint64 payloadBytes = prefix.size() + utf8.size();
    if (s.sendFrame(frame, payloadBytes)) {
        ++m_counters.messagesOut;
        m_counters.bytesOut += quint64(payloadBytes);
        scheduleFlush(s);
        checkSlowConsumer(s);
    }
    return true;
}

void Server::sessionPong(Session &s, const QByteArray &payload)
{
    // Any pong shows the peer is alive (RFC 6455 allows unsolicited ones); only the answer to
    // our last ping gives a round-trip time.
    s.missedPongs = 0;
    if (payload.size() != 8 || payload != s.lastPingPayload())
        return;
    const qint64 sentNs = qFromBigEndian<qint64>(payload.constData());
    const qint64 rttNs = m_clock.nsecsElapsed() - sentNs;
    if (rttNs < 0)
        return;
    s.info().rttMs = (rttNs + 500'000) / 1'000'000;
    const double secs = double(rttNs) / 1e9;
    size_t bucket = 0;
    while (bucket < RttBuckets.size() && secs > RttBuckets[bucket])
        ++bucket;
    ++m_rttCounts[bucket];
    m_rttSum += secs;
}

void Server::sessionPeerClosed(Session &s)
{
    // The session answers the Close and shuts TCP; here the server forgets the connection's
    // memberships at once rather than when TCP is gone.
    m_awaitingAuth.remove(s.id());
    m_slow.remove(s.id());
    s.closeDeadline = monotonicMs() + CloseGraceMs;
    m_closing.insert(s.id(), &s);
    if (s.everOpen)
        m_endpoints[size_t(s.route().kind)]->closed(s);
    leaveAdminRooms(s);
}

void Server::sessionFailed(Session &s)
{
    const int code = s.failureCode;
    countRejection(code == CloseCode::TooBig ? "too_big" : code == CloseCode::InvalidPayload ? "invalid_utf8" : "protocol");
    qCWarning(lcConn).noquote() << u"#%1 sent bad data: closing with %2"_s.arg(s.id()).arg(describeClose(code, s.failureReason));
    m_awaitingAuth.remove(s.id());
    m_slow.remove(s.id());
    s.closeDeadline = monotonicMs() + CloseGraceMs;
    m_closing.insert(s.id(), &s);
    if (s.everOpen)
        m_endpoints[size_t(s.route().kind)]->closed(s);
    leaveAdminRooms(s);
}

void Server::sessionQueued(Session &s)
{
    scheduleFlush(s);
    checkSlowConsumer(s);
}

void Server::sessionDrained(Session &s)
{
    if (s.readingPaused() && s.backlogBytes() <= m_config.slowConsumerBytes && s.state() != Session::State::Closing) {
        m_slow.remove(s.id());
        s.slowSinceMs = 0;
        s.resumeReading();
    }
    if (s.reportedPendingBytes != 0)
        s.markChanged();
}

void Server::send(Session &s, const QString &text)
{
    const quint64 before = s.info().bytesOut;
    if (s.sendText(text)) {
        ++m_counters.messagesOut;
        m_counters.bytesOut += s.info().bytesOut - before;
        scheduleFlush(s);
        checkSlowConsumer(s);
    }
}

// Frames written during one pass of the event loop go to the kernel together right after it,
// one write per socket, instead of waiting for each socket's write notifier in the next poll.
// On the epoll dispatcher that is its before-wait work; on Qt's, a posted call.
void Server::scheduleFlush(Session &s)
{
    if (s.flushPending)
        return;
    s.flushPending = true;
    if (m_unflushed.isEmpty() && !m_flushBeforeWait)
        QMetaObject::invokeMethod(this, &Server::flushWrites, Qt::QueuedConnection);
    m_unflushed.append(&s);
}

void Server::flushWrites()
{
    const auto sessions = std::exchange(m_unflushed, {});
    for (const QPointer<Session> &s : sessions) {
        if (s)
            s->flush();
    }
}

int Server::deliver(const QList<Session *> &targets, const QString &text, const Session *except)
{
    // Encoded once for every recipient.
    const QByteArray utf8 = text.toUtf8();
    const QByteArray frame = textFrame(utf8);
    // Sending can close a slow consumer, which edits the member lists: iterate a copy.
    const QList<Session *> copy = targets;
    int n = 0;
    for (Session *t : copy) {
        if (t == except || !t->isOpen())
            continue;
        const bool sent = t->sendFrame(frame, utf8.size()) || t->sendText(text);
        if (sent) {
            ++m_counters.messagesOut;
            m_counters.bytesOut += quint64(utf8.size());
            scheduleFlush(*t);
            checkSlowConsumer(*t);
        }
        ++n;
    }
    return n;
}

// SPEC §7: the cap is on the backlog beyond the frame being written. Over it, the connection
// stops being read (so a client cannot make it grow by sending) and gets a grace period to
// catch up; past the grace period, or at twice the cap, it is closed.
void Server::checkSlowConsumer(Session &s)
{
    const qint64 backlog = s.backlogBytes();
    const qint64 cap = m_config.slowConsumerBytes;
    if (s.state() == Session::State::Closing)
        return;
    if (backlog <= cap) {
        if (s.readingPaused()) {
            m_slow.remove(s.id());
            s.slowSinceMs = 0;
            s.resumeReading();
        }
        return;
    }
    if (backlog > 2 * cap) {
        closeSlowConsumer(s);
        return;
    }
    if (!s.readingPaused()) {
        qCDebug(lcConn).noquote() << u"#%1 has %2 bytes queued (cap %3): reading paused"_s.arg(s.id()).arg(backlog).arg(cap);
        s.pauseReading();
        s.slowSinceMs = monotonicMs();
        m_slow.insert(s.id(), &s);
    }
}

void Server::closeSlowConsumer(Session &s)
{
    qCWarning(lcConn).noquote() << u"#%1 has %2 bytes queued (cap %3): closing as a slow consumer"_s.arg(s.id())
                                       .arg(s.backlogBytes()).arg(m_config.slowConsumerBytes);
    m_slow.remove(s.id());
    countRejection("slow_consumer");
    closeSession(s, CloseCode::PolicyViolation, u"Slow consumer"_s, true);
}

void Server::closeSession(Session &s, int code, const QString &reason, bool aheadOfBacklog)
{
    if (s.state() == Session::State::Closing)
        return;
    const bool wasOpen = s.isOpen();
    m_awaitingAuth.remove(s.id());
    m_authPending.remove(s.id());
    // Registered before close(): with nothing left to flush, the socket disconnects inside
    // close() and onDisconnected() must find (and remove) it here.
    s.closeDeadline = monotonicMs() + CloseGraceMs;
    m_closing.insert(s.id(), &s);
    m_slow.remove(s.id());
    if (wasOpen) {
        m_endpoints[size_t(s.route().kind)]->closed(s);
        leaveAdminRooms(s);
    }
    s.close(code, reason, aheadOfBacklog);
    scheduleFlush(s);
}

void Server::chargeJoin(Session &s, std::function<void()> announce)
{
    const quint64 id = s.id();
    const qint64 userId = s.user().id;
    const auto decided = [this, id, announce](const RateLimiter::Decision &d) {
        Session *t = session(id);
        if (t)
            t->info().rateUsed = d.used;
        if (d.allowed) {
            // Also when the connection is gone meanwhile: its leave, asked later, comes after.
            announce();
            return;
        }
        m_unannounced.insert(id);
        ++m_counters.rateLimited;
        countRejection("rate_limit");
        if (!t || !t->isOpen())
            return;
        qCInfo(lcConn).noquote() << u"#%1 %2 joined without a notice: over the rate limit"_s.arg(id).arg(t->user().name);
        JsonWriter w;
        w.beginObject()
            .field(u"error", u"Rate limit exceeded. Try again later."_s)
            .field(u"retry_after_ms", d.retryAfterMs)
            .endObject();
        send(*t, QString::fromUtf8(w.take()));
    };
    // Like a message (onText): one budget for the cluster, answers in the order asked, so
    // the join is announced before anything the connection sends after it.
    if (clusterUp() && m_cluster->chargeRate(userId, m_limiter.limit(), m_limiter.windowMs(),
                                             [this, userId, decided](std::optional<ClusterLink::RateDecision> cd) {
            decided(clusterDecision(userId, cd));
        }))
        return;
    decided(m_limiter.tryAcquire(userId));
}

void Server::chargeLeave(Session &s, std::function<void()> announce)
{
    const quint64 id = s.id();
    const qint64 userId = s.user().id;
    const auto decided = [this, id, announce] {
        if (!m_unannounced.remove(id) && !m_stopping)
            announce();
    };
    // Counted even over the budget; announced when the join was.
    if (!m_stopping && clusterUp() && m_cluster->chargeRate(userId, m_limiter.limit(), m_limiter.windowMs(),
                                                            [this, userId, decided](std::optional<ClusterLink::RateDecision> cd) {
            clusterDecision(userId, cd);
            decided();
        }))
        return;
    m_limiter.tryAcquire(userId);
    decided();
}

RateLimiter::Decision Server::clusterDecision(qint64 userId, const std::optional<ClusterLink::RateDecision> &cd)
{
    if (!cd)
        return m_limiter.tryAcquire(userId);   // the answer was lost with the link: decided here
    RateLimiter::Decision d;
    d.allowed = cd->allowed;
    d.used = cd->used;
    d.retryAfterMs = cd->retryAfterMs;
    // Mirrored locally: the budget to fall back on, and the Rate limits view.
    if (d.allowed)
        m_limiter.tryAcquire(userId);
    return d;
}

void Server::onDisconnected(Session &s)
{
    const bool wasOpen = s.isOpen();
    if (wasOpen)
        s.setState(Session::State::Closing);
    if (!m_sessions.remove(s.id()))
        return;   // already handled
    m_awaitingAuth.remove(s.id());
    m_authPending.remove(s.id());
    m_closing.remove(s.id());
    if (m_watch.contains(s.id()))
        unwatch(s.id());
    m_slow.remove(s.id());
    if (m_changeLog.enabled)
        m_closedSinceSnapshot.append(s.id());

    if (wasOpen)
        m_endpoints[size_t(s.route().kind)]->closed(s);
    // Whatever way it closed, no room may keep a pointer to it.
    leaveAdminRooms(s);

    int code = s.closeCode;
    QString reason = s.closeReason;
    bool byServer = s.closedByServer;
    if (!s.closedByServer) {
        if (s.peerSentClose) {
            code = s.peerCloseCode;
            reason = s.peerCloseReason;
        } else {
            code = CloseCode::Abnormal;
            reason = u"Connection lost without a Close frame"_s;
        }
    }
    ++m_closeCodes[code];
    {
        AuditEntry a = auditFor(s, u"connection_close"_s);
        a.closeCode = code;
        a.reason = reason;
        a.durationMs = wallNow() - s.info().connectedAtMs;
        a.bytesIn = s.info().bytesIn;
        a.bytesOut = s.info().bytesOut;
        a.detail = byServer ? u"closed by server"_s : u"closed by peer"_s;
        audit(std::move(a));
    }
    const qint64 secs = (wallNow() - s.info().connectedAtMs) / 1000;
    qCInfo(lcConn).noquote() << u"#%1 closed (%2) by %3 after %4 s, %5 messages in, %6 out"_s.arg(s.id())
                                    .arg(describeClose(code, reason), byServer ? u"server"_s : u"peer"_s)
                                    .arg(secs).arg(s.info().messagesIn).arg(s.info().messagesOut);
    recordEvent({wallNow(), s.kicked ? ServerEvent::Kind::Kicked : ServerEvent::Kind::Closed, s.id(),
                 s.info().userId, s.info().userName, s.route().kind, s.route().target, code, reason});
    s.deleteLater();
    if (m_stopping)
        QMetaObject::invokeMethod(this, &Server::maybeFinishStop, Qt::QueuedConnection);
}

void Server::sweep()
{
    const qint64 now = monotonicMs();
    flushAudit();
    ++m_sweepTicks;
    if (m_sweepTicks % 100 == 0) {
        m_connectByUser.prune();
        m_connectByAddress.prune();
    }
    if (m_sweepTicks % 36'000 == 0 && m_worker) {
        QMetaObject::invokeMethod(m_worker, [w = m_worker, days = m_config.auditRetentionDays, rows = m_config.auditMaxRows] {
            w->pruneAudit(days, rows);
        }, Qt::QueuedConnection);
    }
    const qint64 handshakeDeadline = now - m_config.handshakeTimeout.count();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->acceptedAt <= handshakeDeadline) {
            QTcpSocket *sock = it.key();
            ++m_counters.handshakeFailures;
            ++m_handshakeFailures["timeout"_ba];
            countRejection("handshake_timeout");
            qCWarning(lcConn).noquote() << "handshake timeout for" << addressText(sock->peerAddress()) + u':' + QString::number(sock->peerPort());
            it = m_pending.erase(it);
            QObject::disconnect(sock, &QTcpSocket::readyRead, this, nullptr);
            QObject::disconnect(sock, &QTcpSocket::disconnected, this, nullptr);
            sock->abort();
            sock->deleteLater();
        } else {
            ++it;
        }
    }

    QList<Session *> expired;
    for (Session *s : std::as_const(m_awaitingAuth)) {
        if (s->authDeadline <= now)
            expired.append(s);
    }
    for (Session *s : std::as_const(expired)) {
        Authenticator::Outcome o;
        o.status = Authenticator::Outcome::Status::Failed;
        o.method = AuthMethod::Message;
        o.reason = u"Auth timeout"_s;
        o.detail = m_authPending.contains(s->id())
            ? u"the database did not answer within %1"_s.arg(formatDuration(m_config.authTimeout))
            : u"no auth message within %1"_s.arg(formatDuration(m_config.authTimeout));
        authFailed(*s, o);
    }

    expired.clear();
    for (Session *s : std::as_const(m_closing)) {
        if (s->closeDeadline <= now)
            expired.append(s);
    }
    for (Session *s : std::as_const(expired)) {
        m_closing.remove(s->id());
        s->abort();
    }

    expired.clear();
    for (Session *s : std::as_const(m_slow)) {
        if (s->slowSinceMs + SlowConsumerGraceMs <= now)
            expired.append(s);
    }
    for (Session *s : std::as_const(expired))
        closeSlowConsumer(*s);
}

void Server::heartbeat()
{
    // A cycle (one interval) pings every connection open at its start, a slice per tick, so that
    // a tick costs O(connections / slices), not a walk over all of them.
    const int slice = int(m_heartbeatTick++ % quint64(m_heartbeatSlices));
    if (slice == 0) {
        m_heartbeatQueue.clear();
        m_heartbeatQueue.reserve(size_t(m_sessions.size()));
        for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
            m_heartbeatQueue.push_back(it.key());
        m_heartbeatPos = 0;
    }
    const size_t end = m_heartbeatQueue.size() * size_t(slice + 1) / size_t(m_heartbeatSlices);
    QList<Session *> dead;
    for (; m_heartbeatPos < end; ++m_heartbeatPos) {
        Session *s = m_sessions.value(m_heartbeatQueue[m_heartbeatPos]);
        if (!s || s->state() == Session::State::Closing)
            continue;   // closed since the cycle began
        if (s->missedPongs >= 2) {
            dead.append(s);
            continue;
        }
        ++s->missedPongs;
        s->sendPing(m_clock.nsecsElapsed());
        scheduleFlush(*s);
    }
    for (Session *s : std::as_const(dead)) {
        qCWarning(lcConn).noquote() << u"#%1 missed two heartbeats: closing"_s.arg(s->id());
        countRejection("heartbeat");
        closeSession(*s, CloseCode::GoingAway, u"Heartbeat timeout"_s);
    }
}

AuditEntry Server::auditFor(const Session &s, const QString &kind) const
{
    AuditEntry a;
    a.timeMs = wallNow();
    a.kind = kind;
    a.connectionId = s.id();
    a.userId = s.hasUser() ? s.user().id : -1;
    a.userName = s.hasUser() ? s.user().name : QString();
    a.remote = s.info().remoteAddress + u':' + QString::number(s.info().remotePort);
    a.endpoint = s.info().path;   // redacted
    a.authMethod = s.hasUser() ? authMethodName(s.authMethod()) : QString();
    return a;
}

void Server::audit(AuditEntry e)
{
    if (m_cluster && e.node.isEmpty())
        e.node = nodeName();
    if (e.timeMs == 0)
        e.timeMs = wallNow();
    m_audit.append(std::move(e));
}

void Server::flushAudit()
{
    if (m_audit.isEmpty() || !m_worker)
        return;
    // The store thread keeps and retries them; the server thread never waits for the disk.
    QMetaObject::invokeMethod(m_worker, [w = m_worker, rows = std::exchange(m_audit, {})]() mutable {
        w->appendAudit(std::move(rows));
    }, Qt::QueuedConnection);
}

// The store changed (maybe from `socketscope token revoke` in another process): the open
// connections of the users concerned must still be backed by a valid credential. The store
// thread checks them; this thread only picks the sessions and closes those it names.
void Server::onCredentialsChanged(const QList<qint64> &userIds, bool all)
{
    const QSet<qint64> users(userIds.cbegin(), userIds.cend());
    QList<StoreWorker::CredentialCheck> checks;
    for (Session *s : std::as_const(m_sessions)) {
        if (!s->hasUser() || s->state() == Session::State::Closing || (!all && !users.contains(s->user().id)))
            continue;
        checks.append({s->id(), s->user().id, Authenticator::Outcome::Credential(s->credentialKind), s->credentialHash});
    }
    if (checks.isEmpty() || !m_worker)
        return;
    m_credentialRechecks += quint64(checks.size());
    m_worker->call(this, [checks](StoreWorker &w) { return w.recheck(checks); },
                   [this](const QList<std::pair<quint64, QString>> &revoked) {
        for (const auto &[id, reason] : revoked) {
            Session *s = m_sessions.value(id);
            if (!s || !s->hasUser() || s->state() == Session::State::Closing)
                continue;
            qCInfo(lcConn).noquote() << u"#%1 (%2): credential no longer valid: %3"_s.arg(s->id()).arg(s->user().name, reason);
            s->kicked = true;
            closeSession(*s, CloseCode::PolicyViolation, reason);
        }
    });
}

QByteArray Server::metricsText() const
{
    QByteArray out;
    out.reserve(4096);
    const auto help = [&out](const char *name, const char *type, const char *text) {
        out += "# HELP "_ba + name + ' ' + text + "\n# TYPE "_ba + name + ' ' + type + '\n';
    };
    const auto num = [](auto v) { return QByteArray::number(v); };
    const Counters k = counters();

    help("socketscope_build_info", "gauge", "Version of the running SocketScope.");
    out += "socketscope_build_info{version=\"" SOCKETSCOPE_VERSION "\"} 1\n";
    help("socketscope_uptime_seconds", "gauge", "Seconds since the server started listening.");
    out += "socketscope_uptime_seconds " + num(k.uptimeMs / 1000) + '\n';

    QMap<QPair<QByteArray, QByteArray>, int> open;
    for (const Session *s : m_sessions) {
        const QByteArray method = s->hasUser() ? authMethodName(s->authMethod()).toLatin1()
                                               : (s->route().requiresAuth() ? "pending"_ba : "none"_ba);
        ++open[{endpointKindName(s->route().kind).toLatin1(), method}];
    }
    help("socketscope_connections", "gauge", "Open WebSocket connections by endpoint and auth method.");
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        out += "socketscope_connections{endpoint=\"" + it.key().first + "\",auth_method=\"" + it.key().second + "\"} " + num(it.value()) + '\n';
    if (open.isEmpty())
        out += "socketscope_connections{endpoint=\"echo\",auth_method=\"none\"} 0\n";

    help("socketscope_connections_accepted_total", "counter", "WebSocket connections accepted since start.");
    out += "socketscope_connections_accepted_total " + num(k.connectionsAccepted) + '\n';
    help("socketscope_messages_received_total", "counter", "Messages received from clients.");
    out += "socketscope_messages_received_total " + num(k.messagesIn) + '\n';
    help("socketscope_messages_sent_total", "counter", "Messages sent to clients.");
    out += "socketscope_messages_sent_total " + num(k.messagesOut) + '\n';
    help("socketscope_received_bytes_total", "counter", "Payload bytes received from clients.");
    out += "socketscope_received_bytes_total " + num(k.bytesIn) + '\n';
    help("socketscope_sent_bytes_total", "counter", "Payload bytes sent to clients.");
    out += "socketscope_sent_bytes_total " + num(k.bytesOut) + '\n';
    help("socketscope_rate_limited_total", "counter", "Messages refused by the rate limiter.");
    out += "socketscope_rate_limited_total " + num(k.rateLimited) + '\n';
    help("socketscope_handshake_failures_total", "counter", "Connections that failed before or during the WebSocket handshake, by reason.");
    for (auto it = m_handshakeFailures.cbegin(); it != m_handshakeFailures.cend(); ++it)
        out += "socketscope_handshake_failures_total{reason=\"" + it.key() + "\"} " + num(it.value()) + '\n';
    if (m_handshakeFailures.isEmpty())
        out += "socketscope_handshake_failures_total{reason=\"timeout\"} 0\n";
    help("socketscope_credential_rechecks_total", "counter", "Connections re-checked because the store's users, tokens or bans changed.");
    out += "socketscope_credential_rechecks_total " + num(m_credentialRechecks) + '\n';
    help("socketscope_accept_pauses_total", "counter", "Times accepting paused because the process ran out of file descriptors.");
    out += "socketscope_accept_pauses_total " + num(m_acceptPauses) + '\n';

    help("socketscope_rejections_total", "counter", "Connections or messages refused, by reason.");
    for (auto it = m_rejections.cbegin(); it != m_rejections.cend(); ++it)
        out += "socketscope_rejections_total{reason=\"" + it.key() + "\"} " + num(it.value()) + '\n';
    if (m_rejections.isEmpty())
        out += "socketscope_rejections_total{reason=\"rate_limit\"} 0\n";

    help("socketscope_closes_total", "counter", "Closed connections by close code.");
    for (auto it = m_closeCodes.cbegin(); it != m_closeCodes.cend(); ++it)
        out += "socketscope_closes_total{code=\"" + num(it.key()) + "\"} " + num(it.value()) + '\n';
    if (m_closeCodes.isEmpty())
        out += "socketscope_closes_total{code=\"1000\"} 0\n";

    help("socketscope_db_up", "gauge", "1 while the store (SQLite or PostgreSQL) answers.");
    out += "socketscope_db_up " + num(m_storeHealth.up ? 1 : 0) + '\n';
    help("socketscope_db_reconnects_total", "counter", "Times the connection to PostgreSQL was opened again after a failure.");
    out += "socketscope_db_reconnects_total " + num(m_storeHealth.reconnects) + '\n';
    help("socketscope_audit_rows_queued", "gauge", "Audit rows waiting to be written to the store.");
    out += "socketscope_audit_rows_queued " + num(m_storeHealth.auditQueued) + '\n';

    if (m_cluster) {
        help("socketscope_redis_up", "gauge", "1 while the link to the cluster's Redis is up (SPEC 9).");
        out += "socketscope_redis_up " + num(m_cluster->isUp() ? 1 : 0) + '\n';
        help("socketscope_redis_reconnects_total", "counter", "Times the Redis link came back after a drop.");
        out += "socketscope_redis_reconnects_total " + num(m_cluster->reconnects()) + '\n';
        help("socketscope_cluster_name_in_use", "gauge",
             "1 while another running node holds this node's --node-name, so this one stays out of the cluster.");
        out += "socketscope_cluster_name_in_use " + num(m_cluster->nameInUse() ? 1 : 0) + '\n';
        help("socketscope_cluster_nodes", "gauge", "Nodes of the cluster seen alive, this one included.");
        out += "socketscope_cluster_nodes " + num(m_cluster->isUp() ? m_cluster->remoteNodes().size() + 1 : 1) + '\n';
        help("socketscope_cluster_messages_published_total", "counter", "Messages this node sent to the other nodes.");
        out += "socketscope_cluster_messages_published_total " + num(m_cluster->published()) + '\n';
        help("socketscope_cluster_messages_received_total", "counter", "Messages this node got from the other nodes.");
        out += "socketscope_cluster_messages_received_total " + num(m_cluster->received()) + '\n';
    }

    help("socketscope_rtt_seconds", "histogram", "Round-trip time of heartbeat pings.");
    quint64 cumulative = 0;
    for (size_t i = 0; i < RttBuckets.size(); ++i) {
        cumulative += m_rttCounts[i];
        out += "socketscope_rtt_seconds_bucket{le=\"" + QByteArray::number(RttBuckets[i], 'g', 6) + "\"} " + num(cumulative) + '\n';
    }
    cumulative += m_rttCounts.back();
    out += "socketscope_rtt_seconds_bucket{le=\"+Inf\"} " + num(cumulative) + '\n';
    out += "socketscope_rtt_seconds_sum " + QByteArray::number(m_rttSum, 'g', 12) + '\n';
    out += "socketscope_rtt_seconds_count " + num(cumulative) + '\n';
    return out;
}

// ---------------------------------------------------------------------------------------------
// Cluster (SPEC §9, docs/cluster.md)

void Server::relay(const ClusterMessage &m)
{
    if (m_cluster)
        m_cluster->publish(m);
}

int Server::remoteCount(const std::function<bool(const ConnectionInfo &)> &pred) const
{
    int n = 0;
    if (!m_cluster)
        return 0;
    for (const RemoteNode &node : m_cluster->remoteNodes()) {
        for (const ConnectionInfo &c : node.snapshot.connections) {
            if (pred(c))
                ++n;
        }
    }
    return n;
}

int Server::remoteGroupCount(bool rooms, const QString &name) const
{
    int n = 0;
    if (!m_cluster)
        return 0;
    for (const RemoteNode &node : m_cluster->remoteNodes()) {
        if (rooms) {
            for (const RoomInfo &r : node.snapshot.rooms)
                n += r.name == name ? int(r.members.size()) : 0;
        } else {
            for (const TopicInfo &t : node.snapshot.topics)
                n += t.name == name ? int(t.subscribers.size()) : 0;
        }
    }
    return n;
}

void Server::kickLocal(const QList<Session *> &targets, int code, const QString &reason)
{
    for (Session *s : targets) {
        s->kicked = true;
        closeSession(*s, code, reason);
    }
}

void Server::clusterMessage(const ClusterMessage &m)
{
    using Kind = ClusterMessage::Kind;
    switch (m.kind) {
    case Kind::Room:
        countRoomMessage(m.target);
        deliver(roomMembers(m.target), m.text);
        return;
    case Kind::Manager:
        deliver(m_manager, m.text);
        return;
    case Kind::Publish:
        publishLocal(m.target, m.data);
        return;
    case Kind::Broadcast: {
        QList<Session *> targets;
        if (!m.target.isEmpty()) {
            targets = roomMembers(m.target);
        } else {
            for (Session *s : std::as_const(m_sessions)) {
                if (s->isOpen() && (m.endpoint == EndpointKind::Unknown || s->route().kind == m.endpoint))
                    targets.append(s);
            }
            std::sort(targets.begin(), targets.end(), [](const Session *a, const Session *b) { return a->id() < b->id(); });
        }
        deliver(targets, m.text);
        return;
    }
    case Kind::SendToUser:
        deliver(sessionsOfUser(m.userId), m.text);
        return;
    case Kind::KickConnection:
        if (m.target == nodeName()) {
            if (Session *s = session(m.connectionId); s && s->state() != Session::State::Closing) {
                qCInfo(lcServer).noquote() << u"node %1 kicks #%2 (%3)"_s.arg(m.origin).arg(m.connectionId)
                                                  .arg(describeClose(m.code, m.reason));
                kickLocal({s}, m.code, m.reason);
            }
        }
        return;
    case Kind::KickUser:
    case Kind::Ban: {
        const QList<Session *> targets = sessionsOfUser(m.userId);
        if (!targets.isEmpty())
            qCInfo(lcServer).noquote() << u"node %1: %2 user %3 closes %4 connections here"_s.arg(m.origin)
                                              .arg(m.kind == Kind::Ban ? u"ban of"_s : u"kick of"_s).arg(m.userId)
                                              .arg(targets.size());
        kickLocal(targets, m.code, m.reason);
        return;
    }
    case Kind::SetRateLimit:
        setRateLimit(m.limit, m.windowMs);
        return;
    case Kind::CloseRoom:
        kickLocal(roomMembers(m.target), m.code, m.reason);
        return;
    }
}

QByteArray Server::clusterPresence()
{
    // Called once a second: this node's messages per second for the Nodes view.
    const quint64 total = m_counters.messagesIn + m_counters.messagesOut;
    const qint64 now = monotonicMs();
    if (m_rateSampleMs > 0 && now > m_rateSampleMs)
        m_messageRate = double(total - m_rateSampleTotal) * 1000.0 / double(now - m_rateSampleMs);
    m_rateSampleMs = now;
    m_rateSampleTotal = total;
    streamRemoteNodes();

    // A complete snapshot of this node, built beside the window's delta bookkeeping.
    ServerSnapshot snap;
    snap.timeMs = wallNow();
    snap.listening = isListening();
    snap.listenUrl = listenUrl();
    snap.rateLimit = m_limiter.limit();
    snap.rateWindowMs = m_limiter.windowMs();
    snap.connections.reserve(m_sessions.size());
    for (const Session *s : std::as_const(m_sessions)) {
        ConnectionInfo c = describe(*s);
        c.pendingBytes = s->pendingBytes();
        c.rateLimit = m_limiter.limit();
        c.rateUsed = s->info().rateUsed;
        snap.connections.append(std::move(c));
    }
    std::sort(snap.connections.begin(), snap.connections.end(),
              [](const ConnectionInfo &a, const ConnectionInfo &b) { return a.id < b.id; });
    const auto ids = [](const QList<Session *> &members) {
        QList<quint64> out;
        out.reserve(members.size());
        for (const Session *m : members)
            out.append(m->id());
        return out;
    };
    for (auto it = m_rooms.byName.cbegin(); it != m_rooms.byName.cend(); ++it)
        snap.rooms.append(RoomInfo{it.key(), ids(it->members), it->messages, {}});
    for (auto it = m_topics.byName.cbegin(); it != m_topics.byName.cend(); ++it)
        snap.topics.append(TopicInfo{it.key(), ids(it->members), it->messages, {}});
    snap.counters = counters();
    WatchMessage w;
    w.full = true;
    w.node = nodeName();
    w.snapshot = &snap;
    return encodeWatchMessage(w);
}

void Server::streamRemoteNodes()
{
    if (!m_watch.hasWatchers()) {
        m_streamedRemote.clear();
        return;
    }
    QList<Session *> watchers;
    for (Session *s : std::as_const(m_sessions)) {
        // After the watcher's own first full snapshot, so that a watcher (the attached window)
        // knows which node it talks to from the first message.
        if (s->isOpen() && m_watch.contains(s->id()) && !m_watch.awaitingFull(s->id()))
            watchers.append(s);
    }
    if (watchers.isEmpty())
        return;
    const auto send = [&](const QString &node, const ServerSnapshot &snap) {
        WatchMessage w;
        w.seq = ++m_remoteSeq;
        w.full = true;   // replaces everything the watcher holds for that node
        w.node = node;
        w.snapshot = &snap;
        deliver(watchers, QString::fromUtf8(encodeWatchMessage(w)));
    };
    const auto &remote = m_cluster->remoteNodes();
    for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
        if (m_streamedRemote.value(it.key(), -1) == it->heartbeatMs)
            continue;
        m_streamedRemote.insert(it.key(), it->heartbeatMs);
        send(it.key(), it->snapshot);
    }
    // A node that left: an empty full snapshot under its name clears its rows.
    for (auto it = m_streamedRemote.begin(); it != m_streamedRemote.end();) {
        if (remote.contains(it.key())) {
            ++it;
            continue;
        }
        ServerSnapshot empty;
        empty.timeMs = wallNow();
        send(it.key(), empty);
        it = m_streamedRemote.erase(it);
    }
}

void Server::clusterLinkChanged(bool up)
{
    if (!up)
        streamRemoteNodes();   // the other nodes are out of sight: watchers drop their rows
    recordEvent({wallNow(), up ? ServerEvent::Kind::Listening : ServerEvent::Kind::Error, 0, -1, {},
                 EndpointKind::Unknown, {}, 0,
                 up ? u"Redis link up: node %1 is in the cluster"_s.arg(nodeName())
                    : u"Redis link down: node %1 serves its own clients only"_s.arg(nodeName())});
}

QList<Session *> Server::sessionsOfUser(qint64 userId) const
{
    QList<Session *> out;
    for (Session *s : m_sessions) {
        if (s->hasUser() && s->user().id == userId && s->state() != Session::State::Closing)
            out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const Session *a, const Session *b) { return a->id() < b->id(); });
    return out;
}

void Server::Groups::join(const QString &name, Session &s)
{
    byName[name].members.append(&s);
}

void Server::Groups::leave(const QString &name, Session &s)
{
    auto it = byName.find(name);
    if (it == byName.end())
        return;
    it->members.removeOne(&s);
    // A room or topic exists while it has members.
    if (it->members.isEmpty())
        byName.erase(it);
}

QStringList Server::Groups::names() const
{
    QStringList names = byName.keys();
    names.sort();
    return names;
}

void Server::joinRoom(const QString &room, Session &s)
{
    m_rooms.join(room, s);
    recordEvent({wallNow(), ServerEvent::Kind::Joined, s.id(), s.hasUser() ? s.user().id : -1,
                 s.hasUser() ? s.user().name : QString(), s.route().kind, room, 0, {}});
}

void Server::leaveRoom(const QString &room, Session &s)
{
    m_rooms.leave(room, s);
    recordEvent({wallNow(), ServerEvent::Kind::Left, s.id(), s.hasUser() ? s.user().id : -1,
                 s.hasUser() ? s.user().name : QString(), s.route().kind, room, 0, {}});
}

void Server::leaveAdminRooms(Session &s)
{
    const QStringList rooms = std::exchange(s.adminRooms, {});
    for (const QString &room : rooms) {
        leaveRoom(room, s);
        if (!m_stopping)
            deliver(roomMembers(room), (s.hasUser() ? s.user().name : u"anonymous"_s) + u" left the room"_s);
    }
}

QList<Session *> Server::roomMembers(const QString &room) const
{
    return m_rooms.byName.value(room).members;
}

void Server::roomText(const QString &room, const QString &text, const Session *except)
{
    ClusterMessage m;
    m.kind = ClusterMessage::Kind::Room;
    m.target = room;
    m.text = text;
    relay(m);
    deliver(roomMembers(room), text, except);
}

void Server::managerText(const QString &text)
{
    ClusterMessage m;
    m.kind = ClusterMessage::Kind::Manager;
    m.text = text;
    relay(m);
    deliver(m_manager, text);
}

QStringList Server::roomNames() const
{
    return m_rooms.names();
}

void Server::countRoomMessage(const QString &room)
{
    if (auto it = m_rooms.byName.find(room); it != m_rooms.byName.end())
        ++it->messages;
}

void Server::subscribe(const QString &topic, Session &s)
{
    m_topics.join(topic, s);
    recordEvent({wallNow(), ServerEvent::Kind::Joined, s.id(), s.hasUser() ? s.user().id : -1,
                 s.hasUser() ? s.user().name : QString(), s.route().kind, topic, 0, {}});
}

void Server::unsubscribe(const QString &topic, Session &s)
{
    m_topics.leave(topic, s);
    recordEvent({wallNow(), ServerEvent::Kind::Left, s.id(), s.hasUser() ? s.user().id : -1,
                 s.hasUser() ? s.user().name : QString(), s.route().kind, topic, 0, {}});
}

int Server::publish(const QString &topic, const QByteArray &json)
{
    ClusterMessage m;
    m.kind = ClusterMessage::Kind::Publish;
    m.target = topic;
    m.data = json;
    relay(m);
    return publishLocal(topic, json);
}

int Server::publishLocal(const QString &topic, const QByteArray &json)
{
    auto it = m_topics.byName.find(topic);
    if (it == m_topics.byName.end())
        return 0;
    ++it->messages;
    return deliver(it->members, QString::fromUtf8(json));
}

QList<Session *> Server::subscribers(const QString &topic) const
{
    return m_topics.byName.value(topic).members;
}

QStringList Server::topicNames() const
{
    return m_topics.names();
}

void Server::setRateLimit(int limit, qint64 windowMs)
{
    m_limiter.setLimit(limit, windowMs);
    m_config.rateLimit = m_limiter.limit();
    m_config.rateWindow = Milliseconds(m_limiter.windowMs());
    qCInfo(lcServer).noquote() << u"rate limit set to %1 messages per %2"_s.arg(m_limiter.limit())
                                      .arg(formatDuration(m_config.rateWindow));
}

void Server::recordEvent(ServerEvent e)
{
    if (!m_snapshotsActive)
        return;
    if (m_events.size() >= MaxEventsPerSnapshot) {
        ++m_eventsDropped;
        return;
    }
    m_events.append(std::move(e));
}

Counters Server::counters() const
{
    Counters c = m_counters;
    c.connections = int(m_sessions.size());
    c.uptimeMs = isListening() ? wallNow() - m_startedWallMs : 0;
    return c;
}

ConnectionInfo Server::describe(const Session &s) const
{
    ConnectionInfo c = s.info();
    if (m_cluster)
        c.node = nodeName();
    return c;
}

ServerSnapshot Server::takeSnapshot()
{
    ServerSnapshot snap;
    snap.timeMs = wallNow();
    snap.listening = isListening();
    snap.listenUrl = listenUrl();
    snap.error = m_lastError;
    snap.rateLimit = m_limiter.limit();
    snap.rateWindowMs = m_limiter.windowMs();

    m_limiter.prune();
    const auto states = m_limiter.states();
    // A connection's row shows its user's rate-limit use, which also moves without traffic as
    // the window slides: the sessions of users whose use moved since the last snapshot count as
    // changed. One pass over the sessions, and only while someone is inside a rate window.
    QHash<qint64, int> usedNow;
    QSet<qint64> rateMoved;
    usedNow.reserve(states.size());
    for (const auto &st : states) {
        usedNow.insert(st.userId, st.used);
        if (m_reportedRateUsed.value(st.userId, 0) != st.used)
            rateMoved.insert(st.userId);
    }
    for (auto it = m_reportedRateUsed.cbegin(); it != m_reportedRateUsed.cend(); ++it) {
        if (!usedNow.contains(it.key()) && it.value() != 0)
            rateMoved.insert(it.key());
    }
    QHash<qint64, QString> names;
    if (!states.isEmpty() || !rateMoved.isEmpty()) {
        for (Session *s : std::as_const(m_sessions)) {
            if (!s->hasUser())
                continue;
            names.insert(s->user().id, s->user().name);
            if (rateMoved.contains(s->user().id))
                s->markChanged();
        }
    }
    const qint64 now = snap.timeMs;
    for (const auto &st : states) {
        RateInfo r;
        r.userId = st.userId;
        r.userName = names.value(st.userId);
        if (r.userName.isEmpty()) {
            r.userName = m_userNames.value(st.userId);
        }
        r.used = st.used;
        r.limit = st.limit;
        r.windowMs = st.windowMs;
        r.resetInMs = st.resetInMs;
        r.rejected = st.rejected;
        r.lastRejectionMs = st.lastRejectionAgoMs < 0 ? 0 : now - st.lastRejectionAgoMs;
        snap.rates.append(r);
    }

    // Connections: all of them in a complete snapshot, otherwise only those whose row differs
    // from the one last sent: changed info (ChangeLog, rate-limit use above) or unsent bytes that
    // moved. Idle connections cost nothing here.
    const auto row = [&](Session *s) {
        s->takeChanged();
        ConnectionInfo c = describe(*s);
        c.pendingBytes = s->pendingBytes();
        c.rateLimit = m_limiter.limit();
        c.rateUsed = s->hasUser() ? usedNow.value(s->user().id) : 0;
        s->reportedPendingBytes = c.pendingBytes;
        if (c.pendingBytes > 0)
            m_backlogged.insert(s->id());
        else
            m_backlogged.remove(s->id());
        snap.connections.append(std::move(c));
    };
    snap.connectionsComplete = std::exchange(m_snapshotComplete, false);
    if (snap.connectionsComplete) {
        m_changeLog.ids.clear();
        m_closedSinceSnapshot.clear();
        m_backlogged.clear();
        snap.connections.reserve(m_sessions.size());
        for (Session *s : std::as_const(m_sessions))
            row(s);
    } else {
        const std::vector<quint64> changed = std::exchange(m_changeLog.ids, {});
        for (const quint64 id : changed) {
            if (Session *s = m_sessions.value(id))
                row(s);
        }
        const QSet<quint64> backlogged = m_backlogged;
        for (const quint64 id : backlogged) {
            Session *s = m_sessions.value(id);
            if (!s) {
                m_backlogged.remove(id);
                continue;
            }
            if (s->pendingBytes() != s->reportedPendingBytes)
                row(s);   // its unsent bytes moved without any other change
        }
        snap.closedConnections = std::exchange(m_closedSinceSnapshot, {});
    }
    m_reportedRateUsed = std::move(usedNow);
    std::sort(snap.connections.begin(), snap.connections.end(),
              [](const ConnectionInfo &a, const ConnectionInfo &b) { return a.id < b.id; });

    const auto ids = [](const QList<Session *> &members) {
        QList<quint64> out;
        out.reserve(members.size());
        for (const Session *m : members)
            out.append(m->id());
        return out;
    };
    for (auto it = m_rooms.byName.cbegin(); it != m_rooms.byName.cend(); ++it)
        snap.rooms.append(RoomInfo{it.key(), ids(it->members), it->messages, {}});
    for (auto it = m_topics.byName.cbegin(); it != m_topics.byName.cend(); ++it)
        snap.topics.append(TopicInfo{it.key(), ids(it->members), it->messages, {}});
    std::sort(snap.rooms.begin(), snap.rooms.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    std::sort(snap.topics.begin(), snap.topics.end(), [](const auto &a, const auto &b) { return a.name < b.name; });

    snap.counters = counters();
    snap.storeIsPostgres = Store::isPostgresLocation(m_dbPath);
    snap.storeUp = m_storeHealth.up;
    if (m_cluster) {
        snap.nodeName = nodeName();
        snap.redisUrl = m_cluster->redisUrl();
        NodeInfo self;
        self.name = nodeName();
        self.address = listenUrl();
        self.connections = int(m_sessions.size());
        self.messagesPerSecond = m_messageRate;
        self.redisUp = m_cluster->isUp();
        self.nameInUse = m_cluster->nameInUse();
        self.lastHeartbeatMs = snap.timeMs;
        self.self = true;
        snap.nodes.append(self);
        for (const RemoteNode &r : m_cluster->remoteNodes()) {
            NodeInfo n;
            n.name = r.name;
            n.address = r.snapshot.listenUrl;
            n.connections = int(r.snapshot.connections.size());
            n.messagesPerSecond = r.messagesPerSecond;
            n.redisUp = true;   // it wrote its presence within the last 3 s
            n.lastHeartbeatMs = r.heartbeatMs;
            snap.nodes.append(n);
        }
        remoteRows(snap);
    }
    snap.events = std::exchange(m_events, {});
    snap.eventsDropped = std::exchange(m_eventsDropped, 0);
    return snap;
}

// The window's copy of the other nodes: a node's rows again only when its presence was rewritten.
void Server::remoteRows(ServerSnapshot &snap)
{
    if (snap.connectionsComplete)
        m_snapshotRemote.clear();
    const auto &remote = m_cluster->remoteNodes();
    for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
        if (m_snapshotRemote.value(it.key(), -1) == it->heartbeatMs)
            continue;
        m_snapshotRemote.insert(it.key(), it->heartbeatMs);
        RemoteNodeRows rows;
        rows.node = it.key();
        rows.connections = it->snapshot.connections;
        for (ConnectionInfo &c : rows.connections)
            c.node = it.key();
        rows.rooms = it->snapshot.rooms;
        rows.topics = it->snapshot.topics;
        snap.remoteNodes.append(std::move(rows));
    }
    for (auto it = m_snapshotRemote.begin(); it != m_snapshotRemote.end();) {
        if (remote.contains(it.key())) {
            ++it;
            continue;
        }
        RemoteNodeRows gone;
        gone.node = it.key();
        gone.gone = true;
        snap.remoteNodes.append(std::move(gone));
        it = m_snapshotRemote.erase(it);
    }
}

void Server::publishSnapshot()
{
    if (!m_snapshotsActive)
        return;
    ServerSnapshot snap = takeSnapshot();
    // Encoded once per rate group and tick, whatever the number of watchers.
    const QList<WatchHub::Delivery> deliveries = m_watch.tick(snap, monotonicMs(), nodeName());
    for (const WatchHub::Delivery &d : deliveries) {
        QList<Session *> targets;
        targets.reserve(d.watchers.size());
        for (const quint64 id : d.watchers) {
            if (Session *s = m_sessions.value(id); s && s->isOpen())
                targets.append(s);
        }
        if (!targets.isEmpty())
            deliver(targets, QString::fromUtf8(d.json));
    }
    if (m_snapshotsEnabled)
        Q_EMIT snapshotReady(std::move(snap));
}

} // namespace SocketScope
