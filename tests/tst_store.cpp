#include "auth/redact.h"
#include "store/store.h"
#include "support/pgserver.h"
#include "support/requiredep.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using SocketScope::Store;

namespace {

// A second connection to the same file or PostgreSQL database, to check what the Store really
// wrote.
class RawDb
{
public:
    explicit RawDb(const QString &path) : m_name(u"tst_store_raw_%1"_s.arg(++s_count))
    {
        if (const auto pg = Store::parsePostgresLocation(path, nullptr); Store::isPostgresLocation(path) && pg) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
            db.setHostName(pg->host);
            db.setPort(pg->port);
            db.setUserName(pg->user);
            db.setDatabaseName(pg->database);
            db.open();
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDb)

    // Empty on success, else the driver's error.
    QString exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql) ? QString() : query.lastError().text();
    }
    bool hasTable(const QString &name) const
    {
        return (m_postgres()
                    ? scalar(u"SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                             u"AND table_name = ?"_s, {name})
                    : scalar(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s, {name}))
            .isValid();
    }
    bool hasIndex(const QString &name) const
    {
        return (m_postgres() ? scalar(u"SELECT 1 FROM pg_indexes WHERE indexname = ?"_s, {name})
                             : scalar(u"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"_s, {name}))
            .isValid();
    }
    // First column of the first row; invalid without a row.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.prepare(sql)) {
            qWarning().noquote() << sql << query.lastError().text();
            return {};
        }
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

private:
    bool m_postgres() const { return QSqlDatabase::database(m_name, false).driverName() == u"QPSQL"; }
    static inline int s_count = 0;
    QString m_name;
};

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The schema exactly as SocketScope 0.1 (schema version 1) created it.
const QStringList &schemaV1()
{
    static const QStringList statements = {
        u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE users("
        u" id INTEGER PRIMARY KEY,"
        u" name TEXT UNIQUE NOT NULL,"
        u" role TEXT NOT NULL CHECK(role IN ('admin', 'publisher', 'user')),"
        u" created_at INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE api_tokens("
        u" id INTEGER PRIMARY KEY,"
        u" user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
        u" token_hash TEXT UNIQUE NOT NULL,"
        u" redacted TEXT NOT NULL DEFAULT '',"
        u" created_at INTEGER NOT NULL DEFAULT 0,"
        u" expires_at INTEGER NOT NULL DEFAULT 0,"
        u" revoked INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE sessions("
        u" id INTEGER PRIMARY KEY,"
        u" user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
        u" session_hash TEXT UNIQUE NOT NULL,"
        u" created_at INTEGER NOT NULL DEFAULT 0,"
        u" expires_at INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE bans("
        u" user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
        u" until INTEGER NOT NULL,"
        u" reason TEXT NOT NULL DEFAULT '',"
        u" created_at INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE INDEX api_tokens_user_id ON api_tokens(user_id)"_s,
        u"CREATE INDEX sessions_user_id ON sessions(user_id)"_s,
        u"INSERT INTO meta(key, value) VALUES('schema_version', '1')"_s,
        u"PRAGMA user_version = 1"_s,
    };
    return statements;
}

// A version 1 file with a user, a token, a session, a ban and the JWT secret.
void writeV1Database(const QString &path, const QStringList &extra = {})
{
    RawDb raw(path);
    for (const QString &sql : schemaV1() + extra)
        QCOMPARE(raw.exec(sql), QString());
    const QString tokenHash = QString::fromLatin1(Store::hashSecret(u"old-token-value"));
    const QString sessionHash = QString::fromLatin1(Store::hashSecret(u"old-session-value"));
    QCOMPARE(raw.exec(u"INSERT INTO users(id, name, role, created_at) VALUES(7, 'olga', 'publisher', 1600000000)"_s),
             QString());
    QCOMPARE(raw.exec(u"INSERT INTO api_tokens(user_id, token_hash, redacted, created_at) VALUES(7, '%1', "
                      u"'old-\u2026', 1600000000)"_s.arg(tokenHash)),
             QString());
    QCOMPARE(raw.exec(u"INSERT INTO sessions(user_id, session_hash, created_at) VALUES(7, '%1', 1600000000)"_s
                          .arg(sessionHash)),
             QString());
    QCOMPARE(raw.exec(u"INSERT INTO bans(user_id, until, reason) VALUES(7, 4000000000, 'old ban')"_s), QString());
    QCOMPARE(raw.exec(u"INSERT INTO settings(key, value) VALUES('jwt_secret', 'abcdef0123456789abcdef')"_s),
             QString());
}

SocketScope::AuditEntry fullEntry()
{
    SocketScope::AuditEntry e;
    e.timeMs = 1'700'000'000'123;
    e.kind = u"connection_close"_s;
    e.connectionId = 42;
    e.userId = 123;
    e.userName = u"john_doe"_s;
    e.remote = u"127.0.0.1:5555"_s;
    e.endpoint = u"/ws/chat"_s;
    e.authMethod = u"query"_s;
    e.closeCode = 1008;
    e.reason = u"Token revoked"_s;
    e.durationMs = 61'500;
    e.bytesIn = 1234;
    e.bytesOut = 5678;
    e.actor = u"admin alice"_s;
    e.detail = u"d\u00e9tail, \"quoted\""_s;
    e.node = u"ws-1"_s;
    return e;
}

SocketScope::AuditEntry entryAt(qint64 timeMs, const QString &kind = u"connection_open"_s)
{
    SocketScope::AuditEntry e;
    e.timeMs = timeMs;
    e.kind = kind;
    return e;
}

QList<qint64> timesOf(const QList<SocketScope::AuditEntry> &entries)
{
    QList<qint64> times;
    for (const SocketScope::AuditEntry &e : entries)
        times.append(e.timeMs);
    return times;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    // Every case runs on both backends: a "backend" column for the whole suite.
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void postgresUrls();
    void postgresPassword();

    void openCreatesSchema();
    void openFailsOnUnusablePath();
    void reopenKeepsData();
    void newerSchemaRefused_data();
    void newerSchemaRefused();
    void closedStoreFails();
    void migratesFromV1();
    void failedMigrationChangesNothing();

    void seedCreatesDemoData();
    void seedOnlyIntoEmptyStore();
    void hashSecretIsHexSha256();
    void secretsStoredOnlyHashed();

    void userForToken();
    void userForSession();
    void issueToken();
    void createSession();
    void addTokenErrors();
    void revokeUnknownToken();

    void addUser();
    void addUserRejects_data();
    void addUserRejects();
    void isValidRole();
    void removeUserCascades();
    void removeUnknownUser();

    void bans();
    void jwtSecret();
    void fileIsPrivate();
    void settings();
    void twoStoresAtOnce();
    void twoStoresOnOneFile();

    void auditRoundTrip();
    void auditSinceAndLimit();
    void auditRejectsUnknownKind();
    void pruneAudit_data();
    void pruneAudit();
    void revisionAndAuditOfRevocations();
    void failedChangesLeaveNoTrace();
    void revokeTokensOfUser();
    void revisionSeenByOtherStore();
    void lookupsByHash();

private:
    // SQLite: a file in the test's temp folder. PostgreSQL: a database of its own per name and
    // test function, in the one cluster of this executable.
    QString filePath(const QString &name = u"store.sqlite"_s);
    bool postgres() const { return m_backend == u"postgresql"; }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestSupport::PgServer> m_pg;
    QString m_pgError;
    QString m_backend;
    std::map<QString, QString> m_databases;
    int m_databaseCount = 0;
};

#define OPEN_STORE(store, path)                                                                    \
    do {                                                                                           \
        QString openError;                                                                         \
        QVERIFY2((store).open((path), &openError), qPrintable(openError));                         \
    } while (false)

#define OPEN_STORE_PW(store, path, password)                                                       \
    do {                                                                                           \
        QString openError;                                                                         \
        QVERIFY2((store).open((path), &openError, (password)), qPrintable(openError));             \
    } while (false)

void TestStore::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestStore::initTestCase()
{
    if (!TestSupport::PgServer::available()) {
        m_pgError = u"PostgreSQL is not installed (Debian package postgresql)"_s;
        return;
    }
    m_pg = std::make_unique<TestSupport::PgServer>();
    if (!m_pg->start(&m_pgError))
        m_pg.reset();
}

void TestStore::cleanupTestCase()
{
    m_pg.reset();
}

void TestStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_databases.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (postgres()) {
        if (!m_pgError.isEmpty() && TestSupport::PgServer::available())
            QFAIL(qPrintable(m_pgError));   // installed but broken: never a skip
        SOCKETSCOPE_REQUIRE_DEP(m_pg, "PostgreSQL (Debian package postgresql) for the store on PostgreSQL");
    }
}

