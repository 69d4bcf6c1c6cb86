// The X-ray client (SPEC §10): frame codec at the length boundaries and across any split of
// the bytes, the one-line frame layout, the Sec-WebSocket-Accept check, credential redaction,
// and `socketscope client --xray` against a real server, compared frame by frame.

#include "support/testserver.h"

#include "auth/redact.h"
#include "xray/wsframe.h"
#include "xray/xrayformat.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SocketScope::Xray;

class TstXray : public QObject
{
    Q_OBJECT

    static QString binary() { return QStringLiteral(SOCKETSCOPE_BINARY); }

    struct ClientRun
    {
        int exitCode = -1;
        QStringList sent;     // ">> FIN=…" lines
        QStringList received; // "<< FIN=…" lines
        QStringList all;
    };

    // Runs `socketscope client` with `input` on stdin; closes stdin when closeInput.
    ClientRun runClient(const QStringList &args, const QByteArray &input, bool closeInput = true)
    {
        QProcess p;
        p.start(binary(), QStringList{u"client"_s} + args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        if (closeInput)
            p.closeWriteChannel();
        if (!p.waitForFinished(15000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        ClientRun r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.all = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &l : std::as_const(r.all)) {
            if (l.startsWith(u">> FIN"_s))
                r.sent.append(l);
            else if (l.startsWith(u"<< FIN"_s))
                r.received.append(l);
        }
        return r;
    }

private Q_SLOTS:
    void roundTripAtLengthBoundaries_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("masked");
        QTest::addColumn<int>("headerSize");
        for (const bool masked : {false, true}) {
            const int m = masked ? 4 : 0;
            const char *tag = masked ? "masked" : "unmasked";
            QTest::addRow("0 %s", tag) << 0 << masked << 2 + m;
            QTest::addRow("125 %s", tag) << 125 << masked << 2 + m;
            QTest::addRow("126 %s", tag) << 126 << masked << 4 + m;
            QTest::addRow("65535 %s", tag) << 65535 << masked << 4 + m;
            QTest::addRow("65536 %s", tag) << 65536 << masked << 10 + m;
        }
    }
    void roundTripAtLengthBoundaries()
    {
        QFETCH(int, length);
        QFETCH(bool, masked);
        QFETCH(int, headerSize);
        Frame f;
        f.opcode = Op::Binary;
        f.masked = masked;
        f.maskKey = 0x1a2b3c4d;
        f.payload.resize(length);
        for (int i = 0; i < length; ++i)
            f.payload[i] = char(i * 7);
        const QByteArray wire = encodeFrame(f);
        QCOMPARE(f.header.size(), headerSize);
        QCOMPARE(wire.size(), headerSize + length);
        if (masked && length > 0)
            QVERIFY(wire.mid(headerSize) != f.payload);

        FrameReader whole;
        const QList<Frame> one = whole.feed(wire);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0].payload, f.payload);
        QCOMPARE(one[0].masked, masked);
        QCOMPARE(one[0].header, f.header);
        if (masked)
            QCOMPARE(one[0].maskKey, 0x1a2b3c4du);
    }

    void readerTakesAnySplit()
    {
        Frame a;
        a.opcode = Op::Text;
        a.fin = false;
        a.payload = "h\xc3\xa9"; // "hé"
        Frame b;
        b.opcode = Op::Ping;
        b.masked = true;
        b.maskKey = 0xdeadbeef;
        b.payload = "ping!";
        Frame c;
        c.opcode = Op::Continuation;
        c.payload = QByteArray(300, 'x');
        const QByteArray wire = encodeFrame(a) + encodeFrame(b) + encodeFrame(c);
        for (qsizetype step = 1; step <= 7; ++step) {
            FrameReader r;
            QList<Frame> frames;
            for (qsizetype i = 0; i < wire.size(); i += step)
                frames += r.feed(QByteArrayView(wire.constData() + i, std::min(step, wire.size() - i)));
            QCOMPARE(frames.size(), 3);
            QCOMPARE(frames[0].payload, a.payload);
            QCOMPARE(frames[0].fin, false);
            QCOMPARE(frames[1].opcode, Op::Ping);
            QCOMPARE(frames[1].payload, b.payload);
            QCOMPARE(frames[2].opcode, Op::Continuation);
            QCOMPARE(frames[2].payload.size(), 300);
            QCOMPARE(r.buffered(), 0);
        }
    }

    void readerRefusesAnOverlongFrame()
    {
        FrameReader r(1000);
        Frame f;
        f.opcode = Op::Binary;
        f.payload = QByteArray(1001, 'a');
        QVERIFY(r.feed(encodeFrame(f)).isEmpty());
        QVERIFY(r.hasError());
        QVERIFY2(r.error().contains(u"1001"_s), qPrintable(r.error()));
    }

    // The three frames a lesson points at, in the layout of SPEC §10.
    void frameLines()
    {
        Frame first;
        first.fin = false;
        first.opcode = Op::Text;
        first.masked = true;
        first.maskKey = 0x1a2b3c4d;
        first.payload = "Hel";
        Frame last;
        last.opcode = Op::Continuation;
        last.masked = true;
        last.maskKey = 0x0000beef;
        last.payload = "lo\n";
        QCOMPARE(formatFrame(Direction::ClientToServer, first, true),
                 u">> FIN=0 RSV=000 op=text MASK=1 key=1a2b3c4d len=3 Hel"_s);
        QCOMPARE(formatFrame(Direction::ClientToServer, last, true),
                 u">> FIN=1 RSV=000 op=cont MASK=1 key=0000beef len=3 lo\\n"_s);

        Frame ping;
        ping.opcode = Op::Ping;
        ping.payload = "are you there?";
        QCOMPARE(formatFrame(Direction::ServerToClient, ping, false),
                 u"<< FIN=1 RSV=000 op=ping MASK=0 len=14 are you there?"_s);

        Frame close;
        close.opcode = Op::Close;
        close.payload = closePayload(4001, "Bye");
        QCOMPARE(formatFrame(Direction::ServerToClient, close, false),
                 u"<< FIN=1 RSV=000 op=close MASK=0 len=5 4001 Private use: Bye"_s);
        close.payload.clear();
        QCOMPARE(formatFrame(Direction::ServerToClient, close, false),
                 u"<< FIN=1 RSV=000 op=close MASK=0 len=0 (no status code)"_s);

        Frame bin;
        bin.opcode = Op::Binary;
        bin.rsv = 0b100;
        bin.payload = QByteArray::fromHex("00ff10");
        QCOMPARE(formatFrame(Direction::ServerToClient, bin, false),
                 u"<< FIN=1 RSV=100 op=binary MASK=0 len=3 00 ff 10"_s);
        Frame reserved;
        reserved.opcode = 0x3;
        QCOMPARE(formatFrame(Direction::ServerToClient, reserved, false),
                 u"<< FIN=1 RSV=000 op=reserved(0x3) MASK=0 len=0"_s);
    }

    void acceptCheckFollowsRfcExample()
    {
        // RFC 6455 §1.3
        QCOMPARE(acceptFor("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
        const QStringList ok = acceptCheck("dGhlIHNhbXBsZSBub25jZQ==", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
        QVERIFY(ok.last().endsWith(u"(matches)"_s));
        QVERIFY(ok.join(u'\n').contains(u"b37a4f2cc0624f1690f64606cf385945b2bec4ea"_s));
        QVERIFY(acceptCheck("dGhlIHNhbXBsZSBub25jZQ==", "wrong").last().endsWith(u"(DOES NOT MATCH)"_s));
    }

    void handshakeRedactsCredentials()
    {
        const QByteArray request = "GET /ws?room=1&token=secret-token HTTP/1.1\r\n"
                                   "Host: x\r\n"
                                   "Authorization: Bearer valid-token\r\n"
                                   "Cookie: theme=dark; session_id=abc123\r\n\r\n";
        const QString shown = formatHandshake(Direction::ClientToServer, request, false).join(u'\n');
        QVERIFY2(!shown.contains(u"secret-token"_s) && !shown.contains(u"valid-token"_s) && !shown.contains(u"abc123"_s),
                 qPrintable(shown));
        QVERIFY2(shown.contains(u">> GET /ws?room=1&token=secr… HTTP/1.1"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u">> Authorization: Bearer "_s + SocketScope::redactSecret(u"valid-token")), qPrintable(shown));
        QVERIFY2(shown.contains(u"session_id="_s + SocketScope::redactSecret(u"abc123")), qPrintable(shown));
        const QString revealed = formatHandshake(Direction::ClientToServer, request, true).join(u'\n');
        QVERIFY(revealed.contains(u"token=secret-token"_s));
        QVERIFY(revealed.contains(u"Bearer valid-token"_s));

        const QByteArray auth = "{\"type\":\"auth\",\"token\":\"secret-token\"}";
        QCOMPARE(redactAuthMessage(auth), QByteArray("{\"type\":\"auth\",\"token\":\"secr…\"}"));
        QCOMPARE(redactAuthMessage("hello"), QByteArray("hello"));
    }

    // The terminal client against a real server: a fragmented message, a ping with payload and
    // the close handshake, frame by frame.
    void terminalXrayOfAConversation()
    {
        TestSupport::TestServer server;
        QVERIFY(server.start());
        const QString url = u"ws://127.0.0.1:%1/ws/echo"_s.arg(server.port());
        const ClientRun r = runClient({url, u"--xray"_s, u"--mask-key"_s, u"1a2b3c4d"_s},
                                      "hello\n\\fragment 3 h\xc3\xa9llo world\n\\ping are you there?\n");
        QCOMPARE(r.exitCode, 0);
        const QStringList sent{
            u">> FIN=1 RSV=000 op=text MASK=1 key=1a2b3c4d len=5 hello"_s,
            u">> FIN=0 RSV=000 op=text MASK=1 key=1a2b3c4d len=4 hél"_s,
            u">> FIN=0 RSV=000 op=cont MASK=1 key=1a2b3c4d len=4 lo w"_s,
            u">> FIN=1 RSV=000 op=cont MASK=1 key=1a2b3c4d len=4 orld"_s,
            u">> FIN=1 RSV=000 op=ping MASK=1 key=1a2b3c4d len=14 are you there?"_s,
            u">> FIN=1 RSV=000 op=close MASK=1 key=1a2b3c4d len=2 1000 Normal closure"_s,
        };
        QCOMPARE(r.sent, sent);
        const QStringList received{
            u"<< FIN=1 RSV=000 op=text MASK=0 len=23 Message text was: hello"_s,
            u"<< FIN=1 RSV=000 op=text MASK=0 len=30 Message text was: héllo world"_s,
            u"<< FIN=1 RSV=000 op=pong MASK=0 len=14 are you there?"_s,
            u"<< FIN=1 RSV=000 op=close MASK=0 len=20 1000 Normal closure: Close acknowledged"_s,
        };
        QCOMPARE(r.received, received);
        QVERIFY(r.all.contains(u">> GET /ws/echo HTTP/1.1"_s));
        QVERIFY(r.all.contains(u"<< HTTP/1.1 101 Switching Protocols"_s));
        QVERIFY(r.all.contains(u"-- closed: 1000 Normal closure: Close acknowledged"_s));
        const auto accept = std::find_if(r.all.cbegin(), r.all.cend(),
                                         [](const QString &l) { return l.startsWith(u"   received:"_s); });
        QVERIFY(accept != r.all.cend());
        QVERIFY2(accept->endsWith(u"(matches)"_s), qPrintable(*accept));
    }

    // 101 and then 1008 (not a 401): the teaching point of a bad token, with the token redacted.
    void terminalXrayOfABadToken()
    {
        TestSupport::TestServer server;
        QVERIFY(server.start());
        const QString url = u"ws://127.0.0.1:%1/ws"_s.arg(server.port());
        const ClientRun r = runClient({url, u"--auth"_s, u"header"_s, u"--token"_s, u"not-a-real-token"_s,
                                       u"--xray"_s, u"--mask-key"_s, u"0badf00d"_s},
                                      {}, /*closeInput=*/false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.all.contains(u"<< HTTP/1.1 101 Switching Protocols"_s));
        QVERIFY(r.all.contains(u">> Authorization: Bearer not-…"_s));
        QVERIFY(!r.all.join(u'\n').contains(u"not-a-real-token"_s));
        QCOMPARE(r.received, QStringList{u"<< FIN=1 RSV=000 op=close MASK=0 len=15 1008 Policy violation: Invalid token"_s});
        QCOMPARE(r.sent, QStringList{u">> FIN=1 RSV=000 op=close MASK=1 key=0badf00d len=2 1008 Policy violation"_s});
        QVERIFY(r.all.contains(u"-- closed: 1008 Policy violation: Invalid token"_s));
    }

    void terminalPlainOutputAndMessageAuth()
    {
        TestSupport::TestServer server;
        QVERIFY(server.start());
        const ClientRun r = runClient({u"ws://127.0.0.1:%1/ws"_s.arg(server.port()), u"--auth"_s, u"message"_s,
                                       u"--token"_s, u"secret-token"_s},
                                      "hi\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.all.size() == 3, qPrintable(r.all.join(u'\n')));
        QVERIFY2(r.all[0].startsWith(u"{\"type\":\"auth_success\""_s), qPrintable(r.all[0]));
        QCOMPARE(r.all[1], u"User 123: hi"_s);
        QCOMPARE(r.all[2], u"-- closed: 1000 Normal closure: Close acknowledged"_s);
    }

    void terminalUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no URL") << QStringList{};
        QTest::newRow("http URL") << QStringList{u"http://127.0.0.1:1/"_s};
        QTest::newRow("bad auth") << QStringList{u"ws://127.0.0.1:1/ws"_s, u"--auth"_s, u"basic"_s, u"--token"_s, u"t"_s};
        QTest::newRow("auth without token") << QStringList{u"ws://127.0.0.1:1/ws"_s, u"--auth"_s, u"query"_s};
        QTest::newRow("bad header") << QStringList{u"ws://127.0.0.1:1/ws"_s, u"--header"_s, u"novalue"_s};
        QTest::newRow("bad mask key") << QStringList{u"ws://127.0.0.1:1/ws"_s, u"--mask-key"_s, u"xyz"_s};
    }
    void terminalUsageErrors()
    {
        QFETCH(QStringList, args);
        QCOMPARE(runClient(args, {}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstXray)
#include "tst_xray.moc"
