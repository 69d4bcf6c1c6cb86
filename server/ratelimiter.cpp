#include "ratelimiter.h"

#include <QElapsedTimer>

namespace SocketScope {

RateLimiter::RateLimiter(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [timer = [] { QElapsedTimer t; t.start(); return t; }()] { return timer.elapsed(); };
    }
}

void RateLimiter::setLimit(int limit, qint64 windowMs)
{
    m_limit = qMax(1, limit);
    m_windowMs = qMax<qint64>(1, windowMs);
}

void RateLimiter::expire(Entry &e, qint64 now) const
{
    while (!e.stamps.empty() && e.stamps.front() <= now - m_windowMs)
        e.stamps.pop_front();
    while (e.stamps.size() > size_t(m_limit))
        e.stamps.pop_front();
}

RateLimiter::Decision RateLimiter::tryAcquire(qint64 userId)
{
    const qint64 now = m_clock();
    Entry &e = m_users[userId];
    expire(e, now);
    Decision d;
    if (e.stamps.size() >= size_t(m_limit)) {
        d.allowed = false;
        d.retryAfterMs = qMax<qint64>(1, e.stamps.front() + m_windowMs - now);
        d.used = int(e.stamps.size());
        ++e.rejected;
        e.lastRejection = now;
        return d;
    }
    e.stamps.push_back(now);
    d.used = int(e.stamps.size());
    return d;
}

RateLimiter::UserState RateLimiter::describe(qint64 userId, const Entry &e, qint64 now) const
{
    UserState s;
    s.userId = userId;
    s.limit = m_limit;
    s.windowMs = m_windowMs;
    s.rejected = e.rejected;
    s.lastRejectionAgoMs = e.lastRejection < 0 ? -1 : now - e.lastRejection;
    for (qint64 t : e.stamps) {
        if (t > now - m_windowMs)
            ++s.used;
    }
    s.used = qMin(s.used, m_limit);
    if (!e.stamps.empty() && e.stamps.back() > now - m_windowMs)
        s.resetInMs = e.stamps.back() + m_windowMs - now;
    return s;
}

RateLimiter::UserState RateLimiter::state(qint64 userId) const
{
    const auto it = m_users.constFind(userId);
    if (it == m_users.cend()) {
        UserState s;
        s.userId = userId;
        s.limit = m_limit;
        s.windowMs = m_windowMs;
        return s;
    }
    return describe(userId, *it, m_clock());
}

QList<RateLimiter::UserState> RateLimiter::states() const
{
    const qint64 now = m_clock();
    QList<UserState> out;
    out.reserve(m_users.size());
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
        out.append(describe(it.key(), it.value(), now));
    return out;
}

void RateLimiter::prune()
{
    const qint64 now = m_clock();
    for (auto it = m_users.begin(); it != m_users.end();) {
        expire(it.value(), now);
        if (it->stamps.empty() && it->rejected == 0)
            it = m_users.erase(it);
        else
            ++it;
    }
}

} // namespace SocketScope
