#include "auditexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

AuditExportDialog::AuditExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_since(new QComboBox(this))
    , m_format(new QComboBox(this))
{
    setWindowTitle(tr("Export audit log"));
    m_since->setObjectName(u"auditSince"_s);
    m_format->setObjectName(u"auditFormat"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Connections, authentication failures, admin actions and bans from the "
                                "server's database, oldest first. Tokens and session ids are never in it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_since->addItem(tr("Last hour"), int(Since::LastHour));
    m_since->addItem(tr("Last day"), int(Since::LastDay));
    m_since->addItem(tr("Last week"), int(Since::LastWeek));
    m_since->addItem(tr("Everything"), int(Since::All));
    m_since->setCurrentIndex(1);
    form->addRow(tr("&Entries:"), m_since);
    m_format->addItem(tr("CSV (spreadsheets)"), int(AuditFormat::Csv));
    m_format->addItem(tr("JSON Lines (jq, log tools)"), int(AuditFormat::JsonLines));
    form->addRow(tr("&Format:"), m_format);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose file…"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AuditExportDialog::Since AuditExportDialog::since() const
{
    return Since(m_since->currentData().toInt());
}

AuditFormat AuditExportDialog::format() const
{
    return AuditFormat(m_format->currentData().toInt());
}

qint64 AuditExportDialog::sinceMs(qint64 nowMs) const
{
    return sinceMs(since(), nowMs);
}

qint64 AuditExportDialog::sinceMs(Since since, qint64 nowMs)
{
    constexpr qint64 Hour = 3600 * 1000;
    switch (since) {
    case Since::LastHour: return nowMs - Hour;
    case Since::LastDay: return nowMs - 24 * Hour;
    case Since::LastWeek: return nowMs - 7 * 24 * Hour;
    case Since::All: return 0;
    }
    return 0;
}

QString AuditExportDialog::fileSuffix(AuditFormat format)
{
    return format == AuditFormat::Csv ? u"csv"_s : u"jsonl"_s;
}

} // namespace SocketScope
