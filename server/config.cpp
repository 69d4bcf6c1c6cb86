#include "config.h"

#include "auth/redact.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSettings>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 GiB = 1024 * MiB;
constexpr qint64 TiB = 1024 * GiB;

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

std::optional<qint64> parseDigits(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : digits) {
        if (!isDigit(c) || qMulOverflow(value, qint64(10), &value)
            || qAddOverflow(value, qint64(c.unicode() - u'0'), &value))
            return std::nullopt;
    }
    return value;
}

// "<digits>[.<digits>]" times `unit`, exactly: a result that is not a whole number of units
// (e.g. "0.5ms") is refused rather than rounded.
std::optional<qint64> parseScaled(QStringView number, qint64 unit)
{
    const qsizetype dot = number.indexOf(u'.');
    const QStringView whole = dot < 0 ? number : number.first(dot);
    QStringView fraction = dot < 0 ? QStringView() : number.sliced(dot + 1);
    if (dot >= 0 && fraction.isEmpty())
        return std::nullopt;
    while (fraction.endsWith(u'0'))
        fraction.chop(1);

    const auto wholeValue = parseDigits(whole);
    qint64 result = 0;
    if (!wholeValue || qMulOverflow(*wholeValue, unit, &result))
        return std::nullopt;
    if (fraction.isEmpty())
        return result;

    if (fraction.size() > 18)
        return std::nullopt;
    const auto numerator = parseDigits(fraction);
    qint64 denominator = 1;
    for (qsizetype i = 0; i < fraction.size(); ++i)
        denominator *= 10;
    qint64 scaled = 0;
    if (!numerator || qMulOverflow(*numerator, unit, &scaled) || scaled % denominator != 0
        || qAddOverflow(result, scaled / denominator, &result))
        return std::nullopt;
    return result;
}

// Splits "12.5 KiB" into the number and the lower-case unit.
std::pair<QStringView, QString> splitNumberAndUnit(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && (isDigit(text[end]) || text[end] == u'.'))
        ++end;
    return {text.first(end), text.sliced(end).trimmed().toString().toLower()};
}

QString formatExact(qint64 value, std::initializer_list<std::pair<qint64, QLatin1StringView>> units,
                    QLatin1StringView smallest)
{
    for (const auto &[size, suffix] : units) {
        if (value != 0 && value % size == 0)
            return QString::number(value / size) + suffix;
    }
    return QString::number(value) + smallest;
}

// --- option table ----------------------------------------------------------------------------

// Returns false when the value is not acceptable.
using Setter = std::function<bool(ServerConfig &, const QString &)>;

struct Option
{
    QString name;
    QString valueName;
    QString what;
    QString expected;   // completes "expected …" in error messages
    QString defaultText;
    Setter apply;
};

Setter integerSetter(qint64 min, qint64 max, std::function<void(ServerConfig &, qint64)> set)
{
    return [=](ServerConfig &config, const QString &text) {
        const auto value = parseDigits(QStringView(text).trimmed());
        if (!value || *value < min || *value > max)
            return false;
        set(config, *value);
        return true;
    };
}

Setter durationSetter(Milliseconds min, Milliseconds max, Milliseconds ServerConfig::*field,
                      bool zeroMeansOff = false)
{
    return [=](ServerConfig &config, const QString &text) {
        const std::optional<Milliseconds> value =
            zeroMeansOff && text.trimmed() == u"off" ? Milliseconds(0) : parseDuration(text);
        if (!value)
            return false;
        const bool off = zeroMeansOff && value->count() == 0;
        if (!off && (*value < min || *value > max))
            return false;
        config.*field = *value;
        return true;
    };
}

Setter sizeSetter(qint64 min, qint64 max, qint64 ServerConfig::*field)
{
    return [=](ServerConfig &config, const QString &text) {
        const auto value = parseByteSize(text);
        if (!value || *value < min || *value > max)
            return false;
        config.*field = *value;
        return true;
    };
}

