// GUI tests of the Users view, TLS settings and audit export (offscreen): a real MainWindow
// driving a real server thread on 127.0.0.1 port 0, with real QWebSocket clients. Dialogs are
// filled and accepted through their widgets while the view's own code path runs them.

#include "support/testsettings.h"
#include "support/dialogs.h"
#include "support/requiredep.h"
#include "adduserdialog.h"
#include "store/auditexport.h"
#include "bandialog.h"
#include "dashboard.h"
#include "serverhost.h"
#include "store/store.h"
#include "tokendialogs.h"
#include "userspanel.h"
#include "usersmodel.h"

#include "support/testclient.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using TestSupport::TestClient;

using TestSupport::clickOk;
using TestSupport::whenDialogShows;

namespace {

void clickYes(QMessageBox *box)
{
    QAbstractButton *yes = box->button(QMessageBox::Yes);
    QVERIFY(yes);
    yes->click();
}

} // namespace

class TstUsersPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void listsTheStoreUsers();
    void addUserDialogValidates();
    void addUserAppearsInViewAndStore();
    void issuedTokenAuthenticatesRealClient();
    void revokeInViewClosesLiveClient();
    void banFromViewClosesLiveClientAndUnbanLetsBackIn();
    void removeUserFromView();
    void auditExportHasRowsButNeverToken();
    void tlsMissingCertificateNamesFileAndReason();
    void tlsOnShowsWssUrlAndIsSaved();

private:
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(m_host->port()).arg(pathAndQuery));
    }
    UsersPanel *panel() const { return m_window->usersPanel(); }
    // Checks the store as another process (the command line) would: its own connection.
    std::unique_ptr<Store> openStore() const
    {
        auto store = std::make_unique<Store>();
        QString error;
        if (!store->open(m_dbPath, &error))
            qWarning() << "cannot open the store:" << error;
        return store;
    }
    // Selects the user in the view (waiting for it to be listed).
    bool selectUser(qint64 id)
    {
        panel()->refresh();
        return QTest::qWaitFor([&] { return panel()->selectUser(id); }) && panel()->currentUserId() == id;
    }
    // Issues a token through the view (Issue token… then the show-once dialog); "" on failure.
    QString issueTokenInView(qint64 userId);

    QString m_dbPath;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerHost> m_host;
    std::unique_ptr<MainWindow> m_window;
};

void TstUsersPanel::initTestCase()
{
    // The window reads and writes QSettings: keep them away from the user's real ones.
    TestSupport::isolateSettings(u"tst_userspanel"_s);
}

void TstUsersPanel::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"socketscope.sqlite"_s);
    ServerConfig config;
    config.host = u"127.0.0.1"_s;
    config.port = 0;
    config.dbPath = m_dbPath;
    config.jwtSecret = u"test-secret-0123456789abcdef"_s;
    m_host = std::make_unique<ServerHost>();
    m_window = std::make_unique<MainWindow>(m_host.get(), config);
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_host->isListening(), 10000);
    m_window->showUsers();   // Server → Users and tokens (Ctrl+U)
    QVERIFY(panel()->isVisible());
    // The demo users of the fresh database are listed.
    QTRY_VERIFY(panel()->usersModel()->user(123));
}

void TstUsersPanel::cleanup()
{
    m_window.reset();
    m_host.reset();
    m_dir.reset();
}

void TstUsersPanel::cleanupTestCase()
{
    TestSupport::removeSettings();
}

QString TstUsersPanel::issueTokenInView(qint64 userId)
{
    if (!selectUser(userId))
        return {};
    QString token;
    bool asked = false;
    whenDialogShows<IssueTokenDialog>(this, [&](IssueTokenDialog *dialog) {
        asked = true;
        auto *lifetime = dialog->findChild<QComboBox *>(u"tokenLifetime"_s);
        QVERIFY(lifetime);
        lifetime->setEditText(u"2d"_s);
        QCOMPARE(dialog->ttlSecs(), 2 * 86400);
        clickOk(dialog);
    });
    whenDialogShows<NewTokenDialog>(this, [&](NewTokenDialog *dialog) {
        auto *field = dialog->findChild<QLineEdit *>(u"token"_s);
        QVERIFY(field);
        QVERIFY(field->isReadOnly());
        token = field->text();
        auto *copy = dialog->findChild<QPushButton *>(u"copyToken"_s);
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), token);
        dialog->accept();
    });
    panel()->issueTokenAction()->trigger();
    return asked ? token : QString();
}

