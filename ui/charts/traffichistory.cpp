#include "traffichistory.h"

#include <QDateTime>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SocketScope {

TrafficHistory::TrafficHistory(int capacity, qint64 intervalMs)
    : m_capacity(std::max(1, capacity))
    , m_intervalMs(std::max<qint64>(1, intervalMs))
{
}

bool TrafficHistory::add(qint64 timeMs, const Counters &c)
{
    TrafficSample s;
    s.timeMs = timeMs;
    s.connections = c.connections;
    const bool restarted = m_haveBase
        && (c.messagesIn < m_base.messagesIn || c.messagesOut < m_base.messagesOut
            || c.bytesIn < m_base.bytesIn || c.bytesOut < m_base.bytesOut
            || c.rateLimited < m_base.rateLimited);
    if (m_haveBase && !restarted) {
        const qint64 dtMs = timeMs - m_baseTimeMs;
        if (dtMs < m_intervalMs)
            return false;
        const double dt = double(dtMs) / 1000.0;
        s.messagesInPerSec = double(c.messagesIn - m_base.messagesIn) / dt;
        s.messagesOutPerSec = double(c.messagesOut - m_base.messagesOut) / dt;
        s.bytesInPerSec = double(c.bytesIn - m_base.bytesIn) / dt;
        s.bytesOutPerSec = double(c.bytesOut - m_base.bytesOut) / dt;
        s.rejectionsPerSec = double(c.rateLimited - m_base.rateLimited) / dt;
    }
    m_haveBase = true;
    m_baseTimeMs = timeMs;
    m_base = c;
    m_samples.append(s);
    if (m_samples.size() > m_capacity)
        m_samples.remove(0, m_samples.size() - m_capacity);
    return true;
}

void TrafficHistory::clear()
{
    m_samples.clear();
    m_haveBase = false;
}

QList<TrafficSample> TrafficHistory::since(qint64 fromMs) const
{
    const auto first = std::lower_bound(m_samples.cbegin(), m_samples.cend(), fromMs,
                                        [](const TrafficSample &s, qint64 t) { return s.timeMs < t; });
    return QList<TrafficSample>(first, m_samples.cend());
}

void TrafficHistory::writeCsv(QIODevice *out, const QList<TrafficSample> &samples)
{
    out->write("time,connections,messages_in_per_s,messages_out_per_s,bytes_in_per_s,bytes_out_per_s,"
               "rate_limit_rejections_per_s\r\n");
    for (const TrafficSample &s : samples) {
        const QString line = u"%1,%2,%3,%4,%5,%6,%7\r\n"_s
                                 .arg(QDateTime::fromMSecsSinceEpoch(s.timeMs, Qt::UTC).toString(Qt::ISODateWithMs))
                                 .arg(s.connections)
                                 .arg(s.messagesInPerSec, 0, 'f', 2)
                                 .arg(s.messagesOutPerSec, 0, 'f', 2)
                                 .arg(s.bytesInPerSec, 0, 'f', 2)
                                 .arg(s.bytesOutPerSec, 0, 'f', 2)
                                 .arg(s.rejectionsPerSec, 0, 'f', 2);
        out->write(line.toUtf8());
    }
}

} // namespace SocketScope
