#pragma once

#include "admincommand.h"
#include "snapshot.h"

#include <QString>

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

    AdminResult execute(const AdminCommand &command, const Actor &actor);

private:
    Server &m_server;
};

} // namespace SocketScope
