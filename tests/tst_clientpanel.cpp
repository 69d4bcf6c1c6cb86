// GUI tests of the client panel (offscreen) against a real server thread on 127.0.0.1 port 0:
// the panel's own QWebSocket clients, simulated raw clients, and Debian's python3 running the
// panel's "copy as code" snippet.

#include "support/requiredep.h"
#include "clientpanel/clientconfig.h"
#include "clientpanel/clientpanel.h"
#include "clientpanel/clienttab.h"
#include "clientpanel/messagelog.h"
#include "clientpanel/simulatedclients.h"
#include "clientpanel/simulatorwidget.h"

#include "support/testclient.h"
#include "support/testserver.h"

#include <QApplication>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using TestSupport::TestServer;

namespace {

bool hasEntry(const ClientTab *tab, const std::function<bool(const LogEntry &)> &pred)
{
    const QList<LogEntry> &entries = tab->log()->entries();
    return std::any_of(entries.cbegin(), entries.cend(), pred);
}

bool receivedText(const ClientTab *tab, const QString &contains)
{
    return hasEntry(tab, [&](const LogEntry &e) {
        return e.direction == LogEntry::Direction::In && e.kind == LogEntry::Kind::Text && e.text.contains(contains);
    });
}

int countReceived(const ClientTab *tab, const QString &contains)
{
    int n = 0;
    for (const LogEntry &e : tab->log()->entries())
        n += (e.direction == LogEntry::Direction::In && e.kind == LogEntry::Kind::Text && e.text.contains(contains)) ? 1 : 0;
    return n;
}

QString closeText(const ClientTab *tab)
{
    for (const LogEntry &e : tab->log()->entries()) {
        if (e.kind == LogEntry::Kind::Close)
            return e.text + u" | "_s + e.note;
    }
    return {};
}

void click(QWidget *parent, const QString &name)
{
    auto *button = parent->findChild<QPushButton *>(name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isEnabled(), qPrintable(name + u" is disabled"_s));
    button->click();
}

// Types into the editor and presses the Send button, as a user would.
void typeAndSend(ClientTab *tab, const QString &text)
{
    auto *editor = tab->findChild<QPlainTextEdit *>(u"editor"_s);
    QVERIFY(editor);
    editor->setPlainText(text);
    click(tab, u"send"_s);
}

} // namespace

class TestClientPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsToOwnServer();
    void authMethods_data();
    void authMethods();
    void badTokenShows1008();
    void adminOnly();
    void emptyMessageShowsError();
    void eleventhMessageIsRateLimited();
    void invalidJsonRefusedBeforeSending();
    void invalidHexRefused();
    void binaryEcho();
    void closeWithChosenCode();
    void pingShowsRtt();
    void historyRecall();
    void tooManyConnectionsExplains1013();
    void autoReconnectAfterKick();
    void transcriptRoundTripRedacted();
    void codeSnippets();
    void pythonSnippetConnects_data();
    void pythonSnippetConnects();
    void simulatedClients();
    void simulatedMisbehaviour_data();
    void simulatedMisbehaviour();
    void severalClients();
    void authMethodBringsMatchingCredential();
    void logFollowsWithRowSelected();
    void logLinesHaveSingleSpaces();
    void connectionAndComposerSideBySide();

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
};

void TestClientPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(u"SocketScopeTests"_s);
    QCoreApplication::setApplicationName(u"tst_clientpanel"_s);
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestClientPanel::defaultsToOwnServer()
{
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    QVERIFY(tab);
    QCOMPARE(tab->urlText(), m_server->host().listenUrl() + u"/ws"_s);
    QCOMPARE(tab->auth(), ClientAuth::Query);
    QVERIFY(tab->credentialWarningText().contains(u"logs"_s));

    // The picker builds every SPEC §1 endpoint.
    tab->setEndpoint(EndpointKind::Room);
    tab->setRoom(u"café"_s);
    QCOMPARE(tab->urlText(), m_server->host().listenUrl() + u"/ws/room/caf%C3%A9"_s);
    tab->setEndpoint(EndpointKind::Manager);
    tab->setClientId(42);
    QCOMPARE(tab->urlText(), m_server->host().listenUrl() + u"/ws/42"_s);
    tab->setEndpoint(EndpointKind::Subscribe);
    tab->setTopic(u"prices"_s);
    QCOMPARE(tab->urlText(), m_server->host().listenUrl() + u"/ws/subscribe/prices"_s);
    // A typed URL selects its endpoint in the picker.
    tab->setUrlText(u"ws://example.org:9000/ws/admin"_s);
    QCOMPARE(tab->endpointKind(), EndpointKind::Admin);
    tab->setUrlText(u"ws://example.org:9000/other"_s);
    QCOMPARE(tab->endpointKind(), EndpointKind::Unknown);
}

