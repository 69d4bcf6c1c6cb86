#include "connectionsmodel.h"
#include "groupsmodels.h"
#include "uiformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SocketScope;

namespace {
QString cell(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}
} // namespace

class TestGroupsModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rooms();
    void topics();
    void members();
    void clusterGroups();
};

void TestGroupsModels::rooms()
{
    RoomsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRooms({RoomInfo{u"lobby"_s, {1, 2, 3}, 10, {}}, RoomInfo{u"games"_s, {4}, 0, {}}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(cell(model, 0, RoomsModel::NameColumn), u"lobby"_s);
    QCOMPARE(cell(model, 0, RoomsModel::MembersColumn), u"3"_s);
    QCOMPARE(cell(model, 0, RoomsModel::MessagesColumn), u"10"_s);
    QCOMPARE(cell(model, 1, RoomsModel::NameColumn), u"games"_s);
    QCOMPARE(model.headerData(RoomsModel::MembersColumn, Qt::Horizontal).toString(), u"Members"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // Reordered, one member left lobby, games closed, quiz opened.
    model.setRooms({RoomInfo{u"quiz"_s, {9}, 1, {}}, RoomInfo{u"lobby"_s, {1, 3}, 12, {}}});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, RoomsModel::MembersColumn), u"2"_s);
    QCOMPARE(cell(model, 0, RoomsModel::MessagesColumn), u"12"_s);
    QCOMPARE(cell(model, 1, RoomsModel::NameColumn), u"quiz"_s);
    QCOMPARE(model.room(u"lobby"_s)->members, (QList<quint64>{1, 3}));
    QVERIFY(!model.room(u"games"_s));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGroupsModels::topics()
{
    TopicsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTopics({TopicInfo{u"news"_s, {1, 2}, 5, {}}, TopicInfo{u"sport"_s, {}, 0, {}}, TopicInfo{u"tech"_s, {3}, 2, {}}});
    QCOMPARE(cell(model, 0, TopicsModel::SubscribersColumn), u"2"_s);
    QCOMPARE(cell(model, 0, TopicsModel::PublishedColumn), u"5"_s);
    QCOMPARE(cell(model, 2, TopicsModel::NameColumn), u"tech"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTopics({TopicInfo{u"tech"_s, {3}, 3, {}}, TopicInfo{u"news"_s, {1, 2}, 6, {}}, TopicInfo{u"sport"_s, {}, 0, {}}});
    QCOMPARE(changed.size(), 1);   // rows 0 and 2 in one range
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(cell(model, 0, TopicsModel::PublishedColumn), u"6"_s);
    QCOMPARE(cell(model, 2, TopicsModel::PublishedColumn), u"3"_s);
    QCOMPARE(model.index(1, 0).data(Roles::Target).toString(), u"sport"_s);
}

void TestGroupsModels::members()
{
    ConnectionsModel connections;
    ConnectionInfo a;
    a.id = 1; a.userId = 1; a.userName = u"alice"_s; a.authenticated = true;
    a.remoteAddress = u"10.0.0.1"_s; a.remotePort = 4000; a.messagesIn = 3; a.messagesOut = 4;
    ConnectionInfo b = a;
    b.id = 2; b.userId = 2; b.userName = u"bob"_s; b.messagesIn = 7;
    connections.setConnections({a, b});

    MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers({2, 1, 77}, {}, connections);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, MembersModel::IdColumn), u"2"_s);
    QCOMPARE(cell(model, 0, MembersModel::UserColumn), u"bob (2)"_s);
    QCOMPARE(cell(model, 0, MembersModel::RemoteColumn), u"10.0.0.1:4000"_s);
    QCOMPARE(cell(model, 0, MembersModel::MessagesInColumn), u"7"_s);
    QCOMPARE(cell(model, 1, MembersModel::MessagesOutColumn), u"4"_s);
    QCOMPARE(cell(model, 2, MembersModel::IdColumn), u"77"_s);
    QCOMPARE(cell(model, 2, MembersModel::RemoteColumn), QString());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    a.messagesIn = 30;
    connections.setConnections({a, b});
    model.setMembers({1, 2}, {}, connections);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, 1, MembersModel::MessagesInColumn), u"30"_s);

    // Switching the master row to another room swaps the rows.
    model.setMembers({}, {}, connections);
    QCOMPARE(model.rowCount(), 0);
}

