#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace SocketScope {

// A text message to every connection of one user.
class SendToUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SendToUserDialog(const QString &userDescription, int connections, QWidget *parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace SocketScope
