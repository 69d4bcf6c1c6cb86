#include "serverhost.h"

#include "admin/adminservice.h"
#include "store/auditexport.h"
#include "net/epolldispatcher.h"
#include "auth/jwt.h"
#include "server.h"
#include "store/storeworker.h"

#include <QAbstractEventDispatcher>
#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QTimer>
#include <QUrl>

#include <future>
#include <memory>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
const QString GuiActor = u"GUI"_s;

QString isoSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

// An "admin" audit row for a GUI change the Store does not log by itself (as the CLI does).
void recordAdmin(Store &store, const User &target, const QString &detail)
{
    AuditEntry entry;
    entry.kind = u"admin"_s;
    entry.userId = target.id;
    entry.userName = target.name;
    entry.actor = GuiActor;
    entry.detail = detail;
    QString error;
    if (!store.appendAudit({entry}, &error))
        qWarning().noquote() << "the audit entry was not written:" << error;
}
} // namespace

// The server thread's event dispatcher (docs/performance.md). Qt's glib dispatcher walks every
// socket on each pass, Qt's poll() one hands all of them to the kernel on each pass; ours uses
// epoll and touches only the ready ones. SOCKETSCOPE_DISPATCHER=poll|glib picks Qt's instead
// (for comparison); threads that exist already, the GUI thread among them, keep theirs.
void ServerHost::installDispatcher(QThread &thread)
{
    const QByteArray wanted = qgetenv("SOCKETSCOPE_DISPATCHER");
    if (wanted == "glib")
        return;
    if (wanted != "poll") {
        auto dispatcher = std::make_unique<EpollEventDispatcher>();
        if (dispatcher->isValid()) {
            thread.setEventDispatcher(dispatcher.release());
            return;
        }
    }
    // A new thread picks Qt's dispatcher when it starts; QT_NO_GLIB selects the poll() one.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
}

QString ServerHost::eventDispatcherName() const
{
    const QAbstractEventDispatcher *d = m_thread.eventDispatcher();
    return d ? QString::fromLatin1(d->metaObject()->className()) : QString();
}

ServerHost::ServerHost(QObject *parent)
    : DashboardHost(parent)
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
    installDispatcher(m_thread);
    m_thread.start();

    connect(m_server, &Server::snapshotReady, this, &ServerHost::snapshotReady);
    connect(m_server, &Server::stopped, this, [this] {
        m_listening = false;
        m_listenUrl.clear();
        m_plainUrl.clear();
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
            QString plain;
            if (ok && m_server->plainPort() != 0) {
                QUrl u(url);
                u.setScheme(u"ws"_s);
                u.setPort(m_server->plainPort());
                plain = u.toString();
            }
            QMetaObject::invokeMethod(this, [this, ok, url, plain, port, error] {
                m_listening = ok;
                m_listenUrl = url;
                m_plainUrl = plain;
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
        m_server->admin().execute(command, AdminService::Actor{u"GUI"_s, 0}, [this, id](AdminResult r) {
            r.requestId = id;
            QMetaObject::invokeMethod(this, [this, r] { Q_EMIT adminResult(r); }, Qt::QueuedConnection);
        });
    }, Qt::QueuedConnection);
    return id;
}

AdminResult ServerHost::runAdmin(const AdminCommand &command)
{
    ensureServer();
    // Shared: if the wait below gives up, the answer still has somewhere to go.
    auto promise = std::make_shared<std::promise<AdminResult>>();
    std::future<AdminResult> answer = promise->get_future();
    QMetaObject::invokeMethod(m_server, [this, command, promise] {
        m_server->admin().execute(command, AdminService::Actor{GuiActor, 0},
                                  [promise](const AdminResult &r) { promise->set_value(r); });
    }, Qt::QueuedConnection);
    if (answer.wait_for(std::chrono::seconds(15)) != std::future_status::ready) {
        AdminResult r;
        r.error = tr("the database did not answer in time");
        return r;
    }
    return answer.get();
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
        if (m_server->jwtSecret().isEmpty())
            return;
        Jwt::Claims c;
        c.userId = userId;
        c.name = name;
        c.role = role;
        c.expiresAt = QDateTime::currentSecsSinceEpoch() + ttlSecs;
        token = Jwt::sign(c, m_server->jwtSecret());
    }, Qt::BlockingQueuedConnection);
    return token;
}

QList<User> ServerHost::users()
{
    QList<User> out;
    withStore(nullptr, [&](Store &store, QString *) {
        out = store.users();
        return true;
    });
    return out;
}

template <typename F>
void ServerHost::runBlocking(F &&f)
{
    ensureServer();
    QMetaObject::invokeMethod(m_server, std::forward<F>(f), Qt::BlockingQueuedConnection);
}

template <typename F>
bool ServerHost::withStore(QString *error, F &&f)
{
    bool ok = false;
    QString why = tr("no database is open (the server opens it when it starts)");
    StoreWorker *worker = nullptr;
    runBlocking([&] { worker = m_server->storeWorker(); });
    if (worker) {
        QMetaObject::invokeMethod(worker, [&] {
            if (worker->store().isOpen()) {
                why.clear();
                ok = f(worker->store(), &why);
            }
        }, Qt::BlockingQueuedConnection);
    }
    if (!ok && error)
        *error = why;
    return ok;
}

