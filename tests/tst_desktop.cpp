// The desktop side of the window (offscreen, isolated QSettings, a real server on port 0):
// German and Chinese menus from the embedded catalogues plus Qt's own, unique mnemonics in every
// menu of every language, a shortcut or mnemonic for every menu action, the dark theme reaching
// palette and charts, the Settings dialog's validation, defaults and round trip through
// QSettings into the next window, the Help texts, and column widths that survive a small window
// (or small docks, or a header saved there).

#include "support/testsettings.h"
#include "support/dialogs.h"
#include "dashboard.h"
#include "helpdialogs.h"
#include "kickdialog.h"
#include "i18n.h"
#include "serverhost.h"
#include "settingsdialog.h"
#include "theme.h"
#include "trafficcharts.h"

#include <QApplication>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SocketScope;

using TestSupport::clickOk;
using TestSupport::whenDialogShows;

namespace {

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles.append(a->text());
    return titles;
}

// The mnemonic character of `text` ("&Datei" -> 'd', "文件(&F)" -> 'f'), or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Duplicate mnemonics among the visible entries of `actions`, described for a failure message.
QStringList clashes(const QList<QAction *> &actions, const QString &where)
{
    QStringList problems;
    QHash<QChar, QString> seen;
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QChar m = mnemonic(a->text());
        if (m.isNull())
            continue;
        if (seen.contains(m))
            problems.append(u"%1: \"%2\" and \"%3\" share &%4"_s.arg(where, seen.value(m), a->text(), QString(m)));
        seen.insert(m, a->text());
    }
    return problems;
}

} // namespace

class TstDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void germanMenusAndQtTexts();
    void chineseMenus();
    void mnemonicsAreUniqueInEveryLanguage_data();
    void mnemonicsAreUniqueInEveryLanguage();
    void everyMenuActionIsReachableByKeyboard();
    void customWidgetsHaveAccessibleNames();
    void darkThemeReachesPaletteAndCharts();
    void settingsDialogValidatesAndRestoresDefaults();
    void settingsRoundTripIntoNextWindow();
    void helpTexts();
    void kickReasonStaysEnglishInGerman();
    void mnemonicLabelsHaveBuddies();
    void chartColoursKeepTheirMeaningInDarkTheme();
    void settingsPortRefusesOutOfRange();
    void columnWidthsRecoverAfterShrinking();

private:
    void openWindow(const ServerConfig &config);
    ServerConfig testConfig() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerHost> m_host;
    std::unique_ptr<MainWindow> m_window;
};

void TstDesktop::initTestCase()
{
    TestSupport::isolateSettings(u"tst_desktop"_s);
}

ServerConfig TstDesktop::testConfig() const
{
    ServerConfig config;
    config.host = u"127.0.0.1"_s;
    config.port = 0;
    config.dbPath = m_dir->filePath(u"socketscope.sqlite"_s);
    config.jwtSecret = u"test-secret-0123456789abcdef"_s;
    return config;
}

void TstDesktop::openWindow(const ServerConfig &config)
{
    m_host = std::make_unique<ServerHost>();
    m_window = std::make_unique<MainWindow>(m_host.get(), config);
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_host->isListening(), 10000);
}

void TstDesktop::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstDesktop::cleanup()
{
    m_window.reset();
    m_host.reset();
    m_dir.reset();
    I18n::install(u"en"_s);
    Theme::apply(Theme::Mode::System);
}

void TstDesktop::cleanupTestCase()
{
    TestSupport::removeSettings();
}

