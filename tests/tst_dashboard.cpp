// GUI tests of the dashboard (offscreen): a real MainWindow driving a real server thread on
// 127.0.0.1 port 0, with real QWebSocket clients. Dialogs are filled and accepted through their
// widgets, the way a user would, while the window's own code path runs them.

#include "support/testsettings.h"
#include "support/dialogs.h"
#include "broadcastdialog.h"
#include "connectionsmodel.h"
#include "dashboard.h"
#include "eventlogmodel.h"
#include "eventlogpanel.h"
#include "groupsmodels.h"
#include "kickdialog.h"
#include "connectionspanel.h"
#include "portspinbox.h"
#include "publishdialog.h"
#include "ratelimitspanel.h"
#include "serverhost.h"
#include "uiformat.h"

#include "support/testclient.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTcpServer>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using TestSupport::TestClient;

using TestSupport::clickOk;
using TestSupport::whenDialogShows;

class TstDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void connectionRowShowsUserAndAuthMethod();
    void kickDialogClosesClientWithChosenCodeAndReason();
    void broadcastDialogReachesClientsInRoom();
    void rateLimitViewChangesNextMessage();
    void eventLogShowsCloseCodeWithMeaning();
    void echoRowsHaveNoRateBar();
    void windowAdminActionsNameTheWindow();
    void kickingAClosedConnectionSaysWhen();
    void altNumberRaisesDockWithoutHiding();
    void portFieldKeepsOutOfRangeDigits();
    void portInUseKeepsServerRunning();
    void firstClientHintUntilSomeoneConnects();
    void publishDialogCountsSubscribers();

private:
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(m_host->port()).arg(pathAndQuery));
    }
    // The server's row for `client`, matched by the client's local port; nullptr if not there yet.
    const ConnectionInfo *rowOf(const TestClient &client) const
    {
        for (const ConnectionInfo &c : m_window->connectionsModel()->rows()) {
            if (c.remotePort == client.ws.localPort())
                return &c;
        }
        return nullptr;
    }
    QString cellOf(const TestClient &client, int column) const
    {
        ConnectionsModel *model = m_window->connectionsModel();
        const ConnectionInfo *c = rowOf(client);
        if (!c)
            return {};
        return model->index(model->rowOfKey(c->id), column).data().toString();
    }
    // Rows of the event log model whose close-code column reads `text`.
    QList<int> eventRowsWithCloseCode(const QString &text) const
    {
        QList<int> rows;
        EventLogModel *model = m_window->eventLog()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, EventLogModel::CloseCodeColumn).data().toString() == text)
                rows.append(r);
        }
        return rows;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerHost> m_host;
    std::unique_ptr<MainWindow> m_window;
};

void TstDashboard::initTestCase()
{
    // The window reads and writes QSettings: keep them away from the user's real ones.
    TestSupport::isolateSettings(u"tst_dashboard"_s);
}

void TstDashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ServerConfig config;
    config.host = u"127.0.0.1"_s;
    config.port = 0;   // any free port; the window's port box shows 0 as "any"
    config.dbPath = m_dir->filePath(u"socketscope.sqlite"_s);
    config.jwtSecret = u"test-secret-0123456789abcdef"_s;
    m_host = std::make_unique<ServerHost>();
    m_window = std::make_unique<MainWindow>(m_host.get(), config);
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_host->isListening(), 10000);
    QVERIFY(m_host->port() != 0);
    // A first snapshot has arrived: the views know the server's state.
    QTRY_VERIFY(m_window->lastSnapshot().listening);
}

void TstDashboard::cleanup()
{
    m_window.reset();
    m_host.reset();
    m_dir.reset();
}

void TstDashboard::cleanupTestCase()
{
    TestSupport::removeSettings();
}

