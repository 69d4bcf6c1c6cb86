#include "ratebardelegate.h"

#include "uiformat.h"

#include <QApplication>
#include <QPainter>

namespace SocketScope {

void RateBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double fraction = index.data(Roles::RateFraction).toDouble();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.backgroundBrush = Qt::NoBrush;   // the bar replaces the model's warning colour
    if (fraction >= 0 && !(opt.state & QStyle::State_Selected)) {
        QColor colour = fraction >= 1.0 ? QColor(0xe5, 0x39, 0x35) : fraction >= 0.8 ? QColor(0xfb, 0x8c, 0x00)
                                                                                     : QColor(0x43, 0xa0, 0x47);
        colour.setAlpha(110);
        QRect bar = opt.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(int(bar.width() * std::min(1.0, fraction)));
        painter->fillRect(bar, colour);
    }
    // Not QStyledItemDelegate::paint(): it would re-read the background brush over the bar.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

} // namespace SocketScope