void TestStore::cleanup()
{
    m_dir.reset();
}

QString TestStore::filePath(const QString &name)
{
    if (!postgres())
        return m_dir->filePath(name);
    auto found = m_databases.find(name);
    if (found == m_databases.end()) {
        const QString database = u"t%1"_s.arg(++m_databaseCount);
        QString error;
        if (!m_pg->createDatabase(database, &error))
            qWarning().noquote() << error;
        found = m_databases.emplace(name, m_pg->url(database)).first;
    }
    return found->second;
}

void TestStore::postgresUrls()
{
    if (!postgres())
        QSKIP("PostgreSQL only");
    QString error;
    const auto pg = Store::parsePostgresLocation(u"postgresql://node@db.example:6543/socketscope"_s, &error);
    QVERIFY2(pg, qPrintable(error));
    QCOMPARE(pg->user, u"node"_s);
    QCOMPARE(pg->host, u"db.example"_s);
    QCOMPARE(pg->port, 6543);
    QCOMPARE(pg->database, u"socketscope"_s);
    QCOMPARE(Store::parsePostgresLocation(u"postgres://h/d"_s, &error)->port, 5432);
    QVERIFY(Store::isPostgresLocation(u"postgresql://h/d"));
    QVERIFY(!Store::isPostgresLocation(u"/var/lib/socketscope/postgresql.sqlite"));

    // A password in the URL is refused, and not repeated in the message.
    Store store;
    QVERIFY(!store.open(u"postgresql://node:hunter2secret@127.0.0.1:%1/x"_s.arg(m_pg->port()), &error));
    QVERIFY2(error.contains(u"must not hold a password"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"hunter2secret"_s), qPrintable(error));
    for (const QString &bad : {u"postgresql://127.0.0.1:5432/"_s, u"postgresql:///db"_s,
                               u"postgresql://h/db?sslmode=require"_s}) {
        error.clear();
        QVERIFY2(!Store::parsePostgresLocation(bad, &error), qPrintable(bad));
        QVERIFY2(error.contains(u"postgresql://USER@HOST:PORT/DB"_s), qPrintable(error));
    }

    // Nobody listening: the message names the database, host and port.
    const QString nowhere = u"postgresql://%1@127.0.0.1:1/nodb"_s.arg(TestSupport::PgServer::superuser());
    error.clear();
    QVERIFY(!store.open(nowhere, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(u"\"nodb\" on 127.0.0.1:1"_s), qPrintable(error));
    // A database that does not exist is not created behind the operator's back.
    error.clear();
    QVERIFY(!store.open(m_pg->url(u"missing_db"_s), &error));
    QVERIFY2(error.contains(u"missing_db"_s), qPrintable(error));
}

void TestStore::postgresPassword()
{
    if (!postgres())
        QSKIP("PostgreSQL only");
    QString error;
    QVERIFY2(m_pg->createDatabase(u"pwdb"_s, &error, TestSupport::PgServer::passwordUser()), qPrintable(error));
    const QString url = m_pg->url(u"pwdb"_s, TestSupport::PgServer::passwordUser());
    qunsetenv("PGPASSWORD");
    Store store;
    QVERIFY(!store.open(url, &error));
    QVERIFY2(error.contains(u"password"_s), qPrintable(error));

    // From a password file (first line; the editor's newline is not part of it).
    const QString file = m_dir->filePath(u"pw"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(TestSupport::PgServer::password().toUtf8() + "\nsecond line\n");
    }
    const auto password = Store::readPasswordFile(file, &error);
    QVERIFY2(password, qPrintable(error));
    QCOMPARE(*password, TestSupport::PgServer::password());
    OPEN_STORE_PW(store, url, *password);
    QVERIFY(store.addUser(u"pwuser"_s, u"user"_s, &error));
    store.close();

    // A wrong one fails without showing either.
    error.clear();
    QVERIFY(!store.open(url, &error, u"wrong-guess-123"_s));
    QVERIFY2(!error.contains(u"wrong-guess-123"_s) && !error.contains(TestSupport::PgServer::password()),
             qPrintable(error));

    // PGPASSWORD, read by libpq when no password is given.
    qputenv("PGPASSWORD", TestSupport::PgServer::password().toUtf8());
    const bool opened = store.open(url, &error);
    qunsetenv("PGPASSWORD");
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(store.users().size(), 1);

    QVERIFY(!Store::readPasswordFile(m_dir->filePath(u"absent"_s), &error));
    QVERIFY2(error.contains(u"absent"_s), qPrintable(error));
}

void TestStore::openCreatesSchema()
{
    const QString path = filePath(u"nested/folder/store.sqlite"_s);
    Store store;
    QVERIFY(!store.isOpen());
    OPEN_STORE(store, path);
    QVERIFY(store.isOpen());
    QCOMPARE(store.path(), path);
    QCOMPARE(store.schemaVersion(), 3);
    QVERIFY(store.users().isEmpty());
    QCOMPARE(store.revision(), 0);

    RawDb raw(path);
    if (postgres()) {
        QCOMPARE(store.backend(), Store::Backend::PostgreSql);
        // 64-bit everywhere: milliseconds since the epoch do not fit PostgreSQL's INTEGER.
        QCOMPARE(raw.scalar(u"SELECT data_type FROM information_schema.columns WHERE table_name = 'audit' "
                            u"AND column_name = 'time_ms'"_s).toString(), u"bigint"_s);
    } else {
        QCOMPARE(store.backend(), Store::Backend::Sqlite);
        QVERIFY(QFile::exists(path));
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 3);
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    }
    QCOMPARE(raw.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toString(), u"3"_s);
    QVERIFY(raw.hasIndex(u"audit_time_ms"_s));
    for (const QString &table : {u"users"_s, u"api_tokens"_s, u"sessions"_s, u"bans"_s, u"settings"_s,
                                 u"audit"_s}) {
        QVERIFY2(raw.hasTable(table), qPrintable(table));
    }
    // The CHECK constraint is part of the schema, not only of addUser().
    const QString checkError = raw.exec(u"INSERT INTO users(id, name, role) VALUES(7, 'mallory', 'root')"_s);
    QVERIFY2(checkError.contains(u"CHECK"_s, Qt::CaseInsensitive), qPrintable(checkError));
}

