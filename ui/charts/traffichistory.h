#pragma once

#include "monitor/snapshot.h"

#include <QList>

class QIODevice;

namespace SocketScope {

struct TrafficSample
{
    qint64 timeMs = 0;
    int connections = 0;
    double messagesInPerSec = 0;
    double messagesOutPerSec = 0;
    double bytesInPerSec = 0;
    double bytesOutPerSec = 0;
    double rejectionsPerSec = 0;
};

// Rates from successive Counters (rate = delta / dt), one sample per `intervalMs` at most,
// kept in a bounded history (default: one hour of one-second samples).
class TrafficHistory
{
public:
    explicit TrafficHistory(int capacity = 3600, qint64 intervalMs = 1000);

    // Returns true when a sample was appended. Counters that went down (server restarted) start
    // a new baseline instead of producing negative rates.
    bool add(qint64 timeMs, const Counters &counters);
    void clear();

    int size() const { return int(m_samples.size()); }
    bool isEmpty() const { return m_samples.isEmpty(); }
    const TrafficSample &latest() const { return m_samples.constLast(); }
    const QList<TrafficSample> &samples() const { return m_samples; }
    // Samples with timeMs >= fromMs, oldest first.
    QList<TrafficSample> since(qint64 fromMs) const;

    static void writeCsv(QIODevice *out, const QList<TrafficSample> &samples);

private:
    int m_capacity;
    qint64 m_intervalMs;
    bool m_haveBase = false;
    qint64 m_baseTimeMs = 0;
    Counters m_base;
    QList<TrafficSample> m_samples;
};

} // namespace SocketScope
