#include "headless.h"

#include "serverhost.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

int g_signalFd[2] = {-1, -1};

extern "C" void onSignal(int sig)
{
    const char c = char(sig);
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

// Signals arrive on any thread at any time; a socket pair turns them into an event-loop event.
bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return false;
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &sa, nullptr) == 0 && ::sigaction(SIGTERM, &sa, nullptr) == 0;
}

} // namespace

int runHeadless(QCoreApplication &app, const ServerConfig &config)
{
    if (!installSignalHandlers()) {
        std::fprintf(stderr, "socketscope: cannot install signal handlers\n");
        return 1;
    }

    ServerHost host;
    host.setSnapshotsEnabled(false);
    int exitCode = 0;
    bool stopping = false;

    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char sig = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFd[1], &sig, 1);
        if (stopping) {
            qWarning("second signal: exiting without waiting for connections to close");
            app.exit(exitCode);
            return;
        }
        stopping = true;
        qInfo("signal %d: stopping, closing every connection with 1001", int(sig));
        if (host.isListening())
            host.stop();
        else
            app.exit(exitCode);
    });
    QObject::connect(&host, &ServerHost::started, &app, [&](bool ok, const QString &url, const QString &error) {
        if (!ok) {
            std::fprintf(stderr, "socketscope: %s\n", qPrintable(error));
            exitCode = 1;
            app.exit(exitCode);
            return;
        }
        std::fprintf(stderr, "SocketScope %s listening on %s (try: python3 -m websockets %s/ws/echo)\n",
                     SOCKETSCOPE_VERSION, qPrintable(url), qPrintable(url));
        qInfo("server thread event dispatcher: %s", qPrintable(host.eventDispatcherName()));
        if (stopping)
            host.stop();
    });
    QObject::connect(&host, &ServerHost::stopped, &app, [&] { app.exit(exitCode); });

    host.start(config);
    return app.exec();
}

} // namespace SocketScope
