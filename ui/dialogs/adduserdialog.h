#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace SocketScope {

// Name and role of a new user. Refuses what the store would refuse (empty, longer than 64
// characters, whitespace or control characters, a name already taken) before it gets there.
class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddUserDialog(const QStringList &existingNames, QWidget *parent = nullptr);

    QString name() const;
    QString role() const;

    // Why `name` cannot be a new user's name, or "" when it can.
    static QString problemWithName(const QString &name, const QStringList &existingNames);

private:
    void validate();

    QStringList m_existing;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace SocketScope
