#pragma once

#include "admin/admincommand.h"
#include "monitor/snapshot.h"

#include <QObject>

namespace SocketScope {

// What the dashboard window watches and acts on: the embedded server (ServerHost) or a running
// server reached over /ws/admin (RemoteHost). Both deliver the same snapshot values and take
// the same admin commands; answers echo the request id that execute() returned.
class DashboardHost : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Returns the request id that adminResult() echoes.
    virtual quint64 execute(const AdminCommand &command) = 0;
    virtual void setSnapshotsEnabled(bool enabled) = 0;

Q_SIGNALS:
    void snapshotReady(const SocketScope::ServerSnapshot &snapshot);
    void adminResult(const SocketScope::AdminResult &result);
};

} // namespace SocketScope
