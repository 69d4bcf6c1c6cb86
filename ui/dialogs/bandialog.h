#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace SocketScope {

// Ban duration ("30m", "2h", "1d", …) and reason. Banning also closes the user's connections.
class BanDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BanDialog(const QString &userDescription, QWidget *parent = nullptr);

    qint64 durationMs() const;
    QString reason() const;

private:
    void validate();

    QComboBox *m_duration;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace SocketScope
