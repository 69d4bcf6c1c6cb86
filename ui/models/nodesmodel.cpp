#include "nodesmodel.h"

#include "uiformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <tuple>

using namespace Qt::StringLiterals;

namespace SocketScope {

NodesModel::NodesModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

bool NodesModel::sameRow(const NodeInfo &a, const NodeInfo &b) const
{
    const auto tied = [](const NodeInfo &n) {
        return std::tie(n.name, n.address, n.connections, n.messagesPerSecond, n.redisUp, n.nameInUse, n.lastHeartbeatMs,
                        n.self);
    };
    return tied(a) == tied(b);
}

int NodesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeInfo &n = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return n.self ? tr("%1 (this node)").arg(n.name) : n.name;
        case AddressColumn: return n.address;
        case ConnectionsColumn: return QString::number(n.connections);
        case RateColumn: return QString::number(n.messagesPerSecond, 'f', 1);
        case RedisColumn: return n.redisUp ? tr("up") : n.nameInUse ? tr("name in use") : tr("down");
        case HeartbeatColumn: return UiFormat::clockTime(n.lastHeartbeatMs);
        }
        break;
    case Roles::Sort:
        switch (column) {
        case NameColumn: return n.name.toLower();
        case AddressColumn: return n.address;
        case ConnectionsColumn: return n.connections;
        case RateColumn: return n.messagesPerSecond;
        case RedisColumn: return n.redisUp;
        case HeartbeatColumn: return n.lastHeartbeatMs;
        }
        break;
    case Roles::Key:
        return n.name;
    case Qt::ToolTipRole:
        if (column == HeartbeatColumn)
            return UiFormat::dateTime(n.lastHeartbeatMs);
        if (column == RedisColumn && n.nameInUse)
            return tr("Another running node has the name %1: this one stays out of the cluster, serves its own "
                      "clients, and joins when the name is free.").arg(n.name);
        if (column == RedisColumn && !n.redisUp)
            return tr("This node cannot reach Redis: it serves its own clients only, with a local rate budget, "
                      "and rejoins by itself when Redis is back.");
        return {};
    case Qt::ForegroundRole:
        if (column == RedisColumn && !n.redisUp)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (n.self) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == ConnectionsColumn || column == RateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant NodesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Node");
    case AddressColumn: return tr("Address");
    case ConnectionsColumn: return tr("Connections");
    case RateColumn: return tr("Messages/s");
    case RedisColumn: return tr("Redis link");
    case HeartbeatColumn: return tr("Last heartbeat");
    }
    return {};
}

} // namespace SocketScope
