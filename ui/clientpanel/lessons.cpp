#include "lessons.h"

#include "clienttab.h"
#include "xrayframemodel.h"
#include "xrayview.h"

#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

// Selects the last frame with this opcode and direction, so that its bytes are shown.
void selectFrame(ClientTab *tab, quint8 opcode, Xray::Direction direction)
{
    XrayFrameModel *model = tab->xrayView()->model();
    for (int r = model->rowCount() - 1; r >= 0; --r) {
        if (model->row(r).frame.opcode == opcode && model->row(r).direction == direction) {
            tab->xrayView()->frameView()->setCurrentIndex(model->index(r, 0));
            tab->xrayView()->frameView()->scrollTo(model->index(r, 0));
            return;
        }
    }
}

} // namespace

QList<Lesson> allLessons()
{
    return {Lesson::Handshake, Lesson::Fragments, Lesson::AuthFailure, Lesson::RateLimit, Lesson::CloseHandshake};
}

QString lessonTitle(Lesson lesson)
{
    switch (lesson) {
    case Lesson::Handshake: return LessonRunner::tr("1. The opening handshake");
    case Lesson::Fragments: return LessonRunner::tr("2. Echo: masking and fragmentation");
    case Lesson::AuthFailure: return LessonRunner::tr("3. A bad token: 101, then 1008");
    case Lesson::RateLimit: return LessonRunner::tr("4. The rate limit");
    case Lesson::CloseHandshake: return LessonRunner::tr("5. Ping, pong and the close handshake");
    }
    return {};
}

LessonRunner::LessonRunner(ClientTab *tab, Lesson lesson)
    : QObject(tab), m_tab(tab), m_lesson(lesson)
{
    tab->setXray(true);
    tab->setFragments(1);
    tab->setAutoReconnect(false);
    tab->views()->setCurrentWidget(tab->xrayView());
    using D = Xray::Direction;
    switch (lesson) {
    case Lesson::Handshake:
        tab->setEndpoint(EndpointKind::Echo);
        tab->setAuth(ClientAuth::None);
        m_steps = {
            {[] {}, tr("Look at the request: an ordinary HTTP GET with “Upgrade: websocket”, “Connection: Upgrade” and a "
                       "random Sec-WebSocket-Key. The server answers 101 Switching Protocols; from then on the TCP "
                       "connection carries frames, not HTTP.")},
            {[] {}, tr("Now the lines under the response: Sec-WebSocket-Accept is base64(SHA-1(key + a fixed GUID)). "
                       "The client checks it (✓) to know the server really read its request.")},
        };
        break;
    case Lesson::Fragments:
        tab->setEndpoint(EndpointKind::Echo);
        tab->setAuth(ClientAuth::None);
        m_steps = {
            {[tab] {
                 tab->setMessageText(u"hello"_s);
                 tab->send();
             },
             tr("One text frame each way. The client's frame has MASK=1 and a fresh 4-byte key; the server's "
                "is never masked. Select a frame to see its bits.")},
            {[tab] {
                 tab->setFragments(3);
                 tab->setMessageText(u"hello world"_s);
                 tab->send();
                 tab->setFragments(1);
                 selectFrame(tab, Xray::Op::Continuation, D::ClientToServer);
             },
             tr("The same kind of message in three frames: text with FIN=0, cont with FIN=0, cont with FIN=1. "
                "The server reassembles them and answers with one frame: fragmentation is invisible to the "
                "application."), 800},
        };
        break;
    case Lesson::AuthFailure:
        tab->setEndpoint(EndpointKind::Chat);
        tab->setAuth(ClientAuth::Query);
        tab->setCredential(u"not-a-token"_s);
        m_afterClose = true;
        m_steps = {
            {[tab] { selectFrame(tab, Xray::Op::Close, D::ServerToClient); },
             tr("The handshake succeeded (101) although the token is wrong: the server checks it after the upgrade "
                "and closes with 1008 and a reason. Its first two payload bytes (03 f0) are the code 1008; the "
                "client answers with a Close of its own.")},
        };
        break;
    case Lesson::RateLimit:
        tab->setEndpoint(EndpointKind::Chat);
        tab->setAuth(ClientAuth::Query);
        tab->setCredential(u"secret-token"_s);
        m_steps = {
            {[tab] {
                 for (int i = 1; i <= 11; ++i) {
                     tab->setMessageText(u"message %1"_s.arg(i));
                     tab->send();
                 }
             },
             tr("Eleven messages at once: the user's budget is 10 per minute (a sliding window), so at least the "
                "last is answered with {\"error\":\"Rate limit exceeded…\",\"retry_after_ms\":…} instead of "
                "“User 123: …”. The connection stays open: the limit drops messages, it does not close.")},
        };
        break;
    case Lesson::CloseHandshake:
        tab->setEndpoint(EndpointKind::Echo);
        tab->setAuth(ClientAuth::None);
        m_steps = {
            {[tab] {
                 tab->sendPing("are you there?");
             },
             tr("A ping is a control frame (opcode 0x9, at most 125 bytes, never fragmented); the peer answers "
                "with a pong carrying the same payload. Servers use them as a heartbeat.")},
            {[tab] {
                 tab->closeWith(4000, u"lesson over"_s);
             },
             tr("The close handshake: our Close carries code 4000 and a reason; the server answers with a Close "
                "of the same code, then closes TCP. Both sides sent a Close: a clean close."), 800},
        };
        break;
    }
    connect(tab, &ClientTab::stateChanged, this, &LessonRunner::onTabState);
    connect(tab->xrayView(), &XrayView::lessonNextClicked, this, &LessonRunner::runNext);
    note(tr("Lesson: %1 — connecting…").arg(lessonTitle(lesson)));
    tab->connectToServer();
}

void LessonRunner::note(const QString &text)
{
    if (m_tab)
        m_tab->xrayView()->setLessonNote(text);
}

void LessonRunner::onTabState()
{
    if (m_started || !m_tab)
        return;
    const bool ready = m_afterClose ? m_tab->socketState() == QAbstractSocket::UnconnectedState && m_tab->xrayView()->model()->rowCount() > 0
                                    : m_tab->isOpen();
    if (!ready)
        return;
    m_started = true;
    QTimer::singleShot(m_steps.isEmpty() ? 0 : m_steps.constFirst().afterMs, this, &LessonRunner::runNext);
}

void LessonRunner::runNext()
{
    if (!m_tab || m_done || !m_started)
        return;
    const Step step = m_steps.takeFirst();
    step.act();
    // The frames the step caused arrive a moment later; then the note and the selection fit.
    QTimer::singleShot(step.afterMs, this, [this, text = step.note] {
        if (!m_tab)
            return;
        note(text);
        m_tab->xrayView()->setLessonNextVisible(!m_steps.isEmpty());
        if (m_steps.isEmpty()) {
            m_done = true;
            Q_EMIT done();
        }
    });
}

} // namespace SocketScope