QString integerRange(qint64 min, qint64 max)
{
    return u"an integer from %1 to %2"_s.arg(min).arg(max);
}

QString durationRange(Milliseconds min, Milliseconds max)
{
    return u"a duration from %1 to %2"_s.arg(formatDuration(min), formatDuration(max));
}

QString sizeRange(qint64 min, qint64 max)
{
    return u"a size from %1 to %2"_s.arg(formatByteSize(min), formatByteSize(max));
}

constexpr int MaxCount = 1'000'000;

std::optional<QString> normalizedHost(const QString &text)
{
    const QString host = text.trimmed().toLower();
    if (host == u"any")
        return u"0.0.0.0"_s;
    if (host == u"any6")
        return u"::"_s;
    if (host == u"localhost")
        return host;
    const auto address = parseHostAddress(host);
    if (!address)
        return std::nullopt;
    return address->toString();
}

// Browsers send Origin as scheme://host[:port] in lower case without the default port;
// storing that form lets the server compare strings.
std::optional<QString> normalizedOrigin(QStringView text)
{
    if (!text.contains(u"://"))
        return std::nullopt;
    const QUrl url(text.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty() || !url.userInfo().isEmpty()
        || !(url.path().isEmpty() || url.path() == u"/") || url.hasQuery() || url.hasFragment()
        || url.port() == 0)
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int defaultPort = (scheme == u"https" || scheme == u"wss") ? 443
                            : (scheme == u"http" || scheme == u"ws") ? 80
                                                                     : -1;
    QString origin = scheme + u"://"_s + host;
    if (url.port() != -1 && url.port() != defaultPort)
        origin += u':' + QString::number(url.port());
    return origin;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == u"true" || value == u"yes" || value == u"on" || value == u"1")
        return true;
    if (value == u"false" || value == u"no" || value == u"off" || value == u"0")
        return false;
    return std::nullopt;
}