void TestStore::openFailsOnUnusablePath()
{
    if (postgres())
        QSKIP("files only: postgresUrls covers PostgreSQL's unusable locations");
    Store store;
    QString error;
    QVERIFY(!store.open(m_dir->path(), &error)); // a folder
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.isOpen());
    QVERIFY(store.path().isEmpty());

    const QString garbage = filePath(u"garbage.sqlite"_s);
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    error.clear();
    QVERIFY(!store.open(garbage, &error));
    QVERIFY2(error.contains(u"not a database"_s), qPrintable(error));
    QVERIFY(!store.isOpen());

    error.clear();
    QVERIFY(!store.open(QString(), &error));
    QVERIFY(!error.isEmpty());
}

void TestStore::reopenKeepsData()
{
    const QString path = filePath();
    QString error;
    {
        Store store;
        OPEN_STORE(store, path);
        QVERIFY2(store.addUser(u"carol"_s, u"publisher"_s, &error, 40), qPrintable(error));
        QVERIFY(store.addToken(40, u"carol-token-1234"_s, 0, &error));
    }
    Store store;
    OPEN_STORE(store, path);
    QCOMPARE(store.schemaVersion(), 3);
    const auto carol = store.userByName(u"carol");
    QVERIFY(carol);
    QCOMPARE(carol->id, 40);
    QCOMPARE(carol->role, u"publisher"_s);
    QCOMPARE(store.userForToken(u"carol-token-1234", now())->id, 40);

    // open() on an open Store switches files.
    const QString other = filePath(u"other.sqlite"_s);
    OPEN_STORE(store, other);
    QCOMPARE(store.path(), other);
    QVERIFY(store.users().isEmpty());
}

void TestStore::newerSchemaRefused_data()
{
    QTest::addColumn<QStringList>("setup");
    QTest::newRow("user_version 99") << QStringList{u"PRAGMA user_version = 99"_s};
    QTest::newRow("meta schema_version 99")
        << QStringList{u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                       u"INSERT INTO meta VALUES('schema_version', '99')"_s};
}

void TestStore::newerSchemaRefused()
{
    QFETCH(QStringList, setup);
    if (postgres() && setup.constFirst().startsWith(u"PRAGMA"_s))
        QSKIP("SQLite's user_version; PostgreSQL keeps the version in meta only");
    const QString path = filePath();
    {
        RawDb raw(path);
        for (const QString &sql : std::as_const(setup))
            QCOMPARE(raw.exec(sql), QString());
    }
    Store store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(u"99"_s) && error.contains(u"newer"_s), qPrintable(error));

    // Left as it was: no tables added, journal mode untouched.
    RawDb raw(path);
    QVERIFY(!raw.hasTable(u"users"_s));
    if (!postgres())
        QVERIFY(raw.scalar(u"PRAGMA journal_mode"_s).toString() != u"wal"_s);
}

void TestStore::closedStoreFails()
{
    Store store;
    QString error;
    QVERIFY(!store.addUser(u"carol"_s, u"user"_s, &error));
    QCOMPARE(error, u"the store is not open"_s);
    QVERIFY(store.issueToken(1, 0, &error).isEmpty());
    QVERIFY(!store.userForToken(u"secret-token", now()));
    QVERIFY(store.users().isEmpty());
    QCOMPARE(store.schemaVersion(), 0);

    OPEN_STORE(store, filePath());
    store.close();
    QVERIFY(!store.isOpen());
    QVERIFY(!store.removeUser(1, &error));
    QCOMPARE(error, u"the store is not open"_s);
}

void TestStore::seedCreatesDemoData()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());

    const QList<SocketScope::User> users = store.users();
    QCOMPARE(users.size(), 3);
    QCOMPARE(users[0].id, 1);
    QCOMPARE(users[0].name, u"alice"_s);
    QCOMPARE(users[0].role, u"admin"_s);
    QCOMPARE(users[1].id, 2);
    QCOMPARE(users[1].name, u"bob"_s);
    QCOMPARE(users[1].role, u"user"_s);
    QCOMPARE(users[2].id, 123);
    QCOMPARE(users[2].name, u"john_doe"_s);
    QCOMPARE(users[2].role, u"user"_s);

    const QList<SocketScope::TokenInfo> tokens = store.tokens();
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens[0].userId, 123);
    QCOMPARE(tokens[0].userName, u"john_doe"_s);
    QCOMPARE(tokens[0].redacted, u"secr\u2026"_s);
    QCOMPARE(tokens[1].userId, 1);
    QCOMPARE(tokens[1].userName, u"alice"_s);
    QCOMPARE(tokens[1].redacted, SocketScope::redactSecret(u"valid-token"));
    for (const SocketScope::TokenInfo &token : tokens) {
        QCOMPARE(token.expiresAt, 0);
        QVERIFY(!token.revoked);
        QVERIFY(token.createdAt > 0);
    }

    const qint64 farFuture = now() + 100LL * 365 * 24 * 3600;
    QCOMPARE(store.userForToken(u"secret-token", farFuture)->id, 123);
    QCOMPARE(store.userForToken(u"valid-token", farFuture)->id, 1);
    QCOMPARE(store.userForSession(u"abc123", farFuture)->name, u"alice"_s);
    QCOMPARE(store.userForSession(u"xyz789", farFuture)->name, u"bob"_s);
    QVERIFY(store.bans(now()).isEmpty());

    RawDb raw(filePath());
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sessions"_s).toInt(), 2);
}

void TestStore::seedOnlyIntoEmptyStore()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QVERIFY(!store.seedDemoData());
    QCOMPARE(store.users().size(), 3);
    QCOMPARE(store.tokens().size(), 2);
    RawDb raw(filePath());
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sessions"_s).toInt(), 2);

    Store other;
    OPEN_STORE(other, filePath(u"other.sqlite"_s));
    QString error;
    // An id that does not collide with the demo ids, so only the emptiness check can stop seeding.
    QVERIFY2(other.addUser(u"carol"_s, u"user"_s, &error, 50), qPrintable(error));
    QVERIFY(!other.seedDemoData());
    QCOMPARE(other.users().size(), 1);
    QVERIFY(other.tokens().isEmpty());
}

void TestStore::hashSecretIsHexSha256()
{
    QCOMPARE(Store::hashSecret(u"abc"),
             "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_ba);
    QCOMPARE(Store::hashSecret(u"secret-token").size(), 64);
}

void TestStore::secretsStoredOnlyHashed()
{
    const QString path = filePath();
    QString issuedToken;
    QString issuedSession;
    {
        Store store;
        OPEN_STORE(store, path);
        QVERIFY(store.seedDemoData());
        QString error;
        issuedToken = store.issueToken(2, 0, &error);
        issuedSession = store.createSession(2, 0, &error);
        QVERIFY(!issuedToken.isEmpty() && !issuedSession.isEmpty());

        RawDb raw(path);
        const QString instr = postgres() ? u"strpos"_s : u"instr"_s;
        QCOMPARE(raw.scalar(u"SELECT token_hash FROM api_tokens WHERE user_id = 123"_s).toString(),
                 QString::fromLatin1(Store::hashSecret(u"secret-token")));
        QCOMPARE(raw.scalar(u"SELECT redacted FROM api_tokens WHERE user_id = 123"_s).toString(),
                 u"secr\u2026"_s);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sessions WHERE session_hash = ?"_s,
                            {QString::fromLatin1(Store::hashSecret(u"abc123"))}).toInt(),
                 1);
        for (const QString &secret : {u"secret-token"_s, u"valid-token"_s, issuedToken}) {
            const QVariant found = raw.scalar(
                u"SELECT COUNT(*) FROM api_tokens WHERE %1(token_hash || redacted, ?) > 0"_s.arg(instr), {secret});
            QVERIFY(found.isValid());
            QCOMPARE(found.toInt(), 0);
        }
        for (const QString &secret : {u"abc123"_s, u"xyz789"_s, issuedSession}) {
            const QVariant found =
                raw.scalar(u"SELECT COUNT(*) FROM sessions WHERE %1(session_hash, ?) > 0"_s.arg(instr), {secret});
            QVERIFY(found.isValid());
            QCOMPARE(found.toInt(), 0);
        }
    }

    // After close the WAL is checkpointed; read whatever files exist, byte for byte. PostgreSQL:
    // every row of every table, as text.
    QByteArray bytes = fileBytes(path) + fileBytes(path + u"-wal"_s);
    if (postgres()) {
        RawDb raw(path);
        for (const QString &table : {u"meta"_s, u"users"_s, u"api_tokens"_s, u"sessions"_s, u"bans"_s,
                                     u"settings"_s, u"audit"_s}) {
            bytes += raw.scalar(u"SELECT COALESCE(string_agg(x::text, '|'), '') FROM %1 x"_s.arg(table))
                         .toString().toUtf8();
        }
    }
    QVERIFY(bytes.size() > 0);
    QVERIFY(bytes.contains("john_doe")); // the file is readable as such
    const QString secrets[] = {u"secret-token"_s, u"valid-token"_s, u"abc123"_s, u"xyz789"_s,
                               issuedToken, issuedSession};
    for (const QString &secret : secrets) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        QVERIFY2(!bytes.contains(utf16), qPrintable(secret));
    }
}