void TstDashboard::connectionRowShowsUserAndAuthMethod()
{
    TestClient john;
    QVERIFY(john.open(url(u"/ws/room/lobby?token=secret-token"_s)));
    TestClient bob;
    QVERIFY(bob.open(url(u"/ws"_s), {{"Cookie", "session_id=xyz789"}}));
    TestClient alice;
    QVERIFY(alice.open(url(u"/ws/subscribe/news"_s), {{"Authorization", "Bearer valid-token"}}));
    TestClient carol;   // no credentials on the echo endpoint
    QVERIFY(carol.open(url(u"/ws/echo"_s)));

    QTRY_VERIFY(rowOf(john) && rowOf(bob) && rowOf(alice) && rowOf(carol));
    QCOMPARE(cellOf(john, ConnectionsModel::UserColumn), u"john_doe (123)"_s);
    QCOMPARE(cellOf(john, ConnectionsModel::AuthColumn), UiFormat::authMethod(AuthMethod::Query));
    QCOMPARE(cellOf(john, ConnectionsModel::AuthColumn), u"query"_s);
    QVERIFY(cellOf(john, ConnectionsModel::EndpointColumn).startsWith(u"/ws/room/lobby"_s));
    QVERIFY(!cellOf(john, ConnectionsModel::EndpointColumn).contains(u"secret-token"_s));   // redacted
    QCOMPARE(cellOf(bob, ConnectionsModel::UserColumn), u"bob (2)"_s);
    QCOMPARE(cellOf(bob, ConnectionsModel::AuthColumn), u"cookie"_s);
    QCOMPARE(cellOf(alice, ConnectionsModel::UserColumn), u"alice (1)"_s);
    QCOMPARE(cellOf(alice, ConnectionsModel::RoleColumn), u"admin"_s);
    QCOMPARE(cellOf(alice, ConnectionsModel::AuthColumn), u"header"_s);
    QCOMPARE(cellOf(carol, ConnectionsModel::UserColumn), u"anonymous"_s);

    // First-message auth: the row changes in place once the auth message is accepted.
    TestClient late;
    QVERIFY(late.open(url(u"/ws"_s)));
    QTRY_VERIFY(rowOf(late));
    QCOMPARE(cellOf(late, ConnectionsModel::AuthColumn), QString());
    late.send(u"{\"type\":\"auth\",\"token\":\"secret-token\"}"_s);
    QTRY_COMPARE(cellOf(late, ConnectionsModel::AuthColumn), UiFormat::authMethod(AuthMethod::Message));
    QCOMPARE(cellOf(late, ConnectionsModel::UserColumn), u"john_doe (123)"_s);

    // And the row goes away when the client leaves.
    bob.ws.close();
    QTRY_VERIFY(!rowOf(bob));
    QVERIFY(rowOf(john));
}

void TstDashboard::kickDialogClosesClientWithChosenCodeAndReason()
{
    TestClient victim;
    QVERIFY(victim.open(url(u"/ws/room/lobby?token=secret-token"_s)));
    TestClient bystander;
    QVERIFY(bystander.open(url(u"/ws/room/lobby"_s), {{"Cookie", "session_id=xyz789"}}));
    QTRY_VERIFY(rowOf(victim) && rowOf(bystander));
    const quint64 id = rowOf(victim)->id;

    bool dialogSeen = false;
    whenDialogShows<KickDialog>(this, [&](KickDialog *dialog) {
        dialogSeen = true;
        auto *code = dialog->findChild<QSpinBox *>(u"closeCode"_s);
        auto *reason = dialog->findChild<QLineEdit *>(u"closeReason"_s);
        QVERIFY(code && reason);
        QCOMPARE(code->value(), 1008);                     // the defaults the issue asks for
        QCOMPARE(reason->text(), u"Kicked by admin"_s);
        code->setValue(4001);
        reason->setText(u"Bye"_s);
        clickOk(dialog);
    });
    m_window->kickConnection(id);   // what the context menu's "Kick connection…" runs
    QVERIFY(dialogSeen);

    QVERIFY(victim.waitClosed());
    QCOMPARE(victim.closeCode, 4001);
    QCOMPARE(victim.closeReason, u"Bye"_s);
    QTRY_VERIFY(!rowOf(victim));
    // Only that connection.
    QVERIFY(bystander.ws.state() == QAbstractSocket::ConnectedState);
    QVERIFY(rowOf(bystander));
    // The event log records the kick with its code.
    QTRY_VERIFY(!eventRowsWithCloseCode(u"4001 (%1)"_s.arg(UiFormat::closeCodeMeaning(4001))).isEmpty());

    // Cancelling the dialog kicks nobody: the bystander still gets its pong afterwards.
    whenDialogShows<KickDialog>(this, [](KickDialog *dialog) { dialog->reject(); });
    m_window->kickConnection(rowOf(bystander)->id);
    bystander.send(u"ping"_s);
    QTRY_VERIFY(bystander.texts.contains(u"pong"_s));
    QVERIFY(!bystander.disconnected);
}

