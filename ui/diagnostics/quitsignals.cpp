#include "quitsignals.h"

#include <QObject>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace SocketScope {

#ifdef Q_OS_UNIX
namespace {
int g_fds[2] = {-1, -1};

void onSignal(int sig)
{
    // Async-signal-safe only: reset to the default (a second signal ends the process) and wake Qt.
    ::signal(sig, SIG_DFL);
    const char c = char(sig);
    [[maybe_unused]] const auto n = ::write(g_fds[0], &c, 1);
}

// Lives as long as its context; when that goes, the signals get their default action back
// (a process whose window is gone must still die on SIGTERM).
class SignalNotifier : public QSocketNotifier
{
public:
    SignalNotifier(QObject *parent)
        : QSocketNotifier(g_fds[1], QSocketNotifier::Read, parent)
    {
    }
    ~SignalNotifier() override
    {
        setEnabled(false);
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
        ::close(g_fds[0]);
        ::close(g_fds[1]);
        g_fds[0] = g_fds[1] = -1;
    }
    Q_DISABLE_COPY_MOVE(SignalNotifier)
};
} // namespace

bool quitOnTerminationSignals(QObject *context, std::function<void()> quit)
{
    if (g_fds[0] >= 0)
        return false;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
        return false;
    auto *notifier = new SignalNotifier(context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, quit = std::move(quit)] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_fds[1], &c, 1);
        notifier->setEnabled(false);
        quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &sa, nullptr) == 0 && ::sigaction(SIGTERM, &sa, nullptr) == 0;
}
#else
bool quitOnTerminationSignals(QObject *, std::function<void()>)
{
    return false;
}
#endif

} // namespace SocketScope