void TestStore::userForToken()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QString error;
    QVERIFY2(store.addToken(2, u"bob-short-lived"_s, 60, &error), qPrintable(error));
    QVERIFY2(store.addToken(2, u"bob-revoked-token"_s, 0, &error), qPrintable(error));
    const qint64 t = now();

    const auto valid = store.userForToken(u"secret-token", t);
    QVERIFY(valid);
    QCOMPARE(valid->id, 123);
    QCOMPARE(valid->name, u"john_doe"_s);
    QCOMPARE(valid->role, u"user"_s);

    QVERIFY(!store.userForToken(u"no-such-token", t));
    QVERIFY(!store.userForToken(u"", t));
    QVERIFY(!store.userForToken(u"Secret-Token", t));

    QCOMPARE(store.userForToken(u"bob-short-lived", t)->id, 2);
    QVERIFY(!store.userForToken(u"bob-short-lived", t + 3600));

    QCOMPARE(store.userForToken(u"bob-revoked-token", t)->id, 2);
    qint64 revokedId = 0;
    const QList<SocketScope::TokenInfo> before = store.tokens();
    for (const SocketScope::TokenInfo &info : before) {
        if (info.redacted == SocketScope::redactSecret(u"bob-revoked-token") && info.expiresAt == 0)
            revokedId = info.id;
    }
    QVERIFY(revokedId > 0);
    QVERIFY2(store.revokeToken(revokedId, &error), qPrintable(error));
    QVERIFY(!store.userForToken(u"bob-revoked-token", t));
    QCOMPARE(store.userForToken(u"bob-short-lived", t)->id, 2);
    bool listedAsRevoked = false;
    const QList<SocketScope::TokenInfo> after = store.tokens();
    for (const SocketScope::TokenInfo &info : after)
        listedAsRevoked |= info.id == revokedId && info.revoked;
    QVERIFY(listedAsRevoked);

    const SocketScope::TokenInfo shortLived = after[2];
    QCOMPARE(shortLived.userName, u"bob"_s);
    QVERIFY(shortLived.expiresAt >= t + 60 && shortLived.expiresAt <= now() + 60);
}

void TestStore::userForSession()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QString error;
    QVERIFY2(store.addSession(1, u"alice-short-session"_s, 60, &error), qPrintable(error));
    const qint64 t = now();

    const auto alice = store.userForSession(u"abc123", t);
    QVERIFY(alice);
    QCOMPARE(alice->id, 1);
    QCOMPARE(alice->role, u"admin"_s);
    QCOMPARE(store.userForSession(u"xyz789", t)->id, 2);
    QVERIFY(!store.userForSession(u"unknown", t));
    QVERIFY(!store.userForSession(u"", t));
    // Tokens and sessions are separate namespaces.
    QVERIFY(!store.userForSession(u"secret-token", t));
    QVERIFY(!store.userForToken(u"abc123", t));

    QCOMPARE(store.userForSession(u"alice-short-session", t)->id, 1);
    QVERIFY(!store.userForSession(u"alice-short-session", t + 3600));

    QVERIFY(!store.addSession(1, u"abc123"_s, 0, &error));
    QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    QVERIFY(!store.addSession(77, u"fresh-session"_s, 0, &error));
    QCOMPARE(error, u"unknown user id 77"_s);
}

void TestStore::issueToken()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QString error;
    const QString first = store.issueToken(2, 0, &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    const QString second = store.issueToken(2, 3600, &error);
    QVERIFY2(!second.isEmpty(), qPrintable(error));
    QVERIFY(first != second);
    for (const QString &token : {first, second}) {
        QVERIFY(token.startsWith(u"ssk_"_s));
        QCOMPARE(token.size(), 4 + 43); // 32 bytes in unpadded base64url
        QVERIFY(!token.contains(u'=') && !token.contains(u'+') && !token.contains(u'/'));
        QCOMPARE(store.userForToken(token, now())->name, u"bob"_s);
    }
    QVERIFY(!store.userForToken(second, now() + 7200));
    QCOMPARE(store.tokens().size(), 4);
    const QList<SocketScope::TokenInfo> tokens = store.tokens();
    for (const SocketScope::TokenInfo &info : tokens)
        QVERIFY(info.redacted != first && info.redacted != second);

    QVERIFY(store.issueToken(999, 0, &error).isEmpty());
    QCOMPARE(error, u"unknown user id 999"_s);
    QVERIFY(store.issueToken(2, -1, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.tokens().size(), 4);
}

void TestStore::createSession()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QString error;
    const QString first = store.createSession(1, 0, &error);
    const QString second = store.createSession(1, 0, &error);
    QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(error));
    QVERIFY(first != second);
    QVERIFY(first.startsWith(u"sss_"_s));
    QCOMPARE(store.userForSession(first, now())->id, 1);
    QCOMPARE(store.userForSession(second, now())->id, 1);
    QVERIFY(!store.userForToken(first, now()));

    QVERIFY(store.createSession(5, 0, &error).isEmpty());
    QCOMPARE(error, u"unknown user id 5"_s);
}

