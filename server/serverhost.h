#pragma once

#include "admin/admincommand.h"
#include "config.h"
#include "dashboardhost.h"
#include "monitor/snapshot.h"
#include "store/store.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <optional>

namespace SocketScope {

class Server;

// One user of the store with what the Users view shows about it.
struct UserRecord
{
    User user;
    int activeTokens = 0;     // neither revoked nor expired
    int tokens = 0;           // every token, revoked and expired ones included
    qint64 bannedUntil = 0;   // seconds since the epoch; 0: not banned
    QString banReason;
};

// Everything the Users view needs, read in one go in the server thread.
struct StoreListing
{
    bool ok = false;
    QString error;            // why not ok: no database open, a query failed
    QString databasePath;
    qint64 nowSecs = 0;       // when it was read; token status and bans are as of then
    qint64 revision = 0;      // Store::revision()
    QList<UserRecord> users;
    QList<TokenInfo> tokens;  // every user's, redacted (the store never holds a token)
};

struct IssuedToken
{
    qint64 id = 0;
    QString token;            // the plain token: shown once, never stored or logged
    qint64 expiresAt = 0;     // seconds since the epoch; 0: never
};

struct AuditExport
{
    QByteArray data;
    int entries = 0;
};

enum class AuditFormat { Csv, JsonLines };

// Lives in the caller's (GUI or main) thread and owns the server thread. Everything here is
// asynchronous: calls are queued to the server thread, answers come back as signals.
class ServerHost : public DashboardHost
{
    Q_OBJECT
public:
    explicit ServerHost(QObject *parent = nullptr);
    ~ServerHost() override;   // stops the server (closing connections with 1001) and the thread

    // (Re)starts listening with `config`. Answer: started().
    void start(const ServerConfig &config);
    // Stops listening and closes every connection with 1001. Answer: stopped().
    void stop();
    // Blocks until the server thread has stopped the server (bounded by `timeoutMs`).
    bool stopAndWait(int timeoutMs = 5000);

    bool isListening() const { return m_listening; }
    QString listenUrl() const { return m_listenUrl; }
    quint16 port() const { return m_port; }
    ServerConfig config() const { return m_config; }

    // Runs an admin action in the server thread. Returns the request id that adminResult() echoes.
    quint64 execute(const AdminCommand &command) override;

    // Snapshots cost work per connection; headless runs turn them off.
    void setSnapshotsEnabled(bool enabled) override;

    // Signs a JWT with the running server's secret (client panel's "make JWT"). Blocks briefly.
    QString issueJwt(qint64 userId, const QString &name, const QString &role, qint64 ttlSecs);
    // The users of the store (for pickers). Blocks briefly.
    QList<User> users();

    // --- The store: users, tokens, bans, audit log ---
    // The Store belongs to the store thread (StoreWorker); every call below runs there, never in
    // the server thread. Writes are one short SQLite transaction each, so they block the caller
    // briefly and answer directly; they name
    // "GUI" as the actor in the audit log. They fail (with *error set) when no database is open:
    // the server opens it in start(), even when listening then fails.

    // Asynchronous: the answer is storeListingReady() with the returned request id.
    quint64 requestStoreListing();
    // The same, blocking.
    StoreListing storeListing();
    std::optional<User> addUser(const QString &name, const QString &role, QString *error);
    // Removes the user with their tokens, sessions and ban; the server closes their open
    // connections (1008 "User removed") when it re-checks, within about a second.
    bool removeUser(qint64 userId, QString *error);
    // ttlSecs 0: never expires.
    std::optional<IssuedToken> issueToken(qint64 userId, qint64 ttlSecs, QString *error);
    // Connections that authenticated with it are closed (1008 "Token revoked") within about a second.
    bool revokeToken(qint64 tokenId, QString *error);
    // Replaces an existing ban and closes the user's open connections at once with 1008 and `reason`.
    bool ban(qint64 userId, qint64 durationMs, const QString &reason, QString *error);
    // Succeeds (changing nothing) for a user that is not banned.
    bool unban(qint64 userId, QString *error);
    // Audit entries with a time >= sinceMs (0: all), oldest first, as CSV or JSON Lines
    // (server/auditexport.h). Rows the server buffered in the last ~100 ms may not be in it yet.
    std::optional<AuditExport> exportAudit(qint64 sinceMs, AuditFormat format, QString *error);

    // With TLS and a plain port: the ws:// URL of that port; otherwise empty.
    QString plainUrl() const { return m_plainUrl; }
    // The class name of the server thread's event dispatcher (logged at start, tested).
    QString eventDispatcherName() const;

Q_SIGNALS:
    void started(bool ok, const QString &listenUrl, const QString &error);
    void stopped();
    void storeListingReady(quint64 requestId, const SocketScope::StoreListing &listing);


private:
    static void installDispatcher(QThread &thread);
    void ensureServer();
    // Runs `f` in the server thread and waits for it.
    template <typename F>
    void runBlocking(F &&f);
    // Runs `f(store)` in the store's thread when a database is open; else sets *error.
    template <typename F>
    bool withStore(QString *error, F &&f);
    static StoreListing readListing(Store &store);   // store thread only
    // Runs an admin command in the server thread and waits for its result (ban, unban).
    AdminResult runAdmin(const AdminCommand &command);

    QThread m_thread;
    Server *m_server = nullptr;   // created and destroyed in m_thread
    ServerConfig m_config;
    bool m_listening = false;
    QString m_listenUrl;
    QString m_plainUrl;
    quint16 m_port = 0;
    quint64 m_nextRequestId = 1;
};

} // namespace SocketScope