void TestClientPanel::authMethods_data()
{
    QTest::addColumn<ClientAuth>("auth");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("travel");
    QTest::newRow("query") << ClientAuth::Query << u"secret-token"_s
                           << u"{\"type\":\"welcome\",\"message\":\"Welcome john_doe\""_s << u"URL"_s;
    QTest::newRow("cookie") << ClientAuth::Cookie << u"abc123"_s
                            << u"{\"type\":\"welcome\",\"message\":\"Welcome alice\""_s << u"Cookie"_s;
    QTest::newRow("header") << ClientAuth::Header << u"valid-token"_s
                            << u"{\"type\":\"welcome\",\"message\":\"Welcome alice\""_s << u"Authorization"_s;
    QTest::newRow("message") << ClientAuth::Message << u"secret-token"_s
                             << u"{\"type\":\"auth_success\",\"message\":\"Welcome john_doe\""_s << u"first message"_s;
}

void TestClientPanel::authMethods()
{
    QFETCH(ClientAuth, auth);
    QFETCH(QString, credential);
    QFETCH(QString, expected);
    QFETCH(QString, travel);

    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Chat);
    auto *authCombo = tab->findChild<QComboBox *>(u"auth"_s);
    authCombo->setCurrentIndex(authCombo->findData(int(auth)));
    tab->findChild<QLineEdit *>(u"credential"_s)->setText(credential);
    QVERIFY2(tab->credentialTravelText().contains(travel), qPrintable(tab->credentialTravelText()));
    QCOMPARE(tab->credentialWarningText().isEmpty(), auth != ClientAuth::Query);

    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, expected), 5000);
    QVERIFY(receivedText(tab, u"\"auth_method\":\"%1\""_s.arg(clientAuthName(auth))));
    QVERIFY(tab->isOpen());
    // The credential itself never reaches the log (redacted like the server's own logs).
    for (const LogEntry &e : tab->log()->entries())
        QVERIFY2(!e.text.contains(credential) && !e.note.contains(credential), qPrintable(e.text));
}

void TestClientPanel::badTokenShows1008()
{
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setAuth(ClientAuth::Query);
    tab->setCredential(u"not-a-token"_s);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!closeText(tab).isEmpty(), 5000);
    QVERIFY2(closeText(tab).startsWith(u"1008 Policy violation: Invalid token"_s), qPrintable(closeText(tab)));
    QVERIFY2(tab->stateText().contains(u"1008 Policy violation: Invalid token"_s), qPrintable(tab->stateText()));
    QVERIFY(!tab->isOpen());
}

void TestClientPanel::adminOnly()
{
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Admin);
    tab->setAuth(ClientAuth::Header);
    tab->setCredential(u"secret-token"_s);   // john_doe, role user
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!closeText(tab).isEmpty(), 5000);
    QVERIFY2(closeText(tab).startsWith(u"1008 Policy violation: Admin only"_s), qPrintable(closeText(tab)));
}

void TestClientPanel::emptyMessageShowsError()
{
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Echo);
    tab->setAuth(ClientAuth::None);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isOpen(), 5000);
    tab->setSendMode(ClientTab::SendMode::Text);
    typeAndSend(tab, QString());
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, u"{\"error\":\"Empty message not allowed\"}"_s), 5000);
}

