#include "net/epolldispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <QVarLengthArray>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace SocketScope {

Q_LOGGING_CATEGORY(lcDispatch, "socketscope.dispatch")

namespace {
constexpr int MaxEvents = 1024;
constexpr quint64 WakeKey = ~quint64(0);

// Which epoll events activate which notifier type (as QEventDispatcherUNIX does with poll()).
constexpr quint32 TypeInterest[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};
constexpr quint32 TypeActivation[3] = {EPOLLIN | EPOLLHUP | EPOLLERR, EPOLLOUT | EPOLLHUP | EPOLLERR,
                                       EPOLLPRI | EPOLLHUP | EPOLLERR};
} // namespace

struct EpollEventDispatcher::EventBuffer
{
    epoll_event events[MaxEvents];
};

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_events(new EventBuffer)
{
    m_epollFd = epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epollFd < 0 || m_wakeFd < 0) {
        qCWarning(lcDispatch) << "epoll unavailable:" << std::strerror(errno);
        return;
    }
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = WakeKey;
    if (epoll_ctl(m_epollFd, EPOLL_CTL_ADD, m_wakeFd, &ev) != 0) {
        qCWarning(lcDispatch) << "epoll_ctl(eventfd):" << std::strerror(errno);
        ::close(m_wakeFd);
        m_wakeFd = -1;
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    if (m_epollFd >= 0)
        ::close(m_epollFd);
    delete m_events;
}

qint64 EpollEventDispatcher::nowMs() const
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

// --- sockets --------------------------------------------------------------------------------------

quint32 EpollEventDispatcher::wantedMask(const FdEntry &e)
{
    quint32 mask = 0;
    for (int t = 0; t < 3; ++t) {
        if (e.notifiers[t])
            mask |= TypeInterest[t];
    }
    return mask;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const qintptr fd = notifier->socket();
    const int type = int(notifier->type());
    if (fd < 0 || type < 0 || type > 2)
        return;
    if (size_t(fd) >= m_fds.size())
        m_fds.resize(size_t(fd) + 1 + m_fds.size() / 2);
    FdEntry &e = m_fds[size_t(fd)];
    if (e.notifiers[type] && e.notifiers[type] != notifier)
        qCWarning(lcDispatch) << "several socket notifiers of one type for fd" << fd;
    e.notifiers[type] = notifier;
    if (!e.dirty) {
        e.dirty = true;
        m_dirty.push_back(int(fd));
    }
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const qintptr fd = notifier->socket();
    const int type = int(notifier->type());
    if (fd < 0 || size_t(fd) >= m_fds.size() || type < 0 || type > 2)
        return;
    FdEntry &e = m_fds[size_t(fd)];
    if (e.notifiers[type] != notifier)
        return;
    e.notifiers[type] = nullptr;
    e.pending[type] = false;
    if (wantedMask(e) == 0) {
        // The socket is most likely about to be closed and its number reused, maybe within this
        // pass; the kernel must forget it now, not at the next applyInterest().
        e.readHook = nullptr;
        setKernelMask(int(fd), e, 0);
    } else if (!e.dirty) {
        e.dirty = true;
        m_dirty.push_back(int(fd));
    }
}

void EpollEventDispatcher::setReadHook(qintptr fd, ReadHook *hook)
{
    if (fd < 0 || size_t(fd) >= m_fds.size() || wantedMask(m_fds[size_t(fd)]) == 0)
        return;
    m_fds[size_t(fd)].readHook = hook;
}

void EpollEventDispatcher::clearReadHook(qintptr fd, ReadHook *hook)
{
    if (fd >= 0 && size_t(fd) < m_fds.size() && m_fds[size_t(fd)].readHook == hook)
        m_fds[size_t(fd)].readHook = nullptr;
}

void EpollEventDispatcher::addBeforeWait(QObject *owner, std::function<void()> work)
{
    removeBeforeWait(owner);
    m_beforeWait.push_back({owner, std::move(work)});
    connect(owner, &QObject::destroyed, this, [this, owner] { removeBeforeWait(owner); }, Qt::DirectConnection);
}

void EpollEventDispatcher::removeBeforeWait(QObject *owner)
{
    std::erase_if(m_beforeWait, [owner](const BeforeWait &b) { return b.owner == owner; });
}

void EpollEventDispatcher::setKernelMask(int fd, FdEntry &e, quint32 mask)
{
    if (mask == e.kernelMask)
        return;
    epoll_event ev{};
    ev.events = mask;
    ev.data.u64 = quint64(fd);
    int rc = 0;
    if (mask == 0) {
        rc = epoll_ctl(m_epollFd, EPOLL_CTL_DEL, fd, &ev);
        if (rc != 0 && (errno == ENOENT || errno == EBADF))
            rc = 0;   // already closed: the kernel dropped it with the file
    } else if (e.kernelMask == 0) {
        rc = epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &ev);
        if (rc != 0 && errno == EEXIST)
            rc = epoll_ctl(m_epollFd, EPOLL_CTL_MOD, fd, &ev);
    } else {
        rc = epoll_ctl(m_epollFd, EPOLL_CTL_MOD, fd, &ev);
        if (rc != 0 && errno == ENOENT)
            rc = epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &ev);
    }
    if (rc != 0) {
        qCWarning(lcDispatch) << "epoll_ctl on fd" << fd << "failed:" << std::strerror(errno);
        e.kernelMask = 0;
        return;
    }
    e.kernelMask = mask;
}

