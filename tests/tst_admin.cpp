// SPEC §4 against a real server: JSON commands on /ws/admin (as alice) with their exact answers
// and their effects on other real clients, and the same service driven from the GUI path.

#include "support/testclient.h"
#include "support/testserver.h"

#include "admin/admincommand.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using namespace SocketScope;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

const QString Greeting = u"{\"message\":\"Admin access granted\",\"user\":\"alice\"}"_s;
const Headers BobCookie = {{"Cookie", "session_id=xyz789"}};

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

qint64 utf8Bytes(const QStringList &texts)
{
    qint64 n = 0;
    for (const QString &t : texts)
        n += t.toUtf8().size();
    return n;
}

QString num(qint64 n)
{
    return QString::number(n);
}

} // namespace

class tst_Admin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_admin;
    QStringList m_adminSent;

    QUrl url(const QString &path) const { return m_server->url(path); }

    // Sends a command on /ws/admin and returns the next text the admin gets.
    QString cmd(const QString &json)
    {
        m_adminSent.append(json);
        m_admin->send(json);
        return m_admin->next();
    }

    // Nothing more is queued for `c`: a ping's pong is the very next text.
    static bool quiet(TestClient &c)
    {
        c.send(u"ping"_s);
        const QString n = c.next();
        if (n != u"pong") {
            qWarning().noquote() << "expected pong, got" << n;
            return false;
        }
        return true;
    }

    static bool closedWith(TestClient &c, int code, const QString &reason)
    {
        if (!c.waitClosed())
            return false;
        if (c.closeCode != code || c.closeReason != reason) {
            qWarning().noquote() << "closed with" << c.closeCode << c.closeReason;
            return false;
        }
        return true;
    }

    AdminResult gui(AdminCommand::Type type, const std::function<void(AdminCommand &)> &fill = {})
    {
        AdminCommand c;
        c.type = type;
        if (fill)
            fill(c);
        return m_server->execute(c);
    }

    // The server's id of a client's connection, found by its local port (GUI path: no traffic).
    quint64 idOf(const TestClient &c)
    {
        const AdminResult r = gui(AdminCommand::Type::ListConnections);
        const QString remote = u"127.0.0.1:"_s + num(c.ws.localPort());
        for (const QJsonValue v : parse(QString::fromUtf8(r.json)).value(u"connections").toArray()) {
            if (v.toObject().value(u"remote").toString() == remote)
                return quint64(v.toObject().value(u"id").toInteger());
        }
        return 0;
    }

    int liveConnections()
    {
        const AdminResult r = gui(AdminCommand::Type::Stats);
        return parse(QString::fromUtf8(r.json)).value(u"stats").toObject().value(u"connections").toInt(-1);
    }

