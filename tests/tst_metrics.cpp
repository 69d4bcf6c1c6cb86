// GET /healthz and GET /metrics over real HTTP; /metrics checked by a real Prometheus parser.

#include "support/requiredep.h"
#include "support/rawclient.h"
#include "support/testclient.h"
#include "support/testserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

QByteArray body(const QByteArray &response)
{
    return response.mid(response.indexOf("\r\n\r\n") + 4);
}

// The value of one sample line, e.g. `socketscope_messages_received_total`.
double sample(const QByteArray &text, const QString &nameAndLabels)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(nameAndLabels.toUtf8() + ' '))
            return line.mid(nameAndLabels.toUtf8().size() + 1).toDouble();
    }
    return -1;
}

} // namespace

class tst_Metrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthz()
    {
        TestServer server;
        QVERIFY(server.start());
        TestClient c;
        QVERIFY(c.open(server.url(u"/ws/echo"_s)));
        const QByteArray r = httpGet(server.port(), "/healthz");
        QVERIFY2(r.startsWith("HTTP/1.1 200 OK\r\n"), r.constData());
        QVERIFY2(r.contains("Content-Type: application/json"), r.constData());
        const QJsonObject o = QJsonDocument::fromJson(body(r)).object();
        QCOMPARE(o.value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(o.value("connections"_L1).toInt(), 1);
        QCOMPARE(o.value("version"_L1).toString(), QStringLiteral(SOCKETSCOPE_VERSION));
        QVERIFY(o.value("uptime_s"_L1).isDouble());
    }

    // A SQLite file that another process holds locked for writing: audit rows cannot be written,
    // the store is reported down and the rows wait; when the lock goes, they are written.
    void storeDownWhileSqliteLocked()
    {
        TestServer server;
        QVERIFY(server.start());
        const QByteArray healthBody = body(httpGet(server.port(), "/healthz"));
        // The existing keys first, in their order; "db" last.
        QVERIFY2(QRegularExpression(u"^\\{\"status\":\"ok\",\"uptime_s\":\\d+,\"connections\":0,\"version\":\"[^\"]+\","
                                    u"\"db\":\"up\"\\}\n?$"_s).match(QString::fromUtf8(healthBody)).hasMatch(),
                 healthBody.constData());
        QJsonObject o;
        QByteArray text = body(httpGet(server.port(), "/metrics"));
        QCOMPARE(sample(text, u"socketscope_db_up"_s), 1.0);
        QCOMPARE(sample(text, u"socketscope_db_reconnects_total"_s), 0.0);
        QCOMPARE(sample(text, u"socketscope_audit_rows_queued"_s), 0.0);

        {
            auto locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
            locker.setDatabaseName(server.dbPath());
            QVERIFY(locker.open());
            QSqlQuery lock(locker);
            QVERIFY2(lock.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(lock.lastError().text()));

            // Refused logins are audit rows.
            for (int i = 0; i < 3; ++i) {
                TestClient refused;
                refused.open(server.url(u"/ws?token=wrong-%1"_s.arg(i)));
                QVERIFY(refused.waitClosed());
            }
            QTRY_VERIFY((text = body(httpGet(server.port(), "/metrics")),
                         sample(text, u"socketscope_audit_rows_queued"_s) >= 3));
            QCOMPARE(sample(text, u"socketscope_db_up"_s), 0.0);
            const QByteArray r = httpGet(server.port(), "/healthz");
            QVERIFY2(r.startsWith("HTTP/1.1 200 OK\r\n"), r.constData());
            o = QJsonDocument::fromJson(body(r)).object();
            QCOMPARE(o.value("db"_L1).toString(), u"down"_s);
            QCOMPARE(o.value("status"_L1).toString(), u"degraded"_s);
            QVERIFY(body(r).trimmed().endsWith("\"db\":\"down\"}"));

            QVERIFY(lock.exec(u"ROLLBACK"_s));
            lock.finish();
            locker.close();
        }
        QSqlDatabase::removeDatabase(u"locker"_s);
        // The retry backs off to at most 5 s.
        QTRY_COMPARE_WITH_TIMEOUT(sample(body(httpGet(server.port(), "/metrics")), u"socketscope_audit_rows_queued"_s),
                                  0.0, 10000);
        text = body(httpGet(server.port(), "/metrics"));
        QCOMPARE(sample(text, u"socketscope_db_up"_s), 1.0);
        QCOMPARE(sample(text, u"socketscope_db_reconnects_total"_s), 0.0);
        o = QJsonDocument::fromJson(body(httpGet(server.port(), "/healthz"))).object();
        QCOMPARE(o.value("db"_L1).toString(), u"up"_s);
        QCOMPARE(o.value("status"_L1).toString(), u"ok"_s);
    }

    void metricsMoveWithTraffic()
    {
        auto cfg = testConfig();
        cfg.rateLimit = 2;
        TestServer server(cfg);
        QVERIFY(server.start());
        const QByteArray before = body(httpGet(server.port(), "/metrics"));
        QCOMPARE(sample(before, u"socketscope_messages_received_total"_s), 0.0);

        TestClient echo, chat;
        QVERIFY(echo.open(server.url(u"/ws/echo"_s)));
        QVERIFY(chat.open(server.url(u"/ws?token=secret-token"_s)));
        chat.next();
        echo.send(u"abc"_s);
        QCOMPARE(echo.next(), u"Message text was: abc"_s);
        for (int i = 0; i < 3; ++i)
            chat.send(u"m"_s);
        QVERIFY(chat.waitTexts(4));
        TestClient bad;
        QVERIFY(bad.open(server.url(u"/ws?token=nope"_s)));
        QVERIFY(bad.waitClosed());

        QByteArray after;
        QTRY_VERIFY((after = body(httpGet(server.port(), "/metrics")),
                     sample(after, u"socketscope_closes_total{code=\"1008\"}"_s) == 1.0));
        QCOMPARE(sample(after, u"socketscope_messages_received_total"_s), 4.0);
        QCOMPARE(sample(after, u"socketscope_received_bytes_total"_s), 3.0 + 3 * 1);
        QCOMPARE(sample(after, u"socketscope_rate_limited_total"_s), 1.0);
        QCOMPARE(sample(after, u"socketscope_rejections_total{reason=\"rate_limit\"}"_s), 1.0);
        QCOMPARE(sample(after, u"socketscope_rejections_total{reason=\"auth\"}"_s), 1.0);
        QCOMPARE(sample(after, u"socketscope_connections{endpoint=\"echo\",auth_method=\"none\"}"_s), 1.0);
        QCOMPARE(sample(after, u"socketscope_connections{endpoint=\"chat\",auth_method=\"query\"}"_s), 1.0);
        QCOMPARE(sample(after, u"socketscope_connections_accepted_total"_s), 3.0);
    }

    void metricsParseWithPrometheusParser()
    {
        SOCKETSCOPE_REQUIRE_DEP(!QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s}).isEmpty(),
                                "no /usr/bin/python3");
        QProcess probe;
        probe.start(u"/usr/bin/python3"_s, {u"-c"_s, u"import prometheus_client.parser"_s});
        SOCKETSCOPE_REQUIRE_DEP(probe.waitForFinished(20000) && probe.exitCode() == 0,
                                "python3-prometheus-client is not installed (scripts/install-deps.sh installs it)");

        auto cfg = testConfig();
        cfg.heartbeatInterval = SocketScope::Milliseconds(100);
        TestServer server(cfg);
        QVERIFY(server.start());
        TestClient c;
        QVERIFY(c.open(server.url(u"/ws/room/x?token=valid-token"_s)));
        QByteArray text;
        // Wait for at least one heartbeat round trip so the histogram has an observation.
        QTRY_VERIFY((text = body(httpGet(server.port(), "/metrics")), sample(text, u"socketscope_rtt_seconds_count"_s) >= 1));

        QProcess parse;
        parse.start(u"/usr/bin/python3"_s,
                    {u"-c"_s, u"import sys\n"
                              "from prometheus_client.parser import text_string_to_metric_families\n"
                              "fams = list(text_string_to_metric_families(sys.stdin.read()))\n"
                              "print(' '.join(sorted(f.name + ':' + f.type for f in fams)))\n"_s});
        QVERIFY(parse.waitForStarted());
        parse.write(text);
        parse.closeWriteChannel();
        QVERIFY(parse.waitForFinished(20000));
        const QString err = QString::fromUtf8(parse.readAllStandardError());
        QVERIFY2(parse.exitCode() == 0, qPrintable(err));
        const QString families = QString::fromUtf8(parse.readAllStandardOutput()).trimmed();
        for (const char *expected : {"socketscope_connections:gauge", "socketscope_messages_received:counter",
                                     "socketscope_rtt_seconds:histogram", "socketscope_closes:counter",
                                     "socketscope_rejections:counter", "socketscope_handshake_failures:counter"}) {
            QVERIFY2(families.contains(QLatin1StringView(expected)), qPrintable(families));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
