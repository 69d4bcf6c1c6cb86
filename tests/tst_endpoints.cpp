// Every row of SPEC §1's endpoint table, with exact texts, against a real server.

#include "support/testclient.h"
#include "support/testserver.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class tst_Endpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto cfg = testConfig();
        cfg.rateLimit = 1000;
        m_server = std::make_unique<TestServer>(cfg);
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void echoText()
    {
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws/echo"_s)));
        c.send(u"hello"_s);
        QCOMPARE(c.next(), u"Message text was: hello"_s);
        c.send(u"grüße 👋"_s);
        QCOMPARE(c.next(), u"Message text was: grüße 👋"_s);
        // Echoed as bytes (Server::echoUtf8): JSON and text padded with white space unchanged.
        c.send(u"{\"type\":\"auth\",\"token\":\"x\"}"_s);
        QCOMPARE(c.next(), u"Message text was: {\"type\":\"auth\",\"token\":\"x\"}"_s);
        c.send(u"\u3000 ping\n"_s);
        QCOMPARE(c.next(), u"Message text was: \u3000 ping\n"_s);
    }

    void echoBinary()
    {
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws/echo"_s)));
        const QByteArray data("\x00\x01\xfe\xff", 4);
        c.ws.sendBinaryMessage(data);
        QTRY_COMPARE(c.binaries.size(), 1);
        QCOMPARE(c.binaries.at(0), data);
    }

    void commonRules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("echo") << u"/ws/echo"_s;
        QTest::newRow("chat") << u"/ws?token=secret-token"_s;
        QTest::newRow("room") << u"/ws/room/rules?token=secret-token"_s;
        QTest::newRow("manager") << u"/ws/77?token=secret-token"_s;
        QTest::newRow("subscribe") << u"/ws/subscribe/rules?token=secret-token"_s;
    }
    void commonRules()
    {
        QFETCH(QString, path);
        TestClient c;
        QVERIFY(c.open(m_server->url(path)));
        // Drain whatever the endpoint says on open.
        QTest::qWait(50);
        const qsizetype before = c.texts.size();
        c.send(QString());
        QTRY_COMPARE(c.texts.size(), before + 1);
        QCOMPARE(c.texts.last(), u"{\"error\":\"Empty message not allowed\"}"_s);
        c.send(u" \t\n "_s);
        QTRY_COMPARE(c.texts.size(), before + 2);
        QCOMPARE(c.texts.last(), u"{\"error\":\"Empty message not allowed\"}"_s);
        // White space beyond ASCII is blank too (QChar::isSpace).
        c.send(u"\u3000\u00a0\u2028 "_s);
        QTRY_COMPARE(c.texts.size(), before + 3);
        QCOMPARE(c.texts.last(), u"{\"error\":\"Empty message not allowed\"}"_s);
        c.send(u"ping"_s);
        QTRY_COMPARE(c.texts.size(), before + 4);
        QCOMPARE(c.texts.last(), u"pong"_s);
        c.send(u"pong"_s);          // swallowed
        c.send(u"ping"_s);
        QTRY_COMPARE(c.texts.size(), before + 5);
        QCOMPARE(c.texts.last(), u"pong"_s);
    }

    void chatWelcomeAndEcho()
    {
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws?token=secret-token"_s)));
        QCOMPARE(c.next(),
                 u"{\"type\":\"welcome\",\"message\":\"Welcome john_doe\",\"user\":{\"user_id\":123,\"username\":\"john_doe\",\"role\":\"user\"},\"auth_method\":\"query\"}"_s);
        c.send(u"hi there"_s);
        QCOMPARE(c.next(), u"User 123: hi there"_s);
    }

    void adminGranted()
    {
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws/admin?token=valid-token"_s)));
        QCOMPARE(c.next(), u"{\"message\":\"Admin access granted\",\"user\":\"alice\"}"_s);
        c.send(u"do something"_s);
        QCOMPARE(c.next(), u"Admin command: do something"_s);
        c.send(u"{\"type\":\"no_such_command\"}"_s);
        QCOMPARE(c.next(), u"Admin command: {\"type\":\"no_such_command\"}"_s);
    }

    void adminOnly()
    {
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws/admin?token=secret-token"_s)));
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, 1008);
        QCOMPARE(c.closeReason, u"Admin only"_s);
        QVERIFY(c.texts.isEmpty());
    }

    void connectionManager()
    {
        TestClient john, alice;
        QVERIFY(john.open(m_server->url(u"/ws/1?token=secret-token"_s)));
        QCOMPARE(john.next(), u"User john_doe joined"_s);
        QVERIFY(alice.open(m_server->url(u"/ws/2?token=valid-token"_s)));
        QCOMPARE(alice.next(), u"User alice joined"_s);
        QCOMPARE(john.next(), u"User alice joined"_s);

        john.send(u"hello"_s);
        QCOMPARE(john.next(), u"You: hello"_s);
        QCOMPARE(john.next(), u"john_doe: hello"_s);
        QCOMPARE(alice.next(), u"john_doe: hello"_s);

        alice.ws.close();
        QCOMPARE(john.next(), u"User alice left"_s);
        QVERIFY(alice.waitClosed());
        QCOMPARE(alice.unread(), 0);
    }

    void chatRoom()
    {
        TestClient john, alice, other;
        QVERIFY(john.open(m_server->url(u"/ws/room/lobby?token=secret-token"_s)));
        QCOMPARE(john.next(), u"john_doe joined the room"_s);
        QVERIFY(alice.open(m_server->url(u"/ws/room/lobby?token=valid-token"_s)));
        QCOMPARE(alice.next(), u"alice joined the room"_s);
        QCOMPARE(john.next(), u"alice joined the room"_s);
        QVERIFY(other.open(m_server->url(u"/ws/room/elsewhere?session_ignored=1&token=valid-token"_s)));
        QCOMPARE(other.next(), u"alice joined the room"_s);

        john.send(u"hi all"_s);
        QCOMPARE(alice.next(), u"john_doe: hi all"_s);
        // The sender does not get its own message; the other room gets nothing.
        alice.send(u"ping"_s);
        QCOMPARE(alice.next(), u"pong"_s);
        QCOMPARE(john.unread(), 0);
        QCOMPARE(other.unread(), 0);

        john.ws.close();
        QCOMPARE(alice.next(), u"john_doe left the room"_s);
        QCOMPARE(other.unread(), 0);
    }

    void roomIdIsDecoded()
    {
        TestClient a;
        QVERIFY(a.open(m_server->url(u"/ws/room/caf%C3%A9%20corner?token=valid-token"_s)));
        QCOMPARE(a.next(), u"alice joined the room"_s);
        const auto r = m_server->execute([] {
            SocketScope::AdminCommand c;
            c.type = SocketScope::AdminCommand::Type::ListRooms;
            return c;
        }());
        QVERIFY(r.ok);
        QVERIFY2(r.json.contains(u"\"name\":\"café corner\""_s.toUtf8()), r.json.constData());
    }

    void pubSub()
    {
        TestClient alice, john;
        QVERIFY(alice.open(m_server->url(u"/ws/subscribe/news?token=valid-token"_s)));
        QVERIFY(john.open(m_server->url(u"/ws/subscribe/news?token=secret-token"_s)));
        TestClient elsewhere;
        QVERIFY(elsewhere.open(m_server->url(u"/ws/subscribe/sports?token=secret-token"_s)));
        QTest::qWait(50);

        // Forwarded exactly as published: key order and spacing kept.
        alice.send(u"{\"type\":\"publish\",\"data\":{\"z\":1, \"a\":{\"nested\":[1,2,\"x\"]},\"s\":\"é\\\"q\"}}"_s);
        const QString expected = u"{\"z\":1, \"a\":{\"nested\":[1,2,\"x\"]},\"s\":\"é\\\"q\"}"_s;
        QCOMPARE(john.next(), expected);
        QCOMPARE(alice.next(), expected);
        QCOMPARE(elsewhere.unread(), 0);

        john.send(u"{\"type\":\"publish\",\"data\":{\"x\":1}}"_s);
        QCOMPARE(john.next(), u"{\"error\":\"Only admin or publisher may publish\"}"_s);
        QCOMPARE(alice.unread(), 0);

        alice.send(u"{\"type\":\"publish\",\"data\":[1,2]}"_s);
        QCOMPARE(alice.next(), u"{\"error\":\"\\\"data\\\" must be a JSON object\"}"_s);
        alice.send(u"just text"_s);
        QVERIFY(alice.next().startsWith(u"{\"error\":\"Unsupported message"_s));
    }

    void publisherRoleMayPublish()
    {
        QString error;
        SocketScope::Store store;
        QVERIFY(store.open(m_server->dbPath(), &error));
        const auto user = store.addUser(u"pat"_s, u"publisher"_s, &error);
        QVERIFY2(user, qPrintable(error));
        QVERIFY(store.addToken(user->id, u"pat-token-123456"_s, 0, &error));

        TestClient pat, reader;
        QVERIFY(pat.open(m_server->url(u"/ws/subscribe/t1?token=pat-token-123456"_s)));
        QVERIFY(reader.open(m_server->url(u"/ws/subscribe/t1?token=secret-token"_s)));
        QTest::qWait(50);
        pat.send(u"{\"type\":\"publish\",\"data\":{\"v\":42}}"_s);
        QCOMPARE(reader.next(), u"{\"v\":42}"_s);
    }

    void unknownEndpoints_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("root") << u"/"_s;
        QTest::newRow("other") << u"/chat"_s;
        QTest::newRow("trailing slash") << u"/ws/"_s;
        QTest::newRow("room without id") << u"/ws/room/"_s;
        QTest::newRow("nested room") << u"/ws/room/a/b"_s;
        QTest::newRow("client id not a number") << u"/ws/12ab"_s;
        QTest::newRow("subscribe without topic") << u"/ws/subscribe"_s;
    }
    void unknownEndpoints()
    {
        QFETCH(QString, path);
        TestClient c;
        QVERIFY(c.open(m_server->url(path + u"?token=valid-token"_s)));
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, 1008);
        QCOMPARE(c.closeReason, u"Unknown endpoint"_s);
    }

    void binaryOnTextEndpoint_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("chat") << u"/ws?token=secret-token"_s;
        QTest::newRow("room") << u"/ws/room/bin?token=secret-token"_s;
        QTest::newRow("awaiting auth") << u"/ws"_s;
    }
    void binaryOnTextEndpoint()
    {
        QFETCH(QString, path);
        TestClient c, bystander;
        QVERIFY(bystander.open(m_server->url(u"/ws/echo"_s)));
        QVERIFY(c.open(m_server->url(path)));
        c.ws.sendBinaryMessage(QByteArray("\x01\x02", 2));
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, 1003);
        QCOMPARE(c.closeReason, u"Binary messages not supported"_s);
        bystander.send(u"still here"_s);
        QCOMPARE(bystander.next(), u"Message text was: still here"_s);
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(tst_Endpoints)
#include "tst_endpoints.moc"
