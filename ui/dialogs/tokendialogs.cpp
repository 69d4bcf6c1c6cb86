#include "tokendialogs.h"

#include "config.h"

#include "theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
constexpr qint64 MaxTtlSecs = 36500LL * 86400;   // as the command line allows
}

IssueTokenDialog::IssueTokenDialog(const QString &userDescription, QWidget *parent)
    : QDialog(parent)
    , m_lifetime(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Issue API token"));
    m_lifetime->setObjectName(u"tokenLifetime"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Issue a new API token for %1. It is shown once, right after this step.")
                                 .arg(userDescription), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_lifetime->setEditable(true);
    m_lifetime->addItem(tr("never expires"));
    m_lifetime->addItems({u"1h"_s, u"1d"_s, u"7d"_s, u"30d"_s, u"90d"_s, u"365d"_s});
    m_lifetime->setCurrentIndex(4);
    m_lifetime->setToolTip(tr("A duration such as 12h, 30d or 365d, or “never expires”"));
    form->addRow(tr("&Lifetime:"), m_lifetime);
    layout->addLayout(form);
    m_problem->setStyleSheet(u"color: %1"_s.arg(Theme::errorText().name()));
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lifetime, &QComboBox::currentTextChanged, this, &IssueTokenDialog::validate);
    validate();
}

qint64 IssueTokenDialog::ttlSecs() const
{
    const QString text = m_lifetime->currentText().trimmed();
    if (text == m_lifetime->itemText(0))
        return 0;
    const auto d = parseDuration(text);
    if (!d)
        return -1;
    const qint64 secs = d->count() / 1000;
    return secs >= 1 && secs <= MaxTtlSecs ? secs : -1;
}

void IssueTokenDialog::validate()
{
    const bool ok = ttlSecs() >= 0;
    m_problem->setText(ok ? QString() : tr("Enter a lifetime from 1s to 36500d, such as 12h or 30d."));
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

NewTokenDialog::NewTokenDialog(const QString &token, const QString &userDescription, qint64 tokenId,
                               qint64 expiresAt, QWidget *parent)
    : QDialog(parent)
    , m_token(new QLineEdit(token, this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setWindowTitle(tr("New API token"));
    m_token->setObjectName(u"token"_s);
    m_copy->setObjectName(u"copyToken"_s);
    auto *layout = new QVBoxLayout(this);

    const QString expiry = expiresAt > 0
        ? tr("It expires on %1.").arg(QDateTime::fromSecsSinceEpoch(expiresAt).toString(u"yyyy-MM-dd HH:mm"_s))
        : tr("It never expires.");
    auto *intro = new QLabel(tr("Token %1 for %2. %3").arg(tokenId).arg(userDescription, expiry), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *warningRow = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    warningRow->addWidget(icon);
    auto *warning = new QLabel(tr("<b>Copy it now. It will not be shown again:</b> SocketScope stores only "
                                  "a hash of it. If it is lost, revoke it and issue a new one."), this);
    warning->setWordWrap(true);
    warningRow->addWidget(warning, 1);
    layout->addLayout(warningRow);

    auto *tokenRow = new QHBoxLayout;
    m_token->setReadOnly(true);
    m_token->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_token->setMinimumWidth(m_token->fontMetrics().horizontalAdvance(token) + 16);
    m_token->setCursorPosition(0);
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copy);
    layout->addLayout(tokenRow);

    auto *usage = new QLabel(tr("Use it as <code>Authorization: Bearer &lt;token&gt;</code>, "
                                "<code>?token=&lt;token&gt;</code> or in a first message "
                                "<code>{\"type\":\"auth\",\"token\":\"&lt;token&gt;\"}</code>."), this);
    usage->setWordWrap(true);
    usage->setTextFormat(Qt::RichText);
    layout->addWidget(usage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this, &NewTokenDialog::copyToClipboard);
    m_copy->setDefault(true);
    m_copy->setFocus();
}

QString NewTokenDialog::token() const
{
    return m_token->text();
}

void NewTokenDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(m_token->text());
    m_copy->setText(tr("Copied"));
}

} // namespace SocketScope
