#pragma once

#include "monitor/snapshot.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace SocketScope {

class ConnectionsModel;
class ConnectionsFilterProxy;

// The connections table with its text, endpoint, user and room/topic filters.
class ConnectionsPanel : public QWidget
{
    Q_OBJECT
public:
    ConnectionsPanel(ConnectionsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ConnectionsFilterProxy *proxy() const { return m_proxy; }
    // Refreshes the user and room/topic filter lists from a snapshot.
    void updateFilterChoices(const QList<ConnectionInfo> &connections);
    // Connection id of the current row, 0 if none.
    ConnectionKey currentConnection() const;   // id 0: none
    QList<ConnectionKey> selectedConnections() const;
    // The connection of a row of the view (any column).
    static ConnectionKey keyAt(const QModelIndex &index);
    void focusSearch();
    // Column widths from typical texts in the current language (the header's own text at
    // least); `onlyWiden` keeps wider columns as they are (after restoring a saved header).
    void fitColumnsToTexts(bool onlyWiden);
    // Width that shows every column of the table at its current size, without scrolling.
    int preferredWidth() const;
    // Shows only the connections of `target` (a room or topic).
    void filterByTarget(const QString &target);
    // The hint shown while there is no connection: how to connect a first client to `url`
    // ("" while the server is not listening); `offerGuide` adds a Getting started button.
    void setFirstClientHint(const QString &url, bool offerGuide);
    QLabel *emptyHint() const { return m_hintText; }
    bool isEmptyHintShown() const;

Q_SIGNALS:
    void clientPanelRequested();
    void gettingStartedRequested();

private:
    void updateCount();

    ConnectionsModel *m_model;
    ConnectionsFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_endpoint;
    QComboBox *m_user;
    QComboBox *m_target;
    QLabel *m_count;
    QTableView *m_view;
    QWidget *m_hint = nullptr;
    QLabel *m_hintText = nullptr;
    QPushButton *m_guideButton = nullptr;
    QString m_hintUrl;
};

} // namespace SocketScope
