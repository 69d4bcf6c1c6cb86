#include "messagelog.h"

#include "uiformat.h"

#include "theme.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MessageLog)
};

constexpr auto TranscriptMagic = "socketscope_transcript";

QString kindLabel(LogEntry::Kind k)
{
    switch (k) {
    case LogEntry::Kind::Text: return Text::tr("text");
    case LogEntry::Kind::Binary: return Text::tr("binary");
    case LogEntry::Kind::Ping: return Text::tr("ping");
    case LogEntry::Kind::Pong: return Text::tr("pong");
    //: Log entry type: a WebSocket Close frame / the connection closed
    case LogEntry::Kind::Close: return Text::tr("close");
    //: Log entry type: the connection opened
    case LogEntry::Kind::Open: return Text::tr("open");
    case LogEntry::Kind::Error: return Text::tr("error");
    case LogEntry::Kind::Info: return Text::tr("info");
    }
    return {};
}

QString directionLabel(LogEntry::Direction d)
{
    switch (d) {
    case LogEntry::Direction::In: return Text::tr("← received");
    case LogEntry::Direction::Out: return Text::tr("→ sent");
    case LogEntry::Direction::Info: return Text::tr("• event");
    }
    return {};
}
} // namespace

QString logKindName(LogEntry::Kind kind)
{
    switch (kind) {
    case LogEntry::Kind::Text: return u"text"_s;
    case LogEntry::Kind::Binary: return u"binary"_s;
    case LogEntry::Kind::Ping: return u"ping"_s;
    case LogEntry::Kind::Pong: return u"pong"_s;
    case LogEntry::Kind::Close: return u"close"_s;
    case LogEntry::Kind::Open: return u"open"_s;
    case LogEntry::Kind::Error: return u"error"_s;
    case LogEntry::Kind::Info: return u"info"_s;
    }
    return u"info"_s;
}

QString logDirectionName(LogEntry::Direction d)
{
    switch (d) {
    case LogEntry::Direction::In: return u"in"_s;
    case LogEntry::Direction::Out: return u"out"_s;
    case LogEntry::Direction::Info: return u"info"_s;
    }
    return u"info"_s;
}

QString prettyJson(const QString &text)
{
    const QString t = text.trimmed();
    if (!(t.startsWith(u'{') || t.startsWith(u'[')))
        return {};
    QJsonParseError error;
    QJsonDocument::fromJson(t.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    // Re-indent the text itself rather than QJsonDocument's output, which sorts the keys: a
    // learner should see the members in the order the peer sent them.
    QString out;
    out.reserve(t.size() * 2);
    int depth = 0;
    bool inString = false;
    auto newline = [&] { out += u'\n' + QString(depth * 4, u' '); };
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < t.size())
                out += t.at(++i);
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            qsizetype j = i + 1;
            while (j < t.size() && t.at(j).isSpace())
                ++j;
            if (j < t.size() && (t.at(j) == u'}' || t.at(j) == u']')) {
                out += c;
                out += t.at(j);
                i = j;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case u'}':
        case u']':
            --depth;
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += u": "_s;
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

QString hexString(const QByteArray &data, qsizetype maxBytes)
{
    const bool cut = maxBytes >= 0 && data.size() > maxBytes;
    QString s = QString::fromLatin1((cut ? data.left(maxBytes) : data).toHex(' '));
    if (cut)
        s += u" …"_s;
    return s;
}

QString hexDump(const QByteArray &data)
{
    QString out;
    for (qsizetype off = 0; off < data.size(); off += 16) {
        const QByteArray line = data.mid(off, 16);
        QString hex = QString::fromLatin1(line.toHex(' '));
        hex = hex.leftJustified(16 * 3 - 1, u' ');
        QString ascii;
        for (char c : line)
            ascii += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : u'.';
        out += u"%1  %2  %3\n"_s.arg(qlonglong(off), 8, 16, QChar(u'0')).arg(hex, ascii);
    }
    return out;
}

MessageLogModel::MessageLogModel(QObject *parent, qsizetype capacity)
    : QAbstractTableModel(parent), m_capacity(qMax<qsizetype>(capacity, 1))
{
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageLogModel::contentText(const LogEntry &e)
{
    QString s;
    switch (e.kind) {
    case LogEntry::Kind::Binary:
    case LogEntry::Kind::Ping:
    case LogEntry::Kind::Pong:
        s = e.data.isEmpty() ? e.text : hexString(e.data, 64);
        break;
    default:
    {
        // One line: a line break and the indentation after it become one space (pretty-printed
        // JSON would otherwise show runs of spaces).
        static const QRegularExpression lineBreak(u"\\r?\\n[ \\t]*"_s);
        s = e.text;
        s.replace(lineBreak, u" "_s);
        break;
    }
    }
    if (!e.note.isEmpty())
        s = s.isEmpty() ? e.note : s + u" — "_s + e.note;
    return s;
}

QString MessageLogModel::detailText(const LogEntry &e)
{
    QString body;
    switch (e.kind) {
    case LogEntry::Kind::Binary:
    case LogEntry::Kind::Ping:
    case LogEntry::Kind::Pong:
        body = e.data.isEmpty() ? e.text : hexDump(e.data);
        break;
    default: {
        const QString pretty = prettyJson(e.text);
        body = pretty.isEmpty() ? e.text : pretty;
        break;
    }
    }
    if (!e.note.isEmpty())
        body += u"\n\n"_s + e.note;
    return body;
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const LogEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(u"HH:mm:ss.zzz"_s);
        case DirectionColumn: return directionLabel(e.direction);
        case TypeColumn: return kindLabel(e.kind);
        case SizeColumn: return e.size < 0 ? QString() : UiFormat::bytes(quint64(e.size));
        case ContentColumn: return contentText(e);
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ContentColumn) {
            const QString d = detailText(e);
            return d.size() > 4000 ? d.left(4000) + u'…' : d;
        }
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(Qt::ISODateWithMs);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (e.kind == LogEntry::Kind::Error)
            return QBrush(Theme::errorText());
        if (e.kind == LogEntry::Kind::Close)
            return QBrush(Theme::warningText());
        if (e.direction == LogEntry::Direction::Out && index.column() == DirectionColumn)
            return QBrush(Theme::infoText());
        if (e.direction == LogEntry::Direction::In && index.column() == DirectionColumn)
            return QBrush(Theme::okText());
        break;
    case DetailRole: return detailText(e);
    case KindRole: return int(e.kind);
    case DirectionRole: return int(e.direction);
    default: break;
    }
    return {};
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("Direction");
    case TypeColumn: return tr("Type");
    case SizeColumn: return tr("Size");
    case ContentColumn: return tr("Content");
    default: break;
    }
    return {};
}

