// The frame parser and the UTF-8 validator on their own: every split of the input across reads
// must give the same result as one read.

#include "net/frameparser.h"
#include "net/frames.h"
#include "net/utf8validator.h"
#include "net/wirerules.h"

#include <QtTest>

using namespace SocketScope::Wire;
using namespace Qt::StringLiterals;

namespace {

QByteArray masked(int firstByte, const QByteArray &payload, quint32 key = 0x37fa213d)
{
    QByteArray f;
    f.append(char(firstByte));
    const qsizetype n = payload.size();
    if (n < 126) {
        f.append(char(0x80 | n));
    } else if (n < 65536) {
        f.append(char(0x80 | 126)).append(char(n >> 8)).append(char(n & 0xff));
    } else {
        f.append(char(0x80 | 127));
        for (int i = 7; i >= 0; --i)
            f.append(char((quint64(n) >> (8 * i)) & 0xff));
    }
    const uchar k[4] = {uchar(key >> 24), uchar(key >> 16), uchar(key >> 8), uchar(key)};
    f.append(reinterpret_cast<const char *>(k), 4);
    QByteArray body = payload;
    applyMask(body.data(), body.size(), k, 0);
    return f + body;
}

// Records what the parser reports, one line per event.
struct Recorder : FrameParser::Handler
{
    QStringList events;
    void wireMessage(Opcode op, QByteArray &payload) override
    {
        events << (op == Opcode::Text ? u"text "_s : u"binary "_s) + QString::fromLatin1(payload.toHex());
    }
    void wirePing(const QByteArray &p) override { events << u"ping "_s + QString::fromLatin1(p.toHex()); }
    void wirePong(const QByteArray &p) override { events << u"pong "_s + QString::fromLatin1(p.toHex()); }
    void wireClose(int code, const QByteArray &r) override { events << u"close %1 "_s.arg(code) + QString::fromUtf8(r); }
    void wireFailure(int code, const char *reason) override { events << u"fail %1 "_s.arg(code) + QString::fromLatin1(reason); }
};

QStringList parseWhole(const QByteArray &input, quint64 max = 1 << 20)
{
    FrameParser p(max);
    Recorder r;
    p.feed(input.constData(), input.size(), r);
    return r.events;
}

QStringList parseSplit(const QByteArray &input, qsizetype at, quint64 max = 1 << 20)
{
    FrameParser p(max);
    Recorder r;
    const qsizetype used = p.feed(input.constData(), at, r);
    if (used == at && !p.stopped())
        p.feed(input.constData() + at, input.size() - at, r);
    return r.events;
}

QStringList parseBytewise(const QByteArray &input, quint64 max = 1 << 20)
{
    FrameParser p(max);
    Recorder r;
    for (qsizetype i = 0; i < input.size() && !p.stopped(); ++i)
        p.feed(input.constData() + i, 1, r);
    return r.events;
}

} // namespace

