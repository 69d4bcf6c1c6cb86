// SPEC §2 against a real server: the four auth methods, their precedence, every failure
// reason, bans, the Origin allow-list for cookies, --no-demo-users and hashed storage.

#include "support/testclient.h"
#include "support/testserver.h"

#include "admin/admincommand.h"
#include "auth/jwt.h"
#include "server.h"
#include "store/store.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using namespace SocketScope;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

QString welcome(const QString &type, qint64 id, const QString &name, const QString &role, const QString &method)
{
    return u"{\"type\":\""_s + type + u"\",\"message\":\"Welcome "_s + name + u"\",\"user\":{\"user_id\":"_s
        + QString::number(id) + u",\"username\":\""_s + name + u"\",\"role\":\""_s + role
        + u"\"},\"auth_method\":\""_s + method + u"\"}"_s;
}

QString welcome(qint64 id, const QString &name, const QString &role, const QString &method)
{
    return welcome(method == u"message" ? u"auth_success"_s : u"welcome"_s, id, name, role, method);
}

QString authMessage(const QString &token)
{
    return u"{\"type\":\"auth\",\"token\":\""_s + token + u"\"}"_s;
}

QByteArray b64url(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Everything logged in any thread while a LogCapture lives.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct LogCapture
{
    LogCapture()
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
        g_previousHandler = qInstallMessageHandler(captureMessage);
    }
    ~LogCapture() { qInstallMessageHandler(g_previousHandler); }
    static QStringList lines()
    {
        QMutexLocker lock(&g_logMutex);
        return g_log;
    }
    static QStringList containing(const QString &needle)
    {
        QStringList out;
        for (const QString &line : lines()) {
            if (line.contains(needle))
                out.append(line);
        }
        return out;
    }
};

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Opens `path` on `server` with `secret` presented by `method` (header, cookie, query, message).
bool openWith(TestClient &c, TestServer &server, const QString &path, const QString &method, const QString &secret)
{
    if (method == u"header")
        return c.open(server.url(path), {{"Authorization", "Bearer " + secret.toUtf8()}});
    if (method == u"cookie")
        return c.open(server.url(path), {{"Cookie", "session_id=" + secret.toUtf8()}});
    if (method == u"query") {
        const QString sep = path.contains(u'?') ? u"&"_s : u"?"_s;
        return c.open(server.url(path + sep + u"token="_s + QString::fromLatin1(QUrl::toPercentEncoding(secret))));
    }
    if (!c.open(server.url(path)))
        return false;
    c.send(authMessage(secret));
    return true;
}

} // namespace

