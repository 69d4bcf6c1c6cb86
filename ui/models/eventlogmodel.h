#pragma once

#include "monitor/snapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

class QIODevice;

namespace SocketScope {

// The server's event stream as a capped ring buffer: when full, the oldest rows are removed
// (one beginRemoveRows at the top) before each batch is appended at the bottom.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn, KindColumn, ConnectionColumn, UserColumn, EndpointColumn, TargetColumn,
        CloseCodeColumn, DetailColumn, ColumnCount
    };

    static constexpr int DefaultCapacity = 50'000;

    explicit EventLogModel(QObject *parent = nullptr, int capacity = DefaultCapacity);

    // Repeats of "Rate limited" for one user within this time are folded into the first such
    // row ("×132 in 10 s"), so a spammer does not push everything else out of view. Every event
    // is still kept (events(), exports); EventFilterProxy hides the folded rows.
    static constexpr qint64 RepeatWindowMs = 10'000;

    int capacity() const { return m_capacity; }
    void appendEvents(const QList<ServerEvent> &events);
    void clear();

    // While paused, new events wait (capped as well) and the view stays still.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int pendingCount() const { return int(m_pending.size()); }
    quint64 discardedCount() const { return m_discarded; }   // fell out of the ring or the pending list

    const ServerEvent &eventAt(int row) const;
    // The User column's text: the user, the admin who acted, or "SocketScope window" for the
    // window's own admin actions (the server records them as actor "GUI" on no connection).
    static QString userText(const ServerEvent &e);
    static bool isWindowAction(const ServerEvent &e);
    QList<ServerEvent> events() const;

    // RFC 4180 CSV with a header row; times in UTC ISO 8601.
    static void writeCsv(QIODevice *out, const QList<ServerEvent> &events);
    // One JSON object per line.
    static void writeJsonLines(QIODevice *out, const QList<ServerEvent> &events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void pendingCountChanged(int count);

private:
    void insertEvents(const QList<ServerEvent> &events);
    int slot(int row) const { return (m_head + row) % m_capacity; }
    QString detailText(int row) const;

    struct Repeat
    {
        int count = 1;          // 0: folded into an earlier row; else this row and its repeats
        qint64 lastMs = 0;
        QString lastText;
    };
    struct OpenGroup
    {
        quint64 headSeq = 0;    // absolute sequence number of the row that counts the repeats
        qint64 startMs = 0;
    };

    int m_capacity;
    QList<ServerEvent> m_ring;
    QList<Repeat> m_repeats;            // parallel to m_ring
    quint64 m_firstSeq = 0;             // sequence number of row 0
    QHash<qint64, OpenGroup> m_groups;  // user id -> its open "Rate limited" group
    int m_head = 0;
    int m_count = 0;
    bool m_paused = false;
    QList<ServerEvent> m_pending;
    quint64 m_discarded = 0;
};

// Kind filter (a set of enabled kinds) plus case-insensitive text search over all columns.
class EventFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setKindEnabled(ServerEvent::Kind kind, bool enabled);
    bool isKindEnabled(ServerEvent::Kind kind) const;
    void setAllKindsEnabled();
    int disabledKindCount() const;
    // Hide repeats folded into an earlier row (EventLogModel::RepeatWindowMs); on by default.
    void setGroupRepeats(bool group);
    bool groupRepeats() const { return m_groupRepeats; }
    // The kind and text filters alone (for exports, which keep every repeat).
    bool acceptsIgnoringRepeats(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    quint32 m_disabledKinds = 0;
    bool m_groupRepeats = true;
};

} // namespace SocketScope
