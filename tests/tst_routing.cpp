// routeForPath (SPEC §1's paths) and the endpoint names used by the admin commands and the GUI.

#include "routing.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SocketScope;

Q_DECLARE_METATYPE(SocketScope::EndpointKind)

class tst_Routing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<qint64>("clientId");
        QTest::addColumn<QString>("target");

        QTest::newRow("echo") << u"/ws/echo"_s << EndpointKind::Echo << qint64(0) << QString();
        QTest::newRow("chat") << u"/ws"_s << EndpointKind::Chat << qint64(0) << QString();
        QTest::newRow("admin") << u"/ws/admin"_s << EndpointKind::Admin << qint64(0) << QString();

        QTest::newRow("manager 1") << u"/ws/1"_s << EndpointKind::Manager << qint64(1) << QString();
        QTest::newRow("manager 0") << u"/ws/0"_s << EndpointKind::Manager << qint64(0) << QString();
        QTest::newRow("manager 42") << u"/ws/42"_s << EndpointKind::Manager << qint64(42) << QString();
        QTest::newRow("manager leading zeros") << u"/ws/007"_s << EndpointKind::Manager << qint64(7) << QString();
        QTest::newRow("manager 18 digits") << u"/ws/999999999999999999"_s << EndpointKind::Manager
                                           << qint64(999999999999999999LL) << QString();

        QTest::newRow("room") << u"/ws/room/lobby"_s << EndpointKind::Room << qint64(0) << u"lobby"_s;
        QTest::newRow("room one char") << u"/ws/room/x"_s << EndpointKind::Room << qint64(0) << u"x"_s;
        QTest::newRow("room digits") << u"/ws/room/123"_s << EndpointKind::Room << qint64(0) << u"123"_s;
        QTest::newRow("room named echo") << u"/ws/room/echo"_s << EndpointKind::Room << qint64(0) << u"echo"_s;
        QTest::newRow("room space") << u"/ws/room/caf%C3%A9%20corner"_s << EndpointKind::Room << qint64(0)
                                    << u"café corner"_s;
        QTest::newRow("room lower-case escapes") << u"/ws/room/caf%c3%a9"_s << EndpointKind::Room << qint64(0)
                                                 << u"café"_s;
        QTest::newRow("room emoji") << u"/ws/room/%F0%9F%91%8B"_s << EndpointKind::Room << qint64(0) << u"👋"_s;
        QTest::newRow("room plus is literal") << u"/ws/room/a+b"_s << EndpointKind::Room << qint64(0) << u"a+b"_s;
        QTest::newRow("room encoded percent") << u"/ws/room/100%25"_s << EndpointKind::Room << qint64(0)
                                              << u"100%"_s;
        QTest::newRow("room encoded query chars") << u"/ws/room/a%3Fb%23c"_s << EndpointKind::Room << qint64(0)
                                                  << u"a?b#c"_s;
        QTest::newRow("room dots") << u"/ws/room/a.b-c_d~e"_s << EndpointKind::Room << qint64(0) << u"a.b-c_d~e"_s;
        QTest::newRow("room 128 chars") << u"/ws/room/"_s + QString(128, u'r') << EndpointKind::Room << qint64(0)
                                        << QString(128, u'r');
        QString e128;
        for (int i = 0; i < 128; ++i)
            e128 += u"%C3%A9"_s;
        QTest::newRow("room 128 encoded chars") << u"/ws/room/"_s + e128 << EndpointKind::Room << qint64(0)
                                                << QString(128, QChar(0xE9));

        QTest::newRow("subscribe") << u"/ws/subscribe/news"_s << EndpointKind::Subscribe << qint64(0) << u"news"_s;
        QTest::newRow("subscribe decoded") << u"/ws/subscribe/stock%20prices%3AEUR"_s << EndpointKind::Subscribe
                                           << qint64(0) << u"stock prices:EUR"_s;
        QTest::newRow("subscribe unicode") << u"/ws/subscribe/%E6%96%B0%E9%97%BB"_s << EndpointKind::Subscribe
                                           << qint64(0) << u"新闻"_s;
        QTest::newRow("subscribe 128 chars") << u"/ws/subscribe/"_s + QString(128, u't') << EndpointKind::Subscribe
                                             << qint64(0) << QString(128, u't');
    }
    void validPaths()
    {
        QFETCH(QString, path);
        QFETCH(EndpointKind, kind);
        QFETCH(qint64, clientId);
        QFETCH(QString, target);
        const Route r = routeForPath(path);
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.clientId, clientId);
        QCOMPARE(r.target, target);
        QCOMPARE(r.requiresAuth(), kind != EndpointKind::Echo);
        QCOMPARE(r.acceptsBinary(), kind == EndpointKind::Echo);
    }

    void invalidPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("empty") << QString();
        QTest::newRow("root") << u"/"_s;
        QTest::newRow("no leading slash") << u"ws"_s;
        QTest::newRow("no leading slash echo") << u"ws/echo"_s;
        QTest::newRow("other") << u"/chat"_s;
        QTest::newRow("prefix") << u"/wsx"_s;
        QTest::newRow("prefix echo") << u"/wss/echo"_s;
        QTest::newRow("nested under api") << u"/api/ws"_s;
        QTest::newRow("upper case") << u"/WS"_s;
        QTest::newRow("upper case echo") << u"/ws/Echo"_s;
        QTest::newRow("upper case admin") << u"/ws/ADMIN"_s;
        QTest::newRow("ws trailing slash") << u"/ws/"_s;
        QTest::newRow("double slash") << u"/ws//"_s;
        QTest::newRow("double slash echo") << u"//ws/echo"_s;
        QTest::newRow("echo trailing slash") << u"/ws/echo/"_s;
        QTest::newRow("admin trailing slash") << u"/ws/admin/"_s;
        QTest::newRow("echo suffix") << u"/ws/echoes"_s;
        QTest::newRow("echo sub path") << u"/ws/echo/x"_s;
        QTest::newRow("encoded echo") << u"/ws/%65cho"_s;

        QTest::newRow("client id not a number") << u"/ws/12ab"_s;
        QTest::newRow("client id negative") << u"/ws/-1"_s;
        QTest::newRow("client id plus") << u"/ws/+1"_s;
        QTest::newRow("client id fraction") << u"/ws/1.5"_s;
        QTest::newRow("client id exponent") << u"/ws/1e3"_s;
        QTest::newRow("client id hex") << u"/ws/0x10"_s;
        QTest::newRow("client id space") << u"/ws/%201"_s;
        QTest::newRow("client id encoded digit") << u"/ws/%31"_s;
        QTest::newRow("client id trailing slash") << u"/ws/12/"_s;
        QTest::newRow("client id 19 digits") << u"/ws/1234567890123456789"_s;
        QTest::newRow("client id arabic-indic digit") << u"/ws/\u0661"_s;
        QTest::newRow("client id full-width digit") << u"/ws/\uFF11"_s;

        QTest::newRow("room no slash") << u"/ws/room"_s;
        QTest::newRow("room without id") << u"/ws/room/"_s;
        QTest::newRow("room nested") << u"/ws/room/a/b"_s;
        QTest::newRow("room trailing slash") << u"/ws/room/a/"_s;
        QTest::newRow("room double slash") << u"/ws/room//a"_s;
        QTest::newRow("room encoded slash") << u"/ws/room/a%2Fb"_s;
        QTest::newRow("room encoded slash lower") << u"/ws/room/%2f"_s;
        QTest::newRow("room NUL") << u"/ws/room/a%00b"_s;
        QTest::newRow("room newline") << u"/ws/room/a%0Ab"_s;
        QTest::newRow("room CR") << u"/ws/room/%0D"_s;
        QTest::newRow("room tab") << u"/ws/room/a%09b"_s;
        QTest::newRow("room escape") << u"/ws/room/%1B%5B31m"_s;
        QTest::newRow("room DEL") << u"/ws/room/a%7Fb"_s;
        QTest::newRow("room C1 control") << u"/ws/room/a%C2%85b"_s;
        // Written raw to logs and the GUI, they reversed or hid what followed.
        QTest::newRow("room bidi override") << u"/ws/room/a%E2%80%AEb"_s;
        QTest::newRow("room bidi isolate") << u"/ws/room/%E2%81%A6x"_s;
        QTest::newRow("room zero width") << u"/ws/room/a%E2%80%8Bb"_s;
        QTest::newRow("topic bidi override") << u"/ws/subscribe/%E2%80%AEnews"_s;
        // Was decoded with replacement characters.
        QTest::newRow("room invalid UTF-8") << u"/ws/room/caf%C3"_s;
        QTest::newRow("room overlong UTF-8") << u"/ws/room/%C0%AF"_s;
        QTest::newRow("topic invalid UTF-8") << u"/ws/subscribe/%FF%FE"_s;
        QTest::newRow("room 129 chars") << u"/ws/room/"_s + QString(129, u'r');
        QString e129;
        for (int i = 0; i < 129; ++i)
            e129 += u"%C3%A9"_s;
        QTest::newRow("room 129 encoded chars") << u"/ws/room/"_s + e129;
        QTest::newRow("rooms") << u"/ws/rooms/a"_s;

        QTest::newRow("subscribe no slash") << u"/ws/subscribe"_s;
        QTest::newRow("subscribe without topic") << u"/ws/subscribe/"_s;
        QTest::newRow("subscribe nested") << u"/ws/subscribe/a/b"_s;
        QTest::newRow("subscribe trailing slash") << u"/ws/subscribe/a/"_s;
        QTest::newRow("subscribe encoded slash") << u"/ws/subscribe/a%2Fb"_s;
        QTest::newRow("subscribe NUL") << u"/ws/subscribe/%00"_s;
        QTest::newRow("subscribe newline") << u"/ws/subscribe/x%0A"_s;
        QTest::newRow("subscribe 129 chars") << u"/ws/subscribe/"_s + QString(129, u't');
        QTest::newRow("subscribe misspelt") << u"/ws/subscribes/a"_s;
    }
    void invalidPaths()
    {
        QFETCH(QString, path);
        const Route r = routeForPath(path);
        QCOMPARE(r.kind, EndpointKind::Unknown);
        QCOMPARE(r.clientId, qint64(0));
        QCOMPARE(r.target, QString());
        QVERIFY(!r.requiresAuth());
        QVERIFY(!r.acceptsBinary());
    }

    void maxTargetLength() { QCOMPARE(MaxRouteTargetLength, 128); }

    void kindNames_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("echo") << EndpointKind::Echo << u"echo"_s << u"/ws/echo"_s;
        QTest::newRow("chat") << EndpointKind::Chat << u"chat"_s << u"/ws"_s;
        QTest::newRow("admin") << EndpointKind::Admin << u"admin"_s << u"/ws/admin"_s;
        QTest::newRow("manager") << EndpointKind::Manager << u"manager"_s << u"/ws/{client_id}"_s;
        QTest::newRow("room") << EndpointKind::Room << u"room"_s << u"/ws/room/{room_id}"_s;
        QTest::newRow("subscribe") << EndpointKind::Subscribe << u"subscribe"_s << u"/ws/subscribe/{topic}"_s;
    }
    void kindNames()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QString, name);
        QFETCH(QString, pattern);
        QCOMPARE(endpointKindName(kind), name);
        QCOMPARE(endpointPattern(kind), pattern);
        QCOMPARE(endpointKindFromName(name), kind);
        QCOMPARE(endpointKindFromName(pattern), kind);
        QCOMPARE(endpointKindFromName(endpointKindName(endpointKindFromName(name))), kind);
        // Names are exact: no case folding, no surrounding space.
        QCOMPARE(endpointKindFromName(name.toUpper()), EndpointKind::Unknown);
        QCOMPARE(endpointKindFromName(u' ' + name), EndpointKind::Unknown);
        QCOMPARE(endpointKindFromName(name + u' '), EndpointKind::Unknown);
    }

    void unknownKindNames()
    {
        QCOMPARE(endpointKindName(EndpointKind::Unknown), u"unknown"_s);
        QCOMPARE(endpointPattern(EndpointKind::Unknown), u"?"_s);
        QCOMPARE(endpointKindFromName(u"unknown"), EndpointKind::Unknown);
        QCOMPARE(endpointKindFromName(u"?"), EndpointKind::Unknown);
        QCOMPARE(endpointKindFromName(u""), EndpointKind::Unknown);
        QCOMPARE(endpointKindFromName(QStringView()), EndpointKind::Unknown);
        QCOMPARE(endpointKindFromName(u"rooms"), EndpointKind::Unknown);
        QCOMPARE(endpointKindFromName(u"/ws/room/lobby"), EndpointKind::Unknown);
        QCOMPARE(endpointKindFromName(u"/ws/1"), EndpointKind::Unknown);
    }

    // The pattern of a concrete path's kind is the one shown to users.
    void patternOfRoutedPaths()
    {
        QCOMPARE(endpointPattern(routeForPath(u"/ws/55").kind), u"/ws/{client_id}"_s);
        QCOMPARE(endpointPattern(routeForPath(u"/ws/room/a").kind), u"/ws/room/{room_id}"_s);
        QCOMPARE(endpointPattern(routeForPath(u"/ws/subscribe/a").kind), u"/ws/subscribe/{topic}"_s);
        QCOMPARE(endpointPattern(routeForPath(u"/nope").kind), u"?"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Routing)
#include "tst_routing.moc"
