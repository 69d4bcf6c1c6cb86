#include "cli.h"

#include "store/auditexport.h"
#include "config.h"
#include "auth/jwt.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

constexpr qint64 MaxDurationSecs = 36'500LL * 24 * 3600;   // 100 years

void writeTo(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

void printLine(const QString &line)
{
    writeTo(stdout, line.toUtf8() + '\n');
}

// The one line an error prints.
int fail(int code, const QString &message)
{
    std::fflush(stdout);
    writeTo(stderr, "socketscope: " + message.toUtf8() + '\n');
    return code;
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString isoSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QString actorName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? u"cli"_s : u"cli:"_s + user;
}

// Columns padded to their widest cell, two spaces apart.
void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        printLine(line);
    }
}

struct CommandSpec
{
    QString group;       // "user", "ban", …
    QString name;        // "add", or empty for ban/unban
    QString arguments;   // for the usage line
    QString summary;
    QStringList options; // command-specific option names (see optionFor())
    int minPositional = 0;
    int maxPositional = 0;
    QString title;       // section heading in the help, on the first command of a group
};

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list = {
        {u"user"_s, u"add"_s, u"NAME --role admin|publisher|user"_s, u"Add a user; prints its id."_s,
         {u"role"_s}, 1, 1, u"Users"_s},
        {u"user"_s, u"list"_s, QString(), u"List the users: id, name, role."_s, {}, 0, 0, {}},
        {u"user"_s, u"remove"_s, u"NAME|ID"_s,
         u"Remove a user with its tokens, sessions and ban; the server closes their connections."_s,
         {}, 1, 1, {}},
        {u"token"_s, u"issue"_s, u"USER [--ttl DURATION]"_s,
         u"Issue an API token (default: never expires). The token is printed once, alone on the "
         u"last line; only its hash is stored."_s,
         {u"ttl"_s}, 1, 1, u"API tokens"_s},
        {u"token"_s, u"revoke"_s, u"ID"_s,
         u"Revoke a token by the id that token list shows; the server closes its connections."_s, {}, 1, 1, {}},
        {u"token"_s, u"list"_s, QString(), u"List the tokens, redacted."_s, {}, 0, 0, {}},
        {u"session"_s, u"create"_s, u"USER [--ttl DURATION]"_s,
         u"Create a session (cookie session_id); prints the id once, alone on the last line."_s,
         {u"ttl"_s}, 1, 1, u"Sessions and JWTs"_s},
        {u"jwt"_s, u"issue"_s, u"USER --ttl DURATION [--jwt-secret SECRET]"_s,
         u"Sign a JWT (HS256; claims sub, name, role, exp) with the server's secret: --jwt-secret, "
         u"else the config file's jwt-secret, else the one kept in the database. Printed alone on "
         u"the last line."_s,
         {u"ttl"_s, u"jwt-secret"_s}, 1, 1, {}},
        {u"ban"_s, QString(), u"USER --for DURATION [--reason TEXT]"_s,
         u"Ban a user (replacing an earlier ban); the server closes their connections."_s,
         {u"for"_s, u"reason"_s}, 1, 1, u"Bans"_s},
        {u"unban"_s, QString(), u"USER"_s, u"Lift a user's ban."_s, {}, 1, 1, {}},
        {u"audit"_s, u"export"_s, u"[--since WHEN] [--format jsonl|csv] [--output FILE]"_s,
         u"Write the audit log (default: all of it, as JSON Lines, to stdout). WHEN is a duration "
         u"ago (24h, 7d) or an ISO 8601 date or time (2024-05-01, 2024-05-01T12:00:00Z; UTC unless "
         u"it has an offset)."_s,
         {u"since"_s, u"format"_s, u"output"_s}, 0, 0, u"Audit log"_s},
        {u"audit"_s, u"prune"_s, u"[--days N] [--max-rows N]"_s,
         u"Delete audit entries older than N days and all but the newest N rows (0: no limit)."_s,
         {u"days"_s, u"max-rows"_s}, 0, 0, {}},
    };
    return list;
}

