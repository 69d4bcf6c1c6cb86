#include "gui.h"

#include "dashboard.h"
#include "serverhost.h"

#include <QApplication>

namespace SocketScope {

ServerConfig savedServerConfig()
{
    return MainWindow::withSavedSettings(ServerConfig{});
}

int runGui(QApplication &app, const ServerConfig &config)
{
    ServerHost host;
    MainWindow window(&host, config);
    window.show();
    const int rc = app.exec();
    host.stopAndWait();
    return rc;
}

} // namespace SocketScope
