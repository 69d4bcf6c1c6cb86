#include "connectionsmodel.h"
#include "uiformat.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using Col = ConnectionsModel::Column;

namespace {
ConnectionInfo conn(quint64 id, const QString &user, qint64 userId, EndpointKind ep = EndpointKind::Chat,
                    const QString &target = {})
{
    ConnectionInfo c;
    c.id = id;
    c.userId = userId;
    c.userName = user;
    c.role = u"user"_s;
    c.authenticated = true;
    c.authMethod = AuthMethod::Query;
    c.endpoint = ep;
    c.target = target;
    c.path = ep == EndpointKind::Room ? u"/ws/room/"_s + target : u"/ws"_s;
    c.remoteAddress = u"127.0.0.1"_s;
    c.remotePort = quint16(50000 + id);
    c.origin = u"http://localhost"_s;
    c.connectedAtMs = 1'700'000'000'000 + qint64(id) * 1000;
    c.lastActivityMs = c.connectedAtMs + 500;
    c.rateLimit = 10;
    return c;
}

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}
} // namespace

class TestConnectionsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertsWithExactData();
    void updatesCoalesceIntoOneDataChanged();
    void unchangedSnapshotEmitsNothing();
    void removalsAndReorder();
    void mixedSnapshot();
    void deltaSnapshots();
    void rateColours();
    void filterProxy();
    void selectionSurvivesResort();
    void details();
    void jwtLabel();
    void clusterRowsKeyedByNode();
};

void TestConnectionsModel::insertsWithExactData()
{
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    ConnectionInfo a = conn(7, u"alice"_s, 1);
    a.role = u"admin"_s;
    a.messagesIn = 12;
    a.messagesOut = 30;
    a.bytesIn = 2048;
    a.bytesOut = 100;
    a.rttMs = 3;
    a.rateUsed = 7;
    ConnectionInfo anon = conn(8, {}, -1, EndpointKind::Echo);
    anon.authenticated = false;
    anon.authMethod = AuthMethod::None;
    anon.role.clear();
    anon.path = u"/ws/echo"_s;
    anon.remoteAddress = u"::1"_s;
    anon.rateLimit = 0;
    model.setConnections({a, anon});

    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(Col::ColumnCount));

    QCOMPARE(cell(model, 0, Col::IdColumn), u"7"_s);
    QCOMPARE(cell(model, 0, Col::UserColumn), u"alice (1)"_s);
    QCOMPARE(cell(model, 0, Col::RoleColumn), u"admin"_s);
    QCOMPARE(cell(model, 0, Col::AuthColumn), u"query"_s);
    QCOMPARE(cell(model, 0, Col::EndpointColumn), u"/ws"_s);
    QCOMPARE(cell(model, 0, Col::RemoteColumn), u"127.0.0.1:50007"_s);
    QCOMPARE(cell(model, 0, Col::OriginColumn), u"http://localhost"_s);
    QCOMPARE(cell(model, 0, Col::ConnectedColumn),
             QDateTime::fromMSecsSinceEpoch(a.connectedAtMs).toString(u"HH:mm:ss"_s));
    QCOMPARE(cell(model, 0, Col::MessagesInColumn), u"12"_s);
    QCOMPARE(cell(model, 0, Col::MessagesOutColumn), u"30"_s);
    QCOMPARE(cell(model, 0, Col::BytesInColumn), u"2.0 KiB"_s);
    QCOMPARE(cell(model, 0, Col::BytesOutColumn), u"100 B"_s);
    QCOMPARE(cell(model, 0, Col::LastActivityColumn),
             QDateTime::fromMSecsSinceEpoch(a.lastActivityMs).toString(u"HH:mm:ss"_s));
    QCOMPARE(cell(model, 0, Col::RttColumn), u"3 ms"_s);
    QCOMPARE(cell(model, 0, Col::RateColumn), u"7/10"_s);
    QCOMPARE(model.index(0, Col::MessagesInColumn).data(Roles::Sort).toULongLong(), 12u);
    QCOMPARE(model.index(0, 0).data(Roles::Key).toULongLong(), 7u);
    QCOMPARE(model.index(0, 0).data(Roles::UserId).toLongLong(), 1);
    QCOMPARE(model.index(0, 0).data(Roles::RateFraction).toDouble(), 0.7);

    QCOMPARE(cell(model, 1, Col::UserColumn), u"anonymous"_s);
    QCOMPARE(cell(model, 1, Col::AuthColumn), QString());
    QCOMPARE(cell(model, 1, Col::RemoteColumn), u"[::1]:50008"_s);
    QCOMPARE(cell(model, 1, Col::RttColumn), QString());
    QCOMPARE(cell(model, 1, Col::RateColumn), QString());
    QCOMPARE(model.index(1, 0).data(Roles::UserId).toLongLong(), -1);
    QCOMPARE(model.index(1, 0).data(Roles::RateFraction).toDouble(), -1.0);

    QCOMPARE(model.rowOfKey(8), 1);
    QCOMPARE(model.connection(7)->userName, u"alice"_s);
    QVERIFY(!model.connection(99));
}

