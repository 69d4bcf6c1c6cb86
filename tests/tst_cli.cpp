// The management commands of the real binary (`socketscope user add …`) on a temp database.

#include "store/auditexport.h"
#include "auth/jwt.h"
#include "auth/redact.h"
#include "store/store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using SocketScope::AuditEntry;
using SocketScope::Store;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QString lastLine() const { return outLines().value(outLines().size() - 1); }
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// RFC 4180 reader for the checks: quoted fields, doubled quotes, CRLF records.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                *ok = false;
        } else if (c == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == u'"') {
            *ok = false; // a quote inside an unquoted field
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || fieldStarted || !row.isEmpty())
        *ok = false; // every record ends with CRLF
    return rows;
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

const QString Header = u"time,time_ms,kind,connection_id,user_id,user_name,remote,endpoint,auth_method,"
                       u"close_code,reason,duration_ms,bytes_in,bytes_out,actor,detail,node"_s;

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

    QString binary() const { return QStringLiteral(SOCKETSCOPE_BINARY); }
    QString dbPath() const { return m_dir->filePath(u"cli.sqlite"_s); }

    // Runs the binary with exactly these arguments.
    Run runRaw(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The default database lands in the temp folder, never in the real home.
        env.insert(u"HOME"_s, m_dir->path());
        env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
        env.insert(u"USER"_s, u"tester"_s);
        p.setProcessEnvironment(env);
        p.start(binary(), args);
        if (!p.waitForFinished(15000)) {
            p.kill();
            p.waitForFinished();
            return {-1, QString(), u"did not finish"_s};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    // With --db on the test's database.
    Run run(const QStringList &args) { return runRaw(args + QStringList{u"--db"_s, dbPath()}); }

    // A database with the demo users (alice 1, bob 2, john_doe 123), written through the Store.
    void seed()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
        QVERIFY(store.seedDemoData());
    }

    std::unique_ptr<Store> openStore()
    {
        auto store = std::make_unique<Store>();
        QString error;
        if (!store->open(dbPath(), &error))
            qWarning().noquote() << error;
        return store;
    }

    void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    // --attach URL [--token T] opens the window on a running server: its arguments are checked
    // before any window or server exists.
    void attachArgumentsChecked()
    {
        Run r = runRaw({u"--headless"_s, u"--attach"_s, u"ws://127.0.0.1:1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"cannot be combined with --headless"_s), qPrintable(r.err));
        r = runRaw({u"--attach"_s, u"http://127.0.0.1:1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"ws:// or wss://"_s), qPrintable(r.err));
        r = runRaw({u"--attach"_s, u"ws://127.0.0.1:1/ws/admin?token=valid-token"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not in the URL"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"valid-token"_s), qPrintable(r.err));   // no secret echoed
        r = runRaw({u"--token"_s, u"valid-token"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--token goes with --attach"_s), qPrintable(r.err));
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QStringList all{u"socketscope user add NAME --role admin|publisher|user"_s,
                              u"socketscope user list"_s,
                              u"socketscope user remove NAME|ID"_s,
                              u"socketscope token issue USER [--ttl DURATION]"_s,
                              u"socketscope token revoke ID"_s,
                              u"socketscope token list"_s,
                              u"socketscope session create USER [--ttl DURATION]"_s,
                              u"socketscope jwt issue USER --ttl DURATION [--jwt-secret SECRET]"_s,
                              u"socketscope ban USER --for DURATION [--reason TEXT]"_s,
                              u"socketscope unban USER"_s,
                              u"socketscope audit export [--since WHEN] [--format jsonl|csv] [--output FILE]"_s,
                              u"socketscope audit prune [--days N] [--max-rows N]"_s,
                              u"--db FILE"_s,
                              u"--config FILE"_s};
        QTest::newRow("help") << QStringList{u"help"_s} << all << QStringList{};
        QTest::newRow("user --help") << QStringList{u"user"_s, u"--help"_s} << all.mid(0, 3)
                                     << QStringList{u"token issue"_s, u"audit export"_s};
        QTest::newRow("help token") << QStringList{u"help"_s, u"token"_s} << all.mid(3, 3)
                                    << QStringList{u"user add"_s};
        QTest::newRow("token issue --help") << QStringList{u"token"_s, u"issue"_s, u"--help"_s} << all.mid(3, 3)
                                            << QStringList{u"user add"_s};
        QTest::newRow("ban -h") << QStringList{u"ban"_s, u"-h"_s} << all.mid(8, 2) << QStringList{u"user add"_s};
    }
    void help()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const Run r = runRaw(args);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"Usage: socketscope COMMAND [ARGUMENTS] [--db FILE|URL] [--config FILE]\n"_s));
        for (const QString &text : std::as_const(present))
            QVERIFY2(r.out.contains(text), qPrintable(text));
        for (const QString &text : std::as_const(absent))
            QVERIFY2(!r.out.contains(text), qPrintable(text));
        QVERIFY(!QFile::exists(dbPath()));
        QVERIFY(!QDir(m_dir->filePath(u"xdg-data"_s)).exists());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const QStringList &args, const QString &message) {
            QTest::newRow(name) << args << message;
        };
        row("unknown command", {u"frobnicate"_s}, u"unknown command \"frobnicate\"; try 'socketscope help'"_s);
        row("unknown help topic", {u"help"_s, u"frob"_s}, u"unknown command \"frob\"; try 'socketscope help'"_s);
        row("no subcommand", {u"user"_s}, u"user needs a command: add, list or remove"_s);
        row("option as subcommand", {u"token"_s, u"--ttl"_s, u"1h"_s},
            u"token needs a command: issue, revoke or list"_s);
        row("unknown subcommand", {u"user"_s, u"frob"_s},
            u"unknown command \"user frob\"; try 'socketscope help user'"_s);
        row("unknown option", {u"user"_s, u"list"_s, u"--frob"_s}, u"user list: Unknown option 'frob'."_s);
        row("option of another command", {u"user"_s, u"list"_s, u"--ttl"_s, u"1h"_s},
            u"user list: Unknown option 'ttl'."_s);
        row("missing value", {u"token"_s, u"issue"_s, u"bob"_s, u"--ttl"_s},
            u"token issue: Missing value after '--ttl'."_s);
        row("extra argument", {u"user"_s, u"list"_s, u"extra"_s}, u"user list: unexpected argument \"extra\""_s);
        row("user add without name", {u"user"_s, u"add"_s, u"--role"_s, u"user"_s}, u"user add: missing NAME"_s);
        row("user add without role", {u"user"_s, u"add"_s, u"carol"_s},
            u"user add needs --role (admin, publisher or user)"_s);
        row("bad role", {u"user"_s, u"add"_s, u"carol"_s, u"--role"_s, u"root"_s},
            u"invalid role \"root\": expected admin, publisher or user"_s);
        row("user remove without user", {u"user"_s, u"remove"_s}, u"user remove: missing NAME|ID"_s);
        row("token issue without user", {u"token"_s, u"issue"_s}, u"token issue: missing USER"_s);
        row("bad ttl", {u"token"_s, u"issue"_s, u"bob"_s, u"--ttl"_s, u"10x"_s},
            u"invalid duration \"10x\" for --ttl: expected 1s to 36500d, like 30s, 15m, 12h or 30d"_s);
        row("ttl below a second", {u"session"_s, u"create"_s, u"bob"_s, u"--ttl"_s, u"500ms"_s},
            u"invalid duration \"500ms\" for --ttl: expected 1s to 36500d, like 30s, 15m, 12h or 30d"_s);
        row("ttl too long", {u"token"_s, u"issue"_s, u"bob"_s, u"--ttl"_s, u"36501d"_s},
            u"invalid duration \"36501d\" for --ttl: expected 1s to 36500d, like 30s, 15m, 12h or 30d"_s);
        row("bad token id", {u"token"_s, u"revoke"_s, u"abc"_s},
            u"invalid token id \"abc\": expected the number that token list shows"_s);
        row("token revoke without id", {u"token"_s, u"revoke"_s}, u"token revoke: missing ID"_s);
        row("jwt without ttl", {u"jwt"_s, u"issue"_s, u"bob"_s}, u"jwt issue needs --ttl (like 1h or 30d)"_s);
        row("jwt short secret", {u"jwt"_s, u"issue"_s, u"bob"_s, u"--ttl"_s, u"1h"_s, u"--jwt-secret"_s, u"tooshort"_s},
            u"invalid value \"%1\" for --jwt-secret: expected at least 16 characters"_s.arg(
                SocketScope::redactSecret(u"tooshort")));
        row("ban without for", {u"ban"_s, u"bob"_s}, u"ban needs --for (like 15m, 1h or 7d)"_s);
        row("ban bad for", {u"ban"_s, u"bob"_s, u"--for"_s, u"unlimited"_s},
            u"invalid duration \"unlimited\" for --for: expected 1s to 36500d, like 30s, 15m, 12h or 30d"_s);
        row("ban without user", {u"ban"_s, u"--for"_s, u"1h"_s}, u"ban: missing USER"_s);
        row("unban two users", {u"unban"_s, u"bob"_s, u"alice"_s}, u"unban: unexpected argument \"alice\""_s);
        row("bad format", {u"audit"_s, u"export"_s, u"--format"_s, u"xml"_s},
            u"invalid value \"xml\" for --format: expected jsonl or csv"_s);
        row("bad since", {u"audit"_s, u"export"_s, u"--since"_s, u"yesterday"_s},
            u"invalid value \"yesterday\" for --since: expected a duration ago (24h, 7d) or an ISO 8601 date "
            u"(2024-05-01, 2024-05-01T12:00:00Z)"_s);
        row("empty output", {u"audit"_s, u"export"_s, u"--output"_s, QString()}, u"--output needs a file name"_s);
        row("prune without limits", {u"audit"_s, u"prune"_s}, u"audit prune needs --days or --max-rows"_s);
        row("prune bad days", {u"audit"_s, u"prune"_s, u"--days"_s, u"x"_s},
            u"invalid value \"x\" for --days: expected a whole number from 0"_s);
        row("prune negative rows", {u"audit"_s, u"prune"_s, u"--max-rows"_s, u"-5"_s},
            u"invalid value \"-5\" for --max-rows: expected a whole number from 0"_s);
        row("missing config", {u"user"_s, u"list"_s, u"--config"_s, u"/nonexistent/socketscope.ini"_s},
            u"cannot read config file \"/nonexistent/socketscope.ini\": No such file or directory"_s);
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        // --db before a trailing option that lacks its value, so that it stays the last argument.
        const qsizetype at = args.constLast().startsWith(u"--"_s) ? args.size() - 1 : args.size();
        const QStringList full = args.mid(0, at) + QStringList{u"--db"_s, dbPath()} + args.mid(at);
        const Run r = runRaw(full);
        QCOMPARE(r.err, u"socketscope: "_s + message + u'\n');
        QCOMPARE(r.out, QString());
        QCOMPARE(r.exitCode, 2);
        // Nothing written, not even an empty database.
        QVERIFY(!QFile::exists(dbPath()));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const QStringList &args, const QString &message) {
            QTest::newRow(name) << args << message;
        };
        row("duplicate name", {u"user"_s, u"add"_s, u"bob"_s, u"--role"_s, u"admin"_s}, u"user \"bob\" already exists"_s);
        row("invalid name", {u"user"_s, u"add"_s, u"bad name"_s, u"--role"_s, u"user"_s},
            u"user name must not contain whitespace or control characters"_s);
        row("remove unknown", {u"user"_s, u"remove"_s, u"zed"_s}, u"unknown user \"zed\""_s);
        row("remove unknown id", {u"user"_s, u"remove"_s, u"77"_s}, u"unknown user \"77\""_s);
        row("token for unknown", {u"token"_s, u"issue"_s, u"zed"_s}, u"unknown user \"zed\""_s);
        row("revoke unknown token", {u"token"_s, u"revoke"_s, u"99"_s}, u"unknown token id 99"_s);
        row("session for unknown", {u"session"_s, u"create"_s, u"zed"_s}, u"unknown user \"zed\""_s);
        row("jwt for unknown", {u"jwt"_s, u"issue"_s, u"zed"_s, u"--ttl"_s, u"1h"_s}, u"unknown user \"zed\""_s);
        row("ban unknown", {u"ban"_s, u"zed"_s, u"--for"_s, u"1h"_s}, u"unknown user \"zed\""_s);
        row("unban unknown", {u"unban"_s, u"zed"_s}, u"unknown user \"zed\""_s);
        row("names are case-sensitive", {u"ban"_s, u"Bob"_s, u"--for"_s, u"1h"_s}, u"unknown user \"Bob\""_s);
        row("output not writable", {u"audit"_s, u"export"_s, u"--output"_s, u"/nonexistent/dir/audit.jsonl"_s},
            u"cannot write /nonexistent/dir/audit.jsonl: "_s);
    }
    void failures()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        seed();
        qint64 revision = 0;
        {
            auto store = openStore();
            revision = store->revision();
        }
        const QByteArray before = fileBytes(dbPath());

        const Run r = run(args);
        if (message.endsWith(u": "_s))
            QVERIFY2(r.err.startsWith(u"socketscope: "_s + message) && r.err.count(u'\n') == 1, qPrintable(r.err));
        else
            QCOMPARE(r.err, u"socketscope: "_s + message + u'\n');
        QCOMPARE(r.out, QString());
        QCOMPARE(r.exitCode, 1);

        auto store = openStore();
        QCOMPARE(store->users().size(), 3);
        QCOMPARE(store->tokens().size(), 2);
        QVERIFY(store->bans(nowSecs()).isEmpty());
        QCOMPARE(store->revision(), revision);
        QVERIFY(store->audit(0).isEmpty());
        store.reset();
        QCOMPARE(fileBytes(dbPath()), before);
        QVERIFY(!QFile::exists(u"/nonexistent/dir/audit.jsonl"_s));
    }

    void unusableDatabase()
    {
        // A folder where the file should be.
        const Run r = runRaw({u"user"_s, u"list"_s, u"--db"_s, m_dir->path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"socketscope: cannot open database %1: "_s.arg(m_dir->path())), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QCOMPARE(r.out, QString());
    }

    void usersAddListRemove()
    {
        Run r = run({u"user"_s, u"add"_s, u"carol"_s, u"--role"_s, u"admin"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"1\n"_s);
        r = run({u"user"_s, u"add"_s, u"d\u00e4ve"_s, u"--role"_s, u"publisher"_s});
        QCOMPARE(r.out, u"2\n"_s);
        QCOMPARE(r.exitCode, 0);
        r = run({u"user"_s, u"add"_s, u"erin"_s, u"--role"_s, u"user"_s});
        QCOMPARE(r.out, u"3\n"_s);

        r = run({u"user"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, u"ID  NAME   ROLE\n"
                        u"1   carol  admin\n"
                        u"2   d\u00e4ve   publisher\n"
                        u"3   erin   user\n"_s);

        {
            auto store = openStore();
            QCOMPARE(store->userByName(u"carol")->role, u"admin"_s);
            QCOMPARE(store->userById(2)->name, u"d\u00e4ve"_s);
            // The server did not seed its demo users into a store the CLI created.
            QVERIFY(!store->userByName(u"alice"));
        }

        r = run({u"user"_s, u"remove"_s, u"2"_s}); // by id
        QCOMPARE(r.out, u"removed user d\u00e4ve (id 2)\n"_s);
        QCOMPARE(r.exitCode, 0);
        r = run({u"user"_s, u"remove"_s, u"erin"_s});
        QCOMPARE(r.out, u"removed user erin (id 3)\n"_s);
        r = run({u"user"_s, u"remove"_s, u"carol"_s}); // by name
        QCOMPARE(r.out, u"removed user carol (id 1)\n"_s);
        QCOMPARE(r.err, QString());
        r = run({u"user"_s, u"list"_s});
        QCOMPARE(r.out, u"ID  NAME  ROLE\n"_s);

        auto store = openStore();
        QVERIFY(store->users().isEmpty());
        QCOMPARE(store->revision(), 3);
        const QList<AuditEntry> audit = store->audit(0);
        QCOMPARE(audit.size(), 6);
        QStringList summary;
        for (const AuditEntry &e : audit)
            summary.append(u"%1 %2 %3 %4 %5"_s.arg(e.kind, QString::number(e.userId), e.userName, e.actor, e.detail));
        QCOMPARE(summary, (QStringList{u"admin 1 carol cli:tester user add (role admin)"_s,
                                       u"admin 2 d\u00e4ve cli:tester user add (role publisher)"_s,
                                       u"admin 3 erin cli:tester user add (role user)"_s,
                                       u"user_removed 2 d\u00e4ve cli:tester role publisher"_s,
                                       u"user_removed 3 erin cli:tester role user"_s,
                                       u"user_removed 1 carol cli:tester role admin"_s}));
    }

    // "user remove 1" removed alice (id 1) although a user was named "1"; invalid UTF-8 in a
    // name was stored as U+FFFD.
    void namesAndIdsUnambiguous()
    {
        seed();
        Run r = run({u"user"_s, u"add"_s, u"1"_s, u"--role"_s, u"user"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"socketscope: user name must not be a number (numbers are user ids)\n"_s);
        r = runRaw({u"user"_s, u"add"_s, QString::fromUtf8("caf\xC3"), u"--role"_s, u"user"_s, u"--db"_s, dbPath()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"valid UTF-8"_s), qPrintable(r.err));
        // Numeric names written before they were refused: ambiguous with an id is refused, a
        // number that is no id still finds the name.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"legacy"_s);
            db.setDatabaseName(dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO users(id, name, role) VALUES(500, '1', 'user'), (501, '77', 'user')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"legacy"_s);
        r = run({u"user"_s, u"remove"_s, u"1"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"socketscope: \"1\" is both the id of alice and the name of user 500: use the id 500 for that one\n"_s);
        QVERIFY(openStore()->userById(1));
        r = run({u"user"_s, u"remove"_s, u"500"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"removed user 1 (id 500)\n"_s);
        r = run({u"user"_s, u"remove"_s, u"77"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"removed user 77 (id 501)\n"_s);
        QVERIFY(openStore()->userById(1));
    }

    void tokenIssueAuthenticates()
    {
        seed();
        const qint64 before = nowSecs();
        Run r = run({u"token"_s, u"issue"_s, u"bob"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 2);
        QCOMPARE(r.outLines().at(0), u"token 3 for bob (id 2), never expires; shown only this once:"_s);
        const QString token = r.lastLine();
        QVERIFY(token.startsWith(u"ssk_"_s));
        QCOMPARE(token.size(), 4 + 43);

        r = run({u"token"_s, u"issue"_s, u"123"_s, u"--ttl"_s, u"1h"_s}); // by id
        QCOMPARE(r.exitCode, 0);
        const qint64 after = nowSecs();
        const QString shortLived = r.lastLine();
        QVERIFY2(r.outLines().at(0).startsWith(u"token 4 for john_doe (id 123), expires "_s), qPrintable(r.out));

        {
            auto store = openStore();
            const auto bob = store->userForToken(token, nowSecs());
            QVERIFY(bob);
            QCOMPARE(bob->id, 2);
            QCOMPARE(bob->name, u"bob"_s);
            QCOMPARE(store->userForToken(shortLived, nowSecs())->id, 123);
            QVERIFY(!store->userForToken(shortLived, after + 3601));
            const QList<SocketScope::TokenInfo> tokens = store->tokens();
            QCOMPARE(tokens.size(), 4);
            QCOMPARE(tokens[2].id, 3);
            QCOMPARE(tokens[2].expiresAt, 0);
            QCOMPARE(tokens[3].id, 4);
            QVERIFY(tokens[3].expiresAt >= before + 3600 && tokens[3].expiresAt <= after + 3600);
            QCOMPARE(r.outLines().at(0), u"token 4 for john_doe (id 123), expires %1; shown only this once:"_s.arg(
                                             QDateTime::fromSecsSinceEpoch(tokens[3].expiresAt, Qt::UTC)
                                                 .toString(Qt::ISODate)));
            const QList<AuditEntry> audit = store->audit(0);
            QCOMPARE(audit.size(), 2);
            QCOMPARE(audit[0].kind, u"admin"_s);
            QCOMPARE(audit[0].userName, u"bob"_s);
            QCOMPARE(audit[0].detail, u"token issue (token 3, never expires)"_s);
            for (const AuditEntry &e : audit) {
                QVERIFY(!e.detail.contains(token) && !e.detail.contains(shortLived));
                QVERIFY(!e.detail.contains(u"ssk_"_s));
            }
        }

        // Listed redacted only.
        r = run({u"token"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(token) && !r.out.contains(shortLived));
        {
            auto store = openStore();
            const QList<SocketScope::TokenInfo> tokens = store->tokens();
            // Columns as wide as their widest cell plus two spaces: ID 2, USER 8 (john_doe), TOKEN 5,
            // the times 20.
            auto line = [](const QString &id, const QString &user, const QString &redacted, const QString &created,
                           const QString &expires, const QString &status) {
                return id.leftJustified(4) + user.leftJustified(10) + redacted.leftJustified(7)
                    + created.leftJustified(22) + expires.leftJustified(22) + status;
            };
            auto iso = [](qint64 s) { return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate); };
            QStringList expected{line(u"ID"_s, u"USER"_s, u"TOKEN"_s, u"CREATED"_s, u"EXPIRES"_s, u"STATUS"_s)};
            for (const SocketScope::TokenInfo &t : tokens) {
                expected.append(line(QString::number(t.id), t.userName, t.redacted, iso(t.createdAt),
                                     t.expiresAt ? iso(t.expiresAt) : u"never"_s, u"active"_s));
            }
            QCOMPARE(iso(0).size(), 20);
            QCOMPARE(r.outLines(), expected);
            QCOMPARE(tokens[2].redacted, u"ssk_\u2026"_s);
        }

        // Revoke: the token stops working; again: nothing to do.
        r = run({u"token"_s, u"revoke"_s, u"3"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"revoked token 3 of bob\n"_s);
        r = run({u"token"_s, u"revoke"_s, u"3"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"token 3 of bob was already revoked\n"_s);
        r = run({u"token"_s, u"list"_s});
        QVERIFY2(r.outLines().at(3).endsWith(u"  revoked"_s), qPrintable(r.out));
        {
            auto store = openStore();
            QVERIFY(!store->userForToken(token, nowSecs()));
            QCOMPARE(store->revision(), 1);
            const QList<AuditEntry> audit = store->audit(0);
            QCOMPARE(audit.size(), 3);
            QCOMPARE(audit[2].kind, u"token_revoked"_s);
            QCOMPARE(audit[2].userName, u"bob"_s);
            QCOMPARE(audit[2].actor, u"cli:tester"_s);
            QCOMPARE(audit[2].detail, u"token 3"_s);
        }

        // Never in the file: neither as UTF-8 nor as UTF-16.
        const QByteArray bytes = fileBytes(dbPath()) + fileBytes(dbPath() + u"-wal"_s);
        QVERIFY(bytes.contains("john_doe"));
        for (const QString &secret : {token, shortLived}) {
            QVERIFY(!bytes.contains(secret.toUtf8()));
            QVERIFY(!bytes.contains(secret.toUtf8().mid(4, 20)));
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
            QVERIFY(!bytes.contains(utf16));
        }
    }

    void sessionCreate()
    {
        seed();
        Run r = run({u"session"_s, u"create"_s, u"alice"_s, u"--ttl"_s, u"30m"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 2);
        QVERIFY2(r.outLines().at(0).startsWith(u"session for alice (id 1), expires "_s), qPrintable(r.out));
        QVERIFY(r.outLines().at(0).endsWith(u"; send it as the cookie session_id; shown only this once:"_s));
        const QString session = r.lastLine();
        QVERIFY(session.startsWith(u"sss_"_s));

        r = run({u"session"_s, u"create"_s, u"bob"_s});
        QCOMPARE(r.outLines().at(0),
                 u"session for bob (id 2), never expires; send it as the cookie session_id; shown only this once:"_s);
        const QString unlimited = r.lastLine();

        {
            auto store = openStore();
            QCOMPARE(store->userForSession(session, nowSecs())->name, u"alice"_s);
            QVERIFY(!store->userForSession(session, nowSecs() + 1801));
            QCOMPARE(store->userForSession(unlimited, nowSecs() + 1'000'000)->name, u"bob"_s);
            QVERIFY(!store->userForToken(session, nowSecs()));
            const QList<AuditEntry> audit = store->audit(0);
            QCOMPARE(audit.size(), 2);
            QVERIFY(audit[0].detail.startsWith(u"session create (expires "_s));
            QCOMPARE(audit[1].detail, u"session create (never expires)"_s);
        }
        const QByteArray bytes = fileBytes(dbPath()) + fileBytes(dbPath() + u"-wal"_s);
        QVERIFY(!bytes.contains(session.toUtf8()));
        QVERIFY(!bytes.contains(unlimited.toUtf8()));
    }

    void jwtIssue()
    {
        seed();
        const qint64 before = nowSecs();
        Run r = run({u"jwt"_s, u"issue"_s, u"john_doe"_s, u"--ttl"_s, u"2h"_s});
        const qint64 after = nowSecs();
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 2);
        const QString jwt = r.lastLine();
        QVERIFY(SocketScope::Jwt::looksLikeJwt(jwt));

        QByteArray storeSecret;
        {
            auto store = openStore();
            storeSecret = store->jwtSecret();
        }
        const auto result = SocketScope::Jwt::verify(jwt, storeSecret, nowSecs());
        QVERIFY(result.ok());
        QCOMPARE(result.claims.userId, 123);
        QCOMPARE(result.claims.name, u"john_doe"_s);
        QCOMPARE(result.claims.role, u"user"_s);
        QVERIFY(result.claims.expiresAt >= before + 7200 && result.claims.expiresAt <= after + 7200);
        QCOMPARE(r.outLines().at(0), u"JWT for john_doe (id 123, role user), expires %1:"_s.arg(
                                         QDateTime::fromSecsSinceEpoch(result.claims.expiresAt, Qt::UTC)
                                             .toString(Qt::ISODate)));
        QCOMPARE(SocketScope::Jwt::verify(jwt, storeSecret, result.claims.expiresAt).error,
                 SocketScope::Jwt::Error::Expired);

        // --jwt-secret wins over the store's.
        const QString secret = u"0123456789abcdef-cli-secret"_s;
        r = run({u"jwt"_s, u"issue"_s, u"1"_s, u"--ttl"_s, u"1h"_s, u"--jwt-secret"_s, secret});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(secret));
        auto own = SocketScope::Jwt::verify(r.lastLine(), secret.toUtf8(), nowSecs());
        QVERIFY(own.ok());
        QCOMPARE(own.claims.name, u"alice"_s);
        QCOMPARE(own.claims.role, u"admin"_s);
        QCOMPARE(SocketScope::Jwt::verify(r.lastLine(), storeSecret, nowSecs()).error,
                 SocketScope::Jwt::Error::BadSignature);

        // The config file's jwt-secret and db, as the server reads them.
        const QString ini = m_dir->filePath(u"server.ini"_s);
        const QString fileSecret = u"config-file-secret-0123456789"_s;
        writeFile(ini, "[server]\ndb = " + dbPath().toUtf8() + "\njwt-secret = " + fileSecret.toUtf8() + "\n");
        r = runRaw({u"jwt"_s, u"issue"_s, u"bob"_s, u"--ttl"_s, u"1h"_s, u"--config"_s, ini});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        own = SocketScope::Jwt::verify(r.lastLine(), fileSecret.toUtf8(), nowSecs());
        QVERIFY(own.ok());
        QCOMPARE(own.claims.userId, 2);

        auto store = openStore();
        const QList<AuditEntry> audit = store->audit(0);
        QCOMPARE(audit.size(), 3);
        for (const AuditEntry &e : audit) {
            QCOMPARE(e.kind, u"admin"_s);
            QVERIFY2(e.detail.startsWith(u"jwt issue (expires "_s), qPrintable(e.detail));
        }
    }

    void banAndUnban()
    {
        seed();
        const qint64 before = nowSecs();
        Run r = run({u"ban"_s, u"bob"_s, u"--for"_s, u"1h"_s, u"--reason"_s, u"flooding, again"_s});
        const qint64 after = nowSecs();
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        qint64 until = 0;
        {
            auto store = openStore();
            const auto banned = store->bannedUntil(2, nowSecs());
            QVERIFY(banned);
            until = *banned;
            QVERIFY(until >= before + 3600 && until <= after + 3600);
            QCOMPARE(store->bans(nowSecs()).constFirst().reason, u"flooding, again"_s);
            QCOMPARE(store->revision(), 1);
        }
        const QString iso = QDateTime::fromSecsSinceEpoch(until, Qt::UTC).toString(Qt::ISODate);
        QCOMPARE(r.out, u"banned bob (id 2) until %1\n"_s.arg(iso));

        r = run({u"unban"_s, u"2"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"unbanned bob (id 2)\n"_s);
        r = run({u"unban"_s, u"bob"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"bob (id 2) was not banned\n"_s);
        QCOMPARE(r.err, QString());

        auto store = openStore();
        QVERIFY(!store->bannedUntil(2, nowSecs()));
        QCOMPARE(store->revision(), 2);
        const QList<AuditEntry> audit = store->audit(0);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0].kind, u"ban"_s);
        QCOMPARE(audit[0].userId, 2);
        QCOMPARE(audit[0].reason, u"flooding, again"_s);
        QCOMPARE(audit[0].actor, u"cli:tester"_s);
        QCOMPARE(audit[0].detail, u"until "_s + iso);
        QCOMPARE(audit[1].kind, u"unban"_s);
        QCOMPARE(audit[1].userName, u"bob"_s);
    }

    // As the README writes it: no --reason (was: NOT NULL constraint failed: bans.reason, exit 1).
    void banWithoutReason()
    {
        seed();
        const Run r = run({u"ban"_s, u"bob"_s, u"--for"_s, u"1h"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        auto store = openStore();
        QVERIFY(store->bannedUntil(2, nowSecs()));
        QCOMPARE(store->bans(nowSecs()).constFirst().reason, QString());
    }

    void auditExport()
    {
        seed();
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        QList<AuditEntry> entries;
        AuditEntry open;
        open.timeMs = 1'700'000'000'123; // 2023-11-14T22:13:20.123Z
        open.kind = u"connection_open"_s;
        open.connectionId = 7;
        open.userId = 2;
        open.userName = u"bob"_s;
        open.remote = u"127.0.0.1:40000"_s;
        open.endpoint = u"/ws/chat"_s;
        open.authMethod = u"query"_s;
        entries.append(open);
        AuditEntry failure;
        failure.timeMs = nowMs - 3'600'000; // an hour ago
        failure.kind = u"auth_failure"_s;
        failure.remote = u"10.0.0.9:5555"_s;
        failure.endpoint = u"=HYPERLINK(\"http://evil\")"_s;
        failure.authMethod = u"header"_s;
        failure.reason = u"Invalid token"_s;
        entries.append(failure);
        AuditEntry close = open;
        close.timeMs = nowMs - 1000;
        close.kind = u"connection_close"_s;
        close.closeCode = 1008;
        close.reason = u"Banned: \"spam\", twice\nreally"_s;
        close.durationMs = 61'000;
        close.bytesIn = 100;
        close.bytesOut = 2000;
        close.actor = u"@admin"_s;
        close.detail = u"-1+1"_s;
        entries.append(close);
        {
            auto store = openStore();
            QString error;
            QVERIFY2(store->appendAudit(entries, &error), qPrintable(error));
        }

        // JSON Lines (the default): one object per line, keys in a fixed order.
        Run r = run({u"audit"_s, u"export"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.endsWith(u'\n'));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(doc.isObject());
            QCOMPARE(doc.object().keys().size(), 17);
        }
        QCOMPARE(lines[0], u"{\"time\":\"2023-11-14T22:13:20.123Z\",\"time_ms\":1700000000123,\"kind\":\"connection_open\","
                           u"\"connection_id\":7,\"user_id\":2,\"user_name\":\"bob\",\"remote\":\"127.0.0.1:40000\","
                           u"\"endpoint\":\"/ws/chat\",\"auth_method\":\"query\",\"close_code\":null,\"reason\":null,"
                           u"\"duration_ms\":null,\"bytes_in\":null,\"bytes_out\":null,\"actor\":null,\"detail\":null,\"node\":null}"_s);
        const QJsonObject closed = QJsonDocument::fromJson(lines[2].toUtf8()).object();
        QCOMPARE(closed.value(u"kind").toString(), u"connection_close"_s);
        QCOMPARE(closed.value(u"close_code").toInt(), 1008);
        QCOMPARE(closed.value(u"reason").toString(), close.reason);
        QCOMPARE(closed.value(u"duration_ms").toInteger(), 61000);
        QCOMPARE(closed.value(u"bytes_in").toInteger(), 100);
        QCOMPARE(closed.value(u"bytes_out").toInteger(), 2000);
        QCOMPARE(closed.value(u"time_ms").toInteger(), close.timeMs);
        QCOMPARE(QJsonDocument::fromJson(lines[1].toUtf8()).object().value(u"user_id").type(), QJsonValue::Null);

        // CSV: header, one record per entry, formula-looking cells neutralised.
        r = run({u"audit"_s, u"export"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        bool ok = false;
        const QList<QStringList> rows = parseCsv(r.out, &ok);
        QVERIFY2(ok, qPrintable(r.out));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].join(u','), Header);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 17);
        QCOMPARE(rows[1], (QStringList{u"2023-11-14T22:13:20.123Z"_s, u"1700000000123"_s, u"connection_open"_s, u"7"_s,
                                       u"2"_s, u"bob"_s, u"127.0.0.1:40000"_s, u"/ws/chat"_s, u"query"_s, QString(),
                                       QString(), QString(), QString(), QString(), QString(), QString(), QString()}));
        QCOMPARE(rows[2][7], u"'=HYPERLINK(\"http://evil\")"_s);
        QCOMPARE(rows[2][4], QString());
        QCOMPARE(rows[3][9], u"1008"_s);
        QCOMPARE(rows[3][10], close.reason);
        QCOMPARE(rows[3][11], u"61000"_s);
        QCOMPARE(rows[3][12], u"100"_s);
        QCOMPARE(rows[3][13], u"2000"_s);
        QCOMPARE(rows[3][14], u"'@admin"_s);
        QCOMPARE(rows[3][15], u"'-1+1"_s);
        QVERIFY(r.out.contains(u",\"'=HYPERLINK(\"\"http://evil\"\")\","_s));

        // --since: a duration ago, or an ISO date (UTC without an offset).
        r = run({u"audit"_s, u"export"_s, u"--since"_s, u"30m"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(u'\n'), 1);
        QVERIFY(r.out.contains(u"\"kind\":\"connection_close\""_s));
        r = run({u"audit"_s, u"export"_s, u"--since"_s, u"2h"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.out.count(u"\r\n"_s), 3);
        r = run({u"audit"_s, u"export"_s, u"--since"_s, u"2023-11-14T22:13:20.124Z"_s});
        QCOMPARE(r.out.count(u'\n'), 2);
        r = run({u"audit"_s, u"export"_s, u"--since"_s, u"2023-11-14T22:13:20.123"_s});
        QCOMPARE(r.out.count(u'\n'), 3);
        r = run({u"audit"_s, u"export"_s, u"--since"_s, u"2023-11-14T23:13:20.123+01:00"_s});
        QCOMPARE(r.out.count(u'\n'), 3);
        r = run({u"audit"_s, u"export"_s, u"--since"_s, u"2023-11-15"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(u'\n'), 2);
        r = run({u"audit"_s, u"export"_s, u"--since"_s, u"2999-01-01"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.out, Header + u"\r\n"_s);

        // --output: written whole, stdout only says where.
        const QString file = m_dir->filePath(u"audit.csv"_s);
        r = run({u"audit"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, file});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"exported 3 audit entries to %1\n"_s.arg(file));
        auto store = openStore();
        QCOMPARE(fileBytes(file), SocketScope::auditToCsv(store->audit(0)));
    }

    void auditPrune()
    {
        seed();
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        constexpr qint64 Day = 24LL * 3600 * 1000;
        {
            auto store = openStore();
            QList<AuditEntry> entries;
            for (const qint64 age : {40 * Day, 20 * Day, 2 * Day, Day / 2, qint64(0)}) {
                AuditEntry e;
                e.timeMs = nowMs - age;
                e.kind = u"connection_open"_s;
                entries.append(e);
            }
            QString error;
            QVERIFY2(store->appendAudit(entries, &error), qPrintable(error));
        }
        Run r = run({u"audit"_s, u"prune"_s, u"--days"_s, u"30"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"deleted 1 audit entries\n"_s);
        r = run({u"audit"_s, u"prune"_s, u"--days"_s, u"30"_s});
        QCOMPARE(r.out, u"deleted 0 audit entries\n"_s);
        r = run({u"audit"_s, u"prune"_s, u"--days"_s, u"0"_s, u"--max-rows"_s, u"3"_s});
        QCOMPARE(r.out, u"deleted 1 audit entries\n"_s);
        r = run({u"audit"_s, u"prune"_s, u"--days"_s, u"1"_s, u"--max-rows"_s, u"1"_s});
        QCOMPARE(r.out, u"deleted 2 audit entries\n"_s);
        QCOMPARE(r.exitCode, 0);
        auto store = openStore();
        const QList<AuditEntry> left = store->audit(0);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].timeMs, nowMs);
    }

    void defaultDatabaseIsTheServers()
    {
        // No --db: <AppDataLocation>/socketscope.sqlite, as the server uses.
        const Run r = runRaw({u"user"_s, u"add"_s, u"carol"_s, u"--role"_s, u"user"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"1\n"_s);
        QVERIFY(QFile::exists(m_dir->filePath(u"xdg-data/SocketScope/SocketScope/socketscope.sqlite"_s)));
        QVERIFY(!QFile::exists(dbPath()));

        // The config file's db key, and --db over it.
        const QString ini = m_dir->filePath(u"s.ini"_s);
        writeFile(ini, "db = " + dbPath().toUtf8() + "\n");
        Run viaConfig = runRaw({u"user"_s, u"add"_s, u"dora"_s, u"--role"_s, u"user"_s, u"--config"_s, ini});
        QCOMPARE(viaConfig.exitCode, 0);
        QCOMPARE(viaConfig.out, u"1\n"_s);
        QVERIFY(QFile::exists(dbPath()));
        const QString other = m_dir->filePath(u"other.sqlite"_s);
        viaConfig = runRaw({u"user"_s, u"list"_s, u"--config"_s, ini, u"--db"_s, other});
        QCOMPARE(viaConfig.out, u"ID  NAME  ROLE\n"_s);
        viaConfig = runRaw({u"user"_s, u"list"_s, u"--config"_s, ini});
        QCOMPARE(viaConfig.out, u"ID  NAME  ROLE\n1   dora  user\n"_s);
    }

    void exportFormatsUnit()
    {
        AuditEntry e;
        e.timeMs = 0;
        e.kind = u"admin"_s;
        e.userId = 0;
        e.userName = u"+cmd"_s;
        e.actor = u"\tx"_s;
        e.detail = u"a,b"_s;
        e.node = u"ws-1"_s;
        QCOMPARE(SocketScope::auditToCsv({e}),
                 (Header + u"\r\n1970-01-01T00:00:00.000Z,0,admin,,0,'+cmd,,,,,,,,,'\tx,\"a,b\",ws-1\r\n"_s).toUtf8());
        QCOMPARE(SocketScope::auditToJsonLines({e}),
                 "{\"time\":\"1970-01-01T00:00:00.000Z\",\"time_ms\":0,\"kind\":\"admin\",\"connection_id\":null,"
                 "\"user_id\":0,\"user_name\":\"+cmd\",\"remote\":null,\"endpoint\":null,\"auth_method\":null,"
                 "\"close_code\":null,\"reason\":null,\"duration_ms\":null,\"bytes_in\":null,\"bytes_out\":null,"
                 "\"actor\":\"\\tx\",\"detail\":\"a,b\",\"node\":\"ws-1\"}\n"_ba);
        QCOMPARE(SocketScope::auditToCsv({}), (Header + u"\r\n"_s).toUtf8());
        QCOMPARE(SocketScope::auditToJsonLines({}), QByteArray());
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
