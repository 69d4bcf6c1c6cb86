#include "jsoncheck.h"
#include "traffichistory.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SocketScope;

class TestTrafficHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ratesFromDeltas();
    void restartRebases();
    void capacityAndWindow();
    void csv();
    void jsonCheck();
};

namespace {
Counters counters(quint64 in, quint64 out, quint64 bytesIn, quint64 bytesOut, quint64 rejected, int connections)
{
    Counters c;
    c.messagesIn = in;
    c.messagesOut = out;
    c.bytesIn = bytesIn;
    c.bytesOut = bytesOut;
    c.rateLimited = rejected;
    c.connections = connections;
    return c;
}
} // namespace

void TestTrafficHistory::ratesFromDeltas()
{
    TrafficHistory h;
    QVERIFY(h.add(10'000, counters(100, 200, 1000, 2000, 0, 3)));
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.latest().messagesInPerSec, 0.0);
    QCOMPARE(h.latest().connections, 3);
    // Snapshots arrive at 4 Hz; a sample needs a full second.
    QVERIFY(!h.add(10'250, counters(110, 200, 1000, 2000, 0, 3)));
    QVERIFY(!h.add(10'750, counters(120, 200, 1000, 2000, 0, 3)));
    QVERIFY(h.add(12'000, counters(150, 300, 3000, 2000, 4, 5)));
    QCOMPARE(h.size(), 2);
    const TrafficSample &s = h.latest();
    QCOMPARE(s.timeMs, 12'000);
    QCOMPARE(s.messagesInPerSec, 25.0);
    QCOMPARE(s.messagesOutPerSec, 50.0);
    QCOMPARE(s.bytesInPerSec, 1000.0);
    QCOMPARE(s.bytesOutPerSec, 0.0);
    QCOMPARE(s.rejectionsPerSec, 2.0);
    QCOMPARE(s.connections, 5);
    QVERIFY(!h.add(11'000, counters(150, 300, 3000, 2000, 4, 5)));   // clock went back: ignored
}

void TestTrafficHistory::restartRebases()
{
    TrafficHistory h;
    h.add(0, counters(1000, 1000, 1000, 1000, 10, 1));
    QVERIFY(h.add(1000, counters(5, 5, 50, 50, 0, 1)));   // server restarted: counters reset
    QCOMPARE(h.latest().messagesInPerSec, 0.0);
    QVERIFY(h.add(2000, counters(15, 5, 50, 50, 0, 1)));
    QCOMPARE(h.latest().messagesInPerSec, 10.0);
    h.clear();
    QVERIFY(h.isEmpty());
}

void TestTrafficHistory::capacityAndWindow()
{
    TrafficHistory h(5, 1000);
    for (int i = 0; i < 8; ++i)
        QVERIFY(h.add(qint64(i) * 1000, counters(quint64(i) * 10, 0, 0, 0, 0, i)));
    QCOMPARE(h.size(), 5);
    QCOMPARE(h.samples().constFirst().timeMs, 3000);
    QCOMPARE(h.latest().messagesInPerSec, 10.0);
    const QList<TrafficSample> tail = h.since(5500);
    QCOMPARE(tail.size(), 2);
    QCOMPARE(tail.at(0).timeMs, 6000);
    QCOMPARE(h.since(100'000).size(), 0);
    QCOMPARE(h.since(0).size(), 5);
}

void TestTrafficHistory::csv()
{
    TrafficHistory h;
    h.add(1'700'000'000'000, counters(0, 0, 0, 0, 0, 1));
    h.add(1'700'000'002'000, counters(3, 6, 100, 200, 1, 2));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TrafficHistory::writeCsv(&buffer, h.samples());
    QCOMPARE(buffer.data(),
             QByteArray("time,connections,messages_in_per_s,messages_out_per_s,bytes_in_per_s,bytes_out_per_s,"
                        "rate_limit_rejections_per_s\r\n"
                        "2023-11-14T22:13:20.000Z,1,0.00,0.00,0.00,0.00,0.00\r\n"
                        "2023-11-14T22:13:22.000Z,2,1.50,3.00,50.00,100.00,0.50\r\n"));
}

void TestTrafficHistory::jsonCheck()
{
    QVERIFY(checkJsonObject(u"{\"a\": 1}"_s).ok);
    const JsonCheck array = checkJsonObject(u"[1, 2]"_s);
    QVERIFY(!array.ok);
    QCOMPARE(array.line, 1);
    QCOMPARE(array.column, 1);
    // Error on line 3; the "é" before it is two UTF-8 bytes but one column.
    const JsonCheck bad = checkJsonObject(u"{\n  \"é\": 1,\n  \"b\": x\n}"_s);
    QVERIFY(!bad.ok);
    QCOMPARE(bad.line, 3);
    QCOMPARE(bad.column, 8);   // the x
    QCOMPARE(bad.message, u"Line 3, column 8: illegal number"_s);
    QCOMPARE(bad.offset, int(u"{\n  \"é\": 1,\n  \"b\": "_s.size()));
}

QTEST_GUILESS_MAIN(TestTrafficHistory)
#include "tst_traffichistory.moc"
