#include "bandialog.h"

#include "admin/admincommand.h"
#include "config.h"

#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

BanDialog::BanDialog(const QString &userDescription, QWidget *parent)
    : QDialog(parent)
    , m_duration(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Ban user"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Ban %1: their connections are closed and new ones are refused "
                                "until the ban ends.").arg(userDescription), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_duration->setEditable(true);
    m_duration->addItems({u"5m"_s, u"30m"_s, u"1h"_s, u"1d"_s, u"7d"_s});
    m_duration->setCurrentIndex(2);
    m_duration->setToolTip(tr("A duration such as 90s, 30m, 2h or 1d"));
    form->addRow(tr("&Duration:"), m_duration);
    m_reason->setText(tr("Banned by admin"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_problem->setStyleSheet(u"color: %1"_s.arg(Theme::errorText().name()));
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Ban"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_duration, &QComboBox::currentTextChanged, this, &BanDialog::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &BanDialog::validate);
    validate();
}

qint64 BanDialog::durationMs() const
{
    const auto d = parseDuration(m_duration->currentText().trimmed());
    return d ? qint64(d->count()) : 0;
}

QString BanDialog::reason() const
{
    return m_reason->text();
}

void BanDialog::validate()
{
    QString problem;
    if (durationMs() <= 0)
        problem = tr("Enter a duration such as 90s, 30m, 2h or 1d.");
    else if (!isValidCloseReason(reason()))
        problem = tr("The reason is longer than 123 bytes of UTF-8.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace SocketScope