void TstUsersPanel::listsTheStoreUsers()
{
    UsersModel *users = panel()->usersModel();
    const UserRecord *john = users->user(123);
    QVERIFY(john);
    QCOMPARE(john->user.name, u"john_doe"_s);
    const int row = users->rowOfKey(123);
    QCOMPARE(users->index(row, UsersModel::NameColumn).data().toString(), u"john_doe"_s);
    QCOMPARE(users->index(row, UsersModel::RoleColumn).data().toString(), u"user"_s);
    QCOMPARE(users->index(row, UsersModel::TokensColumn).data().toString(), u"1"_s);   // demo "secret-token"
    QCOMPARE(users->index(row, UsersModel::BannedColumn).data().toString(), QString());

    QVERIFY(selectUser(123));
    TokensModel *tokens = panel()->tokensModel();
    QTRY_COMPARE(tokens->rowCount(), 1);
    const QString redacted = tokens->index(0, TokensModel::TokenColumn).data().toString();
    QVERIFY(!redacted.contains(u"secret-token"_s));
    QCOMPARE(tokens->index(0, TokensModel::StatusColumn).data().toString(), u"active"_s);
    QCOMPARE(tokens->index(0, TokensModel::ExpiresColumn).data().toString(), u"never"_s);

    // A change made by another process (the command line) shows up on the next refresh.
    {
        auto store = openStore();
        QString error;
        QVERIFY(store->addUser(u"from_cli"_s, u"user"_s, &error, 900));
    }
    panel()->setRefreshIntervalMs(50);
    QTRY_VERIFY(users->user(900));
}

void TstUsersPanel::addUserDialogValidates()
{
    const QStringList names{u"alice"_s, u"bob"_s};
    QVERIFY(AddUserDialog::problemWithName(u"carol"_s, names).isEmpty());
    QVERIFY(!AddUserDialog::problemWithName(QString(), names).isEmpty());
    QVERIFY(!AddUserDialog::problemWithName(u"alice"_s, names).isEmpty());
    QVERIFY(AddUserDialog::problemWithName(u"Alice"_s, names).isEmpty());   // case-sensitive, as the store
    QVERIFY(!AddUserDialog::problemWithName(u"two words"_s, names).isEmpty());
    QVERIFY(!AddUserDialog::problemWithName(u"tab\there"_s, names).isEmpty());
    QVERIFY(!AddUserDialog::problemWithName(QString(65, u'x'), names).isEmpty());
    QVERIFY(AddUserDialog::problemWithName(QString(64, u'x'), names).isEmpty());

    AddUserDialog dialog(names);
    auto *name = dialog.findChild<QLineEdit *>(u"userName"_s);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(name && ok);
    QVERIFY(!ok->isEnabled());
    name->setText(u"bob"_s);
    QVERIFY(!ok->isEnabled());
    name->setText(u"bob 2"_s);
    QVERIFY(!ok->isEnabled());
    name->setText(u"bob2"_s);
    QVERIFY(ok->isEnabled());
}

void TstUsersPanel::addUserAppearsInViewAndStore()
{
    bool dialogSeen = false;
    whenDialogShows<AddUserDialog>(this, [&](AddUserDialog *dialog) {
        dialogSeen = true;
        auto *name = dialog->findChild<QLineEdit *>(u"userName"_s);
        auto *role = dialog->findChild<QComboBox *>(u"userRole"_s);
        QVERIFY(name && role);
        name->setText(u"carol"_s);
        role->setCurrentIndex(role->findData(u"publisher"_s));
        clickOk(dialog);
    });
    panel()->addUserAction()->trigger();
    QVERIFY(dialogSeen);

    UsersModel *users = panel()->usersModel();
    const auto carolRow = [&]() -> const UserRecord * {
        for (const UserRecord &r : users->rows()) {
            if (r.user.name == u"carol")
                return &r;
        }
        return nullptr;
    };
    QTRY_VERIFY(carolRow());
    QCOMPARE(carolRow()->user.role, u"publisher"_s);
    QTRY_COMPARE(panel()->currentUserId(), carolRow()->user.id);   // the new user is selected

    auto store = openStore();
    const auto stored = store->userByName(u"carol");
    QVERIFY(stored);
    QCOMPARE(stored->role, u"publisher"_s);
    QCOMPARE(stored->id, carolRow()->user.id);
    // The GUI is the actor of the change in the audit log.
    bool audited = false;
    for (const AuditEntry &e : store->audit(0)) {
        if (e.kind == u"admin" && e.actor == u"GUI" && e.userName == u"carol")
            audited = true;
    }
    QVERIFY(audited);
}

