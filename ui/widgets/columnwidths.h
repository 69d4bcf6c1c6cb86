#pragma once

#include <QFontMetrics>
#include <QHeaderView>
#include <QString>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <utility>

namespace SocketScope {

// Initial column widths from typical cell texts (and at least the header's own size), so a
// fresh window shows whole values without measuring thousands of live rows. The user's
// saved header state, restored later, wins.
inline void setColumnWidthsFromSamples(QTableView *view, std::initializer_list<std::pair<int, QString>> samples)
{
    const QFontMetrics fm(view->font());
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const int padding = 2 * margin + fm.averageCharWidth() + 2;
    QHeaderView *header = view->horizontalHeader();
    for (const auto &[column, text] : samples)
        view->setColumnWidth(column, std::max(header->sectionSizeHint(column), fm.horizontalAdvance(text) + padding));
}

} // namespace SocketScope
