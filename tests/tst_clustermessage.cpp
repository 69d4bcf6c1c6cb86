// The wire format between nodes (docs/cluster.md): every kind survives a round trip, and what
// is not a message of this version is refused.

#include "cluster/clustermessage.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using SocketScope::ClusterMessage;

class tst_ClusterMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        for (int k = 0; k <= int(ClusterMessage::Kind::CloseRoom); ++k)
            QTest::newRow(qPrintable(ClusterMessage::kindName(ClusterMessage::Kind(k)))) << k;
    }
    void roundTrip()
    {
        QFETCH(int, kind);
        ClusterMessage m;
        m.origin = u"node-a"_s;
        m.kind = ClusterMessage::Kind(kind);
        m.target = u"room \"1\" ü"_s;
        m.text = u"hé \"quoted\"\n"_s;
        m.data = R"({"a": [1, 2], "b":"ü"})";
        m.userId = 123;
        m.connectionId = 42;
        m.code = 4001;
        m.reason = u"go"_s;
        m.limit = 5;
        m.windowMs = 60000;
        const auto d = SocketScope::decodeClusterMessage(SocketScope::encodeClusterMessage(m));
        QVERIFY(d);
        QCOMPARE(d->origin, m.origin);
        QCOMPARE(int(d->kind), kind);
        switch (m.kind) {
        case ClusterMessage::Kind::Room:
            QCOMPARE(d->target, m.target);
            QCOMPARE(d->text, m.text);
            break;
        case ClusterMessage::Kind::Publish:
            QCOMPARE(d->target, m.target);
            QCOMPARE(d->data, m.data);   // byte for byte
            break;
        case ClusterMessage::Kind::KickConnection:
            QCOMPARE(d->target, m.target);
            QCOMPARE(d->connectionId, m.connectionId);
            QCOMPARE(d->code, 4001);
            QCOMPARE(d->reason, m.reason);
            break;
        case ClusterMessage::Kind::KickUser:
        case ClusterMessage::Kind::Ban:
            QCOMPARE(d->userId, 123);
            QCOMPARE(d->code, 4001);
            break;
        case ClusterMessage::Kind::SetRateLimit:
            QCOMPARE(d->limit, 5);
            QCOMPARE(d->windowMs, 60000);
            break;
        case ClusterMessage::Kind::SendToUser:
            QCOMPARE(d->userId, 123);
            QCOMPARE(d->text, m.text);
            break;
        default:
            break;
        }
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("array") << QByteArray("[1]");
        QTest::newRow("no origin") << QByteArray(R"({"k":"manager","text":"x"})");
        QTest::newRow("unknown kind") << QByteArray(R"({"o":"a","k":"explode"})");
        QTest::newRow("room without name") << QByteArray(R"({"o":"a","k":"room","text":"x"})");
        QTest::newRow("kick without node") << QByteArray(R"({"o":"a","k":"kick_connection","connection_id":1})");
        QTest::newRow("rate limit 0") << QByteArray(R"({"o":"a","k":"set_rate_limit","limit":0,"window_ms":1})");
        QTest::newRow("bad endpoint") << QByteArray(R"({"o":"a","k":"broadcast","text":"x","endpoint":"nope"})");
    }
    void refused()
    {
        QFETCH(QByteArray, payload);
        QVERIFY(!SocketScope::decodeClusterMessage(payload));
    }
};

QTEST_MAIN(tst_ClusterMessage)
#include "tst_clustermessage.moc"
