#pragma once

#include <QString>
#include <QStringView>

namespace SocketScope {

// The endpoint families of SPEC §1.
enum class EndpointKind : quint8 {
    Unknown,
    Echo,       // /ws/echo
    Chat,       // /ws
    Admin,      // /ws/admin
    Manager,    // /ws/{client_id}
    Room,       // /ws/room/{room_id}
    Subscribe,  // /ws/subscribe/{topic}
};

struct Route
{
    EndpointKind kind = EndpointKind::Unknown;
    qint64 clientId = 0;   // Manager
    QString target;        // room id (Room) or topic (Subscribe), percent-decoded

    bool requiresAuth() const { return kind != EndpointKind::Echo && kind != EndpointKind::Unknown; }
    bool acceptsBinary() const { return kind == EndpointKind::Echo; }
};

inline constexpr int MaxRouteTargetLength = 128;

// `path` is the URL path, still percent-encoded (QUrl::path(QUrl::FullyEncoded)).
Route routeForPath(QStringView path);

// "echo", "chat", "admin", "manager", "room", "subscribe", "unknown"
QString endpointKindName(EndpointKind kind);
EndpointKind endpointKindFromName(QStringView name);
// The path pattern shown to users: "/ws/echo", "/ws", "/ws/admin", "/ws/{client_id}", …
QString endpointPattern(EndpointKind kind);

} // namespace SocketScope
