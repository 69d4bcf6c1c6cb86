// Changes made to the store from outside the server (the CLI is another process) take effect
// on live connections; and every kind of audit row is written. On both backends: a SQLite file,
// and a PostgreSQL database (where the change arrives by NOTIFY).

#include "support/pgserver.h"
#include "support/requiredep.h"
#include "support/testclient.h"
#include "support/testserver.h"

#include <QDateTime>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class tst_Revocation : public QObject
{
    Q_OBJECT

    // A second connection to the same file, as `socketscope token revoke` would open.
    static std::unique_ptr<SocketScope::Store> outside(const TestServer &server)
    {
        auto store = std::make_unique<SocketScope::Store>();
        QString error;
        if (!store->open(server.dbPath(), &error))
            qFatal("cannot open the store: %s", qPrintable(error));
        return store;
    }

    std::unique_ptr<PgServer> m_pg;
    QString m_pgError;
    int m_databases = 0;

    // The server's config for this row's backend.
    SocketScope::ServerConfig backendConfig()
    {
        QFETCH_GLOBAL(QString, backend);
        SocketScope::ServerConfig c = testConfig();
        if (backend == u"postgresql") {
            const QString name = u"r%1"_s.arg(++m_databases);
            QString error;
            if (!m_pg->createDatabase(name, &error))
                qWarning().noquote() << error;
            c.dbPath = m_pg->url(name);
        }
        return c;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

    void initTestCase()
    {
        if (!PgServer::available())
            return;
        m_pg = std::make_unique<PgServer>();
        if (!m_pg->start(&m_pgError))
            m_pg.reset();
    }

    void cleanupTestCase() { m_pg.reset(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != u"postgresql")
            return;
        if (!m_pgError.isEmpty())
            QFAIL(qPrintable(m_pgError));
        SOCKETSCOPE_REQUIRE_DEP(m_pg, "PostgreSQL (Debian package postgresql)");
    }

    void revokedTokenClosesLiveConnection()
    {
        TestServer server(backendConfig());
        QVERIFY(server.start());
        auto store = outside(server);
        QString error;
        const QString token = store->issueToken(2, 0, &error);   // bob
        QVERIFY2(!token.isEmpty(), qPrintable(error));

        TestClient bobByToken, bobBySession, john;
        QVERIFY(bobByToken.open(server.url(u"/ws?token="_s + token)));
        QVERIFY(bobBySession.open(server.url(u"/ws"_s), {{"Cookie", "session_id=xyz789"}}));
        QVERIFY(john.open(server.url(u"/ws?token=secret-token"_s)));
        QVERIFY(bobByToken.next().contains(u"\"username\":\"bob\""_s));
        QVERIFY(bobBySession.next().contains(u"\"auth_method\":\"cookie\""_s));
        QVERIFY(john.next().contains(u"john_doe"_s));

        const auto id = store->tokenIdForHash(SocketScope::Store::hashSecret(token));
        QVERIFY(id);
        QVERIFY2(store->revokeToken(*id, &error, u"test"_s), qPrintable(error));

        QVERIFY(bobByToken.waitClosed(5000));
        QCOMPARE(bobByToken.closeCode, 1008);
        QCOMPARE(bobByToken.closeReason, u"Token revoked"_s);
        // Other credentials of the same user, and other users, are untouched.
        bobBySession.send(u"still"_s);
        QCOMPARE(bobBySession.next(), u"User 2: still"_s);
        john.send(u"here"_s);
        QCOMPARE(john.next(), u"User 123: here"_s);
    }

    void removedUserAndBanCloseLiveConnections()
    {
        TestServer server(backendConfig());
        QVERIFY(server.start());
        auto store = outside(server);
        QString error;
        const auto eve = store->addUser(u"eve"_s, u"user"_s, &error);
        QVERIFY(eve);
        QVERIFY(store->addToken(eve->id, u"eve-token-0123456"_s, 0, &error));

        TestClient eveClient, bob;
        QVERIFY(eveClient.open(server.url(u"/ws/room/r?token=eve-token-0123456"_s)));
        QVERIFY(bob.open(server.url(u"/ws/room/r"_s), {{"Cookie", "session_id=xyz789"}}));
        QCOMPARE(bob.next(), u"bob joined the room"_s);

        QVERIFY(store->removeUser(eve->id, &error, u"test"_s));
        QVERIFY(eveClient.waitClosed(5000));
        QCOMPARE(eveClient.closeCode, 1008);
        QCOMPARE(eveClient.closeReason, u"User removed"_s);
        QCOMPARE(bob.next(), u"eve left the room"_s);

        QVERIFY(store->ban(2, QDateTime::currentSecsSinceEpoch() + 3600, u"spam"_s, &error, u"test"_s));
        QVERIFY(bob.waitClosed(5000));
        QCOMPARE(bob.closeCode, 1008);
        QCOMPARE(bob.closeReason, u"User banned"_s);
    }

    void auditRowsForEachKind()
    {
        TestServer server(backendConfig());
        QVERIFY(server.start());
        {
            TestClient ok, bad;
            QVERIFY(ok.open(server.url(u"/ws?token=secret-token"_s)));
            ok.next();
            QVERIFY(bad.open(server.url(u"/ws?token=wrong-token-value"_s)));
            QVERIFY(bad.waitClosed());
            ok.ws.close(QWebSocketProtocol::CloseCode(4000), u"done"_s);
            QVERIFY(ok.waitClosed());
        }
        SocketScope::AdminCommand ban;
        ban.type = SocketScope::AdminCommand::Type::Ban;
        ban.userId = 2;
        ban.durationMs = 60'000;
        ban.reason = u"Banned"_s;
        QVERIFY(server.execute(ban).ok);

        auto store = outside(server);
        QList<SocketScope::AuditEntry> rows;
        const auto has = [&](const QString &kind) {
            return std::any_of(rows.cbegin(), rows.cend(), [&](const auto &e) { return e.kind == kind; });
        };
        QTRY_VERIFY_WITH_TIMEOUT((rows = store->audit(0), has(u"connection_open"_s) && has(u"connection_close"_s)
                                  && has(u"auth_failure"_s) && has(u"admin"_s) && has(u"ban"_s)), 5000);
        for (const auto &e : std::as_const(rows)) {
            QVERIFY2(!e.detail.contains(u"wrong-token-value"_s) && !e.endpoint.contains(u"wrong-token-value"_s)
                         && !e.endpoint.contains(u"secret-token"_s),
                     "a credential reached the audit log");
            if (e.kind == u"connection_close"_s && e.userName == u"john_doe"_s) {
                QCOMPARE(e.closeCode, 4000);
                QCOMPARE(e.reason, u"done"_s);
                QVERIFY(e.bytesOut > 0);
            }
            if (e.kind == u"auth_failure"_s) {
                QCOMPARE(e.reason, u"Invalid token"_s);
                QCOMPARE(e.authMethod, u"query"_s);
                QVERIFY(e.remote.startsWith(u"127.0.0.1:"_s));
            }
            if (e.kind == u"ban"_s)
                QCOMPARE(e.actor, u"GUI"_s);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Revocation)
#include "tst_revocation.moc"