// SPEC §9: the window's rooms and topics are the cluster's: other nodes' members merged in by
// name, kept between their presences, dropped when a node leaves.
void TestGroupsModels::clusterGroups()
{
    const auto remote = [](const QString &node, const QList<RoomInfo> &rooms, const QList<TopicInfo> &topics = {}) {
        RemoteNodeRows r;
        r.node = node;
        r.rooms = rooms;
        r.topics = topics;
        return r;
    };
    ClusterGroups groups;
    ServerSnapshot s;
    s.nodeName = u"a"_s;
    s.rooms = {RoomInfo{u"lobby"_s, {1, 2}, 10, {}}};
    s.topics = {TopicInfo{u"news"_s, {1}, 3, {}}};
    s.remoteNodes = {remote(u"b"_s, {RoomInfo{u"lobby"_s, {1}, 4, {}}, RoomInfo{u"quiz"_s, {7}, 1, {}}},
                            {TopicInfo{u"news"_s, {5, 6}, 0, {}}})};
    groups.apply(s);
    QCOMPARE(groups.rooms().size(), 2);
    const RoomInfo &lobby = groups.rooms().at(0);
    QCOMPARE(lobby.name, u"lobby"_s);
    QCOMPARE(lobby.members, QList<quint64>({1, 2}));
    QCOMPARE(lobby.remoteMembers, QList<ConnectionKey>({ConnectionKey(u"b"_s, 1)}));
    QCOMPARE(lobby.count(), 3);
    QCOMPARE(lobby.messages, quint64(10));   // this node's count
    QCOMPARE(groups.rooms().at(1).name, u"quiz"_s);   // only on node b
    QCOMPARE(groups.rooms().at(1).count(), 1);
    QCOMPARE(groups.topics().at(0).count(), 3);

    RoomsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRooms(groups.rooms());
    QCOMPARE(cell(model, 0, RoomsModel::MembersColumn), u"3"_s);

    // This node's deltas come between node b's presences: b's members stay.
    ServerSnapshot delta;
    delta.nodeName = u"a"_s;
    delta.connectionsComplete = false;
    delta.rooms = {RoomInfo{u"lobby"_s, {2}, 11, {}}};
    groups.apply(delta);
    QCOMPARE(groups.rooms().size(), 2);
    QCOMPARE(groups.rooms().at(0).count(), 2);
    QCOMPARE(groups.topics().size(), 0 + 1);   // news lives on in node b
    QCOMPARE(groups.topics().at(0).subscribers, QList<quint64>());
    QCOMPARE(groups.topics().at(0).count(), 2);

    // Members of a merged room, looked up in the connections model by node and id.
    ConnectionsModel connections;
    ServerSnapshot conns;
    conns.nodeName = u"a"_s;
    ConnectionInfo mine;
    mine.id = 2;
    mine.node = u"a"_s;
    mine.userName = u"alice"_s;
    conns.connections = {mine};
    RemoteNodeRows rows;
    rows.node = u"b"_s;
    ConnectionInfo theirs;
    theirs.id = 1;
    theirs.node = u"b"_s;
    theirs.userName = u"bob"_s;
    rows.connections = {theirs};
    conns.remoteNodes = {rows};
    connections.applySnapshot(conns);
    MembersModel members;
    QAbstractItemModelTester membersTester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
    members.setMembers(groups.rooms().at(0).members, groups.rooms().at(0).remoteMembers, connections);
    QCOMPARE(members.rowCount(), 2);
    QCOMPARE(cell(members, 0, MembersModel::UserColumn), UiFormat::user(-1, u"alice"_s));
    QCOMPARE(cell(members, 0, MembersModel::NodeColumn), u"a"_s);
    QCOMPARE(cell(members, 1, MembersModel::UserColumn), UiFormat::user(-1, u"bob"_s));
    QCOMPARE(cell(members, 1, MembersModel::NodeColumn), u"b"_s);

    // Node b leaves: only this node's groups remain.
    RemoteNodeRows gone;
    gone.node = u"b"_s;
    gone.gone = true;
    delta.remoteNodes = {gone};
    groups.apply(delta);
    QCOMPARE(groups.rooms().size(), 1);
    QCOMPARE(groups.rooms().at(0).count(), 1);
    QCOMPARE(groups.topics().size(), 0);
}

QTEST_GUILESS_MAIN(TestGroupsModels)
#include "tst_groupsmodels.moc"
