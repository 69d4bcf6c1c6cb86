#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace SocketScope {

class RateLimitsModel;

// Per-user rate-limit table plus the live limit/window editor.
class RateLimitsPanel : public QWidget
{
    Q_OBJECT
public:
    RateLimitsPanel(RateLimitsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The server's current setting; does not overwrite values the user is editing.
    void setServerLimit(int limit, qint64 windowMs);

Q_SIGNALS:
    void applyRequested(int limit, qint64 windowMs);

private:
    void updateDirty();

    QSpinBox *m_limit;
    QSpinBox *m_window;
    QPushButton *m_apply;
    QLabel *m_current;
    QTableView *m_view;
    int m_serverLimit = -1;
    qint64 m_serverWindowMs = -1;
};

} // namespace SocketScope
