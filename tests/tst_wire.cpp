// SPEC §7, measured from outside like Autobahn|Testsuite (categories 1–7, 9, 10 and masking):
// a raw client does a real handshake on /ws/echo and sends frames byte by byte as it likes;
// every case asserts the exact frames that come back and the exact close code.

#include "support/rawclient.h"
#include "support/testclient.h"
#include "support/testserver.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// A client frame with every bit under the test's control.
QByteArray frame(int opcode, const QByteArray &payload, bool fin = true, bool mask = true, int rsv = 0)
{
    QByteArray f;
    f.append(char((fin ? 0x80 : 0) | (rsv << 4) | opcode));
    const qsizetype n = payload.size();
    const char m = mask ? char(0x80) : char(0);
    if (n < 126) {
        f.append(char(m | n));
    } else if (n < 65536) {
        f.append(char(m | 126)).append(char(n >> 8)).append(char(n & 0xff));
    } else {
        f.append(char(m | 127));
        for (int i = 7; i >= 0; --i)
            f.append(char((quint64(n) >> (8 * i)) & 0xff));
    }
    if (!mask)
        return f + payload;
    const char key[4] = {char(0x12), char(0x9a), char(0x5c), char(0xe7)};
    f.append(key, 4);
    for (qsizetype i = 0; i < n; ++i)
        f.append(char(payload[i] ^ key[i % 4]));
    return f;
}

QByteArray closePayload(int code, const QByteArray &reason = {})
{
    return QByteArray(1, char(code >> 8)) + char(code & 0xff) + reason;
}

// An expected server frame, written "opcode:payload".
QByteArray expect(int opcode, const QByteArray &payload)
{
    return QByteArray::number(opcode) + ':' + payload;
}
QByteArray echoText(const QByteArray &utf8)
{
    return expect(1, "Message text was: " + utf8);
}

QByteArray payloadOf(int n)
{
    QByteArray p(n, '\0');
    for (int i = 0; i < n; ++i)
        p[i] = char('a' + i % 26);
    return p;
}

// Cuts `bytes` into pieces of `size`, each its own write.
QByteArrayList chunks(const QByteArray &bytes, qsizetype size)
{
    QByteArrayList out;
    for (qsizetype at = 0; at < bytes.size(); at += size)
        out << bytes.mid(at, size);
    return out;
}

SocketScope::ServerConfig wireConfig()
{
    auto cfg = testConfig();
    cfg.maxMessageSize = 16 * 1024 * 1024;
    return cfg;
}

const QByteArray Kosme = "\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5";
const QByteArray HelloUtf8 = "Hello-\xc2\xb5@\xc3\x9f\xc3\xb6\xc3\xa4\xc3\xbc\xc3\xa0\xc3\xa1-UTF-8!!";
const QByteArray GClef = "\xf0\x9d\x84\x9e";

} // namespace