void TstDashboard::broadcastDialogReachesClientsInRoom()
{
    TestClient inRoom;
    QVERIFY(inRoom.open(url(u"/ws/room/lobby?token=secret-token"_s)));
    TestClient otherRoom;
    QVERIFY(otherRoom.open(url(u"/ws/room/dev"_s), {{"Cookie", "session_id=xyz789"}}));
    QCOMPARE(inRoom.next(), u"john_doe joined the room"_s);
    QCOMPARE(otherRoom.next(), u"bob joined the room"_s);
    // The dialog offers the rooms of the window's latest snapshot.
    QTRY_VERIFY(m_window->roomsModel()->room(u"lobby"_s) && m_window->roomsModel()->room(u"dev"_s));

    bool dialogSeen = false;
    whenDialogShows<BroadcastDialog>(this, [&](BroadcastDialog *dialog) {
        dialogSeen = true;
        auto *target = dialog->findChild<QComboBox *>(u"broadcastTarget"_s);
        auto *value = dialog->findChild<QComboBox *>(u"broadcastValue"_s);
        auto *text = dialog->findChild<QPlainTextEdit *>(u"broadcastText"_s);
        QVERIFY(target && value && text);
        target->setCurrentIndex(target->findData(int(BroadcastDialog::Target::Room)));
        const int lobby = value->findData(u"lobby"_s);
        QVERIFY(lobby >= 0);
        value->setCurrentIndex(lobby);
        text->setPlainText(u"Maintenance at noon"_s);
        QCOMPARE(dialog->recipients(), 1);
        clickOk(dialog);
    });
    m_window->showBroadcastDialog();   // the toolbar's Broadcast… (Ctrl+B)
    QVERIFY(dialogSeen);

    QCOMPARE(inRoom.next(), u"Maintenance at noon"_s);
    // Not to the other room: a later message there arrives first.
    TestClient probe;
    QVERIFY(probe.open(url(u"/ws/room/dev?token=valid-token"_s)));
    QCOMPARE(otherRoom.next(), u"alice joined the room"_s);
}