void TestConnectionsModel::updatesCoalesceIntoOneDataChanged()
{
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ConnectionInfo> snap = {conn(1, u"a"_s, 1), conn(2, u"b"_s, 2), conn(3, u"c"_s, 3), conn(4, u"d"_s, 4)};
    model.setConnections(snap);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    snap[1].messagesIn = 5;
    snap[2].rateUsed = 9;
    model.setConnections(snap);

    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, Col::ColumnCount - 1));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(cell(model, 1, Col::MessagesInColumn), u"5"_s);
    QCOMPARE(cell(model, 2, Col::RateColumn), u"9/10"_s);
    QCOMPARE(cell(model, 0, Col::MessagesInColumn), u"0"_s);
}

void TestConnectionsModel::unchangedSnapshotEmitsNothing()
{
    ConnectionsModel model;
    const QList<ConnectionInfo> snap = {conn(1, u"a"_s, 1), conn(2, u"b"_s, 2)};
    model.setConnections(snap);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setConnections(snap);
    QCOMPARE(changed.size() + inserted.size() + removed.size(), 0);
}

void TestConnectionsModel::removalsAndReorder()
{
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnections({conn(1, u"a"_s, 1), conn(2, u"b"_s, 2), conn(3, u"c"_s, 3), conn(4, u"d"_s, 4),
                          conn(5, u"e"_s, 5)});

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // 1 and 4 go: two separate ranges, removed bottom-up so row numbers stay valid.
    model.setConnections({conn(5, u"e"_s, 5), conn(3, u"c"_s, 3), conn(2, u"b"_s, 2)});
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 3);
    QCOMPARE(removed.at(0).at(2).toInt(), 3);
    QCOMPARE(removed.at(1).at(1).toInt(), 0);
    QCOMPARE(removed.at(1).at(2).toInt(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, Col::IdColumn), u"2"_s);
    QCOMPARE(cell(model, 1, Col::IdColumn), u"3"_s);
    QCOMPARE(cell(model, 2, Col::IdColumn), u"5"_s);
    QCOMPARE(model.rowOfKey(5), 2);
    QCOMPARE(model.rowOfKey(1), -1);

    // A reordered snapshot leaves rows where they are.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.setConnections({conn(3, u"c"_s, 3), conn(2, u"b"_s, 2), conn(5, u"e"_s, 5)});
    QCOMPARE(changed.size() + moved.size() + layout.size(), 0);
    QCOMPARE(cell(model, 0, Col::UserColumn), u"b (2)"_s);

    // Removing a contiguous block is one signal; emptying the model works too.
    removed.clear();
    model.setConnections({});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestConnectionsModel::mixedSnapshot()
{
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnections({conn(1, u"a"_s, 1), conn(2, u"b"_s, 2), conn(3, u"c"_s, 3)});

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    ConnectionInfo c3 = conn(3, u"c"_s, 3);
    c3.messagesOut = 42;
    model.setConnections({conn(10, u"x"_s, 10), c3, conn(1, u"a"_s, 1), conn(11, u"y"_s, 11)});

    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(model.rowCount(), 4);
    const QStringList ids = {cell(model, 0, 0), cell(model, 1, 0), cell(model, 2, 0), cell(model, 3, 0)};
    QCOMPARE(ids, (QStringList{u"1"_s, u"3"_s, u"10"_s, u"11"_s}));
    QCOMPARE(cell(model, 1, Col::MessagesOutColumn), u"42"_s);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowOfKey(model.index(r, 0).data(Roles::Key).toULongLong()), r);
}

