#include "eventlogmodel.h"
#include "uiformat.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using Col = EventLogModel::Column;
using Kind = ServerEvent::Kind;

namespace {
ServerEvent makeEvent(int n, Kind kind = Kind::Connected)
{
    ServerEvent e;
    e.timeMs = 1'700'000'000'000 + n;
    e.kind = kind;
    e.connectionId = quint64(n);
    e.text = u"e%1"_s.arg(n);
    return e;
}

QList<ServerEvent> batch(int from, int to)
{
    QList<ServerEvent> out;
    for (int n = from; n <= to; ++n)
        out.append(makeEvent(n));
    return out;
}

QStringList details(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, Col::DetailColumn).data().toString());
    return out;
}
} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void displayValues();
    void ringBufferWraps();
    void oversizedBatch();
    void pauseResume();
    void filterProxy();
    void exportCsv();
    void exportJsonLines();
    void rateLimitRepeatsAreGrouped();
    void windowAdminActionShowsActor();
    void retryInSeconds();
};

void TestEventLogModel::displayValues()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.capacity(), 50'000);
    ServerEvent e = makeEvent(1, Kind::Closed);
    e.userId = 1;
    e.userName = u"alice"_s;
    e.endpoint = EndpointKind::Room;
    e.target = u"lobby"_s;
    e.closeCode = 1008;
    e.text = u"Kicked by admin"_s;
    model.appendEvents({e});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, Col::KindColumn).data().toString(), u"Closed"_s);
    QCOMPARE(model.index(0, Col::ConnectionColumn).data().toString(), u"1"_s);
    QCOMPARE(model.index(0, Col::UserColumn).data().toString(), u"alice (1)"_s);
    QCOMPARE(model.index(0, Col::EndpointColumn).data().toString(), u"Room"_s);
    QCOMPARE(model.index(0, Col::TargetColumn).data().toString(), u"lobby"_s);
    QCOMPARE(model.index(0, Col::CloseCodeColumn).data().toString(), u"1008 (Policy violation)"_s);
    QCOMPARE(model.index(0, Col::CloseCodeColumn).data(Qt::ToolTipRole).toString(),
             u"1008 Policy violation: Kicked by admin"_s);
    QCOMPARE(model.index(0, Col::DetailColumn).data().toString(), u"Kicked by admin"_s);
    QCOMPARE(model.index(0, Col::TimeColumn).data().toString(),
             QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(u"HH:mm:ss.zzz"_s));
    QCOMPARE(model.index(0, 0).data(Roles::EventKind).toInt(), int(Kind::Closed));
    QCOMPARE(UiFormat::closeCode(1001), u"1001 (Going away)"_s);
    QCOMPARE(UiFormat::closeCode(4001), u"4001 (Private use)"_s);
}

void TestEventLogModel::ringBufferWraps()
{
    EventLogModel model(nullptr, 5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.appendEvents(batch(1, 3));
    QCOMPARE(details(model), (QStringList{u"e1"_s, u"e2"_s, u"e3"_s}));
    QCOMPARE(removed.size(), 0);

    model.appendEvents(batch(4, 7));   // 7 > 5: the two oldest go first
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(2).toInt(), 4);
    QCOMPARE(details(model), (QStringList{u"e3"_s, u"e4"_s, u"e5"_s, u"e6"_s, u"e7"_s}));

    for (int n = 8; n <= 20; ++n)
        model.appendEvents({makeEvent(n)});
    QCOMPARE(details(model), (QStringList{u"e16"_s, u"e17"_s, u"e18"_s, u"e19"_s, u"e20"_s}));
    QCOMPARE(model.discardedCount(), 15u);
    QCOMPARE(model.events().size(), 5);
    QCOMPARE(model.events().constFirst().text, u"e16"_s);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.appendEvents(batch(1, 2));
    QCOMPARE(details(model), (QStringList{u"e1"_s, u"e2"_s}));
}