void TstDashboard::rateLimitViewChangesNextMessage()
{
    RateLimitsPanel *panel = m_window->rateLimitsPanel();
    auto *limit = panel->findChild<QSpinBox *>(u"rateLimit"_s);
    auto *window = panel->findChild<QSpinBox *>(u"rateWindow"_s);
    auto *apply = panel->findChild<QPushButton *>(u"rateApply"_s);
    QVERIFY(limit && window && apply);
    QCOMPARE(limit->value(), 10);   // the server's default, from the snapshot
    QCOMPARE(window->value(), 60);

    TestClient before;
    QVERIFY(before.open(url(u"/ws?token=secret-token"_s)));
    QVERIFY(QJsonDocument::fromJson(before.next().toUtf8()).object().value(u"type"_s) == u"welcome"_s);
    before.send(u"one"_s);
    before.send(u"two"_s);
    QCOMPARE(before.next(), u"User 123: one"_s);
    QCOMPARE(before.next(), u"User 123: two"_s);   // 10 per minute: both pass

    limit->setValue(1);
    QVERIFY(apply->isEnabled());
    apply->click();
    QTRY_COMPARE(m_window->lastSnapshot().rateLimit, 1);
    QCOMPARE(m_window->lastSnapshot().rateWindowMs, 60'000);
    QVERIFY(!apply->isEnabled());   // nothing left to apply

    TestClient bob;   // a user with no messages yet in the window
    QVERIFY(bob.open(url(u"/ws"_s), {{"Cookie", "session_id=xyz789"}}));
    QVERIFY(!bob.next().isEmpty());   // welcome
    bob.send(u"first"_s);
    QCOMPARE(bob.next(), u"User 2: first"_s);
    bob.send(u"second"_s);
    const QJsonObject error = QJsonDocument::fromJson(bob.next().toUtf8()).object();
    QCOMPARE(error.value(u"error"_s).toString(), u"Rate limit exceeded. Try again later."_s);
    QVERIFY(error.value(u"retry_after_ms"_s).toInteger() > 0);
    // john_doe already used 2 of the new limit of 1.
    before.send(u"three"_s);
    QVERIFY(QJsonDocument::fromJson(before.next().toUtf8()).object().contains(u"error"_s));

    // The connections view shows bob's usage against the new limit.
    const auto bobAtLimit = [&] {
        const ConnectionInfo *c = rowOf(bob);
        return c && c->rateLimit == 1 && c->rateUsed >= 1;
    };
    QTRY_VERIFY(bobAtLimit());
    QCOMPARE(cellOf(bob, ConnectionsModel::RateColumn), u"1/1"_s);
}

void TstDashboard::eventLogShowsCloseCodeWithMeaning()
{
    const QString policy = u"1008 (%1)"_s.arg(UiFormat::closeCodeMeaning(1008));
    QCOMPARE(policy, u"1008 (Policy violation)"_s);

    TestClient bad;
    bad.open(url(u"/ws?token=not-a-token"_s));
    QVERIFY(bad.waitClosed());
    QCOMPARE(bad.closeCode, 1008);
    QCOMPARE(bad.closeReason, u"Invalid token"_s);

    EventLogModel *model = m_window->eventLog()->model();
    QTRY_VERIFY(!eventRowsWithCloseCode(policy).isEmpty());
    bool closedRow = false;
    for (int r : eventRowsWithCloseCode(policy)) {
        const ServerEvent &e = model->eventAt(r);
        if (e.kind == ServerEvent::Kind::Closed && e.closeCode == 1008) {
            closedRow = true;
            QCOMPARE(model->index(r, EventLogModel::KindColumn).data().toString(),
                     UiFormat::eventKindName(ServerEvent::Kind::Closed));
            QCOMPARE(model->index(r, EventLogModel::DetailColumn).data().toString(), u"Invalid token"_s);
        }
    }
    QVERIFY(closedRow);

    // A normal close by the client, too.
    TestClient polite;
    QVERIFY(polite.open(url(u"/ws/echo"_s)));
    polite.ws.close(QWebSocketProtocol::CloseCodeNormal, u"done"_s);
    QVERIFY(polite.waitClosed());
    QTRY_VERIFY(!eventRowsWithCloseCode(u"1000 (Normal closure)"_s).isEmpty());
    // What the view shows is what the model says (nothing filtered out by default).
    QTRY_COMPARE(m_window->eventLog()->proxy()->rowCount(), model->rowCount());
}

void TstDashboard::echoRowsHaveNoRateBar()
{
    // The rate limit counts per user: an anonymous /ws/echo connection has no bar (was "0/10").
    TestClient echo;
    QVERIFY(echo.open(url(u"/ws/echo"_s)));
    TestClient john;
    QVERIFY(john.open(url(u"/ws?token=secret-token"_s)));
    QTRY_VERIFY(rowOf(echo) && rowOf(john));
    QTRY_COMPARE(cellOf(john, ConnectionsModel::RateColumn), u"0/10"_s);
    QCOMPARE(cellOf(echo, ConnectionsModel::RateColumn), QString());
    ConnectionsModel *model = m_window->connectionsModel();
    const QModelIndex echoRate = model->index(model->rowOfKey(rowOf(echo)->id), ConnectionsModel::RateColumn);
    QVERIFY(echoRate.data(Roles::RateFraction).toDouble() < 0);
    QVERIFY(echoRate.data(Qt::ToolTipRole).toString().contains(u"per user"_s));
    const QModelIndex johnRate = model->index(model->rowOfKey(rowOf(john)->id), ConnectionsModel::RateColumn);
    QVERIFY(johnRate.data(Qt::ToolTipRole).toString().contains(u"per user"_s));
    QCOMPARE(model->headerData(ConnectionsModel::RateColumn, Qt::Horizontal).toString(), u"User's rate"_s);
}

void TstDashboard::windowAdminActionsNameTheWindow()
{
    TestClient victim;
    QVERIFY(victim.open(url(u"/ws?token=secret-token"_s)));
    QTRY_VERIFY(rowOf(victim));
    m_window->kick(rowOf(victim)->id, 1008, u"Kicked by admin"_s);
    QVERIFY(victim.waitClosed());
    EventLogModel *model = m_window->eventLog()->model();
    const auto adminRow = [model] {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->eventAt(r).kind == ServerEvent::Kind::Admin)
                return r;
        }
        return -1;
    };
    QTRY_VERIFY(adminRow() >= 0);
    // Not "anonymous" on endpoint "Admin": the window acted.
    QCOMPARE(model->index(adminRow(), EventLogModel::UserColumn).data().toString(), u"SocketScope window"_s);
    QCOMPARE(model->index(adminRow(), EventLogModel::EndpointColumn).data().toString(), QString());
}

