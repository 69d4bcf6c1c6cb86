#include "eventlogmodel.h"

#include "net/closecodes.h"
#include "uiformat.h"

#include "theme.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SocketScope {

EventLogModel::EventLogModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{
}

void EventLogModel::appendEvents(const QList<ServerEvent> &events)
{
    if (events.isEmpty())
        return;
    if (!m_paused) {
        insertEvents(events);
        return;
    }
    m_pending.append(events);
    if (m_pending.size() > m_capacity) {
        const qsizetype excess = m_pending.size() - m_capacity;
        m_pending.remove(0, excess);
        m_discarded += quint64(excess);
    }
    Q_EMIT pendingCountChanged(int(m_pending.size()));
}

void EventLogModel::insertEvents(const QList<ServerEvent> &events)
{
    qsizetype skip = 0;
    int n = int(events.size());
    if (n > m_capacity) {
        skip = n - m_capacity;
        n = m_capacity;
        m_discarded += quint64(skip);
    }
    const int overflow = m_count + n - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_head = (m_head + overflow) % m_capacity;
        m_count -= overflow;
        m_firstSeq += quint64(overflow);
        m_discarded += quint64(overflow);
        endRemoveRows();
    }
    // Fold repeats into their group's first row (if that row is still here; else start anew).
    int changedFirst = -1;
    int changedLast = -1;
    const auto repeatOf = [&](const ServerEvent &e) -> Repeat {
        if (e.kind != ServerEvent::Kind::RateLimited || e.userId < 0)
            return {};
        const quint64 seq = m_firstSeq + quint64(m_count);
        auto it = m_groups.find(e.userId);
        if (it != m_groups.end() && it->headSeq >= m_firstSeq && e.timeMs - it->startMs < RepeatWindowMs) {
            const int headRow = int(it->headSeq - m_firstSeq);
            Repeat &head = m_repeats[slot(headRow)];
            ++head.count;
            head.lastMs = e.timeMs;
            head.lastText = e.text;
            changedFirst = changedFirst < 0 ? headRow : std::min(changedFirst, headRow);
            changedLast = std::max(changedLast, headRow);
            return {0, e.timeMs, {}};
        }
        m_groups.insert(e.userId, {seq, e.timeMs});
        return {1, e.timeMs, e.text};
    };
    beginInsertRows({}, m_count, m_count + n - 1);
    for (qsizetype i = skip; i < events.size(); ++i) {
        const int s = slot(m_count);
        const Repeat r = repeatOf(events.at(i));
        if (s == m_ring.size()) {
            m_ring.append(events.at(i));
            m_repeats.append(r);
        } else {
            Q_ASSERT(s < m_ring.size());
            m_ring[s] = events.at(i);
            m_repeats[s] = r;
        }
        ++m_count;
    }
    endInsertRows();
    if (changedFirst >= 0)
        Q_EMIT dataChanged(index(changedFirst, DetailColumn), index(changedLast, DetailColumn));
}

void EventLogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_repeats.clear();
    m_groups.clear();
    m_firstSeq = 0;
    m_head = 0;
    m_count = 0;
    endResetModel();
    if (!m_pending.isEmpty()) {
        m_pending.clear();
        Q_EMIT pendingCountChanged(0);
    }
}

void EventLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused && !m_pending.isEmpty()) {
        const QList<ServerEvent> pending = std::exchange(m_pending, {});
        insertEvents(pending);
        Q_EMIT pendingCountChanged(0);
    }
}

const ServerEvent &EventLogModel::eventAt(int row) const
{
    return m_ring.at(slot(row));
}

QList<ServerEvent> EventLogModel::events() const
{
    QList<ServerEvent> out;
    out.reserve(m_count);
    for (int r = 0; r < m_count; ++r)
        out.append(eventAt(r));
    return out;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::detailText(int row) const
{
    const ServerEvent &e = eventAt(row);
    if (e.kind != ServerEvent::Kind::RateLimited)
        return e.text;
    const Repeat &r = m_repeats.at(slot(row));
    if (r.count <= 1)
        return UiFormat::retryInSeconds(e.text);
    //: Event log: %1 rate-limit rejections of one user within %2 (a duration), %3 the last one's detail
    return tr("×%1 in %2; last: %3")
        .arg(r.count)
        .arg(UiFormat::duration(std::max<qint64>(1000, r.lastMs - e.timeMs + 999)), UiFormat::retryInSeconds(r.lastText));
}

bool EventLogModel::isWindowAction(const ServerEvent &e)
{
    // AdminService records the actor's name; the window acts as "GUI" with no connection.
    return e.kind == ServerEvent::Kind::Admin && e.connectionId == 0;
}

QString EventLogModel::userText(const ServerEvent &e)
{
    if (isWindowAction(e))
        //: Event log, User column of an admin action taken in this window (not over /ws/admin)
        return tr("SocketScope window");
    if (e.userId < 0)
        return e.userName;   // an actor known by name only (an admin over /ws/admin), or nobody
    return UiFormat::user(e.userId, e.userName);
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServerEvent &e = eventAt(index.row());
    using K = ServerEvent::Kind;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.timeMs > 0 ? QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(u"HH:mm:ss.zzz"_s) : QString();
        case KindColumn: return UiFormat::eventKindName(e.kind);
        case ConnectionColumn: return e.connectionId ? QString::number(e.connectionId) : QString();
        case UserColumn: return userText(e);
        case EndpointColumn:
            if (isWindowAction(e))
                return QString();   // not a connection: the window itself
            return e.endpoint == EndpointKind::Unknown ? QString() : UiFormat::endpointName(e.endpoint);
        case TargetColumn: return e.target;
        case CloseCodeColumn: return UiFormat::closeCode(e.closeCode);
        case DetailColumn: return detailText(index.row());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return UiFormat::dateTime(e.timeMs);
        if (index.column() == CloseCodeColumn && e.closeCode > 0)
            return describeClose(e.closeCode, e.text);
        return {};
    case Qt::ForegroundRole:
        switch (e.kind) {
        case K::Error: case K::AuthFailed: case K::Kicked:
            return QBrush(Theme::errorText());
        case K::RateLimited:
            return QBrush(Theme::warningText());
        default:
            return {};
        }
    case Roles::EventKind: return int(e.kind);
    case Roles::Repeats: return m_repeats.at(slot(index.row())).count;
    case Roles::UserId: return e.userId;
    case Roles::Key: return e.connectionId;
    default: break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Event");
    case ConnectionColumn: return tr("Connection");
    case UserColumn: return tr("User");
    case EndpointColumn: return tr("Endpoint");
    case TargetColumn: return tr("Room/topic");
    case CloseCodeColumn: return tr("Close code");
    case DetailColumn: return tr("Detail");
    }
    return {};
}

