#pragma once

// What one node tells the others through Redis pub/sub (SPEC §9, docs/cluster.md). Parsed once
// into this value on arrival; the receiving node acts on its own connections only.

#include "routing.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace SocketScope {

struct ClusterMessage
{
    enum class Kind : quint8 {
        Room,            // text to the members of `target` (room messages, joins, leaves)
        Manager,         // text to every connection-manager member (/ws/{client_id})
        Publish,         // `data` (a JSON object, as published) to the subscribers of `target`
        Broadcast,       // text to everyone, or one room (`target`), or one endpoint family
        SendToUser,      // text to every connection of `userId`
        KickConnection,  // close connection `connectionId` on node `target`
        KickUser,        // close every connection of `userId`
        Ban,             // the user is banned (stored by the origin): close their connections
        SetRateLimit,    // `limit` per `windowMs`
        CloseRoom,       // close every member of room `target`
    };

    QString origin;   // the sending node: a node ignores its own messages
    Kind kind = Kind::Room;
    QString target;
    QString text;
    QByteArray data;
    EndpointKind endpoint = EndpointKind::Unknown;
    qint64 userId = 0;
    quint64 connectionId = 0;
    int code = 1008;
    QString reason;
    int limit = 0;
    qint64 windowMs = 0;

    static QString kindName(Kind k);
};

QByteArray encodeClusterMessage(const ClusterMessage &m);
// nullopt when `payload` is not a message this version understands.
std::optional<ClusterMessage> decodeClusterMessage(const QByteArray &payload);

} // namespace SocketScope