private Q_SLOTS:
    void init()
    {
        auto cfg = testConfig();
        cfg.rateLimit = 1000;
        m_server = std::make_unique<TestServer>(cfg);
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_admin = std::make_unique<TestClient>();
        m_adminSent.clear();
        QVERIFY(m_admin->open(url(u"/ws/admin?token=valid-token"_s)));
        QCOMPARE(m_admin->next(), Greeting);
    }
    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    // ------------------------------------------------------------------ broadcast

    void broadcastEveryone()
    {
        TestClient admin2, john, bob, echo, pending;
        QVERIFY(admin2.open(url(u"/ws/admin"_s), {{"Authorization", "Bearer valid-token"}}));
        QCOMPARE(admin2.next(), Greeting);
        QVERIFY(john.open(url(u"/ws?token=secret-token"_s)));
        QVERIFY(!john.next().isEmpty());   // welcome
        QVERIFY(bob.open(url(u"/ws/room/lobby"_s), BobCookie));
        QCOMPARE(bob.next(), u"bob joined the room"_s);
        QVERIFY(echo.open(url(u"/ws/echo"_s)));
        QVERIFY(pending.open(url(u"/ws"_s)));   // not authenticated: not a recipient

        QCOMPARE(cmd(u"{\"type\":\"broadcast\",\"text\":\"Hello everyone\"}"_s),
                 u"{\"ok\":true,\"command\":\"broadcast\",\"recipients\":4}"_s);
        QCOMPARE(admin2.next(), u"Hello everyone"_s);
        QCOMPARE(john.next(), u"Hello everyone"_s);
        QCOMPARE(bob.next(), u"Hello everyone"_s);
        QCOMPARE(echo.next(), u"Hello everyone"_s);
        // The issuing admin connection is left out.
        QVERIFY(quiet(*m_admin));
        QVERIFY(quiet(john));
        QVERIFY(pending.texts.isEmpty());
        QVERIFY(!pending.disconnected);
    }

    void broadcastRoom()
    {
        TestClient john, bob, elsewhere, chat;
        QVERIFY(john.open(url(u"/ws/room/lobby?token=secret-token"_s)));
        QCOMPARE(john.next(), u"john_doe joined the room"_s);
        QVERIFY(bob.open(url(u"/ws/room/lobby"_s), BobCookie));
        QCOMPARE(bob.next(), u"bob joined the room"_s);
        QCOMPARE(john.next(), u"bob joined the room"_s);
        QVERIFY(elsewhere.open(url(u"/ws/room/other?token=valid-token"_s)));
        QCOMPARE(elsewhere.next(), u"alice joined the room"_s);
        QVERIFY(chat.open(url(u"/ws?token=secret-token"_s)));
        QVERIFY(!chat.next().isEmpty());

        QCOMPARE(cmd(u"{\"type\":\"broadcast\",\"text\":\"Room news\",\"room\":\"lobby\"}"_s),
                 u"{\"ok\":true,\"command\":\"broadcast\",\"recipients\":2}"_s);
        QCOMPARE(john.next(), u"Room news"_s);
        QCOMPARE(bob.next(), u"Room news"_s);
        QVERIFY(quiet(elsewhere));
        QVERIFY(quiet(chat));
        QVERIFY(quiet(*m_admin));

        QCOMPARE(cmd(u"{\"type\":\"broadcast\",\"text\":\"Anyone?\",\"room\":\"empty\"}"_s),
                 u"{\"ok\":true,\"command\":\"broadcast\",\"recipients\":0}"_s);
    }

    void broadcastEndpoint()
    {
        TestClient echo1, echo2, chat, admin2;
        QVERIFY(echo1.open(url(u"/ws/echo"_s)));
        QVERIFY(echo2.open(url(u"/ws/echo"_s)));
        QVERIFY(chat.open(url(u"/ws?token=secret-token"_s)));
        QVERIFY(!chat.next().isEmpty());
        QVERIFY(admin2.open(url(u"/ws/admin?token=valid-token"_s)));
        QCOMPARE(admin2.next(), Greeting);

        QCOMPARE(cmd(u"{\"type\":\"broadcast\",\"text\":\"To echo\",\"endpoint\":\"echo\"}"_s),
                 u"{\"ok\":true,\"command\":\"broadcast\",\"recipients\":2}"_s);
        QCOMPARE(echo1.next(), u"To echo"_s);
        QCOMPARE(echo2.next(), u"To echo"_s);
        QVERIFY(quiet(chat));
        QVERIFY(quiet(admin2));

        QCOMPARE(cmd(u"{\"type\":\"broadcast\",\"text\":\"Admins\",\"endpoint\":\"admin\"}"_s),
                 u"{\"ok\":true,\"command\":\"broadcast\",\"recipients\":1}"_s);
        QCOMPARE(admin2.next(), u"Admins"_s);
        QVERIFY(quiet(*m_admin));

        QCOMPARE(cmd(u"{\"type\":\"broadcast\",\"text\":\"Chat\",\"endpoint\":\"/ws\"}"_s),
                 u"{\"ok\":true,\"command\":\"broadcast\",\"recipients\":1}"_s);
        QCOMPARE(chat.next(), u"Chat"_s);
        QCOMPARE(echo1.unread(), 0);
    }

    // ------------------------------------------------------------------ publish and send

    void publish()
    {
        TestClient alice, john, sports;
        QVERIFY(alice.open(url(u"/ws/subscribe/news?token=valid-token"_s)));
        QVERIFY(john.open(url(u"/ws/subscribe/news?token=secret-token"_s)));
        QVERIFY(sports.open(url(u"/ws/subscribe/sports"_s), BobCookie));
        QTRY_COMPARE(liveConnections(), 4);

        const QString data = u"{\"z\":1, \"a\":{\"nested\":[1,2,\"x\"]},\"s\":\"é\\\"q\",\"e\":\"\\u00e9\"}"_s;
        QCOMPARE(cmd(u"{\"type\":\"publish\",\"topic\":\"news\",\"data\":"_s + data + u"}"_s),
                 u"{\"ok\":true,\"command\":\"publish\",\"topic\":\"news\",\"recipients\":2}"_s);
        QCOMPARE(alice.next(), data);
        QCOMPARE(john.next(), data);
        QVERIFY(quiet(sports));
        QVERIFY(quiet(*m_admin));

        QCOMPARE(cmd(u"{\"type\":\"publish\",\"topic\":\"nobody\",\"data\":{}}"_s),
                 u"{\"ok\":true,\"command\":\"publish\",\"topic\":\"nobody\",\"recipients\":0}"_s);
        QCOMPARE(cmd(u"{\"type\":\"publish\",\"topic\":\"sports\",\"data\":{ }}"_s),
                 u"{\"ok\":true,\"command\":\"publish\",\"topic\":\"sports\",\"recipients\":1}"_s);
        QCOMPARE(sports.next(), u"{ }"_s);
    }

    void sendToUser()
    {
        TestClient bob1, bob2, john;
        QVERIFY(bob1.open(url(u"/ws"_s), BobCookie));
        QVERIFY(!bob1.next().isEmpty());
        QVERIFY(bob2.open(url(u"/ws/room/r"_s), BobCookie));
        QCOMPARE(bob2.next(), u"bob joined the room"_s);
        QVERIFY(john.open(url(u"/ws?token=secret-token"_s)));
        QVERIFY(!john.next().isEmpty());

        QCOMPARE(cmd(u"{\"type\":\"send\",\"user_id\":2,\"text\":\"Hi Bob\"}"_s),
                 u"{\"ok\":true,\"command\":\"send\",\"user_id\":2,\"recipients\":2}"_s);
        QCOMPARE(bob1.next(), u"Hi Bob"_s);
        QCOMPARE(bob2.next(), u"Hi Bob"_s);
        QVERIFY(quiet(john));

        // Alice is the admin herself: her admin connection gets it too, before the answer.
        m_adminSent.append(u"{\"type\":\"send\",\"user_id\":1,\"text\":\"Note to self\"}"_s);
        m_admin->send(m_adminSent.last());
        QCOMPARE(m_admin->next(), u"Note to self"_s);
        QCOMPARE(m_admin->next(), u"{\"ok\":true,\"command\":\"send\",\"user_id\":1,\"recipients\":1}"_s);

        // A known user without connections: nobody to reach, not an error.
        bob1.ws.close();
        bob2.ws.close();
        QVERIFY(bob1.waitClosed());
        QVERIFY(bob2.waitClosed());
        QTRY_COMPARE(liveConnections(), 2);
        QCOMPARE(cmd(u"{\"type\":\"send\",\"user_id\":2,\"text\":\"Hi Bob\"}"_s),
                 u"{\"ok\":true,\"command\":\"send\",\"user_id\":2,\"recipients\":0}"_s);
        QCOMPARE(cmd(u"{\"type\":\"send\",\"user_id\":9999,\"text\":\"Hi\"}"_s),
                 u"{\"error\":\"Unknown user 9999\"}"_s);
    }

    // ------------------------------------------------------------------ kick

    void kickConnection()
    {
        TestClient john, bob, carol;
        QVERIFY(john.open(url(u"/ws/room/lobby?token=secret-token"_s)));
        QCOMPARE(john.next(), u"john_doe joined the room"_s);
        QVERIFY(bob.open(url(u"/ws/room/lobby"_s), BobCookie));
        QCOMPARE(bob.next(), u"bob joined the room"_s);
        QCOMPARE(john.next(), u"bob joined the room"_s);
        QVERIFY(carol.open(url(u"/ws?token=valid-token"_s)));
        QVERIFY(!carol.next().isEmpty());

        const quint64 johnId = idOf(john);
        QVERIFY(johnId > 0);
        QCOMPARE(cmd(u"{\"type\":\"kick\",\"connection_id\":%1}"_s.arg(johnId)),
                 u"{\"ok\":true,\"command\":\"kick\",\"connection_id\":%1,\"closed\":1}"_s.arg(johnId));
        QVERIFY(closedWith(john, 1008, u"Kicked by admin"_s));
        QCOMPARE(bob.next(), u"john_doe left the room"_s);
        QVERIFY(quiet(carol));

        // The same id again: it is gone.
        QCOMPARE(cmd(u"{\"type\":\"kick\",\"connection_id\":%1}"_s.arg(johnId)),
                 u"{\"error\":\"Unknown connection %1\"}"_s.arg(johnId));

        const quint64 bobId = idOf(bob);
        QVERIFY(bobId > 0);
        QCOMPARE(cmd(u"{\"type\":\"kick\",\"connection_id\":%1,\"code\":4000,\"reason\":\"Go away\"}"_s.arg(bobId)),
                 u"{\"ok\":true,\"command\":\"kick\",\"connection_id\":%1,\"closed\":1}"_s.arg(bobId));
        QVERIFY(closedWith(bob, 4000, u"Go away"_s));

        QCOMPARE(cmd(u"{\"type\":\"kick\",\"connection_id\":999}"_s), u"{\"error\":\"Unknown connection 999\"}"_s);
        QVERIFY(!carol.disconnected);
    }

    void kickUser()
    {
        TestClient bob1, bob2, john;
        QVERIFY(bob1.open(url(u"/ws"_s), BobCookie));
        QVERIFY(!bob1.next().isEmpty());
        QVERIFY(bob2.open(url(u"/ws/subscribe/t"_s), BobCookie));
        QVERIFY(john.open(url(u"/ws?token=secret-token"_s)));
        QVERIFY(!john.next().isEmpty());
        QTRY_COMPARE(liveConnections(), 4);

        QCOMPARE(cmd(u"{\"type\":\"kick\",\"user_id\":2}"_s),
                 u"{\"ok\":true,\"command\":\"kick\",\"user_id\":2,\"closed\":2}"_s);
        QVERIFY(closedWith(bob1, 1008, u"Kicked by admin"_s));
        QVERIFY(closedWith(bob2, 1008, u"Kicked by admin"_s));
        QVERIFY(quiet(john));
        QTRY_COMPARE(liveConnections(), 2);

        QCOMPARE(cmd(u"{\"type\":\"kick\",\"user_id\":2}"_s),
                 u"{\"ok\":true,\"command\":\"kick\",\"user_id\":2,\"closed\":0}"_s);
        QCOMPARE(cmd(u"{\"type\":\"kick\",\"user_id\":9999}"_s), u"{\"error\":\"Unknown user 9999\"}"_s);

        QCOMPARE(cmd(u"{\"type\":\"kick\",\"user_id\":123,\"code\":4001,\"reason\":\"Bye\"}"_s),
                 u"{\"ok\":true,\"command\":\"kick\",\"user_id\":123,\"closed\":1}"_s);
        QVERIFY(closedWith(john, 4001, u"Bye"_s));
    }

    void kickSelf()
    {
        // Kicking alice closes the admin connection that asked; it gets no answer.
        m_admin->send(u"{\"type\":\"kick\",\"user_id\":1}"_s);
        QVERIFY(closedWith(*m_admin, 1008, u"Kicked by admin"_s));
        QCOMPARE(m_admin->unread(), 0);
    }

    // ------------------------------------------------------------------ ban

    void banAndUnban()
    {
        TestClient bob1, bob2, john;
        QVERIFY(bob1.open(url(u"/ws"_s), BobCookie));
        QVERIFY(!bob1.next().isEmpty());
        QVERIFY(bob2.open(url(u"/ws/room/r"_s), BobCookie));
        QCOMPARE(bob2.next(), u"bob joined the room"_s);
        QVERIFY(john.open(url(u"/ws?token=secret-token"_s)));
        QVERIFY(!john.next().isEmpty());
        QTRY_COMPARE(liveConnections(), 4);

        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const QString answer = cmd(u"{\"type\":\"ban\",\"user_id\":2,\"duration\":\"1h\"}"_s);
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        const QString until = parse(answer).value(u"until").toString();
        QCOMPARE(answer, u"{\"ok\":true,\"command\":\"ban\",\"user_id\":2,\"until\":\""_s + until
                             + u"\",\"closed\":2}"_s);
        const QDateTime untilTime = QDateTime::fromString(until, Qt::ISODate);
        QVERIFY2(untilTime.isValid(), qPrintable(until));
        QCOMPARE(untilTime.toUTC().toString(Qt::ISODate), until);
        QVERIFY2(untilTime.toSecsSinceEpoch() >= before + 3600 && untilTime.toSecsSinceEpoch() <= after + 3601,
                 qPrintable(until));

        QVERIFY(closedWith(bob1, 1008, u"Banned"_s));
        QVERIFY(closedWith(bob2, 1008, u"Banned"_s));
        QVERIFY(quiet(john));

        TestClient refused;
        QVERIFY(refused.open(url(u"/ws"_s), BobCookie));
        QVERIFY(closedWith(refused, 1008, u"User banned"_s));
        QVERIFY(refused.texts.isEmpty());

        QCOMPARE(cmd(u"{\"type\":\"unban\",\"user_id\":2}"_s), u"{\"ok\":true,\"command\":\"unban\",\"user_id\":2}"_s);
        TestClient back;
        QVERIFY(back.open(url(u"/ws"_s), BobCookie));
        QCOMPARE(back.next(), u"{\"type\":\"welcome\",\"message\":\"Welcome bob\",\"user\":{\"user_id\":2,\"username\":\"bob\",\"role\":\"user\"},\"auth_method\":\"cookie\"}"_s);

        // A ban with its own reason closes with that reason.
        const QString spam = cmd(u"{\"type\":\"ban\",\"user_id\":2,\"duration\":90,\"reason\":\"Spam\"}"_s);
        QCOMPARE(spam, u"{\"ok\":true,\"command\":\"ban\",\"user_id\":2,\"until\":\""_s
                           + parse(spam).value(u"until").toString() + u"\",\"closed\":1}"_s);
        QVERIFY(closedWith(back, 1008, u"Spam"_s));

        QCOMPARE(cmd(u"{\"type\":\"ban\",\"user_id\":9999,\"duration\":\"1h\"}"_s), u"{\"error\":\"Unknown user 9999\"}"_s);
        QCOMPARE(cmd(u"{\"type\":\"unban\",\"user_id\":9999}"_s), u"{\"error\":\"Unknown user 9999\"}"_s);
        // Unbanning someone who is not banned is harmless.
        QCOMPARE(cmd(u"{\"type\":\"unban\",\"user_id\":123}"_s), u"{\"ok\":true,\"command\":\"unban\",\"user_id\":123}"_s);
    }

    // ------------------------------------------------------------------ rate limit

    // Answers come in the order of the commands, also when one of them waits for the store
    // (ban, send to a user with no connection) and the next ones need nothing but memory.
    void answersKeepCommandOrder()
    {
        const QStringList commands{
            u"{\"type\":\"ban\",\"user_id\":9999,\"duration\":\"1h\"}"_s,
            u"{\"type\":\"list_rooms\"}"_s,
            u"{\"type\":\"send\",\"user_id\":2,\"text\":\"hi\"}"_s,
            u"{\"type\":42}"_s,
            u"hello"_s,
            u"{\"type\":\"unban\",\"user_id\":9999}"_s,
            u"{\"type\":\"list_topics\"}"_s,
        };
        for (const QString &c : commands)
            m_admin->send(c);
        QCOMPARE(m_admin->next(), u"{\"error\":\"Unknown user 9999\"}"_s);
        QCOMPARE(m_admin->next(), u"{\"ok\":true,\"command\":\"list_rooms\",\"rooms\":[]}"_s);
        QVERIFY(m_admin->next().startsWith(u"{\"ok\":true,\"command\":\"send\""_s));
        QVERIFY(m_admin->next().startsWith(u"{\"error\":"_s));
        QCOMPARE(m_admin->next(), u"Admin command: hello"_s);
        QCOMPARE(m_admin->next(), u"{\"error\":\"Unknown user 9999\"}"_s);
        QCOMPARE(m_admin->next(), u"{\"ok\":true,\"command\":\"list_topics\",\"topics\":[]}"_s);
    }

    void setRateLimit()
    {
        TestClient john, bob;
        QVERIFY(john.open(url(u"/ws?token=secret-token"_s)));
        QVERIFY(!john.next().isEmpty());
        QVERIFY(bob.open(url(u"/ws"_s), BobCookie));
        QVERIFY(!bob.next().isEmpty());

        QCOMPARE(cmd(u"{\"type\":\"set_rate_limit\",\"limit\":3,\"window\":\"30s\"}"_s),
                 u"{\"ok\":true,\"command\":\"set_rate_limit\",\"limit\":3,\"window_ms\":30000}"_s);
        // Without "window" the window is kept.
        QCOMPARE(cmd(u"{\"type\":\"set_rate_limit\",\"limit\":2}"_s),
                 u"{\"ok\":true,\"command\":\"set_rate_limit\",\"limit\":2,\"window_ms\":30000}"_s);

        john.send(u"one"_s);
        QCOMPARE(john.next(), u"User 123: one"_s);
        john.send(u"two"_s);
        QCOMPARE(john.next(), u"User 123: two"_s);
        john.send(u"three"_s);
        const QString limited = john.next();
        const qint64 retry = parse(limited).value(u"retry_after_ms").toInteger(-1);
        QCOMPARE(limited, u"{\"error\":\"Rate limit exceeded. Try again later.\",\"retry_after_ms\":"_s + num(retry) + u"}"_s);
        QVERIFY2(retry > 25'000 && retry <= 30'000, qPrintable(limited));
        // Empty messages and pings are not counted, and still answered.
        QVERIFY(quiet(john));

        // Bob has his own quota.
        bob.send(u"a"_s);
        QCOMPARE(bob.next(), u"User 2: a"_s);
        bob.send(u"b"_s);
        QCOMPARE(bob.next(), u"User 2: b"_s);

        // Alice sent two commands in this window: her third is refused like any message.
        m_admin->send(u"{\"type\":\"stats\"}"_s);
        const QString adminLimited = m_admin->next();
        QCOMPARE(adminLimited, u"{\"error\":\"Rate limit exceeded. Try again later.\",\"retry_after_ms\":"_s
                                   + num(parse(adminLimited).value(u"retry_after_ms").toInteger(-1)) + u"}"_s);

        // Raised from the GUI path: the next message passes.
        const AdminResult r = gui(AdminCommand::Type::SetRateLimit, [](AdminCommand &c) {
            c.limit = 5;
            c.windowMs = 60'000;
        });
        QVERIFY(r.ok);
        QCOMPARE(r.json, QByteArray("{\"ok\":true,\"command\":\"set_rate_limit\",\"limit\":5,\"window_ms\":60000}"));
        john.send(u"four"_s);
        QCOMPARE(john.next(), u"User 123: four"_s);
    }

    // ------------------------------------------------------------------ stats and lists

    void statsAndLists()
    {
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - 5000;
        TestClient john, bob, sub, echo, bad;
        QVERIFY(john.open(url(u"/ws/room/lobby?token=secret-token"_s)));
        QCOMPARE(john.next(), u"john_doe joined the room"_s);
        QVERIFY(bob.open(url(u"/ws/room/lobby"_s), BobCookie));
        QCOMPARE(bob.next(), u"bob joined the room"_s);
        QCOMPARE(john.next(), u"bob joined the room"_s);
        QVERIFY(sub.open(url(u"/ws/subscribe/news"_s), {{"Authorization", "Bearer valid-token"}}));
        QVERIFY(echo.open(url(u"/ws/echo"_s)));
        echo.send(u"hi"_s);
        QCOMPARE(echo.next(), u"Message text was: hi"_s);
        QVERIFY(bad.open(url(u"/ws?token=nope"_s)));
        QVERIFY(closedWith(bad, 1008, u"Invalid token"_s));
        QTRY_COMPARE(liveConnections(), 5);

        const QStringList adminReceivedBefore = m_admin->texts;
        const QString stats = cmd(u"{\"type\":\"stats\"}"_s);
        const qint64 uptime = parse(stats).value(u"stats").toObject().value(u"uptime_ms").toInteger(-1);
        QVERIFY(uptime >= 0);
        const qint64 messagesOut = adminReceivedBefore.size() + john.texts.size() + bob.texts.size() + echo.texts.size();
        const qint64 bytesOut = utf8Bytes(adminReceivedBefore) + utf8Bytes(john.texts) + utf8Bytes(bob.texts)
            + utf8Bytes(echo.texts);
        const qint64 bytesIn = utf8Bytes({u"hi"_s}) + utf8Bytes(m_adminSent);
        QCOMPARE(messagesOut, qint64(5));
        QCOMPARE(stats,
                 u"{\"ok\":true,\"command\":\"stats\",\"stats\":{\"connections\":5,"
                 "\"by_endpoint\":{\"echo\":1,\"chat\":0,\"admin\":1,\"manager\":0,\"room\":2,\"subscribe\":1},"
                 "\"connections_accepted\":6,\"messages_in\":2,\"messages_out\":5,"_s
                     + u"\"bytes_in\":"_s + num(bytesIn) + u",\"bytes_out\":"_s + num(bytesOut)
                     + u",\"rate_limited\":0,\"auth_failures\":1,\"rooms\":1,\"topics\":1,\"uptime_ms\":"_s
                     + num(uptime) + u",\"rate_limit\":{\"limit\":1000,\"window_ms\":60000}}}"_s);

        const quint64 adminId = idOf(*m_admin), johnId = idOf(john), bobId = idOf(bob), subId = idOf(sub),
                      echoId = idOf(echo);
        QVERIFY(adminId > 0);
        QVERIFY(adminId < johnId && johnId < bobId && bobId < subId && subId < echoId);

        QCOMPARE(cmd(u"{\"type\":\"list_rooms\"}"_s),
                 u"{\"ok\":true,\"command\":\"list_rooms\",\"rooms\":[{\"name\":\"lobby\",\"count\":2,\"members\":["
                 "{\"connection_id\":%1,\"username\":\"john_doe\"},{\"connection_id\":%2,\"username\":\"bob\"}]}]}"_s
                     .arg(johnId).arg(bobId));
        QCOMPARE(cmd(u"{\"type\":\"list_topics\"}"_s),
                 u"{\"ok\":true,\"command\":\"list_topics\",\"topics\":[{\"name\":\"news\",\"count\":1,\"members\":["
                 "{\"connection_id\":%1,\"username\":\"alice\"}]}]}"_s.arg(subId));

        const QStringList adminReceived = m_admin->texts;
        const QString list = cmd(u"{\"type\":\"list_connections\"}"_s);
        const QJsonArray conns = parse(list).value(u"connections").toArray();
        QCOMPARE(conns.size(), 5);
        const auto connectedAt = [&](int i) {
            const QString at = conns.at(i).toObject().value(u"connected_at").toString();
            const QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
            if (!t.isValid() || t.toMSecsSinceEpoch() < startMs
                || t.toMSecsSinceEpoch() > QDateTime::currentMSecsSinceEpoch()
                || t.toUTC().toString(Qt::ISODateWithMs) != at)
                return u"<bad: "_s + at + u'>';
            return at;
        };
        const auto lastActivity = [&](int i) {
            const QString at = conns.at(i).toObject().value(u"last_activity").toString();
            const QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
            if (!t.isValid() || t.toMSecsSinceEpoch() < startMs || t.toMSecsSinceEpoch() > QDateTime::currentMSecsSinceEpoch())
                return u"<bad: "_s + at + u'>';
            return at;
        };
        const auto entry = [&](int i, quint64 id, qint64 uid, const QString &name, const QString &role,
                               const QString &method, const QString &endpoint, const QString &path,
                               const TestClient &c, qint64 in, qint64 out, qint64 bIn, qint64 bOut,
                               const QString &target = {}, int rateUsed = 0) {
            // Anonymous connections have "username": null (SPEC §8).
            return u"{\"id\":"_s + num(qint64(id)) + u",\"user_id\":"_s + num(uid) + u",\"username\":"_s
                + (name.isNull() ? u"null"_s : u'"' + name + u'"')
                + u",\"role\":\""_s + role + u"\",\"auth_method\":\""_s + method + u"\",\"jwt\":false,\"endpoint\":\""_s
                + endpoint + u"\",\"path\":\""_s + path + u"\",\"remote\":\"127.0.0.1:"_s + num(c.ws.localPort())
                + u"\",\"connected_at\":\""_s + connectedAt(i) + u"\",\"messages_in\":"_s + num(in)
                + u",\"messages_out\":"_s + num(out) + u",\"bytes_in\":"_s + num(bIn) + u",\"bytes_out\":"_s
                + num(bOut) + u",\"rtt_ms\":-1,\"authenticated\":"_s + (uid >= 0 ? u"true"_s : u"false"_s)
                + u",\"target\":\""_s + target + u"\",\"origin\":\"\",\"last_activity\":\""_s + lastActivity(i)
                + u"\",\"pending_bytes\":0,\"rate_used\":"_s + num(rateUsed) + u",\"rate_limit\":1000}"_s;
        };
        const QString expected = u"{\"ok\":true,\"command\":\"list_connections\",\"connections\":["_s
            + entry(0, adminId, 1, u"alice"_s, u"admin"_s, u"query"_s, u"admin"_s, u"/ws/admin?token=va\u2026"_s,
                    *m_admin, m_adminSent.size(), adminReceived.size(), utf8Bytes(m_adminSent),
                    utf8Bytes(adminReceived), QString(), int(m_adminSent.size()))
            + u',' + entry(1, johnId, 123, u"john_doe"_s, u"user"_s, u"query"_s, u"room"_s,
                          u"/ws/room/lobby?token=secr\u2026"_s, john, 0, 2, 0, utf8Bytes(john.texts), u"lobby"_s, 1)
            + u',' + entry(2, bobId, 2, u"bob"_s, u"user"_s, u"cookie"_s, u"room"_s, u"/ws/room/lobby"_s, bob, 0, 1, 0,
                          utf8Bytes(bob.texts), u"lobby"_s, 1)
            + u',' + entry(3, subId, 1, u"alice"_s, u"admin"_s, u"header"_s, u"subscribe"_s, u"/ws/subscribe/news"_s,
                          sub, 0, 0, 0, 0, u"news"_s, int(m_adminSent.size()))
            + u',' + entry(4, echoId, -1, QString(), QString(), u"none"_s, u"echo"_s, u"/ws/echo"_s, echo, 1, 1, 2,
                          utf8Bytes(echo.texts))
            + u"]}"_s;
        QCOMPARE(list, expected);
    }

    void emptyLists()
    {
        QCOMPARE(cmd(u"{\"type\":\"list_rooms\"}"_s), u"{\"ok\":true,\"command\":\"list_rooms\",\"rooms\":[]}"_s);
        QCOMPARE(cmd(u"{\"type\":\"list_topics\"}"_s), u"{\"ok\":true,\"command\":\"list_topics\",\"topics\":[]}"_s);
    }

    void closeRoom()
    {
        TestClient john, bob, other;
        QVERIFY(john.open(url(u"/ws/room/lobby?token=secret-token"_s)));
        QCOMPARE(john.next(), u"john_doe joined the room"_s);
        QVERIFY(bob.open(url(u"/ws/room/lobby"_s), BobCookie));
        QCOMPARE(bob.next(), u"bob joined the room"_s);
        QVERIFY(other.open(url(u"/ws/room/other?token=valid-token"_s)));
        QCOMPARE(other.next(), u"alice joined the room"_s);

        QCOMPARE(cmd(u"{\"type\":\"close_room\",\"room\":\"lobby\"}"_s),
                 u"{\"ok\":true,\"command\":\"close_room\",\"room\":\"lobby\",\"closed\":2}"_s);
        QVERIFY(closedWith(john, 1000, u"Room closed by admin"_s));
        QVERIFY(closedWith(bob, 1000, u"Room closed by admin"_s));
        QVERIFY(quiet(other));
        QCOMPARE(cmd(u"{\"type\":\"close_room\",\"room\":\"lobby\"}"_s), u"{\"error\":\"Unknown room lobby\"}"_s);
    }

    // ------------------------------------------------------------------ errors

    void invalidCommands_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("answer");
        QTest::newRow("broadcast no text") << u"{\"type\":\"broadcast\"}"_s
                                           << u"{\"error\":\"\\\"text\\\" must be a non-empty string\"}"_s;
        QTest::newRow("broadcast bad endpoint")
            << u"{\"type\":\"broadcast\",\"text\":\"x\",\"endpoint\":\"nowhere\"}"_s
            << u"{\"error\":\"unknown endpoint \\\"nowhere\\\" (use echo, chat, admin, manager, room or subscribe)\"}"_s;
        QTest::newRow("publish data not object") << u"{\"type\":\"publish\",\"topic\":\"t\",\"data\":[1]}"_s
                                                 << u"{\"error\":\"\\\"data\\\" must be a JSON object\"}"_s;
        QTest::newRow("publish no topic") << u"{\"type\":\"publish\",\"data\":{}}"_s
                                          << u"{\"error\":\"\\\"topic\\\" must be a non-empty string\"}"_s;
        QTest::newRow("send no user") << u"{\"type\":\"send\",\"text\":\"x\"}"_s
                                      << u"{\"error\":\"\\\"user_id\\\" must be an integer from 0 to 9223372036854775807\"}"_s;
        QTest::newRow("kick neither") << u"{\"type\":\"kick\"}"_s
                                      << u"{\"error\":\"give exactly one of \\\"connection_id\\\" or \\\"user_id\\\"\"}"_s;
        QTest::newRow("kick bad code") << u"{\"type\":\"kick\",\"connection_id\":1,\"code\":1006}"_s
                                       << u"{\"error\":\"close code 1006 cannot be sent by an application\"}"_s;
        QTest::newRow("kick unknown connection") << u"{\"type\":\"kick\",\"connection_id\":424242}"_s
                                                 << u"{\"error\":\"Unknown connection 424242\"}"_s;
        QTest::newRow("ban bad duration")
            << u"{\"type\":\"ban\",\"user_id\":2,\"duration\":\"forever\"}"_s
            << u"{\"error\":\"\\\"duration\\\" must be a duration from 1s to 366d (e.g. \\\"30s\\\", \\\"10m\\\", \\\"1h\\\")\"}"_s;
        QTest::newRow("rate limit zero") << u"{\"type\":\"set_rate_limit\",\"limit\":0}"_s
                                         << u"{\"error\":\"\\\"limit\\\" must be an integer from 1 to 1000000\"}"_s;
        QTest::newRow("close unknown room") << u"{\"type\":\"close_room\",\"room\":\"nope\"}"_s
                                            << u"{\"error\":\"Unknown room nope\"}"_s;
        QTest::newRow("unknown type") << u"{\"type\":\"reboot\"}"_s << u"Admin command: {\"type\":\"reboot\"}"_s;
        QTest::newRow("empty") << u" "_s << u"{\"error\":\"Empty message not allowed\"}"_s;
        // Were answered "Admin command: …" as if they were chat.
        QTest::newRow("type a number") << u"{\"type\":5}"_s << u"{\"error\":\"\\\"type\\\" must be a string\"}"_s;
        QTest::newRow("type an object") << u"{\"type\":{\"a\":1}}"_s << u"{\"error\":\"\\\"type\\\" must be a string\"}"_s;
        QTest::newRow("type null") << u"{\"type\":null}"_s << u"{\"error\":\"\\\"type\\\" must be a string\"}"_s;
        QTest::newRow("invalid JSON") << u"{\"type\":\"stats\""_s
                                      << u"{\"error\":\"Invalid JSON at offset 15: unterminated string\"}"_s;
        QTest::newRow("invalid JSON, spaces") << u"  {type:stats}"_s
                                              << u"{\"error\":\"Invalid JSON at offset 4: unterminated object\"}"_s;
    }
    void invalidCommands()
    {
        QFETCH(QString, command);
        QFETCH(QString, answer);
        TestClient john;
        QVERIFY(john.open(url(u"/ws?token=secret-token"_s)));
        QVERIFY(!john.next().isEmpty());
        QCOMPARE(cmd(command), answer);
        // Nothing happened to anyone.
        QVERIFY(quiet(john));
        QVERIFY(quiet(*m_admin));
    }

    // ------------------------------------------------------------------ the GUI path

    void guiKick()
    {
        TestClient john, bob;
        QVERIFY(john.open(url(u"/ws?token=secret-token"_s)));
        QVERIFY(!john.next().isEmpty());
        QVERIFY(bob.open(url(u"/ws"_s), BobCookie));
        QVERIFY(!bob.next().isEmpty());

        const quint64 johnId = idOf(john);
        QVERIFY(johnId > 0);
        AdminResult r = gui(AdminCommand::Type::KickConnection, [&](AdminCommand &c) { c.connectionId = johnId; });
        QVERIFY(r.ok);
        QCOMPARE(r.affected, 1);
        QCOMPARE(r.error, QString());
        QCOMPARE(QString::fromUtf8(r.json),
                 u"{\"ok\":true,\"command\":\"kick\",\"connection_id\":%1,\"closed\":1}"_s.arg(johnId));
        QVERIFY(closedWith(john, 1008, u"Kicked by admin"_s));

        const quint64 bobId = idOf(bob);
        r = gui(AdminCommand::Type::KickConnection, [&](AdminCommand &c) {
            c.connectionId = bobId;
            c.code = 4003;
            c.reason = u"Maintenance"_s;
        });
        QVERIFY(r.ok);
        QVERIFY(closedWith(bob, 4003, u"Maintenance"_s));

        r = gui(AdminCommand::Type::KickConnection, [](AdminCommand &c) { c.connectionId = 424242; });
        QVERIFY(!r.ok);
        QCOMPARE(r.error, u"Unknown connection 424242"_s);
        QCOMPARE(r.json, QByteArray("{\"error\":\"Unknown connection 424242\"}"));
        QVERIFY(quiet(*m_admin));
    }

    void guiBroadcastReachesAdmins()
    {
        TestClient john;
        QVERIFY(john.open(url(u"/ws?token=secret-token"_s)));
        QVERIFY(!john.next().isEmpty());
        // The GUI is no connection, so nobody is left out.
        const AdminResult r = gui(AdminCommand::Type::Broadcast, [](AdminCommand &c) { c.text = u"From the GUI"_s; });
        QVERIFY(r.ok);
        QCOMPARE(r.affected, 2);
        QCOMPARE(r.json, QByteArray("{\"ok\":true,\"command\":\"broadcast\",\"recipients\":2}"));
        QCOMPARE(john.next(), u"From the GUI"_s);
        QCOMPARE(m_admin->next(), u"From the GUI"_s);
    }

    void guiPublishAndSend()
    {
        TestClient sub, bob;
        QVERIFY(sub.open(url(u"/ws/subscribe/news?token=secret-token"_s)));
        QVERIFY(bob.open(url(u"/ws"_s), BobCookie));
        QVERIFY(!bob.next().isEmpty());
        QTRY_COMPARE(liveConnections(), 3);
        AdminResult r = gui(AdminCommand::Type::Publish, [](AdminCommand &c) {
            c.topic = u"news"_s;
            c.data = "{\"b\":2,\"a\":1}";
        });
        QVERIFY(r.ok);
        QCOMPARE(r.json, QByteArray("{\"ok\":true,\"command\":\"publish\",\"topic\":\"news\",\"recipients\":1}"));
        QCOMPARE(sub.next(), u"{\"b\":2,\"a\":1}"_s);
        r = gui(AdminCommand::Type::SendToUser, [](AdminCommand &c) {
            c.userId = 2;
            c.text = u"Psst"_s;
        });
        QVERIFY(r.ok);
        QCOMPARE(r.json, QByteArray("{\"ok\":true,\"command\":\"send\",\"user_id\":2,\"recipients\":1}"));
        QCOMPARE(bob.next(), u"Psst"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Admin)
#include "tst_admin.moc"