const QList<Option> &options()
{
    static const QList<Option> table = [] {
        const ServerConfig d;
        QList<Option> list;
        list.append({u"host"_s, u"ADDRESS"_s, u"Address to listen on"_s,
                     u"an IP address, \"localhost\", \"any\" (0.0.0.0) or \"any6\" (::)"_s, d.host,
                     [](ServerConfig &c, const QString &v) {
                         const auto host = normalizedHost(v);
                         if (host)
                             c.host = *host;
                         return host.has_value();
                     }});
        list.append({u"port"_s, u"PORT"_s, u"TCP port to listen on"_s,
                     integerRange(0, 65535) + u" (0: any free port)"_s, QString::number(d.port),
                     integerSetter(0, 65535, [](ServerConfig &c, qint64 v) { c.port = quint16(v); })});
        list.append({u"db"_s, u"FILE|URL"_s, u"SQLite database file, or a shared PostgreSQL database"_s,
                     u"a path, or postgresql://USER@HOST:PORT/DB (no password in it)"_s,
                     u"<app-data>/socketscope.sqlite"_s,
                     [](ServerConfig &c, const QString &v) {
                         if (Store::isPostgresLocation(v) && !Store::parsePostgresLocation(v, nullptr))
                             return false;
                         c.dbPath = v;
                         return true;
                     }});
        list.append({u"db-password-file"_s, u"FILE"_s, u"File whose first line is the PostgreSQL password"_s,
                     u"a path"_s, u"none: PGPASSWORD or ~/.pgpass"_s,
                     [](ServerConfig &c, const QString &v) {
                         c.dbPasswordFile = v;
                         return true;
                     }});
        list.append({u"jwt-secret"_s, u"SECRET"_s, u"Secret that signs and checks JWTs (HS256)"_s,
                     u"at least 16 characters"_s, u"generated once and kept in the database"_s,
                     [](ServerConfig &c, const QString &v) {
                         if (v.size() < 16)
                             return false;
                         c.jwtSecret = v;
                         return true;
                     }});
        list.append({u"rate-limit"_s, u"N"_s, u"Messages each user may send per rate window"_s,
                     integerRange(1, MaxCount), QString::number(d.rateLimit),
                     integerSetter(1, MaxCount, [](ServerConfig &c, qint64 v) { c.rateLimit = int(v); })});
        list.append({u"rate-window"_s, u"DURATION"_s, u"Sliding window of the rate limit"_s,
                     durationRange(Milliseconds(100), Milliseconds(Day)), formatDuration(d.rateWindow),
                     durationSetter(Milliseconds(100), Milliseconds(Day), &ServerConfig::rateWindow)});
        list.append({u"max-message-size"_s, u"SIZE"_s, u"Largest message accepted, larger ones close with 1009"_s,
                     sizeRange(125, 256 * MiB), formatByteSize(d.maxMessageSize),
                     sizeSetter(125, 256 * MiB, &ServerConfig::maxMessageSize)});
        list.append({u"max-connections"_s, u"N"_s, u"Connections in total, more are refused with 1013"_s,
                     integerRange(1, MaxCount), QString::number(d.maxConnections),
                     integerSetter(1, MaxCount, [](ServerConfig &c, qint64 v) { c.maxConnections = int(v); })});
        list.append({u"max-per-address"_s, u"N"_s, u"Connections per remote address, more are refused with 1013"_s,
                     integerRange(1, MaxCount), QString::number(d.maxPerAddress),
                     integerSetter(1, MaxCount, [](ServerConfig &c, qint64 v) { c.maxPerAddress = int(v); })});
        list.append({u"connect-rate"_s, u"N"_s,
                     u"New connections per second per user and per remote address, over a 10 s window "
                     u"(bursts of 10×N); more are refused with 1013"_s,
                     integerRange(0, MaxCount) + u" (0: no limit)"_s, QString::number(d.connectRate),
                     integerSetter(0, MaxCount, [](ServerConfig &c, qint64 v) { c.connectRate = int(v); })});
        list.append({u"handshake-timeout"_s, u"DURATION"_s, u"Time allowed for the WebSocket handshake"_s,
                     durationRange(Milliseconds(100), Milliseconds(10 * Minute)), formatDuration(d.handshakeTimeout),
                     durationSetter(Milliseconds(100), Milliseconds(10 * Minute), &ServerConfig::handshakeTimeout)});
        list.append({u"auth-timeout"_s, u"DURATION"_s, u"Time allowed for the first-message auth"_s,
                     durationRange(Milliseconds(100), Milliseconds(10 * Minute)), formatDuration(d.authTimeout),
                     durationSetter(Milliseconds(100), Milliseconds(10 * Minute), &ServerConfig::authTimeout)});
        list.append({u"heartbeat-interval"_s, u"DURATION"_s, u"Interval of protocol pings"_s,
                     u"0 (off) or "_s + durationRange(Milliseconds(Second), Milliseconds(Hour)),
                     formatDuration(d.heartbeatInterval),
                     durationSetter(Milliseconds(Second), Milliseconds(Hour), &ServerConfig::heartbeatInterval, true)});
        list.append({u"slow-consumer-bytes"_s, u"SIZE"_s, u"Unsent data after which a connection closes with 1008"_s,
                     sizeRange(64 * KiB, GiB), formatByteSize(d.slowConsumerBytes),
                     sizeSetter(64 * KiB, GiB, &ServerConfig::slowConsumerBytes)});
        list.append({u"allowed-origins"_s, u"ORIGINS"_s, u"Origins allowed to connect with a cookie"_s,
                     u"comma-separated origins like https://example.com:8443, or empty for any origin"_s,
                     u"any origin"_s,
                     [](ServerConfig &c, const QString &v) {
                         QStringList origins;
                         for (QStringView item : QStringView(v).split(u',')) {
                             item = item.trimmed();
                             if (item.isEmpty())
                                 continue;
                             const auto origin = normalizedOrigin(item);
                             if (!origin)
                                 return false;
                             if (!origins.contains(*origin))
                                 origins.append(*origin);
                         }
                         c.allowedOrigins = origins;
                         return true;
                     }});
        list.append({u"tls-cert"_s, u"FILE"_s, u"Certificate (PEM) for wss:// on --port; needs --tls-key"_s,
                     u"a readable file"_s, u"none (plain ws://)"_s,
                     [](ServerConfig &c, const QString &v) {
                         c.tlsCert = v.trimmed();
                         return !c.tlsCert.isEmpty();
                     }});
        list.append({u"tls-key"_s, u"FILE"_s, u"Private key (PEM, unencrypted) of --tls-cert"_s,
                     u"a readable file"_s, u"none"_s,
                     [](ServerConfig &c, const QString &v) {
                         c.tlsKey = v.trimmed();
                         return !c.tlsKey.isEmpty();
                     }});
        list.append({u"plain-port"_s, u"PORT"_s, u"With TLS on, also serve plain ws:// on this port"_s,
                     integerRange(0, 65535) + u" (0: any free port)"_s, u"none"_s,
                     integerSetter(0, 65535, [](ServerConfig &c, qint64 v) { c.plainPort = int(v); })});
        list.append({u"audit-retention-days"_s, u"DAYS"_s, u"Days the audit log keeps rows"_s,
                     integerRange(0, 36500) + u" (0: forever)"_s, QString::number(d.auditRetentionDays),
                     integerSetter(0, 36500, [](ServerConfig &c, qint64 v) { c.auditRetentionDays = int(v); })});
        list.append({u"audit-max-rows"_s, u"N"_s, u"Rows the audit log keeps at most"_s,
                     integerRange(0, 1'000'000'000) + u" (0: no limit)"_s, QString::number(d.auditMaxRows),
                     integerSetter(0, 1'000'000'000, [](ServerConfig &c, qint64 v) { c.auditMaxRows = int(v); })});
        list.append({u"redis"_s, u"URL"_s, u"Join a cluster of nodes through this Redis server"_s,
                     u"redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]"_s, u"none (one node)"_s,
                     [](ServerConfig &c, const QString &v) {
                         const QString url = v.trimmed();
                         if (!url.isEmpty() && !parseRedisUrl(url))
                             return false;
                         c.redisUrl = url;
                         return true;
                     }});
        list.append({u"redis-password-file"_s, u"FILE"_s,
                     u"File whose first line is the Redis password (keeps it off the command line)"_s,
                     u"a path"_s, u"none: the password of the --redis URL, if any"_s,
                     [](ServerConfig &c, const QString &v) {
                         c.redisPasswordFile = v.trimmed();
                         return true;
                     }});
        list.append({u"node-name"_s, u"NAME"_s, u"This node's name in the cluster"_s,
                     u"1-64 letters, digits and . _ : -"_s, u"host name:port"_s,
                     [](ServerConfig &c, const QString &v) {
                         const QString name = v.trimmed();
                         if (name.size() > 64)
                             return false;
                         for (QChar ch : name) {
                             if (!ch.isLetterOrNumber() && ch != u'.' && ch != u'_' && ch != u':' && ch != u'-')
                                 return false;
                         }
                         c.nodeName = name;
                         return true;
                     }});
        list.append({u"publish-rate"_s, u"HZ"_s, u"Snapshots sent to the GUI per second"_s,
                     integerRange(1, 60), QString::number(d.publishRateHz),
                     integerSetter(1, 60, [](ServerConfig &c, qint64 v) { c.publishRateHz = int(v); })});
        return list;
    }();
    return table;
}

// Keeps the error on one line and short, whatever the user typed.
QString quotedValue(const QString &value)
{
    QString shown = value.size() > 60 ? value.first(60) + QChar(0x2026) : value;
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar(QChar::ReplacementCharacter);
    }
    return u'"' + shown + u'"';
}

ConfigResult failure(const ServerConfig &config, const QString &error)
{
    return {config, error};
}

} // namespace

QList<OptionSpec> serverOptionSpecs()
{
    QList<OptionSpec> specs;
    for (const Option &option : options()) {
        specs.append({option.name, option.valueName,
                      u"%1: %2. Default: %3."_s.arg(option.what, option.expected, option.defaultText)});
    }
    return specs;
}

std::optional<RedisAddress> parseRedisUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != u"redis" || u.host().isEmpty() || u.hasQuery() || u.hasFragment())
        return std::nullopt;
    RedisAddress a;
    a.host = u.host();
    if (!u.userInfo().isEmpty()) {
        // redis://:PASSWORD@ or redis://USER:PASSWORD@ (Redis 6 ACL user); a user without a
        // password would mean nothing to AUTH.
        a.user = u.userName(QUrl::FullyDecoded);
        a.password = u.password(QUrl::FullyDecoded);
        if (a.password.isEmpty())
            return std::nullopt;
    }
    const int port = u.port(6379);
    if (port <= 0 || port > 65535)
        return std::nullopt;
    a.port = quint16(port);
    QString path = u.path();
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (!path.isEmpty()) {
        bool ok = false;
        a.db = path.toInt(&ok);
        if (!ok || a.db < 0 || a.db > 15 || path != QString::number(a.db))
            return std::nullopt;
    }
    return a;
}

