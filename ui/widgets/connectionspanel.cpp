#include "connectionspanel.h"

#include "columnwidths.h"
#include "combosync.h"
#include "connectionsmodel.h"
#include "ratebardelegate.h"
#include "uiformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

ConnectionsPanel::ConnectionsPanel(ConnectionsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ConnectionsFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_endpoint(new QComboBox(this))
    , m_user(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Filter connections (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    m_endpoint->addItem(tr("All endpoints"), -1);
    for (EndpointKind k : {EndpointKind::Echo, EndpointKind::Chat, EndpointKind::Admin, EndpointKind::Manager,
                           EndpointKind::Room, EndpointKind::Subscribe}) {
        m_endpoint->addItem(UiFormat::endpointName(k), int(k));
    }
    m_endpoint->setToolTip(tr("Endpoint filter"));
    m_user->addItem(tr("All users"), QVariant());
    m_user->setToolTip(tr("User filter"));
    m_target->addItem(tr("All rooms/topics"), QVariant());
    m_target->setToolTip(tr("Room or topic filter"));
    bar->addWidget(m_search, 2);
    bar->addWidget(m_endpoint);
    bar->addWidget(m_user);
    bar->addWidget(m_target);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("connectionsView"));
    m_view->setAccessibleName(tr("Connections"));
    m_view->setAccessibleDescription(tr("One row per connection. The Rate limit column shows a bar: green below "
                                        "80 %, orange from 80 %, red at the limit."));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConnectionsModel::IdColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // In a cluster the node says where a row lives (ids are per node): beside the id, not off
    // screen at the end. A layout the user saved still wins (restoreState).
    m_view->horizontalHeader()->moveSection(ConnectionsModel::NodeColumn, ConnectionsModel::IdColumn + 1);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(ConnectionsModel::RateColumn, new RateBarDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    fitColumnsToTexts(false);

    // While nobody is connected: how to connect a first client (the table alone says nothing).
    m_hint = new QFrame(this);
    m_hint->setObjectName(u"firstClientHint"_s);
    static_cast<QFrame *>(m_hint)->setFrameShape(QFrame::StyledPanel);
    auto *hintLayout = new QHBoxLayout(m_hint);
    m_hintText = new QLabel(m_hint);
    m_hintText->setObjectName(u"firstClientHintText"_s);
    m_hintText->setWordWrap(true);
    m_hintText->setTextFormat(Qt::RichText);
    m_hintText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *openClient = new QPushButton(tr("Open the client panel (Alt+8)"), m_hint);
    openClient->setObjectName(u"openClientPanel"_s);
    m_guideButton = new QPushButton(tr("Getting started (F1)"), m_hint);
    m_guideButton->setObjectName(u"openGettingStarted"_s);
    hintLayout->addWidget(m_hintText, 1);
    hintLayout->addWidget(openClient);
    hintLayout->addWidget(m_guideButton);
    connect(openClient, &QPushButton::clicked, this, &ConnectionsPanel::clientPanelRequested);
    connect(m_guideButton, &QPushButton::clicked, this, &ConnectionsPanel::gettingStartedRequested);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ConnectionsFilterProxy::setText);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setEndpoint(m_endpoint->currentData().toInt()); });
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_user->currentData();
        m_proxy->setUserId(v.isValid() ? v.toLongLong() : ConnectionsFilterProxy::AnyUser);
    });
    connect(m_target, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTarget(m_target->currentData().toString()); });
    // The proxy removes its rows while the source is only about to remove them, so both are
    // watched: the count is right once the source has finished too.
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(m_proxy), static_cast<QAbstractItemModel *>(model)}) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m, signal, this, &ConnectionsPanel::updateCount);
        connect(m, &QAbstractItemModel::modelReset, this, &ConnectionsPanel::updateCount);
    }
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ConnectionsPanel::updateCount);
    updateCount();
}

