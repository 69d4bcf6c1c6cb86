#pragma once

#include "keyedtablemodel.h"
#include "monitor/snapshot.h"

#include <QSortFilterProxyModel>

namespace SocketScope {

// This node's connections and, in a cluster, the other nodes' (SPEC §9). Rows are keyed by node
// and id, ids being per node; this node's rows have an empty key node.
class ConnectionsModel : public KeyedTableModel<ConnectionKey, ConnectionInfo>
{
    Q_OBJECT
public:
    enum Column {
        IdColumn, UserColumn, RoleColumn, AuthColumn, EndpointColumn, RemoteColumn, OriginColumn,
        ConnectedColumn, MessagesInColumn, MessagesOutColumn, BytesInColumn, BytesOutColumn,
        LastActivityColumn, RttColumn, RateColumn, NodeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ConnectionsModel(QObject *parent = nullptr);

    void setConnections(const QList<ConnectionInfo> &connections);
    // A snapshot's connections: every one (connectionsComplete) or only the changes, plus the
    // other nodes' rows it carries. True when a row came or went or changed its user or
    // room/topic (what the filter choices list).
    bool applySnapshot(const ServerSnapshot &snapshot);
    void clear() { clearRows(); }
    const ConnectionInfo *connection(const ConnectionKey &key) const { return rowForKey(key); }
    // The key of a row: an empty node for this node's connections.
    ConnectionKey keyOf(const ConnectionInfo &c) const override;
    bool hasRemoteRows() const { return m_remoteRows > 0; }
    bool showsNodes() const { return !m_selfNode.isEmpty() || m_remoteRows > 0; }
    // Plain-text summary of one connection for the clipboard.
    static QString details(const ConnectionInfo &c);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool sameRow(const ConnectionInfo &a, const ConnectionInfo &b) const override;

private:
    QString m_selfNode;
    int m_remoteRows = 0;
};

// Text search over every column plus exact filters on endpoint, user and room/topic.
class ConnectionsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConnectionsFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setEndpoint(int endpoint);   // int(EndpointKind), -1 for any
    void setUserId(qint64 userId);    // -2 for any
    void setTarget(const QString &target);   // room or topic; empty for any

    static constexpr qint64 AnyUser = -2;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_endpoint = -1;
    qint64 m_userId = AnyUser;
    QString m_target;
};

} // namespace SocketScope