void TstDesktop::germanMenusAndQtTexts()
{
    QCOMPARE(I18n::install(u"de"_s), u"de"_s);
    openWindow(testConfig());
    const QStringList titles = menuTitles(*m_window);
    QCOMPARE(titles, (QStringList{u"&Datei"_s, u"&Server"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
    auto *server = m_window->findChild<QMenu *>(u"serverMenu"_s);
    QVERIFY(server);
    QStringList serverTexts;
    for (QAction *a : server->actions())
        serverTexts.append(a->text());
    QVERIFY2(serverTexts.contains(u"&Einstellungen…"_s), qPrintable(serverTexts.join(u" | ")));
    QVERIFY2(serverTexts.contains(u"&Rundsenden…"_s), qPrintable(serverTexts.join(u" | ")));
    // Plurals: the German catalogue has both forms.
    QCOMPARE(QCoreApplication::translate("SocketScope::ConnectionsPanel", "%n connection(s)", nullptr, 1),
             u"1 Verbindung"_s);
    QCOMPARE(QCoreApplication::translate("SocketScope::ConnectionsPanel", "%n connection(s)", nullptr, 3),
             u"3 Verbindungen"_s);
    // Qt's own texts come from the qtbase catalogue.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QVERIFY2(buttons.button(QDialogButtonBox::Cancel)->text().contains(u"Abbrechen"_s),
             qPrintable(buttons.button(QDialogButtonBox::Cancel)->text()));
}

void TstDesktop::chineseMenus()
{
    QCOMPARE(I18n::install(u"zh_CN"_s), u"zh_CN"_s);
    openWindow(testConfig());
    QCOMPARE(menuTitles(*m_window), (QStringList{u"文件(&F)"_s, u"服务器(&S)"_s, u"视图(&V)"_s, u"帮助(&H)"_s}));
}

void TstDesktop::mnemonicsAreUniqueInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const I18n::Language &l : I18n::availableLanguages())
        QTest::newRow(qPrintable(l.code)) << l.code;
}

void TstDesktop::mnemonicsAreUniqueInEveryLanguage()
{
    QFETCH(QString, language);
    QCOMPARE(I18n::install(language), language);
    openWindow(testConfig());
    QStringList problems = clashes(m_window->menuBar()->actions(), u"menu bar"_s);
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
        problems += clashes(menu->actions(), menu->title());
    // The Settings dialog: tab titles are always active; each page's labels while it is shown.
    SettingsDialog dialog(m_window->config(), {}, QString(), Theme::Mode::System, m_window.get());
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QStringList tabTitles;
    for (int i = 0; i < tabs->count(); ++i)
        tabTitles.append(tabs->tabText(i));
    for (int i = 0; i < tabs->count(); ++i) {
        QList<QAction *> fake;   // QAction is a convenient carrier for clashes()
        std::vector<std::unique_ptr<QAction>> owned;
        QStringList texts = tabTitles;
        for (QLabel *label : tabs->widget(i)->findChildren<QLabel *>())
            texts.append(label->text());
        for (QAbstractButton *button : tabs->widget(i)->findChildren<QAbstractButton *>())
            texts.append(button->text());
        for (const QString &t : std::as_const(texts)) {
            owned.push_back(std::make_unique<QAction>(t));
            fake.append(owned.back().get());
        }
        problems += clashes(fake, u"Settings, tab %1"_s.arg(tabs->tabText(i)));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstDesktop::everyMenuActionIsReachableByKeyboard()
{
    openWindow(testConfig());
    QStringList unreachable;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (mnemonic(top->text()).isNull())
            unreachable.append(top->text());
    }
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            // Dock toggles carry the dock title (no mnemonic) and an Alt+n shortcut.
            // Language entries are native names without mnemonics, reached with the arrow keys
            // inside the submenu, which has its own mnemonic.
            if (a->shortcut().isEmpty() && mnemonic(a->text()).isNull() && menu->objectName() != u"languageMenu")
                unreachable.append(u"%1 → %2"_s.arg(menu->title(), a->text()));
        }
    }
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(u'\n')));
    // The main commands have shortcuts.
    auto *settings = m_window->findChild<QAction *>(u"settingsAction"_s);
    QVERIFY(settings);
    QVERIFY(!settings->shortcut().isEmpty());
}

