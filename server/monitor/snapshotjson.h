#pragma once

// The JSON form of the value snapshots (SPEC §8): what /ws/admin `watch` streams and what
// `list_connections` answers, and the way back, so that a window attached to a remote server
// gets the same ServerSnapshot values as the embedded one.

#include "monitor/snapshot.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace SocketScope {

class JsonWriter;

// One `list_connections` entry; with `node` non-empty, a "node" key as well.
void writeConnectionJson(JsonWriter &w, const ConnectionInfo &c, const QString &node = {});

struct WatchMessage
{
    quint64 seq = 0;
    bool full = false;
    QString node;
    bool groupsChanged = true;   // write "rooms" and "topics" (always in a full message)
    const ServerSnapshot *snapshot = nullptr;
};

// {"type":"snapshot","seq":N,"full":…,"node":…,"connections":[…],"closed":[…],"rooms":{…},
//  "topics":{…},"counters":{…},"events":[…],"rates":[…],"server":{…}}
QByteArray encodeWatchMessage(const WatchMessage &m);

struct DecodedWatch
{
    quint64 seq = 0;
    bool full = false;
    bool groupsPresent = false;
    QString node;
    std::optional<bool> redisUp;   // the node's Redis link, in a cluster
    bool nameInUse = false;        // ... down because another node holds its name
    ServerSnapshot snapshot;
};
// nullopt (and *error) when `json` is not a snapshot message.
std::optional<DecodedWatch> decodeWatchMessage(const QByteArray &json, QString *error = nullptr);

} // namespace SocketScope
