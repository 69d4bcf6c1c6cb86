#include "store/store.h"

#include "auth/redact.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>
#include <QtNumeric>

#include <algorithm>
#include <array>
#include <atomic>
#include <iterator>
#include <limits>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

Q_LOGGING_CATEGORY(lcStore, "socketscope.store")

constexpr qsizetype MaxUserNameLength = 64;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    // QPSQL prepares server-side (PREPARE … AS), which takes no BEGIN, SET or LOCK: statements
    // without values run as they are, on both backends.
    if (values.isEmpty()) {
        if (!query.exec(sql)) {
            setError(error, query.lastError().text());
            return false;
        }
        return true;
    }
    if (!query.prepare(sql)) {
        setError(error, query.lastError().text());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        setError(error, query.lastError().text());
        return false;
    }
    return true;
}

bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    return run(query, sql, values, error);
}

// The first column of the first row; an invalid QVariant when there is no row.
std::optional<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                               QString *error)
{
    QSqlQuery query(db);
    if (!run(query, sql, values, error))
        return std::nullopt;
    return query.next() ? query.value(0) : QVariant();
}

void warnQueryFailed(const char *what, const QString &error)
{
    qCWarning(lcStore).noquote() << what << "failed:" << error;
}

// The SQL dialect differences, all of them: the rest of the store is one text for both.
bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL";
}

