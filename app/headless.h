#pragma once

#include "config.h"

class QCoreApplication;

namespace SocketScope {

// Runs the server without a window until SIGINT/SIGTERM; returns the process exit code.
int runHeadless(QCoreApplication &app, const ServerConfig &config);

} // namespace SocketScope
