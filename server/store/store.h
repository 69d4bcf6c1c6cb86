#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace SocketScope {

struct User
{
    qint64 id = 0;
    QString name;
    QString role;   // "admin", "publisher" or "user"
};

struct TokenInfo
{
    qint64 id = 0;
    qint64 userId = 0;
    QString userName;
    QString redacted;     // e.g. "secr…"; the token itself is never stored
    qint64 createdAt = 0; // seconds since the epoch
    qint64 expiresAt = 0; // 0: never
    bool revoked = false;
};

// One row of the audit log. Never holds a token or session value.
struct AuditEntry
{
    qint64 timeMs = 0;          // milliseconds since the epoch; 0 when appended: now
    QString kind;               // one of Store::auditKinds()
    quint64 connectionId = 0;   // 0: none
    qint64 userId = -1;         // -1: none
    QString userName, remote, endpoint, authMethod;
    int closeCode = 0;          // 0: none
    QString reason;
    qint64 durationMs = 0;
    quint64 bytesIn = 0, bytesOut = 0;
    QString actor, detail;      // actor: who did it (admin actions, bans); detail: what, on whom
    QString node;               // the cluster node that wrote it (SPEC §9); empty alone

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

struct Ban
{
    qint64 userId = 0;
    QString userName;
    qint64 until = 0;     // seconds since the epoch
    QString reason;
};

// Users, hashed API tokens, hashed session ids, bans, settings and the audit log, in one SQLite
// file or in a PostgreSQL database that the nodes of a cluster share (SPEC §9). One schema and
// one set of statements for both; the few dialect differences are spelled out in store.cpp.
// Not thread-safe: use it from the thread that opened it.
class Store
{
public:
    static constexpr int SchemaVersion = 3;

    enum class Backend { Sqlite, PostgreSql };
    // PostgreSQL: the advisory lock every writing transaction takes (as BEGIN IMMEDIATE does on
    // SQLite), so that writers on all nodes run one at a time.
    static constexpr qint64 PgWriteLockKey = 0x536f636b53636f70; // "SockScop"

    // postgresql://USER@HOST:PORT/DB (also postgres://). Never with a password.
    struct PgLocation
    {
        QString user, host, database;
        int port = 5432;
        QString describe() const;   // for messages: database, host, port, user; no password
    };
    static bool isPostgresLocation(QStringView location);
    static std::optional<PgLocation> parsePostgresLocation(const QString &location, QString *error);
    // The first line of a password file, or nullopt with a reason (never the content).
    static std::optional<QString> readPasswordFile(const QString &file, QString *error);

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating folders and file as needed) and migrates to SchemaVersion. Closes a
    // previously opened file first. Fails on a file written by a newer schema version.
    // `path` may be a postgresql:// URL; `password` is for it only (empty: libpq reads
    // PGPASSWORD or ~/.pgpass).
    bool open(const QString &path, QString *error, const QString &password = {});
    void close();
    bool isOpen() const;
    QString path() const;
    int schemaVersion() const;   // as read from the file
    Backend backend() const;

    // Lookups that failed in the database (not "not found"): a caller that compares the count
    // before and after a lookup tells "unknown" from "could not ask".
    quint64 failureCount() const { return m_failures; }
    // A trivial query; false (and counted) when the database cannot be reached.
    bool ping();
    // PostgreSQL: calls `changed` in `context` whenever any node commits a revision bump
    // (LISTEN/NOTIFY on this connection). False on SQLite. Again after each open().
    bool subscribeToCredentialChanges(QObject *context, std::function<void()> changed);

    static QString defaultPath(); // <AppDataLocation>/socketscope.sqlite
    // A warning when the file can be read or written by group or others; empty when not.
    // open() creates a new file 0600 and logs this for an existing one.
    static QString permissionProblem(const QString &path);
    static bool isValidRole(QStringView role);
    static QByteArray hashSecret(QStringView secret); // hex SHA-256
    // connection_open, connection_close, auth_failure, admin, ban, unban, token_revoked,
    // user_removed.
    static const QStringList &auditKinds();

    // SPEC §2 demo identities; only when the users table is empty. Returns true if it seeded.
    bool seedDemoData();

    // The secret for JWT HS256: generated on first use and kept in the settings table.
    QByteArray jwtSecret();