QString RedisAddress::redactedUrl() const
{
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    QString auth;
    if (!password.isEmpty())
        auth = QString::fromLatin1(QUrl::toPercentEncoding(user)) + u":***@"_s;
    return u"redis://%1%2:%3/%4"_s.arg(auth, h).arg(port).arg(db);
}

QString redactRedisUrl(const QString &url)
{
    if (const auto a = parseRedisUrl(url))
        return a->redactedUrl();
    // Malformed, so no telling where a password ends: everything between "//" and the last '@'.
    const qsizetype at = url.lastIndexOf(u'@');
    const qsizetype start = url.indexOf(u"//"_s);
    if (at < 0 || start < 0 || start > at)
        return url;
    return url.left(start + 2) + u"***"_s + url.mid(at);
}

std::optional<Milliseconds> parseDuration(const QString &text)
{
    const auto [number, unit] = splitNumberAndUnit(QStringView(text).trimmed());
    qint64 scale = 0;
    if (unit == u"ms")
        scale = 1;
    else if (unit.isEmpty() || unit == u"s")
        scale = Second;
    else if (unit == u"m")
        scale = Minute;
    else if (unit == u"h")
        scale = Hour;
    else if (unit == u"d")
        scale = Day;
    else
        return std::nullopt;
    const auto value = parseScaled(number, scale);
    if (!value)
        return std::nullopt;
    return Milliseconds(*value);
}

