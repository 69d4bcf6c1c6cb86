#pragma once

// Lesson mode (issue 15): a few scripted scenarios that drive an X-ray client tab against the
// app's own server and say, step by step, what to look at (the note above the frame table; the
// frame concerned is selected so that its bytes are shown).

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace SocketScope {

class ClientTab;

enum class Lesson : quint8 { Handshake, Fragments, AuthFailure, RateLimit, CloseHandshake };

QList<Lesson> allLessons();
QString lessonTitle(Lesson lesson);

class LessonRunner : public QObject
{
    Q_OBJECT
public:
    // Configures `tab` for the lesson and connects; the runner is the tab's child.
    LessonRunner(ClientTab *tab, Lesson lesson);
    Lesson lesson() const { return m_lesson; }
    bool isDone() const { return m_done; }
    // The next scripted step (the note's "Next step" button); the first runs by itself.
    void runNext();

Q_SIGNALS:
    void done();

private:
    struct Step
    {
        std::function<void()> act;
        QString note;        // shown once the step ran
        int afterMs = 400;   // pause before the step
    };
    void onTabState();
    void note(const QString &text);

    QPointer<ClientTab> m_tab;
    Lesson m_lesson;
    QList<Step> m_steps;
    bool m_started = false;
    bool m_done = false;
    bool m_afterClose = false;   // the steps start when the connection has ended (auth failure)
};

} // namespace SocketScope
