#include "ratelimitsmodel.h"

#include "uiformat.h"

#include <QBrush>
#include <QColor>

#include <tuple>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
auto tied(const RateInfo &r)
{
    return std::tie(r.userId, r.userName, r.used, r.limit, r.windowMs, r.resetInMs, r.rejected,
                    r.lastRejectionMs);
}

double fraction(const RateInfo &r)
{
    return r.limit > 0 ? double(r.used) / double(r.limit) : -1.0;
}
} // namespace

RateLimitsModel::RateLimitsModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

bool RateLimitsModel::sameRow(const RateInfo &a, const RateInfo &b) const
{
    return tied(a) == tied(b);
}

int RateLimitsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RateLimitsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RateInfo &r = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case UserColumn: return UiFormat::user(r.userId, r.userName);
        case UsageColumn: return u"%1/%2"_s.arg(r.used).arg(r.limit);
        case RemainingColumn: return QString::number(std::max(0, r.limit - r.used));
        case WindowColumn: return UiFormat::duration(r.windowMs);
        case ResetColumn: return r.used > 0 ? UiFormat::duration(r.resetInMs) : QString();
        case RejectedColumn: return QString::number(r.rejected);
        case LastRejectionColumn: return UiFormat::clockTime(r.lastRejectionMs);
        }
        break;
    case Roles::Sort:
        switch (column) {
        case UserColumn: return r.userName.toLower();
        case UsageColumn: return fraction(r);
        case RemainingColumn: return std::max(0, r.limit - r.used);
        case WindowColumn: return r.windowMs;
        case ResetColumn: return r.resetInMs;
        case RejectedColumn: return r.rejected;
        case LastRejectionColumn: return r.lastRejectionMs;
        }
        break;
    case Qt::ToolTipRole:
        if (column == LastRejectionColumn)
            return UiFormat::dateTime(r.lastRejectionMs);
        return {};
    case Qt::AccessibleTextRole:
        // The usage cell is drawn as a bar (RateBarDelegate): screen readers get it in words.
        if (column == UsageColumn && r.limit > 0)
            return tr("%1 of %2 messages used in the current window").arg(r.used).arg(r.limit);
        return {};
    case Qt::TextAlignmentRole:
        return column == UserColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (column == UsageColumn && r.limit > 0) {
            if (r.used >= r.limit)
                return QBrush(QColor(0xe5, 0x73, 0x73, 0x90));
            if (r.used * 5 >= r.limit * 4)
                return QBrush(QColor(0xff, 0xb7, 0x4d, 0x90));
        }
        return {};
    case Roles::Key:
    case Roles::UserId:
        return r.userId;
    case Roles::RateFraction:
        return fraction(r);
    default: break;
    }
    return {};
}

QVariant RateLimitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn: return tr("User");
    case UsageColumn: return tr("Used/limit");
    case RemainingColumn: return tr("Remaining");
    //: Column: the time window of the rate limit (e.g. "1 min"), not a GUI window
    case WindowColumn: return tr("Window");
    case ResetColumn: return tr("Resets in");
    case RejectedColumn: return tr("Rejected");
    case LastRejectionColumn: return tr("Last rejection");
    }
    return {};
}

} // namespace SocketScope
