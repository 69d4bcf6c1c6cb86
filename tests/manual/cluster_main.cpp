// Manual check of the cluster view (not installed, not a ctest test): the main window as a
// cluster node, with the Nodes view raised, saved as a PNG (docs/screenshots/cluster-*.png).
//   cluster_manual --redis redis://127.0.0.1:6379/0 --node-name gui-node --port 18803
//       [--lang de] [--out nodes.png] [--after 5]

#include "config.h"
#include "i18n.h"
#include "mainwindow.h"
#include "serverhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace SocketScope;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SocketScopeManual"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"redis"_s, u"Redis URL"_s, u"url"_s});
    parser.addOption({u"node-name"_s, u"Node name"_s, u"name"_s});
    parser.addOption({u"port"_s, u"Port"_s, u"port"_s, u"0"_s});
    parser.addOption({u"lang"_s, u"Language (en, de, zh_CN)"_s, u"lang"_s, u"en"_s});
    parser.addOption({u"out"_s, u"Save a screenshot here and quit"_s, u"file"_s});
    parser.addOption({u"after"_s, u"Seconds before the screenshot"_s, u"s"_s, u"5"_s});
    parser.process(app);
    I18n::install(parser.value(u"lang"_s));

    QTemporaryDir dir;
    ServerConfig config;
    config.port = quint16(parser.value(u"port"_s).toUInt());
    config.dbPath = dir.filePath(u"db.sqlite"_s);
    config.redisUrl = parser.value(u"redis"_s);
    config.nodeName = parser.value(u"node-name"_s);

    ServerHost host;
    int rc = 0;
    {
        MainWindow window(&host, config);
        window.resize(1600, 1000);
        window.show();
        const int afterMs = int(parser.value(u"after"_s).toDouble() * 1000);
        QTimer::singleShot(afterMs, &window, [&window] {
            if (auto *dock = window.findChild<QDockWidget *>(u"nodesDock"_s))
                window.showDock(dock);
        });
        if (parser.isSet(u"out"_s)) {
            QTimer::singleShot(afterMs + 1500, &window, [&window, &parser] {
                window.grab().save(parser.value(u"out"_s));
                QCoreApplication::quit();
            });
        }
        rc = app.exec();
    }
    host.stopAndWait();
    return rc;
}
