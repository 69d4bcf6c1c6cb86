// wss:// with a certificate made at test time, and every way the files can be wrong.

#include "support/requiredep.h"
#include "support/testclient.h"
#include "support/testserver.h"

#include <QProcess>
#include <QSslError>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class tst_Tls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

    bool makePair(const QString &prefix, int days = 2)
    {
        QProcess p;
        p.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                               QString::number(days), u"-subj"_s, u"/CN=localhost"_s, u"-keyout"_s,
                               file(prefix + u"-key.pem"_s), u"-out"_s, file(prefix + u"-cert.pem"_s)});
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }

    SocketScope::ServerConfig tlsConfig(const QString &cert, const QString &key)
    {
        auto c = testConfig();
        c.tlsCert = cert;
        c.tlsKey = key;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SOCKETSCOPE_REQUIRE_DEP(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(),
                                "openssl is not installed (scripts/install-deps.sh installs it)");
        QVERIFY(makePair(u"a"_s));
        QVERIFY(makePair(u"b"_s));
    }

    void wssEchoAndPlainPortTogether()
    {
        auto cfg = tlsConfig(file(u"a-cert.pem"_s), file(u"a-key.pem"_s));
        cfg.plainPort = 0;
        TestServer server(cfg);
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(server.host().listenUrl().startsWith(u"wss://127.0.0.1:"_s));

        TestClient secure;
        connect(&secure.ws, &QWebSocket::sslErrors, this, [&](const QList<QSslError> &) { secure.ws.ignoreSslErrors(); });
        QVERIFY(secure.open(QUrl(u"wss://127.0.0.1:%1/ws?token=secret-token"_s.arg(server.port()))));
        QVERIFY(secure.next().startsWith(u"{\"type\":\"welcome\",\"message\":\"Welcome john_doe\""_s));
        secure.send(u"over TLS"_s);
        QCOMPARE(secure.next(), u"User 123: over TLS"_s);
        const QList<QSslCertificate> peer = secure.ws.sslConfiguration().peerCertificateChain();
        QVERIFY(!peer.isEmpty());
        QCOMPARE(peer.first().subjectInfo(QSslCertificate::CommonName), QStringList{u"localhost"_s});

        // A plain client on the TLS port gets nowhere; the plain port serves ws://.
        TestClient plainOnTls;
        QVERIFY(!plainOnTls.open(QUrl(u"ws://127.0.0.1:%1/ws/echo"_s.arg(server.port())), {}, 3000));

        SocketScope::AdminCommand stats;
        stats.type = SocketScope::AdminCommand::Type::Stats;
        QVERIFY(server.execute(stats).ok);
    }

    void refusedAtStart_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing cert") << u"nope.pem"_s << u"a-key.pem"_s << u"certificate file %1/nope.pem: does not exist"_s;
        QTest::newRow("missing key") << u"a-cert.pem"_s << u"nope.pem"_s << u"key file %1/nope.pem: does not exist"_s;
        QTest::newRow("not a cert") << u"a-key.pem"_s << u"a-key.pem"_s << u"certificate file %1/a-key.pem: not a PEM or DER certificate"_s;
        QTest::newRow("not a key") << u"a-cert.pem"_s << u"a-cert.pem"_s
                                   << u"key file %1/a-cert.pem: not an unencrypted RSA, EC or DSA private key"_s;
        QTest::newRow("mismatched") << u"a-cert.pem"_s << u"b-key.pem"_s
                                    << u"key file %1/b-key.pem: does not match the certificate in %1/a-cert.pem"_s;
        QTest::newRow("directory") << u"."_s << u"a-key.pem"_s << u"certificate file %1/.: cannot be read: not a file"_s;
    }
    void refusedAtStart()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, message);
        TestServer server(tlsConfig(file(cert), file(key)));
        QVERIFY(!server.start());
        QCOMPARE(server.error(), message.arg(m_dir.path()));
    }

    void expiredCertificate()
    {
        // A test-only pair valid for one day in 2020 (tests/data/README.md says how it was made).
        const QString dir = QStringLiteral(TEST_DATA_DIR);
        TestServer server(tlsConfig(dir + u"/expired-cert.pem"_s, dir + u"/expired-key.pem"_s));
        QVERIFY(!server.start());
        QCOMPARE(server.error(), u"certificate file %1/expired-cert.pem: expired on 2020-01-02T00:00:00Z"_s.arg(dir));
    }

    void onlyOneOfTheTwo()
    {
        TestServer server(tlsConfig(file(u"a-cert.pem"_s), QString()));
        QVERIFY(!server.start());
        QCOMPARE(server.error(), u"TLS needs both --tls-cert and --tls-key"_s);
    }

    // SPEC §7 over TLS: a backlog many times the cap drains (the queue moves on when encrypted
    // bytes leave) and nothing is lost or reordered.
    void backlogDrainsOverTls()
    {
        auto cfg = tlsConfig(file(u"a-cert.pem"_s), file(u"a-key.pem"_s));
        cfg.slowConsumerBytes = 64 * 1024;
        TestServer server(cfg);
        QVERIFY(server.start());
        TestClient c;
        connect(&c.ws, &QWebSocket::sslErrors, this, [&](const QList<QSslError> &) { c.ws.ignoreSslErrors(); });
        QVERIFY(c.open(QUrl(u"wss://127.0.0.1:%1/ws/echo"_s.arg(server.port()))));
        const QString payload(8 * 1024, u'w');
        constexpr int Count = 300;
        for (int i = 0; i < Count; ++i)
            c.send(QString::number(i) + payload);
        for (int i = 0; i < Count; ++i)
            QCOMPARE(c.next(10000), u"Message text was: "_s + QString::number(i) + payload);
        QVERIFY(!c.disconnected);
    }
};

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