// Schema text with {autoid} (a generated 64-bit key), {key} (a 64-bit key the store assigns) and
// {int} (a 64-bit integer). SQLite's INTEGER is 64-bit and INTEGER PRIMARY KEY is the rowid;
// PostgreSQL's INTEGER is 32-bit, too small for milliseconds since the epoch.
QString dialect(const QSqlDatabase &db, QString sql)
{
    const bool pg = isPostgres(db);
    sql.replace(u"{autoid}"_s, pg ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY"_s);
    sql.replace(u"{key}"_s, pg ? u"BIGINT PRIMARY KEY"_s : u"INTEGER PRIMARY KEY"_s);
    sql.replace(u"{int}"_s, pg ? u"BIGINT"_s : u"INTEGER"_s);
    return sql;
}

// Every writing transaction on PostgreSQL takes this lock first, as BEGIN IMMEDIATE does on
// SQLite: writers (nodes, CLI) run one at a time, so read-then-write steps (next user id, "is
// this token new") stay true until commit. lock_timeout bounds the wait as busy_timeout does.
constexpr qint64 PgWriteLockKey = Store::PgWriteLockKey;

constexpr auto CredentialsChannel = "socketscope_credentials";

qint64 currentSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString hashText(QStringView secret)
{
    // Bound as text: a QByteArray would be stored as a BLOB, which never equals a TEXT value.
    return QString::fromLatin1(Store::hashSecret(secret));
}

QByteArray random32Bytes()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->generate(words.begin(), words.end());
    return QByteArray(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
}

QString newSecret(const QString &prefix)
{
    return prefix + QString::fromLatin1(random32Bytes().toBase64(
               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newerVersionError(int version)
{
    return u"the database has schema version %1, newer than the %2 this SocketScope supports; "
           u"use a newer SocketScope or another database file"_s.arg(version).arg(Store::SchemaVersion);
}

bool expiryFor(qint64 ttlSecs, qint64 now, qint64 *expiresAt, QString *error)
{
    if (ttlSecs < 0) {
        setError(error, u"ttl must not be negative"_s);
        return false;
    }
    if (ttlSecs == 0) {
        *expiresAt = 0;
        return true;
    }
    if (qAddOverflow(now, ttlSecs, expiresAt)) {
        setError(error, u"ttl is too large"_s);
        return false;
    }
    return true;
}

bool validateUserName(const QString &name, QString *error)
{
    if (name.isEmpty()) {
        setError(error, u"user name must not be empty"_s);
        return false;
    }
    if (name.size() > MaxUserNameLength) {
        setError(error, u"user name must be at most %1 characters"_s.arg(MaxUserNameLength));
        return false;
    }
    // Format characters (zero-width joiners, bidi overrides) make names that look like others.
    const bool bad = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format;
    });
    if (bad) {
        setError(error, u"user name must not contain whitespace or control characters"_s);
        return false;
    }
    // U+FFFD is what invalid UTF-8 (a command-line argument, say) decodes to.
    if (name.contains(QChar::ReplacementCharacter)) {
        setError(error, u"user name must be valid UTF-8 (it contains U+FFFD)"_s);
        return false;
    }
    // A number names a user by id everywhere (CLI, admin commands): a name "1" would be ambiguous.
    if (std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        setError(error, u"user name must not be a number (numbers are user ids)"_s);
        return false;
    }
    return true;
}

// SQLite's BEGIN is deferred: a transaction that reads first and writes later can fail with
// SQLITE_BUSY without waiting when another process (CLI, GUI) writes meanwhile. IMMEDIATE takes
// the write lock up front, so busy_timeout applies.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db) : m_db(db) {}
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery query(m_db);
            if (!query.exec(u"ROLLBACK"_s))
                warnQueryFailed("rollback", query.lastError().text());
        }
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    bool begin(QString *error)
    {
        if (!isPostgres(m_db)) {
            m_active = run(m_db, u"BEGIN IMMEDIATE"_s, {}, error);
            return m_active;
        }
        m_active = run(m_db, u"BEGIN"_s, {}, error);
        return m_active
            && run(m_db, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(PgWriteLockKey), {}, error);
    }
    bool commit(QString *error)
    {
        if (!run(m_db, u"COMMIT"_s, {}, error))
            return false;
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

bool requireUser(const QSqlDatabase &db, qint64 userId, QString *error)
{
    const auto found = scalar(db, u"SELECT 1 FROM users WHERE id = ?"_s, {userId}, error);
    if (!found)
        return false;
    if (!found->isValid()) {
        setError(error, u"unknown user id %1"_s.arg(userId));
        return false;
    }
    return true;
}

bool insertUser(const QSqlDatabase &db, qint64 id, const QString &name, const QString &role,
                qint64 now, qint64 *newId, QString *error)
{
    // max(id) + 1, as SQLite picks for a NULL rowid; chosen here for both backends, under the
    // write lock, because a PostgreSQL sequence would not know the ids given explicitly.
    if (id <= 0) {
        const auto next = scalar(db, u"SELECT COALESCE(MAX(id), 0) + 1 FROM users"_s, {}, error);
        if (!next)
            return false;
        id = next->toLongLong();
    }
    if (!run(db, u"INSERT INTO users(id, name, role, created_at) VALUES(?, ?, ?, ?)"_s, {id, name, role, now},
             error))
        return false;
    if (newId)
        *newId = id;
    return true;
}

bool insertToken(const QSqlDatabase &db, qint64 userId, const QString &token, qint64 ttlSecs,
                 qint64 now, QString *error)
{
    qint64 expiresAt = 0;
    if (!expiryFor(ttlSecs, now, &expiresAt, error))
        return false;
    const QString hash = hashText(token);
    const auto existing = scalar(db, u"SELECT 1 FROM api_tokens WHERE token_hash = ?"_s, {hash}, error);
    if (!existing)
        return false;
    if (existing->isValid()) {
        setError(error, u"this token already exists"_s);
        return false;
    }
    return run(db,
               u"INSERT INTO api_tokens(user_id, token_hash, redacted, created_at, expires_at, revoked) "
               u"VALUES(?, ?, ?, ?, ?, 0)"_s,
               {userId, hash, redactSecret(token), now, expiresAt}, error);
}

bool insertSession(const QSqlDatabase &db, qint64 userId, const QString &sessionId, qint64 ttlSecs,
                   qint64 now, QString *error)
{
    qint64 expiresAt = 0;
    if (!expiryFor(ttlSecs, now, &expiresAt, error))
        return false;
    const QString hash = hashText(sessionId);
    const auto existing = scalar(db, u"SELECT 1 FROM sessions WHERE session_hash = ?"_s, {hash}, error);
    if (!existing)
        return false;
    if (existing->isValid()) {
        setError(error, u"this session id already exists"_s);
        return false;
    }
    return run(db,
               u"INSERT INTO sessions(user_id, session_hash, created_at, expires_at) VALUES(?, ?, ?, ?)"_s,
               {userId, hash, now, expiresAt}, error);
}

// The version in PRAGMA user_version or in meta, whichever is higher, so that a file that
// lost one of the two markers is still recognised.
bool readFileVersion(const QSqlDatabase &db, int *version, QString *error)
{
    if (isPostgres(db)) {
        *version = 0;
        const auto hasMeta = scalar(db,
                                    u"SELECT 1 FROM information_schema.tables "
                                    u"WHERE table_schema = current_schema() AND table_name = 'meta'"_s,
                                    {}, error);
        if (!hasMeta)
            return false;
        if (!hasMeta->isValid())
            return true;
        const auto metaVersion = scalar(db, u"SELECT value FROM meta WHERE key = 'schema_version'"_s, {}, error);
        if (!metaVersion)
            return false;
        bool ok = !metaVersion->isValid();
        if (metaVersion->isValid())
            *version = metaVersion->toString().toInt(&ok);
        if (!ok)
            setError(error, u"meta.schema_version is not a number"_s);
        return ok;
    }
    const auto userVersion = scalar(db, u"PRAGMA user_version"_s, {}, error);
    if (!userVersion)
        return false;
    *version = userVersion->toInt();

    const auto hasMeta = scalar(db, u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"_s,
                                {}, error);
    if (!hasMeta)
        return false;
    if (!hasMeta->isValid())
        return true;
    const auto metaVersion = scalar(db, u"SELECT value FROM meta WHERE key = 'schema_version'"_s, {}, error);
    if (!metaVersion)
        return false;
    if (metaVersion->isValid()) {
        bool ok = false;
        const int value = metaVersion->toString().toInt(&ok);
        if (!ok) {
            setError(error, u"meta.schema_version is not a number"_s);
            return false;
        }
        *version = std::max(*version, value);
    }
    return true;
}

bool createSchemaV1(const QSqlDatabase &db, QString *error)
{
    static const QString statements[] = {
        u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE users("
        u" id {key},"
        u" name TEXT UNIQUE NOT NULL,"
        u" role TEXT NOT NULL CHECK(role IN ('admin', 'publisher', 'user')),"
        u" created_at {int} NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE api_tokens("
        u" id {autoid},"
        u" user_id {int} NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
        u" token_hash TEXT UNIQUE NOT NULL,"
        u" redacted TEXT NOT NULL DEFAULT '',"
        u" created_at {int} NOT NULL DEFAULT 0,"
        u" expires_at {int} NOT NULL DEFAULT 0,"
        u" revoked {int} NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE sessions("
        u" id {autoid},"
        u" user_id {int} NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
        u" session_hash TEXT UNIQUE NOT NULL,"
        u" created_at {int} NOT NULL DEFAULT 0,"
        u" expires_at {int} NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE bans("
        u" user_id {key} REFERENCES users(id) ON DELETE CASCADE,"
        u" until {int} NOT NULL,"
        u" reason TEXT NOT NULL DEFAULT '',"
        u" created_at {int} NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        // Without them every cascading delete of a user scans the child tables.
        u"CREATE INDEX api_tokens_user_id ON api_tokens(user_id)"_s,
        u"CREATE INDEX sessions_user_id ON sessions(user_id)"_s,
    };
    return std::all_of(std::cbegin(statements), std::cend(statements),
                       [&](const QString &sql) { return run(db, dialect(db, sql), {}, error); });
}

// v2: the audit log and the revision counter. The kind is checked by appendAudit() rather than
// by a CHECK constraint, so that a later version can add kinds without rebuilding the table.
bool migrateV1ToV2(const QSqlDatabase &db, QString *error)
{
    static const QString statements[] = {
        u"CREATE TABLE audit("
        u" id {autoid},"
        u" time_ms {int} NOT NULL,"
        u" kind TEXT NOT NULL,"
        u" connection_id {int},"
        u" user_id {int},"
        u" user_name TEXT,"
        u" remote TEXT,"
        u" endpoint TEXT,"
        u" auth_method TEXT,"
        u" close_code {int},"
        u" reason TEXT,"
        u" duration_ms {int},"
        u" bytes_in {int},"
        u" bytes_out {int},"
        u" actor TEXT,"
        u" detail TEXT)"_s,
        u"CREATE INDEX audit_time_ms ON audit(time_ms)"_s,
        u"INSERT INTO settings(key, value) VALUES('revision', '0') ON CONFLICT(key) DO NOTHING"_s,
    };
    return std::all_of(std::cbegin(statements), std::cend(statements),
                       [&](const QString &sql) { return run(db, dialect(db, sql), {}, error); });
}

// v3: audit rows name the cluster node that wrote them (nodes may share one database).
bool migrateV2ToV3(const QSqlDatabase &db, QString *error)
{
    return run(db, u"ALTER TABLE audit ADD COLUMN node TEXT"_s, {}, error);
}

using MigrationStep = bool (*)(const QSqlDatabase &, QString *);

// kMigrations[v] takes a file from schema version v to v + 1. A new version appends a step.
constexpr MigrationStep kMigrations[] = {
    &createSchemaV1,
    &migrateV1ToV2,
    &migrateV2ToV3,
};
static_assert(std::size(kMigrations) == Store::SchemaVersion,
              "every schema version needs exactly one migration step");

std::optional<User> userFrom(const QSqlQuery &query)
{
    return User{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
}

qint64 currentMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool bumpRevision(const QSqlDatabase &db, QString *error)
{
    if (!run(db,
             u"INSERT INTO settings(key, value) VALUES('revision', '1') "
             u"ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(settings.value AS BIGINT) + 1 AS TEXT)"_s,
             {}, error))
        return false;
    // Delivered at commit to every node listening (StoreWorker), so none waits for its poll.
    return !isPostgres(db) || run(db, u"NOTIFY %1"_s.arg(QLatin1StringView(CredentialsChannel)), {}, error);
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

const QString &insertAuditSql()
{
    static const QString sql =
        u"INSERT INTO audit(time_ms, kind, connection_id, user_id, user_name, remote, endpoint, "
        u"auth_method, close_code, reason, duration_ms, bytes_in, bytes_out, actor, detail, node) "
        u"VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    return sql;
}

// Absent values (0 ids, -1 user, empty text) are stored as NULL.
bool insertAudit(QSqlQuery &prepared, const AuditEntry &entry, qint64 nowMs, QString *error)
{
    const QVariant values[] = {
        entry.timeMs != 0 ? entry.timeMs : nowMs,
        entry.kind,
        entry.connectionId != 0 ? QVariant(qint64(entry.connectionId)) : nullInt(),
        entry.userId >= 0 ? QVariant(entry.userId) : nullInt(),
        textOrNull(entry.userName),
        textOrNull(entry.remote),
        textOrNull(entry.endpoint),
        textOrNull(entry.authMethod),
        entry.closeCode != 0 ? QVariant(qint64(entry.closeCode)) : nullInt(),
        textOrNull(entry.reason),
        entry.durationMs,
        qint64(std::min<quint64>(entry.bytesIn, quint64(std::numeric_limits<qint64>::max()))),
        qint64(std::min<quint64>(entry.bytesOut, quint64(std::numeric_limits<qint64>::max()))),
        textOrNull(entry.actor),
        textOrNull(entry.detail),
        textOrNull(entry.node),
    };
    for (int i = 0; i < int(std::size(values)); ++i)
        prepared.bindValue(i, values[i]);
    if (!prepared.exec()) {
        setError(error, prepared.lastError().text());
        return false;
    }
    return true;
}

// One audit row inside the caller's transaction.
bool auditInTransaction(const QSqlDatabase &db, const AuditEntry &entry, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(insertAuditSql())) {
        setError(error, query.lastError().text());
        return false;
    }
    return insertAudit(query, entry, currentMsecs(), error);
}

// An audit entry about a stored user, naming it as it is now (before a delete).
std::optional<AuditEntry> userAuditEntry(const QSqlDatabase &db, const QString &kind, qint64 userId,
                                         const QString &actor, QString *error)
{
    const auto name = scalar(db, u"SELECT name FROM users WHERE id = ?"_s, {userId}, error);
    if (!name)
        return std::nullopt;
    if (!name->isValid()) {
        setError(error, u"unknown user id %1"_s.arg(userId));
        return std::nullopt;
    }
    AuditEntry entry;
    entry.kind = kind;
    entry.userId = userId;
    entry.userName = name->toString();
    entry.actor = actor;
    return entry;
}

QString isoUtcSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

std::optional<User> userForHash(const QSqlDatabase &db, const QString &sql, const QByteArray &hash,
                                qint64 nowSecs, const char *what, quint64 *failures)
{
    if (hash.isEmpty())
        return std::nullopt;
    if (!db.isOpen()) {
        ++*failures;
        return std::nullopt;
    }
    QString error;
    QSqlQuery query(db);
    // Bound as text, as stored: a QByteArray would bind as a BLOB and never match.
    if (!run(query, sql, {QString::fromLatin1(hash), nowSecs}, &error)) {
        ++*failures;
        warnQueryFailed(what, error);
        return std::nullopt;
    }
    return query.next() ? userFrom(query) : std::nullopt;
}

} // namespace

Store::Store()
{
    static std::atomic<quint64> counter{0};
    m_connectionName = u"socketscope-store-%1"_s.arg(++counter);
}

Store::~Store()
{
    close();
}

bool Store::isPostgresLocation(QStringView location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

std::optional<Store::PgLocation> Store::parsePostgresLocation(const QString &location, QString *error)
{
    const QUrl url(location, QUrl::StrictMode);
    // Shown without a password, in case one was put there against the rules.
    const QString shown = url.toDisplayString(QUrl::RemovePassword);
    if (!url.isValid() || !isPostgresLocation(location)) {
        setError(error, u"\"%1\" is not a URL of the form postgresql://USER@HOST:PORT/DB"_s.arg(shown));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        setError(error, u"the database URL must not hold a password (it would show in the process list and logs): "
                        u"use PGPASSWORD, ~/.pgpass or --db-password-file"_s);
        return std::nullopt;
    }
    PgLocation pg;
    pg.user = url.userName();
    pg.host = url.host();
    pg.port = url.port(5432);
    pg.database = url.path().mid(1);
    if (pg.host.isEmpty() || pg.database.isEmpty() || pg.database.contains(u'/') || url.hasQuery()
        || url.hasFragment()) {
        setError(error, u"\"%1\" is not a URL of the form postgresql://USER@HOST:PORT/DB"_s.arg(shown));
        return std::nullopt;
    }
    return pg;
}

std::optional<QString> Store::readPasswordFile(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the password file %1: %2"_s.arg(file, f.errorString());
        return std::nullopt;
    }
    // The first line, as PGPASSFILE-less tools take it; the newline an editor adds is not part of it.
    QByteArray line = f.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        *error = u"the password file %1 is empty"_s.arg(file);
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

QString Store::PgLocation::describe() const
{
    return u"PostgreSQL database \"%1\" on %2:%3%4"_s.arg(database, host).arg(port).arg(
        user.isEmpty() ? QString() : u" as %1"_s.arg(user));
}

bool Store::open(const QString &path, QString *error, const QString &password)
{
    close();
    if (path.isEmpty()) {
        setError(error, u"no database path given"_s);
        return false;
    }
    if (isPostgresLocation(path))
        return openPostgres(path, password, error);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        setError(error, u"cannot create the folder %1"_s.arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    // The file holds the JWT secret: whoever reads it can sign an admin token. SQLite would
    // create it 0644 (umask permitting); create it 0600 first. Its -wal and -shm files take
    // the main file's mode.
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && !QFileInfo::exists(path)) {
            setError(error, u"cannot create %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString()));
            return false;
        }
    } else if (const QString why = permissionProblem(path); !why.isEmpty()) {
        qCWarning(lcStore).noquote() << why;
    }
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        if (!database.isValid()) {
            setError(error, u"the Qt SQLite driver (QSQLITE) is not available"_s);
        } else {
            database.setDatabaseName(path);
            if (!database.open())
                setError(error, u"cannot open %1: %2"_s.arg(QDir::toNativeSeparators(path),
                                                            database.lastError().text()));
        }
        if (!database.isOpen()) {
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    if (!configure(error) || !migrate(error)) {
        close();
        return false;
    }
    m_path = path;
    return true;
}

bool Store::openPostgres(const QString &location, const QString &password, QString *error)
{
    const auto pg = parsePostgresLocation(location, error);
    if (!pg)
        return false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        if (!database.isValid()) {
            setError(error, u"the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not available"_s);
        } else {
            database.setHostName(pg->host);
            database.setPort(pg->port);
            database.setDatabaseName(pg->database);
            database.setUserName(pg->user);
            // Without one, libpq reads PGPASSWORD or ~/.pgpass itself.
            if (!password.isEmpty())
                database.setPassword(password);
            // A node that cannot reach the database must not hang its store thread for long.
            database.setConnectOptions(u"connect_timeout=2;application_name=socketscope"_s);
            if (!database.open()) {
                // libpq's message names host and port but never the password.
                setError(error, u"cannot connect to the %1: %2"_s.arg(pg->describe(),
                                                                       database.lastError().text().trimmed()));
            }
        }
        if (!database.isOpen()) {
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    if (!configure(error) || !migrate(error)) {
        close();
        return false;
    }
    m_path = location;
    return true;
}

Store::Backend Store::backend() const
{
    return isPostgres(db()) ? Backend::PostgreSql : Backend::Sqlite;
}

bool Store::ping()
{
    if (!isOpen())
        return false;
    QString error;
    if (run(db(), u"SELECT 1"_s, {}, &error))
        return true;
    ++m_failures;
    return false;
}

bool Store::subscribeToCredentialChanges(QObject *context, std::function<void()> changed)
{
    QSqlDriver *driver = db().driver();
    if (!isOpen() || !isPostgres(db()) || !driver)
        return false;
    const QString channel = QLatin1StringView(CredentialsChannel);
    if (!driver->subscribeToNotification(channel)) {
        warnQueryFailed("listening for credential changes", driver->lastError().text());
        return false;
    }
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [channel, changed = std::move(changed)](const QString &name) {
        if (name == channel)
            changed();
    });
    return true;
}

QString Store::permissionProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const auto open = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (!(info.permissions() & open))
        return {};
    return u"database %1 can be read by other users, and it holds the JWT secret (anyone who reads it can "
           u"sign an admin token): chmod 600 it"_s.arg(QDir::toNativeSeparators(path));
}

void Store::close()
{
    m_path.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::configure(QString *error)
{
    const QSqlDatabase database = db();
    if (isPostgres(database)) {
        // lock_timeout plays busy_timeout's part; NOTICEs (e.g. from DDL) are not worth a log line.
        return run(database, u"SET lock_timeout = 5000"_s, {}, error)
            && run(database, u"SET client_min_messages = warning"_s, {}, error);
    }
    // First, so that even reading the version waits for a writer instead of failing.
    if (!run(database, u"PRAGMA busy_timeout = 5000"_s, {}, error))
        return false;
    // Refuse a newer file before journal_mode changes its header.
    int version = 0;
    if (!readFileVersion(database, &version, error))
        return false;
    if (version > SchemaVersion) {
        setError(error, newerVersionError(version));
        return false;
    }
    // synchronous = NORMAL is the WAL setting SQLite recommends: still crash-safe, but commits
    // do not wait for fsync, which would stall the server thread on every audit flush.
    return run(database, u"PRAGMA journal_mode = WAL"_s, {}, error)
        && run(database, u"PRAGMA synchronous = NORMAL"_s, {}, error)
        && run(database, u"PRAGMA foreign_keys = ON"_s, {}, error);
}

bool Store::migrate(QString *error)
{
    const QSqlDatabase database = db();
    Transaction transaction(database);
    if (!transaction.begin(error))
        return false;
    // Again under the write lock: another process may have migrated since configure() looked.
    int version = 0;
    if (!readFileVersion(database, &version, error))
        return false;
    if (version > SchemaVersion) {
        setError(error, newerVersionError(version));
        return false;
    }
    if (version == SchemaVersion)
        return transaction.commit(error);

    for (int step = version; step < SchemaVersion; ++step) {
        QString stepError;
        if (!kMigrations[step](database, &stepError)) {
            setError(error, u"migrating the database to schema version %1 failed: %2"_s.arg(
                                QString::number(step + 1), stepError));
            return false;
        }
    }
    return run(database,
               u"INSERT INTO meta(key, value) VALUES('schema_version', ?) "
               u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
               {QString::number(SchemaVersion)}, error)
        // PRAGMA takes no bound values; the number is our own constant.
        && (isPostgres(database) || run(database, u"PRAGMA user_version = %1"_s.arg(SchemaVersion), {}, error))
        && transaction.commit(error);
}

bool Store::isOpen() const
{
    return db().isOpen();
}

QString Store::path() const
{
    return m_path;
}

int Store::schemaVersion() const
{
    if (!isOpen())
        return 0;
    QString error;
    if (isPostgres(db())) {
        int version = 0;
        if (!readFileVersion(db(), &version, &error))
            warnQueryFailed("reading the schema version", error);
        return version;
    }
    const auto version = scalar(db(), u"PRAGMA user_version"_s, {}, &error);
    if (!version) {
        warnQueryFailed("reading the schema version", error);
        return 0;
    }
    return version->toInt();
}

QString Store::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return folder + u"/socketscope.sqlite"_s;
}

bool Store::isValidRole(QStringView role)
{
    static constexpr std::array<QStringView, 3> roles{u"admin", u"publisher", u"user"};
    return std::find(roles.cbegin(), roles.cend(), role) != roles.cend();
}

QByteArray Store::hashSecret(QStringView secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool Store::seedDemoData()
{
    QString error;
    if (!checkOpen(&error)) {
        warnQueryFailed("seeding demo data", error);
        return false;
    }
    const QSqlDatabase database = db();
    Transaction transaction(database);
    if (!transaction.begin(&error)) {
        warnQueryFailed("seeding demo data", error);
        return false;
    }
    const auto anyUser = scalar(database, u"SELECT 1 FROM users LIMIT 1"_s, {}, &error);
    if (!anyUser) {
        warnQueryFailed("seeding demo data", error);
        return false;
    }
    if (anyUser->isValid())
        return false;

    struct DemoUser { qint64 id; QString name; QString role; };
    struct DemoSecret { qint64 userId; QString value; };
    const DemoUser users[] = {
        {1, u"alice"_s, u"admin"_s},
        {2, u"bob"_s, u"user"_s},
        {123, u"john_doe"_s, u"user"_s},
    };
    const DemoSecret tokens[] = {{123, u"secret-token"_s}, {1, u"valid-token"_s}};
    const DemoSecret sessions[] = {{1, u"abc123"_s}, {2, u"xyz789"_s}};

    const qint64 now = currentSecs();
    bool ok = std::all_of(std::cbegin(users), std::cend(users), [&](const DemoUser &user) {
        return insertUser(database, user.id, user.name, user.role, now, nullptr, &error);
    });
    ok = ok && std::all_of(std::cbegin(tokens), std::cend(tokens), [&](const DemoSecret &token) {
        return insertToken(database, token.userId, token.value, 0, now, &error);
    });
    ok = ok && std::all_of(std::cbegin(sessions), std::cend(sessions), [&](const DemoSecret &session) {
        return insertSession(database, session.userId, session.value, 0, now, &error);
    });
    if (!ok || !transaction.commit(&error)) {
        warnQueryFailed("seeding demo data", error);
        return false;
    }
    return true;
}

QByteArray Store::jwtSecret()
{
    const QString key = u"jwt_secret"_s;
    QString secret = setting(key);
    if (!secret.isEmpty())
        return secret.toLatin1();
    QString error;
    if (!checkOpen(&error)
        || !run(db(), u"INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO NOTHING"_s,
                {key, QString::fromLatin1(random32Bytes().toHex())}, &error)) {
        warnQueryFailed("storing the JWT secret", error);
        return {};
    }
    // Read back rather than return ours: another process may have stored its secret first.
    return setting(key).toLatin1();
}

std::optional<User> Store::userById(qint64 id) const
{
    if (!isOpen()) {
        ++m_failures;
        return std::nullopt;
    }
    QString error;
    QSqlQuery query(db());
    if (!run(query, u"SELECT id, name, role FROM users WHERE id = ?"_s, {id}, &error)) {
        ++m_failures;
        warnQueryFailed("looking up a user", error);
        return std::nullopt;
    }
    return query.next() ? userFrom(query) : std::nullopt;
}

std::optional<User> Store::userByName(QStringView name) const
{
    if (!isOpen()) {
        ++m_failures;
        return std::nullopt;
    }
    QString error;
    QSqlQuery query(db());
    if (!run(query, u"SELECT id, name, role FROM users WHERE name = ?"_s, {name.toString()}, &error)) {
        ++m_failures;
        warnQueryFailed("looking up a user", error);
        return std::nullopt;
    }
    return query.next() ? userFrom(query) : std::nullopt;
}

QList<User> Store::users() const
{
    if (!isOpen())
        return {};
    QString error;
    QSqlQuery query(db());
    if (!run(query, u"SELECT id, name, role FROM users ORDER BY id"_s, {}, &error)) {
        warnQueryFailed("listing users", error);
        return {};
    }
    QList<User> result;
    while (query.next())
        result.append(*userFrom(query));
    return result;
}

std::optional<User> Store::addUser(const QString &name, const QString &role, QString *error, qint64 id)
{
    if (!checkOpen(error))
        return std::nullopt;
    const QString trimmed = name.trimmed();
    if (!validateUserName(trimmed, error))
        return std::nullopt;
    if (!isValidRole(role)) {
        setError(error, u"invalid role \"%1\" (expected admin, publisher or user)"_s.arg(role));
        return std::nullopt;
    }
    if (id < 0) {
        setError(error, u"invalid user id %1"_s.arg(id));
        return std::nullopt;
    }

    const QSqlDatabase database = db();
    Transaction transaction(database);
    if (!transaction.begin(error))
        return std::nullopt;
    const auto sameName = scalar(database, u"SELECT 1 FROM users WHERE name = ?"_s, {trimmed}, error);
    if (!sameName)
        return std::nullopt;
    if (sameName->isValid()) {
        setError(error, u"user \"%1\" already exists"_s.arg(trimmed));
        return std::nullopt;
    }
    if (id > 0) {
        const auto sameId = scalar(database, u"SELECT 1 FROM users WHERE id = ?"_s, {id}, error);
        if (!sameId)
            return std::nullopt;
        if (sameId->isValid()) {
            setError(error, u"user id %1 already exists"_s.arg(id));
            return std::nullopt;
        }
    }
    qint64 newId = 0;
    if (!insertUser(database, id, trimmed, role, currentSecs(), &newId, error) || !transaction.commit(error))
        return std::nullopt;
    return User{newId, trimmed, role};
}

bool Store::removeUser(qint64 id, QString *error, const QString &actor)
{
    if (!checkOpen(error))
        return false;
    // The cascade deletes tokens, sessions and the ban with the user.
    const QSqlDatabase database = db();
    Transaction transaction(database);
    if (!transaction.begin(error))
        return false;
    const auto role = scalar(database, u"SELECT role FROM users WHERE id = ?"_s, {id}, error);
    if (!role)
        return false;
    if (!role->isValid()) {
        setError(error, u"unknown user id %1"_s.arg(id));
        return false;
    }
    auto entry = userAuditEntry(database, u"user_removed"_s, id, actor, error);
    if (!entry)
        return false;
    entry->detail = u"role "_s + role->toString();
    return auditInTransaction(database, *entry, error)
        && run(database, u"DELETE FROM users WHERE id = ?"_s, {id}, error)
        && bumpRevision(database, error) && transaction.commit(error);
}

std::optional<User> Store::userForToken(QStringView token, qint64 nowSecs) const
{
    if (token.isEmpty())
        return std::nullopt;
    return userForTokenHash(hashSecret(token), nowSecs);
}

std::optional<User> Store::userForSession(QStringView sessionId, qint64 nowSecs) const
{
    if (sessionId.isEmpty())
        return std::nullopt;
    return userForSessionHash(hashSecret(sessionId), nowSecs);
}

std::optional<User> Store::userForTokenHash(const QByteArray &hash, qint64 nowSecs) const
{
    return userForHash(db(),
                       u"SELECT u.id, u.name, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id "
                       u"WHERE t.token_hash = ? AND t.revoked = 0 AND (t.expires_at = 0 OR t.expires_at > ?)"_s,
                       hash, nowSecs, "looking up a token", &m_failures);
}

std::optional<User> Store::userForSessionHash(const QByteArray &hash, qint64 nowSecs) const
{
    return userForHash(db(),
                       u"SELECT u.id, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id "
                       u"WHERE s.session_hash = ? AND (s.expires_at = 0 OR s.expires_at > ?)"_s,
                       hash, nowSecs, "looking up a session", &m_failures);
}

std::optional<qint64> Store::tokenIdForHash(const QByteArray &hash) const
{
    if (hash.isEmpty() || !isOpen())
        return std::nullopt;
    QString error;
    const auto id = scalar(db(), u"SELECT id FROM api_tokens WHERE token_hash = ?"_s,
                           {QString::fromLatin1(hash)}, &error);
    if (!id) {
        ++m_failures;
        warnQueryFailed("looking up a token", error);
        return std::nullopt;
    }
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::nullopt;
}

QString Store::issueToken(qint64 userId, qint64 ttlSecs, QString *error)
{
    QString token = newSecret(u"ssk_"_s);
    return addToken(userId, token, ttlSecs, error) ? token : QString();
}

bool Store::addToken(qint64 userId, const QString &token, qint64 ttlSecs, QString *error)
{
    if (!checkOpen(error))
        return false;
    if (token.isEmpty()) {
        setError(error, u"the token must not be empty"_s);
        return false;
    }
    const QSqlDatabase database = db();
    Transaction transaction(database);
    return transaction.begin(error) && requireUser(database, userId, error)
        && insertToken(database, userId, token, ttlSecs, currentSecs(), error) && transaction.commit(error);
}

bool Store::revokeToken(qint64 tokenId, QString *error, const QString &actor)
{
    if (!checkOpen(error))
        return false;
    const QSqlDatabase database = db();
    Transaction transaction(database);
    if (!transaction.begin(error))
        return false;
    const auto userId = scalar(database, u"SELECT user_id FROM api_tokens WHERE id = ?"_s, {tokenId}, error);
    if (!userId)
        return false;
    if (!userId->isValid()) {
        setError(error, u"unknown token id %1"_s.arg(tokenId));
        return false;
    }
    auto entry = userAuditEntry(database, u"token_revoked"_s, userId->toLongLong(), actor, error);
    if (!entry)
        return false;
    entry->detail = u"token %1"_s.arg(tokenId);
    return run(database, u"UPDATE api_tokens SET revoked = 1 WHERE id = ?"_s, {tokenId}, error)
        && auditInTransaction(database, *entry, error) && bumpRevision(database, error)
        && transaction.commit(error);
}

bool Store::revokeTokensOfUser(qint64 userId, QString *error, const QString &actor, int *revoked)
{
    if (revoked)
        *revoked = 0;
    if (!checkOpen(error))
        return false;
    const QSqlDatabase database = db();
    Transaction transaction(database);
    if (!transaction.begin(error))
        return false;
    auto entry = userAuditEntry(database, u"token_revoked"_s, userId, actor, error);
    if (!entry)
        return false;
    QList<qint64> ids;
    {
        QSqlQuery query(database);
        if (!run(query, u"SELECT id FROM api_tokens WHERE user_id = ? AND revoked = 0 ORDER BY id"_s,
                 {userId}, error))
            return false;
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    if (ids.isEmpty())
        return transaction.commit(error);
    QStringList idTexts;
    for (qint64 id : std::as_const(ids))
        idTexts.append(QString::number(id));
    entry->detail = (ids.size() == 1 ? u"token "_s : u"tokens "_s) + idTexts.join(u", "_s);
    if (!run(database, u"UPDATE api_tokens SET revoked = 1 WHERE user_id = ? AND revoked = 0"_s, {userId}, error)
        || !auditInTransaction(database, *entry, error) || !bumpRevision(database, error)
        || !transaction.commit(error))
        return false;
    if (revoked)
        *revoked = int(ids.size());
    return true;
}

QList<TokenInfo> Store::tokens() const
{
    if (!isOpen())
        return {};
    QString error;
    QSqlQuery query(db());
    if (!run(query,
             u"SELECT t.id, t.user_id, u.name, t.redacted, t.created_at, t.expires_at, t.revoked "
             u"FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id"_s,
             {}, &error)) {
        warnQueryFailed("listing tokens", error);
        return {};
    }
    QList<TokenInfo> result;
    while (query.next()) {
        TokenInfo info;
        info.id = query.value(0).toLongLong();
        info.userId = query.value(1).toLongLong();
        info.userName = query.value(2).toString();
        info.redacted = query.value(3).toString();
        info.createdAt = query.value(4).toLongLong();
        info.expiresAt = query.value(5).toLongLong();
        info.revoked = query.value(6).toLongLong() != 0;
        result.append(info);
    }
    return result;
}

QString Store::createSession(qint64 userId, qint64 ttlSecs, QString *error)
{
    QString sessionId = newSecret(u"sss_"_s);
    return addSession(userId, sessionId, ttlSecs, error) ? sessionId : QString();
}

bool Store::addSession(qint64 userId, const QString &sessionId, qint64 ttlSecs, QString *error)
{
    if (!checkOpen(error))
        return false;
    if (sessionId.isEmpty()) {
        setError(error, u"the session id must not be empty"_s);
        return false;
    }
    const QSqlDatabase database = db();
    Transaction transaction(database);
    return transaction.begin(error) && requireUser(database, userId, error)
        && insertSession(database, userId, sessionId, ttlSecs, currentSecs(), error)
        && transaction.commit(error);
}

bool Store::ban(qint64 userId, qint64 untilSecs, const QString &reason, QString *error, const QString &actor)
{
    if (!checkOpen(error))
        return false;
    const QSqlDatabase database = db();
    Transaction transaction(database);
    if (!transaction.begin(error))
        return false;
    auto entry = userAuditEntry(database, u"ban"_s, userId, actor, error);
    if (!entry)
        return false;
    entry->reason = reason;
    entry->detail = u"until "_s + isoUtcSecs(untilSecs);
    return run(database,
               u"INSERT INTO bans(user_id, until, reason, created_at) VALUES(?, ?, ?, ?) "
               u"ON CONFLICT(user_id) DO UPDATE SET until = excluded.until, reason = excluded.reason, "
               u"created_at = excluded.created_at"_s,
               // A null QString binds as NULL; the column is NOT NULL.
               {userId, untilSecs, reason.isNull() ? u""_s : reason, currentSecs()}, error)
        && auditInTransaction(database, *entry, error) && bumpRevision(database, error)
        && transaction.commit(error);
}

bool Store::unban(qint64 userId, QString *error, const QString &actor, bool *wasBanned)
{
    if (wasBanned)
        *wasBanned = false;
    if (!checkOpen(error))
        return false;
    const QSqlDatabase database = db();
    Transaction transaction(database);
    if (!transaction.begin(error))
        return false;
    auto entry = userAuditEntry(database, u"unban"_s, userId, actor, error);
    if (!entry)
        return false;
    // An expired ban still has its row: lifting it changes nothing a server cares about.
    const auto until = scalar(database, u"SELECT until FROM bans WHERE user_id = ? AND until > ?"_s,
                              {userId, currentSecs()}, error);
    if (!until)
        return false;
    if (!run(database, u"DELETE FROM bans WHERE user_id = ?"_s, {userId}, error))
        return false;
    if (!until->isValid())
        return transaction.commit(error);
    if (!auditInTransaction(database, *entry, error) || !bumpRevision(database, error)
        || !transaction.commit(error))
        return false;
    if (wasBanned)
        *wasBanned = true;
    return true;
}

std::optional<qint64> Store::bannedUntil(qint64 userId, qint64 nowSecs) const
{
    if (!isOpen()) {
        ++m_failures;
        return std::nullopt;
    }
    QString error;
    const auto until = scalar(db(), u"SELECT until FROM bans WHERE user_id = ? AND until > ?"_s,
                              {userId, nowSecs}, &error);
    if (!until) {
        ++m_failures;
        warnQueryFailed("looking up a ban", error);
        return std::nullopt;
    }
    return until->isValid() ? std::optional<qint64>(until->toLongLong()) : std::nullopt;
}

QList<Ban> Store::bans(qint64 nowSecs) const
{
    if (!isOpen())
        return {};
    QString error;
    QSqlQuery query(db());
    if (!run(query,
             u"SELECT b.user_id, u.name, b.until, b.reason FROM bans b JOIN users u ON u.id = b.user_id "
             u"WHERE b.until > ? ORDER BY b.until, b.user_id"_s,
             {nowSecs}, &error)) {
        warnQueryFailed("listing bans", error);
        return {};
    }
    QList<Ban> result;
    while (query.next()) {
        result.append(Ban{query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toLongLong(), query.value(3).toString()});
    }
    return result;
}

qint64 Store::revision() const
{
    return setting(u"revision"_s).toLongLong();
}

Store::CredentialChanges Store::credentialChanges(qint64 afterAuditId) const
{
    CredentialChanges out;
    if (!isOpen())
        return out;
    const QSqlDatabase database = db();
    QString error;
    // A deferred transaction only reads: one snapshot for the three queries.
    if (!run(database, isPostgres(database) ? u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s : u"BEGIN"_s, {}, &error)) {
        ++m_failures;
        warnQueryFailed("reading credential changes", error);
        return out;
    }
    const auto revision = scalar(database, u"SELECT value FROM settings WHERE key = 'revision'"_s, {}, &error);
    const auto last = scalar(database, u"SELECT COALESCE(MAX(id), 0) FROM audit"_s, {}, &error);
    QSqlQuery query(database);
    const bool listed = revision && last
        && run(query,
               u"SELECT DISTINCT user_id FROM audit WHERE id > ? AND user_id IS NOT NULL "
               u"AND kind IN ('ban', 'unban', 'token_revoked', 'user_removed')"_s,
               {afterAuditId}, &error);
    if (listed) {
        out.ok = true;
        out.revision = revision->toLongLong();
        out.lastAuditId = last->toLongLong();
        while (query.next())
            out.userIds.append(query.value(0).toLongLong());
    } else {
        ++m_failures;
        warnQueryFailed("reading credential changes", error);
    }
    query.finish();
    QString commitError;
    if (!run(database, u"COMMIT"_s, {}, &commitError))
        warnQueryFailed("reading credential changes", commitError);
    return out;
}

bool Store::setBusyTimeout(int ms)
{
    QString error;
    const QString sql = isPostgres(db()) ? u"SET lock_timeout = %1"_s : u"PRAGMA busy_timeout = %1"_s;
    if (!isOpen() || !run(db(), sql.arg(qMax(0, ms)), {}, &error)) {
        warnQueryFailed("setting the busy timeout", error);
        return false;
    }
    return true;
}

const QStringList &Store::auditKinds()
{
    static const QStringList kinds = {u"connection_open"_s, u"connection_close"_s, u"auth_failure"_s,
                                      u"admin"_s, u"ban"_s, u"unban"_s, u"token_revoked"_s,
                                      u"user_removed"_s};
    return kinds;
}

bool Store::appendAudit(const QList<AuditEntry> &entries, QString *error)
{
    if (!checkOpen(error))
        return false;
    for (const AuditEntry &entry : entries) {
        if (!auditKinds().contains(entry.kind)) {
            setError(error, u"unknown audit kind \"%1\""_s.arg(entry.kind));
            return false;
        }
    }
    if (entries.isEmpty())
        return true;
    const QSqlDatabase database = db();
    Transaction transaction(database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(database);
    if (!query.prepare(insertAuditSql())) {
        setError(error, query.lastError().text());
        return false;
    }
    const qint64 nowMs = currentMsecs();
    for (const AuditEntry &entry : entries) {
        if (!insertAudit(query, entry, nowMs, error))
            return false;
    }
    return transaction.commit(error);
}

QList<AuditEntry> Store::audit(qint64 sinceMs, int limit) const
{
    if (!isOpen() || limit == 0)
        return {};
    static const QString columns =
        u"id, time_ms, kind, connection_id, user_id, user_name, remote, endpoint, auth_method, "
        u"close_code, reason, duration_ms, bytes_in, bytes_out, actor, detail, node"_s;
    // With a limit: the newest rows, put back in time order by the outer query.
    const QString sql = limit < 0
        ? u"SELECT %1 FROM audit WHERE time_ms >= ? ORDER BY time_ms, id"_s.arg(columns)
        : u"SELECT * FROM (SELECT %1 FROM audit WHERE time_ms >= ? ORDER BY time_ms DESC, id DESC LIMIT ?) "
          u"AS newest ORDER BY time_ms, id"_s.arg(columns);
    QVariantList values{sinceMs};
    if (limit >= 0)
        values.append(limit);
    QString error;
    QSqlQuery query(db());
    if (!run(query, sql, values, &error)) {
        warnQueryFailed("reading the audit log", error);
        return {};
    }
    QList<AuditEntry> result;
    while (query.next()) {
        AuditEntry entry;
        entry.timeMs = query.value(1).toLongLong();
        entry.kind = query.value(2).toString();
        entry.connectionId = quint64(query.value(3).toLongLong());
        entry.userId = query.value(4).isNull() ? -1 : query.value(4).toLongLong();
        entry.userName = query.value(5).toString();
        entry.remote = query.value(6).toString();
        entry.endpoint = query.value(7).toString();
        entry.authMethod = query.value(8).toString();
        entry.closeCode = query.value(9).toInt();
        entry.reason = query.value(10).toString();
        entry.durationMs = query.value(11).toLongLong();
        entry.bytesIn = quint64(query.value(12).toLongLong());
        entry.bytesOut = quint64(query.value(13).toLongLong());
        entry.actor = query.value(14).toString();
        entry.detail = query.value(15).toString();
        entry.node = query.value(16).toString();
        result.append(entry);
    }
    return result;
}

int Store::pruneAudit(int retentionDays, int maxRows, qint64 nowMs)
{
    QString error;
    if (!checkOpen(&error) || retentionDays < 0 || maxRows < 0) {
        warnQueryFailed("pruning the audit log", error.isEmpty() ? u"the limits must not be negative"_s : error);
        return -1;
    }
    const QSqlDatabase database = db();
    Transaction transaction(database);
    if (!transaction.begin(&error)) {
        warnQueryFailed("pruning the audit log", error);
        return -1;
    }
    int deleted = 0;
    QSqlQuery query(database);
    if (retentionDays > 0) {
        const qint64 cutoff = nowMs - qint64(retentionDays) * 24 * 3600 * 1000;
        if (!run(query, u"DELETE FROM audit WHERE time_ms < ?"_s, {cutoff}, &error)) {
            warnQueryFailed("pruning the audit log", error);
            return -1;
        }
        deleted += query.numRowsAffected();
    }
    if (maxRows > 0) {
        if (!run(query,
                 u"DELETE FROM audit WHERE id IN "
                 u"(SELECT id FROM audit ORDER BY time_ms DESC, id DESC LIMIT %1 OFFSET ?)"_s.arg(
                     isPostgres(database) ? u"ALL"_s : u"-1"_s),
                 {maxRows}, &error)) {
            warnQueryFailed("pruning the audit log", error);
            return -1;
        }
        deleted += query.numRowsAffected();
    }
    if (!transaction.commit(&error)) {
        warnQueryFailed("pruning the audit log", error);
        return -1;
    }
    return deleted;
}

QString Store::setting(const QString &key) const
{
    if (!isOpen())
        return {};
    QString error;
    const auto value = scalar(db(), u"SELECT value FROM settings WHERE key = ?"_s, {key}, &error);
    if (!value) {
        ++m_failures;
        warnQueryFailed("reading a setting", error);
        return {};
    }
    return value->toString();
}

bool Store::setSetting(const QString &key, const QString &value)
{
    QString error;
    if (!checkOpen(&error)
        || !run(db(),
                u"INSERT INTO settings(key, value) VALUES(?, ?) "
                u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                {key, value}, &error)) {
        warnQueryFailed("storing a setting", error);
        return false;
    }
    return true;
}

bool Store::checkOpen(QString *error) const
{
    if (isOpen())
        return true;
    setError(error, u"the store is not open"_s);
    return false;
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace SocketScope