void TestStore::addTokenErrors()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QString error;
    QVERIFY(!store.addToken(2, u"secret-token"_s, 0, &error));
    QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"secret-token"_s), qPrintable(error));
    QCOMPARE(store.userForToken(u"secret-token", now())->id, 123);

    QVERIFY(!store.addToken(42, u"another-token"_s, 0, &error));
    QCOMPARE(error, u"unknown user id 42"_s);
    QVERIFY(!store.addToken(2, QString(), 0, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.addToken(2, u"another-token"_s, -5, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.tokens().size(), 2);
}

void TestStore::revokeUnknownToken()
{
    Store store;
    OPEN_STORE(store, filePath());
    QString error;
    QVERIFY(!store.revokeToken(12345, &error));
    QCOMPARE(error, u"unknown token id 12345"_s);
}

void TestStore::addUser()
{
    Store store;
    OPEN_STORE(store, filePath());
    QString error;
    const auto first = store.addUser(u"  carol "_s, u"publisher"_s, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->id, 1);
    QCOMPARE(first->name, u"carol"_s);
    QCOMPARE(first->role, u"publisher"_s);

    const auto explicitId = store.addUser(u"dave"_s, u"admin"_s, &error, 500);
    QVERIFY2(explicitId, qPrintable(error));
    QCOMPARE(explicitId->id, 500);

    const auto next = store.addUser(QString(64, u'e'), u"user"_s, &error);
    QVERIFY2(next, qPrintable(error));
    QCOMPARE(next->id, 501);
    const auto unicode = store.addUser(u"J\u00f6rg"_s, u"user"_s, &error);
    QVERIFY2(unicode, qPrintable(error));

    QCOMPARE(store.userById(500)->name, u"dave"_s);
    QCOMPARE(store.userByName(u"carol")->id, 1);
    QVERIFY(!store.userByName(u"Carol"));
    QVERIFY(!store.userById(2));
    QCOMPARE(store.users().size(), 4);
}

void TestStore::addUserRejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("error");

    QTest::newRow("duplicate name") << u"bob"_s << u"user"_s << 0LL << u"user \"bob\" already exists"_s;
    QTest::newRow("duplicate after trim") << u" bob\t"_s << u"admin"_s << 0LL
                                          << u"user \"bob\" already exists"_s;
    QTest::newRow("duplicate id") << u"carol"_s << u"user"_s << 2LL << u"user id 2 already exists"_s;
    QTest::newRow("negative id") << u"carol"_s << u"user"_s << -3LL << u"invalid user id -3"_s;
    QTest::newRow("bad role") << u"carol"_s << u"root"_s << 0LL
                              << u"invalid role \"root\" (expected admin, publisher or user)"_s;
    QTest::newRow("role case") << u"carol"_s << u"Admin"_s << 0LL
                               << u"invalid role \"Admin\" (expected admin, publisher or user)"_s;
    QTest::newRow("empty role") << u"carol"_s << QString() << 0LL
                                << u"invalid role \"\" (expected admin, publisher or user)"_s;
    QTest::newRow("empty name") << QString() << u"user"_s << 0LL << u"user name must not be empty"_s;
    QTest::newRow("blank name") << u" \t "_s << u"user"_s << 0LL << u"user name must not be empty"_s;
    QTest::newRow("too long") << QString(65, u'a') << u"user"_s << 0LL
                              << u"user name must be at most 64 characters"_s;
    QTest::newRow("inner space") << u"carol smith"_s << u"user"_s << 0LL
                                 << u"user name must not contain whitespace or control characters"_s;
    QTest::newRow("control") << u"carol\u0001"_s << u"user"_s << 0LL
                             << u"user name must not contain whitespace or control characters"_s;
    QTest::newRow("zero width") << u"car\u200bol"_s << u"user"_s << 0LL
                                << u"user name must not contain whitespace or control characters"_s;
    QTest::newRow("bidi override") << u"evil\u202Egpj.exe"_s << u"user"_s << 0LL
                                   << u"user name must not contain whitespace or control characters"_s;
    QTest::newRow("bidi isolate") << u"a\u2067b"_s << u"user"_s << 0LL
                                  << u"user name must not contain whitespace or control characters"_s;
    // Invalid UTF-8 from a command line arrives as U+FFFD; it was stored so.
    QTest::newRow("invalid UTF-8") << QString::fromUtf8("caf\xC3") << u"user"_s << 0LL
                                   << u"user name must be valid UTF-8 (it contains U+FFFD)"_s;
    // "user remove 1" removed alice (id 1) although a user was named "1".
    QTest::newRow("numeric") << u"1"_s << u"user"_s << 0LL << u"user name must not be a number (numbers are user ids)"_s;
    QTest::newRow("numeric long") << u"00042"_s << u"user"_s << 0LL
                                  << u"user name must not be a number (numbers are user ids)"_s;
}

void TestStore::addUserRejects()
{
    QFETCH(QString, name);
    QFETCH(QString, role);
    QFETCH(qint64, id);
    QFETCH(QString, error);

    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QString actual;
    QVERIFY(!store.addUser(name, role, &actual, id));
    QCOMPARE(actual, error);
    QCOMPARE(store.users().size(), 3);
}

void TestStore::isValidRole()
{
    QVERIFY(Store::isValidRole(u"admin"));
    QVERIFY(Store::isValidRole(u"publisher"));
    QVERIFY(Store::isValidRole(u"user"));
    QVERIFY(!Store::isValidRole(u""));
    QVERIFY(!Store::isValidRole(u"users"));
    QVERIFY(!Store::isValidRole(u"ADMIN"));
}

void TestStore::removeUserCascades()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QString error;
    QVERIFY(store.addToken(123, u"john-second-token"_s, 0, &error));
    QVERIFY(store.addSession(123, u"john-session"_s, 0, &error));
    QVERIFY(store.ban(123, now() + 3600, u"spam"_s, &error));

    QVERIFY2(store.removeUser(123, &error), qPrintable(error));
    QVERIFY(!store.userById(123));
    QVERIFY(!store.userForToken(u"secret-token", now()));
    QVERIFY(!store.userForToken(u"john-second-token", now()));
    QVERIFY(!store.userForSession(u"john-session", now()));
    QVERIFY(store.bans(now()).isEmpty());
    QCOMPARE(store.tokens().size(), 1);
    QCOMPARE(store.tokens().constFirst().userName, u"alice"_s);

    RawDb raw(filePath());
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM api_tokens WHERE user_id = 123"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sessions WHERE user_id = 123"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM bans"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sessions"_s).toInt(), 2);
}

void TestStore::removeUnknownUser()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QString error;
    QVERIFY(!store.removeUser(77, &error));
    QCOMPARE(error, u"unknown user id 77"_s);
    QCOMPARE(store.users().size(), 3);
}

void TestStore::bans()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    const qint64 t = 1'700'000'000;
    QString error;

    QVERIFY(!store.bannedUntil(2, t));
    QVERIFY2(store.ban(2, t + 100, u"flooding"_s, &error), qPrintable(error));
    QVERIFY2(store.ban(123, t - 10, u"long ago"_s, &error), qPrintable(error));
    QCOMPARE(store.bannedUntil(2, t), t + 100);
    QVERIFY(!store.bannedUntil(123, t)); // expired
    QVERIFY(!store.bannedUntil(1, t));

    QList<SocketScope::Ban> active = store.bans(t);
    QCOMPARE(active.size(), 1);
    QCOMPARE(active[0].userId, 2);
    QCOMPARE(active[0].userName, u"bob"_s);
    QCOMPARE(active[0].until, t + 100);
    QCOMPARE(active[0].reason, u"flooding"_s);

    QVERIFY(!store.bannedUntil(2, t + 100)); // the end itself is no longer banned
    QVERIFY(store.bans(t + 100).isEmpty());
    QCOMPARE(store.bans(t - 20).size(), 2);

    // A second ban replaces the first.
    QVERIFY(store.ban(2, t + 500, u"again"_s, &error));
    active = store.bans(t);
    QCOMPARE(active.size(), 1);
    QCOMPARE(active[0].until, t + 500);
    QCOMPARE(active[0].reason, u"again"_s);

    QVERIFY2(store.unban(2, &error), qPrintable(error));
    QVERIFY(!store.bannedUntil(2, t));
    QVERIFY(store.bans(t).isEmpty());
    QVERIFY(store.unban(2, &error)); // not banned: nothing to do

    QVERIFY(!store.ban(9, t + 100, QString(), &error));
    QCOMPARE(error, u"unknown user id 9"_s);
    QVERIFY(!store.unban(9, &error));
    QCOMPARE(error, u"unknown user id 9"_s);
}

