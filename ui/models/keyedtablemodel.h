#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <limits>

namespace SocketScope {

// A table whose rows are identified by a key: a new snapshot becomes removals, one coalesced
// dataChanged and one append, so views keep selection and scroll position while rows update.
// Rows keep their position (sorting is the proxy's job), so a reordered snapshot moves nothing.
template <typename Key, typename Row>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    int rowOfKey(const Key &key) const { return m_index.value(key, -1); }
    const Row *rowForKey(const Key &key) const
    {
        const int r = rowOfKey(key);
        return r < 0 ? nullptr : &m_rows.at(r);
    }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    const QList<Row> &rows() const { return m_rows; }

protected:
    virtual Key keyOf(const Row &row) const = 0;
    virtual bool sameRow(const Row &a, const Row &b) const = 0;

    // `incoming` is every row: rows whose key it lacks are removed.
    void applyRows(const QList<Row> &incoming)
    {
        QSet<Key> keys;
        keys.reserve(incoming.size());
        for (const Row &row : incoming)
            keys.insert(keyOf(row));
        QList<Key> gone;
        for (const Row &row : std::as_const(m_rows)) {
            if (!keys.contains(keyOf(row)))
                gone.append(keyOf(row));
        }
        applyDelta(incoming, gone);
    }

    // `changed` holds new and changed rows only; `removed` the keys of rows that went away
    // (unknown keys are ignored). Costs O(changes) unless rows are removed.
    void applyDelta(const QList<Row> &changed, const QList<Key> &removed)
    {
        QList<int> doomed;
        doomed.reserve(removed.size());
        for (const Key &key : removed) {
            const int r = m_index.value(key, -1);
            if (r >= 0)
                doomed.append(r);
        }
        if (!doomed.isEmpty()) {
            std::sort(doomed.begin(), doomed.end());
            doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
            // Contiguous runs, last first, so that earlier row numbers stay valid.
            for (qsizetype i = doomed.size() - 1; i >= 0;) {
                const int last = doomed.at(i);
                int first = last;
                while (i > 0 && doomed.at(i - 1) == first - 1)
                    first = doomed.at(--i);
                --i;
                beginRemoveRows({}, first, last);
                m_rows.remove(first, last - first + 1);
                endRemoveRows();
            }
            rebuildIndex();
        }
        int minChanged = std::numeric_limits<int>::max();
        int maxChanged = -1;
        QList<Row> added;
        QSet<Key> addedKeys;
        for (const Row &row : changed) {
            const Key key = keyOf(row);
            const auto it = m_index.constFind(key);
            if (it == m_index.cend()) {
                if (!addedKeys.contains(key)) {
                    addedKeys.insert(key);
                    added.append(row);
                }
                continue;
            }
            const int r = it.value();
            if (sameRow(m_rows.at(r), row))
                continue;
            m_rows[r] = row;
            minChanged = std::min(minChanged, r);
            maxChanged = std::max(maxChanged, r);
        }
        if (maxChanged >= 0)
            Q_EMIT dataChanged(index(minChanged, 0), index(maxChanged, columnCount() - 1));
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (const Row &row : std::as_const(added)) {
                m_index.insert(keyOf(row), int(m_rows.size()));
                m_rows.append(row);
            }
            endInsertRows();
        }
    }

    void clearRows()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        m_index.clear();
        endResetModel();
    }

private:
    void rebuildIndex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int r = 0; r < m_rows.size(); ++r)
            m_index.insert(keyOf(m_rows.at(r)), r);
    }

    QList<Row> m_rows;
    QHash<Key, int> m_index;
};

} // namespace SocketScope
