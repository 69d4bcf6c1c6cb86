#pragma once

#include "keyedtablemodel.h"
#include "monitor/snapshot.h"

namespace SocketScope {

class ConnectionsModel;

// Master list of rooms (name, members, messages).
class RoomsModel : public KeyedTableModel<QString, RoomInfo>
{
    Q_OBJECT
public:
    enum Column { NameColumn, MembersColumn, MessagesColumn, ColumnCount };

    explicit RoomsModel(QObject *parent = nullptr);
    void setRooms(const QList<RoomInfo> &rooms) { applyRows(rooms); }
    void clear() { clearRows(); }
    const RoomInfo *room(const QString &name) const { return rowForKey(name); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const RoomInfo &r) const override { return r.name; }
    bool sameRow(const RoomInfo &a, const RoomInfo &b) const override;
};

// Master list of pub/sub topics (name, subscribers, published).
class TopicsModel : public KeyedTableModel<QString, TopicInfo>
{
    Q_OBJECT
public:
    enum Column { NameColumn, SubscribersColumn, PublishedColumn, ColumnCount };

    explicit TopicsModel(QObject *parent = nullptr);
    void setTopics(const QList<TopicInfo> &topics) { applyRows(topics); }
    void clear() { clearRows(); }
    const TopicInfo *topic(const QString &name) const { return rowForKey(name); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const TopicInfo &t) const override { return t.name; }
    bool sameRow(const TopicInfo &a, const TopicInfo &b) const override;
};

// Detail list: the connections of one room or topic, looked up in the connections model.
class MembersModel : public KeyedTableModel<quint64, ConnectionInfo>
{
    Q_OBJECT
public:
    enum Column { IdColumn, UserColumn, RemoteColumn, MessagesInColumn, MessagesOutColumn, ColumnCount };

    explicit MembersModel(QObject *parent = nullptr);
    // Ids the connections model does not know (yet) still get a row with just the id.
    void setMembers(const QList<quint64> &ids, const ConnectionsModel &connections);
    void clear() { clearRows(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    quint64 keyOf(const ConnectionInfo &c) const override { return c.id; }
    bool sameRow(const ConnectionInfo &a, const ConnectionInfo &b) const override;
};

} // namespace SocketScope
