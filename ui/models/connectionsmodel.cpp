#include "connectionsmodel.h"

#include "uiformat.h"

#include <QBrush>
#include <QColor>

#include <tuple>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
auto tied(const ConnectionInfo &c)
{
    return std::tie(c.id, c.userId, c.userName, c.role, c.authMethod, c.viaJwt, c.authenticated, c.endpoint,
                    c.path, c.target, c.remoteAddress, c.remotePort, c.origin, c.connectedAtMs,
                    c.lastActivityMs, c.messagesIn, c.messagesOut, c.bytesIn, c.bytesOut, c.rttMs,
                    c.pendingBytes, c.rateUsed, c.rateLimit, c.node);
}

QString remote(const ConnectionInfo &c)
{
    if (c.remoteAddress.contains(u':'))
        return u"[%1]:%2"_s.arg(c.remoteAddress).arg(c.remotePort);
    return u"%1:%2"_s.arg(c.remoteAddress).arg(c.remotePort);
}

QString endpointText(const ConnectionInfo &c)
{
    return c.path.isEmpty() ? endpointPattern(c.endpoint) : c.path;
}

// The rate limit counts per user: anonymous connections (/ws/echo, or not yet authenticated)
// are not limited, so they have no bar.
bool rateLimited(const ConnectionInfo &c)
{
    return c.authenticated && c.userId >= 0 && c.rateLimit > 0;
}

double rateFraction(const ConnectionInfo &c)
{
    return rateLimited(c) ? double(c.rateUsed) / double(c.rateLimit) : -1.0;
}
} // namespace

ConnectionsModel::ConnectionsModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void ConnectionsModel::setConnections(const QList<ConnectionInfo> &connections)
{
    applyRows(connections);
}

ConnectionKey ConnectionsModel::keyOf(const ConnectionInfo &c) const
{
    return ConnectionKey{c.node == m_selfNode ? QString() : c.node, c.id};
}

bool ConnectionsModel::applySnapshot(const ServerSnapshot &snapshot)
{
    if (snapshot.nodeName != m_selfNode) {
        // Every key depends on which node is this one: start over (the server restarted, or the
        // window attached elsewhere; such a snapshot is complete).
        clearRows();
        m_selfNode = snapshot.nodeName;
    }
    const int before = rowCount();
    bool identityChanged = snapshot.connectionsComplete || !snapshot.closedConnections.isEmpty()
        || !snapshot.remoteNodes.isEmpty();
    for (const ConnectionInfo &c : snapshot.connections) {
        if (identityChanged)
            break;
        const ConnectionInfo *old = rowForKey(keyOf(c));
        identityChanged = !old || old->userId != c.userId || old->userName != c.userName
            || old->authenticated != c.authenticated || old->target != c.target;
    }

    QList<ConnectionKey> removed;
    for (const quint64 id : snapshot.closedConnections)
        removed.append(ConnectionKey{{}, id});
    if (!snapshot.connectionsComplete && snapshot.remoteNodes.isEmpty()) {
        applyDelta(snapshot.connections, removed);
        return identityChanged || rowCount() != before;
    }

    // Rows of this node (complete snapshot) and of each node listed are replaced as a whole;
    // a complete snapshot also drops the nodes it does not list.
    QList<ConnectionInfo> changed = snapshot.connections;
    QSet<ConnectionKey> incoming;
    QSet<QString> replacedNodes;
    if (snapshot.connectionsComplete)
        replacedNodes.insert(QString());
    for (const ConnectionInfo &c : snapshot.connections)
        incoming.insert(keyOf(c));
    for (const RemoteNodeRows &node : snapshot.remoteNodes) {
        if (node.node.isEmpty() || node.node == m_selfNode)
            continue;
        replacedNodes.insert(node.node);
        for (const ConnectionInfo &c : node.connections) {
            ConnectionInfo row = c;
            row.node = node.node;
            incoming.insert(keyOf(row));
            changed.append(std::move(row));
        }
    }
    for (const ConnectionInfo &row : rows()) {
        const ConnectionKey key = keyOf(row);
        const bool replaced = replacedNodes.contains(key.node)
            || (snapshot.connectionsComplete && !key.node.isEmpty());
        if (replaced && !incoming.contains(key))
            removed.append(key);
    }
    applyDelta(changed, removed);
    m_remoteRows = 0;
    for (const ConnectionInfo &row : rows()) {
        if (!row.node.isEmpty() && row.node != m_selfNode)
            ++m_remoteRows;
    }
    return identityChanged || rowCount() != before;
}