void TestConnectionsModel::deltaSnapshots()
{
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerSnapshot full;
    for (quint64 id = 1; id <= 6; ++id)
        full.connections.append(conn(id, u"u%1"_s.arg(id), qint64(id)));
    QVERIFY(model.applySnapshot(full));
    QCOMPARE(model.rowCount(), 6);

    // Nothing changed: an empty delta touches nothing and reports no identity change.
    ServerSnapshot idle;
    idle.connectionsComplete = false;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(!model.applySnapshot(idle));
    QCOMPARE(changed.size() + removed.size() + inserted.size(), 0);

    // Traffic on one row only: that row changes, nothing else; the filters need not be rebuilt.
    ServerSnapshot traffic;
    traffic.connectionsComplete = false;
    ConnectionInfo busy = conn(4, u"u4"_s, 4);
    busy.messagesIn = 7;
    traffic.connections = {busy};
    QVERIFY(!model.applySnapshot(traffic));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOfKey(4));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), model.rowOfKey(4));
    QCOMPARE(model.connection(4)->messagesIn, quint64(7));
    QCOMPARE(model.rowCount(), 6);

    // Closed 2, 3 and 6 (two runs), 99 unknown; 7 new; 5 authenticated as someone else.
    ServerSnapshot mixed;
    mixed.connectionsComplete = false;
    mixed.closedConnections = {6, 2, 99, 3};
    ConnectionInfo renamed = conn(5, u"alice"_s, 50);
    mixed.connections = {renamed, conn(7, u"u7"_s, 7)};
    QVERIFY(model.applySnapshot(mixed));
    QCOMPARE(model.rowCount(), 4);
    for (quint64 gone : {2, 3, 6})
        QVERIFY(!model.connection(gone));
    for (quint64 kept : {1, 4, 5, 7})
        QVERIFY(model.connection(kept));
    QCOMPARE(model.connection(5)->userName, u"alice"_s);
    QCOMPARE(model.connection(4)->messagesIn, quint64(7));   // untouched by the delta
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowOfKey(model.rowAt(r).id), r);

    // A complete snapshot replaces everything again.
    ServerSnapshot again;
    again.connections = {conn(7, u"u7"_s, 7), conn(8, u"u8"_s, 8)};
    QVERIFY(model.applySnapshot(again));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.connection(8) && !model.connection(1));
}