// The file holds the JWT secret: it was created 0644, and anyone who read it could sign
// {"sub":"2","role":"admin"}.
void TestStore::fileIsPrivate()
{
    if (postgres())
        QSKIP("no file: PostgreSQL's own access rules apply");
    const QString path = filePath();
    {
        Store store;
        OPEN_STORE(store, path);
        QVERIFY(!store.jwtSecret().isEmpty());
        QVERIFY(store.addUser(u"zed"_s, u"user"_s, nullptr));   // so that -wal exists
        QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(Store::permissionProblem(path), QString());
        if (QFileInfo::exists(path + u"-wal"_s)) {
            QCOMPARE(QFileInfo(path + u"-wal"_s).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    const QString why = Store::permissionProblem(path);
    QVERIFY2(why.contains(u"can be read by other users"_s) && why.contains(u"chmod 600"_s), qPrintable(why));
    QTest::ignoreMessage(QtWarningMsg, qPrintable(why));
    Store store;
    OPEN_STORE(store, path);
}

void TestStore::jwtSecret()
{
    const QString path = filePath();
    QByteArray secret;
    {
        Store store;
        OPEN_STORE(store, path);
        secret = store.jwtSecret();
        QVERIFY(secret.size() >= 32);
        QCOMPARE(QByteArray::fromHex(secret).size(), 32);
        QCOMPARE(QByteArray::fromHex(secret).toHex(), secret);
        QCOMPARE(store.jwtSecret(), secret);
        QCOMPARE(store.setting(u"jwt_secret"_s).toLatin1(), secret);
    }
    Store store;
    OPEN_STORE(store, path);
    QCOMPARE(store.jwtSecret(), secret);

    Store other;
    OPEN_STORE(other, filePath(u"other.sqlite"_s));
    QVERIFY(other.jwtSecret() != secret);
}

void TestStore::settings()
{
    const QString path = filePath();
    {
        Store store;
        OPEN_STORE(store, path);
        QVERIFY(store.setting(u"theme"_s).isEmpty());
        QVERIFY(store.setSetting(u"theme"_s, u"dark"_s));
        QVERIFY(store.setSetting(u"theme"_s, u"light \u2600"_s));
        QCOMPARE(store.setting(u"theme"_s), u"light \u2600"_s);
    }
    Store store;
    OPEN_STORE(store, path);
    QCOMPARE(store.setting(u"theme"_s), u"light \u2600"_s);
}

void TestStore::twoStoresAtOnce()
{
    auto first = std::make_unique<Store>();
    Store second;
    OPEN_STORE(*first, filePath(u"a.sqlite"_s));
    OPEN_STORE(second, filePath(u"b.sqlite"_s));
    QString error;
    QVERIFY(first->seedDemoData());
    QVERIFY2(second.addUser(u"bert"_s, u"user"_s, &error), qPrintable(error));
    const QString secondToken = second.issueToken(1, 0, &error);
    QVERIFY2(!secondToken.isEmpty(), qPrintable(error));

    QCOMPARE(first->users().size(), 3);
    QCOMPARE(second.users().size(), 1);
    QVERIFY(!first->userByName(u"bert"));
    QVERIFY(!second.userByName(u"alice"));
    QCOMPARE(second.userForToken(secondToken, now())->name, u"bert"_s);
    QVERIFY(!first->userForToken(secondToken, now()));
    QVERIFY(!second.userForToken(u"secret-token", now()));

    // Closing one must not take the other's connection with it.
    first.reset();
    QVERIFY(second.isOpen());
    QCOMPARE(second.userForToken(secondToken, now())->name, u"bert"_s);
    QVERIFY2(second.addUser(u"bianca"_s, u"admin"_s, &error), qPrintable(error));
    QCOMPARE(second.users().size(), 2);
}

void TestStore::twoStoresOnOneFile()
{
    // The server and a command-line tool share one file.
    Store server;
    Store tool;
    OPEN_STORE(server, filePath());
    OPEN_STORE(tool, filePath());
    QVERIFY(server.seedDemoData());
    QVERIFY(!tool.seedDemoData());
    QString error;
    const QString token = tool.issueToken(2, 0, &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    QCOMPARE(server.userForToken(token, now())->name, u"bob"_s);
    QVERIFY(tool.ban(2, now() + 60, u"cli"_s, &error));
    QVERIFY(server.bannedUntil(2, now()));
    QCOMPARE(tool.jwtSecret(), server.jwtSecret());
    QVERIFY(server.removeUser(2, &error));
    QVERIFY(!tool.userForToken(token, now()));
}

void TestStore::migratesFromV1()
{
    // PostgreSQL support began with schema version 2: no such database is at version 1.
    if (postgres())
        QSKIP("SQLite only: no PostgreSQL store ever had schema version 1");
    const QString path = filePath();
    writeV1Database(path);
    {
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
        QVERIFY(!raw.scalar(u"SELECT 1 FROM sqlite_master WHERE name = 'audit'"_s).isValid());
    }

    Store store;
    OPEN_STORE(store, path);
    QCOMPARE(store.schemaVersion(), 3);
    const auto olga = store.userById(7);
    QVERIFY(olga);
    QCOMPARE(olga->name, u"olga"_s);
    QCOMPARE(olga->role, u"publisher"_s);
    QCOMPARE(store.userForToken(u"old-token-value", now())->id, 7);
    QCOMPARE(store.userForSession(u"old-session-value", now())->id, 7);
    QCOMPARE(store.bannedUntil(7, now()), 4'000'000'000LL);
    QCOMPARE(store.bans(now()).constFirst().reason, u"old ban"_s);
    QCOMPARE(store.jwtSecret(), "abcdef0123456789abcdef"_ba);
    QCOMPARE(store.tokens().size(), 1);
    QCOMPARE(store.tokens().constFirst().redacted, u"old-\u2026"_s);
    QCOMPARE(store.revision(), 0);
    QVERIFY(store.audit(0).isEmpty());
    // Not seeded: the store had users.
    QVERIFY(!store.seedDemoData());

    QString error;
    QVERIFY2(store.appendAudit({fullEntry()}, &error), qPrintable(error));
    QCOMPARE(store.audit(0), QList<SocketScope::AuditEntry>{fullEntry()});

    RawDb raw(path);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 3);
    QCOMPARE(raw.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toString(), u"3"_s);
    QCOMPARE(raw.scalar(u"SELECT value FROM settings WHERE key = 'revision'"_s).toString(), u"0"_s);
    QVERIFY(raw.scalar(u"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'audit_time_ms'"_s).isValid());
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM audit"_s).toInt(), 1);

    // Opening again does not migrate twice.
    store.close();
    OPEN_STORE(store, path);
    QCOMPARE(store.schemaVersion(), 3);
    QCOMPARE(store.audit(0).size(), 1);
}

void TestStore::failedMigrationChangesNothing()
{
    if (postgres())
        QSKIP("SQLite only: no PostgreSQL store ever had schema version 1");
    // A v1 file that happens to have a table named audit: the v2 step fails half way.
    const QString path = filePath();
    writeV1Database(path, {u"CREATE TABLE audit(x INTEGER)"_s});

    Store store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QCOMPARE(error, u"migrating the database to schema version 2 failed: table audit already exists Unable to execute statement"_s);
    QVERIFY(!store.isOpen());

    RawDb raw(path);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(raw.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toString(), u"1"_s);
    QVERIFY(!raw.scalar(u"SELECT 1 FROM settings WHERE key = 'revision'"_s).isValid());
    QVERIFY(!raw.scalar(u"SELECT 1 FROM sqlite_master WHERE name = 'audit_time_ms'"_s).isValid());
    QCOMPARE(raw.scalar(u"SELECT name FROM users WHERE id = 7"_s).toString(), u"olga"_s);
}

void TestStore::auditRoundTrip()
{
    Store store;
    OPEN_STORE(store, filePath());
    SocketScope::AuditEntry sparse;
    sparse.timeMs = 1'700'000'000'500;
    sparse.kind = u"auth_failure"_s;
    sparse.remote = u"[::1]:4000"_s;
    sparse.authMethod = u"header"_s;
    sparse.reason = u"Invalid token"_s;
    SocketScope::AuditEntry stamped;
    stamped.kind = u"admin"_s;
    stamped.actor = u"cli:root"_s;

    QString error;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(store.appendAudit({fullEntry(), sparse, stamped}, &error), qPrintable(error));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const QList<SocketScope::AuditEntry> entries = store.audit(0);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0], fullEntry());
    QCOMPARE(entries[1], sparse);
    QCOMPARE(entries[1].userId, -1);
    QCOMPARE(entries[1].connectionId, 0u);
    QCOMPARE(entries[1].closeCode, 0);
    QVERIFY(entries[2].timeMs >= before && entries[2].timeMs <= after);
    SocketScope::AuditEntry expected = stamped;
    expected.timeMs = entries[2].timeMs;
    QCOMPARE(entries[2], expected);

    // Absent values are NULL in the file.
    RawDb raw(filePath());
    QVERIFY(raw.scalar(u"SELECT connection_id IS NULL AND user_id IS NULL AND close_code IS NULL "
                       u"AND user_name IS NULL AND detail IS NULL FROM audit WHERE kind = 'auth_failure'"_s)
                .toBool());
    QCOMPARE(raw.scalar(u"SELECT user_id FROM audit WHERE kind = 'connection_close'"_s).toLongLong(), 123);

    QVERIFY(store.appendAudit({}, &error));
    QCOMPARE(store.audit(0).size(), 3);
}

void TestStore::auditSinceAndLimit()
{
    Store store;
    OPEN_STORE(store, filePath());
    QString error;
    // Appended out of order: results come back by time.
    QVERIFY2(store.appendAudit({entryAt(3000), entryAt(1000), entryAt(2000), entryAt(5000), entryAt(4000)},
                               &error),
             qPrintable(error));
    QCOMPARE(timesOf(store.audit(0)), (QList<qint64>{1000, 2000, 3000, 4000, 5000}));
    QCOMPARE(timesOf(store.audit(3000)), (QList<qint64>{3000, 4000, 5000}));
    QCOMPARE(timesOf(store.audit(3001)), (QList<qint64>{4000, 5000}));
    QCOMPARE(timesOf(store.audit(6000)), QList<qint64>{});
    QCOMPARE(timesOf(store.audit(0, 2)), (QList<qint64>{4000, 5000}));
    QCOMPARE(timesOf(store.audit(0, 10)), (QList<qint64>{1000, 2000, 3000, 4000, 5000}));
    QCOMPARE(timesOf(store.audit(2000, 1)), QList<qint64>{5000});
    QCOMPARE(timesOf(store.audit(0, 0)), QList<qint64>{});
}

void TestStore::auditRejectsUnknownKind()
{
    Store store;
    OPEN_STORE(store, filePath());
    QString error;
    QVERIFY(!store.appendAudit({entryAt(1000), entryAt(2000, u"connection_opened"_s)}, &error));
    QCOMPARE(error, u"unknown audit kind \"connection_opened\""_s);
    QVERIFY(!store.appendAudit({entryAt(1000, QString())}, &error));
    QCOMPARE(error, u"unknown audit kind \"\""_s);
    QVERIFY(store.audit(0).isEmpty());

    QCOMPARE(Store::auditKinds(),
             (QStringList{u"connection_open"_s, u"connection_close"_s, u"auth_failure"_s, u"admin"_s, u"ban"_s,
                          u"unban"_s, u"token_revoked"_s, u"user_removed"_s}));
    QList<SocketScope::AuditEntry> everyKind;
    for (const QString &kind : Store::auditKinds())
        everyKind.append(entryAt(1000 + everyKind.size(), kind));
    QVERIFY2(store.appendAudit(everyKind, &error), qPrintable(error));
    QCOMPARE(store.audit(0), everyKind);

    Store closed;
    QVERIFY(!closed.appendAudit({entryAt(1)}, &error));
    QCOMPARE(error, u"the store is not open"_s);
    QVERIFY(closed.audit(0).isEmpty());
    QTest::ignoreMessage(QtWarningMsg, "pruning the audit log failed: the store is not open");
    QCOMPARE(closed.pruneAudit(1, 1, 0), -1);
    QCOMPARE(closed.revision(), 0);
}

void TestStore::pruneAudit_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<int>("deleted");
    QTest::addColumn<QList<qint64>>("kept");

    constexpr qint64 Day = 24LL * 3600 * 1000;
    const qint64 now = 100 * Day;
    // Rows at 10, 5, 2 and 1 days ago, and one right now.
    const QList<qint64> all{now - 10 * Day, now - 5 * Day, now - 2 * Day, now - Day, now};
    QTest::newRow("no limits") << 0 << 0 << 0 << all;
    QTest::newRow("3 days") << 3 << 0 << 2 << all.mid(2);
    QTest::newRow("5 days keeps exactly 5 days old") << 5 << 0 << 1 << all.mid(1);
    QTest::newRow("max 2 rows") << 0 << 2 << 3 << all.mid(3);
    QTest::newRow("max rows above count") << 0 << 10 << 0 << all;
    QTest::newRow("both, rows stricter") << 30 << 1 << 4 << all.mid(4);
    QTest::newRow("both, days stricter") << 3 << 4 << 2 << all.mid(2);
}

void TestStore::pruneAudit()
{
    QFETCH(int, days);
    QFETCH(int, maxRows);
    QFETCH(int, deleted);
    QFETCH(QList<qint64>, kept);
    constexpr qint64 Day = 24LL * 3600 * 1000;
    const qint64 now = 100 * Day;

    Store store;
    OPEN_STORE(store, filePath());
    QString error;
    QVERIFY2(store.appendAudit({entryAt(now - 10 * Day), entryAt(now - 5 * Day), entryAt(now - 2 * Day),
                                entryAt(now - Day), entryAt(now)},
                               &error),
             qPrintable(error));
    QCOMPARE(store.pruneAudit(days, maxRows, now), deleted);
    QCOMPARE(timesOf(store.audit(0)), kept);
    QCOMPARE(store.pruneAudit(days, maxRows, now), 0);
    QTest::ignoreMessage(QtWarningMsg, "pruning the audit log failed: the limits must not be negative");
    QCOMPARE(store.pruneAudit(-1, 0, now), -1);
}

void TestStore::revisionAndAuditOfRevocations()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QString error;
    QCOMPARE(store.revision(), 0);

    // Adding things does not ask a server to re-check anything.
    QVERIFY(store.addUser(u"carol"_s, u"user"_s, &error, 50));
    QVERIFY(store.addToken(50, u"carol-token-1234"_s, 0, &error));
    QVERIFY(!store.createSession(50, 0, &error).isEmpty());
    QCOMPARE(store.revision(), 0);
    QVERIFY(store.audit(0).isEmpty());

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto tokenId = store.tokenIdForHash(Store::hashSecret(u"secret-token"));
    QVERIFY(tokenId);
    QVERIFY2(store.revokeToken(*tokenId, &error, u"admin alice"_s), qPrintable(error));
    QCOMPARE(store.revision(), 1);
    QVERIFY2(store.ban(2, 4'000'000'000, u"flooding"_s, &error, u"cli:root"_s), qPrintable(error));
    QCOMPARE(store.revision(), 2);
    bool wasBanned = false;
    QVERIFY2(store.unban(2, &error, u"cli:root"_s, &wasBanned), qPrintable(error));
    QVERIFY(wasBanned);
    QCOMPARE(store.revision(), 3);
    QVERIFY(store.unban(2, &error, u"cli:root"_s, &wasBanned)); // not banned: nothing to record
    QVERIFY(!wasBanned);
    QCOMPARE(store.revision(), 3);
    QVERIFY2(store.removeUser(50, &error), qPrintable(error));
    QCOMPARE(store.revision(), 4);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const QList<SocketScope::AuditEntry> entries = store.audit(0);
    QCOMPARE(entries.size(), 4);
    for (const SocketScope::AuditEntry &e : entries) {
        QVERIFY(e.timeMs >= before && e.timeMs <= after);
        QCOMPARE(e.connectionId, 0u);
        QCOMPARE(e.closeCode, 0);
    }
    QCOMPARE(entries[0].kind, u"token_revoked"_s);
    QCOMPARE(entries[0].userId, 123);
    QCOMPARE(entries[0].userName, u"john_doe"_s);
    QCOMPARE(entries[0].actor, u"admin alice"_s);
    QCOMPARE(entries[0].detail, u"token %1"_s.arg(*tokenId));
    QCOMPARE(entries[1].kind, u"ban"_s);
    QCOMPARE(entries[1].userId, 2);
    QCOMPARE(entries[1].userName, u"bob"_s);
    QCOMPARE(entries[1].reason, u"flooding"_s);
    QCOMPARE(entries[1].actor, u"cli:root"_s);
    QCOMPARE(entries[1].detail, u"until 2096-10-02T07:06:40Z"_s);
    QCOMPARE(entries[2].kind, u"unban"_s);
    QCOMPARE(entries[2].userName, u"bob"_s);
    QCOMPARE(entries[2].actor, u"cli:root"_s);
    QCOMPARE(entries[2].detail, QString());
    QCOMPARE(entries[3].kind, u"user_removed"_s);
    QCOMPARE(entries[3].userId, 50);
    QCOMPARE(entries[3].userName, u"carol"_s);
    QCOMPARE(entries[3].actor, QString());
    QCOMPARE(entries[3].detail, u"role user"_s);
}

void TestStore::failedChangesLeaveNoTrace()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QString error;
    QVERIFY(!store.revokeToken(999, &error, u"x"_s));
    QCOMPARE(error, u"unknown token id 999"_s);
    QVERIFY(!store.removeUser(999, &error, u"x"_s));
    QCOMPARE(error, u"unknown user id 999"_s);
    QVERIFY(!store.ban(999, 4'000'000'000, QString(), &error, u"x"_s));
    QCOMPARE(error, u"unknown user id 999"_s);
    QVERIFY(!store.unban(999, &error, u"x"_s));
    QCOMPARE(error, u"unknown user id 999"_s);
    QVERIFY(!store.revokeTokensOfUser(999, &error, u"x"_s));
    QCOMPARE(error, u"unknown user id 999"_s);
    QCOMPARE(store.revision(), 0);
    QVERIFY(store.audit(0).isEmpty());
}

void TestStore::revokeTokensOfUser()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QString error;
    QVERIFY(store.addToken(123, u"john-second-token"_s, 0, &error));
    QVERIFY(store.addToken(2, u"bob-own-token-12"_s, 0, &error));
    const qint64 first = *store.tokenIdForHash(Store::hashSecret(u"secret-token"));
    const qint64 second = *store.tokenIdForHash(Store::hashSecret(u"john-second-token"));

    int revoked = -1;
    QVERIFY2(store.revokeTokensOfUser(123, &error, u"admin alice"_s, &revoked), qPrintable(error));
    QCOMPARE(revoked, 2);
    QVERIFY(!store.userForToken(u"secret-token", now()));
    QVERIFY(!store.userForToken(u"john-second-token", now()));
    QCOMPARE(store.userForToken(u"bob-own-token-12", now())->id, 2);
    QCOMPARE(store.userForToken(u"valid-token", now())->id, 1);
    QCOMPARE(store.revision(), 1);
    const QList<SocketScope::AuditEntry> entries = store.audit(0);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].kind, u"token_revoked"_s);
    QCOMPARE(entries[0].userName, u"john_doe"_s);
    QCOMPARE(entries[0].detail, u"tokens %1, %2"_s.arg(first).arg(second));

    // Nothing left to revoke: success, no change.
    QVERIFY(store.revokeTokensOfUser(123, &error, u"admin alice"_s, &revoked));
    QCOMPARE(revoked, 0);
    QCOMPARE(store.revision(), 1);
    QCOMPARE(store.audit(0).size(), 1);
}

