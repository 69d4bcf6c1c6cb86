#include "ratelimitspanel.h"

#include "columnwidths.h"

#include "ratebardelegate.h"
#include "ratelimitsmodel.h"
#include "uiformat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

RateLimitsPanel::RateLimitsPanel(RateLimitsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_limit(new QSpinBox(this))
    , m_window(new QSpinBox(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_current(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_limit->setObjectName(QStringLiteral("rateLimit"));
    m_window->setObjectName(QStringLiteral("rateWindow"));
    m_apply->setObjectName(QStringLiteral("rateApply"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    auto *limitLabel = new QLabel(tr("&Limit:"), this);
    limitLabel->setBuddy(m_limit);
    m_limit->setRange(1, 1'000'000);
    m_limit->setSuffix(tr(" messages"));
    auto *windowLabel = new QLabel(tr("per"), this);
    windowLabel->setBuddy(m_window);
    m_window->setRange(1, 86'400);
    m_window->setSuffix(tr(" s"));
    bar->addWidget(limitLabel);
    bar->addWidget(m_limit);
    bar->addWidget(windowLabel);
    bar->addWidget(m_window);
    bar->addWidget(m_apply);
    bar->addWidget(m_current, 1);
    layout->addLayout(bar);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(Roles::Sort);
    proxy->setDynamicSortFilter(true);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RateLimitsModel::UserColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Rate limits per user"));
    m_view->setAccessibleDescription(tr("The Used/limit column shows a bar: green below 80 %, orange from 80 %, red at the limit."));
    m_view->setItemDelegateForColumn(RateLimitsModel::UsageColumn, new RateBarDelegate(m_view));
    // Wide enough for the header in every language ("Zurückgesetzt in") and typical values.
    using M = RateLimitsModel;
    setColumnWidthsFromSamples(m_view, {
        {M::UserColumn, u"john_doe (123)"_s}, {M::UsageColumn, u"1000/1000"_s}, {M::RemainingColumn, u"1000"_s},
        {M::WindowColumn, UiFormat::duration(3'599'000)}, {M::ResetColumn, UiFormat::duration(3'599'000)},
        {M::RejectedColumn, u"99999"_s}, {M::LastRejectionColumn, u"00:00:00"_s},
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view, 1);

    connect(m_apply, &QPushButton::clicked, this,
            [this] { Q_EMIT applyRequested(m_limit->value(), qint64(m_window->value()) * 1000); });
    connect(m_limit, &QSpinBox::valueChanged, this, &RateLimitsPanel::updateDirty);
    connect(m_window, &QSpinBox::valueChanged, this, &RateLimitsPanel::updateDirty);
    updateDirty();
}

void RateLimitsPanel::setServerLimit(int limit, qint64 windowMs)
{
    if (limit == m_serverLimit && windowMs == m_serverWindowMs)
        return;
    const bool editing = m_apply->isEnabled();
    m_serverLimit = limit;
    m_serverWindowMs = windowMs;
    m_current->setText(limit > 0 ? tr("Server: %1 per %2").arg(limit).arg(UiFormat::duration(windowMs)) : QString());
    if (!editing && limit > 0) {
        const QSignalBlocker b1(m_limit);
        const QSignalBlocker b2(m_window);
        m_limit->setValue(limit);
        m_window->setValue(int(std::max<qint64>(1, windowMs / 1000)));
    }
    updateDirty();
}

void RateLimitsPanel::updateDirty()
{
    const bool dirty = m_serverLimit <= 0
        || m_limit->value() != m_serverLimit || qint64(m_window->value()) * 1000 != m_serverWindowMs;
    m_apply->setEnabled(dirty && m_serverLimit > 0);
}

} // namespace SocketScope
