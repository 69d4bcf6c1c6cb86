// SPEC §9: three nodes (three servers on three threads in this process) and a real
// redis-server on a free port, started, killed and restarted by the test.

#include "support/logcapture.h"
#include "support/redisserver.h"
#include "support/requiredep.h"
#include "support/rawclient.h"
#include "support/redisserver.h"
#include "support/testclient.h"
#include "support/testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QMutex>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using SocketScope::AdminCommand;

namespace {

const QList<std::pair<QByteArray, QByteArray>> BobCookie = {{"Cookie", "session_id=xyz789"}};

QJsonObject healthz(quint16 port)
{
    return QJsonDocument::fromJson(httpGetBody(port, "/healthz")).object();
}

double sample(const QByteArray &text, const QByteArray &name)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toDouble();
    }
    return -1;
}

QJsonObject answer(const SocketScope::AdminResult &r)
{
    return QJsonDocument::fromJson(r.json).object();
}

// Connection rows of list_connections on `n`, by node name.
QMap<QString, int> rowsByNode(TestServer &n)
{
    AdminCommand c;
    c.type = AdminCommand::Type::ListConnections;
    QMap<QString, int> out;
    for (const QJsonValue &v : answer(n.execute(c)).value("connections"_L1).toArray())
        ++out[v.toObject().value("node"_L1).toString()];
    return out;
}

} // namespace

class tst_Cluster : public QObject
{
    Q_OBJECT

    std::unique_ptr<RedisServer> m_redis;
    QList<std::shared_ptr<TestServer>> m_nodes;

    std::shared_ptr<TestServer> startNode(const QString &name, int rateLimit = 1000, const QString &redisUrl = {},
                                          const QString &passwordFile = {})
    {
        SocketScope::ServerConfig c = testConfig();
        c.redisUrl = redisUrl.isEmpty() ? m_redis->url() : redisUrl;
        c.redisPasswordFile = passwordFile;
        c.nodeName = name;
        c.rateLimit = rateLimit;
        auto node = std::make_shared<TestServer>(c);
        if (!node->start())
            return {};
        return node;
    }

    // Until every node sees the others (presence), so that cluster-wide answers are complete.
    bool startCluster(int rateLimit = 1000)
    {
        m_nodes.clear();
        for (const QString &name : {u"node-a"_s, u"node-b"_s, u"node-c"_s}) {
            auto n = startNode(name, rateLimit);
            if (!n)
                return false;
            m_nodes.append(n);
        }
        return QTest::qWaitFor([this] {
            for (const auto &n : std::as_const(m_nodes)) {
                if (healthz(n->port()).value("cluster_nodes"_L1).toInt() != 3)
                    return false;
            }
            return true;
        }, 15000);
    }

    TestServer &node(int i) { return *m_nodes.at(i); }

private Q_SLOTS:
    void initTestCase() { startLogCapture(); }
    void cleanupTestCase() { stopLogCapture(); }

    void init()
    {
        SOCKETSCOPE_REQUIRE_DEP(!RedisServer::program().isEmpty(), "redis-server (Debian package redis-server)");
        m_redis = std::make_unique<RedisServer>();
        QVERIFY(m_redis->start());
    }

    void cleanup()
    {
        m_nodes.clear();
        m_redis.reset();
    }

