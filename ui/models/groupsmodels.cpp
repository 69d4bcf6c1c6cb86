#include "groupsmodels.h"

#include "connectionsmodel.h"
#include "uiformat.h"

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
QVariant numberAlignment()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}
} // namespace

RoomsModel::RoomsModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

bool RoomsModel::sameRow(const RoomInfo &a, const RoomInfo &b) const
{
    return a.name == b.name && a.members == b.members && a.messages == b.messages;
}

int RoomsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoomInfo &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case MembersColumn: return QString::number(r.members.size());
        case MessagesColumn: return QString::number(r.messages);
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case NameColumn: return r.name;
        case MembersColumn: return qint64(r.members.size());
        case MessagesColumn: return r.messages;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : numberAlignment();
    case Roles::Key:
    case Roles::Target:
        return r.name;
    default: break;
    }
    return {};
}

QVariant RoomsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Room");
    case MembersColumn: return tr("Members");
    case MessagesColumn: return tr("Messages");
    }
    return {};
}

TopicsModel::TopicsModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

bool TopicsModel::sameRow(const TopicInfo &a, const TopicInfo &b) const
{
    return a.name == b.name && a.subscribers == b.subscribers && a.published == b.published;
}

int TopicsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicInfo &t = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return t.name;
        case SubscribersColumn: return QString::number(t.subscribers.size());
        case PublishedColumn: return QString::number(t.published);
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case NameColumn: return t.name;
        case SubscribersColumn: return qint64(t.subscribers.size());
        case PublishedColumn: return t.published;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : numberAlignment();
    case Roles::Key:
    case Roles::Target:
        return t.name;
    default: break;
    }
    return {};
}

QVariant TopicsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Topic");
    case SubscribersColumn: return tr("Subscribers");
    case PublishedColumn: return tr("Published");
    }
    return {};
}

MembersModel::MembersModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void MembersModel::setMembers(const QList<quint64> &ids, const ConnectionsModel &connections)
{
    QList<ConnectionInfo> rows;
    rows.reserve(ids.size());
    for (quint64 id : ids) {
        if (const ConnectionInfo *c = connections.connection(id)) {
            rows.append(*c);
        } else {
            ConnectionInfo unknown;
            unknown.id = id;
            rows.append(unknown);
        }
    }
    applyRows(rows);
}

bool MembersModel::sameRow(const ConnectionInfo &a, const ConnectionInfo &b) const
{
    return a.id == b.id && a.userId == b.userId && a.userName == b.userName
        && a.remoteAddress == b.remoteAddress && a.remotePort == b.remotePort
        && a.messagesIn == b.messagesIn && a.messagesOut == b.messagesOut;
}

int MembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionInfo &c = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return QString::number(c.id);
        case UserColumn: return UiFormat::user(c.userId, c.userName);
        case RemoteColumn:
            return c.remoteAddress.isEmpty() ? QString() : u"%1:%2"_s.arg(c.remoteAddress).arg(c.remotePort);
        case MessagesInColumn: return QString::number(c.messagesIn);
        case MessagesOutColumn: return QString::number(c.messagesOut);
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case IdColumn: return c.id;
        case MessagesInColumn: return c.messagesIn;
        case MessagesOutColumn: return c.messagesOut;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return (index.column() == UserColumn || index.column() == RemoteColumn) ? QVariant() : numberAlignment();
    case Roles::Key: return c.id;
    case Roles::UserId: return c.userId;
    default: break;
    }
    return {};
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("ID");
    case UserColumn: return tr("User");
    case RemoteColumn: return tr("Remote address");
    case MessagesInColumn: return tr("Msgs in");
    case MessagesOutColumn: return tr("Msgs out");
    }
    return {};
}

} // namespace SocketScope
