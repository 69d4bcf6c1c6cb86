// The window attached to a running server (SPEC §8, issue 16): a headless server on a ServerHost
// in this process on port 0, the MainWindow attached to its /ws/admin over a real socket, real
// clients of that server. Also the admin command encoder the remote link uses.

#include "support/testsettings.h"
#include "support/dialogs.h"
#include "support/requiredep.h"
#include "support/testclient.h"
#include "support/testserver.h"

#include "admin/admincommand.h"
#include "attachdialog.h"
#include "broadcastdialog.h"
#include "connectionsmodel.h"
#include "groupsmodels.h"
#include "inbound.h"
#include "kickdialog.h"
#include "mainwindow.h"
#include "remote/remotehost.h"
#include "serverhost.h"
#include "userspanel.h"
#include "ratelimitspanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using TestSupport::TestClient;
using TestSupport::TestServer;

using TestSupport::clickOk;
using TestSupport::whenDialogShows;

namespace {

AdminCommand roundTrip(const AdminCommand &c)
{
    const auto parsed = parseAdminCommand(parseInbound(QString::fromUtf8(encodeAdminCommand(c))));
    if (!parsed || !parsed->error.isEmpty())
        return {};
    return parsed->command;
}

} // namespace

class TstAttach : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;   // the "remote" server: headless, no window of its own
    std::unique_ptr<QTemporaryDir> m_localDir;
    std::unique_ptr<ServerHost> m_local;    // the window's embedded server (never started here)
    std::unique_ptr<MainWindow> m_window;

    QUrl adminUrl() const { return QUrl(u"ws://127.0.0.1:%1/ws/admin"_s.arg(m_server->port())); }
    RemoteHost::State state() const
    {
        return m_window->remoteHost() ? m_window->remoteHost()->state() : RemoteHost::State::Detached;
    }
    const ConnectionInfo *rowOf(const TestClient &client) const
    {
        for (const ConnectionInfo &c : m_window->connectionsModel()->rows()) {
            if (c.remotePort == client.ws.localPort())
                return &c;
        }
        return nullptr;
    }
    QString statusLink() const
    {
        auto *label = m_window->statusBar()->findChild<QLabel *>(u"linkState"_s);
        return label && label->isVisible() ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateSettings(u"tst_attach"_s);
    }

    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_localDir = std::make_unique<QTemporaryDir>();
        ServerConfig local = TestSupport::testConfig();
        local.dbPath = m_localDir->filePath(u"local.sqlite"_s);
        m_local = std::make_unique<ServerHost>();
        m_window = std::make_unique<MainWindow>(m_local.get(), local, nullptr, false);
        m_window->show();
        // Remote deltas reach the same models: they must stay consistent under them.
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 m_window->connectionsModel(), m_window->roomsModel(), m_window->topicsModel()})
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
    }

    void cleanup()
    {
        m_window.reset();
        m_local.reset();
        m_server.reset();
    }

    void cleanupTestCase()
    {
        TestSupport::removeSettings();
    }

    void encoderRoundTrips()
    {
        AdminCommand b;
        b.type = AdminCommand::Type::Broadcast;
        b.text = u"héllo \"all\""_s;
        b.room = u"lobby"_s;
        AdminCommand r = roundTrip(b);
        QCOMPARE(r.type, b.type);
        QCOMPARE(r.text, b.text);
        QCOMPARE(r.room, b.room);
        b.room.clear();
        b.endpoint = EndpointKind::Echo;
        QCOMPARE(roundTrip(b).endpoint, EndpointKind::Echo);

        AdminCommand p;
        p.type = AdminCommand::Type::Publish;
        p.topic = u"news"_s;
        p.data = R"({"a":[1,2],"b":"x"})";
        r = roundTrip(p);
        QCOMPARE(r.type, p.type);
        QCOMPARE(r.topic, p.topic);
        QCOMPARE(r.data, p.data);

        AdminCommand k;
        k.type = AdminCommand::Type::KickConnection;
        k.connectionId = 42;
        k.code = 4001;
        k.reason = u"bye"_s;
        r = roundTrip(k);
        QCOMPARE(r.type, k.type);
        QCOMPARE(r.connectionId, 42u);
        QCOMPARE(r.code, 4001);
        QCOMPARE(r.reason, u"bye"_s);
        QCOMPARE(r.node, QString());
        k.node = u"node-b"_s;   // a connection on another node of a cluster (SPEC §9)
        r = roundTrip(k);
        QCOMPARE(r.node, u"node-b"_s);
        QCOMPARE(r.connectionId, 42u);
        k.node.clear();
        k.type = AdminCommand::Type::KickUser;
        k.userId = 7;
        r = roundTrip(k);
        QCOMPARE(r.type, AdminCommand::Type::KickUser);
        QCOMPARE(r.userId, 7);

        AdminCommand ban;
        ban.type = AdminCommand::Type::Ban;
        ban.userId = 2;
        ban.durationMs = 90'500;   // not whole seconds: must not round
        ban.reason = u"spam"_s;
        r = roundTrip(ban);
        QCOMPARE(r.durationMs, 90'500);
        QCOMPARE(r.reason, u"spam"_s);

        AdminCommand rate;
        rate.type = AdminCommand::Type::SetRateLimit;
        rate.limit = 25;
        rate.windowMs = 30'000;
        r = roundTrip(rate);
        QCOMPARE(r.limit, 25);
        QCOMPARE(r.windowMs, 30'000);

        AdminCommand send;
        send.type = AdminCommand::Type::SendToUser;
        send.userId = 123;
        send.text = u"hi"_s;
        r = roundTrip(send);
        QCOMPARE(r.type, send.type);
        QCOMPARE(r.userId, 123);

        AdminCommand close;
        close.type = AdminCommand::Type::CloseRoom;
        close.room = u"dev"_s;
        close.code = 1000;
        close.reason = u"Room closed by admin"_s;
        QCOMPARE(roundTrip(close).room, u"dev"_s);

        AdminCommand watch;
        watch.type = AdminCommand::Type::Watch;
        watch.rateHz = 10;
        QCOMPARE(roundTrip(watch).rateHz, 10);
        QCOMPARE(encodeAdminCommand(AdminCommand{}), QByteArray(R"({"type":"stats"})"));
    }

    void adminUrlNormalised()
    {
        QCOMPARE(RemoteHost::adminUrl(u"host:9000"_s), QUrl(u"ws://host:9000/ws/admin"_s));
        QCOMPARE(RemoteHost::adminUrl(u" wss://h:1/ "_s), QUrl(u"wss://h:1/ws/admin"_s));
        QCOMPARE(RemoteHost::adminUrl(u"wss://h:1/custom"_s), QUrl(u"wss://h:1/custom"_s));
        QString why;
        QVERIFY(!RemoteHost::adminUrl(u"http://h:1"_s, &why).isValid());
        QVERIFY(why.contains(u"ws://"_s));
        QVERIFY(!RemoteHost::adminUrl(u"ws://h:1/ws/admin?token=valid-token"_s, &why).isValid());
        QCOMPARE(RemoteHost::backoffMs(0), 1000);
        QCOMPARE(RemoteHost::backoffMs(2), 4000);
        QCOMPARE(RemoteHost::backoffMs(9), 30000);
    }

    void attachDialogChecksItsInput()
    {
        AttachDialog dialog({u"ws://one:1/ws/admin"_s, u"wss://two:2/ws/admin"_s});
        auto *url = dialog.findChild<QComboBox *>(u"attachUrl"_s);
        auto *token = dialog.findChild<QLineEdit *>(u"attachToken"_s);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(url && token && ok);
        QCOMPARE(url->count(), 2);   // the recent servers, most recent first
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        url->setEditText(u"ftp://x:1"_s);
        token->setText(u"valid-token"_s);
        QVERIFY(!ok->isEnabled());
        url->setEditText(u"127.0.0.1:9000"_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.url(), QUrl(u"ws://127.0.0.1:9000/ws/admin"_s));
        token->clear();
        QVERIFY(!ok->isEnabled());
        // The keyring answers either way (here, in a test, usually that there is none); the
        // dialog then says where the token goes, and "remember" is only offered with a keyring.
        auto *note = dialog.findChild<QLabel *>(u"keyringNote"_s);
        auto *remember = dialog.findChild<QCheckBox *>(u"rememberToken"_s);
        QVERIFY(note && remember);
        QTRY_VERIFY_WITH_TIMEOUT(!note->text().startsWith(u"Looking"_s), 30000);
        QCOMPARE(remember->isEnabled(), note->text().startsWith(u"Tokens are kept"_s));
        QCOMPARE(dialog.rememberToken(), remember->isEnabled() && remember->isChecked());
    }

    void remoteConnectionsAppearAndTitleSaysWhich()
    {
        TestClient john;
        QVERIFY(john.open(m_server->url(u"/ws/room/lobby?token=secret-token"_s)));
        m_window->attachTo(adminUrl(), u"valid-token"_s);
        QTRY_COMPARE_WITH_TIMEOUT(state(), RemoteHost::State::Attached, 10000);
        const QString where = u"ws://127.0.0.1:%1"_s.arg(m_server->port());
        QVERIFY2(m_window->windowTitle().contains(u"Attached to %1 — user alice"_s.arg(where)),
                 qPrintable(m_window->windowTitle()));
        QVERIFY2(statusLink().contains(u"Attached to %1"_s.arg(where)), qPrintable(statusLink()));
        // The rows come from the remote server's snapshots: john and the window's own link.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(john), 10000);
        QCOMPARE(rowOf(john)->userName, u"john_doe"_s);
        QCOMPARE(rowOf(john)->target, u"lobby"_s);
        QTRY_VERIFY(m_window->roomsModel()->room(u"lobby"_s));
        TestClient later;
        QVERIFY(later.open(m_server->url(u"/ws/echo"_s)));
        QTRY_VERIFY(rowOf(later));
        // Closed rows go away (a delta's closed ids).
        later.ws.close();
        QTRY_VERIFY(!rowOf(later));
        // Nothing runs locally while attached; the local-only controls say why they are off.
        QVERIFY(!m_local->isListening());
        auto *start = m_window->findChild<QAction *>(u"attachAction"_s);
        QVERIFY(start && start->isEnabled());
        QVERIFY(!m_window->usersPanel()->isEnabled());

        m_window->detach();
        QCOMPARE(m_window->remoteHost(), nullptr);
        QCOMPARE(m_window->connectionsModel()->rowCount(), 0);
        QVERIFY(!m_window->windowTitle().contains(u"Attached"_s));
        QVERIFY(m_window->usersPanel()->isEnabled());
        QVERIFY(!m_local->isListening());   // detaching does not start it either
        QCOMPARE(MainWindow::recentServers().value(0), adminUrl().toString());
    }

    void kickAndBroadcastFromWindowReachClients()
    {
        TestClient john;
        QVERIFY(john.open(m_server->url(u"/ws/room/lobby?token=secret-token"_s)));
        QCOMPARE(john.next(), u"john_doe joined the room"_s);
        TestClient bob;
        QVERIFY(bob.open(m_server->url(u"/ws/room/dev"_s), {{"Cookie", "session_id=xyz789"}}));
        QCOMPARE(bob.next(), u"bob joined the room"_s);
        m_window->attachTo(adminUrl(), u"valid-token"_s);
        QTRY_COMPARE_WITH_TIMEOUT(state(), RemoteHost::State::Attached, 10000);
        QTRY_VERIFY(rowOf(bob) && m_window->roomsModel()->room(u"lobby"_s));

        bool broadcastSeen = false;
        whenDialogShows<BroadcastDialog>(this, [&](BroadcastDialog *dialog) {
            broadcastSeen = true;
            auto *target = dialog->findChild<QComboBox *>(u"broadcastTarget"_s);
            auto *value = dialog->findChild<QComboBox *>(u"broadcastValue"_s);
            auto *text = dialog->findChild<QPlainTextEdit *>(u"broadcastText"_s);
            QVERIFY(target && value && text);
            target->setCurrentIndex(target->findData(int(BroadcastDialog::Target::Room)));
            const int lobby = value->findData(u"lobby"_s);
            QVERIFY(lobby >= 0);
            value->setCurrentIndex(lobby);
            text->setPlainText(u"Maintenance at noon"_s);
            clickOk(dialog);
        });
        m_window->showBroadcastDialog();
        QVERIFY(broadcastSeen);
        QCOMPARE(john.next(), u"Maintenance at noon"_s);
        // The remote answer comes back to the window as a result for its request.
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"1 connection"_s));

        const quint64 bobId = rowOf(bob)->id;
        bool kickSeen = false;
        whenDialogShows<KickDialog>(this, [&](KickDialog *dialog) {
            kickSeen = true;
            auto *code = dialog->findChild<QSpinBox *>(u"closeCode"_s);
            auto *reason = dialog->findChild<QLineEdit *>(u"closeReason"_s);
            QVERIFY(code && reason);
            code->setValue(4001);
            reason->setText(u"Remote kick"_s);
            clickOk(dialog);
        });
        m_window->kickConnection(bobId);   // the context menu's Kick connection…
        QVERIFY(kickSeen);
        QVERIFY(bob.waitClosed());
        QCOMPARE(bob.closeCode, 4001);
        QCOMPARE(bob.closeReason, u"Remote kick"_s);
        QTRY_VERIFY(!rowOf(bob));
        QVERIFY(!john.disconnected);
    }

    void rateLimitChangesTheAttachedServerOnly()
    {
        const QVariant savedBefore = QSettings().value(u"server/rateLimit"_s);
        m_window->attachTo(adminUrl(), u"valid-token"_s);
        QTRY_COMPARE_WITH_TIMEOUT(state(), RemoteHost::State::Attached, 10000);
        RateLimitsPanel *panel = m_window->rateLimitsPanel();
        auto *limit = panel->findChild<QSpinBox *>(u"rateLimit"_s);
        auto *apply = panel->findChild<QPushButton *>(u"rateApply"_s);
        QVERIFY(limit && apply);
        QTRY_COMPARE(limit->value(), 10);   // the remote server's, from its snapshot
        limit->setValue(25);
        QVERIFY(apply->isEnabled());
        apply->click();
        QTRY_COMPARE(m_window->lastSnapshot().rateLimit, 25);
        // The embedded server's configuration and saved settings are not the remote's.
        QCOMPARE(m_window->config().rateLimit, 10);
        QCOMPARE(QSettings().value(u"server/rateLimit"_s), savedBefore);
        // And the remote server enforces it: john gets 25 messages before the limit, not 10.
        TestClient john;
        QVERIFY(john.open(m_server->url(u"/ws?token=secret-token"_s)));
        john.next();   // welcome
        for (int i = 0; i < 12; ++i)
            john.send(u"m%1"_s.arg(i));
        for (int i = 0; i < 12; ++i)
            QCOMPARE(john.next(), u"User 123: m%1"_s.arg(i));
    }

    void linkLossShownAndRetried()
    {
        m_window->attachTo(adminUrl(), u"valid-token"_s);
        QTRY_COMPARE_WITH_TIMEOUT(state(), RemoteHost::State::Attached, 10000);
        const quint16 port = m_server->port();
        QSignalSpy stopped(&m_server->host(), &ServerHost::stopped);
        m_server->host().stop();
        QVERIFY(stopped.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(state(), RemoteHost::State::Lost, 10000);
        QVERIFY2(statusLink().contains(u"lost, retrying in"_s), qPrintable(statusLink()));
        // No stale rows passing for live ones while the link is down.
        QCOMPARE(m_window->connectionsModel()->rowCount(), 0);
        QVERIFY(m_window->windowTitle().contains(u"lost"_s));
        // While the link is down an action fails with a message instead of vanishing.
        QString warning;
        whenDialogShows<QMessageBox>(this, [&](QMessageBox *box) {
            warning = box->text();
            box->accept();
        });
        QVERIFY(m_window->kick(999, 1008, u"x"_s) != 0);
        QTRY_VERIFY(!warning.isEmpty());
        QVERIFY2(warning.contains(u"not attached"_s), qPrintable(warning));

        ServerConfig again = m_server->config();
        again.port = port;
        QSignalSpy started(&m_server->host(), &ServerHost::started);
        m_server->host().start(again);
        QVERIFY(started.wait(10000));
        QVERIFY(started.at(0).at(0).toBool());
        // Retries back off 1, 2, 4 s: attached again well within 15 s.
        QTRY_COMPARE_WITH_TIMEOUT(state(), RemoteHost::State::Attached, 15000);
        TestClient after;
        QVERIFY(after.open(m_server->url(u"/ws/echo"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(after), 10000);
    }

    void silentPeerGivenUpAndRetried()
    {
        // Accepts TCP and never answers the upgrade: Qt's QWebSocket alone would wait forever.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] { accepted.append(silent.nextPendingConnection()); });
        RemoteHost remote;
        remote.setLinkTimeouts(400, 400);
        QSignalSpy lost(&remote, &RemoteHost::stateChanged);
        remote.attach(QUrl(u"ws://127.0.0.1:%1/ws/admin"_s.arg(silent.serverPort())), u"valid-token"_s);
        QTRY_COMPARE_WITH_TIMEOUT(remote.state(), RemoteHost::State::Lost, 5000);
        QVERIFY2(remote.lastError().contains(u"no answer"_s), qPrintable(remote.lastError()));
        // The next try comes by itself (after 1 s) and reaches the listener again.
        QTRY_VERIFY_WITH_TIMEOUT(accepted.size() >= 2, 5000);
        remote.detach();
        QCOMPARE(remote.state(), RemoteHost::State::Detached);
    }

    void nonAdminGets1008AndNoRetry()
    {
        m_window->attachTo(adminUrl(), u"secret-token"_s);   // john_doe: not an admin
        QTRY_COMPARE_WITH_TIMEOUT(state(), RemoteHost::State::Refused, 10000);
        QCOMPARE(m_window->remoteHost()->lastCloseCode(), 1008);
        QVERIFY2(statusLink().contains(u"Admin only"_s), qPrintable(statusLink()));
        // No retry: the first one would come after 1 s.
        QSignalSpy changes(m_window->remoteHost(), &RemoteHost::stateChanged);
        QVERIFY(!changes.wait(2500));
        QCOMPARE(state(), RemoteHost::State::Refused);
    }

    void revokedTokenEndsWatch()
    {
        QString error;
        const auto issued = m_server->host().issueToken(1, 0, &error);   // alice, admin
        QVERIFY2(issued, qPrintable(error));
        m_window->attachTo(adminUrl(), issued->token);
        QTRY_COMPARE_WITH_TIMEOUT(state(), RemoteHost::State::Attached, 10000);
        QVERIFY(m_server->host().revokeToken(issued->id, &error));
        QTRY_COMPARE_WITH_TIMEOUT(state(), RemoteHost::State::Refused, 10000);
        QCOMPARE(m_window->remoteHost()->lastCloseCode(), 1008);
        QVERIFY2(statusLink().contains(u"Token revoked"_s), qPrintable(statusLink()));
        // The token is in no text the window shows.
        QVERIFY(!statusLink().contains(issued->token));
        QVERIFY(!m_window->windowTitle().contains(issued->token));
    }

    void selfSignedCertificateTrustedByFingerprint()
    {
        SOCKETSCOPE_REQUIRE_DEP(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(),
                                "openssl is not installed (scripts/install-deps.sh installs it)");
        QTemporaryDir dir;
        QProcess p;
        p.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                               u"-subj"_s, u"/CN=localhost"_s, u"-keyout"_s, dir.filePath(u"key.pem"_s), u"-out"_s,
                               dir.filePath(u"cert.pem"_s)});
        QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
        ServerConfig cfg = TestSupport::testConfig();
        cfg.tlsCert = dir.filePath(u"cert.pem"_s);
        cfg.tlsKey = dir.filePath(u"key.pem"_s);
        TestServer tls(cfg);
        QVERIFY2(tls.start(), qPrintable(tls.error()));
        const QUrl url(u"wss://127.0.0.1:%1/ws/admin"_s.arg(tls.port()));

        // Not trusted: the window shows the certificate and asks; "Cancel" leaves it refused.
        QString shown;
        whenDialogShows<QMessageBox>(this, [&](QMessageBox *box) {
            shown = box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        m_window->attachTo(url, u"valid-token"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        QCOMPARE(state(), RemoteHost::State::Refused);
        QVERIFY(!m_window->remoteHost()->rejectedErrors().isEmpty());
        QVERIFY2(shown.contains(u"SHA-256"_s) && shown.contains(u"localhost"_s), qPrintable(shown));
        QVERIFY(statusLink().contains(u"certificate"_s));
        QVERIFY(MainWindow::trustedFingerprints(url).isEmpty());

        // "Trust this certificate": remembered, and the link comes up.
        whenDialogShows<QMessageBox>(this, [&](QMessageBox *box) {
            auto *trust = box->findChild<QPushButton *>(u"trustButton"_s);
            QVERIFY(trust);
            trust->click();
        });
        m_window->attachTo(url, u"valid-token"_s);
        QTRY_COMPARE_WITH_TIMEOUT(state(), RemoteHost::State::Attached, 15000);
        QCOMPARE(MainWindow::trustedFingerprints(url).size(), 1);

        // Next time the remembered fingerprint connects without asking.
        m_window->detach();
        bool asked = false;
        whenDialogShows<QMessageBox>(this, [&](QMessageBox *) { asked = true; });
        m_window->attachTo(url, u"valid-token"_s);
        QTRY_COMPARE_WITH_TIMEOUT(state(), RemoteHost::State::Attached, 10000);
        QVERIFY(!asked);
        // Trusted for that server only, not for another port.
        QVERIFY(MainWindow::trustedFingerprints(QUrl(u"wss://127.0.0.1:1/ws/admin"_s)).isEmpty());
    }
};

QTEST_MAIN(TstAttach)
#include "tst_attach.moc"
