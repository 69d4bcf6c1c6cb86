// The Nodes view's model (SPEC §9) and its panel: rows follow the cluster, the link state shows.

#include "nodesmodel.h"
#include "nodespanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using Col = NodesModel::Column;

namespace {
QString cell(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

NodeInfo node(const QString &name, int connections, bool up, bool self = false)
{
    NodeInfo n;
    n.name = name;
    n.address = u"ws://10.0.0.1:8000"_s;
    n.connections = connections;
    n.messagesPerSecond = 12.5;
    n.redisUp = up;
    n.lastHeartbeatMs = 1'700'000'000'000;
    n.self = self;
    return n;
}
} // namespace

class TestNodesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheCluster()
    {
        NodesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNodes({node(u"ws-1"_s, 3, true, true), node(u"ws-2"_s, 5, true)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(Col::ColumnCount));
        QVERIFY(cell(model, 0, Col::NameColumn).contains(u"ws-1"_s));
        QVERIFY(cell(model, 0, Col::NameColumn) != u"ws-1"_s);   // marked as this node
        QCOMPARE(cell(model, 1, Col::NameColumn), u"ws-2"_s);
        QCOMPARE(cell(model, 1, Col::ConnectionsColumn), u"5"_s);
        QCOMPARE(cell(model, 1, Col::RateColumn), u"12.5"_s);
        QCOMPARE(cell(model, 1, Col::AddressColumn), u"ws://10.0.0.1:8000"_s);
        const QString up = cell(model, 1, Col::RedisColumn);

        // ws-2 is gone, ws-3 came, this node lost Redis.
        model.setNodes({node(u"ws-1"_s, 4, false, true), node(u"ws-3"_s, 0, true)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, Col::ConnectionsColumn), u"4"_s);
        QVERIFY(cell(model, 0, Col::RedisColumn) != up);
        QVERIFY(model.index(0, Col::RedisColumn).data(Qt::ToolTipRole).toString().size() > 10);
        QCOMPARE(cell(model, 1, Col::NameColumn), u"ws-3"_s);

        model.setNodes({});
        QCOMPARE(model.rowCount(), 0);
    }

    void panelShowsTheLink()
    {
        NodesPanel panel;
        auto *status = panel.findChild<QLabel *>(u"clusterStatus"_s);
        QVERIFY(status);
        const QString alone = status->text();
        ServerSnapshot s;
        s.redisUrl = u"redis://10.0.0.5:6379/0"_s;
        s.nodes = {node(u"ws-1"_s, 1, true, true), node(u"ws-2"_s, 1, true)};
        panel.setSnapshot(s);
        QVERIFY(status->text().contains(u"redis://10.0.0.5:6379/0"_s));
        QVERIFY(status->text() != alone);
        const QString up = status->text();
        s.nodes = {node(u"ws-1"_s, 1, false, true)};
        panel.setSnapshot(s);
        QVERIFY(status->text() != up);
        QCOMPARE(panel.model()->rowCount(), 1);
        // Another running node holds this node's name: said as such, not as a lost link.
        const QString down = status->text();
        NodeInfo clash = node(u"ws-1"_s, 1, false, true);
        clash.nameInUse = true;
        s.nodes = {clash};
        panel.setSnapshot(s);
        QVERIFY(status->text().contains(u"ws-1"_s));
        QVERIFY(status->text() != down);
        QCOMPARE(panel.model()->index(0, NodesModel::RedisColumn).data().toString(), u"name in use"_s);
        QVERIFY(panel.model()->index(0, NodesModel::RedisColumn).data(Qt::ToolTipRole).toString().contains(u"ws-1"_s));
        panel.setSnapshot(ServerSnapshot{});
        QCOMPARE(status->text(), alone);
    }
};

QTEST_MAIN(TestNodesModel)
#include "tst_nodesmodel.moc"