void TstDesktop::customWidgetsHaveAccessibleNames()
{
    openWindow(testConfig());
    auto *state = m_window->findChild<QLabel *>(u"serverState"_s);
    QVERIFY(state);
    QVERIFY(!state->accessibleName().isEmpty());
    QVERIFY(state->focusPolicy() & Qt::TabFocus);
    for (QWidget *view : m_window->charts()->findChildren<QWidget *>()) {
        if (view->inherits("QChartView"))
            QVERIFY2(!view->accessibleName().isEmpty(), "a chart view without an accessible name");
    }
    auto *connections = m_window->findChild<QTableView *>(u"connectionsView"_s);
    QVERIFY(connections);
    QVERIFY(!connections->accessibleName().isEmpty());
}

void TstDesktop::darkThemeReachesPaletteAndCharts()
{
    openWindow(testConfig());
    m_window->setThemeMode(Theme::Mode::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 128);
    QVERIFY(Theme::isDark());
    QVERIFY(m_window->charts()->isDarkTheme());
    for (QChart *chart : m_window->charts()->charts())
        QCOMPARE(chart->theme(), QChart::ChartThemeDark);
    QCOMPARE(QSettings().value(u"ui/theme"_s).toString(), u"dark"_s);
    // Colour-coded text stays readable: light error colour on the dark background.
    QVERIFY(Theme::errorText().lightness() > 128);

    m_window->setThemeMode(Theme::Mode::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    for (QChart *chart : m_window->charts()->charts())
        QCOMPARE(chart->theme(), QChart::ChartThemeLight);
    QVERIFY(Theme::errorText().lightness() < 128);
}

void TstDesktop::settingsDialogValidatesAndRestoresDefaults()
{
    SettingsDialog dialog(testConfig(), {}, QString(), Theme::Mode::System);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    auto *window = dialog.findChild<QLineEdit *>(u"rateWindow"_s);
    window->setText(u"5ms"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.problem().isEmpty());
    window->setText(u"30s"_s);
    QVERIFY(ok->isEnabled());
    dialog.findChild<QLineEdit *>(u"jwtSecret"_s)->setText(u"short"_s);
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QLineEdit *>(u"jwtSecret"_s)->clear();
    dialog.findChild<QLineEdit *>(u"allowedOrigins"_s)->setText(u"not an origin"_s);
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QLineEdit *>(u"allowedOrigins"_s)->setText(u"https://A.example:443, http://b.example:8080"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.config().allowedOrigins, (QStringList{u"https://a.example"_s, u"http://b.example:8080"_s}));
    dialog.findChild<QLineEdit *>(u"heartbeatInterval"_s)->setText(u"0"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.config().heartbeatInterval.count(), 0);
    dialog.findChild<QSpinBox *>(u"maxConnections"_s)->setValue(77);

    // The password file means something for PostgreSQL only; the dialog keeps its path.
    auto *db = dialog.findChild<QLineEdit *>(u"db"_s);
    auto *passwordFile = dialog.findChild<QLineEdit *>(u"dbPasswordFile"_s);
    QVERIFY(passwordFile);
    QVERIFY(!passwordFile->isEnabled());
    db->setText(u"postgresql://app@db.example:5432/socketscope"_s);
    QVERIFY(passwordFile->isEnabled());
    passwordFile->setText(u"/etc/socketscope/db-password"_s);
    QCOMPARE(dialog.config().dbPasswordFile, u"/etc/socketscope/db-password"_s);
    db->setText(u"/tmp/other.sqlite"_s);
    QVERIFY(!passwordFile->isEnabled());
    QCOMPARE(dialog.config().dbPasswordFile, QString());

    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    const ServerConfig defaults;
    QCOMPARE(dialog.config().maxConnections, defaults.maxConnections);
    QCOMPARE(dialog.config().heartbeatInterval, defaults.heartbeatInterval);
    QCOMPARE(dialog.config().allowedOrigins, QStringList());
    QCOMPARE(dialog.config().rateWindow, defaults.rateWindow);
}

void TstDesktop::settingsRoundTripIntoNextWindow()
{
    openWindow(testConfig());
    m_window->resize(1111, 777);

    whenDialogShows<SettingsDialog>(this, [](SettingsDialog *dialog) {
        dialog->findChild<QSpinBox *>(u"maxConnections"_s)->setValue(1234);
        dialog->findChild<QSpinBox *>(u"maxPerAddress"_s)->setValue(56);
        dialog->findChild<QSpinBox *>(u"rateLimit"_s)->setValue(25);
        dialog->findChild<QLineEdit *>(u"rateWindow"_s)->setText(u"30s"_s);
        dialog->findChild<QLineEdit *>(u"maxMessageSize"_s)->setText(u"128KiB"_s);
        dialog->findChild<QLineEdit *>(u"heartbeatInterval"_s)->setText(u"0"_s);
        dialog->findChild<QLineEdit *>(u"authTimeout"_s)->setText(u"3s"_s);
        dialog->findChild<QLineEdit *>(u"allowedOrigins"_s)->setText(u"https://app.example"_s);
        dialog->findChild<QSpinBox *>(u"publishRate"_s)->setValue(10);
        dialog->findChild<QSpinBox *>(u"auditMaxRows"_s)->setValue(5000);
        dialog->findChild<QCheckBox *>(u"demoUsers"_s)->setChecked(false);
        auto *theme = dialog->findChild<QComboBox *>(u"theme"_s);
        theme->setCurrentIndex(theme->findData(u"dark"_s));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    // The server is running: the window offers to restart it. Not now.
    whenDialogShows<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
    m_window->showSettings();
    QCOMPARE(m_window->config().maxConnections, 1234);
    QVERIFY(Theme::isDark());
    m_window->close();   // saves the layout and geometry, as quitting does
    m_window.reset();
    m_host.reset();

    // The next start: saved settings, then the command line (here: none but the test's db).
    ServerConfig next = MainWindow::withSavedSettings(ServerConfig{});
    QCOMPARE(next.maxConnections, 1234);
    QCOMPARE(next.maxPerAddress, 56);
    QCOMPARE(next.rateLimit, 25);
    QCOMPARE(next.rateWindow.count(), 30'000);
    QCOMPARE(next.maxMessageSize, 128 * 1024);
    QCOMPARE(next.heartbeatInterval.count(), 0);
    QCOMPARE(next.authTimeout.count(), 3'000);
    QCOMPARE(next.allowedOrigins, QStringList{u"https://app.example"_s});
    QCOMPARE(next.publishRateHz, 10);
    QCOMPARE(next.auditMaxRows, 5000);
    QCOMPARE(next.demoUsers, false);
    QCOMPARE(Theme::savedMode(), Theme::Mode::Dark);

    next.port = 0;
    openWindow(next);
    QCOMPARE(m_window->size(), QSize(1111, 777));
    whenDialogShows<SettingsDialog>(this, [](SettingsDialog *dialog) {
        QCOMPARE(dialog->findChild<QSpinBox *>(u"maxConnections"_s)->value(), 1234);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"rateWindow"_s)->text(), u"30s"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"maxMessageSize"_s)->text(), u"128KiB"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"allowedOrigins"_s)->text(), u"https://app.example"_s);
        QCOMPARE(dialog->findChild<QComboBox *>(u"theme"_s)->currentData().toString(), u"dark"_s);
        dialog->reject();
    });
    m_window->showSettings();
    QSettings().clear();
}

void TstDesktop::helpTexts()
{
    const QString about = aboutText();
    QVERIFY(about.contains(QString::fromLatin1(qVersion())));
    QVERIFY(about.contains(u"MIT"_s));
    QVERIFY(about.contains(QCoreApplication::applicationVersion().isEmpty() ? u"SocketScope"_s
                                                                             : QCoreApplication::applicationVersion()));
    const QString english = GettingStartedDialog::html(u"ws://127.0.0.1:8123"_s);
    for (const QString &path : {u"/ws/echo"_s, u"/ws/admin"_s, u"/ws/room/"_s, u"/ws/subscribe/"_s, u"ws://127.0.0.1:8123"_s,
                                u"Authorization: Bearer"_s, u"session_id="_s, u"?token="_s})
        QVERIFY2(english.contains(path.toHtmlEscaped()), qPrintable(path));
    I18n::install(u"de"_s);
    const QString german = GettingStartedDialog::html(u"ws://127.0.0.1:8123"_s);
    QVERIFY(german.contains(u"Authentifizierung"_s));
    QVERIFY(german.contains(u"/ws/echo"_s));
    // /ws answers "User 123: …" (SPEC §1), not "User id: …".
    QVERIFY(english.contains(u"User 123: …"_s));
}

void TstDesktop::kickReasonStaysEnglishInGerman()
{
    // The reason goes out in the close frame: protocol text, English whatever the window's language.
    QCOMPARE(I18n::install(u"de"_s), u"de"_s);
    KickDialog dialog(u"connection 1"_s);
    QVERIFY(dialog.windowTitle() != u"Kick"_s);   // the window itself is German
    QCOMPARE(dialog.reason(), u"Kicked by admin"_s);
    QCOMPARE(dialog.code(), 1008);
}

namespace {
// Labels whose text has a mnemonic ("&x") but no buddy show the "&" literally.
QStringList labelsWithoutBuddy(const QWidget *root)
{
    QStringList out;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const QString t = label->text();
        if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(t))
            continue;
        const QString stripped = QString(t).replace(u"&&"_s, QString());
        if (stripped.contains(u'&') && !label->buddy())
            out.append(t);
    }
    return out;
}
} // namespace

