#pragma once

#include "serverhost.h"

#include <QDialog>

class QComboBox;

namespace SocketScope {

// File → Export audit log…: which entries (last hour, day, week, all) and the format. The file
// name is asked next, with a QFileDialog.
class AuditExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Since { LastHour, LastDay, LastWeek, All };

    explicit AuditExportDialog(QWidget *parent = nullptr);

    Since since() const;
    AuditFormat format() const;
    // The start of the chosen period in milliseconds since the epoch (0: all).
    qint64 sinceMs(qint64 nowMs) const;
    static qint64 sinceMs(Since since, qint64 nowMs);
    static QString fileSuffix(AuditFormat format);   // "csv", "jsonl"

private:
    QComboBox *m_since;
    QComboBox *m_format;
};

} // namespace SocketScope
