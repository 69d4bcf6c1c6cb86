// SPEC §7 backpressure: every queued byte counts toward --slow-consumer-bytes; the cap is on the
// backlog beyond the frame being written; over it the server stops reading, and past the grace
// period (or at twice the cap) it closes 1008 "Slow consumer" with the Close ahead of the backlog.

#include "support/rawclient.h"
#include "support/testclient.h"
#include "support/testserver.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

constexpr qint64 Cap = 256 * 1024;
// The backlog may pass the cap by what one read of 64 KiB of client frames produces, and the
// socket holds one frame (or 64 KiB) more.
constexpr qint64 Slack = 2 * 64 * 1024 + 70 * 1024;

QByteArray maskedFrame(int opcode, const QByteArray &payload, bool fin = true)
{
    return clientFrame(opcode, payload, fin);
}

// Reads one Prometheus sample over plain HTTP on the server's port.
qint64 metric(quint16 port, const QByteArray &sample)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(3000))
        return -1;
    s.write("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray all;
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] {
        all += s.readAll();
        return s.state() == QAbstractSocket::UnconnectedState;
    }, 3000);
    all += s.readAll();
    for (const QByteArray &line : all.split('\n')) {
        if (line.startsWith(sample + ' '))
            return line.mid(sample.size() + 1).toLongLong();
    }
    return 0;
}

qint64 slowConsumerCloses(quint16 port)
{
    return metric(port, "socketscope_rejections_total{reason=\"slow_consumer\"}");
}

SocketScope::ServerConfig capConfig()
{
    auto cfg = testConfig();
    cfg.slowConsumerBytes = Cap;
    cfg.rateLimit = 1'000'000;
    cfg.maxMessageSize = 1024 * 1024;
    cfg.publishRateHz = 20;
    return cfg;
}

// The largest unsent-bytes figure any snapshot showed.
qint64 peakPending(const QSignalSpy &snapshots)
{
    qint64 peak = 0;
    for (const auto &args : snapshots) {
        for (const auto &c : args.at(0).value<SocketScope::ServerSnapshot>().connections)
            peak = qMax(peak, c.pendingBytes);
    }
    return peak;
}

// Reads everything until the server's Close; returns the Close and the data bytes before it.
std::optional<Frame> readUntilClose(RawClient &raw, qint64 *dataBefore)
{
    raw.socket.setReadBufferSize(0);
    *dataBefore = 0;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        auto f = raw.nextFrame(int(qMax<qint64>(1, deadline.remainingTime())));
        if (!f)
            return std::nullopt;
        if (f->opcode == 0x8)
            return f;
        *dataBefore += f->payload.size();
    }
    return std::nullopt;
}

} // namespace

