#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>

namespace SocketScope {

// Measures how late the GUI event loop runs a timer: a precise timer fires every `intervalMs`
// and each tick records how much later than planned it arrived. A blocked event loop (a long
// paint, a model reset, a slow slot) shows up as lateness. Cheap: one timer, no allocation per
// tick beyond the sample lists.
class LagProbe : public QObject
{
    Q_OBJECT
public:
    struct Stats
    {
        int samples = 0;
        double p50 = 0;    // ms
        double p99 = 0;
        double max = 0;
    };

    explicit LagProbe(QObject *parent = nullptr, int intervalMs = 50, int windowSecs = 60);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    int intervalMs() const { return m_timer.interval(); }
    int windowSecs() const { return m_windowSecs; }

    // Over the last windowSecs() seconds.
    Stats recent() const;
    // Since start().
    Stats total() const;

    // "gui-lag p50=0.4 p99=2.1 max=9.8 ms (…)": the line SOCKETSCOPE_LAG_REPORT prints.
    static QString reportLine(const Stats &recent, const Stats &total, int windowSecs);

    static Stats statsOf(QList<float> samples);

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    int m_windowSecs;
    std::deque<std::pair<qint64, float>> m_recent;   // (ms since start, lateness ms)
    QList<float> m_all;                              // capped, see tick()
};

} // namespace SocketScope