QCommandLineOption optionFor(const QString &name)
{
    static const QHash<QString, QPair<QString, QString>> options = {
        {u"role"_s, {u"The user's role: admin, publisher or user."_s, u"ROLE"_s}},
        {u"ttl"_s, {u"Lifetime, like 30s, 15m, 12h, 30d."_s, u"DURATION"_s}},
        {u"jwt-secret"_s, {u"Secret that signs the JWT (at least 16 characters)."_s, u"SECRET"_s}},
        {u"for"_s, {u"How long the ban lasts, like 15m, 1h, 7d."_s, u"DURATION"_s}},
        {u"reason"_s, {u"Why, for the log and the close reason."_s, u"TEXT"_s}},
        {u"since"_s, {u"Only entries since then."_s, u"WHEN"_s}},
        {u"format"_s, {u"jsonl (default) or csv."_s, u"FORMAT"_s}},
        {u"output"_s, {u"Write to this file instead of stdout."_s, u"FILE"_s}},
        {u"days"_s, {u"Keep entries of the last N days."_s, u"N"_s}},
        {u"max-rows"_s, {u"Keep at most the newest N entries."_s, u"N"_s}},
    };
    const auto it = options.constFind(name);
    Q_ASSERT(it != options.cend());
    return QCommandLineOption(name, it->first, it->second);
}

QString commandName(const CommandSpec &spec)
{
    return spec.name.isEmpty() ? spec.group : spec.group + u' ' + spec.name;
}

bool isGroup(QStringView word)
{
    return std::any_of(commands().cbegin(), commands().cend(),
                       [&](const CommandSpec &spec) { return spec.group == word; });
}

// Word-wrapped to 100 columns, each line indented.
QString wrapped(const QString &text, qsizetype indent)
{
    constexpr qsizetype Width = 100;
    const QString pad(indent, u' ');
    QString out;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && pad.size() + line.size() + 1 + word.size() > Width) {
            out += pad + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    return out + pad + line + u'\n';
}

QString usageText(const QString &group)
{
    QString text = u"Usage: socketscope COMMAND [ARGUMENTS] [--db FILE|URL] [--config FILE]\n"_s;
    if (group.isEmpty()) {
        text += u"\nManages the users, tokens, sessions, bans and audit log in SocketScope's database "
                u"while the server runs or not.\nWithout a command (or with options only) socketscope "
                u"starts the server; see socketscope --help.\n"_s;
    }
    for (const CommandSpec &spec : commands()) {
        // Bans: ban and unban are one topic.
        const auto topic = [](const QString &g) { return g == u"unban" ? u"ban"_s : g; };
        if (!group.isEmpty() && topic(spec.group) != topic(group))
            continue;
        if (!spec.title.isEmpty())
            text += u'\n' + spec.title + u":\n"_s;
        QString line = u"  socketscope "_s + commandName(spec);
        if (!spec.arguments.isEmpty())
            line += u' ' + spec.arguments;
        text += line + u'\n' + wrapped(spec.summary, 6);
    }
    text += u"\nUSER is a user name or id. DURATION is a number with a unit: ms, s, m, h or d.\n"
            u"\nOptions of every command:\n"
            u"  --db FILE|URL   The SQLite database (default: the server's, %1), or a shared\n"
            u"                  PostgreSQL one: postgresql://USER@HOST:PORT/DB\n"
            u"  --db-password-file FILE\n"
            u"                  PostgreSQL password: the file's first line (else PGPASSWORD or\n"
            u"                  ~/.pgpass; never in the URL)\n"
            u"  --config FILE   An INI file as the server reads it; its db, db-password-file and\n"
            u"                  jwt-secret keys apply\n"
            u"  -h, --help      Show this help\n"
            u"\nExit status: 0 done, 1 failed (unknown user, duplicate name, database error), "
            u"2 wrong command line.\n"_s.arg(QDir::toNativeSeparators(Store::defaultPath()));
    return text;
}

struct Context
{
    Context(const CommandSpec &s, QCommandLineParser &p, QStringList args, ServerConfig c)
        : spec(s), parser(p), positional(std::move(args)), config(std::move(c))
    {
    }

