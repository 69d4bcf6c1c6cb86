#pragma once

#include <QAbstractEventDispatcher>

#include <atomic>
#include <functional>
#include <vector>

class QSocketNotifier;

namespace SocketScope {

// An event dispatcher for the server thread built on Linux epoll.
//
// Qt's own dispatchers (glib, and the poll() one behind QT_NO_GLIB=1) hand the kernel every
// registered socket on each pass and then walk all of them for results: a pass costs O(open
// connections) even when one socket is ready. This one keeps the interest set in the kernel and
// touches only the sockets that are ready, so a pass costs O(ready sockets).
//
// Two things keep its syscalls down: interest changes are collected during a pass and applied
// once before the next wait (QAbstractSocket enables and disables its write notifier around
// every write; when both happen in one pass nothing reaches the kernel), and an fd whose last
// notifier goes is removed at once, because the socket is about to be closed and its number
// may be reused within the same pass.
//
// Semantics follow QEventDispatcherUNIX: posted events first, then sockets, then timers; read
// notifiers also fire on hang-up and error, write notifiers on error; a timer fires at most once
// per pass and never re-entrantly; a notifier disabled or deleted while a pass is delivering is
// not activated afterwards. Timers are few in the server thread (sweep, heartbeat, snapshots),
// so they are kept in a plain list.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    // False when the kernel refused epoll or eventfd (the caller keeps Qt's dispatcher).
    bool isValid() const { return m_epollFd >= 0 && m_wakeFd >= 0; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

    // Read readiness of one fd, offered before its read notifier is activated (the session's
    // direct read, docs/architecture.md "The wire"). readable() returns false to let the
    // notifier have it after all (the owner is paused, or the peer hung up: Qt's socket then
    // sees the end itself).
    class ReadHook
    {
    public:
        virtual ~ReadHook() = default;
        virtual bool readable() = 0;
    };
    // Only while `fd` has a notifier: the hook is dropped with the fd's last notifier, because
    // the fd is about to be closed and its number may be reused.
    void setReadHook(qintptr fd, ReadHook *hook);
    void clearReadHook(qintptr fd, ReadHook *hook);

    // Runs `work` once per pass, after posted events and before the wait, until `owner` is
    // destroyed or removeBeforeWait(owner): the Server's writes of a pass leave together there
    // without a posted event (which costs an eventfd write and read per pass).
    void addBeforeWait(QObject *owner, std::function<void()> work);
    void removeBeforeWait(QObject *owner);

private:
    struct FdEntry
    {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr};   // by QSocketNotifier::Type
        bool pending[3] = {false, false, false};   // queued in m_pending, not yet delivered
        quint32 kernelMask = 0;          // what the kernel has; 0: not in the epoll set
        bool dirty = false;              // in m_dirty
        ReadHook *readHook = nullptr;
    };
    struct BeforeWait
    {
        QObject *owner;
        std::function<void()> work;
    };
    struct Timer
    {
        int id;
        qint64 intervalMs;
        Qt::TimerType type;
        QObject *object;
        qint64 deadlineMs;
        bool firing = false;
    };

    static quint32 wantedMask(const FdEntry &e);
    void applyInterest();
    void setKernelMask(int fd, FdEntry &e, quint32 mask);
    int activateNotifiers(int ready);
    int activateTimers();
    int waitTimeoutMs(bool wait) const;
    qint64 nowMs() const;
    Timer *findTimer(int id);

    int m_epollFd = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_interrupt{false};
    std::vector<FdEntry> m_fds;               // indexed by fd
    std::vector<int> m_dirty;                 // fds whose interest changed in this pass
    // (fd, type) to activate; a queue so that a nested event loop in a slot carries on with it.
    std::vector<std::pair<int, int>> m_pending;
    size_t m_pendingHead = 0;
    std::vector<Timer> m_timers;
    std::vector<BeforeWait> m_beforeWait;
    struct EventBuffer;
    EventBuffer *m_events;
};

} // namespace SocketScope
