// SPEC §8 against a real server: /ws/admin `watch` streams a full snapshot and then deltas
// (changed rows, closed ids, rooms), shared by watchers; `unwatch` stops it; the JSON decodes
// back into the same ServerSnapshot values the embedded window gets.

#include "support/testclient.h"
#include "support/testserver.h"

#include "jsonwriter.h"
#include "monitor/snapshotjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using TestSupport::TestClient;

class TstWatch : public QObject
{
    Q_OBJECT

    static QJsonObject parse(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

    static inline QStringList s_eventKinds; // of every snapshot read

    // The next snapshot message (other texts skipped), or an empty object after the timeout.
    static QJsonObject nextSnapshot(TestClient &c, int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            const QString n = c.next(int(timeoutMs - t.elapsed()));
            if (n.isNull())
                break;
            const QJsonObject o = parse(n);
            if (o.value(u"type"_s).toString() == u"snapshot"_s) {
                for (const QJsonValue &e : o.value(u"events"_s).toArray())
                    s_eventKinds.append(e.toObject().value(u"kind"_s).toString());
                return o;
            }
        }
        return {};
    }

    // Snapshots until `pred` holds for one (deltas included), or an empty object.
    template <typename Pred>
    static QJsonObject snapshotWhere(TestClient &c, Pred pred, int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            const QJsonObject o = nextSnapshot(c, int(timeoutMs - t.elapsed()));
            if (o.isEmpty())
                break;
            if (pred(o))
                return o;
        }
        return {};
    }

    static bool hasRow(const QJsonObject &snap, qint64 id)
    {
        const QJsonArray rows = snap.value(u"connections"_s).toArray();
        return std::any_of(rows.begin(), rows.end(), [id](const QJsonValue &v) {
            return v.toObject().value(u"id"_s).toInteger() == id;
        });
    }

    std::unique_ptr<TestSupport::TestServer> m_server;

    QUrl url(const QString &path) const { return m_server->url(path); }

    std::unique_ptr<TestClient> admin()
    {
        auto a = std::make_unique<TestClient>();
        if (!a->open(url(u"/ws/admin?token=valid-token"_s)))
            return nullptr;
        a->next(); // greeting
        return a;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestSupport::TestServer>();
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void fullThenDeltas()
    {
        auto a = admin();
        QVERIFY(a);
        TestClient early;
        QVERIFY(early.open(url(u"/ws/echo"_s)));

        a->send(u"{\"type\":\"watch\"}"_s);
        QCOMPARE(a->next(), u"{\"ok\":true,\"command\":\"watch\"}"_s);
        const QJsonObject full = nextSnapshot(*a);
        QVERIFY(!full.isEmpty());
        QCOMPARE(full.value(u"full"_s).toBool(), true);
        QVERIFY(full.value(u"seq"_s).toInteger() > 0);
        QVERIFY(!full.value(u"node"_s).toString().isEmpty());
        QVERIFY(full.value(u"closed"_s).toArray().isEmpty());
        QCOMPARE(full.value(u"connections"_s).toArray().size(), 2); // the admin and the echo client
        QVERIFY(full.contains(u"rooms"_s) && full.contains(u"topics"_s) && full.contains(u"counters"_s)
                && full.contains(u"events"_s));
        QCOMPARE(full.value(u"counters"_s).toObject().value(u"connections"_s).toInt(), 2);
        // An anonymous row: username null, the keys of a list_connections entry.
        QJsonObject echoRow;
        for (const QJsonValue &v : full.value(u"connections"_s).toArray()) {
            if (v.toObject().value(u"endpoint"_s).toString() == u"echo"_s)
                echoRow = v.toObject();
        }
        QVERIFY(echoRow.value(u"username"_s).isNull());
        a->send(u"{\"type\":\"list_connections\"}"_s);
        QJsonObject listed;
        QVERIFY(QTest::qWaitFor([&] {
            while (a->unread() > 0) {
                const QJsonObject o = parse(a->next());
                if (o.value(u"command"_s).toString() == u"list_connections"_s)
                    listed = o;
            }
            return !listed.isEmpty();
        }, 5000));
        const QJsonObject listedRow = listed.value(u"connections"_s).toArray().at(1).toObject();
        QCOMPARE(listedRow.keys(), echoRow.keys());

        // A new connection in a room: its row and the room come in a delta.
        TestClient john;
        QVERIFY(john.open(url(u"/ws/room/lobby?token=secret-token"_s)));
        const QJsonObject joined = snapshotWhere(*a, [](const QJsonObject &o) {
            return o.value(u"rooms"_s).toObject().contains(u"lobby"_s);
        });
        QVERIFY(!joined.isEmpty());
        QCOMPARE(joined.value(u"full"_s).toBool(), false);
        QVERIFY(joined.value(u"seq"_s).toInteger() > full.value(u"seq"_s).toInteger());
        const QJsonArray members = joined.value(u"rooms"_s).toObject().value(u"lobby"_s).toArray();
        QCOMPARE(members.size(), 1);
        const qint64 johnId = members.at(0).toInteger();
        QVERIFY(hasRow(joined, johnId));
        QVERIFY(!hasRow(joined, echoRow.value(u"id"_s).toInteger())); // idle rows are not resent

        // It leaves: its id comes in "closed", the room goes.
        john.ws.close();
        const QJsonObject left = snapshotWhere(*a, [johnId](const QJsonObject &o) {
            return o.value(u"closed"_s).toArray().contains(QJsonValue(johnId));
        });
        QVERIFY(!left.isEmpty());
        QVERIFY(!hasRow(left, johnId));
        // The events name what happened.
        QVERIFY2(s_eventKinds.contains(u"join"_s) && s_eventKinds.contains(u"closed"_s),
                 qPrintable(s_eventKinds.join(u',')));
    }

    void twoWatchersShareOneMessage()
    {
        auto a = admin();
        auto b = admin();
        QVERIFY(a && b);
        a->send(u"{\"type\":\"watch\",\"rate_hz\":5}"_s);
        b->send(u"{\"type\":\"watch\",\"rate_hz\":5}"_s);
        QCOMPARE(a->next(), u"{\"ok\":true,\"command\":\"watch\"}"_s);
        QCOMPARE(b->next(), u"{\"ok\":true,\"command\":\"watch\"}"_s);
        QVERIFY(!nextSnapshot(*a).isEmpty());
        QVERIFY(!nextSnapshot(*b).isEmpty());
        TestClient c;
        QVERIFY(c.open(url(u"/ws/room/r1?token=secret-token"_s)));
        const auto withRoom = [](const QJsonObject &o) { return o.value(u"rooms"_s).toObject().contains(u"r1"_s); };
        const QJsonObject sa = snapshotWhere(*a, withRoom);
        const QJsonObject sb = snapshotWhere(*b, withRoom);
        QVERIFY(!sa.isEmpty() && !sb.isEmpty());
        QCOMPARE(sa.value(u"seq"_s), sb.value(u"seq"_s));
        QCOMPARE(sa.value(u"rooms"_s), sb.value(u"rooms"_s));
    }

    void unwatchStopsTheStream()
    {
        auto a = admin();
        QVERIFY(a);
        a->send(u"{\"type\":\"watch\",\"rate_hz\":10}"_s);
        QCOMPARE(a->next(), u"{\"ok\":true,\"command\":\"watch\"}"_s);
        QVERIFY(!nextSnapshot(*a).isEmpty());
        a->send(u"{\"type\":\"unwatch\"}"_s);
        QVERIFY(QTest::qWaitFor([&] { return a->texts.contains(u"{\"ok\":true,\"command\":\"unwatch\"}"_s); }, 5000));
        const qsizetype after = a->texts.size();
        // Traffic that would show in a delta, then a bounded look: nothing more arrives.
        TestClient c;
        QVERIFY(c.open(url(u"/ws/echo"_s)));
        c.send(u"x"_s);
        QVERIFY(c.waitTexts(1));
        QTest::qWait(400);
        QCOMPARE(a->texts.size(), after);
    }

    void badArgumentsAndWrongPlace()
    {
        auto a = admin();
        QVERIFY(a);
        a->send(u"{\"type\":\"watch\",\"rate_hz\":11}"_s);
        QCOMPARE(a->next(), u"{\"error\":\"\\\"rate_hz\\\" must be an integer from 1 to 10\"}"_s);
        a->send(u"{\"type\":\"watch\",\"rate_hz\":0}"_s);
        QCOMPARE(a->next(), u"{\"error\":\"\\\"rate_hz\\\" must be an integer from 1 to 10\"}"_s);
        // The window has its own snapshots; watch is for /ws/admin connections.
        AdminCommand cmd;
        cmd.type = AdminCommand::Type::Watch;
        const AdminResult r = m_server->execute(cmd);
        QVERIFY(!r.ok);
        // A non-admin never reaches the command.
        TestClient bob;
        QVERIFY(bob.open(url(u"/ws/admin?token=secret-token"_s)));
        QVERIFY(bob.waitClosed());
        QCOMPARE(bob.closeCode, 1008);
    }

    // A watcher that closes is forgotten; the server carries on for everyone else.
    void watcherLeavingIsForgotten()
    {
        auto a = admin();
        QVERIFY(a);
        a->send(u"{\"type\":\"watch\"}"_s);
        QCOMPARE(a->next(), u"{\"ok\":true,\"command\":\"watch\"}"_s);
        QVERIFY(!nextSnapshot(*a).isEmpty());
        a.reset();
        auto b = admin();
        QVERIFY(b);
        b->send(u"{\"type\":\"stats\"}"_s);
        const QJsonObject stats = parse(b->next()).value(u"stats"_s).toObject();
        QTRY_COMPARE(stats.value(u"connections"_s).toInt(), 1);
    }

    void jsonRoundTrip()
    {
        ServerSnapshot s;
        s.timeMs = 1'700'000'000'123;
        s.listening = true;
        s.listenUrl = u"ws://127.0.0.1:8000"_s;
        s.rateLimit = 10;
        s.rateWindowMs = 60'000;
        ConnectionInfo c;
        c.id = 7;
        c.userId = 123;
        c.userName = u"john_doe"_s;
        c.role = u"user"_s;
        c.authMethod = AuthMethod::Query;
        c.authenticated = true;
        c.endpoint = EndpointKind::Room;
        c.path = u"/ws/room/lobby?token=secr…"_s;
        c.target = u"lobby"_s;
        c.remoteAddress = u"127.0.0.1"_s;
        c.remotePort = 40000;
        c.connectedAtMs = 1'700'000'000'000;
        c.lastActivityMs = 1'700'000'000'100;
        c.messagesIn = 3;
        c.messagesOut = 4;
        c.bytesIn = 30;
        c.bytesOut = 40;
        c.rttMs = 2;
        c.pendingBytes = 5;
        c.rateUsed = 3;
        c.rateLimit = 10;
        s.connections = {c};
        s.closedConnections = {3, 5};
        s.rooms = {RoomInfo{u"lobby"_s, {7}, 9, {}}};
        s.topics = {TopicInfo{u"news"_s, {}, 2, {}}};
        s.counters.connections = 1;
        s.counters.messagesIn = 11;
        s.counters.uptimeMs = 5000;
        ServerEvent e;
        e.timeMs = 1'700'000'000'050;
        e.kind = ServerEvent::Kind::Joined;
        e.connectionId = 7;
        e.userId = 123;
        e.userName = u"john_doe"_s;
        e.endpoint = EndpointKind::Room;
        e.target = u"lobby"_s;
        s.events = {e};
        RateInfo r;
        r.userId = 123;
        r.userName = u"john_doe"_s;
        r.used = 3;
        r.limit = 10;
        r.windowMs = 60'000;
        r.resetInMs = 1000;
        s.rates = {r};

        const QByteArray json = encodeWatchMessage({42, false, u"node-a"_s, true, &s});
        const auto d = decodeWatchMessage(json);
        QVERIFY(d);
        QCOMPARE(d->seq, 42u);
        QCOMPARE(d->full, false);
        QCOMPARE(d->node, u"node-a"_s);
        QVERIFY(d->groupsPresent);
        const ServerSnapshot &b = d->snapshot;
        QCOMPARE(b.connections.size(), 1);
        const ConnectionInfo &bc = b.connections.first();
        QCOMPARE(bc.id, c.id);
        QCOMPARE(bc.userName, c.userName);
        QCOMPARE(bc.authMethod, c.authMethod);
        QCOMPARE(bc.endpoint, c.endpoint);
        QCOMPARE(bc.path, c.path);
        QCOMPARE(bc.target, c.target);
        QCOMPARE(bc.remotePort, c.remotePort);
        QCOMPARE(bc.connectedAtMs, c.connectedAtMs);
        QCOMPARE(bc.lastActivityMs, c.lastActivityMs);
        QCOMPARE(bc.bytesOut, c.bytesOut);
        QCOMPARE(bc.pendingBytes, c.pendingBytes);
        QCOMPARE(bc.rateUsed, c.rateUsed);
        QCOMPARE(b.closedConnections, s.closedConnections);
        QCOMPARE(b.rooms.size(), 1);
        QCOMPARE(b.rooms.first().members, QList<quint64>{7});
        QCOMPARE(b.rooms.first().messages, 9u);
        QCOMPARE(b.topics.first().published, 2u);
        QCOMPARE(b.counters.messagesIn, 11u);
        QCOMPARE(b.events.size(), 1);
        QCOMPARE(b.events.first().kind, ServerEvent::Kind::Joined);
        QCOMPARE(b.events.first().timeMs, e.timeMs);
        QCOMPARE(b.rates.first().resetInMs, 1000);
        QCOMPARE(b.listenUrl, s.listenUrl);
        QCOMPARE(b.rateWindowMs, s.rateWindowMs);

        QVERIFY(!decodeWatchMessage("{\"ok\":true}"));
        QVERIFY(!decodeWatchMessage("not json"));
    }
};

QTEST_GUILESS_MAIN(TstWatch)
#include "tst_watch.moc"