void TestStore::revisionSeenByOtherStore()
{
    // The server polls revision() on its own connection while a CLI process changes the file.
    Store server;
    Store tool;
    OPEN_STORE(server, filePath());
    OPEN_STORE(tool, filePath());
    QVERIFY(server.seedDemoData());
    QString error;
    QCOMPARE(server.revision(), 0);
    QVERIFY(tool.ban(2, now() + 60, u"cli"_s, &error));
    QCOMPARE(server.revision(), 1);
    QVERIFY(tool.removeUser(2, &error));
    QCOMPARE(server.revision(), 2);
    QCOMPARE(server.audit(0).size(), 2);
}

void TestStore::lookupsByHash()
{
    Store store;
    OPEN_STORE(store, filePath());
    QVERIFY(store.seedDemoData());
    QString error;
    QVERIFY(store.addToken(2, u"bob-short-lived"_s, 60, &error));
    QVERIFY(store.addSession(2, u"bob-short-session"_s, 60, &error));
    const qint64 t = now();

    const auto john = store.userForTokenHash(Store::hashSecret(u"secret-token"), t);
    QVERIFY(john);
    QCOMPARE(john->id, 123);
    QCOMPARE(john->name, u"john_doe"_s);
    QCOMPARE(john->role, u"user"_s);
    QCOMPARE(store.userForSessionHash(Store::hashSecret(u"abc123"), t)->name, u"alice"_s);
    QVERIFY(!store.userForTokenHash(QByteArray(), t));
    QVERIFY(!store.userForSessionHash(QByteArray(), t));
    QVERIFY(!store.userForTokenHash(Store::hashSecret(u"unknown"), t));
    // The secret itself is not a hash.
    QVERIFY(!store.userForTokenHash("secret-token", t));
    // Tokens and sessions stay apart.
    QVERIFY(!store.userForTokenHash(Store::hashSecret(u"abc123"), t));
    QVERIFY(!store.userForSessionHash(Store::hashSecret(u"secret-token"), t));

    QCOMPARE(store.userForTokenHash(Store::hashSecret(u"bob-short-lived"), t)->id, 2);
    QVERIFY(!store.userForTokenHash(Store::hashSecret(u"bob-short-lived"), t + 3600));
    QCOMPARE(store.userForSessionHash(Store::hashSecret(u"bob-short-session"), t)->id, 2);
    QVERIFY(!store.userForSessionHash(Store::hashSecret(u"bob-short-session"), t + 3600));

    const auto id = store.tokenIdForHash(Store::hashSecret(u"bob-short-lived"));
    QVERIFY(id);
    QCOMPARE(*id, 3);
    QVERIFY(!store.tokenIdForHash(Store::hashSecret(u"unknown")));
    QVERIFY(store.revokeToken(*id, &error));
    QVERIFY(!store.userForTokenHash(Store::hashSecret(u"bob-short-lived"), t));
    QCOMPARE(store.tokenIdForHash(Store::hashSecret(u"bob-short-lived")), id);

    QVERIFY(store.removeUser(2, &error));
    QVERIFY(!store.userForSessionHash(Store::hashSecret(u"xyz789"), t));
    QVERIFY(!store.tokenIdForHash(Store::hashSecret(u"bob-short-lived")));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
