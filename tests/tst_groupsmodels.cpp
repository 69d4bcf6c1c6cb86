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
};

void TestGroupsModels::rooms()
{
    RoomsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRooms({RoomInfo{u"lobby"_s, {1, 2, 3}, 10}, RoomInfo{u"games"_s, {4}, 0}});
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
    model.setRooms({RoomInfo{u"quiz"_s, {9}, 1}, RoomInfo{u"lobby"_s, {1, 3}, 12}});
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
    model.setTopics({TopicInfo{u"news"_s, {1, 2}, 5}, TopicInfo{u"sport"_s, {}, 0}, TopicInfo{u"tech"_s, {3}, 2}});
    QCOMPARE(cell(model, 0, TopicsModel::SubscribersColumn), u"2"_s);
    QCOMPARE(cell(model, 0, TopicsModel::PublishedColumn), u"5"_s);
    QCOMPARE(cell(model, 2, TopicsModel::NameColumn), u"tech"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTopics({TopicInfo{u"tech"_s, {3}, 3}, TopicInfo{u"news"_s, {1, 2}, 6}, TopicInfo{u"sport"_s, {}, 0}});
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
    model.setMembers({2, 1, 77}, connections);
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
    model.setMembers({1, 2}, connections);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, 1, MembersModel::MessagesInColumn), u"30"_s);

    // Switching the master row to another room swaps the rows.
    model.setMembers({}, connections);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestGroupsModels)
#include "tst_groupsmodels.moc"
