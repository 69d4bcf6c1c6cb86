// The connection inspector (issue 15), offscreen, against a real server thread with real
// clients on loopback: the handshake headers the server received (credentials redacted), the
// identity with JWT claims, rooms; frame capture of a known conversation compared frame by
// frame; send to one connection; join and leave a room; capture ends with the window.

#include "admin/admincommand.h"
#include "clientpanel/xrayframemodel.h"
#include "connectioninspector.h"
#include "xray/xrayclient.h"

#include "support/testclient.h"
#include "support/testserver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using TestSupport::TestServer;

namespace {

QString rowLine(const XrayFrameModel *m, int row)
{
    QStringList cells;
    for (int c : {XrayFrameModel::DirectionColumn, XrayFrameModel::FinColumn, XrayFrameModel::RsvColumn,
                  XrayFrameModel::OpcodeColumn, XrayFrameModel::MaskColumn, XrayFrameModel::LengthColumn,
                  XrayFrameModel::PayloadColumn, XrayFrameModel::CloseColumn})
        cells << m->index(row, c).data().toString();
    return cells.join(u'|');
}

// An X-ray client (own framing: it can fragment) that records what it receives.
struct Peer
{
    std::unique_ptr<Xray::Client> client;
    QStringList texts;
    bool open = false;
    bool finished = false;

    explicit Peer(Xray::ClientOptions options)
        : client(std::make_unique<Xray::Client>(std::move(options)))
    {
        QObject::connect(client.get(), &Xray::Client::opened, client.get(), [this] { open = true; });
        QObject::connect(client.get(), &Xray::Client::textMessage, client.get(), [this](const QString &t) { texts << t; });
        QObject::connect(client.get(), &Xray::Client::finished, client.get(), [this] { finished = true; });
        QObject::connect(client.get(), &Xray::Client::failed, client.get(), [this] { finished = true; });
        client->open();
    }
};

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

