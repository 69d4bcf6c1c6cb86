#pragma once

#include "keyedtablemodel.h"
#include "monitor/snapshot.h"

namespace SocketScope {

// One row per cluster node (SPEC §9): this one and the others alive.
class NodesModel : public KeyedTableModel<QString, NodeInfo>
{
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, ConnectionsColumn, RateColumn, RedisColumn, HeartbeatColumn, ColumnCount };

    explicit NodesModel(QObject *parent = nullptr);
    void setNodes(const QList<NodeInfo> &nodes) { applyRows(nodes); }
    void clear() { clearRows(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const NodeInfo &n) const override { return n.name; }
    bool sameRow(const NodeInfo &a, const NodeInfo &b) const override;
};

} // namespace SocketScope
