#pragma once

#include <functional>

class QObject;

namespace SocketScope {

// SIGINT/SIGTERM call `quit` once, in the GUI thread (through a socket pair, so the handler
// itself only writes a byte); a second signal ends the process the default way. Lets a
// benchmark or a terminal's Ctrl+C close the window normally: settings saved, server stopped
// with 1001, the lag report printed. Active until `context` is destroyed, then the default
// actions are back. One at a time: false if another is active, or where not supported.
bool quitOnTerminationSignals(QObject *context, std::function<void()> quit);

} // namespace SocketScope