    const CommandSpec &spec;
    QCommandLineParser &parser;
    QStringList positional;
    ServerConfig config;
    Store store;

    QString value(const QString &name) const { return parser.value(name); }
    bool isSet(const QString &name) const { return parser.isSet(name); }

    // Opens the database after the arguments are checked, so that a usage error leaves no file.
    bool open(int *exitCode)
    {
        const QString path = config.dbPath.isEmpty() ? Store::defaultPath() : config.dbPath;
        QString error;
        QString password;
        if (!config.dbPasswordFile.isEmpty()) {
            const auto read = Store::readPasswordFile(config.dbPasswordFile, &error);
            if (!read) {
                *exitCode = fail(CliFailed, error);
                return false;
            }
            password = *read;
        }
        if (!store.open(path, &error, password)) {
            *exitCode = fail(CliFailed, u"cannot open database %1: %2"_s.arg(QDir::toNativeSeparators(path), error));
            return false;
        }
        return true;
    }

    // A user name or id. Names cannot be numbers (Store refuses them); one written before that
    // which is also another user's id is refused rather than guessed.
    std::optional<User> user(const QString &text, int *exitCode) const
    {
        bool isNumber = false;
        const qint64 id = text.toLongLong(&isNumber);
        std::optional<User> found = isNumber ? store.userById(id) : std::nullopt;
        if (found) {
            if (const auto named = store.userByName(text); named && named->id != found->id) {
                *exitCode = fail(CliFailed, u"%1 is both the id of %2 and the name of user %3: use the id %3 for that one"_s
                                                .arg(quoted(text), found->name).arg(named->id));
                return std::nullopt;
            }
        }
        if (!found)
            found = store.userByName(text);
        if (!found)
            *exitCode = fail(CliFailed, u"unknown user %1"_s.arg(quoted(text)));
        return found;
    }
};

// A lifetime from 1 s to 100 years, in whole seconds (rounded up).
std::optional<qint64> durationSecs(const Context &ctx, const QString &option, int *exitCode)
{
    const QString text = ctx.value(option);
    const auto ms = parseDuration(text);
    if (!ms || ms->count() < 1000 || ms->count() > MaxDurationSecs * 1000) {
        *exitCode = fail(CliUsage, u"invalid duration %1 for --%2: expected 1s to 36500d, like 30s, 15m, 12h or 30d"_s
                                       .arg(quoted(text), option));
        return std::nullopt;
    }
    return (ms->count() + 999) / 1000;
}

std::optional<int> nonNegative(const Context &ctx, const QString &option, int *exitCode)
{
    if (!ctx.isSet(option))
        return 0;
    const QString text = ctx.value(option);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0) {
        *exitCode = fail(CliUsage, u"invalid value %1 for --%2: expected a whole number from 0"_s.arg(quoted(text), option));
        return std::nullopt;
    }
    return value;
}

void recordAdmin(Store &store, const User &target, const QString &detail)
{
    AuditEntry entry;
    entry.kind = u"admin"_s;
    entry.userId = target.id;
    entry.userName = target.name;
    entry.actor = actorName();
    entry.detail = detail;
    QString error;
    if (!store.appendAudit({entry}, &error))
        writeTo(stderr, "socketscope: warning: the audit entry was not written: " + error.toUtf8() + '\n');
}

int userAdd(Context &ctx)
{
    int code = CliOk;
    if (!ctx.isSet(u"role"_s))
        return fail(CliUsage, u"user add needs --role (admin, publisher or user)"_s);
    const QString role = ctx.value(u"role"_s);
    if (!Store::isValidRole(role))
        return fail(CliUsage, u"invalid role %1: expected admin, publisher or user"_s.arg(quoted(role)));
    if (!ctx.open(&code))
        return code;
    QString error;
    const auto user = ctx.store.addUser(ctx.positional[0], role, &error);
    if (!user)
        return fail(CliFailed, error);
    recordAdmin(ctx.store, *user, u"user add (role %1)"_s.arg(user->role));
    printLine(QString::number(user->id));
    return CliOk;
}

