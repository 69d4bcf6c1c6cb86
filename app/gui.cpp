#include "gui.h"

#include "dashboard.h"
#include "i18n.h"
#include "serverhost.h"
#include "theme.h"

#include <QApplication>
#include <QIcon>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace SocketScope {

ServerConfig savedServerConfig()
{
    return MainWindow::withSavedSettings(ServerConfig{});
}

int runGui(QApplication &app, const ServerConfig &config, const AttachOptions &attach)
{
    // The language chosen in Settings (or the system's), with Qt's own texts, before any widget exists.
    I18n::install(I18n::savedLanguage());
    Theme::apply(Theme::savedMode());
    QApplication::setWindowIcon(QIcon(u":/icons/socketscope.svg"_s));
    QGuiApplication::setDesktopFileName(u"socketscope"_s);

    ServerHost host;
    bool restart = false;
    int rc = 0;
    {
        const bool attaching = !attach.url.isEmpty();
        MainWindow window(&host, config, nullptr, !attaching);
        window.show();
        if (attaching && !attach.token.isEmpty()) {
            window.attachTo(attach.url, attach.token);
        } else if (attaching) {
            QMetaObject::invokeMethod(&window, [&window, url = attach.url] { window.showAttachDialog(url); },
                                      Qt::QueuedConnection);
        }
        rc = app.exec();
        restart = window.restartRequested();
    }
    host.stopAndWait();
    // A new language takes effect in a new process, started once the server has let go of its port.
    if (restart && rc == 0)
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    return rc;
}

} // namespace SocketScope
