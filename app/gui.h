#pragma once

#include "config.h"

#include <QString>
#include <QUrl>

class QApplication;

namespace SocketScope {

// The server settings saved by the window (defaults on first run).
ServerConfig savedServerConfig();
// --attach URL [--token T]: the window shows that running server and starts no local one.
struct AttachOptions
{
    QUrl url;          // empty: show the embedded server
    QString token;     // empty: asked for (or read from the keyring) in the Attach dialog
};

// Opens the main window with the server started from `config` (or attached as `attach` says);
// returns the exit code.
int runGui(QApplication &app, const ServerConfig &config, const AttachOptions &attach = {});

} // namespace SocketScope