void TestClientPanel::eleventhMessageIsRateLimited()
{
    // bob (user 2) through a JWT the panel makes with the server's secret; nobody else uses bob.
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Chat);
    tab->setAuth(ClientAuth::None);
    QVERIFY(tab->makeJwt(2, u"bob"_s, u"user"_s, 600));
    QCOMPARE(tab->auth(), ClientAuth::Header);
    QVERIFY(tab->credential().count(u'.') == 2);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, u"Welcome bob"_s), 5000);
    for (int i = 1; i <= 11; ++i) {
        typeAndSend(tab, u"m%1"_s.arg(i));
        QVERIFY(tab->sendError().isEmpty());
    }
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, u"Rate limit exceeded. Try again later."_s), 5000);
    QCOMPARE(countReceived(tab, u"User 2: m"_s), 10);
    QVERIFY(!receivedText(tab, u"User 2: m11"_s));
    // The error is the last message received.
    const QList<LogEntry> &entries = tab->log()->entries();
    auto last = std::find_if(entries.crbegin(), entries.crend(), [](const LogEntry &e) {
        return e.direction == LogEntry::Direction::In;
    });
    QVERIFY(last != entries.crend());
    QVERIFY(last->text.startsWith(u"{\"error\":\"Rate limit exceeded. Try again later.\",\"retry_after_ms\":"_s));
}

void TestClientPanel::invalidJsonRefusedBeforeSending()
{
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Echo);
    tab->setAuth(ClientAuth::None);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isOpen(), 5000);
    const qsizetype before = tab->log()->entries().size();

    tab->setSendMode(ClientTab::SendMode::Json);
    typeAndSend(tab, u"{\n  \"a\": 1,\n  \"b\": \n}"_s);
    QVERIFY2(tab->sendError().contains(u"Line 4, column"_s), qPrintable(tab->sendError()));
    QCOMPARE(tab->log()->entries().size(), before);     // nothing sent, nothing logged
    QCOMPARE(tab->messageText(), u"{\n  \"a\": 1,\n  \"b\": \n}"_s);   // kept for fixing
    auto *editor = tab->findChild<QPlainTextEdit *>(u"editor"_s);
    QCOMPARE(editor->textCursor().blockNumber(), 3);    // the cursor sits on the error

    // Pretty-print on request, then a valid JSON message goes through.
    tab->setMessageText(u"{\"a\":1,\"b\":[true,null]}"_s);
    click(tab, u"prettyPrint"_s);
    QCOMPARE(tab->messageText(), u"{\n    \"a\": 1,\n    \"b\": [\n        true,\n        null\n    ]\n}"_s);
    click(tab, u"send"_s);
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, u"Message text was: {"_s), 5000);
    QCOMPARE(countReceived(tab, u"Message text was:"_s), 1);
}

void TestClientPanel::invalidHexRefused()
{
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Echo);
    tab->setAuth(ClientAuth::None);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isOpen(), 5000);
    tab->setSendMode(ClientTab::SendMode::BinaryHex);
    typeAndSend(tab, u"01 02 zz"_s);
    QVERIFY2(tab->sendError().contains(u"column 7"_s), qPrintable(tab->sendError()));
    typeAndSend(tab, u"01 0"_s);
    QVERIFY2(tab->sendError().contains(u"Odd"_s), qPrintable(tab->sendError()));
}

void TestClientPanel::binaryEcho()
{
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Echo);
    tab->setAuth(ClientAuth::None);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isOpen(), 5000);
    tab->setSendMode(ClientTab::SendMode::BinaryHex);
    typeAndSend(tab, u"de ad be ef 00 ff"_s);
    QTRY_VERIFY_WITH_TIMEOUT(hasEntry(tab, [](const LogEntry &e) {
        return e.direction == LogEntry::Direction::In && e.kind == LogEntry::Kind::Binary
            && e.data == QByteArray::fromHex("deadbeef00ff");
    }), 5000);
    const int row = tab->log()->rowCount() - 1;
    QCOMPARE(tab->log()->index(row, MessageLogModel::ContentColumn).data().toString(), u"de ad be ef 00 ff"_s);
    QCOMPARE(tab->log()->index(row, MessageLogModel::SizeColumn).data().toString(), u"6 B"_s);
}

void TestClientPanel::closeWithChosenCode()
{
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Echo);
    tab->setAuth(ClientAuth::None);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isOpen(), 5000);
    tab->findChild<QSpinBox *>(u"closeCode"_s)->setValue(4001);
    tab->findChild<QLineEdit *>(u"closeReason"_s)->setText(u"bye"_s);
    click(tab, u"disconnect"_s);
    QVERIFY(hasEntry(tab, [](const LogEntry &e) {
        return e.direction == LogEntry::Direction::Out && e.kind == LogEntry::Kind::Close
            && e.text == u"4001 Private use: bye"_s;
    }));
    QTRY_VERIFY_WITH_TIMEOUT(tab->socketState() == QAbstractSocket::UnconnectedState, 5000);
    QVERIFY2(tab->stateText().startsWith(u"Closed by this client"_s), qPrintable(tab->stateText()));
}

