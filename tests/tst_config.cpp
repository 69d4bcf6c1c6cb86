#include "config.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using namespace std::chrono_literals;

using Values = QList<QPair<QString, QString>>;

class TestConfig : public QObject
{
    Q_OBJECT

private slots:
    void parseDuration_data();
    void parseDuration();
    void parseDurationRefuses_data();
    void parseDurationRefuses();
    void formatDuration_data();
    void formatDuration();
    void parseByteSize_data();
    void parseByteSize();
    void parseByteSizeRefuses_data();
    void parseByteSizeRefuses();
    void formatByteSize_data();
    void formatByteSize();

    void optionNames();
    void redisUrl_data();
    void redisUrl();
    void redisPassword();
    void nodeName();
    void descriptionsStateDefaultAndRange();
    void defaultsAreAccepted();
    void optionRange_data();
    void optionRange();
    void applyValuesSetsFields();
    void normalizesHostAndOrigins();
    void exactErrorMessages_data();
    void exactErrorMessages();
    void firstErrorWinsAndKeepsBase();

    void configFile();
    void configFileCommaList();
    void configFileUnknownKey_data();
    void configFileUnknownKey();
    void configFileUnreadable();
    void configFileWithoutPermission();
    void configFileBadValue();

    void commandLineDefaults();
    void commandLineOverridesConfigFile();
    void commandLineNoDemoUsers();
    void commandLineBadValue();
    void commandLineMissingConfigFile();

private:
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content);
    static ConfigResult fromArgs(const QStringList &args, const ServerConfig &base = {});
};

QString TestConfig::writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ConfigResult TestConfig::fromArgs(const QStringList &args, const ServerConfig &base)
{
    QCommandLineParser parser;
    addServerOptions(parser);
    if (!parser.parse(QStringList{u"socketscope"_s} + args))
        return {base, parser.errorText()};
    return configFromCommandLine(parser, base);
}

// --- durations and sizes ------------------------------------------------------------------------

