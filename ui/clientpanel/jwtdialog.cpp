#include "jwtdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace SocketScope {

JwtDialog::JwtDialog(const QList<User> &users, QWidget *parent)
    : QDialog(parent), m_users(users)
{
    setWindowTitle(tr("Make a JWT"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("The server signs an HS256 JWT with its own secret. Claims: sub (user id), "
                                "name, role, exp. The role claim is what the server grants."), this);
    intro->setWordWrap(true);
    form->addRow(intro);

    m_user = new QComboBox(this);
    m_user->setObjectName(u"jwtUser"_s);
    for (const User &u : users)
        m_user->addItem(tr("%1 (id %2, %3)").arg(u.name).arg(u.id).arg(u.role));
    form->addRow(tr("&User:"), m_user);

    m_role = new QComboBox(this);
    m_role->setObjectName(u"jwtRole"_s);
    m_role->addItem(tr("admin"), u"admin"_s);
    m_role->addItem(tr("publisher"), u"publisher"_s);
    m_role->addItem(tr("user"), u"user"_s);
    form->addRow(tr("&Role:"), m_role);

    m_lifetime = new QSpinBox(this);
    m_lifetime->setObjectName(u"jwtLifetime"_s);
    m_lifetime->setRange(1, 30 * 24 * 60);
    m_lifetime->setValue(60);
    m_lifetime->setSuffix(tr(" min"));
    form->addRow(tr("&Lifetime:"), m_lifetime);

    m_expired = new QCheckBox(tr("Already &expired (to see \"Token expired\")"), this);
    form->addRow(QString(), m_expired);
    connect(m_expired, &QCheckBox::toggled, m_lifetime, &QWidget::setDisabled);

    connect(m_user, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_users.size()) {
            const int r = m_role->findData(m_users.at(i).role);
            if (r >= 0)
                m_role->setCurrentIndex(r);
        }
    });
    if (!users.isEmpty())
        m_role->setCurrentIndex(qMax(0, m_role->findData(users.first().role)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make &JWT"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!users.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

User JwtDialog::user() const
{
    const int i = m_user->currentIndex();
    if (i < 0 || i >= m_users.size())
        return {};
    User u = m_users.at(i);
    u.role = m_role->currentData().toString();
    return u;
}

qint64 JwtDialog::lifetimeSecs() const
{
    return m_expired->isChecked() ? -60 : qint64(m_lifetime->value()) * 60;
}

} // namespace SocketScope