void TstUsersPanel::issuedTokenAuthenticatesRealClient()
{
    const QString token = issueTokenInView(2);   // bob
    QVERIFY(token.startsWith(u"ssk_"_s));

    TestClient client;
    QVERIFY(client.open(url(u"/ws"_s), {{"Authorization", "Bearer " + token.toUtf8()}}));
    const QJsonObject welcome = QJsonDocument::fromJson(client.next().toUtf8()).object();
    QCOMPARE(welcome.value(u"type"_s).toString(), u"welcome"_s);
    QVERIFY(welcome.value(u"message"_s).toString().contains(u"bob"_s));

    // The tokens table lists it, redacted, active, expiring in two days; the token itself is nowhere.
    TokensModel *tokens = panel()->tokensModel();
    QTRY_VERIFY(tokens->rowCount() >= 1);
    bool found = false;
    for (int r = 0; r < tokens->rowCount(); ++r) {
        for (int c = 0; c < tokens->columnCount(); ++c)
            QVERIFY(!tokens->index(r, c).data().toString().contains(token));
        if (tokens->rowAt(r).info.expiresAt > 0) {
            found = true;
            QCOMPARE(tokens->index(r, TokensModel::StatusColumn).data().toString(), u"active"_s);
        }
    }
    QVERIFY(found);
    QTRY_COMPARE(panel()->usersModel()->user(2)->activeTokens, 1);   // bob's demo login is a session, not a token
}

void TstUsersPanel::revokeInViewClosesLiveClient()
{
    const QString token = issueTokenInView(2);
    QVERIFY(!token.isEmpty());
    TestClient client;
    QVERIFY(client.open(url(u"/ws"_s), {{"Authorization", "Bearer " + token.toUtf8()}}));
    QVERIFY(!client.next().isEmpty());   // welcome: authenticated
    TestClient bystander;                 // bob by his session cookie: not affected
    QVERIFY(bystander.open(url(u"/ws"_s), {{"Cookie", "session_id=xyz789"}}));
    QVERIFY(!bystander.next().isEmpty());

    auto store = openStore();
    const auto tokenId = store->tokenIdForHash(Store::hashSecret(token));
    QVERIFY(tokenId);
    QTRY_VERIFY(panel()->selectToken(*tokenId));
    QVERIFY(panel()->revokeTokenAction()->isEnabled());

    bool asked = false;
    whenDialogShows<QMessageBox>(this, [&](QMessageBox *box) {
        asked = true;
        clickYes(box);
    });
    panel()->revokeTokenAction()->trigger();
    QVERIFY(asked);

    QVERIFY(client.waitClosed());
    QCOMPARE(client.closeCode, 1008);
    QCOMPARE(client.closeReason, u"Token revoked"_s);
    QVERIFY(!bystander.disconnected);
    TokensModel *tokens = panel()->tokensModel();
    QTRY_COMPARE(tokens->index(tokens->rowOfKey(*tokenId), TokensModel::StatusColumn).data().toString(), u"revoked"_s);
    QVERIFY(!panel()->revokeTokenAction()->isEnabled());
    // And it no longer opens a connection.
    TestClient again;
    again.open(url(u"/ws"_s), {{"Authorization", "Bearer " + token.toUtf8()}});
    QVERIFY(again.waitClosed());
    QCOMPARE(again.closeCode, 1008);
}

