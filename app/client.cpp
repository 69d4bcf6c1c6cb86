#include "client.h"

#include "net/closecodes.h"
#include "xray/xrayclient.h"
#include "xray/xrayformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <cstring>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using namespace SocketScope::Xray;

namespace {

constexpr int ExitUsage = 2;
constexpr int ExitFailed = 1;

void out(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    const QByteArray bytes = u"socketscope client: "_s.toUtf8() + line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int usageError(const QString &message)
{
    err(message);
    std::fputs("Try 'socketscope client --help'.\n", stderr);
    return ExitUsage;
}

const char *const HelpText = R"(Usage: socketscope client URL [options]

Connects to a WebSocket server, sends each line of standard input as a text message and prints
what arrives. End of input sends Close 1000, waits for the server's Close and exits.
Exit status: 0 after a clean close with 1000 (or 1001), 1 after any other close or a failure,
2 for wrong usage.

Lines that start with a backslash are commands:
  \ping [TEXT]          a ping frame with TEXT as payload
  \close [CODE [REASON]] a Close frame (default 1000)
  \fragment N TEXT      TEXT as one message in N frames
  \binary HEX           a binary message (hex bytes, spaces allowed)
  \\TEXT                sends \TEXT

Options:
  --auth METHOD         query | header | cookie | message (with --token)
  --token T             the token (query, header, message) or session id (cookie)
  --header 'K: V'       an extra request header (repeatable)
  --subprotocol P       offer subprotocol P (repeatable)
  --xray                print the opening handshake, the Sec-WebSocket-Accept check and every
                        frame both ways, one line each
  --reveal-secrets      show tokens, Authorization and cookies in full (redacted by default)
  --mask-key HEX        mask every frame with this 4-byte key (reproducible output; a real
                        client must use a fresh random key per frame)
  --insecure            wss://: accept any certificate (self-signed development certificates)
  -h, --help            this help
)";

struct Run
{
    Client *client = nullptr;
    bool xray = false;
    bool reveal = false;
    QByteArray pendingInput; // bytes of an unfinished line
    QList<QByteArray> queued; // lines read before the connection opened
    bool inputDone = false;
    // With first-message auth, input waits for the server's answer to the auth message: a
    // server may drop what arrives while it checks the token, and a Close would overtake it.
    bool ready = false;
    int exitCode = ExitFailed;
};

void sendLine(Run &run, QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    Client &c = *run.client;
    if (line.startsWith("\\\\")) {
        c.sendText(line.mid(1));
        return;
    }
    if (!line.startsWith('\\')) {
        c.sendText(line);
        return;
    }
    const qsizetype space = line.indexOf(' ');
    const QByteArray command = line.mid(1, space < 0 ? -1 : space - 1);
    const QByteArray rest = space < 0 ? QByteArray() : line.mid(space + 1);
    if (command == "ping") {
        c.sendPing(rest);
    } else if (command == "close") {
        const qsizetype sp = rest.indexOf(' ');
        const QByteArray codeText = rest.left(sp < 0 ? rest.size() : sp).trimmed();
        bool ok = true;
        const int code = codeText.isEmpty() ? 1000 : codeText.toInt(&ok);
        if (!ok || code < 0 || code > 65535) {
            err(u"\\close: \"%1\" is not a close code"_s.arg(QString::fromUtf8(codeText)));
            return;
        }
        c.sendClose(quint16(code), sp < 0 ? QByteArray() : rest.mid(sp + 1));
    } else if (command == "fragment") {
        const qsizetype sp = rest.indexOf(' ');
        bool ok = false;
        const int n = rest.left(sp < 0 ? rest.size() : sp).toInt(&ok);
        if (!ok || n < 1 || sp < 0) {
            err(u"\\fragment N TEXT: N must be a number of frames, 1 or more"_s);
            return;
        }
        c.sendText(rest.mid(sp + 1), n);
    } else if (command == "binary") {
        QByteArray hex = rest;
        hex.replace(' ', QByteArray());
        const QByteArray bytes = QByteArray::fromHex(hex);
        if (bytes.toHex() != hex.toLower()) {
            err(u"\\binary HEX: \"%1\" is not hex bytes"_s.arg(QString::fromUtf8(rest)));
            return;
        }
        c.sendBinary(bytes);
    } else {
        err(u"unknown command \\%1 (\\ping, \\close, \\fragment, \\binary; \\\\ sends a backslash)"_s.arg(
            QString::fromUtf8(command)));
    }
}

} // namespace

