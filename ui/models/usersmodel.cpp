#include "usersmodel.h"

#include "uiformat.h"

#include "theme.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
QVariant numberAlignment()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

// Local date and time to the second; "" for 0.
QString localTime(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

} // namespace

UsersModel::UsersModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

bool UsersModel::sameRow(const UserRecord &a, const UserRecord &b) const
{
    return a.user.id == b.user.id && a.user.name == b.user.name && a.user.role == b.user.role
        && a.activeTokens == b.activeTokens && a.tokens == b.tokens && a.bannedUntil == b.bannedUntil
        && a.banReason == b.banReason;
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserRecord &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return QString::number(r.user.id);
        case NameColumn: return r.user.name;
        case RoleColumn: return r.user.role;
        case TokensColumn: return QString::number(r.activeTokens);
        case BannedColumn: return localTime(r.bannedUntil);
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case IdColumn: return r.user.id;
        case NameColumn: return r.user.name;
        case RoleColumn: return r.user.role;
        case TokensColumn: return r.activeTokens;
        case BannedColumn: return r.bannedUntil;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TokensColumn)
            return tr("%n active token(s)", nullptr, r.activeTokens) + u'\n'
                + tr("%n revoked or expired", nullptr, r.tokens - r.activeTokens);
        if (index.column() == BannedColumn && r.bannedUntil > 0)
            return r.banReason.isEmpty() ? tr("Banned until %1").arg(localTime(r.bannedUntil))
                                         : tr("Banned until %1: %2").arg(localTime(r.bannedUntil), r.banReason);
        break;
    case Qt::ForegroundRole:
        if (index.column() == BannedColumn && r.bannedUntil > 0)
            return QBrush(Theme::errorText());
        break;
    case Qt::TextAlignmentRole:
        return index.column() == IdColumn || index.column() == TokensColumn ? numberAlignment() : QVariant();
    case Roles::Key:
    case Roles::UserId:
        return r.user.id;
    default: break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("ID");
    case NameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case TokensColumn: return tr("Tokens");
    case BannedColumn: return tr("Banned until");
    }
    return {};
}

TokensModel::TokensModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void TokensModel::setTokens(const QList<TokenInfo> &tokens, qint64 userId, qint64 nowSecs)
{
    QList<TokenRow> rows;
    for (const TokenInfo &t : tokens) {
        if (t.userId != userId)
            continue;
        TokenRow r;
        r.info = t;
        r.status = t.revoked ? TokenRow::Status::Revoked
            : (t.expiresAt != 0 && t.expiresAt <= nowSecs) ? TokenRow::Status::Expired
                                                            : TokenRow::Status::Active;
        rows.append(r);
    }
    applyRows(rows);
}

QString TokensModel::statusText(TokenRow::Status status)
{
    switch (status) {
    case TokenRow::Status::Active: return tr("active");
    case TokenRow::Status::Expired: return tr("expired");
    case TokenRow::Status::Revoked: return tr("revoked");
    }
    return {};
}

bool TokensModel::sameRow(const TokenRow &a, const TokenRow &b) const
{
    return a.info.id == b.info.id && a.info.userId == b.info.userId && a.info.redacted == b.info.redacted
        && a.info.createdAt == b.info.createdAt && a.info.expiresAt == b.info.expiresAt
        && a.info.revoked == b.info.revoked && a.status == b.status;
}

int TokensModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokensModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TokenRow &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return QString::number(r.info.id);
        case TokenColumn: return r.info.redacted;
        case CreatedColumn: return localTime(r.info.createdAt);
        case ExpiresColumn: return r.info.expiresAt == 0 ? tr("never") : localTime(r.info.expiresAt);
        case StatusColumn: return statusText(r.status);
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case IdColumn: return r.info.id;
        case TokenColumn: return r.info.redacted;
        case CreatedColumn: return r.info.createdAt;
        case ExpiresColumn: return r.info.expiresAt == 0 ? std::numeric_limits<qint64>::max() : r.info.expiresAt;
        case StatusColumn: return int(r.status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TokenColumn)
            return tr("Only the first characters are shown; the store keeps a hash, never the token.");
        break;
    case Qt::ForegroundRole:
        if (r.status != TokenRow::Status::Active)
            return QBrush(Theme::mutedText());
        break;
    case Qt::TextAlignmentRole:
        return index.column() == IdColumn ? numberAlignment() : QVariant();
    case Roles::Key:
        return r.info.id;
    case Roles::UserId:
        return r.info.userId;
    default: break;
    }
    return {};
}

QVariant TokensModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("ID");
    case TokenColumn: return tr("Token");
    case CreatedColumn: return tr("Created");
    case ExpiresColumn: return tr("Expires");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace SocketScope
