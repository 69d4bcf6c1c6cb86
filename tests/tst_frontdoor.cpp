// Before the upgrade: bad requests get a status, a reason, a log line and a metric (issue 13,
// items 8 and 1); sockets count against their address from accept; running out of descriptors
// pauses accepting briefly instead of stopping it.

#include "support/logcapture.h"
#include "support/rawclient.h"
#include "support/testclient.h"
#include "support/testserver.h"

#include "auth/jwt.h"

#include <QDateTime>
#include <QMutex>
#include <QtTest>

#include <sys/resource.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

double sample(const QByteArray &response, const QByteArray &nameAndLabels)
{
    for (const QByteArray &line : response.split('\n')) {
        if (line.startsWith(nameAndLabels + ' '))
            return line.mid(nameAndLabels.size() + 1).toDouble();
    }
    return 0;
}

QByteArray upgrade(const QByteArray &fields)
{
    return "GET /ws/echo HTTP/1.1\r\n" + fields + "\r\n";
}

const QByteArray Key = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
const QByteArray Std = "Host: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" + Key;

} // namespace

class tst_FrontDoor : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        startLogCapture();
        auto cfg = testConfig();
        cfg.rateLimit = 100'000;
        cfg.handshakeTimeout = SocketScope::Milliseconds(30'000);   // a refusal must not wait for it
        m_server = std::make_unique<TestServer>(cfg);
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanupTestCase()
    {
        m_server.reset();
        stopLogCapture();
    }

    // Each was dropped without an answer, a log line or a metric (LF-only waited for the timeout).
    void refused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QByteArray>("label");
        QByteArray many;
        for (int i = 0; i < 96; ++i)
            many += "X-Filler-" + QByteArray::number(i) + ": y\r\n";
        QTest::newRow("101 header lines") << upgrade(Std + many) << QByteArray("431")
                                          << u"more than 100 header lines"_s << QByteArray("too_many_headers");
        QTest::newRow("no Host") << upgrade("Upgrade: websocket\r\nConnection: Upgrade\r\n" + Key) << QByteArray("400")
                                 << u"WebSocket upgrade without a Host header"_s << QByteArray("missing_host");
        QTest::newRow("no Connection: Upgrade") << upgrade("Host: x\r\nUpgrade: websocket\r\nConnection: keep-alive\r\n" + Key)
                                                << QByteArray("400") << u"WebSocket upgrade without \"Connection: Upgrade\""_s
                                                << QByteArray("missing_connection_upgrade");
        QTest::newRow("line without colon") << upgrade(Std + "this line has no colon\r\n") << QByteArray("400")
                                            << u"header line without a colon"_s << QByteArray("malformed_header");
        QTest::newRow("LF only") << QByteArray(upgrade(Std)).replace("\r\n", "\n") << QByteArray("400")
                                 << u"header line ends with a bare LF (CRLF required)"_s << QByteArray("bare_lf");
        QTest::newRow("LF only, incomplete") << QByteArray("GET /ws/echo HTTP/1.1\nHost: x\n") << QByteArray("400")
                                             << u"header line ends with a bare LF (CRLF required)"_s << QByteArray("bare_lf");
        QTest::newRow("folded line") << upgrade(Std + "X-A: 1\r\n  continued\r\n") << QByteArray("400")
                                     << u"obsolete line folding in the header"_s << QByteArray("malformed_header");
        QTest::newRow("HTTP/1.0") << QByteArray("GET /ws/echo HTTP/1.0\r\n" + Std + "\r\n") << QByteArray("400")
                                  << u"WebSocket upgrade needs HTTP/1.1"_s << QByteArray("bad_request_line");
        QTest::newRow("over 16 KiB in all") << upgrade(Std + "Authorization: Bearer " + QByteArray(17'000, 'a') + "\r\n")
                                            << QByteArray("431") << u"request header over 16 KiB"_s
                                            << QByteArray("header_too_large");
        QTest::newRow("huge Sec-WebSocket-Protocol") << upgrade(Std + "Sec-WebSocket-Protocol: " + QByteArray(5000, 'p') + "\r\n")
                                                     << QByteArray("431") << u"header Sec-WebSocket-Protocol over 4096 bytes"_s
                                                     << QByteArray("header_too_large");
    }
    void refused()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        QFETCH(QString, reason);
        QFETCH(QByteArray, label);
        const QByteArray metric = "socketscope_handshake_failures_total{reason=\"" + label + "\"}";
        const double before = sample(httpGet(m_server->port(), "/metrics"), metric);
        const qsizetype logged = logContaining(reason).size();

        TestClient bystander;
        QVERIFY(bystander.open(m_server->url(u"/ws/echo"_s)));
        RawClient raw;
        QVERIFY(raw.connectTo(m_server->port()));
        raw.socket.write(request);
        QElapsedTimer t;
        t.start();
        QVERIFY(raw.waitDisconnected(5000));
        QVERIFY2(t.elapsed() < 5000, "waited for the handshake timeout");
        const QByteArray answer = raw.buffer();
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.constData());
        QVERIFY2(answer.contains(reason.toUtf8()), answer.constData());
        QTRY_COMPARE(logContaining(reason).size(), logged + 1);
        QCOMPARE(sample(httpGet(m_server->port(), "/metrics"), metric), before + 1);
        bystander.send(u"still here"_s);
        QCOMPARE(bystander.next(), u"Message text was: still here"_s);
    }

    // Up to the documented 16 KiB total, and 100 lines, are accepted (Qt alone allows 8 KiB a line).
    void acceptedUpToTheLimits()
    {
        RawClient hundred;
        QByteArray filler;
        for (int i = 0; i < 95; ++i)
            filler += "X-Filler-" + QByteArray::number(i) + ": y\r\n";
        QVERIFY(hundred.handshake(m_server->port(), "/ws/echo", {}, filler));   // 5 + 95 fields
        hundred.sendFrame(0x1, "hi");
        const auto echo = hundred.nextFrame();
        QVERIFY(echo);
        QCOMPARE(echo->payload, QByteArray("Message text was: hi"));

        // A 12 KB JWT in Authorization (the user's name makes it long).
        const QString name(9200, u'n');
        const QString jwt = SocketScope::Jwt::sign(
            SocketScope::Jwt::Claims{1, name, u"admin"_s, QDateTime::currentSecsSinceEpoch() + 60},
            m_server->config().jwtSecret.toUtf8());
        QVERIFY(jwt.size() > 12'000);
        RawClient big;
        QVERIFY2(big.handshake(m_server->port(), "/ws", {}, "Authorization: Bearer " + jwt.toLatin1() + "\r\n"),
                 big.response.constData());
        const auto welcome = big.nextFrame();
        QVERIFY(welcome);
        QVERIFY2(welcome->payload.contains("\"auth_method\":\"header\""), welcome->payload.constData());
        QVERIFY(welcome->payload.contains("\"username\":\"alice\""));
    }

    // One address held every descriptor with bare TCP connections despite --max-per-address.
    void bareConnectionsCountPerAddress()
    {
        auto cfg = testConfig();
        cfg.maxPerAddress = 5;
        cfg.handshakeTimeout = SocketScope::Milliseconds(30'000);
        TestServer server(cfg);
        QVERIFY(server.start());
        std::vector<std::unique_ptr<QTcpSocket>> bare;
        for (int i = 0; i < 40; ++i) {
            bare.push_back(std::make_unique<QTcpSocket>());
            bare.back()->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(bare.back()->waitForConnected(5000));
        }
        const auto open = [&] {
            return std::count_if(bare.begin(), bare.end(), [](const auto &s) {
                return s->state() == QAbstractSocket::ConnectedState;
            });
        };
        // The first 5 wait for their handshake; 8 more get a short deadline; the rest are closed now.
        QTRY_COMPARE_WITH_TIMEOUT(open(), 13, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(open(), 5, 5000);
        const QByteArray metrics = httpGet(server.port(), "/metrics");   // a 6th: it is answered
        QVERIFY2(sample(metrics, "socketscope_rejections_total{reason=\"capacity_per_address\"}") >= 27, metrics.constData());

        // Another address is not affected.
        RawClient other;
        QVERIFY(other.socket.bind(QHostAddress(u"127.0.0.2"_s)));
        QVERIFY2(other.handshake(server.port(), "/ws/echo"), other.response.constData());
        other.sendFrame(0x1, "x");
        QVERIFY(other.nextFrame());

        // The same address, over its limit: the WebSocket client still learns why (1013).
        RawClient over;
        QVERIFY(over.handshake(server.port(), "/ws/echo"));
        const auto close = over.nextFrameOf(0x8);
        QVERIFY(close);
        QCOMPARE(close->closeCode(), 1013);

        bare.clear();
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            RawClient again;
            if (!again.handshake(server.port(), "/ws/echo"))
                return false;
            again.sendFrame(0x1, "y");
            const auto f = again.nextFrame(1000);
            return f && f->opcode == 0x1;
        }(), 5000);
    }

    // Out of descriptors: the server paused accepting for good (or spun); now it pauses briefly,
    // logs once, counts it, and accepts again when descriptors are free.
    void outOfDescriptors()
    {
        TestServer server;
        QVERIFY(server.start());
        const quint16 port = server.port();
        const qsizetype logged = logContaining(u"cannot accept connections"_s).size();

        // Sockets made while descriptors are free; connected once they are not.
        std::vector<int> fds;
        for (int i = 0; i < 20; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            QVERIFY(fd >= 0);
            fds.push_back(fd);
        }
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        const int lowestFree = ::dup(0);
        QVERIFY(lowestFree >= 0);
        ::close(lowestFree);
        rlimit tight = saved;
        tight.rlim_cur = rlim_t(lowestFree);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &tight), 0);
        auto restore = qScopeGuard([&] { setrlimit(RLIMIT_NOFILE, &saved); });
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        for (const int fd : fds)
            ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr);
        QTRY_COMPARE_WITH_TIMEOUT(logContaining(u"cannot accept connections"_s).size(), logged + 1, 5000);
        QTest::qWait(1000);   // a second out of descriptors: one line, a few pauses, no spinning
        QCOMPARE(logContaining(u"cannot accept connections"_s).size(), logged + 1);
        restore.dismiss();
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &saved), 0);
        for (const int fd : fds)
            ::close(fd);

        const QByteArray metrics = httpGet(port, "/metrics");
        const double pauses = sample(metrics, "socketscope_accept_pauses_total");
        QVERIFY2(pauses >= 1 && pauses <= 12, metrics.constData());
        TestClient c;
        QVERIFY(c.open(server.url(u"/ws/echo"_s)));
        c.send(u"back"_s);
        QCOMPARE(c.next(), u"Message text was: back"_s);
    }
};

QTEST_GUILESS_MAIN(tst_FrontDoor)
#include "tst_frontdoor.moc"