bool isClientCommand(const char *firstArgument)
{
    return std::strcmp(firstArgument, "client") == 0;
}

int runClient(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {{u"h"_s, u"help"_s}, u"help"_s},
        {u"auth"_s, u"auth"_s, u"METHOD"_s},
        {u"token"_s, u"token"_s, u"T"_s},
        {u"header"_s, u"header"_s, u"K: V"_s},
        {u"subprotocol"_s, u"subprotocol"_s, u"P"_s},
        {u"xray"_s, u"xray"_s},
        {u"reveal-secrets"_s, u"reveal"_s},
        {u"mask-key"_s, u"mask key"_s, u"HEX"_s},
        {u"handshake-key"_s, u"fixed Sec-WebSocket-Key (tests)"_s, u"BASE64"_s},
        {u"insecure"_s, u"insecure"_s},
    });
    if (!parser.parse(arguments.mid(1)))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(HelpText, stdout);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(positional.isEmpty() ? u"a URL is missing (ws://HOST:PORT/PATH or wss://…)"_s
                                               : u"one URL only (got %1 arguments)"_s.arg(positional.size()));

    ClientOptions options;
    options.url = QUrl(positional.constFirst(), QUrl::StrictMode);
    if (!options.url.isValid() || (options.url.scheme() != u"ws"_s && options.url.scheme() != u"wss"_s)
        || options.url.host().isEmpty())
        return usageError(u"\"%1\" is not a ws:// or wss:// URL"_s.arg(positional.constFirst()));

    static const QHash<QString, AuthMethod> methods{{u"query"_s, AuthMethod::Query},
                                                     {u"header"_s, AuthMethod::Header},
                                                     {u"cookie"_s, AuthMethod::Cookie},
                                                     {u"message"_s, AuthMethod::Message}};
    if (parser.isSet(u"auth"_s)) {
        const QString method = parser.value(u"auth"_s);
        if (!methods.contains(method))
            return usageError(u"--auth must be query, header, cookie or message (got \"%1\")"_s.arg(method));
        if (!parser.isSet(u"token"_s))
            return usageError(u"--auth %1 needs --token"_s.arg(method));
        options.auth = methods.value(method);
        options.token = parser.value(u"token"_s);
    } else if (parser.isSet(u"token"_s)) {
        options.auth = AuthMethod::Query;
        options.token = parser.value(u"token"_s);
    }
    for (const QString &h : parser.values(u"header"_s)) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0)
            return usageError(u"--header \"%1\": write it as 'Name: value'"_s.arg(h));
        options.headers.append({h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8()});
    }
    options.subprotocols = parser.values(u"subprotocol"_s);
    if (parser.isSet(u"mask-key"_s)) {
        bool ok = false;
        const QString hex = parser.value(u"mask-key"_s);
        const uint key = hex.toUInt(&ok, 16);
        if (!ok || hex.size() != 8)
            return usageError(u"--mask-key wants 8 hex digits, e.g. 1a2b3c4d"_s);
        options.maskKey = quint32(key);
    }
    if (parser.isSet(u"handshake-key"_s))
        options.handshakeKey = parser.value(u"handshake-key"_s).toLatin1();
    options.insecure = parser.isSet(u"insecure"_s);

    Run run;
    run.xray = parser.isSet(u"xray"_s);
    run.reveal = parser.isSet(u"reveal-secrets"_s);
    Client client(options);
    run.client = &client;
    QCoreApplication *app = QCoreApplication::instance();

    const auto finishInput = [&run] {
        if (run.client->isOpen() && run.ready)
            run.client->sendClose(1000, {});
    };

    if (run.xray) {
        QObject::connect(&client, &Client::requestSent, app, [&run](const QByteArray &raw) {
            out(u"-- opening handshake: request"_s);
            for (const QString &l : formatHandshake(Direction::ClientToServer, raw, run.reveal))
                out(l);
        });
        QObject::connect(&client, &Client::responseReceived, app,
                         [](const QByteArray &raw, const QByteArray &key, const QByteArray &accept) {
                             out(u"-- opening handshake: response"_s);
                             for (const QString &l : formatHandshake(Direction::ServerToClient, raw, false))
                                 out(l);
                             for (const QString &l : acceptCheck(key, accept))
                                 out(l);
                         });
        QObject::connect(&client, &Client::frameSent, app, [&run](const Frame &frame, bool textual) {
            Frame shown = frame;
            if (!run.reveal && frame.opcode == Op::Text)
                shown.payload = redactAuthMessage(frame.payload);
            out(formatFrame(Direction::ClientToServer, shown, textual));
        });
        QObject::connect(&client, &Client::frameReceived, app, [](const Frame &frame, bool textual) {
            out(formatFrame(Direction::ServerToClient, frame, textual));
        });
    } else {
        QObject::connect(&client, &Client::textMessage, app, [](const QString &text) { out(text); });
        QObject::connect(&client, &Client::binaryMessage, app, [](const QByteArray &bytes) {
            out(u"(binary, %1 bytes) %2"_s.arg(bytes.size()).arg(QString::fromLatin1(bytes.toHex(' '))));
        });
    }
    const auto becomeReady = [&run, finishInput] {
        if (run.ready || !run.client->isOpen())
            return;
        run.ready = true;
        for (const QByteArray &line : std::as_const(run.queued))
            sendLine(run, line);
        run.queued.clear();
        if (run.inputDone)
            finishInput();
    };
    QObject::connect(&client, &Client::opened, app, [&options, becomeReady] {
        if (options.auth != AuthMethod::Message)
            becomeReady();
    });
    // The first message from the server (or any frame, when it answers the auth message with a
    // close) ends the wait.
    QObject::connect(&client, &Client::frameReceived, app, [becomeReady](const Frame &, bool) { becomeReady(); });
    QObject::connect(&client, &Client::finished, app, [&run, app](int code, const QString &reason, bool clean) {
        out(u"-- closed: %1%2"_s.arg(describeClose(code, reason), clean ? QString() : u" (not clean)"_s));
        run.exitCode = (code == 1000 || code == 1001) ? 0 : ExitFailed;
        app->exit(run.exitCode);
    });
    QObject::connect(&client, &Client::failed, app, [&run, app](const QString &error) {
        err(error);
        run.exitCode = ExitFailed;
        app->exit(run.exitCode);
    });

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, app, [&run, &input, finishInput] {
        char buf[65536];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            input.setEnabled(false);
            run.inputDone = true;
            if (!run.pendingInput.isEmpty()) {
                if (run.client->isOpen() && run.ready)
                    sendLine(run, run.pendingInput);
                else
                    run.queued.append(run.pendingInput);
                run.pendingInput.clear();
            }
            finishInput();
            return;
        }
        run.pendingInput.append(buf, n);
        qsizetype nl;
        while ((nl = run.pendingInput.indexOf('\n')) >= 0) {
            const QByteArray line = run.pendingInput.left(nl);
            run.pendingInput.remove(0, nl + 1);
            if (run.client->isOpen() && run.ready)
                sendLine(run, line);
            else
                run.queued.append(line);
        }
    });

    client.open();
    return QCoreApplication::exec();
}
