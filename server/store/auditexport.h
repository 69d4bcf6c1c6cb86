#pragma once

#include "store/store.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace SocketScope {

// The columns of both export formats, in order: time (UTC ISO 8601 with milliseconds), time_ms,
// kind, connection_id, user_id, user_name, remote, endpoint, auth_method, close_code, reason,
// duration_ms, bytes_in, bytes_out, actor, detail.
const QStringList &auditExportColumns();

// RFC 4180: a header row, CRLF line ends, fields with a comma, quote or line break quoted.
// Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get
// a leading ' . Absent values (no connection, no user, no close code) are empty cells.
QByteArray auditToCsv(const QList<AuditEntry> &entries);

// JSON Lines: one compact object per entry with the keys in auditExportColumns() order,
// absent values as null, each line ending in \n.
QByteArray auditToJsonLines(const QList<AuditEntry> &entries);

} // namespace SocketScope
