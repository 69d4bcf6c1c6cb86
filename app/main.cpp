#include "cli.h"
#include "client.h"
#include "config.h"
#include "headless.h"
#include "remote/remotehost.h"
#include "gui.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace SocketScope;

namespace {

constexpr int ExitUsage = 2;

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // One descriptor per connection: Debian's default soft limit of 1,024 would stop the server
    // near 1,000 connections although the hard limit allows far more.
    if (rlimit rl{}; getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    QCoreApplication::setOrganizationName(u"SocketScope"_s);
    QCoreApplication::setApplicationName(u"SocketScope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKETSCOPE_VERSION));
    // `socketscope client URL …`: a terminal WebSocket client, no window, no server.
    if (argc > 1 && isClientCommand(argv[1])) {
        QCoreApplication clientApp(argc, argv);
        return runClient(QCoreApplication::arguments());
    }

    // `socketscope user add …` and the other management commands: no window, no server.
    if (argc > 1 && isCliCommand(argv[1])) {
        QCoreApplication cliApp(argc, argv);
        return runCli(QCoreApplication::arguments());
    }

    // Headless needs no display, so the application type is chosen before Qt sees the arguments.
    const bool headless = hasArgument(argc, argv, "--headless");
    const bool textOnly = headless || hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")
        || hasArgument(argc, argv, "--help-all") || hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v");
    std::unique_ptr<QCoreApplication> app;
    if (textOnly)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    qSetMessagePattern(u"%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                       "%{if-warning}warning%{endif}%{if-critical}error%{endif}%{if-fatal}fatal%{endif} "
                       "%{if-category}%{category}: %{endif}%{message}"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"SocketScope runs a WebSocket server and shows, live, what happens on it.\n"
        "Without --headless it opens the desktop window.\n"
        "Users, tokens, bans and the audit log: socketscope help"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"headless"_s, u"Run the server without a window; log to stderr; stop on SIGINT/SIGTERM."_s});
    parser.addOption({u"attach"_s,
                      u"Open the window on the running server at URL (its /ws/admin, e.g. wss://host:8000) instead "
                      "of starting one. The admin token comes from --token, SOCKETSCOPE_ADMIN_TOKEN or the keyring."_s,
                      u"URL"_s});
    parser.addOption({u"token"_s,
                      u"Admin token for --attach. Visible to other users in ps: prefer SOCKETSCOPE_ADMIN_TOKEN."_s,
                      u"TOKEN"_s});
    addServerOptions(parser);

    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "socketscope: %s\nTry 'socketscope --help'.\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        std::printf("socketscope %s\n", SOCKETSCOPE_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "socketscope: unexpected argument \"%s\"\nTry 'socketscope --help'.\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }

    AttachOptions attach;
    if (parser.isSet(u"attach"_s)) {
        if (headless) {
            std::fputs("socketscope: --attach opens the window; it cannot be combined with --headless\n", stderr);
            return ExitUsage;
        }
        QString why;
        attach.url = RemoteHost::adminUrl(parser.value(u"attach"_s), &why);
        if (!attach.url.isValid()) {
            std::fprintf(stderr, "socketscope: --attach: %s\n", qPrintable(why));
            return ExitUsage;
        }
        attach.token = parser.value(u"token"_s);
        if (!attach.token.isEmpty())
            std::fputs("socketscope: warning: a token on the command line is visible to other users (ps); "
                       "prefer SOCKETSCOPE_ADMIN_TOKEN or the keyring\n", stderr);
        else
            attach.token = qEnvironmentVariable("SOCKETSCOPE_ADMIN_TOKEN");
    } else if (parser.isSet(u"token"_s)) {
        std::fputs("socketscope: --token goes with --attach\n", stderr);
        return ExitUsage;
    }

    const ServerConfig base = headless ? ServerConfig{} : savedServerConfig();
    const ConfigResult config = configFromCommandLine(parser, base);
    if (!config.ok()) {
        std::fprintf(stderr, "socketscope: %s\n", qPrintable(config.error));
        return ExitUsage;
    }

    if (headless)
        return runHeadless(*app, config.config);
    return runGui(*static_cast<QApplication *>(app.get()), config.config, attach);
}