void TestEventLogModel::oversizedBatch()
{
    EventLogModel model(nullptr, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEvents(batch(1, 2));
    model.appendEvents(batch(3, 10));
    QCOMPARE(details(model), (QStringList{u"e8"_s, u"e9"_s, u"e10"_s}));
    QCOMPARE(model.discardedCount(), 7u);
}

void TestEventLogModel::pauseResume()
{
    EventLogModel model(nullptr, 4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pending(&model, &EventLogModel::pendingCountChanged);
    model.appendEvents(batch(1, 2));
    model.setPaused(true);
    QVERIFY(model.isPaused());
    model.appendEvents(batch(3, 4));
    model.appendEvents(batch(5, 5));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.pendingCount(), 3);
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.last().at(0).toInt(), 3);

    model.setPaused(false);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(pending.last().at(0).toInt(), 0);
    QCOMPARE(details(model), (QStringList{u"e2"_s, u"e3"_s, u"e4"_s, u"e5"_s}));

    // The pending list is capped like the ring.
    model.setPaused(true);
    model.appendEvents(batch(6, 12));
    QCOMPARE(model.pendingCount(), 4);
    model.setPaused(false);
    QCOMPARE(details(model), (QStringList{u"e9"_s, u"e10"_s, u"e11"_s, u"e12"_s}));
}

void TestEventLogModel::filterProxy()
{
    EventLogModel model;
    EventFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerEvent rl = makeEvent(2, Kind::RateLimited);
    rl.userName = u"bob"_s;
    rl.userId = 2;
    model.appendEvents({makeEvent(1), rl, makeEvent(3, Kind::AuthFailed)});
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setKindEnabled(Kind::Connected, false);
    QVERIFY(!proxy.isKindEnabled(Kind::Connected));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(u"BOB"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, Col::KindColumn).data().toString(), u"Rate limited"_s);
    model.appendEvents({makeEvent(4, Kind::Connected)});
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText({});
    proxy.setAllKindsEnabled();
    QCOMPARE(proxy.rowCount(), 4);
}

void TestEventLogModel::exportCsv()
{
    ServerEvent a;
    a.timeMs = 1'700'000'000'123;   // 2023-11-14T22:13:20.123Z
    a.kind = Kind::Closed;
    a.connectionId = 5;
    a.userId = 2;
    a.userName = u"bob"_s;
    a.endpoint = EndpointKind::Room;
    a.target = u"=cmd"_s;
    a.closeCode = 1008;
    a.text = u"said \"hi\", left"_s;
    ServerEvent b;
    b.timeMs = 1'700'000'000'124;
    b.kind = Kind::Listening;
    b.text = u"ws://127.0.0.1:8000"_s;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EventLogModel::writeCsv(&buffer, {a, b});
    QCOMPARE(buffer.data(),
             QByteArray("time,kind,connection_id,user_id,user,endpoint,target,close_code,close_meaning,text\r\n"
                        "2023-11-14T22:13:20.123Z,closed,5,2,bob,room,'=cmd,1008,Policy violation,\"said \"\"hi\"\", left\"\r\n"
                        "2023-11-14T22:13:20.124Z,listening,,,,,,,,ws://127.0.0.1:8000\r\n"));
}

void TestEventLogModel::exportJsonLines()
{
    ServerEvent a;
    a.timeMs = 1'700'000'000'123;
    a.kind = Kind::Kicked;
    a.connectionId = 5;
    a.userId = 2;
    a.userName = u"bob"_s;
    a.closeCode = 1008;
    a.text = u"Kicked by admin"_s;
    ServerEvent b;
    b.timeMs = 1'700'000'000'124;
    b.kind = Kind::Connected;
    b.connectionId = 6;
    b.endpoint = EndpointKind::Echo;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EventLogModel::writeJsonLines(&buffer, {a, b});
    QCOMPARE(buffer.data(),
             QByteArray("{\"close_code\":1008,\"close_meaning\":\"Policy violation\",\"connection_id\":5,"
                        "\"kind\":\"kicked\",\"text\":\"Kicked by admin\",\"time\":\"2023-11-14T22:13:20.123Z\","
                        "\"user\":\"bob\",\"user_id\":2}\n"
                        "{\"connection_id\":6,\"endpoint\":\"echo\",\"kind\":\"connect\","
                        "\"time\":\"2023-11-14T22:13:20.124Z\"}\n"));
}

