#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QCommandLineParser;
class QSettings;

namespace SocketScope {

using Milliseconds = std::chrono::milliseconds;

// Every tunable of the server. Defaults are SPEC §3's.
struct ServerConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8000;
    QString dbPath;                       // empty: <app-data>/socketscope.sqlite
    QString dbPasswordFile;               // PostgreSQL: first line is the password; empty: libpq's own
    QString jwtSecret;                    // empty: generated once and kept in the store
    int rateLimit = 10;                   // messages per window, per user
    Milliseconds rateWindow{60'000};
    qint64 maxMessageSize = 64 * 1024;    // bytes
    int maxConnections = 10'000;
    int maxPerAddress = 1'000;
    int connectRate = 50;                 // new connections per second per user and per address
                                          // (a 10 s window holds 10×); 0: no limit
    Milliseconds handshakeTimeout{5'000};
    Milliseconds authTimeout{10'000};
    Milliseconds heartbeatInterval{30'000};
    qint64 slowConsumerBytes = 4 * 1024 * 1024;
    QStringList allowedOrigins;           // empty: any origin; else "scheme://host[:port]", as browsers send it
    bool demoUsers = true;
    int publishRateHz = 4;                // snapshots to the GUI per second
    QString tlsCert;                      // both set: --port serves wss://
    QString tlsKey;
    int plainPort = -1;                   // with TLS: an extra plain ws:// port; -1 none
    int auditRetentionDays = 90;          // 0: keep forever
    int auditMaxRows = 1'000'000;         // 0: no limit
    QString redisUrl;                     // "redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]": join a cluster (SPEC §9); empty: alone
    QString redisPasswordFile;            // first line is the Redis password (wins over one in the URL)
    QString nodeName;                     // empty: host name + ":" + port

    bool tlsEnabled() const { return !tlsCert.isEmpty() || !tlsKey.isEmpty(); }

    friend bool operator==(const ServerConfig &, const ServerConfig &) = default;
};

// One option a user can set: the name is the command-line option and the config-file key.
struct OptionSpec
{
    QString name;
    QString valueName;
    QString description;   // includes the accepted range
};

// The options shared by config file and command line, in the order --help shows them.
QList<OptionSpec> serverOptionSpecs();

struct RedisAddress
{
    QString host;
    quint16 port = 6379;
    int db = 0;
    QString user;       // empty: AUTH password (the default user)
    QString password;   // empty: no AUTH

    // The URL with the password replaced by *** (for logs, /healthz, snapshots).
    QString redactedUrl() const;
};
// "redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]" (IPv6 in brackets, user and password
// percent-encoded); nullopt when malformed.
std::optional<RedisAddress> parseRedisUrl(const QString &url);
// The URL with its password (if any) replaced by ***, also when it does not parse.
QString redactRedisUrl(const QString &url);

// "500ms", "10s", "1m", "2h", "1d"; a bare number means seconds.
std::optional<Milliseconds> parseDuration(const QString &text);
QString formatDuration(Milliseconds d);
// "65536", "64KiB", "64k", "4MiB", "4M" (binary multiples).
std::optional<qint64> parseByteSize(const QString &text);
// The shortest exact form: "64KiB", "4MiB", "125B".
QString formatByteSize(qint64 bytes);
// An IP address (IPv6 optionally in brackets), "localhost", "any" (0.0.0.0) or "any6" (::).
std::optional<QHostAddress> parseHostAddress(const QString &text);

struct ConfigResult
{
    ServerConfig config;
    QString error;   // empty on success; otherwise names the option and the accepted range
                     // (applyValues then returns its base unchanged)
    bool ok() const { return error.isEmpty(); }
};

// Applies key/value pairs (config-file keys == option names) on top of `base`, validating each.
ConfigResult applyValues(const ServerConfig &base, const QList<QPair<QString, QString>> &values);
// Reads an INI file (keys as option names, optionally in a [server] group).
ConfigResult loadConfigFile(const ServerConfig &base, const QString &path);
// Adds serverOptionSpecs() (and --config, --no-demo-users) to the parser.
void addServerOptions(QCommandLineParser &parser);
// Defaults <- config file (--config) <- command line. Call after parser.process().
ConfigResult configFromCommandLine(const QCommandLineParser &parser, const ServerConfig &base = {});

} // namespace SocketScope
