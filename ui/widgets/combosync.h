#pragma once

#include <QComboBox>
#include <QList>
#include <QPair>
#include <QVariant>

namespace SocketScope {

// Refills a filter combo from live data only when its items really changed, keeping the
// current choice (by data), so a 4 Hz snapshot never disturbs an open popup.
// The first item ("any") is kept as is.
inline void syncComboItems(QComboBox *combo, const QList<QPair<QString, QVariant>> &items)
{
    bool same = combo->count() == items.size() + 1;
    for (int i = 0; same && i < items.size(); ++i)
        same = combo->itemText(i + 1) == items.at(i).first && combo->itemData(i + 1) == items.at(i).second;
    if (same)
        return;
    const QVariant current = combo->currentData();
    const QString currentText = combo->currentText();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(combo->count() - 1);
    for (const auto &item : items)
        combo->addItem(item.first, item.second);
    int index = combo->findData(current);
    if (index < 0 && current.isValid()) {
        // Keep a filter on something that just disappeared, so the view does not jump.
        combo->addItem(currentText, current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, index));
}

} // namespace SocketScope