void TstDashboard::kickingAClosedConnectionSaysWhen()
{
    TestClient gone;
    QVERIFY(gone.open(url(u"/ws/echo"_s)));
    QTRY_VERIFY(rowOf(gone));
    const quint64 id = rowOf(gone)->id;
    gone.ws.close(QWebSocketProtocol::CloseCodeNormal, u"bye"_s);
    QVERIFY(gone.waitClosed());
    QTRY_VERIFY(!m_window->connectionsModel()->connection(id));
    QTRY_VERIFY(!m_window->alreadyClosedText(id).isEmpty());
    // As if the dialog had been open while it closed: no request, no "Unknown connection".
    QCOMPARE(m_window->kick(id, 1008, u"Kicked by admin"_s), quint64(0));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(u"Connection %1 already closed at "_s.arg(id)), qPrintable(message));
    QVERIFY2(message.contains(u"1000 (Normal closure)"_s), qPrintable(message));
}

void TstDashboard::altNumberRaisesDockWithoutHiding()
{
    auto *rates = m_window->findChild<QDockWidget *>(u"rateLimitsDock"_s);
    auto *events = m_window->findChild<QDockWidget *>(u"eventLogDock"_s);
    auto *show = m_window->findChild<QAction *>(u"rateLimitsDockShow"_s);
    QVERIFY(rates && events && show);
    QCOMPARE(show->shortcut(), QKeySequence(u"Alt+4"_s));
    // Which dock of the tab group is in front (the tab bar QMainWindow keeps for it).
    const auto inFront = [this](const QDockWidget *dock) {
        for (const QTabBar *bar : m_window->findChildren<QTabBar *>()) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->tabText(i) == dock->windowTitle())
                    return bar->currentIndex() == i;
            }
        }
        return dock->isVisible();
    };
    events->raise();
    QTRY_VERIFY(inFront(events));
    QVERIFY(!inFront(rates));   // behind the event log's tab
    show->trigger();
    QTRY_VERIFY(inFront(rates));
    QVERIFY(!inFront(events));
    show->trigger();   // again: it stays (the dock's toggle action used to hide it here)
    QVERIFY(inFront(rates));
    QVERIFY(!rates->isHidden());
    QVERIFY(show->isChecked());
    // A closed view comes back.
    rates->close();
    QVERIFY(!show->isChecked());
    show->trigger();
    QTRY_VERIFY(!rates->isHidden() && inFront(rates));
    QVERIFY(show->isChecked());
}

