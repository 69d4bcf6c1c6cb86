#include "gui.h"

#include "serverhost.h"

#include <QApplication>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace SocketScope {

ServerConfig savedServerConfig()
{
    return {};
}

int runGui(QApplication &app, const ServerConfig &config)
{
    ServerHost host;
    QLabel label(u"SocketScope"_s);
    label.setWindowTitle(u"SocketScope"_s);
    QObject::connect(&host, &ServerHost::started, &label, [&](bool ok, const QString &url, const QString &error) {
        label.setText(ok ? u"SocketScope listening on "_s + url : error);
    });
    label.resize(480, 120);
    label.show();
    host.start(config);
    const int rc = app.exec();
    host.stopAndWait();
    return rc;
}

} // namespace SocketScope