void TstDesktop::mnemonicLabelsHaveBuddies()
{
    for (const QString &language : {u"en"_s, u"de"_s}) {
        I18n::install(language);
        KickDialog kick(u"connection 1"_s);
        QStringList bad = labelsWithoutBuddy(&kick);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u", "_s)));
        openWindow(testConfig());   // with the client panel and the simulated clients
        bad = labelsWithoutBuddy(m_window.get());
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u", "_s)));
        m_window.reset();
        m_host.reset();
    }
}

void TstDesktop::chartColoursKeepTheirMeaningInDarkTheme()
{
    openWindow(testConfig());
    // The "Messages/s" chart: in and out.
    QChart *messages = m_window->charts()->charts().at(1);
    const auto colours = [messages] {
        QList<QColor> out;
        for (QAbstractSeries *series : messages->series())
            out.append(static_cast<QLineSeries *>(series)->pen().color());
        return out;
    };
    m_window->setThemeMode(Theme::Mode::Light);
    const QList<QColor> light = colours();
    QCOMPARE(light.size(), 2);
    QCOMPARE(light.at(0), TrafficCharts::seriesColour(0, 2, false));
    QCOMPARE(light.at(1), TrafficCharts::seriesColour(1, 2, false));
    m_window->setThemeMode(Theme::Mode::Dark);
    const QList<QColor> dark = colours();
    QCOMPARE(dark.at(0), TrafficCharts::seriesColour(0, 2, true));
    QCOMPARE(dark.at(1), TrafficCharts::seriesColour(1, 2, true));
    // "in" stays blue and "out" orange: the hue does not swap with the theme.
    QVERIFY(std::abs(light.at(0).hue() - dark.at(0).hue()) < 20);
    QVERIFY(std::abs(light.at(1).hue() - dark.at(1).hue()) < 20);
    QVERIFY(std::abs(dark.at(0).hue() - dark.at(1).hue()) > 60);
}