void TestConfig::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");

    QTest::newRow("ms") << u"500ms"_s << qint64(500);
    QTest::newRow("s") << u"10s"_s << qint64(10'000);
    QTest::newRow("m") << u"1m"_s << qint64(60'000);
    QTest::newRow("h") << u"2h"_s << qint64(7'200'000);
    QTest::newRow("d") << u"1d"_s << qint64(86'400'000);
    QTest::newRow("bare = seconds") << u"30"_s << qint64(30'000);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("zero ms") << u"0ms"_s << qint64(0);
    QTest::newRow("trimmed") << u" \t10s \n"_s << qint64(10'000);
    QTest::newRow("space before unit") << u"10 s"_s << qint64(10'000);
    QTest::newRow("upper-case unit") << u"10S"_s << qint64(10'000);
    QTest::newRow("1.5s") << u"1.5s"_s << qint64(1'500);
    QTest::newRow("bare 1.5") << u"1.5"_s << qint64(1'500);
    QTest::newRow("0.1s") << u"0.1s"_s << qint64(100);
    QTest::newRow("1.25m") << u"1.25m"_s << qint64(75'000);
    QTest::newRow("trailing zeros") << u"2.000000000000000000000s"_s << qint64(2'000);
    QTest::newRow("leading zeros") << u"007s"_s << qint64(7'000);
    QTest::newRow("largest day count") << u"106751991167d"_s << qint64(9'223'372'036'828'800'000);
    QTest::newRow("qint64 max ms") << u"9223372036854775807ms"_s << std::numeric_limits<qint64>::max();
}

void TestConfig::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto parsed = SocketScope::parseDuration(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->count(), ms);
}

void TestConfig::parseDurationRefuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("word") << u"abc"_s;
    QTest::newRow("unknown unit") << u"10x"_s;
    QTest::newRow("unit only") << u"ms"_s;
    QTest::newRow("negative") << u"-1s"_s;
    QTest::newRow("plus sign") << u"+1s"_s;
    QTest::newRow("below a millisecond") << u"1.5ms"_s;
    QTest::newRow("sub-millisecond fraction") << u"0.0001s"_s;
    QTest::newRow("dot without fraction") << u"1.s"_s;
    QTest::newRow("dot without whole") << u".5s"_s;
    QTest::newRow("two dots") << u"1..5s"_s;
    QTest::newRow("exponent") << u"1e3s"_s;
    QTest::newRow("compound") << u"1m30s"_s;
    QTest::newRow("digits after unit") << u"1s2"_s;
    QTest::newRow("inner space") << u"1 000s"_s;
    QTest::newRow("comma decimal") << u"1,5s"_s;
    QTest::newRow("overflow after scaling") << u"106751991168d"_s;
    QTest::newRow("overflow of digits") << u"99999999999999999999"_s;
    QTest::newRow("ms overflow") << u"9223372036854775808ms"_s;
    QTest::newRow("long fraction") << u"0.0000000000000000001s"_s;
}

void TestConfig::parseDurationRefuses()
{
    QFETCH(QString, text);
    QCOMPARE(SocketScope::parseDuration(text), std::nullopt);
}

void TestConfig::formatDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << u"0ms"_s;
    QTest::newRow("1ms") << qint64(1) << u"1ms"_s;
    QTest::newRow("1500ms") << qint64(1'500) << u"1500ms"_s;
    QTest::newRow("1s") << qint64(1'000) << u"1s"_s;
    QTest::newRow("90s") << qint64(90'000) << u"90s"_s;
    QTest::newRow("1m") << qint64(60'000) << u"1m"_s;
    QTest::newRow("90m") << qint64(5'400'000) << u"90m"_s;
    QTest::newRow("1h") << qint64(3'600'000) << u"1h"_s;
    QTest::newRow("25h") << qint64(90'000'000) << u"25h"_s;
    QTest::newRow("1d") << qint64(86'400'000) << u"1d"_s;
    QTest::newRow("2d") << qint64(172'800'000) << u"2d"_s;
}

void TestConfig::formatDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(SocketScope::formatDuration(Milliseconds(ms)), expected);
    QCOMPARE(SocketScope::parseDuration(expected), Milliseconds(ms));
}

void TestConfig::parseByteSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");

    QTest::newRow("bare") << u"65536"_s << qint64(65'536);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("B") << u"125B"_s << qint64(125);
    QTest::newRow("k") << u"64k"_s << qint64(65'536);
    QTest::newRow("K") << u"64K"_s << qint64(65'536);
    QTest::newRow("KiB") << u"64KiB"_s << qint64(65'536);
    QTest::newRow("kb") << u"64kb"_s << qint64(65'536);
    QTest::newRow("space and KiB") << u" 64 KiB "_s << qint64(65'536);
    QTest::newRow("M") << u"4M"_s << qint64(4'194'304);
    QTest::newRow("MiB") << u"4MiB"_s << qint64(4'194'304);
    QTest::newRow("MB is binary too") << u"4MB"_s << qint64(4'194'304);
    QTest::newRow("G") << u"1G"_s << qint64(1'073'741'824);
    QTest::newRow("GiB") << u"1GiB"_s << qint64(1'073'741'824);
    QTest::newRow("T") << u"2T"_s << qint64(2'199'023'255'552);
    QTest::newRow("1.5K") << u"1.5K"_s << qint64(1'536);
    QTest::newRow("0.5MiB") << u"0.5MiB"_s << qint64(524'288);
}

void TestConfig::parseByteSize()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QCOMPARE(SocketScope::parseByteSize(text), std::optional<qint64>(bytes));
}

void TestConfig::parseByteSizeRefuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("word") << u"abc"_s;
    QTest::newRow("negative") << u"-1"_s;
    QTest::newRow("negative with unit") << u"-64K"_s;
    QTest::newRow("unknown unit") << u"64x"_s;
    QTest::newRow("unit typo") << u"64KiBs"_s;
    QTest::newRow("unit only") << u"KiB"_s;
    QTest::newRow("fraction of a byte") << u"0.5B"_s;
    QTest::newRow("not a whole byte") << u"1.1K"_s;
    QTest::newRow("exabytes") << u"1E"_s;
    QTest::newRow("overflow") << u"9999999T"_s;
    QTest::newRow("overflow of digits") << u"99999999999999999999"_s;
}

void TestConfig::parseByteSizeRefuses()
{
    QFETCH(QString, text);
    QCOMPARE(SocketScope::parseByteSize(text), std::nullopt);
}

void TestConfig::formatByteSize_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << u"0B"_s;
    QTest::newRow("125") << qint64(125) << u"125B"_s;
    QTest::newRow("1536") << qint64(1'536) << u"1536B"_s;
    QTest::newRow("64KiB") << qint64(65'536) << u"64KiB"_s;
    QTest::newRow("1025KiB") << qint64(1'049'600) << u"1025KiB"_s;
    QTest::newRow("4MiB") << qint64(4'194'304) << u"4MiB"_s;
    QTest::newRow("1GiB") << qint64(1'073'741'824) << u"1GiB"_s;
}

void TestConfig::formatByteSize()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(SocketScope::formatByteSize(bytes), expected);
    QCOMPARE(SocketScope::parseByteSize(expected), std::optional<qint64>(bytes));
}

// --- options ------------------------------------------------------------------------------------

void TestConfig::redisUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("db");
    QTest::newRow("host only") << u"redis://cache"_s << true << u"cache"_s << 6379 << 0;
    QTest::newRow("port and db") << u"redis://10.0.0.5:6380/3"_s << true << u"10.0.0.5"_s << 6380 << 3;
    QTest::newRow("ipv6") << u"redis://[::1]:7000/0"_s << true << u"::1"_s << 7000 << 0;
    QTest::newRow("trailing slash") << u"redis://h:1/"_s << true << u"h"_s << 1 << 0;
    QTest::newRow("db 16") << u"redis://h:1/16"_s << false << QString() << 0 << 0;
    QTest::newRow("db not a number") << u"redis://h:1/x"_s << false << QString() << 0 << 0;
    QTest::newRow("other scheme") << u"http://h:1"_s << false << QString() << 0 << 0;
    QTest::newRow("no host") << u"redis://:1"_s << false << QString() << 0 << 0;
    QTest::newRow("user and password") << u"redis://user:pw@h:1"_s << true << u"h"_s << 1 << 0;
    QTest::newRow("password only") << u"redis://:pw@h:1/2"_s << true << u"h"_s << 1 << 2;
    QTest::newRow("user without password") << u"redis://user@h:1"_s << false << QString() << 0 << 0;
    QTest::newRow("port 0") << u"redis://h:0"_s << false << QString() << 0 << 0;
}

void TestConfig::redisUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    const auto parsed = parseRedisUrl(url);
    QCOMPARE(parsed.has_value(), valid);
    const ConfigResult r = applyValues({}, {{u"redis"_s, url}});
    QCOMPARE(r.ok(), valid);
    if (!valid)
        return;
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, db);
    QCOMPARE(parsed->host, host);
    QCOMPARE(int(parsed->port), port);
    QCOMPARE(parsed->db, db);
    QCOMPARE(r.config.redisUrl, url);
}

// Issue 17: AUTH from the URL, and the password never shown.
void TestConfig::redisPassword()
{
    auto a = parseRedisUrl(u"redis://:p%40ss:w@cache:6380/3"_s);
    QVERIFY(a);
    QCOMPARE(a->user, QString());
    QCOMPARE(a->password, u"p@ss:w"_s);
    QCOMPARE(a->redactedUrl(), u"redis://:***@cache:6380/3"_s);
    a = parseRedisUrl(u"redis://ws-node:s3cret@[::1]/0"_s);
    QVERIFY(a);
    QCOMPARE(a->user, u"ws-node"_s);
    QCOMPARE(a->password, u"s3cret"_s);
    QCOMPARE(a->redactedUrl(), u"redis://ws-node:***@[::1]:6379/0"_s);
    QCOMPARE(parseRedisUrl(u"redis://cache"_s)->redactedUrl(), u"redis://cache:6379/0"_s);
    QCOMPARE(redactRedisUrl(u"redis://:s3cret@cache/99"_s), u"redis://***@cache/99"_s);

    // A rejected URL is echoed in the error, without its password.
    const ConfigResult bad = applyValues({}, {{u"redis"_s, u"redis://:s3cret@cache/99"_s}});
    QVERIFY(!bad.ok());
    QVERIFY2(!bad.error.contains(u"s3cret"_s), qPrintable(bad.error));

    const ConfigResult r = applyValues({}, {{u"redis-password-file"_s, u"/run/secrets/redis"_s}});
    QVERIFY(r.ok());
    QCOMPARE(r.config.redisPasswordFile, u"/run/secrets/redis"_s);
}

void TestConfig::nodeName()
{
    QCOMPARE(applyValues({}, {{u"node-name"_s, u"ws-1.eu:8000"_s}}).config.nodeName, u"ws-1.eu:8000"_s);
    QVERIFY(!applyValues({}, {{u"node-name"_s, u"has space"_s}}).ok());
    QVERIFY(!applyValues({}, {{u"node-name"_s, QString(65, u'a')}}).ok());
}

void TestConfig::optionNames()
{
    // Outside tools and config files use these names: changing one is a breaking change.
    const QStringList expected = {
        u"host"_s, u"port"_s, u"db"_s, u"db-password-file"_s, u"jwt-secret"_s, u"rate-limit"_s, u"rate-window"_s,
        u"max-message-size"_s, u"max-connections"_s, u"max-per-address"_s, u"connect-rate"_s,
        u"handshake-timeout"_s, u"auth-timeout"_s, u"heartbeat-interval"_s, u"slow-consumer-bytes"_s, u"allowed-origins"_s,
        u"tls-cert"_s, u"tls-key"_s, u"plain-port"_s, u"audit-retention-days"_s, u"audit-max-rows"_s,
        u"redis"_s, u"redis-password-file"_s, u"node-name"_s, u"publish-rate"_s,
    };
    QStringList names;
    for (const OptionSpec &spec : serverOptionSpecs()) {
        names.append(spec.name);
        QVERIFY2(!spec.valueName.isEmpty(), qPrintable(spec.name));
    }
    QCOMPARE(names, expected);
}

void TestConfig::descriptionsStateDefaultAndRange()
{
    QHash<QString, QString> descriptions;
    for (const OptionSpec &spec : serverOptionSpecs()) {
        QVERIFY2(spec.description.contains(u"Default: "_s), qPrintable(spec.name));
        descriptions.insert(spec.name, spec.description);
    }
    QCOMPARE(descriptions.value(u"rate-limit"_s),
             u"Messages each user may send per rate window: an integer from 1 to 1000000. Default: 10."_s);
    QCOMPARE(descriptions.value(u"port"_s),
             u"TCP port to listen on: an integer from 0 to 65535 (0: any free port). Default: 8000."_s);
    QVERIFY(descriptions.value(u"rate-window"_s).contains(u"from 100ms to 1d. Default: 1m."_s));
    QVERIFY(descriptions.value(u"max-message-size"_s).contains(u"from 125B to 256MiB. Default: 64KiB."_s));
    QVERIFY(descriptions.value(u"heartbeat-interval"_s).contains(u"0 (off) or a duration from 1s to 1h. Default: 30s."_s));
    QVERIFY(descriptions.value(u"slow-consumer-bytes"_s).contains(u"from 64KiB to 1GiB. Default: 4MiB."_s));
    QVERIFY(descriptions.value(u"publish-rate"_s).contains(u"from 1 to 60. Default: 4."_s));
    QVERIFY(descriptions.value(u"jwt-secret"_s).contains(u"at least 16 characters"_s));
    QVERIFY(descriptions.value(u"host"_s).contains(u"Default: 127.0.0.1."_s));
}

void TestConfig::defaultsAreAccepted()
{
    const Values defaults = {
        {u"host"_s, u"127.0.0.1"_s}, {u"port"_s, u"8000"_s}, {u"db"_s, QString()},
        {u"rate-limit"_s, u"10"_s}, {u"rate-window"_s, u"1m"_s}, {u"max-message-size"_s, u"64KiB"_s},
        {u"max-connections"_s, u"10000"_s}, {u"max-per-address"_s, u"1000"_s},
        {u"handshake-timeout"_s, u"5s"_s}, {u"auth-timeout"_s, u"10s"_s},
        {u"heartbeat-interval"_s, u"30s"_s}, {u"slow-consumer-bytes"_s, u"4MiB"_s},
        {u"allowed-origins"_s, QString()}, {u"publish-rate"_s, u"4"_s}, {u"demo-users"_s, u"true"_s},
    };
    ServerConfig base;
    base.port = 1;
    base.rateLimit = 99;
    base.demoUsers = false;
    const ConfigResult result = applyValues(base, defaults);
    QCOMPARE(result.error, QString());
    QVERIFY(result.config == ServerConfig());
}

void TestConfig::optionRange_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");

    const auto edges = [](const QString &option, const QStringList &good, const QStringList &bad) {
        for (const QString &value : good)
            QTest::addRow("%s=%s ok", qPrintable(option), qPrintable(value)) << option << value << true;
        for (const QString &value : bad)
            QTest::addRow("%s=%s refused", qPrintable(option), qPrintable(value)) << option << value << false;
    };
    edges(u"port"_s, {u"0"_s, u"65535"_s}, {u"-1"_s, u"65536"_s, u"80x"_s, QString()});
    edges(u"rate-limit"_s, {u"1"_s, u"1000000"_s}, {u"0"_s, u"1000001"_s, u"abc"_s, u"1.5"_s});
    edges(u"rate-window"_s, {u"100ms"_s, u"1d"_s, u"0.1"_s}, {u"99ms"_s, u"86400001ms"_s, u"0"_s});
    edges(u"max-message-size"_s, {u"125"_s, u"256MiB"_s}, {u"124"_s, u"268435457"_s, u"-1"_s});
    edges(u"max-connections"_s, {u"1"_s, u"1000000"_s}, {u"0"_s, u"1000001"_s});
    edges(u"max-per-address"_s, {u"1"_s, u"1000000"_s}, {u"0"_s, u"1000001"_s});
    edges(u"handshake-timeout"_s, {u"100ms"_s, u"10m"_s}, {u"99ms"_s, u"600001ms"_s});
    edges(u"auth-timeout"_s, {u"100ms"_s, u"10m"_s}, {u"99ms"_s, u"600001ms"_s});
    edges(u"heartbeat-interval"_s, {u"0"_s, u"0ms"_s, u"off"_s, u"1s"_s, u"1h"_s},
          {u"999ms"_s, u"3600001ms"_s, u"0.5s"_s, u"-1s"_s});
    edges(u"slow-consumer-bytes"_s, {u"64KiB"_s, u"1GiB"_s}, {u"65535"_s, u"1073741825"_s});
    edges(u"publish-rate"_s, {u"1"_s, u"60"_s}, {u"0"_s, u"61"_s});
    edges(u"host"_s, {u"127.0.0.1"_s, u"0.0.0.0"_s, u"::1"_s, u"[::1]"_s, u"localhost"_s, u"any"_s, u"any6"_s},
          {QString(), u"example.com"_s, u"256.0.0.1"_s, u"127.0.0.1:80"_s});
    edges(u"allowed-origins"_s,
          {QString(), u"https://example.com"_s, u"https://a.example:8443, http://b.example"_s,
           u"chrome-extension://abcdef"_s, u"http://[::1]:8000"_s},
          {u"example.com"_s, u"https://a.example/path"_s, u"https://a.example?x=1"_s, u"null"_s, u"*"_s,
           u"https://user@a.example"_s, u"https://a.example:0"_s, u"https://a.example, b"_s});
    edges(u"jwt-secret"_s, {u"0123456789abcdef"_s}, {u"0123456789abcde"_s, QString()});
    // A PostgreSQL URL, but never one with a password in it (it would show in ps and logs).
    edges(u"db"_s,
          {QString(), u"/tmp/x.sqlite"_s, u"relative dir/ü.db"_s, u"postgresql://node@db.example:5432/socketscope"_s,
           u"postgres://127.0.0.1/ss"_s},
          {u"postgresql://node:secret@db.example:5432/socketscope"_s, u"postgresql://db.example:5432/"_s});
    edges(u"db-password-file"_s, {QString(), u"/run/secrets/pg"_s}, {});
}

void TestConfig::optionRange()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(bool, accepted);

    const ConfigResult result = applyValues({}, {{option, value}});
    if (accepted) {
        QCOMPARE(result.error, QString());
    } else {
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(u"invalid value \""_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"\" for --"_s + option + u": expected "_s), qPrintable(result.error));
        QVERIFY(!result.error.contains(u'\n'));
    }
}

void TestConfig::applyValuesSetsFields()
{
    const ConfigResult result = applyValues({}, {
        {u"host"_s, u"any6"_s},
        {u"port"_s, u"0"_s},
        {u"db"_s, u"/var/lib/socketscope/db.sqlite"_s},
        {u"jwt-secret"_s, u"0123456789abcdef!"_s},
        {u"rate-limit"_s, u"20"_s},
        {u"rate-window"_s, u"30s"_s},
        {u"max-message-size"_s, u"1MiB"_s},
        {u"max-connections"_s, u"50"_s},
        {u"max-per-address"_s, u"5"_s},
        {u"handshake-timeout"_s, u"2s"_s},
        {u"auth-timeout"_s, u"1500ms"_s},
        {u"heartbeat-interval"_s, u"0"_s},
        {u"slow-consumer-bytes"_s, u"8M"_s},
        {u"allowed-origins"_s, u"https://a.example"_s},
        {u"publish-rate"_s, u"10"_s},
        {u"demo-users"_s, u"false"_s},
    });
    QCOMPARE(result.error, QString());
    const ServerConfig &c = result.config;
    QCOMPARE(c.host, u"::"_s);
    QCOMPARE(c.port, 0);
    QCOMPARE(c.dbPath, u"/var/lib/socketscope/db.sqlite"_s);
    QCOMPARE(c.jwtSecret, u"0123456789abcdef!"_s);
    QCOMPARE(c.rateLimit, 20);
    QCOMPARE(c.rateWindow, 30s);
    QCOMPARE(c.maxMessageSize, 1024 * 1024);
    QCOMPARE(c.maxConnections, 50);
    QCOMPARE(c.maxPerAddress, 5);
    QCOMPARE(c.handshakeTimeout, 2s);
    QCOMPARE(c.authTimeout, 1500ms);
    QCOMPARE(c.heartbeatInterval, 0ms);
    QCOMPARE(c.slowConsumerBytes, 8 * 1024 * 1024);
    QCOMPARE(c.allowedOrigins, QStringList{u"https://a.example"_s});
    QCOMPARE(c.publishRateHz, 10);
    QCOMPARE(c.demoUsers, false);
}

void TestConfig::normalizesHostAndOrigins()
{
    const auto host = [](const QString &value) { return applyValues({}, {{u"host"_s, value}}).config.host; };
    QCOMPARE(host(u"any"_s), u"0.0.0.0"_s);
    QCOMPARE(host(u"ANY6"_s), u"::"_s);
    QCOMPARE(host(u" localhost "_s), u"localhost"_s);
    QCOMPARE(host(u"[::1]"_s), u"::1"_s);
    QCOMPARE(host(u"0:0:0:0:0:0:0:1"_s), u"::1"_s);

    QCOMPARE(parseHostAddress(u"localhost"_s), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(parseHostAddress(u"any"_s), QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(parseHostAddress(u"any6"_s), QHostAddress(QHostAddress::AnyIPv6));
    QCOMPARE(parseHostAddress(u"192.168.1.10"_s), QHostAddress(u"192.168.1.10"_s));
    QCOMPARE(parseHostAddress(u"example.com"_s), std::nullopt);

    // As browsers send Origin: lower case, default port dropped, IDN in ACE form.
    const ConfigResult result = applyValues({}, {{u"allowed-origins"_s,
        u" HTTPS://Example.COM:443/ , http://b.example:8080,,wss://c.example:443,https://bücher.example,"
        u"http://[::1]:80, https://example.com"_s}});
    QCOMPARE(result.error, QString());
    QCOMPARE(result.config.allowedOrigins,
             (QStringList{u"https://example.com"_s, u"http://b.example:8080"_s, u"wss://c.example"_s,
                          u"https://xn--bcher-kva.example"_s, u"http://[::1]"_s}));
    QCOMPARE(applyValues({}, {{u"allowed-origins"_s, u" , "_s}}).config.allowedOrigins, QStringList());
}

void TestConfig::exactErrorMessages_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("rate-limit") << u"rate-limit"_s << u"abc"_s
        << u"invalid value \"abc\" for --rate-limit: expected an integer from 1 to 1000000"_s;
    QTest::newRow("port") << u"port"_s << u"65536"_s
        << u"invalid value \"65536\" for --port: expected an integer from 0 to 65535 (0: any free port)"_s;
    QTest::newRow("heartbeat") << u"heartbeat-interval"_s << u"2h"_s
        << u"invalid value \"2h\" for --heartbeat-interval: expected 0 (off) or a duration from 1s to 1h"_s;
    QTest::newRow("max-message-size") << u"max-message-size"_s << u"1GiB"_s
        << u"invalid value \"1GiB\" for --max-message-size: expected a size from 125B to 256MiB"_s;
    QTest::newRow("rate-window") << u"rate-window"_s << u"2d"_s
        << u"invalid value \"2d\" for --rate-window: expected a duration from 100ms to 1d"_s;
    QTest::newRow("host") << u"host"_s << u"example.com"_s
        << u"invalid value \"example.com\" for --host: expected an IP address, \"localhost\", \"any\" (0.0.0.0) or \"any6\" (::)"_s;
    // The rejected secret is redacted like any other secret.
    QTest::newRow("jwt-secret") << u"jwt-secret"_s << u"tooshort-secret"_s
        << u"invalid value \"toos…\" for --jwt-secret: expected at least 16 characters"_s;
    QTest::newRow("demo-users") << u"demo-users"_s << u"maybe"_s
        << u"invalid value \"maybe\" for demo-users: expected true or false"_s;
    QTest::newRow("unknown") << u"foo"_s << u"1"_s << u"unknown option \"foo\" in config file"_s;
    QTest::newRow("control characters stay on one line") << u"publish-rate"_s << u"1\n2"_s
        << u"invalid value \"1\uFFFD2\" for --publish-rate: expected an integer from 1 to 60"_s;
}

void TestConfig::exactErrorMessages()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QCOMPARE(applyValues({}, {{key, value}}).error, error);
}

void TestConfig::firstErrorWinsAndKeepsBase()
{
    ServerConfig base;
    base.port = 1234;
    const ConfigResult result = applyValues(base, {
        {u"port"_s, u"9000"_s},
        {u"rate-limit"_s, u"0"_s},
        {u"bogus"_s, u"1"_s},
    });
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"--rate-limit"_s), qPrintable(result.error));
    QCOMPARE(result.config.port, 1234);
}

// --- config file --------------------------------------------------------------------------------

void TestConfig::configFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, u"socketscope.ini"_s,
        "; comment\n"
        "port = 9000\n"
        "rate-limit = 5\n"
        "demo-users = false\n"
        "[server]\n"
        "rate-limit = 25\n"
        "rate-window = 10s\n"
        "max-message-size = 1MiB\n"
        "jwt-secret = \"a very secret, secret value\"\n"_ba);

    ServerConfig base;
    base.publishRateHz = 7;
    const ConfigResult result = loadConfigFile(base, path);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.config.port, 9000);
    QCOMPARE(result.config.rateLimit, 25);   // [server] wins over the top level
    QCOMPARE(result.config.rateWindow, 10s);
    QCOMPARE(result.config.maxMessageSize, 1024 * 1024);
    QCOMPARE(result.config.jwtSecret, u"a very secret, secret value"_s);
    QCOMPARE(result.config.demoUsers, false);
    QCOMPARE(result.config.publishRateHz, 7);   // untouched keys keep the base

    const QString empty = writeFile(dir, u"empty.ini"_s, QByteArray());
    const ConfigResult emptyResult = loadConfigFile(base, empty);
    QCOMPARE(emptyResult.error, QString());
    QVERIFY(emptyResult.config == base);
}

void TestConfig::configFileCommaList()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Unquoted, QSettings turns this into a string list.
    const QString path = writeFile(dir, u"origins.ini"_s,
        "allowed-origins = https://a.example, https://b.example:8443\n"_ba);
    const ConfigResult result = loadConfigFile({}, path);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.config.allowedOrigins,
             (QStringList{u"https://a.example"_s, u"https://b.example:8443"_s}));
}

void TestConfig::configFileUnknownKey_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");

    QTest::newRow("top level") << "port=9000\nfoo=1\n"_ba << u"unknown option \"foo\" in config file"_s;
    QTest::newRow("in [server]") << "[server]\nrate_limit=5\n"_ba << u"unknown option \"rate_limit\" in config file"_s;
    QTest::newRow("other group") << "[client]\nport=1\n"_ba << u"unknown option \"client/port\" in config file"_s;
    QTest::newRow("command-line only option") << "config=/etc/x.ini\n"_ba << u"unknown option \"config\" in config file"_s;
}

void TestConfig::configFileUnknownKey()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ConfigResult result = loadConfigFile({}, writeFile(dir, u"x.ini"_s, content));
    QCOMPARE(result.error, error);
}

void TestConfig::configFileUnreadable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString missing = dir.filePath(u"missing.ini"_s);
    ConfigResult result = loadConfigFile({}, missing);
    QCOMPARE(result.error, u"cannot read config file \"%1\": No such file or directory"_s.arg(missing));

    result = loadConfigFile({}, dir.path());
    QVERIFY2(result.error.startsWith(u"cannot read config file \"%1\": "_s.arg(dir.path())), qPrintable(result.error));
    QVERIFY(result.error.size() > u"cannot read config file \"%1\": "_s.arg(dir.path()).size());
}

void TestConfig::configFileWithoutPermission()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString locked = writeFile(dir, u"locked.ini"_s, "port=1\n"_ba);
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    QFile probe(locked);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running with privileges that ignore file permissions");
    const ConfigResult result = loadConfigFile({}, locked);
    QVERIFY2(result.error.startsWith(u"cannot read config file \"%1\": "_s.arg(locked)), qPrintable(result.error));
}

void TestConfig::configFileBadValue()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, u"bad.ini"_s, "[server]\nmax-connections = lots\n"_ba);
    QCOMPARE(loadConfigFile({}, path).error,
             u"invalid value \"lots\" for --max-connections: expected an integer from 1 to 1000000"_s);
}