class tst_Auth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;

    QByteArray secret() const { return m_server->config().jwtSecret.toUtf8(); }
    QString jwt(qint64 id, const QString &name, const QString &role, qint64 exp, const QByteArray &key) const
    {
        return Jwt::sign(Jwt::Claims{id, name, role, exp}, key);
    }
    QString jwt(qint64 id, const QString &name, const QString &role) const
    {
        return jwt(id, name, role, nowSecs() + 3600, secret());
    }

    // The connection is refused after the handshake with 1008 and exactly `reason`.
    static bool refused(TestClient &c, const QString &reason)
    {
        if (!c.waitClosed())
            return false;
        if (c.closeCode != 1008 || c.closeReason != reason || !c.texts.isEmpty()) {
            qWarning().noquote() << "closed with" << c.closeCode << c.closeReason << "after" << c.texts;
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto cfg = testConfig();
        cfg.rateLimit = 1000;
        m_server = std::make_unique<TestServer>(cfg);
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanupTestCase() { m_server.reset(); }

    // ------------------------------------------------------------------ the four methods on /ws

    void methods_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("credential");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("echo");
        QTest::newRow("header api token") << u"header"_s << u"secret-token"_s
                                          << welcome(123, u"john_doe"_s, u"user"_s, u"header"_s) << u"User 123: hi"_s;
        QTest::newRow("cookie alice") << u"cookie"_s << u"abc123"_s
                                      << welcome(1, u"alice"_s, u"admin"_s, u"cookie"_s) << u"User 1: hi"_s;
        QTest::newRow("cookie bob") << u"cookie"_s << u"xyz789"_s << welcome(2, u"bob"_s, u"user"_s, u"cookie"_s)
                                    << u"User 2: hi"_s;
        QTest::newRow("query") << u"query"_s << u"valid-token"_s << welcome(1, u"alice"_s, u"admin"_s, u"query"_s)
                               << u"User 1: hi"_s;
        QTest::newRow("message") << u"message"_s << u"secret-token"_s
                                 << u"{\"type\":\"auth_success\",\"message\":\"Welcome john_doe\",\"user\":{\"user_id\":123,"
                                    "\"username\":\"john_doe\",\"role\":\"user\"},\"auth_method\":\"message\"}"_s
                                 << u"User 123: hi"_s;
    }
    void methods()
    {
        QFETCH(QString, method);
        QFETCH(QString, credential);
        QFETCH(QString, expected);
        QFETCH(QString, echo);
        TestClient c;
        QVERIFY(openWith(c, *m_server, u"/ws"_s, method, credential));
        QCOMPARE(c.next(), expected);
        c.send(u"hi"_s);
        QCOMPARE(c.next(), echo);
        QVERIFY(!c.disconnected);
    }

    void exactWelcomeTexts()
    {
        // The literal form of SPEC §2's welcome, independent of the helper above.
        TestClient q, h;
        QVERIFY(q.open(m_server->url(u"/ws?token=valid-token"_s)));
        QCOMPARE(q.next(), u"{\"type\":\"welcome\",\"message\":\"Welcome alice\",\"user\":{\"user_id\":1,\"username\":\"alice\",\"role\":\"admin\"},\"auth_method\":\"query\"}"_s);
        QVERIFY(h.open(m_server->url(u"/ws"_s), {{"Cookie", "theme=dark; session_id=xyz789; lang=en"}}));
        QCOMPARE(h.next(), u"{\"type\":\"welcome\",\"message\":\"Welcome bob\",\"user\":{\"user_id\":2,\"username\":\"bob\",\"role\":\"user\"},\"auth_method\":\"cookie\"}"_s);
    }

    void bearerSchemeIsCaseInsensitive()
    {
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws"_s), {{"Authorization", "bearer valid-token"}}));
        QCOMPARE(c.next(), welcome(1, u"alice"_s, u"admin"_s, u"header"_s));
    }

    void validJwt_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("header") << u"header"_s;
        QTest::newRow("query") << u"query"_s;
        QTest::newRow("message") << u"message"_s;
    }
    void validJwt()
    {
        QFETCH(QString, method);
        TestClient c;
        QVERIFY(openWith(c, *m_server, u"/ws"_s, method, jwt(2, u"bob"_s, u"user"_s)));
        QCOMPARE(c.next(), welcome(2, u"bob"_s, u"user"_s, method));
        c.send(u"hello"_s);
        QCOMPARE(c.next(), u"User 2: hello"_s);
    }

    void jwtNameComesFromTheStore()
    {
        // The stored user's current name is shown, whatever name the token carries.
        TestClient c;
        QVERIFY(openWith(c, *m_server, u"/ws"_s, u"query"_s, jwt(123, u"someone-else"_s, u"user"_s)));
        QCOMPARE(c.next(), welcome(123, u"john_doe"_s, u"user"_s, u"query"_s));
    }

    // ------------------------------------------------------------------ precedence

    void precedence_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("cookie");
        QTest::addColumn<QString>("welcomeText");   // empty: refused
        QTest::addColumn<QString>("reason");

        QTest::newRow("valid header, bad query")
            << u"?token=no-such-token"_s << QByteArray("Bearer valid-token") << QByteArray()
            << welcome(1, u"alice"_s, u"admin"_s, u"header"_s) << QString();
        QTest::newRow("valid header, unknown cookie")
            << QString() << QByteArray("Bearer secret-token") << QByteArray("session_id=nope")
            << welcome(123, u"john_doe"_s, u"user"_s, u"header"_s) << QString();
        QTest::newRow("valid header, other valid cookie and query")
            << u"?token=valid-token"_s << QByteArray("Bearer secret-token") << QByteArray("session_id=xyz789")
            << welcome(123, u"john_doe"_s, u"user"_s, u"header"_s) << QString();
        QTest::newRow("bad header, valid cookie")
            << QString() << QByteArray("Bearer no-such-token") << QByteArray("session_id=abc123")
            << QString() << u"Invalid token"_s;
        QTest::newRow("bad header, valid query")
            << u"?token=valid-token"_s << QByteArray("Bearer no-such-token") << QByteArray()
            << QString() << u"Invalid token"_s;
        QTest::newRow("basic header, valid cookie")
            << QString() << QByteArray("Basic YWxpY2U6cHc=") << QByteArray("session_id=abc123")
            << QString() << u"Unsupported authorization scheme"_s;
        QTest::newRow("valid cookie, bad query")
            << u"?token=no-such-token"_s << QByteArray() << QByteArray("session_id=abc123")
            << welcome(1, u"alice"_s, u"admin"_s, u"cookie"_s) << QString();
        QTest::newRow("unknown cookie, valid query")
            << u"?token=valid-token"_s << QByteArray() << QByteArray("session_id=nope")
            << QString() << u"Unknown session"_s;
        QTest::newRow("other cookies only, valid query")
            << u"?token=valid-token"_s << QByteArray() << QByteArray("theme=dark; lang=en")
            << welcome(1, u"alice"_s, u"admin"_s, u"query"_s) << QString();
        QTest::newRow("empty query token")
            << u"?token="_s << QByteArray() << QByteArray() << QString() << u"Invalid token"_s;
    }
    void precedence()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, cookie);
        QFETCH(QString, welcomeText);
        QFETCH(QString, reason);
        Headers headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        if (!cookie.isEmpty())
            headers.append({"Cookie", cookie});
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws"_s + query), headers));
        if (welcomeText.isEmpty()) {
            QVERIFY(refused(c, reason));
        } else {
            QCOMPARE(c.next(), welcomeText);
            QVERIFY(!c.disconnected);
        }
    }

    // A credential in the handshake settles auth: a later auth message is just a chat message.
    void handshakeCredentialNeedsNoMessage()
    {
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws?token=secret-token"_s)));
        QCOMPARE(c.next(), welcome(123, u"john_doe"_s, u"user"_s, u"query"_s));
        c.send(authMessage(u"valid-token"_s));
        QCOMPARE(c.next(), u"User 123: "_s + authMessage(u"valid-token"_s));
    }

    // ------------------------------------------------------------------ failures

    void tokenFailures_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("reason");

        const qint64 exp = nowSecs() + 3600;
        const QByteArray payload = b64url("{\"sub\":\"1\",\"name\":\"alice\",\"role\":\"admin\",\"exp\":"
                                          + QByteArray::number(exp) + "}");
        const QString good = jwt(1, u"alice"_s, u"admin"_s, exp, secret());
        const QStringList parts = good.split(u'.');

        QTest::newRow("unknown api token") << u"no-such-token"_s << u"Invalid token"_s;
        QTest::newRow("api token wrong case") << u"SECRET-TOKEN"_s << u"Invalid token"_s;
        QTest::newRow("session id as token") << u"abc123"_s << u"Invalid token"_s;
        QTest::newRow("jwt wrong secret")
            << jwt(1, u"alice"_s, u"admin"_s, exp, "not-the-server-secret") << u"Invalid token"_s;
        QTest::newRow("jwt alg none, empty signature")
            << QString::fromLatin1(b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + '.' + payload + '.')
            << u"Invalid token"_s;
        QTest::newRow("jwt alg none, with signature")
            << QString::fromLatin1(b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + '.' + payload + ".c2lnbmF0dXJl")
            << u"Invalid token"_s;
        QTest::newRow("jwt alg none, real signature")
            << QString::fromLatin1(b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}")) + u'.' + parts[1] + u'.' + parts[2]
            << u"Invalid token"_s;
        QTest::newRow("jwt alg HS512")
            << QString::fromLatin1(b64url("{\"alg\":\"HS512\",\"typ\":\"JWT\"}")) + u'.' + parts[1] + u'.' + parts[2]
            << u"Invalid token"_s;
        QTest::newRow("jwt tampered payload")
            << parts[0] + u'.' + QString::fromLatin1(b64url("{\"sub\":\"2\",\"name\":\"bob\",\"role\":\"admin\",\"exp\":"
                                                             + QByteArray::number(exp) + "}"))
                   + u'.' + parts[2]
            << u"Invalid token"_s;
        QTest::newRow("jwt malformed") << u"abc.def.ghi"_s << u"Invalid token"_s;
        QTest::newRow("jwt unknown role") << jwt(1, u"alice"_s, u"root"_s, exp, secret()) << u"Invalid token"_s;
        QTest::newRow("jwt expired") << jwt(1, u"alice"_s, u"admin"_s, nowSecs() - 60, secret())
                                     << u"Token expired"_s;
        QTest::newRow("jwt unknown user") << jwt(9999, u"ghost"_s, u"user"_s, exp, secret()) << u"Unknown user"_s;
    }
    void tokenFailures()
    {
        QFETCH(QString, token);
        QFETCH(QString, reason);
        // The same verdict whichever way the token arrives.
        for (const QString &method : {u"header"_s, u"query"_s, u"message"_s}) {
            TestClient c;
            QVERIFY(openWith(c, *m_server, u"/ws"_s, method, token));
            QVERIFY2(refused(c, reason), qPrintable(method));
        }
    }

    void otherFailures_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown session") << Headers{{"Cookie", "session_id=no-such-session"}} << u"Unknown session"_s;
        QTest::newRow("empty session") << Headers{{"Cookie", "session_id="}} << u"Unknown session"_s;
        QTest::newRow("token as session") << Headers{{"Cookie", "session_id=valid-token"}} << u"Unknown session"_s;
        QTest::newRow("basic scheme") << Headers{{"Authorization", "Basic dmFsaWQtdG9rZW4="}}
                                      << u"Unsupported authorization scheme"_s;
        QTest::newRow("token scheme") << Headers{{"Authorization", "Token valid-token"}}
                                      << u"Unsupported authorization scheme"_s;
        QTest::newRow("bare token") << Headers{{"Authorization", "valid-token"}}
                                    << u"Unsupported authorization scheme"_s;
        QTest::newRow("bearer without token") << Headers{{"Authorization", "Bearer"}} << u"Invalid token"_s;
    }
    void otherFailures()
    {
        QFETCH(Headers, headers);
        QFETCH(QString, reason);
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws"_s), headers));
        QVERIFY(refused(c, reason));
    }

    void authenticationRequired_data()
    {
        QTest::addColumn<QString>("first");
        QTest::newRow("text") << u"hello"_s;
        QTest::newRow("ping") << u"ping"_s;
        QTest::newRow("other json") << u"{\"type\":\"login\",\"token\":\"valid-token\"}"_s;
        QTest::newRow("auth without token") << u"{\"type\":\"auth\"}"_s;
        QTest::newRow("auth with numeric token") << u"{\"type\":\"auth\",\"token\":42}"_s;
        QTest::newRow("bare token") << u"valid-token"_s;
        QTest::newRow("array") << u"[{\"type\":\"auth\",\"token\":\"valid-token\"}]"_s;
    }
    void authenticationRequired()
    {
        QFETCH(QString, first);
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws"_s)));
        c.send(first);
        QVERIFY(refused(c, u"Authentication required"_s));
    }

    void emptyAuthMessageToken()
    {
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws"_s)));
        c.send(authMessage(QString()));
        QVERIFY(refused(c, u"Invalid token"_s));
    }

    // A failed handshake does not disturb anyone else.
    void failureIsolated()
    {
        TestClient bystander;
        QVERIFY(bystander.open(m_server->url(u"/ws?token=secret-token"_s)));
        QCOMPARE(bystander.next(), welcome(123, u"john_doe"_s, u"user"_s, u"query"_s));
        TestClient bad;
        QVERIFY(bad.open(m_server->url(u"/ws?token=wrong"_s)));
        QVERIFY(refused(bad, u"Invalid token"_s));
        bystander.send(u"still here"_s);
        QCOMPARE(bystander.next(), u"User 123: still here"_s);
    }

    void authTimeout()
    {
        auto cfg = testConfig();
        cfg.authTimeout = Milliseconds(300);
        TestServer server(cfg);
        QVERIFY2(server.start(), qPrintable(server.error()));

        QElapsedTimer timer;
        timer.start();
        TestClient idle, authed;
        QVERIFY(idle.open(server.url(u"/ws"_s)));
        QVERIFY(authed.open(server.url(u"/ws"_s)));
        authed.send(authMessage(u"secret-token"_s));
        QCOMPARE(authed.next(), welcome(123, u"john_doe"_s, u"user"_s, u"message"_s));

        QVERIFY(idle.waitClosed(5000));
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(idle.closeCode, 1008);
        QCOMPARE(idle.closeReason, u"Auth timeout"_s);
        QVERIFY(idle.texts.isEmpty());

        // The authenticated connection, opened at the same time, is past its deadline and stays.
        QVERIFY(!authed.disconnected);
        authed.send(u"hi"_s);
        QCOMPARE(authed.next(), u"User 123: hi"_s);

        // An auth message that comes too late is too late.
        TestClient late;
        QVERIFY(late.open(server.url(u"/ws/room/x"_s)));
        QVERIFY(late.waitClosed(5000));
        QCOMPARE(late.closeCode, 1008);
        QCOMPARE(late.closeReason, u"Auth timeout"_s);
    }

    void bannedUser()
    {
        TestClient before;
        QVERIFY(before.open(m_server->url(u"/ws"_s), {{"Cookie", "session_id=xyz789"}}));
        QCOMPARE(before.next(), welcome(2, u"bob"_s, u"user"_s, u"cookie"_s));

        AdminCommand ban;
        ban.type = AdminCommand::Type::Ban;
        ban.userId = 2;
        ban.durationMs = 3'600'000;
        ban.reason = u"Banned"_s;
        auto unban = qScopeGuard([this] {
            AdminCommand c;
            c.type = AdminCommand::Type::Unban;
            c.userId = 2;
            m_server->execute(c);
        });
        const AdminResult r = m_server->execute(ban);
        QVERIFY2(r.ok, r.json.constData());
        QCOMPARE(r.affected, 1);

        QVERIFY(before.waitClosed());
        QCOMPARE(before.closeCode, 1008);
        QCOMPARE(before.closeReason, u"Banned"_s);

        for (const QString &method : {u"header"_s, u"query"_s, u"message"_s}) {
            TestClient c;
            QVERIFY(openWith(c, *m_server, u"/ws"_s, method, jwt(2, u"bob"_s, u"user"_s)));
            QVERIFY2(refused(c, u"User banned"_s), qPrintable(method));
        }
        TestClient cookie;
        QVERIFY(cookie.open(m_server->url(u"/ws/room/x"_s), {{"Cookie", "session_id=xyz789"}}));
        QVERIFY(refused(cookie, u"User banned"_s));

        // Others are not affected.
        TestClient alice;
        QVERIFY(alice.open(m_server->url(u"/ws?token=valid-token"_s)));
        QCOMPARE(alice.next(), welcome(1, u"alice"_s, u"admin"_s, u"query"_s));

        unban.dismiss();
        AdminCommand lift;
        lift.type = AdminCommand::Type::Unban;
        lift.userId = 2;
        const AdminResult u = m_server->execute(lift);
        QVERIFY2(u.ok, u.json.constData());
        TestClient after;
        QVERIFY(after.open(m_server->url(u"/ws"_s), {{"Cookie", "session_id=xyz789"}}));
        QCOMPARE(after.next(), welcome(2, u"bob"_s, u"user"_s, u"cookie"_s));
    }

    void cookieOriginAllowList()
    {
        auto cfg = testConfig();
        cfg.allowedOrigins = {u"https://good.example"_s, u"http://localhost:3000"_s};
        TestServer server(cfg);
        QVERIFY2(server.start(), qPrintable(server.error()));

        TestClient foreign;
        QVERIFY(foreign.open(server.url(u"/ws"_s), {{"Cookie", "session_id=abc123"}, {"Origin", "https://evil.example"}}));
        QVERIFY(refused(foreign, u"Origin not allowed"_s));

        // Near misses are foreign too: another port, another scheme.
        TestClient otherPort;
        QVERIFY(otherPort.open(server.url(u"/ws"_s), {{"Cookie", "session_id=abc123"}, {"Origin", "http://localhost:3001"}}));
        QVERIFY(refused(otherPort, u"Origin not allowed"_s));
        TestClient otherScheme;
        QVERIFY(otherScheme.open(server.url(u"/ws"_s), {{"Cookie", "session_id=abc123"}, {"Origin", "http://good.example"}}));
        QVERIFY(refused(otherScheme, u"Origin not allowed"_s));

        TestClient allowed;
        QVERIFY(allowed.open(server.url(u"/ws"_s), {{"Cookie", "session_id=abc123"}, {"Origin", "https://good.example"}}));
        QCOMPARE(allowed.next(), welcome(1, u"alice"_s, u"admin"_s, u"cookie"_s));
        TestClient allowed2;
        QVERIFY(allowed2.open(server.url(u"/ws"_s), {{"Cookie", "session_id=xyz789"}, {"Origin", "http://localhost:3000"}}));
        QCOMPARE(allowed2.next(), welcome(2, u"bob"_s, u"user"_s, u"cookie"_s));

        // No Origin header: not a browser, so no cross-site request.
        TestClient noOrigin;
        QVERIFY(noOrigin.open(server.url(u"/ws"_s), {{"Cookie", "session_id=abc123"}}));
        QCOMPARE(noOrigin.next(), welcome(1, u"alice"_s, u"admin"_s, u"cookie"_s));

        // The allow-list guards cookies only: tokens must be presented explicitly.
        TestClient token;
        QVERIFY(token.open(server.url(u"/ws?token=valid-token"_s), {{"Origin", "https://evil.example"}}));
        QCOMPARE(token.next(), welcome(1, u"alice"_s, u"admin"_s, u"query"_s));
    }

    void cookieAnyOriginWithoutAllowList()
    {
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws"_s), {{"Cookie", "session_id=abc123"}, {"Origin", "https://evil.example"}}));
        QCOMPARE(c.next(), welcome(1, u"alice"_s, u"admin"_s, u"cookie"_s));
    }

    // ------------------------------------------------------------------ other endpoints

    void methodsOnOtherEndpoints_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("credential");
        QTest::addColumn<QString>("greeting");   // empty: the endpoint says nothing on open
        const QList<std::pair<QString, QString>> methods = {
            {u"header"_s, u"valid-token"_s}, {u"cookie"_s, u"abc123"_s}, {u"query"_s, u"valid-token"_s},
            {u"message"_s, u"valid-token"_s}};
        for (const auto &[method, credential] : methods) {
            QTest::addRow("room %s", qPrintable(method))
                << u"/ws/room/x"_s << method << credential << u"alice joined the room"_s;
            QTest::addRow("subscribe %s", qPrintable(method)) << u"/ws/subscribe/t"_s << method << credential
                                                               << QString();
            QTest::addRow("admin %s", qPrintable(method))
                << u"/ws/admin"_s << method << credential << u"{\"message\":\"Admin access granted\",\"user\":\"alice\"}"_s;
            QTest::addRow("manager %s", qPrintable(method)) << u"/ws/4242"_s << method << credential
                                                             << u"User alice joined"_s;
        }
        QTest::newRow("admin jwt header") << u"/ws/admin"_s << u"header"_s << u"<jwt>"_s
                                          << u"{\"message\":\"Admin access granted\",\"user\":\"alice\"}"_s;
        QTest::newRow("room jwt message") << u"/ws/room/x"_s << u"message"_s << u"<jwt>"_s
                                          << u"alice joined the room"_s;
    }
    void methodsOnOtherEndpoints()
    {
        QFETCH(QString, path);
        QFETCH(QString, method);
        QFETCH(QString, credential);
        QFETCH(QString, greeting);
        if (credential == u"<jwt>")
            credential = jwt(1, u"alice"_s, u"admin"_s);
        TestClient c;
        QVERIFY(openWith(c, *m_server, path, method, credential));
        if (!greeting.isEmpty())
            QCOMPARE(c.next(), greeting);
        c.send(u"ping"_s);
        QCOMPARE(c.next(), u"pong"_s);
        QVERIFY(!c.disconnected);
    }

    void failuresOnOtherEndpoints_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("credential");
        QTest::addColumn<QString>("reason");
        QTest::newRow("room bad query") << u"/ws/room/x"_s << u"query"_s << u"nope"_s << u"Invalid token"_s;
        QTest::newRow("subscribe bad cookie") << u"/ws/subscribe/t"_s << u"cookie"_s << u"nope"_s
                                              << u"Unknown session"_s;
        QTest::newRow("admin bad header") << u"/ws/admin"_s << u"header"_s << u"nope"_s << u"Invalid token"_s;
        QTest::newRow("manager bad message") << u"/ws/5"_s << u"message"_s << u"nope"_s << u"Invalid token"_s;
        QTest::newRow("admin as user by message") << u"/ws/admin"_s << u"message"_s << u"secret-token"_s
                                                  << u"Admin only"_s;
        QTest::newRow("admin as user by cookie") << u"/ws/admin"_s << u"cookie"_s << u"xyz789"_s << u"Admin only"_s;
    }
    void failuresOnOtherEndpoints()
    {
        QFETCH(QString, path);
        QFETCH(QString, method);
        QFETCH(QString, credential);
        QFETCH(QString, reason);
        TestClient c;
        QVERIFY(openWith(c, *m_server, path, method, credential));
        QVERIFY(refused(c, reason));
    }

    void echoNeedsNoAuth()
    {
        // Even a bad credential is ignored where no auth is required.
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws/echo?token=nope"_s), {{"Authorization", "Basic eA=="}}));
        c.send(u"x"_s);
        QCOMPARE(c.next(), u"Message text was: x"_s);
    }

    // ------------------------------------------------------------------ secrets stay out of logs

    void secretsNotLogged()
    {
        if (!lcConn().isWarningEnabled() || !lcConn().isInfoEnabled())
            QSKIP("socketscope.conn logging is turned off (QT_LOGGING_RULES)");
        LogCapture capture;
        const QString goodJwt = jwt(1, u"alice"_s, u"admin"_s);
        const QString badJwt = jwt(1, u"alice"_s, u"admin"_s, nowSecs() - 10, secret());
        const QList<std::pair<QString, QString>> uses = {
            {u"query"_s, u"secret-token"_s}, {u"header"_s, u"valid-token"_s}, {u"message"_s, u"secret-token"_s},
            {u"cookie"_s, u"abc123"_s}, {u"cookie"_s, u"wrong-session-4711"_s},
            {u"query"_s, u"wrong-token-4711"_s}, {u"header"_s, u"wrong-token-4712"_s},
            {u"message"_s, u"wrong-token-4713"_s}, {u"query"_s, goodJwt}, {u"header"_s, badJwt}};
        for (const auto &[method, value] : uses) {
            TestClient c;
            QVERIFY(openWith(c, *m_server, u"/ws"_s, method, value));
            QTRY_VERIFY(!c.texts.isEmpty() || c.disconnected);
        }
        TestClient basic;
        QVERIFY(basic.open(m_server->url(u"/ws"_s), {{"Authorization", "Basic c2VjcmV0LXRva2Vu"}}));
        QVERIFY(refused(basic, u"Unsupported authorization scheme"_s));
        // The capture works: the failures above were logged.
        QTRY_VERIFY(LogCapture::containing(u"auth failed"_s).size() >= 6);
        QTRY_VERIFY(!LogCapture::containing(u"authenticated as"_s).isEmpty());
        for (const QString &secretText : {u"secret-token"_s, u"valid-token"_s, u"abc123"_s, u"wrong-session-4711"_s,
                                          u"wrong-token-4711"_s, u"wrong-token-4712"_s, u"wrong-token-4713"_s,
                                          goodJwt, badJwt, goodJwt.section(u'.', 2), u"c2VjcmV0LXRva2Vu"_s}) {
            const QStringList leaks = LogCapture::containing(secretText);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        }
    }

    // A client that sends its token without a scheme ("Authorization: <token>") is refused,
    // and the refusal must not log the header's value, which is the token itself.
    void bareAuthorizationTokenNotLogged()
    {
        if (!lcConn().isWarningEnabled())
            QSKIP("socketscope.conn logging is turned off (QT_LOGGING_RULES)");
        LogCapture capture;
        // "valid-token extra" was logged as: Authorization scheme "valid-token" is not Bearer.
        for (const QByteArray &value : {"valid-token"_ba, "valid-token extra"_ba}) {
            TestClient c;
            QVERIFY(c.open(m_server->url(u"/ws"_s), {{"Authorization", value}}));
            QVERIFY(refused(c, u"Unsupported authorization scheme"_s));
        }
        QTRY_COMPARE(LogCapture::containing(u"auth failed"_s).size(), 2);
        const QStringList leaks = LogCapture::containing(u"valid-token"_s);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        // Nor in the audit log (and so not in its exports).
        Store store;
        QString error;
        QVERIFY2(store.open(m_server->dbPath(), &error), qPrintable(error));
        QTRY_VERIFY(store.audit(0).size() >= 2);
        for (const AuditEntry &a : store.audit(0)) {
            for (const QString &field : {a.reason, a.detail, a.endpoint, a.authMethod, a.userName})
                QVERIFY2(!field.contains(u"valid-token"_s), qPrintable(field));
        }
    }

    // ------------------------------------------------------------------ demo users and storage

    void noDemoUsers()
    {
        auto cfg = testConfig();
        cfg.demoUsers = false;
        TestServer server(cfg);
        QVERIFY2(server.start(), qPrintable(server.error()));
        TestClient token, header, session, jwtClient;
        QVERIFY(token.open(server.url(u"/ws?token=secret-token"_s)));
        QVERIFY(refused(token, u"Invalid token"_s));
        QVERIFY(header.open(server.url(u"/ws"_s), {{"Authorization", "Bearer valid-token"}}));
        QVERIFY(refused(header, u"Invalid token"_s));
        QVERIFY(session.open(server.url(u"/ws"_s), {{"Cookie", "session_id=abc123"}}));
        QVERIFY(refused(session, u"Unknown session"_s));
        const QString t = Jwt::sign(Jwt::Claims{1, u"alice"_s, u"admin"_s, nowSecs() + 60}, cfg.jwtSecret.toUtf8());
        QVERIFY(jwtClient.open(server.url(u"/ws?token="_s + t)));
        QVERIFY(refused(jwtClient, u"Unknown user"_s));
    }

    void tokensAreStoredHashed()
    {
        // Use every demo secret once more so that nothing is only in a cache.
        for (const auto &[method, value] : QList<std::pair<QString, QString>>{
                 {u"query"_s, u"secret-token"_s}, {u"header"_s, u"valid-token"_s},
                 {u"cookie"_s, u"abc123"_s}, {u"cookie"_s, u"xyz789"_s}}) {
            TestClient c;
            QVERIFY(openWith(c, *m_server, u"/ws"_s, method, value));
            QVERIFY(!c.next().isEmpty());
        }
        const QFileInfo db(m_server->dbPath());
        QByteArray all;
        const QStringList files = db.dir().entryList({db.fileName() + u'*'}, QDir::Files);
        QVERIFY2(files.contains(db.fileName()), qPrintable(files.join(u", ")));
        for (const QString &name : files) {
            QFile f(db.dir().filePath(name));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
            all += f.readAll();
        }
        // The check reads the right bytes: the hashes are there...
        QVERIFY(all.contains(Store::hashSecret(u"secret-token")));
        QVERIFY(all.contains(Store::hashSecret(u"abc123")));
        // ...and the secrets are not, in any encoding SQLite might use.
        for (const QString &s : {u"secret-token"_s, u"valid-token"_s, u"abc123"_s, u"xyz789"_s}) {
            QVERIFY2(!all.contains(s.toUtf8()), qPrintable(s));
            const QByteArray utf16le(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
            QVERIFY2(!all.contains(utf16le), qPrintable(s));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Auth)
#include "tst_auth.moc"