bool ConnectionsModel::sameRow(const ConnectionInfo &a, const ConnectionInfo &b) const
{
    return tied(a) == tied(b);
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionInfo &c = rowAt(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn: return QString::number(c.id);
        case UserColumn:
            return c.authenticated ? UiFormat::user(c.userId, c.userName)
                                   : (c.endpoint == EndpointKind::Echo ? tr("anonymous") : tr("(not authenticated)"));
        case RoleColumn: return c.role;
        case AuthColumn: return c.authenticated ? UiFormat::authMethod(c.authMethod, c.viaJwt) : QString();
        case EndpointColumn: return endpointText(c);
        case RemoteColumn: return remote(c);
        case OriginColumn: return c.origin;
        case ConnectedColumn: return UiFormat::clockTime(c.connectedAtMs);
        case MessagesInColumn: return QString::number(c.messagesIn);
        case MessagesOutColumn: return QString::number(c.messagesOut);
        case BytesInColumn: return UiFormat::bytes(c.bytesIn);
        case BytesOutColumn: return UiFormat::bytes(c.bytesOut);
        case LastActivityColumn: return UiFormat::clockTime(c.lastActivityMs);
        case RttColumn: return c.rttMs < 0 ? QString() : tr("%1 ms").arg(c.rttMs);
        case RateColumn: return rateLimited(c) ? u"%1/%2"_s.arg(c.rateUsed).arg(c.rateLimit) : QString();
        case NodeColumn: return c.node;
        }
        break;
    case Roles::Sort:
        switch (column) {
        case IdColumn: return c.id;
        case UserColumn: return c.userName.isEmpty() ? QString() : c.userName.toLower();
        case ConnectedColumn: return c.connectedAtMs;
        case MessagesInColumn: return c.messagesIn;
        case MessagesOutColumn: return c.messagesOut;
        case BytesInColumn: return c.bytesIn;
        case BytesOutColumn: return c.bytesOut;
        case LastActivityColumn: return c.lastActivityMs;
        case RttColumn: return c.rttMs;
        case RateColumn: return rateFraction(c);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (column) {
        case ConnectedColumn: return UiFormat::dateTime(c.connectedAtMs);
        case LastActivityColumn: return UiFormat::dateTime(c.lastActivityMs);
        case EndpointColumn:
            return c.target.isEmpty() ? endpointPattern(c.endpoint)
                                      : u"%1 — %2"_s.arg(endpointPattern(c.endpoint), c.target);
        case RateColumn:
            return rateLimited(c) ? tr("%1 has used %2 of %3 messages in the current window, over all of the "
                                       "user's connections (the limit is per user)")
                                        .arg(UiFormat::user(c.userId, c.userName)).arg(c.rateUsed).arg(c.rateLimit)
                                  : tr("Not rate limited: the limit counts per user, and this connection has none");
        case BytesOutColumn:
            return c.pendingBytes > 0 ? tr("%1 waiting to be sent").arg(UiFormat::bytes(quint64(c.pendingBytes)))
                                      : QString();
        default: return {};
        }
    case Qt::AccessibleTextRole:
        // The rate cell is drawn as a bar (RateBarDelegate): screen readers get it in words.
        if (column == RateColumn && rateLimited(c))
            return tr("%1 of %2 messages used in the current window").arg(c.rateUsed).arg(c.rateLimit);
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case IdColumn: case MessagesInColumn: case MessagesOutColumn: case BytesInColumn:
        case BytesOutColumn: case RttColumn: case RateColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    case Qt::BackgroundRole:
        if (column == RateColumn && rateLimited(c)) {
            if (c.rateUsed >= c.rateLimit)
                return QBrush(QColor(0xe5, 0x73, 0x73, 0x90));
            if (c.rateUsed * 5 >= c.rateLimit * 4)
                return QBrush(QColor(0xff, 0xb7, 0x4d, 0x90));
        }
        return {};
    case Roles::Key: return c.id;
    case Roles::Node: return keyOf(c).node;
    case Roles::UserId: return c.authenticated ? c.userId : qint64(-1);
    case Roles::Endpoint: return int(c.endpoint);
    case Roles::Target: return c.target;
    case Roles::RateFraction: return rateFraction(c);
    default: break;
    }
    return {};
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("ID");
    case UserColumn: return tr("User");
    case RoleColumn: return tr("Role");
    case AuthColumn: return tr("Auth");
    case EndpointColumn: return tr("Endpoint");
    case RemoteColumn: return tr("Remote address");
    case OriginColumn: return tr("Origin");
    case ConnectedColumn: return tr("Connected since");
    case MessagesInColumn: return tr("Msgs in");
    case MessagesOutColumn: return tr("Msgs out");
    case BytesInColumn: return tr("Bytes in");
    case BytesOutColumn: return tr("Bytes out");
    case LastActivityColumn: return tr("Last activity");
    case RttColumn: return tr("RTT");
    //: Column: the rate-limit use of the connection's user (the limit counts per user, not per connection)
    case RateColumn: return tr("User's rate");
    case NodeColumn: return tr("Node");
    }
    return {};
}