int userList(Context &ctx)
{
    int code = CliOk;
    if (!ctx.open(&code))
        return code;
    QList<QStringList> rows{{u"ID"_s, u"NAME"_s, u"ROLE"_s}};
    const QList<User> users = ctx.store.users();
    for (const User &user : users)
        rows.append({QString::number(user.id), user.name, user.role});
    printTable(rows);
    return CliOk;
}

int userRemove(Context &ctx)
{
    int code = CliOk;
    if (!ctx.open(&code))
        return code;
    const auto user = ctx.user(ctx.positional[0], &code);
    if (!user)
        return code;
    QString error;
    if (!ctx.store.removeUser(user->id, &error, actorName()))
        return fail(CliFailed, error);
    printLine(u"removed user %1 (id %2)"_s.arg(user->name, QString::number(user->id)));
    return CliOk;
}

QString expiryText(qint64 expiresAt)
{
    return expiresAt == 0 ? u"never expires"_s : u"expires "_s + isoSecs(expiresAt);
}

int tokenIssue(Context &ctx)
{
    int code = CliOk;
    qint64 ttl = 0;
    if (ctx.isSet(u"ttl"_s)) {
        const auto secs = durationSecs(ctx, u"ttl"_s, &code);
        if (!secs)
            return code;
        ttl = *secs;
    }
    if (!ctx.open(&code))
        return code;
    const auto user = ctx.user(ctx.positional[0], &code);
    if (!user)
        return code;
    QString error;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString token = ctx.store.issueToken(user->id, ttl, &error);
    if (token.isEmpty())
        return fail(CliFailed, error);
    const auto id = ctx.store.tokenIdForHash(Store::hashSecret(token));
    const QString idText = id ? QString::number(*id) : u"?"_s;
    recordAdmin(ctx.store, *user, u"token issue (token %1, %2)"_s.arg(idText, expiryText(ttl ? now + ttl : 0)));
    printLine(u"token %1 for %2 (id %3), %4; shown only this once:"_s.arg(
        idText, user->name, QString::number(user->id), expiryText(ttl ? now + ttl : 0)));
    printLine(token);
    return CliOk;
}

int tokenRevoke(Context &ctx)
{
    int code = CliOk;
    bool ok = false;
    const qint64 id = ctx.positional[0].toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(CliUsage, u"invalid token id %1: expected the number that token list shows"_s.arg(quoted(ctx.positional[0])));
    if (!ctx.open(&code))
        return code;
    const QList<TokenInfo> tokens = ctx.store.tokens();
    const auto info = std::find_if(tokens.cbegin(), tokens.cend(), [id](const TokenInfo &t) { return t.id == id; });
    if (info == tokens.cend())
        return fail(CliFailed, u"unknown token id %1"_s.arg(id));
    if (info->revoked) {
        printLine(u"token %1 of %2 was already revoked"_s.arg(QString::number(id), info->userName));
        return CliOk;
    }
    QString error;
    if (!ctx.store.revokeToken(id, &error, actorName()))
        return fail(CliFailed, error);
    printLine(u"revoked token %1 of %2"_s.arg(QString::number(id), info->userName));
    return CliOk;
}

int tokenList(Context &ctx)
{
    int code = CliOk;
    if (!ctx.open(&code))
        return code;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QStringList> rows{{u"ID"_s, u"USER"_s, u"TOKEN"_s, u"CREATED"_s, u"EXPIRES"_s, u"STATUS"_s}};
    const QList<TokenInfo> tokens = ctx.store.tokens();
    for (const TokenInfo &t : tokens) {
        const QString status = t.revoked ? u"revoked"_s
            : (t.expiresAt != 0 && t.expiresAt <= now) ? u"expired"_s
                                                         : u"active"_s;
        rows.append({QString::number(t.id), t.userName, t.redacted, isoSecs(t.createdAt),
                     t.expiresAt == 0 ? u"never"_s : isoSecs(t.expiresAt), status});
    }
    printTable(rows);
    return CliOk;
}

