#pragma once

#include "serverhost.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace SocketScope {

class UsersModel;
class TokensModel;

// The Users view: the store's users (id, name, role, tokens, banned until) and the selected
// user's API tokens, with add/remove user, issue/revoke token, ban/unban. Every store access goes
// through ServerHost into the server thread. The lists are read again after each action, when
// the server starts, and every few seconds while the view is visible, because the command line
// may change the same database from another process.
class UsersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPanel(ServerHost *host, QWidget *parent = nullptr);

    UsersModel *usersModel() const { return m_users; }
    TokensModel *tokensModel() const { return m_tokens; }
    QTableView *usersView() const { return m_usersView; }
    QTableView *tokensView() const { return m_tokensView; }

    QAction *addUserAction() const { return m_addUser; }
    QAction *removeUserAction() const { return m_removeUser; }
    QAction *banAction() const { return m_ban; }
    QAction *unbanAction() const { return m_unban; }
    QAction *issueTokenAction() const { return m_issueToken; }
    QAction *revokeTokenAction() const { return m_revokeToken; }

    qint64 currentUserId() const { return m_currentUser; }   // -1: none
    qint64 currentTokenId() const;                          // -1: none
    // Select a row as a click would; false when it is not (yet) listed.
    bool selectUser(qint64 userId);
    bool selectToken(qint64 tokenId);

    int refreshIntervalMs() const;
    void setRefreshIntervalMs(int ms);
    // Names of the users as last read, for pickers and validation.
    QStringList userNames() const;

public Q_SLOTS:
    // Reads the store again (asynchronously); refreshed() follows.
    void refresh();
    void addUser();
    void removeUser();
    void issueToken();
    void revokeToken();
    void banUser();
    void unbanUser();

Q_SIGNALS:
    void refreshed();
    // For the window's status bar.
    void statusMessage(const QString &text, int timeoutMs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyListing(quint64 requestId, const StoreListing &listing);
    void updateTokens();
    void updateActions();
    void failed(const QString &what, const QString &error);
    QString describeUser(qint64 userId) const;

    QPointer<ServerHost> m_host;
    UsersModel *m_users;
    TokensModel *m_tokens;
    QSortFilterProxyModel *m_usersProxy;
    QSortFilterProxyModel *m_tokensProxy;
    QTableView *m_usersView;
    QTableView *m_tokensView;
    QLabel *m_status;
    QLabel *m_tokensTitle;
    QTimer *m_timer;
    QAction *m_addUser;
    QAction *m_removeUser;
    QAction *m_ban;
    QAction *m_unban;
    QAction *m_issueToken;
    QAction *m_revokeToken;
    QAction *m_refresh;

    StoreListing m_listing;
    qint64 m_currentUser = -1;
    quint64 m_lastRequest = 0;
};

} // namespace SocketScope
