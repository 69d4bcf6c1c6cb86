// SPEC §9 with the PostgreSQL store alone: two nodes (two ServerHosts in this process) on one
// database see the same users and secret, a revocation or ban on one closes the connection on
// the other within a second, the CLI works against it, and an outage of the database fails
// logins closed and delays (never drops) audit rows.

#include "support/pgserver.h"
#include "support/rawclient.h"
#include "support/requiredep.h"
#include "support/testclient.h"
#include "support/testserver.h"

#include "auth/jwt.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class tst_PgCluster : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_pg;
    int m_databases = 0;

    QString newDatabase(const QString &owner = PgServer::superuser())
    {
        const QString name = u"c%1"_s.arg(++m_databases);
        QString error;
        if (!m_pg->createDatabase(name, &error, owner))
            qWarning().noquote() << error;
        return name;
    }

    static SocketScope::ServerConfig nodeConfig(const QString &url)
    {
        SocketScope::ServerConfig c = testConfig();
        c.dbPath = url;
        c.jwtSecret.clear();   // the one kept in the shared store
        return c;
    }

    static QJsonObject healthz(quint16 port) { return QJsonDocument::fromJson(httpGetBody(port, "/healthz")).object(); }

    // The value of an unlabelled sample in /metrics, -1 when absent.
    static double metric(quint16 port, const QByteArray &name)
    {
        for (const QByteArray &line : httpGetBody(port, "/metrics").split('\n')) {
            if (line.startsWith(name + ' '))
                return line.mid(name.size() + 1).toDouble();
        }
        return -1;
    }

    static std::unique_ptr<SocketScope::Store> outside(const QString &url)
    {
        auto store = std::make_unique<SocketScope::Store>();
        QString error;
        if (!store->open(url, &error))
            qWarning().noquote() << "cannot open the store:" << error;
        return store;
    }

    struct CliRun
    {
        int exitCode = -1;
        QString out, err;
    };
    static CliRun cli(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(SOCKETSCOPE_BINARY), arguments);
        CliRun r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SOCKETSCOPE_REQUIRE_DEP(PgServer::available(), "PostgreSQL (Debian package postgresql)");
        m_pg = std::make_unique<PgServer>();
        QString error;
        QVERIFY2(m_pg->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_pg.reset(); }

    void revocationReachesOtherNodeWithinASecond()
    {
        const QString url = m_pg->url(newDatabase());
        TestServer a(nodeConfig(url)), b(nodeConfig(url));
        QVERIFY2(a.start(), qPrintable(a.error()));
        QVERIFY2(b.start(), qPrintable(b.error()));

        // A token issued through node A's store is good on node B.
        auto store = outside(url);
        QString error;
        const QString token = store->issueToken(2, 0, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        TestClient onB;
        QVERIFY(onB.open(b.url(u"/ws?token="_s + token)));
        QVERIFY(onB.next().contains(u"\"username\":\"bob\""_s));

        const auto id = store->tokenIdForHash(SocketScope::Store::hashSecret(token));
        QVERIFY(id);
        QVERIFY2(store->revokeToken(*id, &error, u"cli:test"_s), qPrintable(error));
        QElapsedTimer since;
        since.start();
        // The fallback poll on PostgreSQL is 5 s: only the NOTIFY can make this bound.
        QTRY_VERIFY_WITH_TIMEOUT(onB.disconnected, 1000);
        qInfo("revocation on node A closed the connection on node B after %lld ms", since.elapsed());
        QCOMPARE(onB.closeCode, 1008);
        QCOMPARE(onB.closeReason, u"Token revoked"_s);
    }

    void banOnOneNodeClosesOnEveryNode()
    {
        const QString url = m_pg->url(newDatabase());
        TestServer a(nodeConfig(url)), b(nodeConfig(url));
        QVERIFY2(a.start(), qPrintable(a.error()));
        QVERIFY2(b.start(), qPrintable(b.error()));
        TestClient bobOnA, bobOnB, johnOnB;
        QVERIFY(bobOnA.open(a.url(u"/ws"_s), {{"Cookie", "session_id=xyz789"}}));
        QVERIFY(bobOnB.open(b.url(u"/ws"_s), {{"Cookie", "session_id=xyz789"}}));
        QVERIFY(johnOnB.open(b.url(u"/ws?token=secret-token"_s)));
        QVERIFY(bobOnB.next().contains(u"bob"_s));
        QVERIFY(johnOnB.next().contains(u"john_doe"_s));

        // Through node A's admin service: the code behind the GUI and /ws/admin.
        SocketScope::AdminCommand ban;
        ban.type = SocketScope::AdminCommand::Type::Ban;
        ban.userId = 2;
        ban.durationMs = 60'000;
        ban.reason = u"spam"_s;
        QVERIFY(a.execute(ban).ok);
        QElapsedTimer since;
        since.start();
        QTRY_VERIFY_WITH_TIMEOUT(bobOnB.disconnected, 1000);
        qInfo("ban on node A closed the connection on node B after %lld ms", since.elapsed());
        QCOMPARE(bobOnB.closeCode, 1008);
        QCOMPARE(bobOnB.closeReason, u"User banned"_s);
        QVERIFY(bobOnA.waitClosed(2000));
        johnOnB.send(u"still here"_s);
        QCOMPARE(johnOnB.next(), u"User 123: still here"_s);

        // Banned on B too for a new login.
        TestClient again;
        QVERIFY(again.open(b.url(u"/ws"_s), {{"Cookie", "session_id=xyz789"}}));
        QVERIFY(again.waitClosed());
        QCOMPARE(again.closeReason, u"User banned"_s);

        // One audit log: the ban row is there once, whichever node reads it.
        auto store = outside(url);
        const auto rows = store->audit(0);
        QCOMPARE(std::count_if(rows.cbegin(), rows.cend(), [](const auto &e) { return e.kind == u"ban"_s; }), 1);
    }

    void nodesShareTheJwtSecret()
    {
        const QString url = m_pg->url(newDatabase());
        TestServer a(nodeConfig(url)), b(nodeConfig(url));
        QVERIFY2(a.start(), qPrintable(a.error()));
        QVERIFY2(b.start(), qPrintable(b.error()));
        // Both took the secret that the first of them stored; a JWT signed with it works on each.
        const QByteArray secret = outside(url)->jwtSecret();
        QVERIFY(!secret.isEmpty());
        SocketScope::Jwt::Claims claims;
        claims.userId = 1;
        claims.name = u"alice"_s;
        claims.role = u"admin"_s;
        claims.expiresAt = QDateTime::currentSecsSinceEpoch() + 600;
        const QString jwt = SocketScope::Jwt::sign(claims, secret);
        TestClient onA, onB;
        QVERIFY(onA.open(a.url(u"/ws/admin?token="_s + jwt)));
        QVERIFY(onB.open(b.url(u"/ws/admin?token="_s + jwt)));
        QVERIFY(onA.next().contains(u"Admin access granted"_s));
        QVERIFY(onB.next().contains(u"Admin access granted"_s));
    }

    void cliWorksAgainstPostgres()
    {
        const QString url = m_pg->url(newDatabase());
        TestServer node(nodeConfig(url));
        QVERIFY2(node.start(), qPrintable(node.error()));

        CliRun r = cli({u"user"_s, u"add"_s, u"dora"_s, u"--role"_s, u"publisher"_s, u"--db"_s, url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"token"_s, u"issue"_s, u"dora"_s, u"--db"_s, url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString token = r.out.trimmed().split(u'\n').constLast();
        TestClient dora;
        QVERIFY(dora.open(node.url(u"/ws?token="_s + token)));
        QVERIFY(dora.next().contains(u"\"username\":\"dora\""_s));

        r = cli({u"session"_s, u"create"_s, u"dora"_s, u"--db"_s, url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"jwt"_s, u"issue"_s, u"dora"_s, u"--ttl"_s, u"5m"_s, u"--db"_s, url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString jwt = r.out.trimmed().split(u'\n').constLast();
        TestClient byJwt;
        QVERIFY(byJwt.open(node.url(u"/ws?token="_s + jwt)));
        QVERIFY2(byJwt.next().contains(u"\"username\":\"dora\""_s), "the CLI signed with another secret");

        r = cli({u"ban"_s, u"dora"_s, u"--for"_s, u"1h"_s, u"--db"_s, url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QTRY_VERIFY_WITH_TIMEOUT(dora.disconnected && byJwt.disconnected, 1000);
        QCOMPARE(dora.closeReason, u"User banned"_s);
        r = cli({u"unban"_s, u"dora"_s, u"--db"_s, url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        // Unbanned: in again; then the CLI revokes the token and the live connection goes.
        TestClient doraAgain;
        QVERIFY(doraAgain.open(node.url(u"/ws?token="_s + token)));
        QVERIFY2(doraAgain.next().contains(u"\"username\":\"dora\""_s), qPrintable(doraAgain.closeReason));
        const auto tokenId = outside(url)->tokenIdForHash(SocketScope::Store::hashSecret(token));
        QVERIFY(tokenId);
        r = cli({u"token"_s, u"revoke"_s, QString::number(*tokenId), u"--db"_s, url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QTRY_VERIFY_WITH_TIMEOUT(doraAgain.disconnected, 1000);
        QCOMPARE(doraAgain.closeReason, u"Token revoked"_s);
        r = cli({u"audit"_s, u"prune"_s, u"--max-rows"_s, u"1000"_s, u"--db"_s, url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));

        r = cli({u"user"_s, u"list"_s, u"--db"_s, url});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"dora"_s) && r.out.contains(u"alice"_s), qPrintable(r.out));
        r = cli({u"token"_s, u"list"_s, u"--db"_s, url});
        QVERIFY2(r.exitCode == 0 && !r.out.contains(token), qPrintable(r.out));
        r = cli({u"audit"_s, u"export"_s, u"--db"_s, url});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"unban"_s), qPrintable(r.err + r.out));
        r = cli({u"user"_s, u"remove"_s, u"dora"_s, u"--db"_s, url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));

        // A password in the URL is refused before anything connects, and not echoed.
        r = cli({u"user"_s, u"list"_s, u"--db"_s,
                 u"postgresql://u:s3cr3t-in-url@127.0.0.1:%1/x"_s.arg(m_pg->port())});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains(u"s3cr3t-in-url"_s), qPrintable(r.err));
    }

    void passwordFile()
    {
        const QString db = newDatabase(PgServer::passwordUser());
        const QString url = m_pg->url(db, PgServer::passwordUser());
        QTemporaryDir dir;
        const QString file = dir.filePath(u"pgpass-line"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(PgServer::password().toUtf8() + '\n');
        }
        // Without it: refused, naming the database and never a password.
        CliRun r = cli({u"user"_s, u"list"_s, u"--db"_s, url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"127.0.0.1:%1"_s.arg(m_pg->port())) && r.err.contains(db), qPrintable(r.err));
        r = cli({u"user"_s, u"list"_s, u"--db"_s, url, u"--db-password-file"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The server takes the same file (config key db-password-file).
        SocketScope::ServerConfig c = nodeConfig(url);
        c.dbPasswordFile = file;
        TestServer node(c);
        QVERIFY2(node.start(), qPrintable(node.error()));
        TestClient john;
        QVERIFY(john.open(node.url(u"/ws?token=secret-token"_s)));
        QVERIFY(john.next().contains(u"john_doe"_s));

        SocketScope::ServerConfig wrong = nodeConfig(url);
        wrong.dbPasswordFile = dir.filePath(u"absent"_s);
        TestServer refused(wrong);
        QVERIFY(!refused.start());
        QVERIFY2(refused.error().contains(u"absent"_s), qPrintable(refused.error()));
    }

    // Another node or the CLI holding the write lock: logins only read and go on; audit rows wait.
    void heldWriteLockStallsNothing()
    {
        const QString url = m_pg->url(newDatabase());
        TestServer node(nodeConfig(url));
        QVERIFY2(node.start(), qPrintable(node.error()));
        const QString lockerName = u"locker"_s;
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(u"QPSQL"_s, lockerName);
            locker.setHostName(u"127.0.0.1"_s);
            locker.setPort(m_pg->port());
            locker.setUserName(PgServer::superuser());
            locker.setDatabaseName(url.section(u'/', -1));
            QVERIFY2(locker.open(), qPrintable(locker.lastError().text()));
            QSqlQuery q(locker);
            QVERIFY(q.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(SocketScope::Store::PgWriteLockKey)));

            QElapsedTimer since;
            since.start();
            TestClient john;
            QVERIFY(john.open(node.url(u"/ws?token=secret-token"_s)));
            QVERIFY(john.next().contains(u"john_doe"_s));
            qInfo("login while another session held the write lock: %lld ms", since.elapsed());
            john.ws.close(QWebSocketProtocol::CloseCode(4002), u"closed while locked"_s);
            QVERIFY(john.waitClosed());

            QVERIFY(q.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(SocketScope::Store::PgWriteLockKey)));
            locker.close();
        }
        QSqlDatabase::removeDatabase(lockerName);
        auto store = outside(url);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const auto rows = store->audit(0);
            return std::any_of(rows.cbegin(), rows.cend(),
                               [](const auto &e) { return e.reason == u"closed while locked"_s; });
        }(), 15000);
    }

    // Last: it stops the database.
    void databaseOutage()
    {
        const QString url = m_pg->url(newDatabase());
        TestServer node(nodeConfig(url));
        QVERIFY2(node.start(), qPrintable(node.error()));
        TestClient before;
        QVERIFY(before.open(node.url(u"/ws?token=secret-token"_s)));
        QVERIFY(before.next().contains(u"john_doe"_s));
        QJsonObject health = healthz(node.port());
        QCOMPARE(health.value("db"_L1).toString(), u"up"_s);
        QCOMPARE(health.value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(health.keys().size(), 5);   // status, uptime_s, connections, version, db
        QCOMPARE(metric(node.port(), "socketscope_db_up"), 1.0);
        QCOMPARE(metric(node.port(), "socketscope_audit_rows_queued"), 0.0);
        const double reconnectsBefore = metric(node.port(), "socketscope_db_reconnects_total");
        QVERIFY(reconnectsBefore >= 0);

        QString error;
        QVERIFY2(m_pg->stop(&error), qPrintable(error));
        // Found by the store thread's next failed statement or poll (at most 5 s of quiet ticks).
        QTRY_COMPARE_WITH_TIMEOUT(healthz(node.port()).value("db"_L1).toString(), u"down"_s, 10000);
        health = healthz(node.port());
        QCOMPARE(health.value("status"_L1).toString(), u"degraded"_s);
        QCOMPARE(metric(node.port(), "socketscope_db_up"), 0.0);
        const double queuedAtOutage = metric(node.port(), "socketscope_audit_rows_queued");
        // Logins fail closed, and say why: 1013, try again later.
        // Qt 6.4's QWebSocket reports a 1013 as 1002: a raw client shows the frame as sent.
        for (const QByteArray &credential : {"Cookie: session_id=abc123\r\n"_ba, "Authorization: Bearer valid-token\r\n"_ba}) {
            RawClient during;
            QVERIFY(during.handshake(node.port(), "/ws", {}, credential));
            const auto close = during.nextFrameOf(0x8);
            QVERIFY(close);
            QCOMPARE(close->closeCode(), 1013);
            QCOMPARE(close->closeReason(), "Auth store unavailable"_ba);
        }
        // A connection that was in keeps working: its credential was checked at its handshake.
        before.send(u"during"_s);
        QCOMPARE(before.next(), u"User 123: during"_s);
        // An audit row while down (this close), queued on the store thread.
        before.ws.close(QWebSocketProtocol::CloseCode(4001), u"bye during outage"_s);
        QVERIFY(before.waitClosed());
        // Three rows (two refused logins, one close) at least, written to the store thread in batches.
        QTRY_VERIFY_WITH_TIMEOUT(metric(node.port(), "socketscope_audit_rows_queued") >= queuedAtOutage + 3, 5000);
        QCOMPARE(healthz(node.port()).value("db"_L1).toString(), u"down"_s);

        QVERIFY2(m_pg->resume(&error), qPrintable(error));
        auto store = outside(url);
        QVERIFY(store->isOpen());
        QList<SocketScope::AuditEntry> rows;
        const auto has = [&](const QString &kind, const QString &reason) {
            return std::any_of(rows.cbegin(), rows.cend(),
                               [&](const auto &e) { return e.kind == kind && e.reason == reason; });
        };
        // The retry backs off to at most 5 s.
        QTRY_VERIFY_WITH_TIMEOUT((rows = store->audit(0), has(u"auth_failure"_s, u"Auth store unavailable"_s)
                                  && has(u"connection_close"_s, u"bye during outage"_s)), 15000);
        // The node's store is back (it wrote them): logins work again without a restart.
        TestClient after;
        QVERIFY(after.open(node.url(u"/ws?token=secret-token"_s)));
        QVERIFY2(after.next().contains(u"john_doe"_s), qPrintable(after.closeReason));
        QTRY_COMPARE_WITH_TIMEOUT(healthz(node.port()).value("db"_L1).toString(), u"up"_s, 10000);
        QCOMPARE(healthz(node.port()).value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(metric(node.port(), "socketscope_db_up"), 1.0);
        QTRY_COMPARE_WITH_TIMEOUT(metric(node.port(), "socketscope_audit_rows_queued"), 0.0, 10000);
        QVERIFY(metric(node.port(), "socketscope_db_reconnects_total") > reconnectsBefore);
    }
};

QTEST_GUILESS_MAIN(tst_PgCluster)
#include "tst_pgcluster.moc"