void TstUsersPanel::banFromViewClosesLiveClientAndUnbanLetsBackIn()
{
    TestClient john;
    QVERIFY(john.open(url(u"/ws?token=secret-token"_s)));
    QVERIFY(!john.next().isEmpty());
    QVERIFY(selectUser(123));
    QVERIFY(!panel()->unbanAction()->isEnabled());

    bool dialogSeen = false;
    whenDialogShows<BanDialog>(this, [&](BanDialog *dialog) {
        dialogSeen = true;
        auto *duration = dialog->findChild<QComboBox *>();
        QVERIFY(duration);
        duration->setEditText(u"2h"_s);
        QCOMPARE(dialog->durationMs(), 2 * 3600 * 1000);
        clickOk(dialog);
    });
    panel()->banAction()->trigger();
    QVERIFY(dialogSeen);

    QVERIFY(john.waitClosed());
    QCOMPARE(john.closeCode, 1008);
    QCOMPARE(john.closeReason, u"Banned by admin"_s);
    UsersModel *users = panel()->usersModel();
    QTRY_VERIFY(users->user(123)->bannedUntil > 0);
    QVERIFY(!users->index(users->rowOfKey(123), UsersModel::BannedColumn).data().toString().isEmpty());
    QVERIFY(panel()->unbanAction()->isEnabled());
    TestClient refused;
    refused.open(url(u"/ws?token=secret-token"_s));
    QVERIFY(refused.waitClosed());
    QCOMPARE(refused.closeReason, u"User banned"_s);

    panel()->unbanAction()->trigger();
    QTRY_COMPARE(users->user(123)->bannedUntil, 0);
    TestClient back;
    QVERIFY(back.open(url(u"/ws?token=secret-token"_s)));
    QVERIFY(!back.next().isEmpty());
}

void TstUsersPanel::removeUserFromView()
{
    TestClient bob;
    QVERIFY(bob.open(url(u"/ws"_s), {{"Cookie", "session_id=xyz789"}}));
    QVERIFY(!bob.next().isEmpty());
    QVERIFY(selectUser(2));

    // Saying no removes nothing.
    whenDialogShows<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
    panel()->removeUserAction()->trigger();
    QVERIFY(openStore()->userById(2));

    whenDialogShows<QMessageBox>(this, [](QMessageBox *box) { clickYes(box); });
    panel()->removeUserAction()->trigger();
    QTRY_VERIFY(!panel()->usersModel()->user(2));
    QVERIFY(!openStore()->userById(2));
    // The selection moves on to a neighbour, and the tokens table follows it.
    QVERIFY(panel()->currentUserId() != 2);
    for (const TokenRow &t : panel()->tokensModel()->rows())
        QCOMPARE(t.info.userId, panel()->currentUserId());
    QVERIFY(bob.waitClosed());
    QCOMPARE(bob.closeCode, 1008);
    QCOMPARE(bob.closeReason, u"User removed"_s);
}

