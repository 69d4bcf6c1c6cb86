#pragma once

#include "routing.h"

#include <memory>

namespace SocketScope {

class Server;
class Session;
struct InboundMessage;

// The behaviour of one endpoint family of SPEC §1. The Server keeps one per EndpointKind and
// dispatches by table.
class Endpoint
{
public:
    explicit Endpoint(Server &server)
        : m_server(server)
    {
    }
    virtual ~Endpoint() = default;
    Endpoint(const Endpoint &) = delete;
    Endpoint &operator=(const Endpoint &) = delete;

    // The session is authenticated (or needs no auth) and may now take part.
    virtual void opened(Session &) {}
    // A text message that passed the common checks (empty, ping/pong, rate limit).
    virtual void text(Session &s, const InboundMessage &msg) = 0;
    // The session leaves (closed by either side); called once.
    virtual void closed(Session &) {}

protected:
    Server &m_server;
};

std::unique_ptr<Endpoint> makeEndpoint(EndpointKind kind, Server &server);

// /ws/echo answers with this before the text (Server::echoUtf8() frames it without UTF-16).
inline constexpr char EchoPrefix[] = "Message text was: ";

} // namespace SocketScope
