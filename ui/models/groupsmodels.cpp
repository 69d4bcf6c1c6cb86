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
    return a.name == b.name && a.members == b.members && a.messages == b.messages
        && a.remoteMembers == b.remoteMembers;
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
        case MembersColumn: return QString::number(r.count());
        case MessagesColumn: return QString::number(r.messages);
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case NameColumn: return r.name;
        case MembersColumn: return qint64(r.count());
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
    return a.name == b.name && a.subscribers == b.subscribers && a.published == b.published
        && a.remoteSubscribers == b.remoteSubscribers;
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
        case SubscribersColumn: return QString::number(t.count());
        case PublishedColumn: return QString::number(t.published);
        }
        break;
    case Roles::Sort:
        switch (index.column()) {
        case NameColumn: return t.name;
        case SubscribersColumn: return qint64(t.count());
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

void MembersModel::setMembers(const QList<quint64> &ids, const QList<ConnectionKey> &remote,
                              const ConnectionsModel &connections)
{
    QList<ConnectionInfo> rows;
    rows.reserve(ids.size() + remote.size());
    const auto add = [&](const ConnectionKey &key) {
        if (const ConnectionInfo *c = connections.connection(key)) {
            rows.append(*c);   // its node named, this node's too: unique within the room
        } else {
            ConnectionInfo unknown;
            unknown.id = key.id;
            unknown.node = key.node;
            rows.append(unknown);
        }
    };
    for (const quint64 id : ids)
        add(ConnectionKey(id));
    for (const ConnectionKey &key : remote)
        add(key);
    applyRows(rows);
}

bool MembersModel::sameRow(const ConnectionInfo &a, const ConnectionInfo &b) const
{
    return a.id == b.id && a.node == b.node && a.userId == b.userId && a.userName == b.userName
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
        case NodeColumn: return c.node;
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
        return (index.column() == UserColumn || index.column() == RemoteColumn || index.column() == NodeColumn)
            ? QVariant() : numberAlignment();
    case Roles::Key: return c.id;
    case Roles::Node: return c.node;
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
    case NodeColumn: return tr("Node");
    }
    return {};
}

void ClusterGroups::clear()
{
    m_selfNode.clear();
    m_nodes.clear();
    m_rooms.clear();
    m_topics.clear();
}

void ClusterGroups::apply(const ServerSnapshot &snapshot)
{
    if (snapshot.nodeName != m_selfNode || snapshot.nodeName.isEmpty())
        m_nodes.clear();
    m_selfNode = snapshot.nodeName;
    // A complete snapshot lists every other node the server knows (embedded); attached, the
    // other nodes follow within a second.
    if (snapshot.connectionsComplete)
        m_nodes.clear();
    for (const RemoteNodeRows &node : snapshot.remoteNodes) {
        if (node.gone || (node.rooms.isEmpty() && node.topics.isEmpty()))
            m_nodes.remove(node.node);
        else if (node.node != m_selfNode)
            m_nodes.insert(node.node, NodeGroups{node.rooms, node.topics});
    }

    m_rooms = snapshot.rooms;
    m_topics = snapshot.topics;
    if (m_nodes.isEmpty())
        return;
    QHash<QString, int> roomAt;
    QHash<QString, int> topicAt;
    for (int i = 0; i < m_rooms.size(); ++i)
        roomAt.insert(m_rooms.at(i).name, i);
    for (int i = 0; i < m_topics.size(); ++i)
        topicAt.insert(m_topics.at(i).name, i);
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        for (const RoomInfo &r : it->rooms) {
            int i = roomAt.value(r.name, -1);
            if (i < 0) {
                i = int(m_rooms.size());
                roomAt.insert(r.name, i);
                m_rooms.append(RoomInfo{r.name, {}, 0, {}});
            }
            for (const quint64 id : r.members)
                m_rooms[i].remoteMembers.append(ConnectionKey(it.key(), id));
        }
        for (const TopicInfo &t : it->topics) {
            int i = topicAt.value(t.name, -1);
            if (i < 0) {
                i = int(m_topics.size());
                topicAt.insert(t.name, i);
                m_topics.append(TopicInfo{t.name, {}, 0, {}});
            }
            for (const quint64 id : t.subscribers)
                m_topics[i].remoteSubscribers.append(ConnectionKey(it.key(), id));
        }
    }
}

} // namespace SocketScope