void ConnectionsPanel::fitColumnsToTexts(bool onlyWiden)
{
    using M = ConnectionsModel;
    QHeaderView *header = m_view->horizontalHeader();
    QList<int> before;
    for (int i = 0; i < header->count(); ++i)
        before.append(header->sectionSize(i));
    setColumnWidthsFromSamples(m_view, {
        {M::IdColumn, u"99999"_s}, {M::UserColumn, u"john_doe (123)"_s}, {M::RoleColumn, u"publisher"_s},
        {M::AuthColumn, UiFormat::authMethod(AuthMethod::Message, true)}, {M::EndpointColumn, u"/ws/subscribe/prices"_s},
        {M::RemoteColumn, u"127.0.0.1:65535"_s}, {M::OriginColumn, u"http://localhost:3000"_s},
        {M::ConnectedColumn, u"00:00:00"_s}, {M::MessagesInColumn, u"99999"_s}, {M::MessagesOutColumn, u"99999"_s},
        {M::BytesInColumn, u"999.9 KiB"_s}, {M::BytesOutColumn, u"999.9 KiB"_s},
        {M::LastActivityColumn, u"00:00:00"_s}, {M::RttColumn, u"999 ms"_s}, {M::RateColumn, u"100/100"_s},
        {M::NodeColumn, u"node-name-12"_s},
    });
    if (onlyWiden) {
        for (int i = 0; i < header->count(); ++i)
            header->resizeSection(i, std::max(before.at(i), header->sectionSize(i)));
    }
}

void ConnectionsPanel::updateFilterChoices(const QList<ConnectionInfo> &connections)
{
    QMap<QString, qint64> users;
    QSet<QString> targets;
    for (const ConnectionInfo &c : connections) {
        if (c.authenticated && c.userId >= 0)
            users.insert(UiFormat::user(c.userId, c.userName), c.userId);
        if (!c.target.isEmpty())
            targets.insert(c.target);
    }
    QList<QPair<QString, QVariant>> userItems;
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        userItems.append({it.key(), it.value()});
    syncComboItems(m_user, userItems);

    QStringList sortedTargets(targets.cbegin(), targets.cend());
    sortedTargets.sort(Qt::CaseInsensitive);
    QList<QPair<QString, QVariant>> targetItems;
    for (const QString &t : std::as_const(sortedTargets))
        targetItems.append({t, t});
    syncComboItems(m_target, targetItems);
}

ConnectionKey ConnectionsPanel::keyAt(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    const QModelIndex first = index.siblingAtColumn(0);
    return ConnectionKey{first.data(Roles::Node).toString(), first.data(Roles::Key).toULongLong()};
}

ConnectionKey ConnectionsPanel::currentConnection() const
{
    return keyAt(m_view->currentIndex());
}

QList<ConnectionKey> ConnectionsPanel::selectedConnections() const
{
    QList<ConnectionKey> keys;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        keys.append(keyAt(row));
    return keys;
}

int ConnectionsPanel::preferredWidth() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    int columns = 0;
    for (int i = 0; i < header->count(); ++i)
        columns += header->isSectionHidden(i) ? 0 : header->sectionSize(i);
    const QMargins margins = layout()->contentsMargins();
    return columns + 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width()
        + margins.left() + margins.right();
}

void ConnectionsPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConnectionsPanel::filterByTarget(const QString &target)
{
    int i = m_target->findData(target);
    if (i < 0) {
        m_target->addItem(target, target);
        i = m_target->count() - 1;
    }
    m_target->setCurrentIndex(i);
}

void ConnectionsPanel::setFirstClientHint(const QString &url, bool offerGuide)
{
    m_hintUrl = url;
    m_guideButton->setVisible(offerGuide);
    if (url.isEmpty()) {
        m_hintText->setText(tr("No connections: the server is not listening. Start it with the toolbar's Start button."));
    } else {
        const QString command = u"python3 -m websockets %1/ws/echo"_s.arg(url);
        m_hintText->setText(tr("<b>No connections yet.</b> Connect a first client to %1: with the client panel "
                               "(a tab beside Connections), or from a terminal: %2")
                                .arg(u"<code>%1</code>"_s.arg(url.toHtmlEscaped()),
                                     u"<code>%1</code>"_s.arg(command.toHtmlEscaped())));
    }
    updateCount();
}

bool ConnectionsPanel::isEmptyHintShown() const
{
    return !m_hint->isHidden();
}

void ConnectionsPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (m_hint)
        m_hint->setVisible(total == 0 && !m_hintText->text().isEmpty());
    m_count->setText(shown == total ? tr("%n connection(s)", nullptr, total)
                                    : tr("%1 of %2 shown").arg(shown).arg(total));
}

} // namespace SocketScope
