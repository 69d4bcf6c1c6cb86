// The window in a cluster (SPEC §9, issue 17): node A runs inside the window, node B on a
// ServerHost beside it, both on a real redis-server; real clients on both. The Connections view
// lists both nodes' connections keyed by node and id, and the window kicks one on the other node.
// Then the same through a window attached to node A's /ws/admin (SPEC §8).

#include "support/testsettings.h"
#include "support/dialogs.h"
#include "support/redisserver.h"
#include "support/requiredep.h"
#include "support/testclient.h"
#include "support/testserver.h"

#include "connectioninspector.h"
#include "connectionsmodel.h"
#include "connectionspanel.h"
#include "groupsmodels.h"
#include "kickdialog.h"
#include "mainwindow.h"
#include "nodesmodel.h"
#include "remote/remotehost.h"
#include "serverhost.h"
#include "uiformat.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using namespace TestSupport;

class TstClusterWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<RedisServer> m_redis;
    std::unique_ptr<TestServer> m_b;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerHost> m_host;
    std::unique_ptr<MainWindow> m_window;

    ServerConfig nodeConfig(const QString &name) const
    {
        ServerConfig c = testConfig();
        c.redisUrl = m_redis->url();
        c.nodeName = name;
        return c;
    }

    QUrl urlA(const QString &pathAndQuery) const
    {
        return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(m_host->port()).arg(pathAndQuery));
    }

    // The window's row for `client` on `node`, matched by the client's local port.
    const ConnectionInfo *rowOn(const QString &node, const TestClient &client) const
    {
        for (const ConnectionInfo &c : m_window->connectionsModel()->rows()) {
            if (c.node == node && c.remotePort == client.ws.localPort())
                return &c;
        }
        return nullptr;
    }

    void kickThroughDialog(const ConnectionKey &key, int code, const QString &reason)
    {
        bool seen = false;
        whenDialogShows<KickDialog>(this, [&](KickDialog *dialog) {
            seen = true;
            auto *codeBox = dialog->findChild<QSpinBox *>(u"closeCode"_s);
            auto *reasonEdit = dialog->findChild<QLineEdit *>(u"closeReason"_s);
            QVERIFY(codeBox && reasonEdit);
            codeBox->setValue(code);
            reasonEdit->setText(reason);
            clickOk(dialog);
        });
        m_window->kickConnection(key);   // what the context menu's "Kick connection … on node …" runs
        QVERIFY(seen);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateSettings(u"tst_clusterwindow"_s);
    }

    void init()
    {
        SOCKETSCOPE_REQUIRE_DEP(!RedisServer::program().isEmpty(), "redis-server (Debian package redis-server)");
        m_redis = std::make_unique<RedisServer>();
        QVERIFY(m_redis->start());
        m_b = std::make_unique<TestServer>(nodeConfig(u"node-b"_s));
        QVERIFY(m_b->start());
        m_dir = std::make_unique<QTemporaryDir>();
        ServerConfig a = nodeConfig(u"node-a"_s);
        a.dbPath = m_dir->filePath(u"a.sqlite"_s);
        m_host = std::make_unique<ServerHost>();
        m_window = std::make_unique<MainWindow>(m_host.get(), a);
        new QAbstractItemModelTester(m_window->connectionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_window.get());
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_host->isListening(), 10000);
    }

    void cleanup()
    {
        m_window.reset();
        m_host.reset();
        m_b.reset();
        m_redis.reset();
        m_dir.reset();
    }

    void cleanupTestCase()
    {
        TestSupport::removeSettings();
    }

    void otherNodesConnectionsAreListedAndKicked()
    {
        TestClient bob;   // on A, the window's own node
        QVERIFY(bob.open(urlA(u"/ws/room/lobby"_s), {{"Cookie", "session_id=xyz789"}}));
        TestClient john;  // on B
        QVERIFY(john.open(m_b->url(u"/ws/room/lobby?token=secret-token"_s)));
        TestClient echo;  // on B too
        QVERIFY(echo.open(m_b->url(u"/ws/echo"_s)));

        ConnectionsModel *model = m_window->connectionsModel();
        QTRY_VERIFY_WITH_TIMEOUT(rowOn(u"node-b"_s, john) && rowOn(u"node-b"_s, echo) && rowOn(u"node-a"_s, bob), 10000);
        QCOMPARE(rowOn(u"node-b"_s, john)->userName, u"john_doe"_s);
        QCOMPARE(rowOn(u"node-b"_s, john)->target, u"lobby"_s);
        const ConnectionKey johnKey = model->keyOf(*rowOn(u"node-b"_s, john));
        const ConnectionKey bobKey = model->keyOf(*rowOn(u"node-a"_s, bob));
        QCOMPARE(johnKey.node, u"node-b"_s);
        QCOMPARE(bobKey.node, QString());   // this node's rows: named by id alone
        // Both nodes count from 1: the same id on two nodes is two rows.
        QCOMPARE(johnKey.id, bobKey.id);
        QCOMPARE(model->index(model->rowOfKey(johnKey), ConnectionsModel::NodeColumn).data().toString(), u"node-b"_s);
        QCOMPARE(model->index(model->rowOfKey(bobKey), ConnectionsModel::NodeColumn).data().toString(), u"node-a"_s);
        auto *panel = m_window->findChild<ConnectionsPanel *>();
        QVERIFY(panel);
        QVERIFY(!panel->view()->isColumnHidden(ConnectionsModel::NodeColumn));
        QTRY_VERIFY(m_window->findChild<QLabel *>(u"statusConnections"_s)
                        && m_window->findChild<QLabel *>(u"statusConnections"_s)->text().contains(u"3 in the cluster"_s));
        // The room is the cluster's: bob here and john on node B.
        QTRY_VERIFY(m_window->roomsModel()->room(u"lobby"_s) && m_window->roomsModel()->room(u"lobby"_s)->count() == 2);
        QCOMPARE(m_window->roomsModel()->room(u"lobby"_s)->remoteMembers, QList<ConnectionKey>({johnKey}));

        // The inspector reads a connection on its own node: for node B's the window says so.
        m_window->inspectConnection(johnKey);
        QVERIFY(m_window->findChildren<ConnectionInspector *>().isEmpty());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"node-b"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // Kick john on node B from node A's window: only john goes, with the chosen close.
        kickThroughDialog(johnKey, 4002, u"Moved"_s);
        QVERIFY(john.waitClosed());
        QCOMPARE(john.closeCode, 4002);
        QCOMPARE(john.closeReason, u"Moved"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!rowOn(u"node-b"_s, john), 10000);
        QTRY_COMPARE(m_window->roomsModel()->room(u"lobby"_s)->count(), 1);
        QVERIFY(rowOn(u"node-b"_s, echo));
        QVERIFY(rowOn(u"node-a"_s, bob));
        QVERIFY(!bob.disconnected);
        QVERIFY(!echo.disconnected);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"done"_s));

        // A kick of this node's connection with the same id is still this node's.
        kickThroughDialog(bobKey, 4003, u"Local"_s);
        QVERIFY(bob.waitClosed());
        QCOMPARE(bob.closeCode, 4003);
        QVERIFY(!echo.disconnected);
    }

    void nodeThatStopsLeavesTheTable()
    {
        TestClient john;
        QVERIFY(john.open(m_b->url(u"/ws?token=secret-token"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(rowOn(u"node-b"_s, john), 10000);
        m_b.reset();   // a clean stop deletes its presence at once; a dead node's expires in 3 s
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->connectionsModel()->hasRemoteRows(), 10000);
    }

    void attachedWindowShowsTheCluster()
    {
        // A second window, attached to node A over /ws/admin, with no server of its own.
        QTemporaryDir dir;
        ServerConfig local = testConfig();
        local.dbPath = dir.filePath(u"local.sqlite"_s);
        ServerHost localHost;
        MainWindow attached(&localHost, local, nullptr, false);
        new QAbstractItemModelTester(attached.connectionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &attached);
        attached.show();
        TestClient john;
        QVERIFY(john.open(m_b->url(u"/ws/room/lobby?token=secret-token"_s)));
        attached.attachTo(QUrl(u"ws://127.0.0.1:%1/ws/admin"_s.arg(m_host->port())), u"valid-token"_s);

        const auto johnRow = [&]() -> const ConnectionInfo * {
            for (const ConnectionInfo &c : attached.connectionsModel()->rows()) {
                if (c.node == u"node-b"_s && c.remotePort == john.ws.localPort())
                    return &c;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(johnRow(), 15000);
        const ConnectionKey key = attached.connectionsModel()->keyOf(*johnRow());
        QCOMPARE(key.node, u"node-b"_s);
        auto *panel = attached.findChild<ConnectionsPanel *>();
        QVERIFY(panel && !panel->view()->isColumnHidden(ConnectionsModel::NodeColumn));
        // The attached window's own admin link is node A's row.
        QTRY_VERIFY(std::any_of(attached.connectionsModel()->rows().cbegin(), attached.connectionsModel()->rows().cend(),
                                [](const ConnectionInfo &c) { return c.node == u"node-a"_s && c.endpoint == EndpointKind::Admin; }));

        // The Nodes view: node A (this window's server) and node B, as the stream shows them.
        auto *nodes = attached.findChild<NodesModel *>();
        QVERIFY(nodes);
        QTRY_COMPARE(nodes->rowCount(), 2);
        QVERIFY(nodes->rowForKey(u"node-a"_s) && nodes->rowForKey(u"node-a"_s)->self);
        QVERIFY(nodes->rowForKey(u"node-a"_s)->redisUp);
        QCOMPARE(nodes->rowForKey(u"node-a"_s)->address, u"ws://127.0.0.1:%1"_s.arg(m_host->port()));
        QVERIFY(nodes->rowForKey(u"node-b"_s) && !nodes->rowForKey(u"node-b"_s)->self);
        QCOMPARE(nodes->rowForKey(u"node-b"_s)->address, u"ws://127.0.0.1:%1"_s.arg(m_b->port()));
        QTRY_COMPARE(nodes->rowForKey(u"node-b"_s)->connections, 1);

        bool seen = false;
        whenDialogShows<KickDialog>(this, [&](KickDialog *dialog) {
            seen = true;
            clickOk(dialog);
        });
        attached.kickConnection(key);
        QVERIFY(seen);
        QVERIFY(john.waitClosed());
        QCOMPARE(john.closeCode, 1008);
        QTRY_VERIFY_WITH_TIMEOUT(!johnRow(), 10000);

        // Node B stops: it leaves the attached window's Nodes view and tables.
        m_b.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!nodes->rowForKey(u"node-b"_s), 10000);
        QCOMPARE(nodes->rowCount(), 1);
    }
};

QTEST_MAIN(TstClusterWindow)
#include "tst_clusterwindow.moc"
