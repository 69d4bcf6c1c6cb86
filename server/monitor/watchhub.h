#pragma once

// The /ws/admin watchers of SPEC §8. The server's snapshot tick hands each ServerSnapshot
// (complete or delta) to tick(); the hub keeps a mirror of the rows so that a new watcher gets a
// full snapshot without disturbing the server's delta bookkeeping, and groups watchers by rate so
// that one message is encoded per group and tick, not per watcher.

#include "monitor/snapshot.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

namespace SocketScope {

class WatchHub
{
public:
    static constexpr int MinRateHz = 1;
    static constexpr int MaxRateHz = 10;
    static constexpr int DefaultRateHz = 4;

    struct Delivery
    {
        QList<quint64> watchers;   // connection ids
        QByteArray json;
    };

    // Starts (or restarts, with a new full snapshot) the watch of connection `id`.
    void add(quint64 id, int rateHz);
    bool remove(quint64 id);
    bool contains(quint64 id) const { return m_rateOf.contains(id); }
    // Its first (full) snapshot has not gone out yet.
    bool awaitingFull(quint64 id) const { return m_needFull.contains(id); }
    bool hasWatchers() const { return !m_rateOf.isEmpty(); }
    int watcherCount() const { return int(m_rateOf.size()); }
    int maxRateHz() const;
    // Snapshots stopped (no consumer left): the mirror is stale.
    void reset();

    // One server tick: what to send to whom. `nowMs` is a monotonic clock.
    QList<Delivery> tick(const ServerSnapshot &snapshot, qint64 nowMs, const QString &node);

    quint64 messagesEncoded() const { return m_encoded; }

private:
    struct Pending
    {
        QMap<quint64, ConnectionInfo> changed;
        QSet<quint64> closed;
        bool groupsChanged = false;
        QList<ServerEvent> events;
        quint64 eventsDropped = 0;
        bool isEmpty() const { return changed.isEmpty() && closed.isEmpty() && !groupsChanged && events.isEmpty(); }
    };
    struct Group
    {
        QList<quint64> watchers;
        qint64 lastSentMs = -1;
        Pending pending;
        Counters lastCounters;
    };

    QByteArray encodeFull(const ServerSnapshot &tickSnapshot, const QString &node);

    QMap<int, Group> m_groups;        // by rate in Hz
    QHash<quint64, int> m_rateOf;
    QSet<quint64> m_needFull;
    QMap<quint64, ConnectionInfo> m_rows;   // the mirror
    QList<RoomInfo> m_rooms;
    QList<TopicInfo> m_topics;
    qint64 m_lastTickMs = -1;
    qint64 m_tickIntervalMs = 0;
    quint64 m_seq = 0;
    quint64 m_encoded = 0;
};

} // namespace SocketScope