QString formatDuration(Milliseconds d)
{
    return formatExact(d.count(), {{Day, "d"_L1}, {Hour, "h"_L1}, {Minute, "m"_L1}, {Second, "s"_L1}}, "ms"_L1);
}

std::optional<qint64> parseByteSize(const QString &text)
{
    const auto [number, unit] = splitNumberAndUnit(QStringView(text).trimmed());
    qint64 scale = 0;
    if (unit.isEmpty() || unit == u"b")
        scale = 1;
    else if (unit == u"k" || unit == u"kb" || unit == u"kib")
        scale = KiB;
    else if (unit == u"m" || unit == u"mb" || unit == u"mib")
        scale = MiB;
    else if (unit == u"g" || unit == u"gb" || unit == u"gib")
        scale = GiB;
    else if (unit == u"t" || unit == u"tb" || unit == u"tib")
        scale = TiB;
    else
        return std::nullopt;
    return parseScaled(number, scale);
}

QString formatByteSize(qint64 bytes)
{
    return formatExact(bytes, {{TiB, "TiB"_L1}, {GiB, "GiB"_L1}, {MiB, "MiB"_L1}, {KiB, "KiB"_L1}}, "B"_L1);
}

std::optional<QHostAddress> parseHostAddress(const QString &text)
{
    QString host = text.trimmed();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    if (host.compare(u"any", Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::AnyIPv4);
    if (host.compare(u"any6", Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::AnyIPv6);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.sliced(1, host.size() - 2);
    QHostAddress address;
    if (host.isEmpty() || !address.setAddress(host))
        return std::nullopt;
    return address;
}

ConfigResult applyValues(const ServerConfig &base, const QList<QPair<QString, QString>> &values)
{
    ServerConfig config = base;
    for (const auto &[key, value] : values) {
        if (key == u"demo-users") {
            const auto enabled = parseBool(value);
            if (!enabled)
                return failure(base, u"invalid value %1 for demo-users: expected true or false"_s.arg(quotedValue(value)));
            config.demoUsers = *enabled;
            continue;
        }
        const auto &table = options();
        const auto option = std::find_if(table.cbegin(), table.cend(),
                                         [&key](const Option &o) { return o.name == key; });
        if (option == table.cend())
            return failure(base, u"unknown option %1 in config file"_s.arg(quotedValue(key)));
        if (!option->apply(config, value)) {
            // Secrets never reach logs, not even a rejected one.
            const QString shown = key == u"jwt-secret" ? redactSecret(value)
                : key == u"redis"                      ? redactRedisUrl(value)
                                                       : value;
            return failure(base, u"invalid value %1 for --%2: expected %3"_s.arg(quotedValue(shown), key,
                                                                               option->expected));
        }
    }
    return {config, QString()};
}

ConfigResult loadConfigFile(const ServerConfig &base, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(base, u"cannot read config file \"%1\": %2"_s.arg(path, file.errorString()));
    file.close();

    const QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        const QString reason = settings.status() == QSettings::FormatError ? u"syntax error"_s
                                                                            : u"access error"_s;
        return failure(base, u"cannot read config file \"%1\": %2"_s.arg(path, reason));
    }

    // Top-level keys first, so that the [server] group wins when both set a key.
    QList<QPair<QString, QString>> topLevel;
    QList<QPair<QString, QString>> serverGroup;
    const QString serverPrefix = u"server/"_s;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        // QSettings splits unquoted values at commas.
        const QString text = value.typeId() == QMetaType::QStringList
            ? value.toStringList().join(u',')
            : value.toString();
        if (key.startsWith(serverPrefix))
            serverGroup.append({key.sliced(serverPrefix.size()), text});
        else
            topLevel.append({key, text});
    }
    return applyValues(base, topLevel + serverGroup);
}

void addServerOptions(QCommandLineParser &parser)
{
    parser.addOption({u"config"_s, u"Read settings from an INI file (keys as the option names below, "
                                   u"optionally in a [server] group); the command line overrides it."_s,
                      u"FILE"_s});
    parser.addOption({u"no-demo-users"_s, u"Do not create the demo users, tokens and sessions."_s});
    for (const OptionSpec &spec : serverOptionSpecs())
        parser.addOption({spec.name, spec.description, spec.valueName});
}

ConfigResult configFromCommandLine(const QCommandLineParser &parser, const ServerConfig &base)
{
    ConfigResult result{base, QString()};
    if (parser.isSet(u"config"_s)) {
        result = loadConfigFile(base, parser.value(u"config"_s));
        if (!result.ok())
            return result;
    }

    QList<QPair<QString, QString>> values;
    for (const Option &option : options()) {
        if (parser.isSet(option.name))
            values.append({option.name, parser.value(option.name)});
    }
    result = applyValues(result.config, values);
    if (result.ok() && parser.isSet(u"no-demo-users"_s))
        result.config.demoUsers = false;
    return result;
}

} // namespace SocketScope
