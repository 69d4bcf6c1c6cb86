// The real binary: `socketscope --headless`, its options and its exit codes.

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;

class tst_Headless : public QObject
{
    Q_OBJECT

    QString binary() const { return QStringLiteral(SOCKETSCOPE_BINARY); }

    struct Run
    {
        int exitCode = -1;
        QString err;
    };
    Run runToEnd(const QStringList &args)
    {
        QProcess p;
        p.start(binary(), args);
        if (!p.waitForFinished(15000)) {
            p.kill();
            p.waitForFinished();
            return {-1, u"did not finish"_s};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void servesAndStopsOnSignal_data()
    {
        QTest::addColumn<int>("sig");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void servesAndStopsOnSignal()
    {
        QFETCH(int, sig);
        QTemporaryDir dir;
        QProcess p;
        p.start(binary(), {u"--headless"_s, u"--port"_s, u"0"_s, u"--db"_s, dir.filePath(u"s.sqlite"_s)});
        QVERIFY(p.waitForStarted());
        QString err;
        QRegularExpressionMatch m;
        const QRegularExpression listening(u"listening on ws://127\\.0\\.0\\.1:(\\d+)"_s);
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(p.readAllStandardError()), m = listening.match(err)).hasMatch(), 10000);
        const QString port = m.captured(1);

        QWebSocket ws;
        QStringList texts;
        connect(&ws, &QWebSocket::textMessageReceived, this, [&](const QString &t) { texts.append(t); });
        bool closed = false;
        connect(&ws, &QWebSocket::disconnected, this, [&] { closed = true; });
        ws.open(QUrl(u"ws://127.0.0.1:%1/ws?token=secret-token"_s.arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 5000);
        QVERIFY(texts.at(0).startsWith(u"{\"type\":\"welcome\",\"message\":\"Welcome john_doe\""_s));

        ::kill(pid_t(p.processId()), sig);
        QTRY_VERIFY_WITH_TIMEOUT(closed, 5000);
        QCOMPARE(int(ws.closeCode()), 1001);
        QCOMPARE(ws.closeReason(), u"Server shutting down"_s);
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 5000);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        err += QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(u"stopped"_s), qPrintable(err));
        QVERIFY2(!err.contains(u"secret-token"_s), "token leaked into the log");
        QVERIFY2(err.contains(u"/ws?token=secr…"_s), qPrintable(err));
    }

    void invalidOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("rate limit zero") << QStringList{u"--rate-limit"_s, u"0"_s}
                                         << u"invalid value \"0\" for --rate-limit: expected an integer from 1 to 1000000"_s;
        QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
        QTest::newRow("bad duration") << QStringList{u"--rate-window"_s, u"10x"_s} << u"--rate-window"_s;
        QTest::newRow("bad size") << QStringList{u"--max-message-size"_s, u"lots"_s} << u"--max-message-size"_s;
        QTest::newRow("bad host") << QStringList{u"--host"_s, u"not-an-ip"_s} << u"--host"_s;
        QTest::newRow("bad origin") << QStringList{u"--allowed-origins"_s, u"example.com"_s} << u"--allowed-origins"_s;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("missing config") << QStringList{u"--config"_s, u"/nonexistent/socketscope.ini"_s}
                                        << u"/nonexistent/socketscope.ini"_s;
    }
    void invalidOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = runToEnd(QStringList{u"--headless"_s, u"--db"_s, dir.filePath(u"x.sqlite"_s)} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void configFileAndOverride()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"s.ini"_s);
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[server]\nrate-limit = 0\n");
        f.close();
        // The file's bad value is refused ...
        Run r = runToEnd({u"--headless"_s, u"--config"_s, ini, u"--db"_s, dir.filePath(u"x.sqlite"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"rate-limit"_s), qPrintable(r.err));
    }

    void portInUse()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        const Run r = runToEnd({u"--headless"_s, u"--port"_s, QString::number(blocker.serverPort()), u"--db"_s,
                                dir.filePath(u"x.sqlite"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"port %1 is in use"_s.arg(blocker.serverPort())), qPrintable(r.err));
    }

    void helpListsEveryOption()
    {
        QProcess p;
        p.start(binary(), {u"--help"_s});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        for (const char *opt : {"--headless", "--host", "--port", "--config", "--db", "--rate-limit", "--rate-window",
                                "--max-message-size", "--max-connections", "--max-per-address", "--handshake-timeout",
                                "--auth-timeout", "--heartbeat-interval", "--allowed-origins", "--no-demo-users"}) {
            QVERIFY2(out.contains(QLatin1StringView(opt)), opt);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
