#include "userspanel.h"

#include "adduserdialog.h"
#include "bandialog.h"
#include "columnwidths.h"
#include "tokendialogs.h"
#include "uiformat.h"
#include "usersmodel.h"

#include "theme.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
void setUpTable(QTableView *view, QSortFilterProxyModel *proxy)
{
    proxy->setSortRole(Roles::Sort);
    proxy->setDynamicSortFilter(true);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

qint64 keyOfCurrent(const QTableView *view)
{
    const QModelIndex current = view->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(Roles::Key).toLongLong() : -1;
}

bool selectKey(QTableView *view, qint64 key)
{
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(Roles::Key).toLongLong() == key) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->scrollTo(index);
            return true;
        }
    }
    return false;
}
} // namespace

UsersPanel::UsersPanel(ServerHost *host, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_users(new UsersModel(this))
    , m_tokens(new TokensModel(this))
    , m_usersProxy(new QSortFilterProxyModel(this))
    , m_tokensProxy(new QSortFilterProxyModel(this))
    , m_usersView(new QTableView(this))
    , m_tokensView(new QTableView(this))
    , m_status(new QLabel(this))
    , m_tokensTitle(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_addUser(new QAction(tr("&Add user…"), this))
    , m_removeUser(new QAction(tr("&Remove user…"), this))
    , m_ban(new QAction(tr("&Ban…"), this))
    , m_unban(new QAction(tr("&Unban"), this))
    , m_issueToken(new QAction(tr("&Issue token…"), this))
    , m_revokeToken(new QAction(tr("Re&voke token…"), this))
    , m_refresh(new QAction(tr("Re&fresh"), this))
{
    m_usersView->setObjectName(u"usersView"_s);
    m_tokensView->setObjectName(u"tokensView"_s);
    m_addUser->setToolTip(tr("Add a user with a name and a role"));
    m_removeUser->setToolTip(tr("Remove the selected user with their tokens, sessions and ban; "
                                "their open connections are closed"));
    m_ban->setToolTip(tr("Ban the selected user for a while: their connections are closed, new ones refused"));
    m_unban->setToolTip(tr("Lift the selected user's ban"));
    m_issueToken->setToolTip(tr("Issue a new API token for the selected user; it is shown once"));
    m_revokeToken->setToolTip(tr("Revoke the selected token; connections that use it are closed"));
    m_refresh->setToolTip(tr("Read users and tokens from the database again"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *userBar = new QHBoxLayout;
    for (QAction *a : {m_addUser, m_removeUser, m_ban, m_unban})
        userBar->addWidget(buttonFor(a, this));
    userBar->addStretch(1);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    userBar->addWidget(m_status);
    userBar->addWidget(buttonFor(m_refresh, this));
    layout->addLayout(userBar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_usersProxy->setSourceModel(m_users);
    setUpTable(m_usersView, m_usersProxy);
    m_usersView->addActions({m_addUser, m_removeUser, m_ban, m_unban, m_issueToken});
    splitter->addWidget(m_usersView);

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    auto *tokenBar = new QHBoxLayout;
    tokenBar->addWidget(m_tokensTitle, 1);
    tokenBar->addWidget(buttonFor(m_issueToken, detail));
    tokenBar->addWidget(buttonFor(m_revokeToken, detail));
    detailLayout->addLayout(tokenBar);
    m_tokensProxy->setSourceModel(m_tokens);
    setUpTable(m_tokensView, m_tokensProxy);
    m_tokensView->addActions({m_issueToken, m_revokeToken});
    detailLayout->addWidget(m_tokensView, 1);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    using U = UsersModel;
    setColumnWidthsFromSamples(m_usersView, {{U::IdColumn, u"99999"_s}, {U::NameColumn, u"john_doe_the_second"_s},
                                             {U::RoleColumn, u"publisher"_s}, {U::TokensColumn, u"999"_s},
                                             {U::BannedColumn, u"2025-05-31 12:00:00"_s}});
    using T = TokensModel;
    setColumnWidthsFromSamples(m_tokensView, {{T::IdColumn, u"99999"_s}, {T::TokenColumn, u"WWWW…"_s},
                                              {T::CreatedColumn, u"2025-05-31 12:00:00"_s},
                                              {T::ExpiresColumn, u"2025-05-31 12:00:00"_s},
                                              {T::StatusColumn, TokensModel::statusText(TokenRow::Status::Revoked)}});

    connect(m_addUser, &QAction::triggered, this, &UsersPanel::addUser);
    connect(m_removeUser, &QAction::triggered, this, &UsersPanel::removeUser);
    connect(m_ban, &QAction::triggered, this, &UsersPanel::banUser);
    connect(m_unban, &QAction::triggered, this, &UsersPanel::unbanUser);
    connect(m_issueToken, &QAction::triggered, this, &UsersPanel::issueToken);
    connect(m_revokeToken, &QAction::triggered, this, &UsersPanel::revokeToken);
    connect(m_refresh, &QAction::triggered, this, &UsersPanel::refresh);

    connect(m_usersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const qint64 id = keyOfCurrent(m_usersView);
        if (id == m_currentUser)
            return;
        m_currentUser = id;
        updateTokens();
        updateActions();
    });
    connect(m_tokensView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersPanel::updateActions);
    // The selected user may be removed (here or by the command line): the detail empties.
    connect(m_usersProxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_currentUser >= 0 && !m_users->user(m_currentUser)) {
            m_currentUser = -1;
            updateTokens();
            updateActions();
        }
    });
    // Rows changing in place (a ban, a token count) change what the actions can do.
    connect(m_users, &QAbstractItemModel::dataChanged, this, &UsersPanel::updateActions);
    connect(m_tokens, &QAbstractItemModel::dataChanged, this, &UsersPanel::updateActions);
    // Double-clicking a user goes to their tokens.
    connect(m_usersView, &QAbstractItemView::doubleClicked, m_tokensView, [this] { m_tokensView->setFocus(); });

    if (host) {
        connect(host, &ServerHost::storeListingReady, this, &UsersPanel::applyListing);
        // The server opens the database when it starts: read it then.
        connect(host, &ServerHost::started, this, [this] { refresh(); });
    }
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start();
    updateTokens();
    updateActions();
}

int UsersPanel::refreshIntervalMs() const
{
    return m_timer->interval();
}

void UsersPanel::setRefreshIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

QStringList UsersPanel::userNames() const
{
    QStringList names;
    for (const UserRecord &r : m_users->rows())
        names.append(r.user.name);
    return names;
}

qint64 UsersPanel::currentTokenId() const
{
    return m_currentUser < 0 ? -1 : keyOfCurrent(m_tokensView);
}

bool UsersPanel::selectUser(qint64 userId)
{
    return selectKey(m_usersView, userId);
}

bool UsersPanel::selectToken(qint64 tokenId)
{
    return selectKey(m_tokensView, tokenId);
}

void UsersPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void UsersPanel::refresh()
{
    if (m_host)
        m_lastRequest = m_host->requestStoreListing();
}

void UsersPanel::applyListing(quint64 requestId, const StoreListing &listing)
{
    if (requestId != m_lastRequest)
        return;   // an older answer, or someone else's: a newer one follows
    m_listing = listing;
    if (listing.ok) {
        m_users->setUsers(listing.users);
        m_status->setText(tr("%n user(s)", nullptr, int(listing.users.size())));
        m_status->setToolTip(tr("Database %1, read at %2")
                                 .arg(listing.databasePath,
                                      QDateTime::fromSecsSinceEpoch(listing.nowSecs).toString(u"HH:mm:ss"_s)));
        m_status->setStyleSheet(QString());
    } else {
        m_users->clear();
        m_status->setText(tr("No database"));
        m_status->setToolTip(listing.error);
        m_status->setStyleSheet(u"color: %1"_s.arg(Theme::errorText().name()));
    }
    // Master/detail shows something from the start: with nothing selected, the first user is.
    if (m_currentUser < 0 && m_usersProxy->rowCount() > 0)
        m_usersView->selectionModel()->setCurrentIndex(m_usersProxy->index(0, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateTokens();
    updateActions();
    Q_EMIT refreshed();
}

void UsersPanel::updateTokens()
{
    const UserRecord *user = m_currentUser >= 0 ? m_users->user(m_currentUser) : nullptr;
    if (!user) {
        m_tokens->clear();
        m_tokensTitle->setText(tr("API tokens: select a user"));
        return;
    }
    m_tokens->setTokens(m_listing.tokens, user->user.id, m_listing.nowSecs);
    m_tokensTitle->setText(tr("API tokens of <b>%1</b>").arg(describeUser(user->user.id).toHtmlEscaped()));
}

void UsersPanel::updateActions()
{
    const bool available = m_host && m_listing.ok;
    const UserRecord *user = m_currentUser >= 0 ? m_users->user(m_currentUser) : nullptr;
    const qint64 tokenId = currentTokenId();
    const TokenRow *token = tokenId >= 0 ? m_tokens->token(tokenId) : nullptr;
    m_addUser->setEnabled(available);
    m_removeUser->setEnabled(available && user);
    m_ban->setEnabled(available && user);
    m_unban->setEnabled(available && user && user->bannedUntil > 0);
    m_issueToken->setEnabled(available && user);
    m_revokeToken->setEnabled(available && token && token->status == TokenRow::Status::Active);
    m_refresh->setEnabled(bool(m_host));
}

QString UsersPanel::describeUser(qint64 userId) const
{
    const UserRecord *r = m_users->user(userId);
    return UiFormat::user(userId, r ? r->user.name : QString());
}

void UsersPanel::failed(const QString &what, const QString &error)
{
    QMessageBox::warning(this, tr("Users"), tr("%1 failed: %2").arg(what, error));
    refresh();
}

void UsersPanel::addUser()
{
    if (!m_host)
        return;
    AddUserDialog dialog(userNames(), this);
    if (dialog.exec() != QDialog::Accepted || !m_host)
        return;
    QString error;
    const auto user = m_host->addUser(dialog.name(), dialog.role(), &error);
    if (!user)
        return failed(tr("Adding user “%1”").arg(dialog.name()), error);
    Q_EMIT statusMessage(tr("Added user %1 (%2).").arg(UiFormat::user(user->id, user->name), user->role), 6000);
    const qint64 id = user->id;
    // Select the new user once it is listed.
    connect(this, &UsersPanel::refreshed, this, [this, id] { selectUser(id); }, Qt::SingleShotConnection);
    refresh();
}

void UsersPanel::removeUser()
{
    const qint64 id = m_currentUser;
    if (!m_host || id < 0)
        return;
    const QString who = describeUser(id);
    const auto answer = QMessageBox::question(
        this, tr("Remove user"),
        tr("Remove %1? Their tokens, sessions and ban are removed too, and their open connections are "
           "closed. This cannot be undone.").arg(who),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes || !m_host)
        return;
    QString error;
    if (!m_host->removeUser(id, &error))
        return failed(tr("Removing %1").arg(who), error);
    Q_EMIT statusMessage(tr("Removed %1.").arg(who), 6000);
    refresh();
}

void UsersPanel::issueToken()
{
    const qint64 id = m_currentUser;
    if (!m_host || id < 0)
        return;
    const QString who = describeUser(id);
    IssueTokenDialog ask(who, this);
    if (ask.exec() != QDialog::Accepted || !m_host)
        return;
    QString error;
    const auto issued = m_host->issueToken(id, ask.ttlSecs(), &error);
    if (!issued)
        return failed(tr("Issuing a token for %1").arg(who), error);
    refresh();
    NewTokenDialog once(issued->token, who, issued->id, issued->expiresAt, this);
    once.exec();
    Q_EMIT statusMessage(tr("Issued token %1 for %2.").arg(issued->id).arg(who), 6000);
}

void UsersPanel::revokeToken()
{
    const qint64 id = currentTokenId();
    const TokenRow *token = id >= 0 ? m_tokens->token(id) : nullptr;
    if (!m_host || !token)
        return;
    const QString who = describeUser(token->info.userId);
    const auto answer = QMessageBox::question(
        this, tr("Revoke token"),
        tr("Revoke token %1 (%2) of %3? Connections that authenticated with it are closed, and it "
           "cannot be used again.").arg(id).arg(token->info.redacted, who),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes || !m_host)
        return;
    QString error;
    if (!m_host->revokeToken(id, &error))
        return failed(tr("Revoking token %1").arg(id), error);
    Q_EMIT statusMessage(tr("Revoked token %1 of %2.").arg(id).arg(who), 6000);
    refresh();
}

void UsersPanel::banUser()
{
    const qint64 id = m_currentUser;
    if (!m_host || id < 0)
        return;
    const QString who = describeUser(id);
    BanDialog dialog(who, this);
    if (dialog.exec() != QDialog::Accepted || !m_host)
        return;
    QString error;
    if (!m_host->ban(id, dialog.durationMs(), dialog.reason(), &error))
        return failed(tr("Banning %1").arg(who), error);
    Q_EMIT statusMessage(tr("Banned %1 for %2.").arg(who, UiFormat::duration(dialog.durationMs())), 6000);
    refresh();
}

void UsersPanel::unbanUser()
{
    const qint64 id = m_currentUser;
    if (!m_host || id < 0)
        return;
    const QString who = describeUser(id);
    QString error;
    if (!m_host->unban(id, &error))
        return failed(tr("Unbanning %1").arg(who), error);
    Q_EMIT statusMessage(tr("Unbanned %1.").arg(who), 6000);
    refresh();
}

} // namespace SocketScope
