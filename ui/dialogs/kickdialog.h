#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace SocketScope {

// Close code and reason for a kick; the code's RFC 6455 meaning is shown as it is typed.
class KickDialog : public QDialog
{
    Q_OBJECT
public:
    // `what` says who is kicked, e.g. "connection 7 (alice)" or "all 3 connections of alice".
    explicit KickDialog(const QString &what, QWidget *parent = nullptr);

    int code() const;
    QString reason() const;

private:
    void validate();

    QSpinBox *m_code;
    QLabel *m_meaning;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace SocketScope
