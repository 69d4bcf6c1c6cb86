#pragma once

#include "config.h"

class QApplication;

namespace SocketScope {

// The server settings saved by the window (defaults on first run).
ServerConfig savedServerConfig();
// Opens the main window with the server started from `config`; returns the exit code.
int runGui(QApplication &app, const ServerConfig &config);

} // namespace SocketScope