void TestClientPanel::pingShowsRtt()
{
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Echo);
    tab->setAuth(ClientAuth::None);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isOpen(), 5000);
    click(tab, u"ping"_s);
    QTRY_VERIFY_WITH_TIMEOUT(hasEntry(tab, [](const LogEntry &e) { return e.kind == LogEntry::Kind::Pong; }), 5000);
    QVERIFY(tab->rttText().endsWith(u" ms"_s));
    QVERIFY(tab->findChild<QLabel *>(u"rtt"_s)->text().contains(tab->rttText()));
}

void TestClientPanel::historyRecall()
{
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Echo);
    tab->setAuth(ClientAuth::None);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isOpen(), 5000);
    tab->setSendMode(ClientTab::SendMode::Text);
    typeAndSend(tab, u"first"_s);
    typeAndSend(tab, u"second"_s);
    QCOMPARE(tab->messageText(), QString());
    auto *editor = tab->findChild<QPlainTextEdit *>(u"editor"_s);
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(tab->messageText(), u"second"_s);
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(tab->messageText(), u"first"_s);
    QTest::keyClick(editor, Qt::Key_Down);
    QCOMPARE(tab->messageText(), u"second"_s);
    QTest::keyClick(editor, Qt::Key_Down);
    QCOMPARE(tab->messageText(), QString());
    // Ctrl+Enter sends.
    editor->setPlainText(u"third"_s);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, u"Message text was: third"_s), 5000);
}

void TestClientPanel::tooManyConnectionsExplains1013()
{
    auto config = TestSupport::testConfig();
    config.maxConnections = 1;
    TestServer small(config);
    QVERIFY2(small.start(), qPrintable(small.error()));
    TestSupport::TestClient first;
    QVERIFY(first.open(small.url(u"/ws/echo"_s)));

    ClientPanel panel(&small.host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Echo);
    tab->setAuth(ClientAuth::None);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!closeText(tab).isEmpty(), 5000);
    // Qt 6.4 turns 1013 into 1002; the panel says so.
    QVERIFY2(closeText(tab).contains(u"1013"_s), qPrintable(closeText(tab)));
    QVERIFY2(closeText(tab).contains(u"Try again later"_s), qPrintable(closeText(tab)));
}

void TestClientPanel::autoReconnectAfterKick()
{
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Chat);
    tab->setAuth(ClientAuth::Cookie);
    tab->setCredential(u"xyz789"_s);   // bob
    tab->setAutoReconnect(true);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, u"Welcome bob"_s), 5000);

    AdminCommand kick;
    kick.type = AdminCommand::Type::KickUser;
    kick.userId = 2;
    m_server->execute(kick);
    QTRY_VERIFY_WITH_TIMEOUT(closeText(tab).startsWith(u"1008 Policy violation: Kicked by admin"_s), 5000);
    QVERIFY(hasEntry(tab, [](const LogEntry &e) { return e.text.startsWith(u"Auto-reconnect in 1 s"_s); }));
    QTRY_VERIFY_WITH_TIMEOUT(countReceived(tab, u"Welcome bob"_s) == 2, 8000);
    QVERIFY(tab->isOpen());
    tab->setAutoReconnect(false);
}