StoreListing ServerHost::readListing(Store &store)
{
    StoreListing out;
    if (!store.isOpen()) {
        out.error = tr("no database is open (the server opens it when it starts)");
        return out;
    }
    out.ok = true;
    out.databasePath = store.path();
    out.nowSecs = QDateTime::currentSecsSinceEpoch();
    out.revision = store.revision();
    out.tokens = store.tokens();
    QHash<qint64, Ban> bans;
    for (const Ban &b : store.bans(out.nowSecs))
        bans.insert(b.userId, b);
    QHash<qint64, std::pair<int, int>> counts;   // user id -> (active, all)
    for (const TokenInfo &t : std::as_const(out.tokens)) {
        auto &c = counts[t.userId];
        ++c.second;
        if (!t.revoked && (t.expiresAt == 0 || t.expiresAt > out.nowSecs))
            ++c.first;
    }
    const QList<User> users = store.users();
    out.users.reserve(users.size());
    for (const User &u : users) {
        UserRecord r;
        r.user = u;
        const auto c = counts.value(u.id);
        r.activeTokens = c.first;
        r.tokens = c.second;
        if (const auto it = bans.constFind(u.id); it != bans.cend()) {
            r.bannedUntil = it->until;
            r.banReason = it->reason;
        }
        out.users.append(r);
    }
    return out;
}

quint64 ServerHost::requestStoreListing()
{
    ensureServer();
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(m_server, [this, id] {
        StoreWorker *worker = m_server->storeWorker();
        if (!worker) {
            StoreListing none;
            none.error = tr("no database is open (the server opens it when it starts)");
            QMetaObject::invokeMethod(this, [this, id, none] { Q_EMIT storeListingReady(id, none); }, Qt::QueuedConnection);
            return;
        }
        worker->call(this, [](StoreWorker &w) { return readListing(w.store()); },
                     [this, id](const StoreListing &listing) { Q_EMIT storeListingReady(id, listing); });
    }, Qt::QueuedConnection);
    return id;
}

StoreListing ServerHost::storeListing()
{
    StoreListing out;
    out.error = tr("no database is open (the server opens it when it starts)");
    withStore(nullptr, [&](Store &store, QString *) {
        out = readListing(store);
        return true;
    });
    return out;
}

std::optional<User> ServerHost::addUser(const QString &name, const QString &role, QString *error)
{
    std::optional<User> user;
    withStore(error, [&](Store &store, QString *why) {
        user = store.addUser(name, role, why);
        if (user)
            recordAdmin(store, *user, u"user add (role %1)"_s.arg(user->role));
        return user.has_value();
    });
    return user;
}

bool ServerHost::removeUser(qint64 userId, QString *error)
{
    return withStore(error, [&](Store &store, QString *why) { return store.removeUser(userId, why, GuiActor); });
}

std::optional<IssuedToken> ServerHost::issueToken(qint64 userId, qint64 ttlSecs, QString *error)
{
    std::optional<IssuedToken> issued;
    withStore(error, [&](Store &store, QString *why) {
        const auto user = store.userById(userId);
        if (!user) {
            *why = tr("unknown user %1").arg(userId);
            return false;
        }
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString token = store.issueToken(userId, ttlSecs, why);
        if (token.isEmpty())
            return false;
        IssuedToken t;
        t.token = token;
        t.id = store.tokenIdForHash(Store::hashSecret(token)).value_or(0);
        t.expiresAt = ttlSecs > 0 ? now + ttlSecs : 0;
        recordAdmin(store, *user, u"token issue (token %1, %2)"_s.arg(
            t.id ? QString::number(t.id) : u"?"_s,
            t.expiresAt ? u"expires "_s + isoSecs(t.expiresAt) : u"never expires"_s));
        issued = t;
        return true;
    });
    return issued;
}

bool ServerHost::revokeToken(qint64 tokenId, QString *error)
{
    return withStore(error, [&](Store &store, QString *why) { return store.revokeToken(tokenId, why, GuiActor); });
}

bool ServerHost::ban(qint64 userId, qint64 durationMs, const QString &reason, QString *error)
{
    if (durationMs <= 0) {
        if (error)
            *error = tr("the ban needs a duration");
        return false;
    }
    // The admin service stores the ban and closes the user's connections now, as /ws/admin does.
    AdminCommand c;
    c.type = AdminCommand::Type::Ban;
    c.userId = userId;
    c.durationMs = durationMs;
    c.reason = reason;
    const AdminResult r = runAdmin(c);
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

bool ServerHost::unban(qint64 userId, QString *error)
{
    AdminCommand c;
    c.type = AdminCommand::Type::Unban;
    c.userId = userId;
    const AdminResult r = runAdmin(c);
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

std::optional<AuditExport> ServerHost::exportAudit(qint64 sinceMs, AuditFormat format, QString *error)
{
    std::optional<AuditExport> out;
    // Rows still buffered in the server belong in the export: handed to the store thread first.
    runBlocking([&] { m_server->flushAudit(); });
    withStore(error, [&](Store &store, QString *) {
        const QList<AuditEntry> entries = store.audit(std::max<qint64>(0, sinceMs));
        AuditExport e;
        e.entries = int(entries.size());
        e.data = format == AuditFormat::Csv ? auditToCsv(entries) : auditToJsonLines(entries);
        out = std::move(e);
        return true;
    });
    return out;
}

} // namespace SocketScope