void MessageLogModel::append(const LogEntry &entry)
{
    if (m_entries.size() >= m_capacity) {
        const int drop = int(m_entries.size() - m_capacity + 1);
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void MessageLogModel::setEntries(const QList<LogEntry> &entries)
{
    beginResetModel();
    m_entries = entries.size() > m_capacity ? entries.mid(entries.size() - m_capacity) : entries;
    endResetModel();
}

void MessageLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

bool saveTranscript(const QString &fileName, const TranscriptHeader &header,
                    const QList<LogEntry> &entries, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonObject head{{QLatin1StringView(TranscriptMagic), 1},
                     {u"url"_s, header.url},
                     {u"auth"_s, header.auth},
                     {u"saved_at"_s, QDateTime::fromMSecsSinceEpoch(header.savedAtMs ? header.savedAtMs : QDateTime::currentMSecsSinceEpoch()).toUTC().toString(Qt::ISODateWithMs)}};
    file.write(QJsonDocument(head).toJson(QJsonDocument::Compact) + '\n');
    for (const LogEntry &e : entries) {
        QJsonObject o{{u"time"_s, QDateTime::fromMSecsSinceEpoch(e.timeMs).toUTC().toString(Qt::ISODateWithMs)},
                      {u"time_ms"_s, e.timeMs},
                      {u"dir"_s, logDirectionName(e.direction)},
                      {u"type"_s, logKindName(e.kind)}};
        if (e.size >= 0)
            o.insert(u"size"_s, e.size);
        if (!e.text.isEmpty())
            o.insert(u"text"_s, e.text);
        if (!e.data.isEmpty())
            o.insert(u"hex"_s, QString::fromLatin1(e.data.toHex()));
        if (!e.note.isEmpty())
            o.insert(u"note"_s, e.note);
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool loadTranscript(const QString &fileName, TranscriptHeader *header, QList<LogEntry> *entries,
                    QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QList<LogEntry> out;
    TranscriptHeader head;
    int lineNo = 0;
    bool sawHeader = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            if (error)
                *error = Text::tr("Line %1 is not a JSON object: %2").arg(lineNo).arg(pe.errorString());
            return false;
        }
        const QJsonObject o = doc.object();
        if (o.contains(QLatin1StringView(TranscriptMagic))) {
            sawHeader = true;
            head.url = o.value(u"url"_s).toString();
            head.auth = o.value(u"auth"_s).toString();
            head.savedAtMs = QDateTime::fromString(o.value(u"saved_at"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
            continue;
        }
        LogEntry e;
        e.timeMs = o.contains(u"time_ms"_s) ? qint64(o.value(u"time_ms"_s).toDouble())
                                            : QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        const QString dir = o.value(u"dir"_s).toString();
        e.direction = dir == u"in"_s ? LogEntry::Direction::In
                    : dir == u"out"_s ? LogEntry::Direction::Out : LogEntry::Direction::Info;
        const QString type = o.value(u"type"_s).toString();
        e.kind = LogEntry::Kind::Info;
        for (auto k : {LogEntry::Kind::Text, LogEntry::Kind::Binary, LogEntry::Kind::Ping, LogEntry::Kind::Pong,
                       LogEntry::Kind::Close, LogEntry::Kind::Open, LogEntry::Kind::Error}) {
            if (type == logKindName(k))
                e.kind = k;
        }
        e.size = o.contains(u"size"_s) ? qint64(o.value(u"size"_s).toDouble()) : -1;
        e.text = o.value(u"text"_s).toString();
        e.data = QByteArray::fromHex(o.value(u"hex"_s).toString().toLatin1());
        e.note = o.value(u"note"_s).toString();
        out.append(e);
    }
    if (!sawHeader) {
        if (error)
            *error = Text::tr("Not a SocketScope transcript (no header line).");
        return false;
    }
    if (header)
        *header = head;
    if (entries)
        *entries = out;
    return true;
}

} // namespace SocketScope