void TstDesktop::settingsPortRefusesOutOfRange()
{
    SettingsDialog dialog(testConfig(), {}, QString(), Theme::Mode::System);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *port = dialog.findChild<QSpinBox *>(u"port"_s);
    QVERIFY(ok && port);
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, u"70000"_s);
    QCOMPARE(port->text(), u"70000"_s);   // not 7000
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(u"70000"_s));
    port->selectAll();
    QTest::keyClicks(port, u"8080"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.config().port, 8080);
}


namespace {

using SectionSizes = QHash<QString, QList<int>>;

// Every table of every dock, named "dock/n" (not all views have an object name).
QList<std::pair<QString, QTableView *>> dockTables(const QMainWindow &window)
{
    QList<std::pair<QString, QTableView *>> views;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        const QList<QTableView *> tables = dock->findChildren<QTableView *>();
        for (qsizetype i = 0; i < tables.size(); ++i)
            views.append({u"%1/%2"_s.arg(dock->objectName()).arg(i), tables.at(i)});
    }
    return views;
}

SectionSizes sectionSizes(const QMainWindow &window)
{
    SectionSizes sizes;
    for (const auto &[name, view] : dockTables(window)) {
        QList<int> columns;
        for (int i = 0; i < view->horizontalHeader()->count(); ++i)
            columns.append(view->horizontalHeader()->sectionSize(i));
        sizes.insert(name, columns);
    }
    return sizes;
}