void TestClientPanel::transcriptRoundTripRedacted()
{
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Chat);
    tab->setAuth(ClientAuth::Query);
    tab->setCredential(u"secret-token"_s);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, u"Welcome john_doe"_s), 5000);

    const QString file = m_dir.filePath(u"t.jsonl"_s);
    QString error;
    QVERIFY2(tab->saveTranscriptTo(file, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(!content.contains("secret-token"));
    QVERIFY(content.startsWith("{\"auth\":\"query\""));
    QCOMPARE(content.count('\n'), tab->log()->entries().size() + 1);

    const int before = panel.clientCount();
    ClientTab *loaded = panel.addClient();
    QCOMPARE(panel.clientCount(), before + 1);
    QVERIFY2(loaded->loadTranscriptFrom(file, &error), qPrintable(error));
    QCOMPARE(loaded->log()->entries().mid(0, tab->log()->entries().size()), tab->log()->entries());
    QCOMPARE(loaded->auth(), ClientAuth::Query);
    QCOMPARE(loaded->endpointKind(), EndpointKind::Chat);

    // Search filters the log.
    loaded->setSearchText(u"welcome"_s);
    QVERIFY(loaded->logProxy()->rowCount() >= 1);
    QVERIFY(loaded->logProxy()->rowCount() < loaded->log()->rowCount());
}

void TestClientPanel::codeSnippets()
{
    ClientConfig c;
    c.url = QUrl(u"ws://127.0.0.1:8000/ws"_s);
    c.auth = ClientAuth::Header;
    c.credential = u"valid-token"_s;
    const QString js = javaScriptSnippet(c, EndpointKind::Chat);
    QVERIFY(js.contains(u"Browsers cannot set an Authorization header"_s));
    QVERIFY(js.contains(u"new WebSocket(\"ws://127.0.0.1:8000/ws\")"_s));
    QVERIFY(js.contains(u"type: \"auth\", token: \"valid-token\""_s));
    QVERIFY(pythonSnippet(c, EndpointKind::Chat).contains(u"extra_headers={\"Authorization\": \"Bearer valid-token\"}"_s));
    QCOMPARE(wscatCommand(c), u"wscat -c 'ws://127.0.0.1:8000/ws' -H 'Authorization: Bearer valid-token'\n"_s);

    c.auth = ClientAuth::Query;
    c.credential = u"it's"_s;
    QCOMPARE(wscatCommand(c), u"wscat -c 'ws://127.0.0.1:8000/ws?token=it%27s'\n"_s);
    QVERIFY(javaScriptSnippet(c, EndpointKind::Chat).contains(u"new WebSocket(\"ws://127.0.0.1:8000/ws?token=it%27s\")"_s));
    QCOMPARE(shellQuote(u"it's"_s), u"'it'\\''s'"_s);
    QCOMPARE(jsonStringLiteral(u"a\"b\n"_s), u"\"a\\\"b\\n\""_s);

    // The log's pretty-printer keeps the members in the order they were sent.
    QCOMPARE(prettyJson(u"{\"type\":\"welcome\",\"a\":{},\"s\":\"x, y: {\\\"\",\"l\":[1, 2]}"_s),
             u"{\n    \"type\": \"welcome\",\n    \"a\": {},\n    \"s\": \"x, y: {\\\"\",\n    \"l\": [\n        1,\n        2\n    ]\n}"_s);
    QCOMPARE(prettyJson(u"not json"_s), QString());

    c.auth = ClientAuth::Cookie;
    c.credential = u"abc123"_s;
    QVERIFY(javaScriptSnippet(c, EndpointKind::Chat).contains(u"document.cookie = \"session_id=abc123; path=/\";"_s));
    QCOMPARE(wscatCommand(c), u"wscat -c 'ws://127.0.0.1:8000/ws' -H 'Cookie: session_id=abc123'\n"_s);
}

void TestClientPanel::pythonSnippetConnects_data()
{
    QTest::addColumn<ClientAuth>("auth");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("expected");
    QTest::newRow("query") << ClientAuth::Query << u"secret-token"_s << u"\"auth_method\":\"query\""_s;
    QTest::newRow("cookie") << ClientAuth::Cookie << u"abc123"_s << u"\"auth_method\":\"cookie\""_s;
    QTest::newRow("header") << ClientAuth::Header << u"valid-token"_s << u"\"auth_method\":\"header\""_s;
    QTest::newRow("message") << ClientAuth::Message << u"secret-token"_s << u"\"type\":\"auth_success\""_s;
}

void TestClientPanel::pythonSnippetConnects()
{
    QFETCH(ClientAuth, auth);
    QFETCH(QString, credential);
    QFETCH(QString, expected);
    const QString python = u"/usr/bin/python3"_s;
    SOCKETSCOPE_REQUIRE_DEP(QFile::exists(python), "/usr/bin/python3 is not installed");
    QProcess probe;
    probe.start(python, {u"-c"_s, u"import websockets"_s});
    QTRY_VERIFY_WITH_TIMEOUT(probe.state() == QProcess::NotRunning, 20000);
    SOCKETSCOPE_REQUIRE_DEP(probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0,
                            "Debian's python3-websockets is not installed (scripts/install-deps.sh installs it)");

    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Chat);
    tab->setAuth(auth);
    tab->setCredential(credential);
    const QString code = tab->codeSnippet(ClientTab::CodeKind::Python);
    QVERIFY(code.contains(u"websockets.connect("_s));

    const QString file = m_dir.filePath(u"snippet_%1.py"_s.arg(clientAuthName(auth)));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(code.toUtf8());
    f.close();
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(python, {file});
    QTRY_VERIFY_WITH_TIMEOUT(run.state() == QProcess::NotRunning, 20000);
    const QString out = QString::fromUtf8(run.readAll());
    QVERIFY2(run.exitCode() == 0, qPrintable(out + u"\n---\n"_s + code));
    QVERIFY2(out.contains(expected), qPrintable(out));
    QVERIFY2(out.contains(u"\"type\":\"welcome\""_s) || out.contains(u"\"type\":\"auth_success\""_s), qPrintable(out));
}

