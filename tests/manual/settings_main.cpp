// Manual check of the Settings dialog on its own (not installed, not a ctest test), for
// screenshots of the Server page:
//   settings_manual [--db URL] [--db-password-file FILE]
// The language follows LANG.

#include "settingsdialog.h"
#include "i18n.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;
using namespace SocketScope;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SocketScopeManual"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"Database file or URL"_s, u"location"_s});
    parser.addOption({u"db-password-file"_s, u"PostgreSQL password file"_s, u"file"_s});
    parser.process(app);
    I18n::install(QString());
    ServerConfig config;
    config.dbPath = parser.value(u"db"_s);
    config.dbPasswordFile = parser.value(u"db-password-file"_s);
    SettingsDialog dialog(config, {}, QString(), Theme::Mode::System);
    dialog.resize(900, 760);
    dialog.show();
    return app.exec();
}
