#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QSortFilterProxyModel;
class QTableView;

namespace SocketScope {

class MembersModel;

// Master/detail for rooms or topics: the list on top, the selected one's connections below.
class GroupPanel : public QWidget
{
    Q_OBJECT
public:
    GroupPanel(QAbstractItemModel *master, MembersModel *members, const QString &membersTitle,
               QWidget *parent = nullptr);

    QTableView *masterView() const { return m_master; }
    QTableView *membersView() const { return m_members; }
    void addButton(QAction *action);
    QString currentName() const;
    // The members' Node column, for a server in a cluster (SPEC §9).
    void setNodeColumnVisible(bool visible);

Q_SIGNALS:
    void currentNameChanged(const QString &name);

private:
    QSortFilterProxyModel *m_proxy;
    QTableView *m_master;
    QTableView *m_members;
    QHBoxLayout *m_buttons;
    QString m_current;
};

} // namespace SocketScope
