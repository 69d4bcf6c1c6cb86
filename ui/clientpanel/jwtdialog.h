#pragma once

// "Make JWT": pick a user of the running server's store, a role and a lifetime; the client
// panel then asks ServerHost::issueJwt() to sign it with the server's secret.

#include "store/store.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace SocketScope {

class JwtDialog : public QDialog
{
    Q_OBJECT
public:
    JwtDialog(const QList<User> &users, QWidget *parent = nullptr);

    User user() const;            // with the chosen role
    qint64 lifetimeSecs() const;  // negative: already expired

    QComboBox *userCombo() const { return m_user; }
    QComboBox *roleCombo() const { return m_role; }
    QSpinBox *lifetimeSpin() const { return m_lifetime; }
    QCheckBox *expiredCheck() const { return m_expired; }

private:
    QList<User> m_users;
    QComboBox *m_user;
    QComboBox *m_role;
    QSpinBox *m_lifetime;
    QCheckBox *m_expired;
};

} // namespace SocketScope