    quint64 connectionIdFor(const QString &endpoint)
    {
        AdminCommand c;
        c.type = AdminCommand::Type::ListConnections;
        const AdminResult r = m_server->execute(c);
        const QJsonArray rows = QJsonDocument::fromJson(r.json).object().value(u"connections"_s).toArray();
        quint64 id = 0;
        for (const QJsonValue &v : rows) {
            if (v.toObject().value(u"endpoint"_s).toString() == endpoint)
                id = quint64(v.toObject().value(u"id"_s).toInteger());
        }
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void headersIdentityAndRooms()
    {
        const QString jwt = m_server->host().issueJwt(1, u"alice"_s, u"admin"_s, 3600);
        Xray::ClientOptions o;
        o.url = m_server->url(u"/ws/room/lobby"_s);
        o.auth = Xray::AuthMethod::Header;
        o.token = jwt;
        o.headers = {{"Origin", "http://localhost:3000"}, {"Cookie", "theme=dark; session_id=abc123"}};
        o.subprotocols = {u"chat"_s};
        Peer alice(o);
        QTRY_VERIFY_WITH_TIMEOUT(alice.texts.contains(u"alice joined the room"_s), 5000);
        const quint64 id = connectionIdFor(u"room"_s);
        QVERIFY(id != 0);

        ConnectionInspector inspector(&m_server->host(), id);
        QAbstractItemModelTester tester(inspector.frames(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!inspector.details().isEmpty(), 5000);
        const QString text = inspector.detailsText();
        QVERIFY2(text.contains(u"User-Agent:    socketscope-client/"_s), qPrintable(text));
        QVERIFY(text.contains(u"Origin:        http://localhost:3000"_s));
        QVERIFY(text.contains(u"Subprotocols:  chat"_s));
        QVERIFY(text.contains(u"Auth method:   header (credential: jwt)"_s));
        QVERIFY(text.contains(u"JWT claims:    sub=1 name=alice role=admin"_s));
        QVERIFY(text.contains(u"Rooms:         lobby"_s));
        QVERIFY(text.contains(u"Authorization: Bearer "_s));
        // No credential in clear: not the JWT, not the session id in the cookie.
        QVERIFY2(!text.contains(jwt), qPrintable(text));
        QVERIFY(!text.contains(jwt.left(20)));
        QVERIFY(!text.contains(u"abc123"_s));
        QVERIFY(!inspector.capturing());
        QCOMPARE(inspector.frames()->rowCount(), 0);
        alice.client->sendClose(1000, {});
        QTRY_VERIFY_WITH_TIMEOUT(alice.finished, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(inspector.connectionGone(), 5000);
    }

    void captureSendJoinLeave()
    {
        Xray::ClientOptions roomOptions;
        roomOptions.url = m_server->url(u"/ws/room/lobby"_s);
        roomOptions.auth = Xray::AuthMethod::Query;
        roomOptions.token = u"valid-token"_s;
        Peer alice(roomOptions);
        QTRY_VERIFY_WITH_TIMEOUT(alice.texts.contains(u"alice joined the room"_s), 5000);

        Xray::ClientOptions echoOptions;
        echoOptions.url = m_server->url(u"/ws/echo"_s);
        Peer echo(echoOptions);
        QTRY_VERIFY_WITH_TIMEOUT(echo.open, 5000);
        const quint64 id = connectionIdFor(u"echo"_s);
        QVERIFY(id != 0);

        auto inspector = std::make_unique<ConnectionInspector>(&m_server->host(), id);
        XrayFrameModel *model = inspector->frames();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!inspector->details().isEmpty(), 5000);
        inspector->setCapture(true);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->capturing(), 5000);

        echo.client->sendText("hello world", 3);
        QTRY_VERIFY_WITH_TIMEOUT(echo.texts.contains(u"Message text was: hello world"_s), 5000);
        echo.client->sendPing("abc");
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 5000);
        const QStringList expected{
            u">>|0|000|text|1|4|hell|"_s,
            u">>|0|000|cont|1|4|o wo|"_s,
            u">>|1|000|cont|1|3|rld|"_s,
            u"<<|1|000|text|0|29|Message text was: hello world|"_s,
            u">>|1|000|ping|1|3|abc|"_s,
            u"<<|1|000|pong|0|3|abc|"_s,
        };
        QStringList rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows << rowLine(model, r);
        QCOMPARE(rows, expected);
        // The key the client chose is the one the server saw.
        QCOMPARE(model->index(0, XrayFrameModel::KeyColumn).data().toString().size(), 8);

        inspector->sendText(u"hi from the admin"_s);
        QTRY_VERIFY_WITH_TIMEOUT(echo.texts.contains(u"hi from the admin"_s), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rowLine(model, model->rowCount() - 1) == u"<<|1|000|text|0|17|hi from the admin|"_s, 5000);

        inspector->joinRoom(u"lobby"_s);
        QTRY_VERIFY_WITH_TIMEOUT(alice.texts.contains(u"anonymous joined the room"_s), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->detailsText().contains(u"joined by an admin: lobby"_s), 5000);
        alice.client->sendText("yo");
        QTRY_VERIFY_WITH_TIMEOUT(echo.texts.contains(u"alice: yo"_s), 5000);
        inspector->joinRoom(u"lobby"_s);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->statusText().startsWith(u"Refused: "_s), 5000);
        inspector->leaveRoom(u"lobby"_s);
        QTRY_VERIFY_WITH_TIMEOUT(alice.texts.contains(u"anonymous left the room"_s), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->detailsText().contains(u"Rooms:         —"_s), 5000);

        // Closing the window turns capture off in the server.
        inspector.reset();
        AdminCommand c;
        c.type = AdminCommand::Type::Inspect;
        c.connectionId = id;
        QTRY_VERIFY_WITH_TIMEOUT(QJsonDocument::fromJson(m_server->execute(c).json).object()
                                     .value(u"capture"_s).toObject().value(u"on"_s) == QJsonValue(false), 5000);