class tst_Wire : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

    // Runs one case: connects, writes each piece separately, and checks the frames that come back.
    void runCase(const QByteArrayList &writes, const QByteArrayList &expected, int closeCode)
    {
        RawClient raw;
        QVERIFY(raw.handshake(m_server->port(), "/ws/echo"));
        raw.socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        for (const QByteArray &w : writes) {
            raw.socket.write(w);
            raw.socket.flush();
        }
        for (const QByteArray &e : expected) {
            const auto f = raw.nextFrame(10000);
            QVERIFY2(f, qPrintable(u"no frame; expected %1"_s.arg(QString::fromUtf8(e.left(80)))));
            const QByteArray got = expect(f->opcode, f->payload);
            if (got != e)
                QFAIL(qPrintable(u"got %1, expected %2"_s.arg(QString::fromUtf8(got.left(80)), QString::fromUtf8(e.left(80)))));
        }
        if (closeCode > 0) {
            const auto f = raw.nextFrame(5000);
            QVERIFY2(f, "no Close frame");
            QCOMPARE(f->opcode, 0x8);
            QCOMPARE(f->closeCode(), closeCode);
            QVERIFY(!f->closeReason().contains("detected"));   // Qt's "Invalid close code 1002 detected."
        } else {
            // Still healthy: a normal close is answered with the same code.
            raw.socket.write(frame(0x8, closePayload(1000)));
            const auto f = raw.nextFrame(5000);
            QVERIFY2(f, "no answer to Close 1000");
            if (f->opcode != 0x8)
                QFAIL(qPrintable(u"unexpected frame %1"_s.arg(QString::fromUtf8(expect(f->opcode, f->payload).left(80)))));
            QCOMPARE(f->closeCode(), 1000);
        }
        // The server closes TCP after the closing handshake.
        QVERIFY(raw.waitDisconnected(5000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(wireConfig());
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { m_server.reset(); }

    void conformance_data()
    {
        QTest::addColumn<QByteArrayList>("writes");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::addColumn<int>("closeCode");

        // 1 Framing: every length boundary, text and binary, whole and in 997-byte pieces.
        for (int n : {0, 125, 126, 127, 128, 65535, 65536, 1 << 20}) {
            const QByteArray p = payloadOf(n);
            // An empty text is refused by SPEC §1's rule, in words.
            QTest::addRow("1 text %d", n) << QByteArrayList{frame(0x1, p)}
                                          << QByteArrayList{n ? echoText(p) : expect(1, "{\"error\":\"Empty message not allowed\"}")} << 0;
            QTest::addRow("1 binary %d", n) << QByteArrayList{frame(0x2, p)} << QByteArrayList{expect(2, p)} << 0;
        }
        QTest::addRow("1 text 65536 in 997-byte writes") << chunks(frame(0x1, payloadOf(65536)), 997)
                                                         << QByteArrayList{echoText(payloadOf(65536))} << 0;
        QTest::addRow("1 binary 65536 in 997-byte writes") << chunks(frame(0x2, payloadOf(65536)), 997)
                                                           << QByteArrayList{expect(2, payloadOf(65536))} << 0;

        // 2 Pings and pongs
        QTest::addRow("2.1 ping empty") << QByteArrayList{frame(0x9, {})} << QByteArrayList{expect(0xA, {})} << 0;
        QTest::addRow("2.3 ping binary payload") << QByteArrayList{frame(0x9, "\x00\xff\xfe\xfd\xfc\xfb\x00\xff")}
                                                 << QByteArrayList{expect(0xA, "\x00\xff\xfe\xfd\xfc\xfb\x00\xff")} << 0;
        QTest::addRow("2.4 ping 125") << QByteArrayList{frame(0x9, payloadOf(125))} << QByteArrayList{expect(0xA, payloadOf(125))} << 0;
        QTest::addRow("2.5 ping 126") << QByteArrayList{frame(0x9, payloadOf(126))} << QByteArrayList{} << 1002;
        QTest::addRow("2.6 ping 125 byte by byte") << chunks(frame(0x9, payloadOf(125)), 1) << QByteArrayList{expect(0xA, payloadOf(125))} << 0;
        QTest::addRow("2.7 unsolicited pong") << QByteArrayList{frame(0xA, {}), frame(0x1, "after")} << QByteArrayList{echoText("after")} << 0;
        QTest::addRow("2.8 unsolicited pong with payload") << QByteArrayList{frame(0xA, "unsolicited"), frame(0x1, "after")}
                                                           << QByteArrayList{echoText("after")} << 0;
        {
            QByteArrayList w, e;
            for (int i = 0; i < 10; ++i) {
                w << frame(0x9, "ping " + QByteArray::number(i));
                e << expect(0xA, "ping " + QByteArray::number(i));
            }
            QTest::addRow("2.10 ten pings") << w << e << 0;
            QTest::addRow("2.11 ten pings in one write") << QByteArrayList{w.join()} << e << 0;
        }

        // 3 Reserved bits
        for (int rsv = 1; rsv <= 7; ++rsv) {
            QTest::addRow("3 rsv %d text", rsv) << QByteArrayList{frame(0x1, "x", true, true, rsv)} << QByteArrayList{} << 1002;
            QTest::addRow("3 rsv %d binary", rsv) << QByteArrayList{frame(0x2, "x", true, true, rsv)} << QByteArrayList{} << 1002;
            QTest::addRow("3 rsv %d ping", rsv) << QByteArrayList{frame(0x9, "x", true, true, rsv)} << QByteArrayList{} << 1002;
            QTest::addRow("3 rsv %d close", rsv) << QByteArrayList{frame(0x8, closePayload(1000), true, true, rsv)} << QByteArrayList{} << 1002;
        }
        QTest::addRow("3.2 echo then rsv then ping") << QByteArrayList{frame(0x1, "ok"), frame(0x1, "x", true, true, 2), frame(0x9, {})}
                                                     << QByteArrayList{echoText("ok")} << 1002;

        // 4 Opcodes
        for (int op : {3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF}) {
            QTest::addRow("4 opcode %d", op) << QByteArrayList{frame(op, {})} << QByteArrayList{} << 1002;
            QTest::addRow("4 opcode %d with payload after echo", op) << QByteArrayList{frame(0x1, "ok"), frame(op, "payload"), frame(0x9, {})}
                                                                    << QByteArrayList{echoText("ok")} << 1002;
        }

        // 5 Fragmentation
        QTest::addRow("5.1 fragmented ping") << QByteArrayList{frame(0x9, "frag", false), frame(0x0, "ment")} << QByteArrayList{} << 1002;
        QTest::addRow("5.2 fragmented pong") << QByteArrayList{frame(0xA, "frag", false), frame(0x0, "ment")} << QByteArrayList{} << 1002;
        QTest::addRow("5.3 text in two") << QByteArrayList{frame(0x1, "frag", false), frame(0x0, "ment")} << QByteArrayList{echoText("fragment")} << 0;
        QTest::addRow("5.4 text in two, one write") << QByteArrayList{frame(0x1, "frag", false) + frame(0x0, "ment")}
                                                    << QByteArrayList{echoText("fragment")} << 0;
        QTest::addRow("5.5 text in two, byte by byte") << chunks(frame(0x1, "frag", false) + frame(0x0, "ment"), 1)
                                                       << QByteArrayList{echoText("fragment")} << 0;
        QTest::addRow("5.6 ping between fragments") << QByteArrayList{frame(0x1, "frag", false), frame(0x9, "p"), frame(0x0, "ment")}
                                                    << QByteArrayList{expect(0xA, "p"), echoText("fragment")} << 0;
        QTest::addRow("5.8 ping between fragments, byte by byte")
            << chunks(frame(0x1, "frag", false) + frame(0x9, "p") + frame(0x0, "ment"), 1)
            << QByteArrayList{expect(0xA, "p"), echoText("fragment")} << 0;
        QTest::addRow("5.9 continuation fin=1 first") << QByteArrayList{frame(0x0, "x"), frame(0x1, "ok")} << QByteArrayList{} << 1002;
        QTest::addRow("5.10 continuation fin=0 first") << QByteArrayList{frame(0x0, "x", false), frame(0x1, "ok")} << QByteArrayList{} << 1002;
        QTest::addRow("5.15 new start inside a message")
            << QByteArrayList{frame(0x1, "a", false), frame(0x0, "b"), frame(0x0, "c", false), frame(0x1, "d")}
            << QByteArrayList{echoText("ab")} << 1002;
        QTest::addRow("5.17 text start inside text") << QByteArrayList{frame(0x1, "a", false), frame(0x1, "b", false)} << QByteArrayList{} << 1002;
        QTest::addRow("5.18 binary start inside text") << QByteArrayList{frame(0x1, "a", false), frame(0x2, "b")} << QByteArrayList{} << 1002;
        QTest::addRow("5.19 pings inside fragments")
            << QByteArrayList{frame(0x1, "a", false), frame(0x0, "b", false), frame(0x9, "1"), frame(0x0, "c", false),
                              frame(0x0, "d", false), frame(0x9, "2"), frame(0x0, "e")}
            << QByteArrayList{expect(0xA, "1"), expect(0xA, "2"), echoText("abcde")} << 0;
        QTest::addRow("5 binary in fragments") << QByteArrayList{frame(0x2, "\x01\x02", false), frame(0x0, "", false), frame(0x0, "\x03")}
                                               << QByteArrayList{expect(2, "\x01\x02\x03")} << 0;

        // 6 UTF-8: valid text split at every byte into two fragments, and in one frame byte by byte.
        for (const auto &[name, text] : {std::pair{"kosme", Kosme}, {"hello", HelloUtf8}, {"g clef", GClef + "x" + GClef}}) {
            for (qsizetype at = 0; at <= text.size(); ++at) {
                QTest::addRow("6 %s split at %d", name, int(at))
                    << QByteArrayList{frame(0x1, text.first(at), false), frame(0x0, text.sliced(at))} << QByteArrayList{echoText(text)} << 0;
            }
            QTest::addRow("6 %s byte by byte", name) << chunks(frame(0x1, text), 1) << QByteArrayList{echoText(text)} << 0;
        }
        QTest::addRow("6 issue: 61 ce + ba 21") << QByteArrayList{frame(0x1, "\x61\xce", false), frame(0x0, "\xba\x21")}
                                                << QByteArrayList{echoText("a\xce\xba!")} << 0;
        const QList<std::pair<const char *, QByteArray>> invalid = {
            {"lone continuation", "\x80"},
            {"overlong slash", "\xc0\xaf"},
            {"overlong nul", "\xc0\x80"},
            {"overlong e0", "\xe0\x80\xaf"},
            {"overlong f0", "\xf0\x80\x80\xaf"},
            {"surrogate", "\xed\xa0\x80"},
            {"surrogate pair", "\xed\xa0\x80\xed\xb0\x80"},
            {"above 10FFFF", "\xf4\x90\x80\x80"},
            {"fe", "\xfe"},
            {"ff", "\xff"},
            {"kosme then surrogate", Kosme + "\xed\xa0\x80" "edited"},
            {"truncated at end", "abc\xe1\xbd"},
        };
        for (const auto &[name, bytes] : invalid) {
            QTest::addRow("6 invalid %s", name) << QByteArrayList{frame(0x1, bytes)} << QByteArrayList{} << 1007;
            QTest::addRow("6 invalid %s fragmented", name)
                << QByteArrayList{frame(0x1, "ok ", false), frame(0x0, bytes, false), frame(0x0, "end")} << QByteArrayList{} << 1007;
        }
        // Fail fast: the rest of the frame, or of the message, is never sent.
        QTest::addRow("6 fail fast in frame") << QByteArrayList{frame(0x1, "ok\xff" + QByteArray(1000, 'x')).first(2 + 2 + 4 + 3)}
                                              << QByteArrayList{} << 1007;
        QTest::addRow("6 fail fast in fragment") << QByteArrayList{frame(0x1, Kosme, false), frame(0x0, "\xed\xa0\x80", false)}
                                                 << QByteArrayList{} << 1007;

        // 7 Close
        QTest::addRow("7.1.1 echo then close") << QByteArrayList{frame(0x1, "Hello")} << QByteArrayList{echoText("Hello")} << 0;
        QTest::addRow("7.1.3 text after close ignored") << QByteArrayList{frame(0x8, closePayload(1000)) + frame(0x1, "late")}
                                                        << QByteArrayList{} << 1000;
        QTest::addRow("7.1.4 fragment after close ignored") << QByteArrayList{frame(0x8, closePayload(1000)) + frame(0x1, "late", false)}
                                                            << QByteArrayList{} << 1000;
        QTest::addRow("7.3.1 close empty") << QByteArrayList{frame(0x8, {})} << QByteArrayList{} << 1000;
        QTest::addRow("7.3.2 close 1 byte") << QByteArrayList{frame(0x8, "\x03")} << QByteArrayList{} << 1002;
        QTest::addRow("7.3.4 close with reason") << QByteArrayList{frame(0x8, closePayload(1000, "Hello World!"))} << QByteArrayList{} << 1000;
        QTest::addRow("7.3.5 close 123-byte reason") << QByteArrayList{frame(0x8, closePayload(1000, payloadOf(123)))} << QByteArrayList{} << 1000;
        QTest::addRow("7.3.6 close 124-byte reason") << QByteArrayList{frame(0x8, closePayload(1000, payloadOf(124)))} << QByteArrayList{} << 1002;
        QTest::addRow("7.5.1 close reason invalid utf-8") << QByteArrayList{frame(0x8, closePayload(1000, "\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5\xed\xa0\x80"))}
                                                          << QByteArrayList{} << 1002;
        for (int code : {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999})
            QTest::addRow("7.7 valid code %d", code) << QByteArrayList{frame(0x8, closePayload(code))} << QByteArrayList{} << code;
        for (int code : {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535})
            QTest::addRow("7.9 invalid code %d", code) << QByteArrayList{frame(0x8, closePayload(code))} << QByteArrayList{} << 1002;

        // 9/10 Limits: large messages in many fragments, and over the limit.
        {
            const QByteArray big = payloadOf(4 * 1024 * 1024);
            QByteArray frames;
            for (qsizetype at = 0; at < big.size(); at += 65536)
                frames += frame(at == 0 ? 0x2 : 0x0, big.mid(at, 65536), at + 65536 >= big.size());
            QTest::addRow("9 binary 4 MiB in 64 KiB fragments") << chunks(frames, 1 << 20) << QByteArrayList{expect(2, big)} << 0;
        }
        QTest::addRow("9 header over the limit") << QByteArrayList{frame(0x2, {}).first(1) + QByteArray("\xff\x00\x00\x00\x00\x02\x00\x00\x00\x01\x02\x03\x04", 13)}
                                                 << QByteArrayList{} << 1009;
        QTest::addRow("10 many tiny fragments") << QByteArrayList{[] {
            QByteArray all;
            for (int i = 0; i < 1000; ++i)
                all += frame(i == 0 ? 0x1 : 0x0, "x", i == 999);
            return all;
        }()} << QByteArrayList{echoText(QByteArray(1000, 'x'))} << 0;

        // Masking (RFC 6455 §5.1)
        QTest::addRow("mask: unmasked text") << QByteArrayList{frame(0x1, "Hello", true, false)} << QByteArrayList{} << 1002;
        QTest::addRow("mask: unmasked binary") << QByteArrayList{frame(0x2, "Hello", true, false)} << QByteArrayList{} << 1002;
        QTest::addRow("mask: unmasked ping") << QByteArrayList{frame(0x9, "Hello", true, false)} << QByteArrayList{} << 1002;
        QTest::addRow("mask: unmasked close") << QByteArrayList{frame(0x8, closePayload(1000), true, false)} << QByteArrayList{} << 1002;
        QTest::addRow("mask: unmasked after a good one") << QByteArrayList{frame(0x1, "ok"), frame(0x1, "bad", true, false)}
                                                         << QByteArrayList{echoText("ok")} << 1002;
    }
    void conformance()
    {
        QFETCH(QByteArrayList, writes);
        QFETCH(QByteArrayList, expected);
        QFETCH(int, closeCode);
        runCase(writes, expected, closeCode);
    }

    // The exact reason texts: the server's own words, never Qt's.
    void closeReasons_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("unmasked") << frame(0x1, "x", true, false) << 1002 << QByteArray("Client frame not masked");
        QTest::newRow("rsv") << frame(0x1, "x", true, true, 4) << 1002 << QByteArray("Reserved bits set without a negotiated extension");
        QTest::newRow("opcode") << frame(0x3, "x") << 1002 << QByteArray("Reserved opcode");
        QTest::newRow("close 5000") << frame(0x8, closePayload(5000)) << 1002 << QByteArray("Invalid close code");
        QTest::newRow("close 65535") << frame(0x8, closePayload(65535)) << 1002 << QByteArray("Invalid close code");
        QTest::newRow("utf-8") << frame(0x1, "\xff") << 1007 << QByteArray("Invalid UTF-8 in text message");
        QTest::newRow("too big") << frame(0x2, QByteArray()).first(1) + QByteArray("\xff\x00\x00\x00\x00\x02\x00\x00\x00\x01\x02\x03\x04", 13)
                                 << 1009 << QByteArray("Message too big");
        QTest::newRow("peer close 4000") << frame(0x8, closePayload(4000, "mine")) << 4000 << QByteArray("Close acknowledged");
    }
    void closeReasons()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QByteArray, reason);
        RawClient raw;
        QVERIFY(raw.handshake(m_server->port(), "/ws/echo"));
        raw.socket.write(bytes);
        const auto f = raw.nextFrameOf(0x8);
        QVERIFY(f);
        QCOMPARE(f->closeCode(), code);
        QCOMPARE(f->closeReason(), reason);
        QVERIFY(raw.waitDisconnected());
    }

    // A close the server starts waits for the client's Close before TCP goes (wasClean).
    void serverCloseWaitsForClientClose()
    {
        RawClient raw;
        QVERIFY(raw.handshake(m_server->port(), "/ws?token=wrong-token"));
        const auto f = raw.nextFrameOf(0x8);
        QVERIFY(f);
        QCOMPARE(f->closeCode(), 1008);
        QCOMPARE(f->closeReason(), QByteArray("Invalid token"));
        // The connection stays up for the client's answer (a short wait proves nothing by
        // itself; the answer being read and TCP then closed does).
        QCOMPARE(raw.socket.state(), QAbstractSocket::ConnectedState);
        raw.socket.write(frame(0x8, closePayload(1008)));
        QVERIFY(raw.waitDisconnected(1000));
        QVERIFY(raw.buffer().isEmpty());
    }

    // Messages sent before a Close, while first-message auth is still with the store, are
    // answered before the Close is: a client that pipes its input and closes at the end loses
    // nothing.
    void closeDuringMessageAuthKeepsEarlierMessages()
    {
        RawClient raw;
        QVERIFY(raw.handshake(m_server->port(), "/ws"));
        raw.socket.write(frame(0x1, R"({"type":"auth","token":"secret-token"})") + frame(0x1, "hello")
                         + frame(0x8, closePayload(1000)));
        raw.socket.flush();
        auto f = raw.nextFrame();
        QVERIFY(f);
        QCOMPARE(f->opcode, 0x1);
        QVERIFY2(f->payload.startsWith(R"({"type":"auth_success")"), f->payload.constData());
        f = raw.nextFrame();
        QVERIFY(f);
        QCOMPARE(f->opcode, 0x1);
        QCOMPARE(f->payload, QByteArray("User 123: hello"));
        f = raw.nextFrame();
        QVERIFY(f);
        QCOMPARE(f->opcode, 0x8);
        QCOMPARE(f->closeCode(), 1000);
        QVERIFY(raw.waitDisconnected(5000));
    }

    // The same with a wrong token: the server's 1008 answers the Close, and TCP closes.
    void closeDuringFailingMessageAuth()
    {
        RawClient raw;
        QVERIFY(raw.handshake(m_server->port(), "/ws"));
        raw.socket.write(frame(0x1, R"({"type":"auth","token":"wrong-token"})") + frame(0x1, "hello")
                         + frame(0x8, closePayload(1000)));
        raw.socket.flush();
        const auto f = raw.nextFrame();
        QVERIFY(f);
        QCOMPARE(f->opcode, 0x8);
        QCOMPARE(f->closeCode(), 1008);
        QCOMPARE(f->closeReason(), QByteArray("Invalid token"));
        QVERIFY(raw.waitDisconnected(5000));
    }

    // A message over --max-message-size leaves the stream well framed: the server sends 1009,
    // skips what is still coming of that message, and waits for the client's Close before it
    // closes TCP, as for any close it starts (SPEC §7). Closing at once, with the rest unread,
    // made the kernel reset the connection: a browser saw 1006 instead of 1009.
    void tooBigWaitsForClientClose()
    {
        auto cfg = testConfig();
        cfg.maxMessageSize = 64 * 1024;
        TestServer server(cfg);
        QVERIFY(server.start());
        RawClient raw;
        QVERIFY(raw.handshake(server.port(), "/ws/echo"));
        const QByteArray big = frame(0x1, QByteArray(70 * 1024, 'x'));
        raw.socket.write(big.first(16 * 1024));
        raw.socket.flush();
        const auto f = raw.nextFrameOf(0x8);
        QVERIFY(f);
        QCOMPARE(f->closeCode(), 1009);
        QCOMPARE(f->closeReason(), QByteArray("Message too big"));
        // The rest of the message still arrives, then the client's answer.
        raw.socket.write(big.mid(16 * 1024));
        raw.socket.write(frame(0x8, closePayload(1009)));
        raw.socket.flush();
        QCOMPARE(raw.socket.state(), QAbstractSocket::ConnectedState);
        QVERIFY(raw.waitDisconnected(1000));   // well before the 2 s deadline: the answer was read
        QCOMPARE(raw.socket.error(), QAbstractSocket::RemoteHostClosedError);
        QVERIFY(raw.buffer().isEmpty());
    }

    // A client that never answers the Close is cut off after the deadline.
    void serverCloseDeadline()
    {
        RawClient raw;
        QVERIFY(raw.handshake(m_server->port(), "/ws?token=wrong-token"));
        QVERIFY(raw.nextFrameOf(0x8));
        QElapsedTimer t;
        t.start();
        QVERIFY(raw.waitDisconnected(5000));
        QVERIFY2(t.elapsed() > 1000, "TCP closed without waiting for the client's Close");
    }

    // A QWebSocket client (as browsers do) sees a clean close with the server's code.
    void kickIsClean()
    {
        TestClient c;
        QVERIFY(c.open(m_server->url(u"/ws?token=secret-token"_s)));
        QVERIFY(c.next().startsWith(u"{\"type\":\"welcome\""_s));
        SocketScope::AdminCommand kick;
        kick.type = SocketScope::AdminCommand::Type::KickUser;
        kick.userId = 123;
        QVERIFY(m_server->execute(kick).ok);
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, 1008);
        QCOMPARE(c.closeReason, u"Kicked by admin"_s);
    }

    // Heartbeat pings are real ping frames; the RTT comes from the matching pong.
    void heartbeatRtt()
    {
        auto cfg = testConfig();
        cfg.heartbeatInterval = SocketScope::Milliseconds(100);
        TestServer server(cfg);
        QVERIFY(server.start());
        RawClient raw;
        QVERIFY(raw.handshake(server.port(), "/ws/echo"));
        const auto ping = raw.nextFrameOf(0x9, 3000);
        QVERIFY(ping);
        QCOMPARE(ping->payload.size(), 8);
        raw.socket.write(frame(0xA, ping->payload));
        SocketScope::AdminCommand list;
        list.type = SocketScope::AdminCommand::Type::ListConnections;
        QTRY_VERIFY_WITH_TIMEOUT(!server.execute(list).json.contains("\"rtt_ms\":-1"), 3000);
    }
};

QTEST_GUILESS_MAIN(tst_Wire)
#include "tst_wire.moc"