int sessionCreate(Context &ctx)
{
    int code = CliOk;
    qint64 ttl = 0;
    if (ctx.isSet(u"ttl"_s)) {
        const auto secs = durationSecs(ctx, u"ttl"_s, &code);
        if (!secs)
            return code;
        ttl = *secs;
    }
    if (!ctx.open(&code))
        return code;
    const auto user = ctx.user(ctx.positional[0], &code);
    if (!user)
        return code;
    QString error;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString session = ctx.store.createSession(user->id, ttl, &error);
    if (session.isEmpty())
        return fail(CliFailed, error);
    recordAdmin(ctx.store, *user, u"session create (%1)"_s.arg(expiryText(ttl ? now + ttl : 0)));
    printLine(u"session for %1 (id %2), %3; send it as the cookie session_id; shown only this once:"_s
                  .arg(user->name, QString::number(user->id), expiryText(ttl ? now + ttl : 0)));
    printLine(session);
    return CliOk;
}

int jwtIssue(Context &ctx)
{
    int code = CliOk;
    if (!ctx.isSet(u"ttl"_s))
        return fail(CliUsage, u"jwt issue needs --ttl (like 1h or 30d)"_s);
    const auto ttl = durationSecs(ctx, u"ttl"_s, &code);
    if (!ttl)
        return code;
    if (ctx.isSet(u"jwt-secret"_s)) {
        // The server's own check and message; the rejected value is shown redacted.
        const ConfigResult result = applyValues(ctx.config, {{u"jwt-secret"_s, ctx.value(u"jwt-secret"_s)}});
        if (!result.ok())
            return fail(CliUsage, result.error);
        ctx.config = result.config;
    }
    if (!ctx.open(&code))
        return code;
    const auto user = ctx.user(ctx.positional[0], &code);
    if (!user)
        return code;
    // As the server does: a configured secret, else the one kept in the store.
    const QByteArray secret = ctx.config.jwtSecret.isEmpty() ? ctx.store.jwtSecret() : ctx.config.jwtSecret.toUtf8();
    if (secret.isEmpty())
        return fail(CliFailed, u"cannot read or create the JWT secret in the database"_s);
    Jwt::Claims claims;
    claims.userId = user->id;
    claims.name = user->name;
    claims.role = user->role;
    claims.expiresAt = QDateTime::currentSecsSinceEpoch() + *ttl;
    const QString token = Jwt::sign(claims, secret);
    recordAdmin(ctx.store, *user, u"jwt issue (%1)"_s.arg(expiryText(claims.expiresAt)));
    printLine(u"JWT for %1 (id %2, role %3), %4:"_s.arg(user->name, QString::number(user->id), user->role,
                                                       expiryText(claims.expiresAt)));
    printLine(token);
    return CliOk;
}

int banUser(Context &ctx)
{
    int code = CliOk;
    if (!ctx.isSet(u"for"_s))
        return fail(CliUsage, u"ban needs --for (like 15m, 1h or 7d)"_s);
    const auto secs = durationSecs(ctx, u"for"_s, &code);
    if (!secs)
        return code;
    if (!ctx.open(&code))
        return code;
    const auto user = ctx.user(ctx.positional[0], &code);
    if (!user)
        return code;
    const qint64 until = QDateTime::currentSecsSinceEpoch() + *secs;
    const QString reason = ctx.value(u"reason"_s);
    QString error;
    if (!ctx.store.ban(user->id, until, reason, &error, actorName()))
        return fail(CliFailed, error);
    printLine(u"banned %1 (id %2) until %3"_s.arg(user->name, QString::number(user->id), isoSecs(until)));
    return CliOk;
}

int unbanUser(Context &ctx)
{
    int code = CliOk;
    if (!ctx.open(&code))
        return code;
    const auto user = ctx.user(ctx.positional[0], &code);
    if (!user)
        return code;
    QString error;
    bool wasBanned = false;
    if (!ctx.store.unban(user->id, &error, actorName(), &wasBanned))
        return fail(CliFailed, error);
    printLine(wasBanned ? u"unbanned %1 (id %2)"_s.arg(user->name, QString::number(user->id))
                        : u"%1 (id %2) was not banned"_s.arg(user->name, QString::number(user->id)));
    return CliOk;
}