// Columns of `after` narrower than in `before`, described for a failure message. The last one
// stretches: it may be narrower only if the view is (the header still fills the view then).
QStringList narrowed(const QMainWindow &window, const SectionSizes &before, const SectionSizes &after,
                     const QString &dockName)
{
    QStringList problems;
    for (const auto &[name, view] : dockTables(window)) {
        if (!name.startsWith(dockName + u'/'))
            continue;
        const QHeaderView *header = view->horizontalHeader();
        const QList<int> b = before.value(name);
        const QList<int> a = after.value(name);
        int last = -1;
        for (int v = header->count() - 1; v >= 0 && last < 0; --v) {
            if (!header->isSectionHidden(header->logicalIndex(v)))
                last = header->logicalIndex(v);
        }
        for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
            // Hidden (e.g. Node outside a cluster): size 0, nothing to see.
            if (a.at(i) >= b.at(i) || header->isSectionHidden(i) || b.at(i) == 0)
                continue;
            if (i == last && header->length() >= view->viewport()->width())
                continue;
            problems.append(u"%1 column %2 (%3): %4 -> %5"_s.arg(name).arg(i)
                                .arg(header->model()->headerData(i, Qt::Horizontal).toString()).arg(b.at(i)).arg(a.at(i)));
        }
    }
    return problems;
}

} // namespace

void TstDesktop::columnWidthsRecoverAfterShrinking()
{
    openWindow(testConfig());
    MainWindow *w = m_window.get();
    const auto raiseAll = [&w] {
        for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
            dock->show();
            dock->raise();
            QCoreApplication::processEvents();
        }
    };
    w->resize(1600, 1000);
    QTRY_COMPARE(w->size(), QSize(1600, 1000));
    raiseAll();
    const SectionSizes before = sectionSizes(*w);
    QVERIFY(before.size() >= 10);
    // Each dock in front in turn, as the user would click its tab.
    const auto checkAll = [&w, &before] {
        QCOMPARE(sectionSizes(*w).size(), before.size());
        for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
            dock->raise();
            const QString name = dock->objectName();
            QTRY_VERIFY2(narrowed(*w, before, sectionSizes(*w), name).isEmpty(),
                         qPrintable(narrowed(*w, before, sectionSizes(*w), name).join(u"; "_s)));
        }
    };

    const auto shrink = [&w] {
        w->resize(800, 560);
        QTRY_COMPARE(w->size(), QSize(800, 560));
        for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
            dock->raise();
            w->resizeDocks({dock}, {60}, Qt::Vertical);
            w->resizeDocks({dock}, {60}, Qt::Horizontal);
            QCoreApplication::processEvents();
        }
    };

    // Small window and small docks, then large again in the same window.
    shrink();
    QVERIFY(!QTest::currentTestFailed());
    w->resize(1600, 1000);
    QTRY_COMPARE(w->size(), QSize(1600, 1000));
    checkAll();
    QVERIFY(!QTest::currentTestFailed());

    // Closed while small: the next window restores the header state saved at that size.
    shrink();
    QVERIFY(!QTest::currentTestFailed());
    w->close();
    m_window.reset();
    m_host.reset();
    openWindow(testConfig());
    w = m_window.get();
    w->resize(1600, 1000);
    QTRY_COMPARE(w->size(), QSize(1600, 1000));
    checkAll();
    QVERIFY(!QTest::currentTestFailed());
}

QTEST_MAIN(TstDesktop)
#include "tst_desktop.moc"
