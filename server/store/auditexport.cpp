#include "store/auditexport.h"

#include "jsonwriter.h"

#include <QDateTime>

#include <limits>
#include <variant>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

// One exported value: text, a number, or absent.
using Cell = std::variant<std::monostate, QString, qint64>;

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool isConnectionClose(const AuditEntry &e)
{
    return e.kind == u"connection_close";
}

Cell text(const QString &s)
{
    return s.isEmpty() ? Cell() : Cell(s);
}

Cell number(qint64 n, bool present)
{
    return present ? Cell(n) : Cell();
}

qint64 clamped(quint64 n)
{
    return n > quint64(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max() : qint64(n);
}

// In auditExportColumns() order. Duration and bytes belong to connection_close rows only.
QList<Cell> cells(const AuditEntry &e)
{
    const bool closed = isConnectionClose(e);
    return {
        Cell(isoTime(e.timeMs)),
        Cell(e.timeMs),
        Cell(e.kind),
        number(clamped(e.connectionId), e.connectionId != 0),
        number(e.userId, e.userId >= 0),
        text(e.userName),
        text(e.remote),
        text(e.endpoint),
        text(e.authMethod),
        number(e.closeCode, e.closeCode != 0),
        text(e.reason),
        number(e.durationMs, closed),
        number(clamped(e.bytesIn), closed),
        number(clamped(e.bytesOut), closed),
        text(e.actor),
        text(e.detail),
        text(e.node),
    };
}

QString csvText(const QString &value)
{
    QString cell = value;
    // Spreadsheet formula injection: =cmd|' /C calc'!A0, +, -, @ and the two that some apps
    // skip before looking for those.
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = u'"' + cell + u'"';
    }
    return cell;
}

} // namespace

const QStringList &auditExportColumns()
{
    static const QStringList columns = {
        u"time"_s, u"time_ms"_s, u"kind"_s, u"connection_id"_s, u"user_id"_s, u"user_name"_s,
        u"remote"_s, u"endpoint"_s, u"auth_method"_s, u"close_code"_s, u"reason"_s,
        u"duration_ms"_s, u"bytes_in"_s, u"bytes_out"_s, u"actor"_s, u"detail"_s,
        u"node"_s,
    };
    return columns;
}

QByteArray auditToCsv(const QList<AuditEntry> &entries)
{
    QByteArray out = auditExportColumns().join(u',').toUtf8() + "\r\n";
    for (const AuditEntry &entry : entries) {
        QStringList row;
        for (const Cell &cell : cells(entry)) {
            if (const auto *s = std::get_if<QString>(&cell))
                row.append(csvText(*s));
            else if (const auto *n = std::get_if<qint64>(&cell))
                row.append(QString::number(*n));
            else
                row.append(QString());
        }
        out += row.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

QByteArray auditToJsonLines(const QList<AuditEntry> &entries)
{
    QByteArray out;
    const QStringList &columns = auditExportColumns();
    for (const AuditEntry &entry : entries) {
        JsonWriter json;
        json.beginObject();
        const QList<Cell> values = cells(entry);
        for (qsizetype i = 0; i < values.size(); ++i) {
            json.key(columns.at(i));
            const Cell &cell = values.at(i);
            if (const auto *s = std::get_if<QString>(&cell))
                json.value(*s);
            else if (const auto *n = std::get_if<qint64>(&cell))
                json.value(*n);
            else
                json.null();
        }
        json.endObject();
        out += json.take() + '\n';
    }
    return out;
}

} // namespace SocketScope
