// Manual test of the client panel on its own window (not installed, not a ctest test).
//   clientpanel_manual [--base ws://127.0.0.1:8125] [--demo | --xray]
// Without --base it starts an in-process server on a free port. --demo connects two clients
// and sends a few messages (used for docs/screenshots/client-panel.png). --xray runs the
// X-ray's known conversation (a message in three frames, a ping with a payload, a bad token's
// 101 then 1008) for docs/screenshots/xray-*.png. The language follows LANG.

#include "clientpanel/clientpanel.h"
#include "clientpanel/clienttab.h"
#include "clientpanel/xrayview.h"
#include "connectioninspector.h"
#include "i18n.h"
#include "config.h"
#include "serverhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMainWindow>
#include <QTabWidget>
#include <QTableView>
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
    parser.addOption({u"base"_s, u"Server to talk to, e.g. ws://127.0.0.1:8125"_s, u"url"_s});
    parser.addOption({u"demo"_s, u"Connect and send a few messages"_s});
    parser.addOption({u"xray"_s, u"Show the X-ray of a known conversation"_s});
    parser.addOption({u"xray-auth"_s, u"With --xray: show the bad token's tab (101, then 1008)"_s});
    parser.addOption({u"lesson"_s, u"Run lesson N (1-5) and press Next until its end"_s, u"n"_s});
    parser.addOption({u"inspect"_s, u"With --xray: open the server's inspector of the echo connection, capturing"_s});
    parser.process(app);
    I18n::install(QString());

    ServerHost host;
    QTemporaryDir dir;
    if (!parser.isSet(u"base"_s)) {
        ServerConfig config;
        config.port = 0;
        config.dbPath = dir.filePath(u"db.sqlite"_s);
        host.start(config);
    }

    QMainWindow window;
    window.setWindowTitle(u"SocketScope — client panel"_s);
    auto *panel = new ClientPanel(&host, &window);
    window.setCentralWidget(panel);
    window.resize(1400, 900);
    window.show();

    const QString base = parser.value(u"base"_s);
    auto setup = [panel, base](ClientTab *tab, const QString &path) {
        if (!base.isEmpty())
            tab->setUrlText(base + path);
    };
    setup(panel->currentClient(), u"/ws"_s);

    if (parser.isSet(u"demo"_s)) {
        ClientTab *admin = panel->addClient();
        setup(admin, u"/ws/admin"_s);
        admin->setAuth(ClientAuth::Header);
        admin->setCredential(u"secret-token"_s);
        admin->connectToServer();
        ClientTab *chat = panel->client(0);
        panel->tabs()->setCurrentWidget(chat);
        chat->setAuth(ClientAuth::Query);
        chat->setCredential(u"secret-token"_s);
        chat->connectToServer();
        QTimer::singleShot(600, chat, [chat] {
            chat->setSendMode(ClientTab::SendMode::Text);
            chat->setMessageText(u"hello from the client panel"_s);
            chat->send();
            chat->setMessageText(QString());
            chat->send();
            chat->ping();
            chat->setSendMode(ClientTab::SendMode::Json);
            chat->setMessageText(u"{\"type\": \"chat\", \"text\": \"hi\",}"_s);
            chat->send();   // refused: shows the position of the error
        });
        QTimer::singleShot(1200, chat, [chat] {
            auto *view = chat->findChild<QTableView *>(u"log"_s);
            const int rows = view->model()->rowCount();
            for (int r = 0; r < rows; ++r) {
                if (view->model()->index(r, 4).data().toString().startsWith(u"{\"type\":\"welcome\""_s))
                    view->selectRow(r);
            }
        });
    }
    if (parser.isSet(u"lesson"_s)) {
        const int n = parser.value(u"lesson"_s).toInt();
        QTimer::singleShot(800, panel, [panel, n] {
            ClientTab *tab = panel->startLesson(allLessons().value(qBound(1, n, 5) - 1));
            auto *next = new QTimer(tab);
            QObject::connect(next, &QTimer::timeout, tab, [tab] {
                if (auto *runner = tab->findChild<LessonRunner *>(); runner && !runner->isDone())
                    runner->runNext();
            });
            next->start(1500);
        });
    }
    if (parser.isSet(u"xray"_s)) {
        // After the in-process server has started (the tabs then point at its port).
        const bool showBad = parser.isSet(u"xray-auth"_s);
        const bool inspect = parser.isSet(u"inspect"_s);
        QTimer::singleShot(800, panel, [panel, setup, showBad, inspect, &host, &window] {
        ClientTab *bad = panel->addClient();
        setup(bad, u"/ws"_s);
        bad->setAuth(ClientAuth::Query);
        bad->setCredential(u"not-a-token"_s);
        bad->setXray(true);
        bad->connectToServer();
        ClientTab *echo = panel->client(0);
        panel->tabs()->setCurrentWidget(echo);
        echo->setEndpoint(EndpointKind::Echo);
        setup(echo, u"/ws/echo"_s);
        echo->setAuth(ClientAuth::None);
        echo->setXray(true);
        echo->connectToServer();
        if (inspect) {
            // The echo tab is the second connection (after the bad token's).
            QTimer::singleShot(300, &window, [&host, &window] {
                auto *inspector = new ConnectionInspector(&host, 2, &window);
                inspector->setAttribute(Qt::WA_DeleteOnClose);
                inspector->show();
                inspector->setCapture(true);
            });
        }
        QTimer::singleShot(600, echo, [echo] {
            echo->setFragments(3);
            echo->setMessageText(u"hello world"_s);
            echo->send();
            echo->setFragments(1);
            echo->sendPing("abc");
            echo->setMessageText(u"Größe"_s);
            echo->send();
        });
        QTimer::singleShot(1200, echo, [echo] {
            QTableView *frames = echo->xrayView()->frameView();
            frames->setCurrentIndex(frames->model()->index(0, 0));
        });
        if (showBad)
            QTimer::singleShot(1500, panel, [panel, bad] { panel->tabs()->setCurrentWidget(bad); });
        });
    }
    return app.exec();
}
