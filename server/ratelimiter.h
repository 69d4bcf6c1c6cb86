#pragma once

#include <QHash>
#include <QList>

#include <deque>
#include <functional>

namespace SocketScope {

// Sliding-window log per user: a message is allowed when fewer than `limit` messages were
// allowed in the last `window` ms. Only the newest `limit` timestamps are kept per user.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>;   // monotonic milliseconds

    explicit RateLimiter(Clock clock = {});

    void setLimit(int limit, qint64 windowMs);
    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }
    qint64 now() const { return m_clock(); }

    struct Decision
    {
        bool allowed = true;
        qint64 retryAfterMs = 0;   // when refused: until a slot frees up (>= 1)
        int used = 0;              // after this decision
    };
    Decision tryAcquire(qint64 userId);

    struct UserState
    {
        qint64 userId = 0;
        int used = 0;
        int limit = 0;
        qint64 windowMs = 0;
        qint64 resetInMs = 0;         // until the window holds no messages; 0 when empty
        quint64 rejected = 0;
        qint64 lastRejectionAgoMs = -1; // -1: never
    };
    UserState state(qint64 userId) const;
    QList<UserState> states() const;

    // Drops users whose window is empty and who were never rejected.
    void prune();
    void forget(qint64 userId) { m_users.remove(userId); }

private:
    struct Entry
    {
        std::deque<qint64> stamps;
        quint64 rejected = 0;
        qint64 lastRejection = -1;
    };
    void expire(Entry &e, qint64 now) const;
    UserState describe(qint64 userId, const Entry &e, qint64 now) const;

    Clock m_clock;
    int m_limit = 10;
    qint64 m_windowMs = 60'000;
    QHash<qint64, Entry> m_users;
};

} // namespace SocketScope
