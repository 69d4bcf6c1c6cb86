#pragma once

#include "routing.h"
#include "monitor/snapshot.h"

#include <QString>

namespace SocketScope {

// Custom item roles shared by every SocketScope model.
namespace Roles {
enum : int {
    Sort = Qt::UserRole + 1,  // raw value for sorting (numbers sort as numbers)
    Key,                      // connection id, room/topic name, user id, event sequence
    UserId,
    Endpoint,                 // int(EndpointKind)
    Target,                   // room or topic
    RateFraction,             // double used/limit, for the bar delegate; -1 when no limit
    EventKind,                // int(ServerEvent::Kind)
    Repeats,                  // event log: 0 for a repeat folded into an earlier row, else the row's count
    Node,                     // connections: the cluster node of another node's row; empty for this node's
};
}

// Display texts, translated in the GUI (the server core's texts are English by design).
namespace UiFormat {
QString closeCodeMeaning(int code);
QString closeCode(int code);                  // "1008 (Policy violation)"
QString endpointName(EndpointKind kind);      // "Room", "Echo", …
QString eventKindName(ServerEvent::Kind kind);
// "JWT (header)" when the credential was a JWT: a stored token and a JWT arrive the same ways.
QString authMethod(AuthMethod method, bool viaJwt = false);
QString bytes(quint64 bytes);                 // "512 B", "1.5 KiB", "3.2 MiB"
QString rate(double perSecond);               // "0", "3.5", "1.2k"
QString clockTime(qint64 msSinceEpoch);       // local "HH:mm:ss"; "" for 0
QString dateTime(qint64 msSinceEpoch);        // local ISO-like date and time with ms
QString duration(qint64 ms);                  // "45 s", "3 min 20 s", "2 h 5 min", "1 d 3 h"
QString user(qint64 userId, const QString &name);   // "alice (1)", "anonymous"
// The server's "… retry in 48008 ms" (log text, English) with the wait in whole seconds: "… retry in 49 s".
QString retryInSeconds(const QString &serverText);
} // namespace UiFormat

} // namespace SocketScope
