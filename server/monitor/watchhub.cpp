#include "monitor/watchhub.h"

#include "monitor/snapshotjson.h"

#include <algorithm>

namespace SocketScope {

namespace {

constexpr qsizetype MaxPendingEvents = 20'000;

bool sameMembers(const QList<RoomInfo> &a, const QList<RoomInfo> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const RoomInfo &x, const RoomInfo &y) {
        return x.name == y.name && x.members == y.members && x.messages == y.messages;
    });
}

bool sameMembers(const QList<TopicInfo> &a, const QList<TopicInfo> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const TopicInfo &x, const TopicInfo &y) {
        return x.name == y.name && x.subscribers == y.subscribers && x.published == y.published;
    });
}

bool countersMoved(const Counters &a, const Counters &b)
{
    return a.connections != b.connections || a.connectionsAccepted != b.connectionsAccepted
        || a.messagesIn != b.messagesIn || a.messagesOut != b.messagesOut || a.bytesIn != b.bytesIn
        || a.bytesOut != b.bytesOut || a.rateLimited != b.rateLimited || a.authFailures != b.authFailures
        || a.handshakeFailures != b.handshakeFailures || a.refusedCapacity != b.refusedCapacity;
}

} // namespace

void WatchHub::add(quint64 id, int rateHz)
{
    remove(id);
    rateHz = std::clamp(rateHz, MinRateHz, MaxRateHz);
    m_rateOf.insert(id, rateHz);
    m_groups[rateHz].watchers.append(id);
    m_needFull.insert(id);
}

bool WatchHub::remove(quint64 id)
{
    const auto it = m_rateOf.constFind(id);
    if (it == m_rateOf.cend())
        return false;
    const auto g = m_groups.find(it.value());
    g->watchers.removeOne(id);
    if (g->watchers.isEmpty())
        m_groups.erase(g);
    m_rateOf.erase(it);
    m_needFull.remove(id);
    return true;
}

int WatchHub::maxRateHz() const
{
    return m_groups.isEmpty() ? 0 : m_groups.lastKey();
}

void WatchHub::reset()
{
    m_rows.clear();
    m_rooms.clear();
    m_topics.clear();
    m_lastTickMs = -1;
}

namespace {
// The message's "server" part.
void copyServerPart(const ServerSnapshot &from, ServerSnapshot &to)
{
    to.timeMs = from.timeMs;
    to.listening = from.listening;
    to.listenUrl = from.listenUrl;
    to.error = from.error;
    to.rateLimit = from.rateLimit;
    to.rateWindowMs = from.rateWindowMs;
    to.redisUrl = from.redisUrl;
    if (!from.nodes.isEmpty())
        to.nodes = {from.nodes.constFirst()};   // this node: its Redis link
}
} // namespace

QByteArray WatchHub::encodeFull(const ServerSnapshot &tickSnapshot, const QString &node)
{
    ServerSnapshot full;
    copyServerPart(tickSnapshot, full);
    full.connections = m_rows.values();
    full.rooms = m_rooms;
    full.topics = m_topics;
    full.rates = tickSnapshot.rates;
    full.counters = tickSnapshot.counters;
    ++m_encoded;
    return encodeWatchMessage({m_seq, true, node, true, &full});
}

QList<WatchHub::Delivery> WatchHub::tick(const ServerSnapshot &s, qint64 nowMs, const QString &node)
{
    ++m_seq;
    if (m_lastTickMs >= 0)
        m_tickIntervalMs = nowMs - m_lastTickMs;
    m_lastTickMs = nowMs;

    // The mirror.
    if (s.connectionsComplete) {
        m_rows.clear();
        for (const ConnectionInfo &c : s.connections)
            m_rows.insert(c.id, c);
    } else {
        for (const ConnectionInfo &c : s.connections)
            m_rows.insert(c.id, c);
        for (const quint64 id : s.closedConnections)
            m_rows.remove(id);
    }
    const bool groupsChanged = !sameMembers(m_rooms, s.rooms) || !sameMembers(m_topics, s.topics);
    if (groupsChanged) {
        m_rooms = s.rooms;
        m_topics = s.topics;
    }

    QList<Delivery> out;
    if (m_rateOf.isEmpty())
        return out;

    // New watchers, and everyone when the server started over with a complete snapshot: one
    // full message for all of them.
    QSet<quint64> gotFull = s.connectionsComplete ? QSet<quint64>(m_rateOf.keyBegin(), m_rateOf.keyEnd()) : m_needFull;
    m_needFull.clear();
    if (!gotFull.isEmpty()) {
        QList<quint64> ids(gotFull.cbegin(), gotFull.cend());
        std::sort(ids.begin(), ids.end());
        out.append({ids, encodeFull(s, node)});
    }

    // Half a tick of slack, so that a 4 Hz group on a 4 Hz tick never skips one.
    const qint64 slack = m_tickIntervalMs / 2;
    for (auto it = m_groups.begin(); it != m_groups.end(); ++it) {
        Group &g = it.value();
        Pending &p = g.pending;
        if (s.connectionsComplete) {
            p = {};
            g.lastSentMs = nowMs;
            g.lastCounters = s.counters;
            continue;
        }
        for (const ConnectionInfo &c : s.connections)
            p.changed.insert(c.id, c);
        for (const quint64 id : s.closedConnections) {
            p.changed.remove(id);
            p.closed.insert(id);
        }
        p.groupsChanged = p.groupsChanged || groupsChanged;
        for (const ServerEvent &e : s.events) {
            if (p.events.size() < MaxPendingEvents)
                p.events.append(e);
            else
                ++p.eventsDropped;
        }
        p.eventsDropped += s.eventsDropped;

        const qint64 period = 1000 / it.key();
        if (g.lastSentMs >= 0 && nowMs - g.lastSentMs + slack < period)
            continue;
        if (p.isEmpty() && p.eventsDropped == 0 && !countersMoved(g.lastCounters, s.counters))
            continue;   // nothing changed: the tick is skipped (SPEC §8)

        QList<quint64> targets;
        for (const quint64 id : std::as_const(g.watchers)) {
            if (!gotFull.contains(id))
                targets.append(id);
        }
        g.lastSentMs = nowMs;
        g.lastCounters = s.counters;
        if (!targets.isEmpty()) {
            ServerSnapshot delta;
            copyServerPart(s, delta);
            delta.connectionsComplete = false;
            delta.connections = p.changed.values();
            delta.closedConnections = QList<quint64>(p.closed.cbegin(), p.closed.cend());
            std::sort(delta.closedConnections.begin(), delta.closedConnections.end());
            delta.rooms = m_rooms;
            delta.topics = m_topics;
            delta.rates = s.rates;
            delta.counters = s.counters;
            delta.events = std::move(p.events);
            delta.eventsDropped = p.eventsDropped;
            ++m_encoded;
            out.append({targets, encodeWatchMessage({m_seq, false, node, p.groupsChanged, &delta})});
        }
        p = {};
    }
    return out;
}

} // namespace SocketScope