void TestClientPanel::simulatedClients()
{
    // Its own server: joins count against the rate limit, and 20 joins of one user would use up
    // the shared server's budget for the tests after this one.
    auto config = TestSupport::testConfig();
    config.rateLimit = 1000;
    TestServer server(config);
    QVERIFY2(server.start(), qPrintable(server.error()));
    ClientPanel panel(&server.host());
    SimulatorWidget *sim = panel.simulator();
    sim->setEndpoint(EndpointKind::Room, u"demo"_s);
    sim->setAuth(ClientAuth::Header, u"secret-token"_s);
    sim->setBehaviour(SimBehaviour::Idle);
    sim->setCount(20);
    click(sim, u"simSpawn"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sim->clients()->open(), 20, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(sim->clients()->received() >= 20, 5000);   // each sees its own "joined"

    // The server sees them.
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        AdminCommand stats;
        stats.type = AdminCommand::Type::Stats;
        const AdminResult r = server.execute(stats);
        return QString::fromUtf8(r.json).contains(u"\"connections\":20"_s);
    }(), 5000);

    click(sim, u"simStop"_s);
    QCOMPARE(sim->clients()->running(), 0);
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        AdminCommand stats;
        stats.type = AdminCommand::Type::Stats;
        return QString::fromUtf8(server.execute(stats).json).contains(u"\"connections\":0"_s);
    }(), 5000);
}

void TestClientPanel::simulatedMisbehaviour_data()
{
    QTest::addColumn<SimBehaviour>("behaviour");
    QTest::addColumn<EndpointKind>("endpoint");
    QTest::addColumn<int>("code");
    QTest::newRow("oversized") << SimBehaviour::Oversized << EndpointKind::Echo << 1009;
    QTest::newRow("invalid utf-8") << SimBehaviour::InvalidUtf8 << EndpointKind::Echo << 1007;
}

void TestClientPanel::simulatedMisbehaviour()
{
    QFETCH(SimBehaviour, behaviour);
    QFETCH(EndpointKind, endpoint);
    QFETCH(int, code);
    ClientPanel panel(&m_server->host());
    SimulatorWidget *sim = panel.simulator();
    sim->setEndpoint(endpoint);
    sim->setAuth(ClientAuth::None, QString());
    sim->setBehaviour(behaviour);
    sim->setCount(3);
    QVERIFY(sim->spawn());
    QTRY_COMPARE_WITH_TIMEOUT(sim->clients()->closeCodes().value(code), 3, 10000);
    QCOMPARE(sim->clients()->running(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QPlainTextEdit *>(u"simCloses"_s)->toPlainText().contains(QString::number(code)), 2000);
}

void TestClientPanel::severalClients()
{
    ClientPanel panel(&m_server->host());
    ClientTab *a = panel.currentClient();
    ClientTab *b = panel.addClient();
    QCOMPARE(panel.clientCount(), 2);
    QVERIFY(a != b);
    for (ClientTab *t : {a, b}) {
        t->setEndpoint(EndpointKind::Room);
        t->setRoom(u"shared"_s);
    }
    a->setAuth(ClientAuth::Query);
    a->setCredential(u"secret-token"_s);
    b->setAuth(ClientAuth::Header);
    b->setCredential(u"valid-token"_s);
    click(a, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(a, u"john_doe joined the room"_s), 5000);
    click(b, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(a, u"alice joined the room"_s), 5000);
    typeAndSend(b, u"hi from alice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(a, u"alice: hi from alice"_s), 5000);
    QVERIFY(!receivedText(b, u"alice: hi from alice"_s));
    // Closing a tab closes its connection.
    panel.closeClient(panel.tabs()->indexOf(b));
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(a, u"alice left the room"_s), 5000);
    QCOMPARE(panel.clientCount(), 1);
}

void TestClientPanel::authMethodBringsMatchingCredential()
{
    // Choosing the cookie method with a demo token used to keep it ("Unknown session").
    ClientPanel panel(&m_server->host());
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Chat);
    auto *authCombo = tab->findChild<QComboBox *>(u"auth"_s);
    QVERIFY(authCombo);
    tab->setCredential(u"valid-token"_s);
    authCombo->setCurrentIndex(authCombo->findData(int(ClientAuth::Cookie)));
    Q_EMIT authCombo->activated(authCombo->currentIndex());   // what a user's pick emits
    QCOMPARE(tab->credential(), u"abc123"_s);   // alice's session for alice's token
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, u"\"auth_method\":\"cookie\""_s), 5000);
    tab->disconnectFromServer();
    QTRY_VERIFY(!tab->isOpen());
    // Back to a token method: a token again.
    authCombo->setCurrentIndex(authCombo->findData(int(ClientAuth::Header)));
    Q_EMIT authCombo->activated(authCombo->currentIndex());
    QCOMPARE(tab->credential(), u"valid-token"_s);
    // A typed credential (not a demo one) is left alone.
    tab->setCredential(u"my-own-token"_s);
    authCombo->setCurrentIndex(authCombo->findData(int(ClientAuth::Cookie)));
    Q_EMIT authCombo->activated(authCombo->currentIndex());
    QCOMPARE(tab->credential(), u"my-own-token"_s);
}

