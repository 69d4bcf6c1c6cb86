#pragma once

#include "monitor/snapshot.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace SocketScope {

class EventLogModel;
class EventFilterProxy;

// The event log: newest at the bottom, follows new rows until the user scrolls up, filter by
// kind and text, pause/resume, CSV and JSON Lines export.
class EventLogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EventLogPanel(QWidget *parent = nullptr, int capacity = 50'000);

    EventLogModel *model() const { return m_model; }
    EventFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    void appendEvents(const QList<ServerEvent> &events, quint64 droppedByServer = 0);
    bool isFollowing() const { return m_follow; }
    // The rows the filter shows, oldest first.
    QList<ServerEvent> visibleEvents() const;
    bool exportCsv(const QString &fileName) const;
    bool exportJsonLines(const QString &fileName) const;

public Q_SLOTS:
    void chooseExportFile(bool csv);
    void focusSearch();

private:
    void updateStatus();
    void updateKindsButton();

    EventLogModel *m_model;
    EventFilterProxy *m_proxy;
    QLineEdit *m_search;
    QToolButton *m_kinds;
    QList<QAction *> m_kindActions;
    QToolButton *m_pause;
    QLabel *m_status;
    QTableView *m_view;
    bool m_follow = true;
    quint64 m_serverDropped = 0;
};

} // namespace SocketScope
