// Dashboard snapshots carry only what changed: idle connections cost nothing per snapshot.
// A real server thread, real clients on loopback.
#include "support/testclient.h"
#include "support/testserver.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using SocketScope::ConnectionInfo;
using SocketScope::ServerSnapshot;

namespace {
// What the GUI does with snapshots: a complete one replaces, a delta patches.
struct Mirror
{
    QHash<quint64, ConnectionInfo> rows;
    int complete = 0;
    void apply(const ServerSnapshot &s)
    {
        if (s.connectionsComplete) {
            rows.clear();
            ++complete;
        }
        for (quint64 id : s.closedConnections)
            rows.remove(id);
        for (const ConnectionInfo &c : s.connections)
            rows.insert(c.id, c);
    }
};
} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deltasFollowTraffic();
    void rateUseMovesWithoutTraffic();
};

void TestSnapshots::deltasFollowTraffic()
{
    TestServer server;
    QVERIFY(server.start());
    Mirror mirror;
    ServerSnapshot last;
    int seen = 0;
    QObject receiver;   // declared after what the slot writes to, so it disconnects first
    connect(&server.host(), &SocketScope::ServerHost::snapshotReady, &receiver, [&](const ServerSnapshot &s) {
        mirror.apply(s);
        last = s;
        ++seen;
    });
    server.host().setSnapshotsEnabled(true);
    QTRY_VERIFY_WITH_TIMEOUT(seen >= 1, 5000);
    QCOMPARE(mirror.complete, 1);

    std::vector<std::unique_ptr<TestClient>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<TestClient>());
        QVERIFY(clients.back()->open(server.url(u"/ws/echo"_s)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(mirror.rows.size(), 3, 5000);

    // Idle: two snapshots later nothing is sent about any connection.
    int mark = seen;
    QTRY_VERIFY_WITH_TIMEOUT(seen >= mark + 2, 5000);
    QVERIFY(!last.connectionsComplete);
    QCOMPARE(last.connections.size(), 0);
    QCOMPARE(last.closedConnections.size(), 0);

    // One message: the next snapshot with a row has exactly that connection.
    clients[1]->send(u"hello"_s);
    QVERIFY(clients[1]->waitTexts(1));
    mark = seen;
    QTRY_VERIFY_WITH_TIMEOUT(seen > mark && !last.connections.isEmpty(), 5000);
    QCOMPARE(last.connections.size(), 1);
    QCOMPARE(last.connections.first().messagesIn, quint64(1));
    QCOMPARE(last.connections.first().messagesOut, quint64(1));
    const quint64 talker = last.connections.first().id;
    QCOMPARE(mirror.rows.value(talker).messagesIn, quint64(1));

    // A close: its id arrives in closedConnections; the others stay as they were.
    clients[2]->ws.close();
    QVERIFY(clients[2]->waitClosed());
    QTRY_COMPARE_WITH_TIMEOUT(mirror.rows.size(), 2, 5000);
    QVERIFY(mirror.rows.contains(talker));
    QCOMPARE(mirror.rows.value(talker).messagesOut, quint64(1));

    // Off and on again: a complete snapshot, equal to what the deltas built.
    const auto built = mirror.rows;
    server.host().setSnapshotsEnabled(false);
    server.host().setSnapshotsEnabled(true);
    QTRY_COMPARE_WITH_TIMEOUT(mirror.complete, 2, 5000);
    QCOMPARE(mirror.rows.size(), 2);
    for (auto it = built.cbegin(); it != built.cend(); ++it) {
        QVERIFY(mirror.rows.contains(it.key()));
        QCOMPARE(mirror.rows.value(it.key()).messagesIn, it->messagesIn);
        QCOMPARE(mirror.rows.value(it.key()).bytesOut, it->bytesOut);
    }
}

void TestSnapshots::rateUseMovesWithoutTraffic()
{
    // Two connections of one user: a message on one changes the other's rate-limit column too,
    // and when the window has passed both rows fall back to 0 without any traffic.
    auto cfg = testConfig();
    cfg.rateWindow = SocketScope::Milliseconds(1000);
    TestServer server(cfg);
    QVERIFY(server.start());
    Mirror mirror;
    int seen = 0;
    QObject receiver;
    connect(&server.host(), &SocketScope::ServerHost::snapshotReady, &receiver, [&](const ServerSnapshot &s) {
        mirror.apply(s);
        ++seen;
    });
    server.host().setSnapshotsEnabled(true);
    TestClient talker, quiet;
    QVERIFY(talker.open(server.url(u"/ws?token=secret-token"_s)));
    QVERIFY(quiet.open(server.url(u"/ws?token=secret-token"_s)));
    QVERIFY(talker.waitTexts(1) && quiet.waitTexts(1));   // the welcome
    QTRY_COMPARE_WITH_TIMEOUT(mirror.rows.size(), 2, 5000);
    const auto used = [&] {
        QList<int> out;
        for (const ConnectionInfo &c : std::as_const(mirror.rows))
            out.append(c.rateUsed);
        std::sort(out.begin(), out.end());
        return out;
    };
    talker.send(u"hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(used(), (QList<int>{1, 1}), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(used(), (QList<int>{0, 0}), 5000);
}

QTEST_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
