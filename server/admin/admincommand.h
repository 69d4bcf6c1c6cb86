#pragma once

#include "routing.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace SocketScope {

struct InboundMessage;

// One admin action (SPEC §4), the same value whether it came from /ws/admin or the GUI.
struct AdminCommand
{
    enum class Type : quint8 {
        Broadcast,        // text to everyone, a room, an endpoint family
        Publish,          // JSON object to a topic
        SendToUser,       // text to all connections of a user
        KickConnection,
        KickUser,
        Ban,              // ban for a duration, closing the user's connections
        Unban,
        SetRateLimit,
        Stats,
        ListConnections,
        ListRooms,
        ListTopics,
        CloseRoom,        // close every connection in a room
        Watch,            // stream snapshots to this /ws/admin connection (SPEC §8)
        Unwatch,
        // The connection inspector (issue 15): one connection's details and captured frames.
        Inspect,
        Capture,          // frame capture on/off for one connection
        JoinRoom,         // make a connection join / leave a room
        LeaveRoom,
        SendToConnection, // text to one connection
    };

    Type type = Type::Stats;
    QString text;
    QString room;                                   // Broadcast (optional), CloseRoom
    EndpointKind endpoint = EndpointKind::Unknown;  // Broadcast (optional)
    QString topic;
    QByteArray data;                                // Publish: the JSON object, as written
    qint64 userId = 0;
    quint64 connectionId = 0;
    QString node;                                   // KickConnection: empty or a node name (SPEC §9)
    int code = 1008;
    QString reason = QStringLiteral("Kicked by admin");
    qint64 durationMs = 0;                          // Ban
    int limit = 0;                                  // SetRateLimit
    qint64 windowMs = 0;                            // SetRateLimit; 0 keeps the window
    int rateHz = 4;                                 // Watch
    bool on = false;                                // Capture
    int frames = 0;                                 // Capture: ring size
    quint64 since = 0;                              // Inspect: frames after this seq

    static QString typeName(Type t);
};

struct AdminParse
{
    AdminCommand command;
    QString error;   // set when the type is known but the arguments are not valid
};

// Why a message that tries to be a command is not one: a JSON object whose "type" is not a
// string, or text starting with '{' that is not valid JSON. Empty otherwise.
QString adminSyntaxError(const InboundMessage &msg);

// nullopt when the message is not an admin command at all (not JSON, or unknown "type").
std::optional<AdminParse> parseAdminCommand(const InboundMessage &msg);
// The JSON text of `command` as /ws/admin takes it (SPEC §4): what a window attached to a remote
// server sends. parseAdminCommand() of the result gives `command` back.
QByteArray encodeAdminCommand(const AdminCommand &command);

// Close codes an application may send in a Close frame (RFC 6455 §7.4).
bool isSendableCloseCode(int code);
// A close reason must fit a control frame: at most 123 bytes of UTF-8.
bool isValidCloseReason(const QString &reason);

} // namespace SocketScope

Q_DECLARE_METATYPE(SocketScope::AdminCommand)
