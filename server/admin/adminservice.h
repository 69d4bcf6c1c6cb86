#pragma once

#include "admin/admincommand.h"
#include "monitor/snapshot.h"

#include <QString>

#include <functional>

namespace SocketScope {

class Server;

// SPEC §4, implemented once: /ws/admin and the GUI (through ServerHost) both call execute().
class AdminService
{
public:
    struct Actor
    {
        QString name;              // who acted: an admin's username, or "GUI"
        quint64 connectionId = 0;  // the /ws/admin connection; 0 for the GUI
    };

    explicit AdminService(Server &server)
        : m_server(server)
    {
    }

    using Done = std::function<void(const AdminResult &)>;
    // Runs the command and calls `done` with its result: at once for most commands; after the
    // store thread answered for ban, unban, and send/kick to a user without connections.
    void execute(const AdminCommand &command, const Actor &actor, Done done);

private:
    // The command without store access; `known`: whether the user named exists (checked in
    // the store thread beforehand where it matters).
    AdminResult run(const AdminCommand &command, const Actor &actor, bool known);
    void record(const Actor &actor, const QString &what);

    Server &m_server;
};

} // namespace SocketScope
