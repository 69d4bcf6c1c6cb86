#include "grouppanel.h"

#include "columnwidths.h"
#include "groupsmodels.h"
#include "uiformat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace SocketScope {

namespace {
void setUpTable(QTableView *view)
{
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
}
} // namespace

GroupPanel::GroupPanel(QAbstractItemModel *master, MembersModel *members, const QString &membersTitle,
                       QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_master(new QTableView(this))
    , m_members(new QTableView(this))
    , m_buttons(new QHBoxLayout)
{
    m_proxy->setSourceModel(master);
    m_proxy->setSortRole(Roles::Sort);
    m_proxy->setDynamicSortFilter(true);
    auto *membersProxy = new QSortFilterProxyModel(this);
    membersProxy->setSourceModel(members);
    membersProxy->setSortRole(Roles::Sort);
    membersProxy->setDynamicSortFilter(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_master->setModel(m_proxy);
    setUpTable(m_master);
    m_master->sortByColumn(0, Qt::AscendingOrder);
    splitter->addWidget(m_master);
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(membersTitle, detail);
    detailLayout->addWidget(title);
    m_members->setModel(membersProxy);
    setUpTable(m_members);
    m_members->sortByColumn(0, Qt::AscendingOrder);
    detailLayout->addWidget(m_members, 1);
    setColumnWidthsFromSamples(m_master, {{0, QStringLiteral("support-room")}});
    setColumnWidthsFromSamples(m_members, {
        {MembersModel::IdColumn, QStringLiteral("99999")}, {MembersModel::UserColumn, QStringLiteral("john_doe (123)")},
        {MembersModel::RemoteColumn, QStringLiteral("127.0.0.1:65535")},
        {MembersModel::MessagesInColumn, QStringLiteral("99999")}});
    m_members->setColumnHidden(MembersModel::NodeColumn, true);
    splitter->addWidget(detail);
    layout->addWidget(splitter, 1);

    connect(m_master->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString name = current.isValid() ? current.data(Roles::Key).toString() : QString();
                if (name == m_current)
                    return;
                m_current = name;
                Q_EMIT currentNameChanged(name);
            });
    // Master/detail shows something from the start: with nothing selected, the first row is.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        QItemSelectionModel *selection = m_master->selectionModel();
        if (!selection->currentIndex().isValid() && m_proxy->rowCount() > 0)
            selection->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    // The selected room may disappear; the detail then empties instead of showing stale members.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_master->selectionModel()->currentIndex().isValid() && !m_current.isEmpty()) {
            m_current.clear();
            Q_EMIT currentNameChanged(m_current);
        }
    });
}

void GroupPanel::addButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

QString GroupPanel::currentName() const
{
    return m_current;
}

void GroupPanel::setNodeColumnVisible(bool visible)
{
    if (m_members->isColumnHidden(MembersModel::NodeColumn) == visible)
        m_members->setColumnHidden(MembersModel::NodeColumn, !visible);
}

} // namespace SocketScope