// --- command line -------------------------------------------------------------------------------

void TestConfig::commandLineDefaults()
{
    ConfigResult result = fromArgs({});
    QCOMPARE(result.error, QString());
    QVERIFY(result.config == ServerConfig());

    ServerConfig base;
    base.port = 1234;
    result = fromArgs({}, base);
    QVERIFY(result.config == base);

    QCommandLineParser parser;
    addServerOptions(parser);
    const QString help = parser.helpText();
    for (const OptionSpec &spec : serverOptionSpecs())
        QVERIFY2(help.contains(u"--"_s + spec.name + u" <"_s + spec.valueName + u'>'), qPrintable(spec.name));
    QVERIFY(help.contains(u"--config <FILE>"_s));
    QVERIFY(help.contains(u"--no-demo-users"_s));
}

void TestConfig::commandLineOverridesConfigFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, u"socketscope.ini"_s,
        "[server]\nport = 9000\nrate-limit = 20\nhost = any\n"_ba);

    const ConfigResult result = fromArgs({u"--config"_s, path, u"--rate-limit"_s, u"30"_s,
                                          u"--rate-window=2m"_s, u"--allowed-origins"_s, u"https://x.example"_s});
    QCOMPARE(result.error, QString());
    QCOMPARE(result.config.port, 9000);          // from the file
    QCOMPARE(result.config.host, u"0.0.0.0"_s);  // from the file
    QCOMPARE(result.config.rateLimit, 30);       // command line wins
    QCOMPARE(result.config.rateWindow, 2min);
    QCOMPARE(result.config.allowedOrigins, QStringList{u"https://x.example"_s});
    QCOMPARE(result.config.demoUsers, true);
}

void TestConfig::commandLineNoDemoUsers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, u"demo.ini"_s, "demo-users = true\n"_ba);

    QCOMPARE(fromArgs({u"--no-demo-users"_s}).config.demoUsers, false);
    QCOMPARE(fromArgs({u"--config"_s, path}).config.demoUsers, true);
    QCOMPARE(fromArgs({u"--config"_s, path, u"--no-demo-users"_s}).config.demoUsers, false);
}

void TestConfig::commandLineBadValue()
{
    const ConfigResult result = fromArgs({u"--port"_s, u"http"_s});
    QCOMPARE(result.error,
             u"invalid value \"http\" for --port: expected an integer from 0 to 65535 (0: any free port)"_s);
}

void TestConfig::commandLineMissingConfigFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"nope.ini"_s);
    const ConfigResult result = fromArgs({u"--config"_s, missing, u"--port"_s, u"1"_s});
    QCOMPARE(result.error, u"cannot read config file \"%1\": No such file or directory"_s.arg(missing));
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
