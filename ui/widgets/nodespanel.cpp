#include "nodespanel.h"

#include "nodesmodel.h"
#include "uiformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace SocketScope {

NodesPanel::NodesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new NodesModel(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("nodesView"));
    m_status->setObjectName(QStringLiteral("clusterStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_status);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Roles::Sort);
    proxy->setDynamicSortFilter(true);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NodesModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Cluster nodes"));
    layout->addWidget(m_view, 1);
    clear();
}

void NodesPanel::setSnapshot(const ServerSnapshot &snapshot)
{
    m_model->setNodes(snapshot.nodes);
    if (snapshot.nodes.isEmpty()) {
        m_status->setText(tr("Not in a cluster: start the server with --redis redis://HOST:PORT to join one."));
        return;
    }
    const NodeInfo &self = snapshot.nodes.constFirst();
    if (self.nameInUse) {
        m_status->setText(tr("Redis %1: another running node already has the name %2. This node stays out of the "
                             "cluster, serves its own clients, and joins when the name is free (or restart it "
                             "with another --node-name).").arg(snapshot.redisUrl, self.name));
    } else {
        m_status->setText(self.redisUp
            ? tr("Redis %1: link up, %n node(s) in the cluster.", nullptr, int(snapshot.nodes.size())).arg(snapshot.redisUrl)
            : tr("Redis %1: link DOWN. This node serves its own clients only and reconnects by itself.").arg(snapshot.redisUrl));
    }
    m_status->setStyleSheet(self.redisUp ? QString() : QStringLiteral("color: #c62828; font-weight: bold;"));
}

void NodesPanel::clear()
{
    m_model->clear();
    m_status->setText(tr("Not in a cluster: start the server with --redis redis://HOST:PORT to join one."));
    m_status->setStyleSheet(QString());
}

} // namespace SocketScope
