#pragma once

#include <QStringList>

namespace SocketScope {

// Exit codes of the management commands.
enum CliExit { CliOk = 0, CliFailed = 1, CliUsage = 2 };

// True when the first command-line argument selects the management commands rather than the
// server: a command word (user, token, session, jwt, ban, unban, audit, help) or any other
// word that is not an option (which runCli() then reports as an unknown command).
bool isCliCommand(const char *firstArgument);

// Runs `socketscope COMMAND …` on the store; `arguments` as QCoreApplication::arguments().
// Needs a QCoreApplication (for the app-data folder of the default database).
// Output goes to stdout; an error is one line on stderr, and the exit code is a CliExit.
int runCli(const QStringList &arguments);

} // namespace SocketScope
