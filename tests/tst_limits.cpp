// SPEC §3: every limit and its close code, each with a bystander that must not notice.

#include "support/rawclient.h"
#include "support/testclient.h"
#include "support/testserver.h"

#include <QRegularExpression>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using SocketScope::ServerConfig;

namespace {

bool bystanderAlive(TestClient &c)
{
    c.send(u"still here"_s);
    return c.next() == u"Message text was: still here"_s;
}

const QRegularExpression rateLimitError(
    u"^\\{\"error\":\"Rate limit exceeded\\. Try again later\\.\",\"retry_after_ms\":(\\d+)\\}$"_s);

} // namespace

class tst_Limits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateLimitEleventhMessage()
    {
        TestServer server;
        QVERIFY(server.start());
        TestClient c;
        QVERIFY(c.open(server.url(u"/ws?token=secret-token"_s)));
        QVERIFY(c.next().startsWith(u"{\"type\":\"welcome\""_s));
        for (int i = 1; i <= 10; ++i) {
            c.send(u"m%1"_s.arg(i));
            QCOMPARE(c.next(), u"User 123: m%1"_s.arg(i));
        }
        c.send(u"m11"_s);
        const QString answer = c.next();
        const auto match = rateLimitError.match(answer);
        QVERIFY2(match.hasMatch(), qPrintable(answer));
        const qint64 retry = match.captured(1).toLongLong();
        QVERIFY2(retry > 0 && retry <= 60'000, qPrintable(answer));
        // Dropped, not queued; heartbeat texts and empty messages do not count.
        c.send(u"ping"_s);
        QCOMPARE(c.next(), u"pong"_s);
        c.send(u""_s);
        QCOMPARE(c.next(), u"{\"error\":\"Empty message not allowed\"}"_s);
        QCOMPARE(c.unread(), 0);
    }

    void rateLimitIsPerUserAcrossConnections()
    {
        auto cfg = testConfig();
        cfg.rateLimit = 3;
        TestServer server(cfg);
        QVERIFY(server.start());
        TestClient a, b, other;
        QVERIFY(a.open(server.url(u"/ws?token=secret-token"_s)));
        QVERIFY(b.open(server.url(u"/ws?token=secret-token"_s)));
        QVERIFY(other.open(server.url(u"/ws?token=valid-token"_s)));
        a.next();
        b.next();
        other.next();
        a.send(u"1"_s);
        QCOMPARE(a.next(), u"User 123: 1"_s);
        b.send(u"2"_s);
        QCOMPARE(b.next(), u"User 123: 2"_s);
        a.send(u"3"_s);
        QCOMPARE(a.next(), u"User 123: 3"_s);
        b.send(u"4"_s);
        QVERIFY(rateLimitError.match(b.next()).hasMatch());
        other.send(u"free"_s);
        QCOMPARE(other.next(), u"User 1: free"_s);
    }

    void rateWindowSlides()
    {
        auto cfg = testConfig();
        cfg.rateLimit = 2;
        cfg.rateWindow = SocketScope::Milliseconds(400);
        TestServer server(cfg);
        QVERIFY(server.start());
        TestClient c;
        QVERIFY(c.open(server.url(u"/ws?token=secret-token"_s)));
        c.next();
        c.send(u"a"_s);
        c.send(u"b"_s);
        c.send(u"c"_s);
        QCOMPARE(c.next(), u"User 123: a"_s);
        QCOMPARE(c.next(), u"User 123: b"_s);
        const auto m = rateLimitError.match(c.next());
        QVERIFY(m.hasMatch());
        QVERIFY(m.captured(1).toInt() <= 400);
        // Once the window has moved past the first message, one more is allowed.
        QString last;
        QDeadlineTimer deadline(3000);
        while (!deadline.hasExpired()) {
            c.send(u"again"_s);
            last = c.next();
            if (last == u"User 123: again"_s)
                break;
            QTest::qWait(50);
        }
        QCOMPARE(last, u"User 123: again"_s);
    }

    void maxMessageSize()
    {
        auto cfg = testConfig();
        cfg.maxMessageSize = 1024;
        TestServer server(cfg);
        QVERIFY(server.start());
        TestClient bystander, c;
        QVERIFY(bystander.open(server.url(u"/ws/echo"_s)));
        QVERIFY(c.open(server.url(u"/ws/echo"_s)));
        const QString fits(1024 - 0, u'x');
        c.send(fits);
        QCOMPARE(c.next(), u"Message text was: "_s + fits);
        c.send(QString(1025, u'y'));
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, 1009);
        QVERIFY(bystanderAlive(bystander));
    }

    void maxMessageSizeBinary()
    {
        auto cfg = testConfig();
        cfg.maxMessageSize = 2048;
        TestServer server(cfg);
        QVERIFY(server.start());
        TestClient c;
        QVERIFY(c.open(server.url(u"/ws/echo"_s)));
        c.ws.sendBinaryMessage(QByteArray(4096, 'z'));
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, 1009);
    }

    void invalidUtf8()
    {
        TestServer server;
        QVERIFY(server.start());
        TestClient bystander;
        QVERIFY(bystander.open(server.url(u"/ws/echo"_s)));
        RawClient raw;
        QVERIFY(raw.handshake(server.port(), "/ws/echo"));
        raw.sendFrame(0x1, QByteArray("bad \xff\xfe utf8"));
        const auto close = raw.nextFrameOf(0x8);
        QVERIFY(close);
        QCOMPARE(close->closeCode(), 1007);
        QVERIFY(raw.waitDisconnected());
        QVERIFY(bystanderAlive(bystander));
    }

    void capacityTotal()
    {
        auto cfg = testConfig();
        cfg.maxConnections = 3;
        TestServer server(cfg);
        QVERIFY(server.start());
        TestClient c1, c2, c3;
        QVERIFY(c1.open(server.url(u"/ws/echo"_s)));
        QVERIFY(c2.open(server.url(u"/ws/echo"_s)));
        QVERIFY(c3.open(server.url(u"/ws/echo"_s)));
        // Qt 6.4's QWebSocket rejects 1013 as an invalid close code (it reports 1002), so the
        // refused client is a raw one that shows the frame as sent.
        RawClient c4;
        QVERIFY(c4.handshake(server.port(), "/ws/echo"));
        const auto close = c4.nextFrameOf(0x8);
        QVERIFY(close);
        QCOMPARE(close->closeCode(), 1013);
        QCOMPARE(close->closeReason(), QByteArray("Server at capacity"));
        QVERIFY(bystanderAlive(c1));
        // A slot frees up when a client leaves.
        c2.ws.close();
        QVERIFY(c2.waitClosed());
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            TestClient again;
            if (!again.open(server.url(u"/ws/echo"_s)))
                return false;
            return bystanderAlive(again);
        }(), 5000);
    }

    void capacityPerAddress()
    {
        auto cfg = testConfig();
        cfg.maxPerAddress = 2;
        TestServer server(cfg);
        QVERIFY(server.start());
        TestClient c1, c2;
        QVERIFY(c1.open(server.url(u"/ws/echo"_s)));
        QVERIFY(c2.open(server.url(u"/ws/echo"_s)));
        RawClient c3;
        QVERIFY(c3.handshake(server.port(), "/ws/echo"));
        const auto close = c3.nextFrameOf(0x8);
        QVERIFY(close);
        QCOMPARE(close->closeCode(), 1013);
        QCOMPARE(close->closeReason(), QByteArray("Too many connections from this address"));
        QVERIFY(bystanderAlive(c1));
    }

    // One user with no messages did 33 join/leave cycles a second on /ws/{id}: 66,000 notices a
    // second to 1,000 members. Joins and leaves now count against the joiner's rate limit.
    void joinAndLeaveCountAgainstRate()
    {
        auto cfg = testConfig();
        cfg.rateLimit = 3;
        TestServer server(cfg);
        QVERIFY(server.start());
        TestClient member;   // alice watches
        QVERIFY(member.open(server.url(u"/ws/7?token=valid-token"_s)));
        QCOMPARE(member.next(), u"User alice joined"_s);
        for (int cycle = 0; cycle < 2; ++cycle) {   // join, leave, join: 3; the second leave: 4
            TestClient john;
            QVERIFY(john.open(server.url(u"/ws/8?token=secret-token"_s)));
            QCOMPARE(member.next(), u"User john_doe joined"_s);
            john.ws.close();
            QVERIFY(john.waitClosed());
            QCOMPARE(member.next(), u"User john_doe left"_s);
        }
        // Over the budget: connected, but not announced (like a message over the limit, the
        // notice is dropped); the joiner is told; its leave is not announced either.
        TestClient third;
        QVERIFY(third.open(server.url(u"/ws/9?token=secret-token"_s)));
        QVERIFY(rateLimitError.match(third.next()).hasMatch());
        third.ws.close();
        QVERIFY(third.waitClosed());
        QVERIFY(!member.waitTexts(member.texts.size() + 1, 300));
        member.send(u"hi"_s);
        QCOMPARE(member.next(), u"You: hi"_s);
        // Rooms the same.
        TestClient roomer;
        QVERIFY(roomer.open(server.url(u"/ws/room/r?token=secret-token"_s)));
        QVERIFY(rateLimitError.match(roomer.next()).hasMatch());
        QCOMPARE(roomer.unread(), 0);
    }

    // --connect-rate: per address at accept, per user at authentication; 1013 with a reason.
    void connectRate()
    {
        auto cfg = testConfig();
        cfg.connectRate = 1;   // 10 in any 10 s
        TestServer server(cfg);
        QVERIFY(server.start());
        std::vector<std::unique_ptr<TestClient>> echo;
        for (int i = 0; i < 10; ++i) {
            echo.push_back(std::make_unique<TestClient>());
            QVERIFY(echo.back()->open(server.url(u"/ws/echo"_s)));
        }
        RawClient eleventh;
        QVERIFY(eleventh.handshake(server.port(), "/ws/echo"));
        auto close = eleventh.nextFrameOf(0x8);
        QVERIFY(close);
        QCOMPARE(close->closeCode(), 1013);
        QCOMPARE(close->closeReason(), QByteArray("Connecting too often from this address"));
        QVERIFY(bystanderAlive(*echo.front()));
        // Another address is not affected; one user from many addresses is.
        for (int i = 0; i < 10; ++i) {
            RawClient c;
            QVERIFY(c.socket.bind(QHostAddress(u"127.0.0.%1"_s.arg(10 + i))));
            QVERIFY(c.handshake(server.port(), "/ws?token=secret-token"));
            const auto welcome = c.nextFrame();
            QVERIFY(welcome && welcome->opcode == 0x1);
        }
        RawClient john;
        QVERIFY(john.socket.bind(QHostAddress(u"127.0.0.30"_s)));
        QVERIFY(john.handshake(server.port(), "/ws?token=secret-token"));
        close = john.nextFrameOf(0x8);
        QVERIFY(close);
        QCOMPARE(close->closeCode(), 1013);
        QCOMPARE(close->closeReason(), QByteArray("Connecting too often"));
        RawClient alice;
        QVERIFY(alice.socket.bind(QHostAddress(u"127.0.0.30"_s)));
        QVERIFY(alice.handshake(server.port(), "/ws?token=valid-token"));
        const auto welcome = alice.nextFrame();
        QVERIFY(welcome && welcome->opcode == 0x1);
    }

    void heartbeatClosesSilentPeer()
    {
        auto cfg = testConfig();
        cfg.heartbeatInterval = SocketScope::Milliseconds(150);
        TestServer server(cfg);
        QVERIFY(server.start());
        TestClient answering;   // QWebSocket answers pings by itself
        QVERIFY(answering.open(server.url(u"/ws/echo"_s)));
        RawClient silent;
        QVERIFY(silent.handshake(server.port(), "/ws/echo"));

        const auto ping = silent.nextFrameOf(0x9, 3000);
        QVERIFY(ping);
        const auto close = silent.nextFrameOf(0x8, 5000);
        QVERIFY(close);
        QCOMPARE(close->closeCode(), 1001);
        QCOMPARE(close->closeReason(), QByteArray("Heartbeat timeout"));
        // SPEC §7: the server waits for the client's Close before it lets the connection go.
        silent.sendFrame(0x8, QByteArray("\x03\xe9", 2));
        QVERIFY(silent.waitDisconnected());

        QVERIFY(bystanderAlive(answering));
        // The answering peer has an RTT now.
        SocketScope::AdminCommand list;
        list.type = SocketScope::AdminCommand::Type::ListConnections;
        const auto r = server.execute(list);
        QVERIFY(r.ok);
        QVERIFY2(!r.json.contains("\"rtt_ms\":-1"), r.json.constData());
    }

    void heartbeatInSlices()
    {
        // 400 ms: the pings are spread over the interval in eight slices of 50 ms. Every
        // connection, in whichever slice, is still pinged and closed after two missed pongs.
        auto cfg = testConfig();
        cfg.heartbeatInterval = SocketScope::Milliseconds(400);
        TestServer server(cfg);
        QVERIFY(server.start());
        TestClient answering;
        QVERIFY(answering.open(server.url(u"/ws/echo"_s)));
        std::vector<std::unique_ptr<RawClient>> silent;
        for (int i = 0; i < 8; ++i) {
            silent.push_back(std::make_unique<RawClient>());
            QVERIFY(silent.back()->handshake(server.port(), "/ws/echo"));
        }
        for (auto &c : silent) {
            QVERIFY(c->nextFrameOf(0x9, 3000));
            const auto close = c->nextFrameOf(0x8, 5000);
            QVERIFY(close);
            QCOMPARE(close->closeCode(), 1001);
        }
        QVERIFY(bystanderAlive(answering));
    }

    void heartbeatTextPongCounts()
    {
        auto cfg = testConfig();
        cfg.heartbeatInterval = SocketScope::Milliseconds(150);
        TestServer server(cfg);
        QVERIFY(server.start());
        RawClient raw;
        QVERIFY(raw.handshake(server.port(), "/ws/echo"));
        // Answer every ping with the text "pong" instead of a pong frame, for well over
        // three intervals: the connection must stay open.
        QDeadlineTimer deadline(1200);
        int pings = 0;
        while (!deadline.hasExpired()) {
            const auto f = raw.nextFrame(int(qMax<qint64>(1, deadline.remainingTime())));
            if (!f)
                break;
            QVERIFY2(f->opcode != 0x8, "closed although it answered with text pongs");
            if (f->opcode == 0x9) {
                ++pings;
                raw.sendFrame(0x1, "pong");
            }
        }
        QVERIFY(pings >= 4);
        QCOMPARE(raw.socket.state(), QAbstractSocket::ConnectedState);
    }

    void handshakeTimeout()
    {
        auto cfg = testConfig();
        cfg.handshakeTimeout = SocketScope::Milliseconds(300);
        TestServer server(cfg);
        QVERIFY(server.start());
        RawClient idle;
        QVERIFY(idle.connectTo(server.port()));
        RawClient partial;
        QVERIFY(partial.connectTo(server.port()));
        partial.socket.write("GET /ws/echo HTTP/1.1\r\nHost: x\r\n");
        QVERIFY(idle.waitDisconnected(3000));
        QVERIFY(partial.waitDisconnected(3000));
        TestClient after;
        QVERIFY(after.open(server.url(u"/ws/echo"_s)));
        QVERIFY(bystanderAlive(after));
    }

    void slowConsumer()
    {
        auto cfg = testConfig();
        cfg.slowConsumerBytes = 64 * 1024;
        cfg.rateLimit = 100'000;
        cfg.maxMessageSize = 64 * 1024;
        TestServer server(cfg);
        QVERIFY(server.start());
        QSignalSpy snapshots(&server.host(), &SocketScope::ServerHost::snapshotReady);
        server.host().setSnapshotsEnabled(true);

        RawClient stuck;
        stuck.socket.setReadBufferSize(1);
        QVERIFY(stuck.handshake(server.port(), "/ws/room/firehose?token=secret-token"));
        TestClient sender;
        QVERIFY(sender.open(server.url(u"/ws/room/firehose?token=valid-token"_s)));
        QCOMPARE(sender.next(), u"alice joined the room"_s);

        // Far more than the loopback socket buffers hold, so the server's queue must grow.
        const QString chunk(60 * 1024, u'x');
        bool closed = false;
        for (int i = 0; i < 400 && !closed; ++i) {
            sender.send(chunk);
            if (i % 20 == 19) {
                QTest::qWait(20);
                for (const auto &args : std::as_const(snapshots)) {
                    for (const auto &e : args.at(0).value<SocketScope::ServerSnapshot>().events) {
                        if (e.kind == SocketScope::ServerEvent::Kind::Closed && e.userName == u"john_doe"_s) {
                            QCOMPARE(e.closeCode, 1008);
                            QCOMPARE(e.text, u"Slow consumer"_s);
                            closed = true;
                        }
                    }
                }
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const auto &args : std::as_const(snapshots)) {
                for (const auto &e : args.at(0).value<SocketScope::ServerSnapshot>().events) {
                    if (e.kind == SocketScope::ServerEvent::Kind::Closed && e.userName == u"john_doe"_s
                        && e.closeCode == 1008 && e.text == u"Slow consumer"_s)
                        return true;
                }
            }
            return false;
        }(), 10000);
        // The sender is unaffected.
        sender.send(u"ping"_s);
        QTRY_VERIFY_WITH_TIMEOUT(sender.texts.contains(u"pong"_s), 10000);
        QCOMPARE(sender.ws.state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(tst_Limits)
#include "tst_limits.moc"