namespace {
QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Quotes per RFC 4180; a leading = + - @ is neutralised so spreadsheets do not run
// client-supplied text as a formula.
QString csvField(const QString &value, bool userText)
{
    QString v = value;
    if (userText && !v.isEmpty() && QStringView(u"=+-@\t\r").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        return u'"' + v + u'"';
    }
    return v;
}
} // namespace

void EventLogModel::writeCsv(QIODevice *out, const QList<ServerEvent> &events)
{
    out->write("time,kind,connection_id,user_id,user,endpoint,target,close_code,close_meaning,text\r\n");
    for (const ServerEvent &e : events) {
        const QStringList fields = {
            isoUtc(e.timeMs),
            ServerEvent::kindName(e.kind),
            e.connectionId ? QString::number(e.connectionId) : QString(),
            e.userId >= 0 ? QString::number(e.userId) : QString(),
            csvField(e.userName, true),
            e.endpoint == EndpointKind::Unknown ? QString() : endpointKindName(e.endpoint),
            csvField(e.target, true),
            e.closeCode > 0 ? QString::number(e.closeCode) : QString(),
            e.closeCode > 0 ? csvField(closeCodeMeaning(e.closeCode), false) : QString(),
            csvField(e.text, true),
        };
        out->write(fields.join(u',').toUtf8());
        out->write("\r\n");
    }
}

void EventLogModel::writeJsonLines(QIODevice *out, const QList<ServerEvent> &events)
{
    for (const ServerEvent &e : events) {
        QJsonObject o{
            {u"time"_s, isoUtc(e.timeMs)},
            {u"kind"_s, ServerEvent::kindName(e.kind)},
        };
        if (e.connectionId)
            o.insert(u"connection_id"_s, qint64(e.connectionId));
        if (e.userId >= 0)
            o.insert(u"user_id"_s, e.userId);
        if (!e.userName.isEmpty())
            o.insert(u"user"_s, e.userName);
        if (e.endpoint != EndpointKind::Unknown)
            o.insert(u"endpoint"_s, endpointKindName(e.endpoint));
        if (!e.target.isEmpty())
            o.insert(u"target"_s, e.target);
        if (e.closeCode > 0) {
            o.insert(u"close_code"_s, e.closeCode);
            o.insert(u"close_meaning"_s, closeCodeMeaning(e.closeCode));
        }
        if (!e.text.isEmpty())
            o.insert(u"text"_s, e.text);
        out->write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        out->write("\n");
    }
}

EventFilterProxy::EventFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EventFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void EventFilterProxy::setKindEnabled(ServerEvent::Kind kind, bool enabled)
{
    const quint32 bit = 1u << quint32(kind);
    const quint32 next = enabled ? (m_disabledKinds & ~bit) : (m_disabledKinds | bit);
    if (next == m_disabledKinds)
        return;
    m_disabledKinds = next;
    invalidateFilter();
}

bool EventFilterProxy::isKindEnabled(ServerEvent::Kind kind) const
{
    return !(m_disabledKinds & (1u << quint32(kind)));
}

void EventFilterProxy::setAllKindsEnabled()
{
    if (m_disabledKinds == 0)
        return;
    m_disabledKinds = 0;
    invalidateFilter();
}

int EventFilterProxy::disabledKindCount() const
{
    return int(qPopulationCount(m_disabledKinds));
}

void EventFilterProxy::setGroupRepeats(bool group)
{
    if (group == m_groupRepeats)
        return;
    m_groupRepeats = group;
    invalidateFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_groupRepeats) {
        const QVariant repeats = sourceModel()->index(sourceRow, 0, sourceParent).data(Roles::Repeats);
        if (repeats.isValid() && repeats.toInt() == 0)
            return false;   // folded into an earlier row
    }
    return acceptsIgnoringRepeats(sourceRow);
}

bool EventFilterProxy::acceptsIgnoringRepeats(int sourceRow) const
{
    const QModelIndex sourceParent;
    const QAbstractItemModel *m = sourceModel();
    const int kind = m->index(sourceRow, 0, sourceParent).data(Roles::EventKind).toInt();
    if (m_disabledKinds & (1u << quint32(kind)))
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