void TstUsersPanel::auditExportHasRowsButNeverToken()
{
    const QString token = issueTokenInView(123);
    QVERIFY(!token.isEmpty());
    TestClient john;
    QVERIFY(john.open(url(u"/ws"_s), {{"Authorization", "Bearer " + token.toUtf8()}}));
    QVERIFY(!john.next().isEmpty());
    QVERIFY(selectUser(123));
    whenDialogShows<BanDialog>(this, [](BanDialog *dialog) { clickOk(dialog); });
    panel()->banAction()->trigger();
    QVERIFY(john.waitClosed());

    const QString csvPath = m_dir->filePath(u"audit.csv"_s);
    QString error;
    QVERIFY2(m_window->exportAuditLog(csvPath, 0, AuditFormat::Csv, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvData = csv.readAll();
    const QList<QByteArray> lines = csvData.split('\n');
    QCOMPARE(lines.first(), auditExportColumns().join(u',').toUtf8() + '\r');
    const qsizetype kind = auditExportColumns().indexOf(u"kind"_s);
    const qsizetype actor = auditExportColumns().indexOf(u"actor"_s);
    bool banRow = false;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> cells = line.trimmed().split(',');   // no commas in these rows' cells
        if (cells.size() > actor && cells.at(kind) == "ban" && cells.at(actor) == "GUI")
            banRow = true;
    }
    QVERIFY2(banRow, csvData.constData());
    QVERIFY(csvData.contains("token issue"));
    QVERIFY(!csvData.contains(token.toUtf8()));
    QVERIFY(!csvData.contains("secret-token"));

    const QString jsonlPath = m_dir->filePath(u"audit.jsonl"_s);
    QVERIFY2(m_window->exportAuditLog(jsonlPath, QDateTime::currentMSecsSinceEpoch() - 3600 * 1000,
                                      AuditFormat::JsonLines, &error), qPrintable(error));
    QFile jsonl(jsonlPath);
    QVERIFY(jsonl.open(QIODevice::ReadOnly));
    const QByteArray jsonData = jsonl.readAll();
    QVERIFY(!jsonData.contains(token.toUtf8()));
    bool banObject = false;
    for (const QByteArray &line : jsonData.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        if (o.value(u"kind"_s) == u"ban"_s && o.value(u"actor"_s) == u"GUI"_s && o.value(u"user_name"_s) == u"john_doe"_s)
            banObject = true;
    }
    QVERIFY(banObject);

    // A file that cannot be written is an error, and nothing is left behind.
    const QString bad = m_dir->filePath(u"missing-folder/audit.csv"_s);
    QVERIFY(!m_window->exportAuditLog(bad, 0, AuditFormat::Csv, &error));
    QVERIFY(error.contains(QDir::toNativeSeparators(bad)));
    QVERIFY(!QFileInfo::exists(bad));
}

void TstUsersPanel::tlsMissingCertificateNamesFileAndReason()
{
    const QString cert = m_dir->filePath(u"nope-cert.pem"_s);
    const QString key = m_dir->filePath(u"nope-key.pem"_s);
    m_window->setTlsSettings({true, cert, key, -1});
    QTRY_VERIFY(m_window->serverStateText().contains(cert));
    QVERIFY2(m_window->serverStateText().contains(u"does not exist"_s), qPrintable(m_window->serverStateText()));
    QVERIFY(!m_host->isListening());
    // The store stays usable while the server is down: the view still lists the users.
    panel()->refresh();
    QTRY_VERIFY(panel()->usersModel()->user(123));

    // Turning TLS off again starts plain ws://.
    m_window->setTlsSettings({false, cert, key, -1});
    QTRY_VERIFY(m_host->isListening());
    QVERIFY(m_window->serverStateText().startsWith(u"ws://127.0.0.1:"_s));
}

void TstUsersPanel::tlsOnShowsWssUrlAndIsSaved()
{
    SOCKETSCOPE_REQUIRE_DEP(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(),
                            "openssl is not installed (scripts/install-deps.sh installs it)");
    const QString cert = m_dir->filePath(u"cert.pem"_s);
    const QString key = m_dir->filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                 u"-subj"_s, u"/CN=localhost"_s, u"-keyout"_s, key, u"-out"_s, cert});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);

    m_window->setTlsSettings({true, cert, key, 0});
    QTRY_VERIFY_WITH_TIMEOUT(m_host->isListening() && m_window->serverStateText().startsWith(u"wss://"_s), 10000);
    QVERIFY2(m_window->serverStateText().contains(u"ws://127.0.0.1:"_s), qPrintable(m_window->serverStateText()));
    QVERIFY(m_window->windowTitle().contains(u"wss://"_s));

    TestClient secure;
    connect(&secure.ws, &QWebSocket::sslErrors, this, [&](const QList<QSslError> &) { secure.ws.ignoreSslErrors(); });
    QVERIFY(secure.open(QUrl(u"wss://127.0.0.1:%1/ws?token=secret-token"_s.arg(m_host->port()))));
    QVERIFY(!secure.next().isEmpty());

    // Saved with the other server settings: the next run starts with TLS.
    const ServerConfig next = MainWindow::withSavedSettings(ServerConfig{});
    QCOMPARE(next.tlsCert, cert);
    QCOMPARE(next.tlsKey, key);
    QCOMPARE(next.plainPort, 0);
}

QTEST_MAIN(TstUsersPanel)
#include "tst_userspanel.moc"
