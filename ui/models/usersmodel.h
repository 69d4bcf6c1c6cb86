#pragma once

#include "keyedtablemodel.h"
#include "serverhost.h"

namespace SocketScope {

// The users of the store: id, name, role, tokens, banned until. Rows keyed by user id.
class UsersModel : public KeyedTableModel<qint64, UserRecord>
{
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, RoleColumn, TokensColumn, BannedColumn, ColumnCount };

    explicit UsersModel(QObject *parent = nullptr);
    void setUsers(const QList<UserRecord> &users) { applyRows(users); }
    void clear() { clearRows(); }
    const UserRecord *user(qint64 id) const { return rowForKey(id); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 keyOf(const UserRecord &r) const override { return r.user.id; }
    bool sameRow(const UserRecord &a, const UserRecord &b) const override;
};

// One API token as the Users view shows it; the status is computed when the store was read.
struct TokenRow
{
    enum class Status { Active, Expired, Revoked };
    TokenInfo info;
    Status status = Status::Active;
};

// The tokens of one user: id, redacted value, created, expires, status. Rows keyed by token id.
class TokensModel : public KeyedTableModel<qint64, TokenRow>
{
    Q_OBJECT
public:
    enum Column { IdColumn, TokenColumn, CreatedColumn, ExpiresColumn, StatusColumn, ColumnCount };

    explicit TokensModel(QObject *parent = nullptr);
    // The tokens of `userId` among `tokens`, with their status as of `nowSecs`.
    void setTokens(const QList<TokenInfo> &tokens, qint64 userId, qint64 nowSecs);
    void clear() { clearRows(); }
    const TokenRow *token(qint64 id) const { return rowForKey(id); }

    static QString statusText(TokenRow::Status status);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 keyOf(const TokenRow &r) const override { return r.info.id; }
    bool sameRow(const TokenRow &a, const TokenRow &b) const override;
};

} // namespace SocketScope
