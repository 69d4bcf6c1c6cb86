#pragma once

#include "monitor/snapshot.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace SocketScope {

class NodesModel;

// The Nodes view (SPEC §9): the cluster's nodes and this node's Redis link.
class NodesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NodesPanel(QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    NodesModel *model() const { return m_model; }
    void setSnapshot(const ServerSnapshot &snapshot);
    void clear();

private:
    NodesModel *m_model;
    QLabel *m_status;
    QTableView *m_view;
};

} // namespace SocketScope