void TstDashboard::portFieldKeepsOutOfRangeDigits()
{
    auto *port = m_window->findChild<PortSpinBox *>(u"portEdit"_s);
    QVERIFY(port);
    const quint16 running = m_host->port();
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, u"70000"_s);
    // Not silently 7000: the digits stay and the window says what is wrong.
    QCOMPARE(port->typedText(), u"70000"_s);
    QVERIFY(port->isOutOfRange());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"70000"_s));
    m_window->startServer();
    QVERIFY(m_window->serverStateText().contains(u"70000 is not a port"_s));
    QVERIFY(m_host->isListening());
    QCOMPARE(m_host->port(), running);
}

void TstDashboard::portInUseKeepsServerRunning()
{
    TestClient client;
    QVERIFY(client.open(url(u"/ws/echo"_s)));
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    const quint16 running = m_host->port();
    auto *port = m_window->findChild<PortSpinBox *>(u"portEdit"_s);
    QVERIFY(port);
    port->setValue(blocker.serverPort());
    bool warned = false;
    whenDialogShows<QMessageBox>(this, [&](QMessageBox *box) {
        warned = box->text().contains(QString::number(blocker.serverPort()));
        box->accept();
    });
    m_window->startServer();   // what Start does, or OK in Settings after a port change
    QVERIFY(warned);
    // The server was not stopped: the client is still connected, on the old port.
    QVERIFY(m_host->isListening());
    QCOMPARE(m_host->port(), running);
    client.send(u"still here"_s);
    QCOMPARE(client.next(), u"Message text was: still here"_s);
    QVERIFY(!client.disconnected);
    QCOMPARE(port->value(), int(running));
    // And the event log says so.
    EventLogModel *model = m_window->eventLog()->model();
    bool logged = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const ServerEvent &e = model->eventAt(r);
        logged = logged || (e.kind == ServerEvent::Kind::Error && e.text.contains(QString::number(blocker.serverPort())));
    }
    QVERIFY(logged);
}

void TstDashboard::firstClientHintUntilSomeoneConnects()
{
    ConnectionsPanel *panel = m_window->connectionsPanel();
    QTRY_VERIFY(panel->isEmptyHintShown());
    const QString hint = panel->emptyHint()->text();
    QVERIFY2(hint.contains(u"python3 -m websockets ws://127.0.0.1:%1/ws/echo"_s.arg(m_host->port())), qPrintable(hint));
    TestClient first;
    QVERIFY(first.open(url(u"/ws/echo"_s)));
    QTRY_VERIFY(!panel->isEmptyHintShown());
    first.ws.close();
    QTRY_VERIFY(panel->isEmptyHintShown());
}

void TstDashboard::publishDialogCountsSubscribers()
{
    TestClient a;
    QVERIFY(a.open(url(u"/ws/subscribe/prices?token=secret-token"_s)));
    TestClient b;
    QVERIFY(b.open(url(u"/ws/subscribe/prices"_s), {{"Cookie", "session_id=xyz789"}}));
    QTRY_VERIFY(m_window->topicsModel()->topic(u"prices"_s)
                && m_window->topicsModel()->topic(u"prices"_s)->subscribers.size() == 2);
    QString status;
    whenDialogShows<PublishDialog>(this, [&](PublishDialog *dialog) {
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text().contains(u"subscriber"_s))
                status = label->text();
        }
        dialog->reject();
    });
    m_window->showPublishDialog(u"prices"_s);
    QVERIFY2(status.contains(u"Reaches 2 subscriber"_s) && status.contains(u"“prices”"_s), qPrintable(status));
}

QTEST_MAIN(TstDashboard)
#include "tst_dashboard.moc"
