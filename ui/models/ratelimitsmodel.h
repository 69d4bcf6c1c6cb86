#pragma once

#include "keyedtablemodel.h"
#include "monitor/snapshot.h"

namespace SocketScope {

// One row per user the rate limiter tracks.
class RateLimitsModel : public KeyedTableModel<qint64, RateInfo>
{
    Q_OBJECT
public:
    enum Column {
        UserColumn, UsageColumn, RemainingColumn, WindowColumn, ResetColumn, RejectedColumn,
        LastRejectionColumn, ColumnCount
    };

    explicit RateLimitsModel(QObject *parent = nullptr);
    void setRates(const QList<RateInfo> &rates) { applyRows(rates); }
    void clear() { clearRows(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 keyOf(const RateInfo &r) const override { return r.userId; }
    bool sameRow(const RateInfo &a, const RateInfo &b) const override;
};

} // namespace SocketScope
