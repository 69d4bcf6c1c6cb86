// SPEC §9 with nodes as processes: a real redis-server and three `socketscope --headless`
// processes, checked from outside as an operator would, with WebSocket and HTTP clients only.
// The test functions run in order on one cluster started in initTestCase.

#include "support/rawclient.h"
#include "support/redisserver.h"
#include "support/requiredep.h"
#include "support/testclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QList<std::pair<QByteArray, QByteArray>> BobCookie = {{"Cookie", "session_id=xyz789"}};

QJsonObject healthz(quint16 port)
{
    RawClient c;
    if (!c.connectTo(port))
        return {};
    c.socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    if (!c.waitDisconnected())
        return {};
    const QByteArray r = c.buffer();
    return QJsonDocument::fromJson(r.mid(r.indexOf("\r\n\r\n") + 4)).object();
}

struct Node
{
    QString name;
    quint16 port = 0;
    std::shared_ptr<QProcess> process;
    QUrl url(const QString &pathAndQuery) const { return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(port).arg(pathAndQuery)); }
};

} // namespace

class tst_ClusterProcs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    RedisServer m_redis;
    QList<Node> m_nodes;
    TestClient m_admin;   // on node A

    bool startNode(const QString &name)
    {
        Node n;
        n.name = name;
        n.port = freePort();
        n.process = std::make_shared<QProcess>();
        n.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        n.process->start(QStringLiteral(SOCKETSCOPE_BINARY),
                         {u"--headless"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(n.port), u"--db"_s,
                          m_dir.filePath(name + u".sqlite"_s), u"--node-name"_s, name, u"--redis"_s, m_redis.url(),
                          u"--jwt-secret"_s, u"test-secret-0123456789abcdef"_s, u"--connect-rate"_s, u"0"_s, u"--rate-limit"_s, u"100000"_s});
        if (!n.process->waitForStarted(5000))
            return false;
        m_nodes.append(std::move(n));
        return true;
    }

    bool clusterOf(const QList<int> &alive, int timeoutMs)
    {
        return QTest::qWaitFor([&] {
            for (int i : alive) {
                const QJsonObject h = healthz(m_nodes[i].port);
                if (h.value("redis"_L1).toString() != u"up"_s || h.value("cluster_nodes"_L1).toInt() != alive.size())
                    return false;
            }
            return true;
        }, timeoutMs);
    }

    // One admin command on node A's /ws/admin, its answer.
    QJsonObject admin(const QString &command)
    {
        const qsizetype before = m_admin.texts.size();
        m_admin.send(command);
        if (!m_admin.waitTexts(before + 1))
            return {};
        return QJsonDocument::fromJson(m_admin.texts.at(before).toUtf8()).object();
    }

    QJsonArray connections() { return admin(uR"({"type":"list_connections"})"_s).value("connections"_L1).toArray(); }

    static int rowsOf(const QJsonArray &rows, const QString &node)
    {
        int n = 0;
        for (const QJsonValue &v : rows)
            n += v.toObject().value("node"_L1).toString() == node ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SOCKETSCOPE_REQUIRE_DEP(!RedisServer::program().isEmpty(), "redis-server (Debian package redis-server)");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_redis.start());
        for (const QString &name : {u"node-a"_s, u"node-b"_s, u"node-c"_s})
            QVERIFY(startNode(name));
        QVERIFY2(clusterOf({0, 1, 2}, 15000), "three nodes did not see each other");
        QVERIFY(m_admin.open(m_nodes[0].url(u"/ws/admin?token=valid-token"_s)));
        QVERIFY(m_admin.next().contains(u"Admin access granted"_s));
    }

    void cleanupTestCase()
    {
        m_admin.ws.abort();
        for (Node &n : m_nodes) {
            if (n.process->state() == QProcess::NotRunning)
                continue;
            n.process->terminate();
            if (!n.process->waitForFinished(5000))
                n.process->kill();
        }
    }

    void roomMessageCrossesNodes()
    {
        TestClient john, alice, bob;
        QVERIFY(john.open(m_nodes[0].url(u"/ws/room/lobby?token=secret-token"_s)));
        QCOMPARE(john.next(), u"john_doe joined the room"_s);
        QVERIFY(alice.open(m_nodes[1].url(u"/ws/room/lobby?token=valid-token"_s)));
        QCOMPARE(alice.next(), u"alice joined the room"_s);
        QVERIFY(bob.open(m_nodes[2].url(u"/ws/room/lobby"_s), BobCookie));
        QCOMPARE(bob.next(), u"bob joined the room"_s);
        john.send(u"hello from A"_s);
        QTRY_VERIFY(alice.texts.contains(u"john_doe: hello from A"_s));
        QTRY_VERIFY(bob.texts.contains(u"john_doe: hello from A"_s));
    }

    // list_connections on A has every node's clients, each with its node; a kick on A of a
    // connection named by node + id closes it on C.
    void listAndKickAcrossNodes()
    {
        TestClient onB, onC;
        QVERIFY(onB.open(m_nodes[1].url(u"/ws?token=secret-token"_s)));
        QVERIFY(onC.open(m_nodes[2].url(u"/ws"_s), BobCookie));
        QVERIFY(onB.next().contains(u"welcome"_s));
        QVERIFY(onC.next().contains(u"welcome"_s));
        QJsonArray rows;
        QTRY_VERIFY2_WITH_TIMEOUT((rows = connections(), rowsOf(rows, u"node-b"_s) == 1 && rowsOf(rows, u"node-c"_s) == 1),
                                  QJsonDocument(rows).toJson(QJsonDocument::Compact).constData(), 5000);
        QCOMPARE(rowsOf(rows, u"node-a"_s), 1);   // the admin itself
        qint64 id = -1;
        for (const QJsonValue &v : std::as_const(rows)) {
            const QJsonObject o = v.toObject();
            if (o.value("node"_L1).toString() == u"node-c"_s)
                id = o.value("id"_L1).toInteger();
        }
        QVERIFY(id > 0);
        const QJsonObject r = admin(uR"({"type":"kick","connection_id":%1,"node":"node-c"})"_s.arg(id));
        QVERIFY2(r.value("ok"_L1).toBool(), QJsonDocument(r).toJson().constData());
        QVERIFY(onC.waitClosed());
        QCOMPARE(onC.closeCode, 1008);
        QVERIFY(!onB.disconnected);
    }

    // A node killed with SIGKILL (no goodbye): its connections leave the others' view once
    // its presence expires (3 s).
    void killedNodeLeaves()
    {
        TestClient onB;
        QVERIFY(onB.open(m_nodes[1].url(u"/ws?token=secret-token"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(connections(), u"node-b"_s) == 1, 5000);
        ::kill(pid_t(m_nodes[1].process->processId()), SIGKILL);
        QVERIFY(m_nodes[1].process->waitForFinished(5000));
        QElapsedTimer gone;
        gone.start();
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(connections(), u"node-b"_s), 0, 6000);
        qInfo() << "node-b's connections left node-a's list" << gone.elapsed() << "ms after SIGKILL";
        QVERIFY(clusterOf({0, 2}, 5000));
    }

    // redis-server killed and started again on its port: the nodes rejoin without a restart.
    void redisRestartRejoins()
    {
        m_redis.kill();
        QTRY_COMPARE_WITH_TIMEOUT(healthz(m_nodes[0].port).value("redis"_L1).toString(), u"down"_s, 10000);
        QVERIFY(m_redis.start());
        QVERIFY2(clusterOf({0, 2}, 15000), "the nodes did not rejoin");
        TestClient john, bob;
        QVERIFY(john.open(m_nodes[0].url(u"/ws/room/after?token=secret-token"_s)));
        QCOMPARE(john.next(), u"john_doe joined the room"_s);
        QVERIFY(bob.open(m_nodes[2].url(u"/ws/room/after"_s), BobCookie));
        QCOMPARE(bob.next(), u"bob joined the room"_s);
        john.send(u"after the restart"_s);
        QTRY_VERIFY(bob.texts.contains(u"john_doe: after the restart"_s));
    }
};

QTEST_MAIN(tst_ClusterProcs)
#include "tst_clusterprocs.moc"