    // (1) The link: up, Redis killed (degraded, local clients still served), Redis back
    // (rejoined by itself, counted as a reconnect).
    void linkDegradesAndRejoins()
    {
        auto a = startNode(u"node-a"_s);
        QVERIFY(a);
        QTRY_COMPARE_WITH_TIMEOUT(healthz(a->port()).value("redis"_L1).toString(), u"up"_s, 10000);
        QJsonObject h = healthz(a->port());
        QCOMPARE(h.value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(h.value("node"_L1).toString(), u"node-a"_s);
        QByteArray metrics = httpGetBody(a->port(), "/metrics");
        QCOMPARE(sample(metrics, "socketscope_redis_up"), 1.0);
        QCOMPARE(sample(metrics, "socketscope_redis_reconnects_total"), 0.0);

        TestClient john;
        QVERIFY(john.open(a->url(u"/ws?token=secret-token"_s)));
        QVERIFY(john.next().contains(u"welcome"_s));

        m_redis->kill();
        QTRY_COMPARE_WITH_TIMEOUT(healthz(a->port()).value("redis"_L1).toString(), u"down"_s, 10000);
        h = healthz(a->port());
        QCOMPARE(h.value("status"_L1).toString(), u"degraded"_s);
        QCOMPARE(sample(httpGetBody(a->port(), "/metrics"), "socketscope_redis_up"), 0.0);
        // Still serving its own clients, with the local rate budget.
        john.send(u"still here"_s);
        QCOMPARE(john.next(), u"User 123: still here"_s);

        QVERIFY(m_redis->start());
        QTRY_COMPARE_WITH_TIMEOUT(healthz(a->port()).value("redis"_L1).toString(), u"up"_s, 15000);
        QCOMPARE(healthz(a->port()).value("status"_L1).toString(), u"ok"_s);
        metrics = httpGetBody(a->port(), "/metrics");
        QCOMPARE(sample(metrics, "socketscope_redis_up"), 1.0);
        QCOMPARE(sample(metrics, "socketscope_redis_reconnects_total"), 1.0);
        john.send(u"after"_s);
        QCOMPARE(john.next(), u"User 123: after"_s);
        QVERIFY(!john.disconnected);
    }

    // A Redis that is not there at start: the node serves alone and joins when it comes.
    void redisLaterThanNode()
    {
        m_redis->kill();
        auto a = startNode(u"node-a"_s);
        QVERIFY(a);
        QCOMPARE(healthz(a->port()).value("status"_L1).toString(), u"degraded"_s);
        TestClient echo;
        QVERIFY(echo.open(a->url(u"/ws/echo"_s)));
        echo.send(u"x"_s);
        QCOMPARE(echo.next(), u"Message text was: x"_s);
        QVERIFY(m_redis->start());
        QTRY_COMPARE_WITH_TIMEOUT(healthz(a->port()).value("redis"_L1).toString(), u"up"_s, 15000);
    }

    // Three nodes, Redis killed mid-test: each node keeps its own room going; Redis back, the
    // nodes rejoin by themselves and the room crosses them again.
    void clusterSurvivesRedisRestart()
    {
        QVERIFY(startCluster());
        TestClient a1, a2, c1;
        QVERIFY(a1.open(node(0).url(u"/ws/room/r?token=secret-token"_s)));
        QVERIFY(a2.open(node(0).url(u"/ws/room/r?token=valid-token"_s)));
        QVERIFY(c1.open(node(2).url(u"/ws/room/r"_s), BobCookie));
        QTRY_COMPARE(a1.texts.size(), 3);
        QTRY_COMPARE(a2.texts.size(), 2);
        QCOMPARE(c1.next(), u"bob joined the room"_s);
        a1.send(u"one"_s);
        QTRY_VERIFY(a2.texts.contains(u"john_doe: one"_s));
        QCOMPARE(c1.next(), u"john_doe: one"_s);

        m_redis->kill();
        for (const auto &n : std::as_const(m_nodes))
            QTRY_COMPARE_WITH_TIMEOUT(healthz(n->port()).value("status"_L1).toString(), u"degraded"_s, 10000);
        const qsizetype before = c1.texts.size();
        a1.send(u"two"_s);
        QTRY_VERIFY(a2.texts.contains(u"john_doe: two"_s));   // the node's own members still get it
        QVERIFY(!c1.waitTexts(before + 1, 500));               // nothing crosses without Redis

        QVERIFY(m_redis->start());
        QVERIFY(QTest::qWaitFor([this] {
            for (const auto &n : std::as_const(m_nodes)) {
                if (healthz(n->port()).value("cluster_nodes"_L1).toInt() != 3)
                    return false;
            }
            return true;
        }, 20000));
        a1.send(u"three"_s);
        QTRY_VERIFY(c1.texts.contains(u"john_doe: three"_s));
        QCOMPARE(sample(httpGetBody(node(2).port(), "/metrics"), "socketscope_redis_reconnects_total"), 1.0);
    }

    // Issue 17: AUTH with a password (URL or file) and with a Redis 6 ACL user; a wrong one
    // leaves the node local-only with one clear log line, and no password is ever shown.
    void redisAuth()
    {
        m_redis->kill();
        QTemporaryDir dir;
        QFile acl(dir.filePath(u"users.acl"_s));
        QVERIFY(acl.open(QIODevice::WriteOnly));
        acl.write("user default on >s3cr3t-pw ~* &* +@all\n"
                  "user ws-node on >acl-pw-1 ~socketscope:* &socketscope:* +@all\n");
        acl.close();
        QVERIFY(m_redis->start({u"--aclfile"_s, acl.fileName()}));
        QFile file(dir.filePath(u"redis-password"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("s3cr3t-pw\n");
        file.close();

        auto a = startNode(u"node-a"_s, 1000, m_redis->url(u":s3cr3t-pw"_s));
        auto b = startNode(u"node-b"_s, 1000, m_redis->url(), file.fileName());
        auto c = startNode(u"node-c"_s, 1000, m_redis->url(u"ws-node:acl-pw-1"_s));
        QVERIFY(a && b && c);
        for (const auto &n : {a, b, c})
            QTRY_COMPARE_WITH_TIMEOUT(healthz(n->port()).value("cluster_nodes"_L1).toInt(), 3, 10000);
        TestClient john, bob;
        QVERIFY(john.open(a->url(u"/ws/room/r?token=secret-token"_s)));
        QCOMPARE(john.next(), u"john_doe joined the room"_s);
        QVERIFY(bob.open(c->url(u"/ws/room/r"_s), BobCookie));
        QCOMPARE(bob.next(), u"bob joined the room"_s);
        john.send(u"through an ACL user"_s);
        QCOMPARE(bob.next(), u"john_doe: through an ACL user"_s);

        const qsizetype refusedBefore = logged(u"Redis refused the password"_s);
        auto wrong = startNode(u"node-w"_s, 1000, m_redis->url(u":wrong-pw"_s));
        auto none = startNode(u"node-n"_s, 1000, m_redis->url());
        QVERIFY(wrong && none);
        QTRY_COMPARE_WITH_TIMEOUT(logged(u"Redis refused the password"_s), refusedBefore + 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(logged(u"Redis wants a password"_s) >= 1, 5000);
        for (const auto &n : {wrong, none}) {
            const QJsonObject h = healthz(n->port());
            QCOMPARE(h.value("status"_L1).toString(), u"degraded"_s);
            QCOMPARE(h.value("redis"_L1).toString(), u"down"_s);
            QCOMPARE(sample(httpGetBody(n->port(), "/metrics"), "socketscope_redis_up"), 0.0);
        }
        // It keeps retrying (backoff from 250 ms) but says it once.
        QTest::qWait(1500);
        QCOMPARE(logged(u"Redis refused the password"_s), refusedBefore + 1);
        QCOMPARE(healthz(a->port()).value("cluster_nodes"_L1).toInt(), 3);

        // Never shown: not in logs, /healthz, /metrics, stats, the link's URL.
        AdminCommand stats;
        stats.type = AdminCommand::Type::Stats;
        const QByteArray shown = httpGetBody(a->port(), "/healthz") + httpGetBody(a->port(), "/metrics")
            + httpGetBody(c->port(), "/metrics") + a->execute(stats).json + wrong->execute(stats).json;
        const QString all = wholeLog() + QString::fromUtf8(shown);
        for (const QString &secret : {u"s3cr3t-pw"_s, u"acl-pw-1"_s, u"wrong-pw"_s})
            QVERIFY2(!all.contains(secret), qPrintable(secret));
        QVERIFY(all.contains(u"redis://ws-node:***@127.0.0.1:"_s));
    }

    // Issue 17: two running nodes with one --node-name. The second stays out of the cluster
    // (local-only, says why) instead of overwriting the first one's presence, and joins once
    // the first one is gone.
    void duplicateNodeName()
    {
        auto first = startNode(u"node-a"_s);
        auto c = startNode(u"node-c"_s);
        QVERIFY(first && c);
        QTRY_COMPARE_WITH_TIMEOUT(healthz(c->port()).value("cluster_nodes"_L1).toInt(), 2, 10000);
        TestClient one;
        QVERIFY(one.open(first->url(u"/ws?token=secret-token"_s)));

        const qsizetype before = logged(u"node name node-a is in use"_s);
        auto second = startNode(u"node-a"_s);
        QVERIFY(second);
        TestClient two, three;
        QVERIFY(two.open(second->url(u"/ws?token=secret-token"_s)));
        QVERIFY(three.open(second->url(u"/ws?token=valid-token"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(healthz(second->port()).value("redis"_L1).toString(), u"name_in_use"_s, 5000);
        QCOMPARE(healthz(second->port()).value("status"_L1).toString(), u"degraded"_s);
        QCOMPARE(sample(httpGetBody(second->port(), "/metrics"), "socketscope_cluster_name_in_use"), 1.0);
        QCOMPARE(sample(httpGetBody(second->port(), "/metrics"), "socketscope_redis_up"), 0.0);
        QCOMPARE(healthz(first->port()).value("redis"_L1).toString(), u"up"_s);
        QCOMPARE(sample(httpGetBody(first->port(), "/metrics"), "socketscope_cluster_name_in_use"), 0.0);

        // Over several beats node C sees the first node-a only (one connection), never the
        // second's two.
        QTRY_COMPARE_WITH_TIMEOUT(rowsByNode(*c).value(u"node-a"_s), 1, 5000);
        for (int i = 0; i < 6; ++i) {
            const QMap<QString, int> rows = rowsByNode(*c);
            QCOMPARE(rows.value(u"node-a"_s), 1);
            QCOMPARE(healthz(c->port()).value("cluster_nodes"_L1).toInt(), 2);
            QTest::qWait(500);
        }
        QCOMPARE(logged(u"node name node-a is in use"_s), before + 1);   // once, not each retry

        // The first one stops: the second takes the name within a beat or two.
        first.reset();
        QTRY_COMPARE_WITH_TIMEOUT(healthz(second->port()).value("redis"_L1).toString(), u"up"_s, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rowsByNode(*c).value(u"node-a"_s), 2, 5000);
    }

    // Audit rows name the node that wrote them.
    void auditRowsCarryTheNode()
    {
        QVERIFY(startCluster());
        TestClient john;
        QVERIFY(john.open(node(1).url(u"/ws?token=secret-token"_s)));
        john.ws.close();
        QVERIFY(john.waitClosed());
        SocketScope::Store store;
        QString error;
        QVERIFY2(store.open(node(1).dbPath(), &error), qPrintable(error));
        const auto closeRowWithNode = [&store] {
            const QList<SocketScope::AuditEntry> rows = store.audit(0);
            return std::any_of(rows.cbegin(), rows.cend(), [](const SocketScope::AuditEntry &e) {
                return e.kind == u"connection_close"_s && e.node == u"node-b"_s;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(closeRowWithNode(), 5000);
    }

    // (2) Rooms and the connection manager: messages, joins and leaves cross all three nodes.
    void roomAcrossThreeNodes()
    {
        QVERIFY(startCluster());
        TestClient john, alice, bob;
        QVERIFY(john.open(node(0).url(u"/ws/room/lobby?token=secret-token"_s)));
        QCOMPARE(john.next(), u"john_doe joined the room"_s);
        QVERIFY(alice.open(node(1).url(u"/ws/room/lobby?token=valid-token"_s)));
        QCOMPARE(alice.next(), u"alice joined the room"_s);
        QCOMPARE(john.next(), u"alice joined the room"_s);
        QVERIFY(bob.open(node(2).url(u"/ws/room/lobby"_s), BobCookie));
        QCOMPARE(bob.next(), u"bob joined the room"_s);
        QCOMPARE(john.next(), u"bob joined the room"_s);
        QCOMPARE(alice.next(), u"bob joined the room"_s);

        john.send(u"hello from A"_s);
        QCOMPARE(alice.next(), u"john_doe: hello from A"_s);
        QCOMPARE(bob.next(), u"john_doe: hello from A"_s);
        bob.send(u"hi from C"_s);
        QCOMPARE(john.next(), u"bob: hi from C"_s);
        QCOMPARE(alice.next(), u"bob: hi from C"_s);
        // The sender never gets its own room message back, not even through Redis.
        QVERIFY(!john.waitTexts(john.texts.size() + 1, 300) || john.texts.constLast() != u"john_doe: hello from A"_s);

        // Another room stays apart.
        TestClient other;
        QVERIFY(other.open(node(1).url(u"/ws/room/other?token=secret-token"_s)));
        QCOMPARE(other.next(), u"john_doe joined the room"_s);

        alice.ws.close();
        QCOMPARE(john.next(), u"alice left the room"_s);
        QCOMPARE(bob.next(), u"alice left the room"_s);
        QCOMPARE(other.unread(), 0);
    }

    void managerAcrossNodes()
    {
        QVERIFY(startCluster());
        TestClient john, bob;
        QVERIFY(john.open(node(0).url(u"/ws/1?token=secret-token"_s)));
        QCOMPARE(john.next(), u"User john_doe joined"_s);
        QVERIFY(bob.open(node(2).url(u"/ws/2"_s), BobCookie));
        QCOMPARE(bob.next(), u"User bob joined"_s);
        QCOMPARE(john.next(), u"User bob joined"_s);
        john.send(u"x"_s);
        QCOMPARE(john.next(), u"You: x"_s);
        QCOMPARE(john.next(), u"john_doe: x"_s);
        QCOMPARE(bob.next(), u"john_doe: x"_s);
        bob.ws.close();
        QCOMPARE(john.next(), u"User bob left"_s);
    }

    // (3) Topics, broadcast, send to user, kick by node + id, kick by user, ban.
    void topicsAndAdminAcrossNodes()
    {
        QVERIFY(startCluster());
        TestClient sub, pub;
        QVERIFY(sub.open(node(2).url(u"/ws/subscribe/news?token=secret-token"_s)));
        QVERIFY(pub.open(node(0).url(u"/ws/subscribe/news?token=valid-token"_s)));
        const QString data = uR"({"n": 1, "s":"ü"})"_s;
        pub.send(uR"({"type":"publish","data":)"_s + data + u"}"_s);
        QCOMPARE(sub.next(), data);
        QCOMPARE(pub.next(), data);

        // Results count the cluster, from the nodes' presence: wait until node B sees both.
        AdminCommand c;
        c.type = AdminCommand::Type::ListTopics;
        QTRY_COMPARE_WITH_TIMEOUT(answer(node(1).execute(c)).value("topics"_L1).toArray().at(0).toObject()
                                      .value("count"_L1).toInt(), 2, 5000);
        c = {};
        c.type = AdminCommand::Type::Publish;
        c.topic = u"news"_s;
        c.data = R"({"from":"admin"})";
        SocketScope::AdminResult r = node(1).execute(c);
        QVERIFY2(r.ok, r.json.constData());
        QCOMPARE(answer(r).value("recipients"_L1).toInt(), 2);
        QCOMPARE(sub.next(), uR"({"from":"admin"})"_s);
        QCOMPARE(pub.next(), uR"({"from":"admin"})"_s);

        c = {};
        c.type = AdminCommand::Type::Broadcast;
        c.text = u"to everyone"_s;
        r = node(1).execute(c);
        QVERIFY(r.ok);
        QCOMPARE(sub.next(), u"to everyone"_s);
        QCOMPARE(pub.next(), u"to everyone"_s);
        QCOMPARE(answer(r).value("recipients"_L1).toInt(), 2);

        c = {};
        c.type = AdminCommand::Type::SendToUser;
        c.userId = 123;
        c.text = u"for john"_s;
        r = node(0).execute(c);
        QVERIFY(r.ok);
        QCOMPARE(sub.next(), u"for john"_s);

        // Kick a connection named by node + id, from node A, on node C.
        c = {};
        c.type = AdminCommand::Type::ListConnections;
        const QJsonArray rows = answer(node(0).execute(c)).value("connections"_L1).toArray();
        quint64 subId = 0;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QVERIFY2(o.contains("node"_L1), "every row carries its node");
            if (o.value("node"_L1).toString() == u"node-c"_s && o.value("username"_L1).toString() == u"john_doe"_s)
                subId = quint64(o.value("id"_L1).toInteger());
        }
        QVERIFY(subId > 0);
        c = {};
        c.type = AdminCommand::Type::KickConnection;
        c.connectionId = subId;
        c.node = u"node-c"_s;
        r = node(0).execute(c);
        QVERIFY2(r.ok, r.json.constData());
        QVERIFY(sub.waitClosed());
        QCOMPARE(sub.closeCode, 1008);
        QCOMPARE(sub.closeReason, u"Kicked by admin"_s);
        QVERIFY(!pub.disconnected);

        c.node = u"node-x"_s;
        r = node(0).execute(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, u"Unknown node node-x"_s);

        // Kick by user on another node.
        TestClient john2;
        QVERIFY(john2.open(node(1).url(u"/ws?token=secret-token"_s)));
        c = {};
        c.type = AdminCommand::Type::KickUser;
        c.userId = 123;
        c.code = 4001;
        c.reason = u"go"_s;
        r = node(2).execute(c);
        QVERIFY(r.ok);
        QVERIFY(john2.waitClosed());
        QCOMPARE(john2.closeCode, 4001);
        QCOMPARE(john2.closeReason, u"go"_s);

        // A ban on node C closes the user's connections on node B.
        TestClient bob;
        QVERIFY(bob.open(node(1).url(u"/ws"_s), BobCookie));
        c = {};
        c.type = AdminCommand::Type::Ban;
        c.userId = 2;
        c.durationMs = 60'000;
        c.reason = u"Banned"_s;
        r = node(2).execute(c);
        QVERIFY2(r.ok, r.json.constData());
        QVERIFY(bob.waitClosed());
        QCOMPARE(bob.closeCode, 1008);
        QCOMPARE(bob.closeReason, u"Banned"_s);
    }

    // (4) One budget per user for the whole cluster.
    void rateLimitAcrossNodes()
    {
        QVERIFY(startCluster(4));
        TestClient a, b, c;
        QVERIFY(a.open(node(0).url(u"/ws?token=secret-token"_s)));
        QVERIFY(b.open(node(1).url(u"/ws?token=secret-token"_s)));
        QVERIFY(c.open(node(2).url(u"/ws?token=secret-token"_s)));
        for (TestClient *t : {&a, &b, &c})
            QVERIFY(t->next().contains(u"welcome"_s));
        int allowed = 0;
        int refused = 0;
        const auto sendAndCount = [&](TestClient &t, const QString &text) {
            t.send(text);
            const QString got = t.next();
            if (got == u"User 123: "_s + text)
                ++allowed;
            else if (got.contains(u"Rate limit exceeded"_s))
                ++refused;
        };
        for (int i = 0; i < 2; ++i) {
            sendAndCount(a, u"a%1"_s.arg(i));
            sendAndCount(b, u"b%1"_s.arg(i));
            sendAndCount(c, u"c%1"_s.arg(i));
        }
        QCOMPARE(allowed, 4);
        QCOMPARE(refused, 2);
        const QJsonObject err = QJsonDocument::fromJson(c.texts.constLast().toUtf8()).object();
        QVERIFY(err.value("retry_after_ms"_L1).toInteger() > 0);

        // set_rate_limit on one node applies on all of them.
        AdminCommand cmd;
        cmd.type = AdminCommand::Type::SetRateLimit;
        cmd.limit = 100;
        cmd.windowMs = 60'000;
        QVERIFY(node(0).execute(cmd).ok);
        cmd = {};
        cmd.type = AdminCommand::Type::Stats;
        QTRY_COMPARE(answer(node(2).execute(cmd)).value("stats"_L1).toObject().value("rate_limit"_L1).toObject()
                         .value("limit"_L1).toInt(), 100);
        c.send(u"again"_s);
        QCOMPARE(c.next(), u"User 123: again"_s);
    }

    // Joins and leaves cost one message of the budget (docs/protocol.md), and that budget is the
    // cluster's: a user joining on two nodes runs out after `limit` joins in all.
    void joinsChargeTheClusterBudget()
    {
        QVERIFY(startCluster(3));
        TestClient watcher;
        QVERIFY(watcher.open(node(2).url(u"/ws/room/r"_s), BobCookie));
        QCOMPARE(watcher.next(), u"bob joined the room"_s);
        TestClient j1, j2, j3, j4;
        QVERIFY(j1.open(node(0).url(u"/ws/room/r?token=secret-token"_s)));
        QCOMPARE(j1.next(), u"john_doe joined the room"_s);
        QVERIFY(j2.open(node(1).url(u"/ws/room/r?token=secret-token"_s)));
        QCOMPARE(j2.next(), u"john_doe joined the room"_s);
        QVERIFY(j3.open(node(0).url(u"/ws/room/r?token=secret-token"_s)));
        QCOMPARE(j3.next(), u"john_doe joined the room"_s);
        QTRY_COMPARE(watcher.texts.size(), 4);
        // The fourth join, on node B, which has seen only one of them itself.
        QVERIFY(j4.open(node(1).url(u"/ws/room/r?token=secret-token"_s)));
        QVERIFY2(j4.next().contains(u"Rate limit exceeded"_s), qPrintable(j4.texts.join(u'|')));
        QVERIFY(!watcher.waitTexts(5, 300));   // not announced to the room
        // Nor is its leave; the others' leaves are (each counted, over the budget or not).
        j4.ws.close();
        QVERIFY(j4.waitClosed());
        j1.ws.close();
        QTRY_COMPARE(watcher.texts.size(), 5);
        QCOMPARE(watcher.texts.constLast(), u"john_doe left the room"_s);
        QVERIFY(!watcher.waitTexts(6, 300));
    }

    // (5) Cluster-wide answers carry the node.
    void listsAndStatsForTheCluster()
    {
        QVERIFY(startCluster());
        TestClient john, alice;
        QVERIFY(john.open(node(0).url(u"/ws/room/lobby?token=secret-token"_s)));
        QVERIFY(alice.open(node(2).url(u"/ws/room/lobby?token=valid-token"_s)));
        AdminCommand c;
        c.type = AdminCommand::Type::ListRooms;
        QJsonArray rooms;
        QTRY_VERIFY_WITH_TIMEOUT((rooms = answer(node(1).execute(c)).value("rooms"_L1).toArray(),
                                  rooms.size() == 1 && rooms.at(0).toObject().value("count"_L1).toInt() == 2), 5000);
        QStringList nodes;
        for (const QJsonValue &m : rooms.at(0).toObject().value("members"_L1).toArray())
            nodes.append(m.toObject().value("node"_L1).toString());
        nodes.sort();
        QCOMPARE(nodes, (QStringList{u"node-a"_s, u"node-c"_s}));

        c.type = AdminCommand::Type::Stats;
        const QJsonObject stats = answer(node(1).execute(c)).value("stats"_L1).toObject();
        QCOMPARE(stats.value("nodes"_L1).toInt(), 3);
        QCOMPARE(stats.value("connections"_L1).toInt(), 2);
        QCOMPARE(stats.value("by_endpoint"_L1).toObject().value("room"_L1).toInt(), 2);

        // watch streams the other nodes too: one full snapshot per node, named by it.
        TestClient admin;
        QVERIFY(admin.open(node(1).url(u"/ws/admin?token=valid-token"_s)));
        admin.send(uR"({"type":"watch"})"_s);
        const auto johnFromNodeA = [&admin] {
            for (const QString &t : std::as_const(admin.texts)) {
                const QJsonObject o = QJsonDocument::fromJson(t.toUtf8()).object();
                if (o.value("type"_L1).toString() != u"snapshot"_s || o.value("node"_L1).toString() != u"node-a"_s)
                    continue;
                for (const QJsonValue &row : o.value("connections"_L1).toArray()) {
                    if (row.toObject().value("username"_L1).toString() == u"john_doe"_s
                        && row.toObject().value("node"_L1).toString() == u"node-a"_s)
                        return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(johnFromNodeA(), 5000);
        // The first snapshot is the watched node's own, so a watcher knows where it is attached.
        const auto firstSnapshot = [&admin] {
            for (const QString &t : std::as_const(admin.texts)) {
                const QJsonObject o = QJsonDocument::fromJson(t.toUtf8()).object();
                if (o.value("type"_L1).toString() == u"snapshot"_s)
                    return o;
            }
            return QJsonObject();
        }();
        QCOMPARE(firstSnapshot.value("node"_L1).toString(), u"node-b"_s);
        QVERIFY(firstSnapshot.value("full"_L1).toBool());

        // A node that stops disappears from the others' view.
        m_nodes[2].reset();
        QTRY_COMPARE_WITH_TIMEOUT(healthz(node(1).port()).value("cluster_nodes"_L1).toInt(), 2, 10000);
    }
};

QTEST_MAIN(tst_Cluster)
#include "tst_cluster.moc"