        // A connection that an admin made join a room leaves it when it closes.
        c.type = AdminCommand::Type::JoinRoom;
        c.room = u"lobby"_s;
        QVERIFY(m_server->execute(c).ok);
        echo.client->sendClose(1000, {});
        QTRY_VERIFY_WITH_TIMEOUT(alice.texts.contains(u"anonymous left the room"_s)
                                     && alice.texts.count(u"anonymous left the room"_s) == 2, 5000);
        alice.client->sendClose(1000, {});
        QTRY_VERIFY_WITH_TIMEOUT(alice.finished, 5000);
    }

    // The same capabilities as JSON commands on /ws/admin (docs/protocol.md).
    void adminEndpointCommands()
    {
        Xray::ClientOptions echoOptions;
        echoOptions.url = m_server->url(u"/ws/echo"_s);
        Peer echo(echoOptions);
        QTRY_VERIFY_WITH_TIMEOUT(echo.open, 5000);
        const quint64 id = connectionIdFor(u"echo"_s);
        QVERIFY(id != 0);

        TestSupport::TestClient admin;
        QVERIFY(admin.open(m_server->url(u"/ws/admin"_s), {{"Authorization", "Bearer valid-token"}}));
        QVERIFY(admin.next().contains(u"Admin access granted"_s));
        const QString n = QString::number(id);
        admin.send(u"{\"type\":\"capture\",\"connection_id\":%1}"_s.arg(n));
        QCOMPARE(admin.next(), u"{\"error\":\"\\\"on\\\" must be true or false\"}"_s);
        admin.send(u"{\"type\":\"capture\",\"connection_id\":%1,\"on\":true,\"frames\":5}"_s.arg(n));
        QCOMPARE(admin.next(), u"{\"ok\":true,\"command\":\"capture\",\"connection_id\":%1,\"on\":true,\"frames\":5}"_s.arg(n));
        admin.send(u"{\"type\":\"send\",\"connection_id\":%1,\"text\":\"psst\"}"_s.arg(n));
        QCOMPARE(admin.next(), u"{\"ok\":true,\"command\":\"send\",\"connection_id\":%1,\"recipients\":1}"_s.arg(n));
        QTRY_VERIFY_WITH_TIMEOUT(echo.texts.contains(u"psst"_s), 5000);
        admin.send(u"{\"type\":\"join_room\",\"connection_id\":%1,\"room\":\"a/b\"}"_s.arg(n));
        QCOMPARE(admin.next(), u"{\"error\":\"Invalid room name\"}"_s);
        admin.send(u"{\"type\":\"inspect\",\"connection_id\":%1}"_s.arg(n));
        const QString answer = admin.next();
        QVERIFY2(answer.startsWith(u"{\"ok\":true,\"command\":\"inspect\",\"connection\":{\"id\":%1,"_s.arg(n)), qPrintable(answer));
        const QJsonObject o = QJsonDocument::fromJson(answer.toUtf8()).object();
        QCOMPARE(o.value(u"capture"_s).toObject().value(u"frames"_s).toInt(), 5);
        const QJsonArray frames = o.value(u"frames"_s).toArray();
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames.at(0).toObject().value(u"dir"_s).toString(), u"out"_s);
        QCOMPARE(frames.at(0).toObject().value(u"payload_hex"_s).toString(), u"70737374"_s);   // "psst"
        QCOMPARE(frames.at(0).toObject().value(u"header_hex"_s).toString(), u"8104"_s);
        echo.client->sendClose(1000, {});
        QTRY_VERIFY_WITH_TIMEOUT(echo.finished, 5000);
    }

    void commandsAreChecked()
    {
        AdminCommand c;
        c.type = AdminCommand::Type::Inspect;
        c.connectionId = 999'999;
        QCOMPARE(m_server->execute(c).error, u"Unknown connection 999999"_s);
        c.type = AdminCommand::Type::Capture;
        QVERIFY(!m_server->execute(c).ok);
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