void TestConnectionsModel::rateColours()
{
    ConnectionsModel model;
    QList<ConnectionInfo> snap = {conn(1, u"a"_s, 1), conn(2, u"b"_s, 2), conn(3, u"c"_s, 3)};
    snap[0].rateUsed = 7;
    snap[1].rateUsed = 8;
    snap[2].rateUsed = 10;
    model.setConnections(snap);
    QVERIFY(!model.index(0, Col::RateColumn).data(Qt::BackgroundRole).isValid());
    const QColor near = model.index(1, Col::RateColumn).data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor over = model.index(2, Col::RateColumn).data(Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY(near.isValid());
    QVERIFY(over.isValid());
    QVERIFY(near != over);
    QCOMPARE(cell(model, 2, Col::RateColumn), u"10/10"_s);
}

void TestConnectionsModel::filterProxy()
{
    ConnectionsModel model;
    ConnectionsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ConnectionInfo> snap = {conn(1, u"alice"_s, 1, EndpointKind::Room, u"lobby"_s),
                                  conn(2, u"bob"_s, 2, EndpointKind::Chat),
                                  conn(3, u"alice"_s, 1, EndpointKind::Room, u"games"_s),
                                  conn(4, u"carol"_s, 4, EndpointKind::Chat)};
    snap[0].messagesIn = 9;
    snap[1].messagesIn = 10;
    snap[2].messagesIn = 100;
    snap[3].messagesIn = 2;
    model.setConnections(snap);

    proxy.sort(Col::MessagesInColumn, Qt::AscendingOrder);
    QCOMPARE(cell(proxy, 0, 0), u"4"_s);
    QCOMPARE(cell(proxy, 1, 0), u"1"_s);
    QCOMPARE(cell(proxy, 2, 0), u"2"_s);
    QCOMPARE(cell(proxy, 3, 0), u"3"_s);

    proxy.setText(u"ALICE"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setTarget(u"games"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, 0), u"3"_s);
    proxy.setText({});
    proxy.setTarget({});
    proxy.setEndpoint(int(EndpointKind::Chat));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setEndpoint(-1);
    proxy.setUserId(1);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setUserId(ConnectionsFilterProxy::AnyUser);
    QCOMPARE(proxy.rowCount(), 4);

    // A filtered-in row appears when its data changes to match.
    proxy.setText(u"dave"_s);
    QCOMPARE(proxy.rowCount(), 0);
    snap[3].userName = u"dave"_s;
    model.setConnections(snap);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, Col::UserColumn), u"dave (4)"_s);
}

void TestConnectionsModel::selectionSurvivesResort()
{
    ConnectionsModel model;
    ConnectionsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QItemSelectionModel selection(&proxy);
    QList<ConnectionInfo> snap = {conn(1, u"a"_s, 1), conn(2, u"b"_s, 2), conn(3, u"c"_s, 3)};
    snap[0].messagesIn = 1;
    snap[1].messagesIn = 2;
    snap[2].messagesIn = 3;
    model.setConnections(snap);
    proxy.sort(Col::MessagesInColumn, Qt::DescendingOrder);
    QCOMPARE(cell(proxy, 1, 0), u"2"_s);
    selection.select(proxy.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    snap[1].messagesIn = 50;   // connection 2 jumps to the top
    snap.removeAt(0);
    snap.append(conn(9, u"z"_s, 9));
    model.setConnections(snap);

    QCOMPARE(cell(proxy, 0, 0), u"2"_s);
    const QModelIndexList rows = selection.selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).data(Roles::Key).toULongLong(), 2u);
}

void TestConnectionsModel::details()
{
    ConnectionInfo c = conn(5, u"bob"_s, 2);
    c.rttMs = -1;
    const QString text = ConnectionsModel::details(c);
    QVERIFY(text.contains(u"Connection: 5"_s));
    QVERIFY(text.contains(u"User: bob (2)"_s));
    QVERIFY(text.contains(u"RTT: not measured"_s));
    QVERIFY(text.contains(u"Remote address: 127.0.0.1:50005"_s));
}


void TestConnectionsModel::jwtLabel()
{
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConnectionInfo token = conn(1, u"alice"_s, 1);
    token.authMethod = AuthMethod::Header;
    ConnectionInfo jwt = conn(2, u"bob"_s, 2);
    jwt.authMethod = AuthMethod::Header;
    jwt.viaJwt = true;
    model.setConnections({token, jwt});
    QCOMPARE(cell(model, 0, Col::AuthColumn), u"header"_s);
    QCOMPARE(cell(model, 1, Col::AuthColumn), u"JWT (header)"_s);
    // A token refreshed into a JWT on the same connection is a change like any other.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    token.viaJwt = true;
    model.setConnections({token, jwt});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, 0, Col::AuthColumn), u"JWT (header)"_s);
}