class tst_WireParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("ascii") << QByteArray("Hello, world! 0123456789 abcdefghij") << true;
        QTest::newRow("greek kosme") << QByteArray("\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5") << true;
        QTest::newRow("a kappa !") << QByteArray("\x61\xce\xba\x21") << true;
        QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << true;
        QTest::newRow("U+FFFF") << QByteArray("\xef\xbf\xbf") << true;
        QTest::newRow("U+D7FF") << QByteArray("\xed\x9f\xbf") << true;
        QTest::newRow("G clef") << QByteArray("\xf0\x9d\x84\x9e") << true;
        QTest::newRow("ends in lead byte") << QByteArray("\x61\xce") << false;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("overlong slash c0") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("overlong e0") << QByteArray("\xe0\x80\xaf") << false;
        QTest::newRow("overlong f0") << QByteArray("\xf0\x80\x80\xaf") << false;
        QTest::newRow("surrogate D800") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("surrogate DFFF") << QByteArray("\xed\xbf\xbf") << false;
        QTest::newRow("above 10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("f5") << QByteArray("\xf5\x80\x80\x80") << false;
        QTest::newRow("fe") << QByteArray("\xfe") << false;
        QTest::newRow("ff") << QByteArray("\xff") << false;
        QTest::newRow("kosme then invalid") << QByteArray("\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5\xed\xa0\x80\x65\x64\x69\x74\x65\x64") << false;
        QTest::newRow("ascii run then ff") << QByteArray("abcdefghijklmnop\xff") << false;
    }
    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(Utf8Validator::isValid(bytes), valid);
        // Every split into two pieces gives the same answer, and an invalid byte is refused
        // in the piece that holds it.
        for (qsizetype at = 0; at <= bytes.size(); ++at) {
            Utf8Validator v;
            const bool first = v.feed(bytes.first(at));
            const bool second = first && v.feed(bytes.sliced(at));
            QCOMPARE(first && second && v.atBoundary(), valid);
        }
    }

    void failFast()
    {
        // "ce ba" then "e1 bd" then an invalid byte: refused at that byte, whatever follows.
        Utf8Validator v;
        QVERIFY(v.feed(QByteArray("\xce\xba\xe1\xbd")));
        QVERIFY(!v.atBoundary());
        QVERIFY(!v.feed(QByteArray("\x41")));
    }

    void frames_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<quint64>("max");
        const quint64 big = 1 << 20;
        QTest::newRow("text") << masked(0x81, "Hello") << QStringList{u"text 48656c6c6f"_s} << big;
        QTest::newRow("empty text") << masked(0x81, {}) << QStringList{u"text "_s} << big;
        QTest::newRow("binary 126") << masked(0x82, QByteArray(126, 'x')) << QStringList{u"binary "_s + QString::fromLatin1(QByteArray(126, 'x').toHex())} << big;
        QTest::newRow("fragmented with ping")
            << masked(0x01, "\x61\xce") + masked(0x89, "p") + masked(0x80, "\xba\x21")
            << QStringList{u"ping 70"_s, u"text 61ceba21"_s} << big;
        QTest::newRow("unmasked") << QByteArray("\x81\x02hi") << QStringList{u"fail 1002 Client frame not masked"_s} << big;
        QTest::newRow("rsv1") << masked(0xc1, "x") << QStringList{u"fail 1002 Reserved bits set without a negotiated extension"_s} << big;
        QTest::newRow("opcode 3") << masked(0x83, "x") << QStringList{u"fail 1002 Reserved opcode"_s} << big;
        QTest::newRow("opcode 11") << masked(0x8b, "x") << QStringList{u"fail 1002 Reserved opcode"_s} << big;
        QTest::newRow("fragmented ping") << masked(0x09, "x") << QStringList{u"fail 1002 Fragmented control frame"_s} << big;
        QTest::newRow("ping 126") << masked(0x89, QByteArray(126, 'p')) << QStringList{u"fail 1002 Control frame over 125 bytes"_s} << big;
        QTest::newRow("continuation first") << masked(0x80, "x") << QStringList{u"fail 1002 Continuation frame without a message to continue"_s} << big;
        QTest::newRow("text inside text") << masked(0x01, "a") + masked(0x81, "b")
                                          << QStringList{u"fail 1002 New message inside a fragmented message"_s} << big;
        QTest::newRow("invalid utf-8") << masked(0x81, "a\xff" "bcdef") << QStringList{u"fail 1007 Invalid UTF-8 in text message"_s} << big;
        QTest::newRow("utf-8 ends in lead") << masked(0x81, "a\xce") << QStringList{u"fail 1007 Invalid UTF-8 in text message"_s} << big;
        QTest::newRow("too big frame") << masked(0x82, QByteArray(101, 'x')) << QStringList{u"fail 1009 Message too big"_s} << quint64(100);
        QTest::newRow("too big message") << masked(0x02, QByteArray(60, 'x')) + masked(0x80, QByteArray(41, 'x'))
                                         << QStringList{u"fail 1009 Message too big"_s} << quint64(100);
        // After 1009 the rest of the message and later data are skipped; the peer's Close still
        // counts (the closing handshake completes), pings are not answered.
        QTest::newRow("too big, then the rest and a close")
            << masked(0x02, QByteArray(101, 'x')) + masked(0x80, QByteArray(50, 'y')) + masked(0x89, "p")
                   + masked(0x81, "\xff") + masked(0x88, QByteArray("\x03\xe8" "bye"))
            << QStringList{u"fail 1009 Message too big"_s, u"close 1000 bye"_s} << quint64(100);
        QTest::newRow("close empty") << masked(0x88, {}) << QStringList{u"close 1005 "_s} << big;
        QTest::newRow("close 1000 bye") << masked(0x88, QByteArray("\x03\xe8" "bye")) << QStringList{u"close 1000 bye"_s} << big;
        QTest::newRow("close 1 byte") << masked(0x88, QByteArray("\x03")) << QStringList{u"fail 1002 Close frame with a one-byte payload"_s} << big;
        QTest::newRow("close 5000") << masked(0x88, QByteArray("\x13\x88")) << QStringList{u"fail 1002 Invalid close code"_s} << big;
        QTest::newRow("close bad reason") << masked(0x88, QByteArray("\x03\xe8\xff")) << QStringList{u"fail 1002 Invalid UTF-8 in close reason"_s} << big;
        QTest::newRow("nothing after close") << masked(0x88, QByteArray("\x03\xe8")) + masked(0x81, "late")
                                             << QStringList{u"close 1000 "_s} << big;
        QTest::newRow("64-bit length msb") << QByteArray("\x82\xff\x80\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00", 14)
                                           << QStringList{u"fail 1002 Invalid frame length"_s} << big;
    }
    void frames()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, events);
        QFETCH(quint64, max);
        QCOMPARE(parseWhole(input, max), events);
        QCOMPARE(parseBytewise(input, max), events);
        for (qsizetype at = 0; at <= input.size(); ++at)
            QCOMPARE(parseSplit(input, at, max), events);
    }

    // A frame is refused as soon as its payload shows a bad byte, not when it is complete.
    void invalidUtf8BeforeFrameEnd()
    {
        const QByteArray frame = masked(0x81, QByteArray("ok\xff") + QByteArray(1000, 'x'));
        FrameParser p;
        Recorder r;
        const qsizetype used = p.feed(frame.constData(), 8 + 3, r);
        QCOMPARE(r.events, QStringList{u"fail 1007 Invalid UTF-8 in text message"_s});
        QVERIFY(p.stopped());
        QCOMPARE(used, 8 + 3);
    }

    void largeLengths_data()
    {
        QTest::addColumn<int>("length");
        for (int n : {0, 1, 125, 126, 127, 128, 65535, 65536, 65537, 1 << 20})
            QTest::addRow("%d", n) << n;
    }
    void largeLengths()
    {
        QFETCH(int, length);
        QByteArray payload(length, '\0');
        for (int i = 0; i < length; ++i)
            payload[i] = char('a' + i % 26);
        const QByteArray input = masked(0x82, payload) + masked(0x81, payload);
        FrameParser p(1 << 20);
        struct Sizes : FrameParser::Handler
        {
            QList<QByteArray> got;
            void wireMessage(Opcode, QByteArray &b) override { got << b; }
            void wirePing(const QByteArray &) override {}
            void wirePong(const QByteArray &) override {}
            void wireClose(int, const QByteArray &) override {}
            void wireFailure(int, const char *) override { got << "failed"; }
        } h;
        for (qsizetype at = 0; at < input.size(); at += 997)   // Autobahn 1.1.8's chunk size
            p.feed(input.constData() + at, qMin<qsizetype>(997, input.size() - at), h);
        QCOMPARE(h.got.size(), 2);
        QCOMPARE(h.got.at(0), payload);
        QCOMPARE(h.got.at(1), payload);
    }

    void closeCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("valid");
        for (int c : {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999})
            QTest::addRow("%d", c) << c << true;
        for (int c : {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535})
            QTest::addRow("%d", c) << c << false;
    }
    void closeCodes()
    {
        QFETCH(int, code);
        QFETCH(bool, valid);
        QCOMPARE(isValidPeerCloseCode(code), valid);
    }

    void closeFrameReasonCut()
    {
        // 122 bytes and a 2-byte character: cut before the character, not inside it.
        const QByteArray reason = QByteArray(122, 'r') + "\xce\xba";
        const QByteArray f = closeFrame(1000, reason);
        QCOMPARE(f.size(), 2 + 2 + 122);
        QVERIFY(Utf8Validator::isValid(f.sliced(4)));
    }
};

QTEST_GUILESS_MAIN(tst_WireParser)
#include "tst_wireparser.moc"