void EpollEventDispatcher::applyInterest()
{
    for (const int fd : m_dirty) {
        FdEntry &e = m_fds[size_t(fd)];
        e.dirty = false;
        setKernelMask(fd, e, wantedMask(e));
    }
    m_dirty.clear();
}

int EpollEventDispatcher::activateNotifiers(int ready)
{
    // Queue first, deliver second: a delivery may disable or delete any other notifier, and a
    // socket closed in this pass may have its number reused by one accepted in it.
    for (int i = 0; i < ready; ++i) {
        const epoll_event &ev = m_events->events[i];
        if (ev.data.u64 == WakeKey)
            continue;
        const size_t fd = size_t(ev.data.u64);
        if (fd >= m_fds.size())
            continue;
        FdEntry &e = m_fds[fd];
        for (int t = 0; t < 3; ++t) {
            if (e.notifiers[t] && (ev.events & TypeActivation[t]) && !e.pending[t]) {
                e.pending[t] = true;
                m_pending.emplace_back(int(fd), t);
            }
        }
    }
    int activated = 0;
    while (m_pendingHead < m_pending.size()) {
        const auto [fd, type] = m_pending[m_pendingHead++];
        FdEntry &e = m_fds[size_t(fd)];
        if (!e.pending[type] || !e.notifiers[type])
            continue;   // disabled or deleted since it was queued
        e.pending[type] = false;
        if (type == int(QSocketNotifier::Read) && e.readHook) {
            const bool handled = e.readHook->readable();
            // The hook may have closed the socket or grown m_fds: look again.
            if (handled || !m_fds[size_t(fd)].notifiers[type]) {
                ++activated;
                continue;
            }
        }
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(m_fds[size_t(fd)].notifiers[type], &event);
        ++activated;
    }
    m_pending.clear();
    m_pendingHead = 0;
    return activated;
}

// --- timers ---------------------------------------------------------------------------------------

EpollEventDispatcher::Timer *EpollEventDispatcher::findTimer(int id)
{
    for (Timer &t : m_timers) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    if (timerId < 1 || interval < 0 || !object)
        return;
    m_timers.push_back(Timer{timerId, interval, timerType, object, nowMs() + interval});
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
        if (it->id == timerId) {
            m_timers.erase(it);
            return true;
        }
    }
    return false;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    return std::erase_if(m_timers, [object](const Timer &t) { return t.object == object; }) > 0;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> list;
    for (const Timer &t : m_timers) {
        if (t.object == object)
            list.append(TimerInfo(t.id, int(t.intervalMs), t.type));
    }
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const Timer *t = findTimer(timerId);
    if (!t)
        return -1;
    return int(qMax<qint64>(0, t->deadlineMs - nowMs()));
}

int EpollEventDispatcher::activateTimers()
{
    if (m_timers.empty())
        return 0;
    const qint64 now = nowMs();
    // Only timers due when the pass started, each once; a timer whose handler is still running
    // (a nested event loop) is skipped.
    QVarLengthArray<int, 16> due;
    for (const Timer &t : m_timers) {
        if (t.deadlineMs <= now && !t.firing)
            due.append(t.id);
    }
    int fired = 0;
    for (const int id : due) {
        Timer *t = findTimer(id);
        if (!t || t->firing || t->deadlineMs > now)   // killed, or killed and its id reused
            continue;
        t->deadlineMs += t->intervalMs;
        if (t->deadlineMs <= now && t->intervalMs > 0)
            t->deadlineMs = now + t->intervalMs;   // fell behind: do not fire in a burst
        t->firing = true;
        QObject *object = t->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        if (Timer *after = findTimer(id))   // the vector may have moved
            after->firing = false;
        ++fired;
    }
    return fired;
}

int EpollEventDispatcher::waitTimeoutMs(bool wait) const
{
    if (!wait)
        return 0;
    qint64 earliest = -1;
    for (const Timer &t : m_timers) {
        if (t.firing)
            continue;
        if (earliest < 0 || t.deadlineMs < earliest)
            earliest = t.deadlineMs;
    }
    if (earliest < 0)
        return -1;
    const qint64 left = earliest - nowMs();
    return int(std::clamp<qint64>(left, 0, 24 * 3600 * 1000));
}

// --- the loop -------------------------------------------------------------------------------------

void EpollEventDispatcher::wakeUp()
{
    const quint64 one = 1;
    // EAGAIN means the counter is already non-zero: a wake-up is pending anyway.
    [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupt.store(true);
    wakeUp();
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupt.store(false);
    emit awake();
    QCoreApplication::sendPostedEvents();
    // By index: work may add or remove entries.
    for (size_t i = 0; i < m_beforeWait.size(); ++i)
        m_beforeWait[i].work();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool wait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupt.load();
    if (m_interrupt.load())
        return false;

    applyInterest();
    const int timeout = includeTimers ? waitTimeoutMs(wait) : (wait ? -1 : 0);
    if (timeout != 0)
        emit aboutToBlock();
    int ready = epoll_wait(m_epollFd, m_events->events, MaxEvents, timeout);
    if (ready < 0) {
        if (errno != EINTR)
            qCWarning(lcDispatch) << "epoll_wait:" << std::strerror(errno);
        ready = 0;
    }
    int handled = 0;
    for (int i = 0; i < ready; ++i) {
        if (m_events->events[i].data.u64 == WakeKey) {
            quint64 counter = 0;
            [[maybe_unused]] const ssize_t n = ::read(m_wakeFd, &counter, sizeof counter);
            ++handled;
        }
    }
    if (includeNotifiers)
        handled += activateNotifiers(ready);
    if (includeTimers)
        handled += activateTimers();
    return handled > 0;
}

} // namespace SocketScope