// A duration ago, or an ISO 8601 date/time (UTC unless it carries an offset).
std::optional<qint64> sinceMs(const QString &text)
{
    if (const auto ago = parseDuration(text))
        return QDateTime::currentMSecsSinceEpoch() - ago->count();
    QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!when.isValid())
        return std::nullopt;
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when.toMSecsSinceEpoch();
}

int auditExport(Context &ctx)
{
    int code = CliOk;
    qint64 since = 0;
    if (ctx.isSet(u"since"_s)) {
        const auto ms = sinceMs(ctx.value(u"since"_s));
        if (!ms) {
            return fail(CliUsage, u"invalid value %1 for --since: expected a duration ago (24h, 7d) or an ISO "
                                  u"8601 date (2024-05-01, 2024-05-01T12:00:00Z)"_s.arg(quoted(ctx.value(u"since"_s))));
        }
        since = *ms;
    }
    const QString format = ctx.isSet(u"format"_s) ? ctx.value(u"format"_s) : u"jsonl"_s;
    if (format != u"jsonl" && format != u"csv")
        return fail(CliUsage, u"invalid value %1 for --format: expected jsonl or csv"_s.arg(quoted(format)));
    const QString output = ctx.value(u"output"_s);
    if (ctx.isSet(u"output"_s) && output.isEmpty())
        return fail(CliUsage, u"--output needs a file name"_s);
    if (!ctx.open(&code))
        return code;

    const QList<AuditEntry> entries = ctx.store.audit(since);
    const QByteArray data = format == u"csv" ? auditToCsv(entries) : auditToJsonLines(entries);
    if (output.isEmpty()) {
        writeTo(stdout, data);
        return CliOk;
    }
    // All or nothing: the file appears only when complete.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(CliFailed, u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(output), file.errorString()));
    printLine(u"exported %1 audit entries to %2"_s.arg(QString::number(entries.size()), QDir::toNativeSeparators(output)));
    return CliOk;
}

int auditPrune(Context &ctx)
{
    int code = CliOk;
    if (!ctx.isSet(u"days"_s) && !ctx.isSet(u"max-rows"_s))
        return fail(CliUsage, u"audit prune needs --days or --max-rows"_s);
    const auto days = nonNegative(ctx, u"days"_s, &code);
    if (!days)
        return code;
    const auto maxRows = nonNegative(ctx, u"max-rows"_s, &code);
    if (!maxRows)
        return code;
    if (!ctx.open(&code))
        return code;
    const int deleted = ctx.store.pruneAudit(*days, *maxRows, QDateTime::currentMSecsSinceEpoch());
    if (deleted < 0)
        return fail(CliFailed, u"pruning the audit log failed"_s);
    printLine(u"deleted %1 audit entries"_s.arg(deleted));
    return CliOk;
}

using Handler = int (*)(Context &);

Handler handlerFor(const CommandSpec &spec)
{
    static const QHash<QString, Handler> handlers = {
        {u"user add"_s, &userAdd},         {u"user list"_s, &userList},
        {u"user remove"_s, &userRemove},   {u"token issue"_s, &tokenIssue},
        {u"token revoke"_s, &tokenRevoke}, {u"token list"_s, &tokenList},
        {u"session create"_s, &sessionCreate}, {u"jwt issue"_s, &jwtIssue},
        {u"ban"_s, &banUser},              {u"unban"_s, &unbanUser},
        {u"audit export"_s, &auditExport}, {u"audit prune"_s, &auditPrune},
    };
    return handlers.value(commandName(spec));
}

bool isHelp(QStringView arg)
{
    return arg == u"--help" || arg == u"-h" || arg == u"-?";
}

QString subcommandList(const QString &group)
{
    QStringList names;
    for (const CommandSpec &spec : commands()) {
        if (spec.group == group)
            names.append(spec.name);
    }
    if (names.size() == 1)
        return names.constFirst();
    const QString last = names.takeLast();
    return names.join(u", "_s) + u" or "_s + last;
}

} // namespace

