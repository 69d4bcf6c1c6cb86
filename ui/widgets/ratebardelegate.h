#pragma once

#include <QStyledItemDelegate>

namespace SocketScope {

// Draws Roles::RateFraction as a bar under the "7/10" text: green, amber from 80 %, red when full.
class RateBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace SocketScope
