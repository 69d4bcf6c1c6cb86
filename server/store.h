#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

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

struct Ban
{
    qint64 userId = 0;
    QString userName;
    qint64 until = 0;     // seconds since the epoch
    QString reason;
};

// Users, hashed API tokens, hashed session ids, bans and settings in one SQLite file.
// Not thread-safe: use it from the thread that opened it.
class Store
{
public:
    static constexpr int SchemaVersion = 1;

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating folders and file as needed) and migrates to SchemaVersion. Closes a
    // previously opened file first. Fails on a file written by a newer schema version.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const;
    int schemaVersion() const;   // as read from the file

    static QString defaultPath(); // <AppDataLocation>/socketscope.sqlite
    static bool isValidRole(QStringView role);
    static QByteArray hashSecret(QStringView secret); // hex SHA-256

    // SPEC §2 demo identities; only when the users table is empty. Returns true if it seeded.
    bool seedDemoData();

    // The secret for JWT HS256: generated on first use and kept in the settings table.
    QByteArray jwtSecret();

    std::optional<User> userById(qint64 id) const;
    std::optional<User> userByName(QStringView name) const;
    QList<User> users() const;
    // id 0: next free id. Fails on a duplicate name or id, or an invalid role.
    std::optional<User> addUser(const QString &name, const QString &role, QString *error, qint64 id = 0);
    bool removeUser(qint64 id, QString *error);

    // Lookups by secret: nullopt when unknown, revoked or expired.
    std::optional<User> userForToken(QStringView token, qint64 nowSecs) const;
    std::optional<User> userForSession(QStringView sessionId, qint64 nowSecs) const;

    // Returns the plain token, which is shown once and never stored. ttlSecs 0: never expires.
    QString issueToken(qint64 userId, qint64 ttlSecs, QString *error);
    // Stores a known token value (demo data, tests).
    bool addToken(qint64 userId, const QString &token, qint64 ttlSecs, QString *error);
    bool revokeToken(qint64 tokenId, QString *error);
    QList<TokenInfo> tokens() const;

    QString createSession(qint64 userId, qint64 ttlSecs, QString *error);
    bool addSession(qint64 userId, const QString &sessionId, qint64 ttlSecs, QString *error);

    // Replaces an existing ban of the user.
    bool ban(qint64 userId, qint64 untilSecs, const QString &reason, QString *error);
    // Succeeds for a known user that is not banned.
    bool unban(qint64 userId, QString *error);
    // Seconds-since-epoch end of an active ban, or nullopt.
    std::optional<qint64> bannedUntil(qint64 userId, qint64 nowSecs) const;
    QList<Ban> bans(qint64 nowSecs) const;

    // Empty when the key is absent.
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);

private:
    bool configure(QString *error);
    bool migrate(QString *error);
    bool checkOpen(QString *error) const;
    QSqlDatabase db() const;

    QString m_connectionName;
    QString m_path;
};

} // namespace SocketScope