    std::optional<User> userById(qint64 id) const;
    std::optional<User> userByName(QStringView name) const;
    QList<User> users() const;
    // id 0: next free id. Fails on a duplicate name or id, or an invalid role.
    std::optional<User> addUser(const QString &name, const QString &role, QString *error, qint64 id = 0);
    // Also bumps revision() and writes a user_removed audit row, in the same transaction.
    // `actor` names who did it in the audit log ("cli:root", "admin alice", …).
    bool removeUser(qint64 id, QString *error, const QString &actor = {});

    // Lookups by secret: nullopt when unknown, revoked or expired.
    std::optional<User> userForToken(QStringView token, qint64 nowSecs) const;
    std::optional<User> userForSession(QStringView sessionId, qint64 nowSecs) const;
    // The same by the stored hash (hashSecret()), for re-checking live connections without
    // keeping their secrets: nullopt when unknown, revoked, expired or the user is gone.
    std::optional<User> userForTokenHash(const QByteArray &hash, qint64 nowSecs) const;
    std::optional<User> userForSessionHash(const QByteArray &hash, qint64 nowSecs) const;
    // The id of the stored token with this hash (revoked or expired ones too), or nullopt.
    std::optional<qint64> tokenIdForHash(const QByteArray &hash) const;

    // Returns the plain token, which is shown once and never stored. ttlSecs 0: never expires.
    QString issueToken(qint64 userId, qint64 ttlSecs, QString *error);
    // Stores a known token value (demo data, tests).
    bool addToken(qint64 userId, const QString &token, qint64 ttlSecs, QString *error);
    // Both bump revision() and write token_revoked audit rows in the same transaction.
    bool revokeToken(qint64 tokenId, QString *error, const QString &actor = {});
    // Revokes every unrevoked token of a known user; succeeds (revoking none) when it has none.
    bool revokeTokensOfUser(qint64 userId, QString *error, const QString &actor = {}, int *revoked = nullptr);
    QList<TokenInfo> tokens() const;

    QString createSession(qint64 userId, qint64 ttlSecs, QString *error);
    bool addSession(qint64 userId, const QString &sessionId, qint64 ttlSecs, QString *error);

    // Replaces an existing ban of the user. Bumps revision() and writes a ban audit row.
    bool ban(qint64 userId, qint64 untilSecs, const QString &reason, QString *error,
             const QString &actor = {});
    // Succeeds for a known user that is not banned (then changes nothing; *wasBanned false).
    // Lifting a ban bumps revision() and writes an unban audit row.
    bool unban(qint64 userId, QString *error, const QString &actor = {}, bool *wasBanned = nullptr);
    // Seconds-since-epoch end of an active ban, or nullopt.
    std::optional<qint64> bannedUntil(qint64 userId, qint64 nowSecs) const;
    QList<Ban> bans(qint64 nowSecs) const;

    // Bumped in the transaction that revokes a token, removes a user, bans or unbans one, so
    // that a server (possibly another process) polling it knows to re-check open connections.
    // 0 for a fresh store.
    qint64 revision() const;

    // What a server re-checks after revision() moved: read in one transaction, so that the
    // revision and the rows agree. Every change that bumps the revision writes an audit row
    // naming its user (ban, unban, token_revoked, user_removed) in the same transaction.
    struct CredentialChanges
    {
        bool ok = false;
        qint64 revision = 0;
        qint64 lastAuditId = 0;     // pass it as afterAuditId next time
        QList<qint64> userIds;      // users named by such rows after afterAuditId
    };
    CredentialChanges credentialChanges(qint64 afterAuditId) const;

    // How long a statement waits for another connection's lock (default 5000 ms).
    bool setBusyTimeout(int ms);

    // One transaction for the whole batch; fails (writing none) on an unknown kind.
    bool appendAudit(const QList<AuditEntry> &entries, QString *error);
    // Entries with timeMs >= sinceMs, oldest first; with limit >= 0 only the newest `limit` of
    // them (still oldest first).
    QList<AuditEntry> audit(qint64 sinceMs, int limit = -1) const;
    // Keeps the newest maxRows rows and drops those older than retentionDays (0: no such limit).
    // Returns the number of rows deleted, -1 on failure.
    int pruneAudit(int retentionDays, int maxRows, qint64 nowMs);

    // Empty when the key is absent.
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);

private:
    bool openPostgres(const QString &location, const QString &password, QString *error);
    bool configure(QString *error);
    bool migrate(QString *error);
    bool checkOpen(QString *error) const;
    QSqlDatabase db() const;

    QString m_connectionName;
    QString m_path;
    mutable quint64 m_failures = 0;
};

} // namespace SocketScope
