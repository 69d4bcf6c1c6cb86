#include "lagprobe.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
// 20 samples/s for ~28 h; beyond that the run-wide figures keep the first part only.
constexpr qsizetype MaxAllSamples = 2'000'000;

double percentile(const QList<float> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p * double(sorted.size()))) - 1;
    return sorted.at(std::clamp<qsizetype>(rank, 0, sorted.size() - 1));
}
} // namespace

LagProbe::LagProbe(QObject *parent, int intervalMs, int windowSecs)
    : QObject(parent)
    , m_windowSecs(windowSecs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LagProbe::tick);
}

void LagProbe::start()
{
    m_recent.clear();
    m_all.clear();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void LagProbe::stop()
{
    m_timer.stop();
}

void LagProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double elapsedMs = double(now - m_lastNs) / 1e6;
    m_lastNs = now;
    const auto late = float(std::max(0.0, elapsedMs - double(m_timer.interval())));
    const qint64 nowMs = now / 1'000'000;
    m_recent.emplace_back(nowMs, late);
    const qint64 cutoff = nowMs - qint64(m_windowSecs) * 1000;
    while (!m_recent.empty() && m_recent.front().first < cutoff)
        m_recent.pop_front();
    if (m_all.size() < MaxAllSamples)
        m_all.append(late);
}

LagProbe::Stats LagProbe::statsOf(QList<float> samples)
{
    Stats s;
    s.samples = int(samples.size());
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    s.p50 = percentile(samples, 0.50);
    s.p99 = percentile(samples, 0.99);
    s.max = samples.constLast();
    return s;
}

LagProbe::Stats LagProbe::recent() const
{
    QList<float> values;
    values.reserve(qsizetype(m_recent.size()));
    for (const auto &[t, late] : m_recent)
        values.append(late);
    return statsOf(std::move(values));
}

LagProbe::Stats LagProbe::total() const
{
    return statsOf(m_all);
}

QString LagProbe::reportLine(const Stats &recent, const Stats &total, int windowSecs)
{
    // Machine-readable on purpose (benchmarks parse it): not translated.
    return u"gui-lag p50=%1 p99=%2 max=%3 ms (last %4 s, %5 samples; whole run: p50=%6 p99=%7 max=%8 ms, %9 samples)"_s
        .arg(recent.p50, 0, 'f', 1)
        .arg(recent.p99, 0, 'f', 1)
        .arg(recent.max, 0, 'f', 1)
        .arg(windowSecs)
        .arg(recent.samples)
        .arg(total.p50, 0, 'f', 1)
        .arg(total.p99, 0, 'f', 1)
        .arg(total.max, 0, 'f', 1)
        .arg(total.samples);
}

} // namespace SocketScope