bool isCliCommand(const char *firstArgument)
{
    return firstArgument && firstArgument[0] != '\0' && firstArgument[0] != '-';
}

int runCli(const QStringList &arguments)
{
    const QString program = arguments.value(0, u"socketscope"_s);
    const QString group = arguments.value(1);

    if (group == u"help") {
        const QString topic = arguments.value(2);
        if (!topic.isEmpty() && !isGroup(topic))
            return fail(CliUsage, u"unknown command %1; try 'socketscope help'"_s.arg(quoted(topic)));
        writeTo(stdout, usageText(topic).toUtf8());
        return CliOk;
    }
    if (!isGroup(group))
        return fail(CliUsage, u"unknown command %1; try 'socketscope help'"_s.arg(quoted(group)));

    const bool hasSubcommands = std::any_of(commands().cbegin(), commands().cend(),
                                            [&](const CommandSpec &s) { return s.group == group && !s.name.isEmpty(); });
    qsizetype rest = 2;
    QString name;
    if (hasSubcommands) {
        const QString sub = arguments.value(2);
        if (isHelp(sub)) {
            writeTo(stdout, usageText(group).toUtf8());
            return CliOk;
        }
        if (sub.isEmpty() || sub.startsWith(u'-'))
            return fail(CliUsage, u"%1 needs a command: %2"_s.arg(group, subcommandList(group)));
        name = sub;
        rest = 3;
    }
    const auto spec = std::find_if(commands().cbegin(), commands().cend(),
                                   [&](const CommandSpec &s) { return s.group == group && s.name == name; });
    if (spec == commands().cend())
        return fail(CliUsage, u"unknown command %1; try 'socketscope help %2'"_s.arg(quoted(group + u' ' + name), group));

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption({{u"h"_s, u"help"_s}, u"Show this help."_s});
    parser.addOption({u"db"_s, u"SQLite database file or postgresql:// URL."_s, u"FILE"_s});
    parser.addOption({u"db-password-file"_s, u"File with the PostgreSQL password."_s, u"FILE"_s});
    parser.addOption({u"config"_s, u"INI file with db and jwt-secret keys."_s, u"FILE"_s});
    for (const QString &option : spec->options)
        parser.addOption(optionFor(option));
    const QString command = commandName(*spec);
    if (!parser.parse(QStringList{program} + arguments.mid(rest)))
        return fail(CliUsage, u"%1: %2"_s.arg(command, parser.errorText().split(u'\n').constFirst()));
    if (parser.isSet(u"help"_s)) {
        writeTo(stdout, usageText(group).toUtf8());
        return CliOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < spec->minPositional) {
        const QString missing = spec->arguments.section(u' ', int(positional.size()), int(positional.size()));
        return fail(CliUsage, u"%1: missing %2"_s.arg(command, missing));
    }
    if (positional.size() > spec->maxPositional)
        return fail(CliUsage, u"%1: unexpected argument %2"_s.arg(command, quoted(positional.at(spec->maxPositional))));

    // Defaults <- config file <- --db, as for the server.
    ServerConfig config;
    if (parser.isSet(u"config"_s)) {
        const ConfigResult loaded = loadConfigFile(config, parser.value(u"config"_s));
        if (!loaded.ok())
            return fail(CliUsage, loaded.error);
        config = loaded.config;
    }
    if (parser.isSet(u"db"_s)) {
        if (parser.value(u"db"_s).isEmpty())
            return fail(CliUsage, u"--db needs a file name"_s);
        config.dbPath = parser.value(u"db"_s);
    }
    if (parser.isSet(u"db-password-file"_s)) {
        if (parser.value(u"db-password-file"_s).isEmpty())
            return fail(CliUsage, u"--db-password-file needs a file name"_s);
        config.dbPasswordFile = parser.value(u"db-password-file"_s);
    }
    if (Store::isPostgresLocation(config.dbPath)) {
        QString error;
        if (!Store::parsePostgresLocation(config.dbPath, &error))
            return fail(CliUsage, u"--db: "_s + error);
    }

    Context ctx{*spec, parser, positional, config};
    return handlerFor(*spec)(ctx);
}

} // namespace SocketScope
