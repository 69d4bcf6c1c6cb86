#include "adduserdialog.h"

#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
constexpr qsizetype MaxNameLength = 64;   // as the store enforces
}

AddUserDialog::AddUserDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_existing(existingNames)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add user"));
    m_name->setObjectName(u"userName"_s);
    m_role->setObjectName(u"userRole"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name->setMaxLength(int(MaxNameLength) + 1);   // one more, so that the message can say why
    m_name->setPlaceholderText(tr("unique, no spaces"));
    form->addRow(tr("&Name:"), m_name);
    // Role values are protocol words (JWT claims, the CLI's --role): shown as they are.
    m_role->addItem(u"user"_s, u"user"_s);
    m_role->addItem(u"publisher"_s, u"publisher"_s);
    m_role->addItem(u"admin"_s, u"admin"_s);
    m_role->setItemData(0, tr("Chat, rooms and subscriptions"), Qt::ToolTipRole);
    m_role->setItemData(1, tr("Can also publish to topics"), Qt::ToolTipRole);
    m_role->setItemData(2, tr("Can also use /ws/admin"), Qt::ToolTipRole);
    form->addRow(tr("&Role:"), m_role);
    layout->addLayout(form);
    m_problem->setStyleSheet(u"color: %1"_s.arg(Theme::errorText().name()));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddUserDialog::validate);
    validate();
    m_name->setFocus();
}

QString AddUserDialog::name() const
{
    return m_name->text();
}

QString AddUserDialog::role() const
{
    return m_role->currentData().toString();
}

QString AddUserDialog::problemWithName(const QString &name, const QStringList &existingNames)
{
    if (name.isEmpty())
        return tr("Enter a name.");
    if (name.size() > MaxNameLength)
        return tr("The name is longer than %1 characters.").arg(MaxNameLength);
    const bool bad = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
    if (bad)
        return tr("The name must not contain spaces or control characters.");
    if (existingNames.contains(name))   // names are case-sensitive
        return tr("There is already a user named “%1”.").arg(name);
    return {};
}

void AddUserDialog::validate()
{
    const QString problem = problemWithName(name(), m_existing);
    // An empty field is not an error yet: just not ready.
    m_problem->setText(name().isEmpty() ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace SocketScope