void TestClientPanel::logFollowsWithRowSelected()
{
    ClientPanel panel(&m_server->host());
    panel.resize(900, 500);
    panel.show();
    ClientTab *tab = panel.currentClient();
    tab->setEndpoint(EndpointKind::Echo);
    tab->setAuth(ClientAuth::None);
    click(tab, u"connect"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isOpen(), 5000);
    QTableView *view = tab->logView();
    for (int i = 0; i < 40; ++i)
        typeAndSend(tab, u"line %1"_s.arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, u"Message text was: line 39"_s), 5000);
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    // Select the newest row (the view shows its detail), then more arrive: still following.
    view->selectRow(view->model()->rowCount() - 1);
    for (int i = 40; i < 60; ++i)
        typeAndSend(tab, u"line %1"_s.arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, u"Message text was: line 59"_s), 5000);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(tab->logFollows());
    // Scrolled up by the user: it stays there.
    bar->setValue(0);
    QVERIFY(!tab->logFollows());
    typeAndSend(tab, u"one more"_s);
    QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, u"Message text was: one more"_s), 5000);
    QCOMPARE(bar->value(), 0);
}

void TestClientPanel::logLinesHaveSingleSpaces()
{
    LogEntry e;
    e.kind = LogEntry::Kind::Text;
    e.text = u"{\n  \"type\": \"welcome\",\n  \"user\": 1\n}"_s;
    e.note = u"RTT 2 ms"_s;
    const QString line = MessageLogModel::contentText(e);
    QCOMPARE(line, u"{ \"type\": \"welcome\", \"user\": 1 } — RTT 2 ms"_s);
    QVERIFY(!line.contains(u"  "_s));
}

void TestClientPanel::connectionAndComposerSideBySide()
{
    // In a short, wide dock (1024×700 leaves about 300 px) URL, auth, Connect, the log and
    // Send are all on screen: the connection settings sit beside the log and the composer.
    ClientPanel panel(&m_server->host());
    panel.resize(1000, 300);
    panel.show();
    ClientTab *tab = panel.currentClient();
    QTRY_VERIFY(tab->isVisible());
    const auto onScreen = [&](const QString &name) {
        auto *w = tab->findChild<QWidget *>(name);
        if (!w || !w->isVisible())
            return false;
        const QRect r(w->mapTo(&panel, QPoint(0, 0)), w->size());
        return panel.rect().contains(r);
    };
    for (const QString &name : {u"url"_s, u"auth"_s, u"credential"_s, u"connect"_s, u"log"_s, u"editor"_s, u"send"_s})
        QVERIFY2(onScreen(name), qPrintable(name));
}

QTEST_MAIN(TestClientPanel)
#include "tst_clientpanel.moc"