QString ConnectionsModel::details(const ConnectionInfo &c)
{
    QStringList lines;
    lines << tr("Connection: %1").arg(c.id);
    if (!c.node.isEmpty())
        lines << tr("Node: %1").arg(c.node);
    lines
          << tr("User: %1").arg(c.authenticated ? UiFormat::user(c.userId, c.userName) : tr("(not authenticated)"))
          << tr("Role: %1").arg(c.role)
          << tr("Auth method: %1").arg(UiFormat::authMethod(c.authMethod, c.viaJwt))
          << tr("Endpoint: %1").arg(endpointText(c))
          << tr("Remote address: %1").arg(remote(c))
          << tr("Origin: %1").arg(c.origin)
          << tr("Connected since: %1").arg(UiFormat::dateTime(c.connectedAtMs))
          << tr("Last activity: %1").arg(UiFormat::dateTime(c.lastActivityMs))
          << tr("Messages in/out: %1 / %2").arg(c.messagesIn).arg(c.messagesOut)
          << tr("Bytes in/out: %1 / %2").arg(c.bytesIn).arg(c.bytesOut)
          << tr("RTT: %1").arg(c.rttMs < 0 ? tr("not measured") : tr("%1 ms").arg(c.rttMs))
          << tr("Rate limit: %1/%2").arg(c.rateUsed).arg(c.rateLimit);
    return lines.join(u'\n');
}

ConnectionsFilterProxy::ConnectionsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::Sort);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ConnectionsFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void ConnectionsFilterProxy::setEndpoint(int endpoint)
{
    if (endpoint == m_endpoint)
        return;
    m_endpoint = endpoint;
    invalidateFilter();
}

void ConnectionsFilterProxy::setUserId(qint64 userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    invalidateFilter();
}

void ConnectionsFilterProxy::setTarget(const QString &target)
{
    if (target == m_target)
        return;
    m_target = target;
    invalidateFilter();
}

bool ConnectionsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_endpoint >= 0 && first.data(Roles::Endpoint).toInt() != m_endpoint)
        return false;
    if (m_userId != AnyUser && first.data(Roles::UserId).toLongLong() != m_userId)
        return false;
    if (!m_target.isEmpty() && first.data(Roles::Target).toString() != m_target)
        return false;
    if (m_text.isEmpty())
        return true;
    const int columns = m->columnCount(sourceParent);
    for (int col = 0; col < columns; ++col) {
        if (m->index(sourceRow, col, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace SocketScope
