// The client panel's X-ray (issue 15), offscreen, against a real server thread on 127.0.0.1
// port 0: a known conversation (a message in three fragments, a ping with a payload, a close
// with a reason) compared frame by frame in the frame model; the handshake pane with the
// Sec-WebSocket-Accept check; redaction; custom headers, query and subprotocols; JWT decoding.

#include "clientpanel/clientpanel.h"
#include "clientpanel/clienttab.h"
#include "clientpanel/lessons.h"
#include "clientpanel/messagelog.h"
#include "clientpanel/requestdialogs.h"
#include "clientpanel/xrayframemodel.h"
#include "clientpanel/xrayview.h"

#include "support/testserver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using TestSupport::TestServer;

namespace {

// A row as "dir|FIN|RSV|op|MASK|len|payload|close": everything but the time and the random key.
QString rowLine(const XrayFrameModel *m, int row)
{
    QStringList cells;
    for (int c : {XrayFrameModel::DirectionColumn, XrayFrameModel::FinColumn, XrayFrameModel::RsvColumn,
                  XrayFrameModel::OpcodeColumn, XrayFrameModel::MaskColumn, XrayFrameModel::LengthColumn,
                  XrayFrameModel::PayloadColumn, XrayFrameModel::CloseColumn})
        cells << m->index(row, c).data().toString();
    return cells.join(u'|');
}

QStringList rowLines(const XrayFrameModel *m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << rowLine(m, r);
    return out;
}

bool receivedText(const ClientTab *tab, const QString &contains)
{
    const QList<LogEntry> &entries = tab->log()->entries();
    return std::any_of(entries.cbegin(), entries.cend(), [&](const LogEntry &e) {
        return e.direction == LogEntry::Direction::In && e.kind == LogEntry::Kind::Text && e.text.contains(contains);
    });
}

} // namespace

class TestXrayPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void conversationFrameByFrame()
    {
        ClientTab tab(&m_server->host(), nullptr);
        QAbstractItemModelTester tester(tab.xrayView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setUrlText(m_server->url(u"/ws/echo"_s).toString());
        tab.setAuth(ClientAuth::None);
        tab.setXray(true);
        tab.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(tab.isOpen(), 5000);
        const XrayFrameModel *model = tab.xrayView()->model();

        const QString handshake = tab.xrayView()->handshakeText();
        QVERIFY2(handshake.contains(u">> GET /ws/echo HTTP/1.1"_s), qPrintable(handshake));
        QVERIFY(handshake.contains(u"<< HTTP/1.1 101 Switching Protocols"_s));
        QVERIFY(handshake.contains(u"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"_s));
        QVERIFY2(handshake.contains(u"✓"_s), qPrintable(handshake));
        QVERIFY(!handshake.contains(u"✗"_s));

        tab.setFragments(3);
        tab.setMessageText(u"hello world"_s);
        QVERIFY(tab.send());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 5000);
        tab.sendPing("abc");
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 5000);
        tab.closeWith(4000, u"bye"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab.socketState(), QAbstractSocket::UnconnectedState, 5000);

        const QStringList expected{
            u">>|0|000|text|1|4|hell|"_s,
            u">>|0|000|cont|1|4|o wo|"_s,
            u">>|1|000|cont|1|3|rld|"_s,
            u"<<|1|000|text|0|29|Message text was: hello world|"_s,
            u">>|1|000|ping|1|3|abc|"_s,
            u"<<|1|000|pong|0|3|abc|"_s,
            u">>|1|000|close|1|5|bye|4000 Private use"_s,
            u"<<|1|000|close|0|20|Close acknowledged|4000 Private use"_s,
        };
        QCOMPARE(rowLines(model), expected);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString key = model->index(r, XrayFrameModel::KeyColumn).data().toString();
            const bool sent = model->row(r).direction == Xray::Direction::ClientToServer;
            QVERIFY2(sent ? key.size() == 8 : key.isEmpty(), qPrintable(key));
        }
        // The message log sees one message, not three frames.
        QVERIFY(receivedText(&tab, u"Message text was: hello world"_s));

        // The byte view of the first fragment labels FIN, opcode, MASK and the key.
        tab.xrayView()->frameView()->setCurrentIndex(model->index(0, 0));
        const QString bytes = tab.xrayView()->byteViewText();
        QVERIFY2(bytes.contains(u"0 0 0 0 0001"_s), qPrintable(bytes));   // FIN=0, RSV 000, opcode 1
        QVERIFY(bytes.contains(u"FIN=0 RSV1=0 RSV2=0 RSV3=0 opcode=0x1 (text)"_s));
        QVERIFY(bytes.contains(u"MASK=1 payload length=4"_s));
        QVERIFY(bytes.contains(u"masking key"_s));
        QVERIFY(bytes.contains(u"68 65 6c 6c"_s));   // "hell" unmasked
        // The server's Close: its code's bytes explained.
        tab.xrayView()->frameView()->setCurrentIndex(model->index(7, 0));
        QVERIFY2(tab.xrayView()->byteViewText().contains(u"close code (16 bit, big-endian) = 4000"_s),
                 qPrintable(tab.xrayView()->byteViewText()));
    }

    void badTokenExplains101Then1008()
    {
        ClientTab tab(&m_server->host(), nullptr);
        tab.setUrlText(m_server->url(u"/ws"_s).toString());
        tab.setAuth(ClientAuth::Query);
        tab.setCredential(u"not-a-valid-token"_s);
        tab.setXray(true);
        tab.connectToServer();
        QTRY_COMPARE_WITH_TIMEOUT(tab.socketState(), QAbstractSocket::UnconnectedState, 5000);
        const XrayFrameModel *model = tab.xrayView()->model();
        QVERIFY(model->rowCount() >= 2);
        QCOMPARE(rowLine(model, 0), u"<<|1|000|close|0|15|Invalid token|1008 Policy violation"_s);
        QCOMPARE(rowLine(model, 1), u">>|1|000|close|1|2||1008 Policy violation"_s);
        QVERIFY(!tab.xrayView()->hintText().isEmpty());

        QString handshake = tab.xrayView()->handshakeText();
        QVERIFY(handshake.contains(u"<< HTTP/1.1 101"_s));
        QVERIFY2(!handshake.contains(u"not-a-valid-token"_s), qPrintable(handshake));
        QVERIFY(handshake.contains(u"token=not-"_s));
        tab.xrayView()->setRevealSecrets(true);
        QVERIFY(tab.xrayView()->handshakeText().contains(u"token=not-a-valid-token"_s));
    }

    void firstMessageTokenRedactedInFrames()
    {
        ClientTab tab(&m_server->host(), nullptr);
        tab.setUrlText(m_server->url(u"/ws"_s).toString());
        tab.setAuth(ClientAuth::Message);
        tab.setCredential(u"secret-token"_s);
        tab.setXray(true);
        tab.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(receivedText(&tab, u"\"type\":\"auth_success\""_s), 5000);
        const XrayFrameModel *model = tab.xrayView()->model();
        const QString first = rowLine(model, 0);
        QVERIFY2(first.startsWith(u">>|1|000|text|1|"_s), qPrintable(first));
        QVERIFY2(!first.contains(u"secret-token"_s), qPrintable(first));
        QVERIFY(first.contains(u"\"type\":\"auth\""_s));
        tab.xrayView()->setRevealSecrets(true);
        QVERIFY(rowLine(model, 0).contains(u"secret-token"_s));
        tab.closeWith(1000, QString());
        QTRY_COMPARE_WITH_TIMEOUT(tab.socketState(), QAbstractSocket::UnconnectedState, 5000);
    }

    void customHeadersQueryAndSubprotocols()
    {
        HeaderList headers;
        QVERIFY(parseHeaderLines(u"X-Trace-Id: 42\n\nOrigin: http://localhost:3000"_s, &headers).isEmpty());
        QCOMPARE(headers.size(), 2);
        QVERIFY(!parseHeaderLines(u"Host: evil"_s, &headers).isEmpty());
        QVERIFY(!parseHeaderLines(u"no colon here"_s, &headers).isEmpty());
        QList<std::pair<QString, QString>> query;
        QVERIFY(parseQueryLines(u"lang=en\nflag"_s, &query).isEmpty());
        QCOMPARE(query.size(), 2);
        QStringList protocols;
        QVERIFY(parseSubprotocols(u"chat, superchat chat"_s, &protocols).isEmpty());
        QCOMPARE(protocols, (QStringList{u"chat"_s, u"superchat"_s}));
        QVERIFY(!parseSubprotocols(u"ch@t"_s, &protocols).isEmpty());

        ClientTab tab(&m_server->host(), nullptr);
        tab.setUrlText(m_server->url(u"/ws"_s).toString());
        tab.setAuth(ClientAuth::Header);
        tab.setCredential(u"secret-token"_s);
        tab.setExtraHeaders({{"X-Trace-Id", "42"}});
        tab.setQueryItems({{u"lang"_s, u"en"_s}});
        tab.setSubprotocols({u"chat"_s});
        tab.setXray(true);
        tab.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(receivedText(&tab, u"\"type\":\"welcome\""_s), 5000);
        const QString handshake = tab.xrayView()->handshakeText();
        QVERIFY2(handshake.contains(u">> GET /ws?lang=en HTTP/1.1"_s), qPrintable(handshake));
        QVERIFY(handshake.contains(u">> X-Trace-Id: 42"_s));
        QVERIFY(handshake.contains(u">> Sec-WebSocket-Protocol: chat"_s));
        QVERIFY(handshake.contains(u">> Authorization: Bearer secr…"_s));
        QVERIFY(!handshake.contains(u"secret-token"_s));
        QVERIFY(receivedText(&tab, u"\"auth_method\":\"header\""_s));
        // "Copy as code" carries them too (browsers: the query and subprotocols only).
        const QString js = tab.codeSnippet(ClientTab::CodeKind::JavaScript);
        QVERIFY2(js.contains(u"/ws?lang=en\", [\"chat\"]);"_s), qPrintable(js));
        QVERIFY(js.contains(u"custom headers are left out"_s));
        const QString py = tab.codeSnippet(ClientTab::CodeKind::Python);
        QVERIFY2(py.contains(u"\"X-Trace-Id\": \"42\""_s) && py.contains(u"subprotocols=[\"chat\"]"_s), qPrintable(py));
        QVERIFY(tab.codeSnippet(ClientTab::CodeKind::Wscat).contains(u" -H 'X-Trace-Id: 42' -s 'chat'"_s));
        tab.closeWith(1000, QString());
        QTRY_COMPARE_WITH_TIMEOUT(tab.socketState(), QAbstractSocket::UnconnectedState, 5000);
    }

    void withoutXrayTheModelStaysEmpty()
    {
        ClientTab tab(&m_server->host(), nullptr);
        tab.setUrlText(m_server->url(u"/ws/echo"_s).toString());
        tab.setAuth(ClientAuth::None);
        tab.setSubprotocols({u"chat"_s});
        tab.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(tab.isOpen(), 5000);
        tab.setMessageText(u"plain"_s);
        QVERIFY(tab.send());
        QTRY_VERIFY_WITH_TIMEOUT(receivedText(&tab, u"Message text was: plain"_s), 5000);
        QCOMPARE(tab.xrayView()->model()->rowCount(), 0);
        QVERIFY(!tab.xrayView()->hintText().isEmpty());
        tab.closeWith(1000, QString());
        QTRY_COMPARE_WITH_TIMEOUT(tab.socketState(), QAbstractSocket::UnconnectedState, 5000);
    }

    void jwtDecoded()
    {
        const QString token = m_server->host().issueJwt(1, u"alice"_s, u"admin"_s, 3600);
        QVERIFY(!token.isEmpty());
        const JwtParts parts = decodeJwt(token);
        QVERIFY2(parts.error.isEmpty(), qPrintable(parts.error));
        QCOMPARE(parts.algorithm, u"HS256"_s);
        QVERIFY(parts.claimsJson.contains(u"\"name\": \"alice\""_s));
        QVERIFY(parts.claimsJson.contains(u"\"role\": \"admin\""_s));
        QVERIFY(parts.expiresAt.has_value());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(*parts.expiresAt - (now + 3600)) < 60);
        QVERIFY(jwtExpiryText(parts, now).startsWith(u"expires "_s));
        QVERIFY(jwtExpiryText(parts, now + 7200).startsWith(u"EXPIRED "_s));
        QVERIFY(!decodeJwt(u"secret-token"_s).error.isEmpty());
        QVERIFY(!decodeJwt(u"a.b!.c"_s).error.isEmpty());
    }

    void lessons_data()
    {
        QTest::addColumn<int>("lesson");
        for (Lesson l : allLessons())
            QTest::newRow(qPrintable(lessonTitle(l))) << int(l);
    }

    void lessons()
    {
        QFETCH(int, lesson);
        ClientPanel panel(&m_server->host());
        ClientTab *tab = panel.startLesson(Lesson(lesson));
        auto *runner = tab->findChild<LessonRunner *>();
        QVERIFY(runner);
        QVERIFY(tab->xray());
        auto *next = tab->xrayView()->findChild<QPushButton *>(u"lessonNext"_s);
        QVERIFY(next);
        while (!runner->isDone()) {
            QTRY_VERIFY_WITH_TIMEOUT(runner->isDone() || !next->isHidden(), 5000);
            if (!runner->isDone())
                next->click();
        }
        QVERIFY(!tab->xrayView()->lessonNote().isEmpty());
        const XrayFrameModel *model = tab->xrayView()->model();
        QStringList rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows << rowLine(model, r);
        const QString all = rows.join(u'\n');
        switch (Lesson(lesson)) {
        case Lesson::Handshake:
            QVERIFY(tab->xrayView()->handshakeText().contains(u"✓"_s));
            break;
        case Lesson::Fragments:
            QVERIFY2(all.contains(u">>|1|000|cont|1|3|rld|"_s), qPrintable(all));
            QCOMPARE(tab->xrayView()->frameView()->currentIndex().row() >= 0, true);
            break;
        case Lesson::AuthFailure: {
            const int selected = tab->xrayView()->frameView()->currentIndex().row();
            QCOMPARE(rowLine(model, selected), u"<<|1|000|close|0|15|Invalid token|1008 Policy violation"_s);
            QVERIFY(tab->xrayView()->byteViewText().contains(u"03 f0"_s));
            break;
        }
        case Lesson::RateLimit:
            QTRY_VERIFY_WITH_TIMEOUT(receivedText(tab, u"Rate limit exceeded"_s), 5000);
            QVERIFY(tab->isOpen());
            break;
        case Lesson::CloseHandshake:
            QTRY_COMPARE_WITH_TIMEOUT(tab->socketState(), QAbstractSocket::UnconnectedState, 5000);
            QVERIFY2(all.contains(u">>|1|000|ping|1|14|are you there?|"_s), qPrintable(all));
            QVERIFY(all.contains(u"<<|1|000|pong|0|14|are you there?|"_s));
            QVERIFY(all.contains(u">>|1|000|close|1|13|lesson over|4000 Private use"_s));
            QVERIFY(all.contains(u"<<|1|000|close|0|20|Close acknowledged|4000 Private use"_s));
            break;
        }
    }

    void frameModelIsCapped()
    {
        XrayFrameModel model(nullptr, 10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 25; ++i) {
            XrayFrameRow row;
            row.timeMs = i;
            row.frame.payload = QByteArray::number(i);
            row.textual = true;
            model.append(row);
        }
        QVERIFY(model.rowCount() <= 10);
        QCOMPARE(model.dropped() + model.rowCount(), 25);
        QCOMPARE(model.index(model.rowCount() - 1, XrayFrameModel::PayloadColumn).data().toString(), u"24"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_MAIN(TestXrayPanel)
#include "tst_xraypanel.moc"