// SPEC §9: ids are per node. The same id on two nodes is two rows; another node's rows are
// replaced as a whole when its presence comes, and go when it leaves; this node's deltas and
// closes touch only this node's rows.
void TestConnectionsModel::clusterRowsKeyedByNode()
{
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto on = [](ConnectionInfo c, const QString &node) {
        c.node = node;
        return c;
    };
    const auto remote = [&](const QString &node, const QList<ConnectionInfo> &rows) {
        RemoteNodeRows r;
        r.node = node;
        for (const ConnectionInfo &c : rows)
            r.connections.append(on(c, node));
        return r;
    };

    ServerSnapshot full;
    full.nodeName = u"a"_s;
    full.connections = {on(conn(1, u"alice"_s, 1), u"a"_s), on(conn(2, u"bob"_s, 2), u"a"_s)};
    full.remoteNodes = {remote(u"b"_s, {conn(1, u"carol"_s, 3)}), remote(u"c"_s, {conn(2, u"dave"_s, 4)})};
    QVERIFY(model.applySnapshot(full));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.hasRemoteRows());
    QVERIFY(model.showsNodes());
    QCOMPARE(model.connection(1)->userName, u"alice"_s);   // id alone: this node's
    QCOMPARE(model.connection(ConnectionKey{u"b"_s, 1})->userName, u"carol"_s);
    QCOMPARE(model.connection(ConnectionKey{u"c"_s, 2})->userName, u"dave"_s);
    QVERIFY(!model.connection(ConnectionKey{u"c"_s, 1}));
    const int carolRow = model.rowOfKey(ConnectionKey{u"b"_s, 1});
    QCOMPARE(cell(model, carolRow, Col::NodeColumn), u"b"_s);
    QCOMPARE(model.index(carolRow, 0).data(Roles::Node).toString(), u"b"_s);
    QCOMPARE(model.index(model.rowOfKey(ConnectionKey{{}, 1}), 0).data(Roles::Node).toString(), QString());
    QCOMPARE(cell(model, model.rowOfKey(ConnectionKey{{}, 1}), Col::NodeColumn), u"a"_s);
    QVERIFY(ConnectionsModel::details(*model.connection(ConnectionKey{u"b"_s, 1})).contains(u"Node: b"_s));

    // This node closes its #1: node b's #1 stays.
    ServerSnapshot delta;
    delta.nodeName = u"a"_s;
    delta.connectionsComplete = false;
    delta.closedConnections = {1};
    model.applySnapshot(delta);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.connection(1));
    QVERIFY(model.connection(ConnectionKey{u"b"_s, 1}));

    // Node b's presence: #1 changed, #5 new; node c untouched; one dataChanged for the change.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    ConnectionInfo carol = conn(1, u"carol"_s, 3);
    carol.messagesIn = 9;
    ServerSnapshot presence = delta;
    presence.closedConnections.clear();
    presence.remoteNodes = {remote(u"b"_s, {carol, conn(5, u"erin"_s, 5)})};
    QVERIFY(model.applySnapshot(presence));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.connection(ConnectionKey{u"b"_s, 1})->messagesIn, quint64(9));
    QVERIFY(model.connection(ConnectionKey{u"b"_s, 5}));
    QVERIFY(model.connection(ConnectionKey{u"c"_s, 2}));

    // Node b's #1 went away there; node c left the cluster.
    RemoteNodeRows gone;
    gone.node = u"c"_s;
    gone.gone = true;
    presence.remoteNodes = {remote(u"b"_s, {conn(5, u"erin"_s, 5)}), gone};
    model.applySnapshot(presence);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.connection(2));
    QVERIFY(model.connection(ConnectionKey{u"b"_s, 5}));

    // A complete snapshot that names no other node: their rows go (the link went down).
    ServerSnapshot alone;
    alone.nodeName = u"a"_s;
    alone.connections = {on(conn(2, u"bob"_s, 2), u"a"_s)};
    model.applySnapshot(alone);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.hasRemoteRows());
    QVERIFY(model.showsNodes());

    // Without a cluster the node column has nothing to show.
    ServerSnapshot single;
    single.connections = {conn(3, u"x"_s, 7)};
    model.applySnapshot(single);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.connection(3));
    QVERIFY(!model.showsNodes());
}

QTEST_GUILESS_MAIN(TestConnectionsModel)
#include "tst_connectionsmodel.moc"
