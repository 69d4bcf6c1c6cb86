#include "auth/redact.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SocketScope;

class TestRedact : public QObject
{
    Q_OBJECT

private slots:
    void redactSecret_data();
    void redactSecret();
    void redactedUrl_data();
    void redactedUrl();
};

void TestRedact::redactSecret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << u"…"_s;
    QTest::newRow("1 char") << u"a"_s << u"…"_s;
    QTest::newRow("5 chars") << u"abcde"_s << u"…"_s;
    QTest::newRow("6 chars") << u"abc123"_s << u"ab…"_s;
    QTest::newRow("11 chars") << u"abcdefghijk"_s << u"ab…"_s;
    QTest::newRow("valid-token (11)") << u"valid-token"_s << u"va…"_s;
    QTest::newRow("12 chars") << u"secret-token"_s << u"secr…"_s;
    QTest::newRow("jwt") << u"eyJhbGciOiJIUzI1NiJ9.e30.sig"_s << u"eyJh…"_s;
    QTest::newRow("surrogate pair not split") << u"abc\U0001F600defghijk"_s << u"abc…"_s;
}

void TestRedact::redactSecret()
{
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    QCOMPARE(SocketScope::redactSecret(secret), expected);
}

void TestRedact::redactedUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("guide snippet")
        << u"ws://localhost:8000/ws?token=secret-token"_s
        << u"ws://localhost:8000/ws?token=secr…"_s;
    QTest::newRow("no query") << u"ws://localhost:8000/ws/echo"_s << u"ws://localhost:8000/ws/echo"_s;
    QTest::newRow("other items kept in order")
        << u"ws://h/ws?a=1&token=valid-token&b=x%20y&c"_s
        << u"ws://h/ws?a=1&token=va…&b=x y&c"_s;
    QTest::newRow("every secret key")
        << u"ws://h/?access_token=abcdefghijkl&session_id=abc123&jwt=eyJ.e30.x&auth=xyz789abcdef&q=1"_s
        << u"ws://h/?access_token=abcd…&session_id=ab…&jwt=ey…&auth=xyz7…&q=1"_s;
    QTest::newRow("short and empty values")
        << u"ws://h/?token=abc&jwt="_s
        << u"ws://h/?token=…&jwt=…"_s;
    QTest::newRow("key case-insensitive") << u"ws://h/?Token=secret-token"_s << u"ws://h/?Token=secr…"_s;
    QTest::newRow("encoded value measured decoded")
        << u"ws://h/?token=%73%65%63%72%65%74%2Dtoken"_s
        << u"ws://h/?token=secr…"_s;
    QTest::newRow("repeated key") << u"ws://h/?token=abc123&token=secret-token"_s
                                  << u"ws://h/?token=ab…&token=secr…"_s;
    QTest::newRow("similar names untouched") << u"ws://h/?tokens=abcdefghijkl&my_token=abcdefghijkl"_s
                                             << u"ws://h/?tokens=abcdefghijkl&my_token=abcdefghijkl"_s;
    QTest::newRow("password removed")
        << u"wss://user:hunter2@example.com:8443/ws?x=1"_s
        << u"wss://user@example.com:8443/ws?x=1"_s;
    QTest::newRow("fragment")
        << u"https://example.com/cb#access_token=abcdefghijkl&state=42"_s
        << u"https://example.com/cb#access_token=abcd…&state=42"_s;
    QTest::newRow("plain fragment kept") << u"https://example.com/#top"_s << u"https://example.com/#top"_s;
}

void TestRedact::redactedUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const QUrl parsed(url, QUrl::StrictMode);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
    QCOMPARE(SocketScope::redactedUrl(parsed), expected);
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
