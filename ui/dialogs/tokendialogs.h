#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace SocketScope {

// Asks for the lifetime of a new API token ("never", "30d", "12h", …).
class IssueTokenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IssueTokenDialog(const QString &userDescription, QWidget *parent = nullptr);

    // 0: never expires; -1: not a valid lifetime.
    qint64 ttlSecs() const;

private:
    void validate();

    QComboBox *m_lifetime;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Shows a newly issued token once, with a copy button: the store keeps only its hash.
class NewTokenDialog : public QDialog
{
    Q_OBJECT
public:
    NewTokenDialog(const QString &token, const QString &userDescription, qint64 tokenId, qint64 expiresAt,
                   QWidget *parent = nullptr);

    QString token() const;
    void copyToClipboard();

private:
    QLineEdit *m_token;
    QPushButton *m_copy;
};

} // namespace SocketScope