QTEST_GUILESS_MAIN(TestEventLogModel)
void TestEventLogModel::rateLimitRepeatsAreGrouped()
{
    // One spammer's "Rate limited" rows fold into one row per 10 s, so kicks and broadcasts
    // stay in view; every event is still kept for exports.
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 t0 = 1'700'000'000'000;
    const auto limited = [&](qint64 ms, qint64 user, const QString &name) {
        ServerEvent e;
        e.timeMs = t0 + ms;
        e.kind = Kind::RateLimited;
        e.connectionId = quint64(user);
        e.userId = user;
        e.userName = name;
        e.text = u"10/10 in 1m, retry in 48008 ms"_s;
        return e;
    };
    QList<ServerEvent> first;
    for (int i = 0; i < 100; ++i)
        first.append(limited(i * 50, 7, u"carol"_s));
    ServerEvent kick = makeEvent(3, Kind::Kicked);
    kick.timeMs = t0 + 2500;
    first.insert(50, kick);
    first.append(limited(4000, 8, u"dave"_s));
    model.appendEvents(first);
    // A later batch still within 10 s of carol's first row joins it.
    model.appendEvents({limited(9000, 7, u"carol"_s), limited(9500, 7, u"carol"_s)});
    QCOMPARE(model.rowCount(), 104);
    QCOMPARE(proxy.rowCount(), 3);   // carol's group, the kick, dave
    QCOMPARE(proxy.index(0, Col::UserColumn).data().toString(), u"carol (7)"_s);
    QCOMPARE(proxy.index(0, Col::DetailColumn).data().toString(), u"×102 in 10 s; last: 10/10 in 1m, retry in 49 s"_s);
    QCOMPARE(proxy.index(1, Col::KindColumn).data().toString(), u"Kicked"_s);
    QCOMPARE(proxy.index(2, Col::DetailColumn).data().toString(), u"10/10 in 1m, retry in 49 s"_s);
    // After 10 s a new group starts.
    model.appendEvents({limited(10'500, 7, u"carol"_s)});
    QCOMPARE(proxy.rowCount(), 4);
    // Ungrouped on request; the kind filter and grouping are independent.
    proxy.setGroupRepeats(false);
    QCOMPARE(proxy.rowCount(), 105);
    proxy.setGroupRepeats(true);
    proxy.setKindEnabled(Kind::RateLimited, false);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.disabledKindCount(), 1);
    QVERIFY(!proxy.acceptsIgnoringRepeats(0));
    proxy.setAllKindsEnabled();
    int accepted = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        accepted += proxy.acceptsIgnoringRepeats(r) ? 1 : 0;
    QCOMPARE(accepted, 105);   // exports keep every repeat
}

void TestEventLogModel::windowAdminActionShowsActor()
{
    EventLogModel model;
    ServerEvent gui;
    gui.timeMs = 1'700'000'000'000;
    gui.kind = Kind::Admin;
    gui.userName = u"GUI"_s;   // AdminService's actor for the window
    gui.endpoint = EndpointKind::Admin;
    gui.text = u"kick connection 4"_s;
    ServerEvent remote = gui;   // an admin over /ws/admin: the actor's name and connection
    remote.connectionId = 12;
    remote.userName = u"alice"_s;
    model.appendEvents({gui, remote});
    QCOMPARE(model.index(0, Col::UserColumn).data().toString(), u"SocketScope window"_s);
    QCOMPARE(model.index(0, Col::EndpointColumn).data().toString(), QString());
    QCOMPARE(model.index(1, Col::UserColumn).data().toString(), u"alice"_s);
    QCOMPARE(model.index(1, Col::EndpointColumn).data().toString(), u"Admin"_s);
}

void TestEventLogModel::retryInSeconds()
{
    QCOMPARE(UiFormat::retryInSeconds(u"10/10 in 1m, retry in 48008 ms"_s), u"10/10 in 1m, retry in 49 s"_s);
    QCOMPARE(UiFormat::retryInSeconds(u"retry in 1000 ms"_s), u"retry in 1 s"_s);
    QCOMPARE(UiFormat::retryInSeconds(u"no number"_s), u"no number"_s);
}

#include "tst_eventlogmodel.moc"