class tst_Backpressure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A client that sends pings and never reads: its pongs are counted; the server stops
    // reading it and closes it, and its queue never grows past the cap by much.
    void pingFloodNeverReading()
    {
        TestServer server(capConfig());
        QVERIFY(server.start());
        QSignalSpy snapshots(&server.host(), &SocketScope::ServerHost::snapshotReady);
        server.host().setSnapshotsEnabled(true);
        TestClient bystander;
        QVERIFY(bystander.open(server.url(u"/ws/echo"_s)));

        RawClient flood;
        flood.socket.setReadBufferSize(1);
        QVERIFY(flood.handshake(server.port(), "/ws/echo"));
        const QByteArray ping = maskedFrame(0x9, QByteArray(125, 'p'));
        QByteArray burst;
        for (int i = 0; i < 1000; ++i)
            burst += ping;
        for (int i = 0; i < 64; ++i)   // 8 MiB of pings: 32 times the cap in pongs
            flood.socket.write(burst);
        QTRY_COMPARE_WITH_TIMEOUT(slowConsumerCloses(server.port()), 1, 10000);
        qint64 before = 0;
        const auto close = readUntilClose(flood, &before);
        QVERIFY(close);
        QCOMPARE(close->closeCode(), 1008);
        QCOMPARE(close->closeReason(), QByteArray("Slow consumer"));
        QVERIFY2(peakPending(snapshots) <= 2 * Cap + Slack, qPrintable(QString::number(peakPending(snapshots))));
        bystander.send(u"ok"_s);
        QCOMPARE(bystander.next(), u"Message text was: ok"_s);
    }

    // Every endpoint: one client never reads while its queue is fed (by itself or by others).
    void neverReaderOnEveryEndpoint_data()
    {
        QTest::addColumn<QByteArray>("stuckPath");
        QTest::addColumn<QString>("feederPath");   // empty: the stuck client feeds itself
        QTest::addColumn<QByteArray>("message");
        const QByteArray big(30 * 1024, 'x');
        QTest::newRow("echo") << QByteArray("/ws/echo") << QString() << big;
        QTest::newRow("chat") << QByteArray("/ws?token=secret-token") << QString() << big;
        QTest::newRow("admin") << QByteArray("/ws/admin?token=valid-token") << QString() << big;
        QTest::newRow("room") << QByteArray("/ws/room/r?token=secret-token") << u"/ws/room/r?token=valid-token"_s << big;
        QTest::newRow("manager") << QByteArray("/ws/7?token=secret-token") << u"/ws/8?token=valid-token"_s << big;
        QTest::newRow("subscribe") << QByteArray("/ws/subscribe/t?token=secret-token") << u"/ws/subscribe/t?token=valid-token"_s
                                   << QByteArray("{\"type\":\"publish\",\"data\":{\"x\":\"") + big + "\"}}";
    }
    void neverReaderOnEveryEndpoint()
    {
        QFETCH(QByteArray, stuckPath);
        QFETCH(QString, feederPath);
        QFETCH(QByteArray, message);
        TestServer server(capConfig());
        QVERIFY(server.start());
        QSignalSpy snapshots(&server.host(), &SocketScope::ServerHost::snapshotReady);
        server.host().setSnapshotsEnabled(true);

        RawClient stuck;
        stuck.socket.setReadBufferSize(1);
        QVERIFY(stuck.handshake(server.port(), stuckPath));
        TestClient feeder;
        if (!feederPath.isEmpty())
            QVERIFY(feeder.open(server.url(feederPath)));
        for (int i = 0; i < 800 && (i % 20 != 19 || slowConsumerCloses(server.port()) == 0); ++i) {
            if (feederPath.isEmpty()) {
                stuck.socket.write(maskedFrame(0x1, message));
                stuck.socket.flush();
            } else {
                feeder.ws.sendTextMessage(QString::fromUtf8(message));
            }
            if (i % 20 == 19)
                QTest::qWait(10);
        }
        QTRY_COMPARE_WITH_TIMEOUT(slowConsumerCloses(server.port()), 1, 10000);
        qint64 before = 0;
        const auto close = readUntilClose(stuck, &before);
        QVERIFY(close);
        QCOMPARE(close->closeCode(), 1008);
        QCOMPARE(close->closeReason(), QByteArray("Slow consumer"));
        QVERIFY2(peakPending(snapshots) <= 2 * Cap + Slack, qPrintable(QString::number(peakPending(snapshots))));
        if (!feederPath.isEmpty())
            QVERIFY(!feeder.disconnected);
    }

    // A client that stops reading for a moment and then catches up loses nothing: the server
    // paused reading it instead of queueing without end.
    void pauseAndResume()
    {
        TestServer server(capConfig());
        QVERIFY(server.start());
        RawClient c;
        QVERIFY(c.handshake(server.port(), "/ws/echo"));
        const QByteArray payload(8 * 1024, 'y');
        constexpr int Count = 256;   // 2 MiB of echoes, eight times the cap
        QByteArray all;
        for (int i = 0; i < Count; ++i)
            all += maskedFrame(0x1, QByteArray::number(i) + payload);
        c.socket.write(all);
        for (int i = 0; i < Count; ++i) {
            const auto f = c.nextFrame(10000);
            QVERIFY(f);
            QCOMPARE(f->opcode, 0x1);
            QCOMPARE(f->payload, "Message text was: " + QByteArray::number(i) + payload);
        }
        QCOMPARE(slowConsumerCloses(server.port()), 0);
    }

    // The cap is a backlog beyond the message being written: one message of up to
    // --max-message-size never trips it.
    void bigEchoDoesNotTrip_data()
    {
        QTest::addColumn<bool>("binary");
        QTest::newRow("text 4 MiB") << false;
        QTest::newRow("binary 12 MiB") << true;
    }
    void bigEchoDoesNotTrip()
    {
        QFETCH(bool, binary);
        auto cfg = testConfig();
        cfg.maxMessageSize = 16 * 1024 * 1024;
        cfg.slowConsumerBytes = 4 * 1024 * 1024;
        TestServer server(cfg);
        QVERIFY(server.start());
        TestClient c;
        QVERIFY(c.open(server.url(u"/ws/echo"_s)));
        c.ws.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
        c.ws.setMaxAllowedIncomingFrameSize(64 * 1024 * 1024);
        if (binary) {
            const QByteArray data(12 * 1024 * 1024, 'b');
            c.ws.sendBinaryMessage(data);
            QTRY_COMPARE_WITH_TIMEOUT(c.binaries.size(), 1, 20000);
            QCOMPARE(c.binaries.first(), data);
        } else {
            const QString text(4 * 1024 * 1024, u't');
            c.send(text);
            QCOMPARE(c.next(20000), u"Message text was: "_s + text);
        }
        QVERIFY(!c.disconnected);
        QCOMPARE(slowConsumerCloses(server.port()), 0);
    }

    // An admin's list_connections larger than the cap is one message: it goes out whole.
    void largeAdminAnswerDoesNotTrip()
    {
        auto cfg = testConfig();
        cfg.slowConsumerBytes = 16 * 1024;
        TestServer server(cfg);
        QVERIFY(server.start());
        std::vector<std::unique_ptr<RawClient>> idle;
        for (int i = 0; i < 200; ++i) {
            idle.push_back(std::make_unique<RawClient>());
            QVERIFY(idle.back()->handshake(server.port(), "/ws/echo"));
        }
        TestClient admin;
        QVERIFY(admin.open(server.url(u"/ws/admin?token=valid-token"_s)));
        QVERIFY(admin.next().contains(u"Admin access granted"_s));
        admin.send(u"{\"type\":\"list_connections\"}"_s);
        const QString answer = admin.next(10000);
        QVERIFY2(answer.size() > 2 * cfg.slowConsumerBytes, qPrintable(QString::number(answer.size())));
        QVERIFY(answer.contains(u"\"command\":\"list_connections\""_s));
        admin.send(u"ping"_s);
        QCOMPARE(admin.next(), u"pong"_s);
        QVERIFY(!admin.disconnected);
    }

    // A consumer that is closed for being slow gets its 1008 right after the frame being
    // written, not after the megabytes queued behind it.
    void closeGoesAheadOfBacklog()
    {
        auto cfg = capConfig();
        TestServer server(cfg);
        QVERIFY(server.start());
        RawClient stuck;
        stuck.socket.setReadBufferSize(1);
        QVERIFY(stuck.handshake(server.port(), "/ws/room/fire?token=secret-token"));
        TestClient sender;
        QVERIFY(sender.open(server.url(u"/ws/room/fire?token=valid-token"_s)));
        QCOMPARE(sender.next(), u"alice joined the room"_s);
        const QString chunk(60 * 1024, u'z');
        qint64 sent = 0;
        for (int i = 0; i < 400 && (i % 20 != 19 || slowConsumerCloses(server.port()) == 0); ++i) {
            sender.send(chunk);
            sent += chunk.size();
            if (i % 20 == 19)
                QTest::qWait(10);
        }
        QTRY_COMPARE_WITH_TIMEOUT(slowConsumerCloses(server.port()), 1, 10000);
        qint64 before = 0;
        const auto close = readUntilClose(stuck, &before);
        QVERIFY(close);
        QCOMPARE(close->closeCode(), 1008);
        QCOMPARE(close->closeReason(), QByteArray("Slow consumer"));
        // What came before the Close is what the kernel buffers held when it was queued, plus
        // at most the frame being written; the backlog behind it was dropped.
        QVERIFY2(before < sent, qPrintable(u"%1 of %2"_s.arg(before).arg(sent)));
        // And the closing handshake completes: the client's Close ends it cleanly.
        stuck.socket.write(clientFrame(0x8, QByteArray("\x03\xf0", 2)));
        QVERIFY(stuck.waitDisconnected(3000));
    }
};

QTEST_GUILESS_MAIN(tst_Backpressure)
#include "tst_backpressure.moc"
