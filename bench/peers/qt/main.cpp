// qtpeer: the plainest QWebSocketServer serving SocketScope's /ws/echo and /ws/room/{id} texts.
// Benchmark-only. It is the ceiling of Qt WebSockets without SocketScope's features (auth,
// rate limits, limits, events, snapshots): whatever SocketScope loses against it is ours.
//
//   qtpeer [--port P]          (default 8000; listens on 127.0.0.1; Qt's defaults otherwise)
//
// Names come from the ?token= query (secret-token → john_doe, valid-token → alice), nothing is
// verified.

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSocketNotifier>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_sigPipe[2] = {-1, -1};

QString nameOf(const QUrl &url)
{
    const QString token = QUrlQuery(url).queryItemValue(QStringLiteral("token"));
    if (token == QLatin1String("secret-token"))
        return QStringLiteral("john_doe");
    if (token == QLatin1String("valid-token"))
        return QStringLiteral("alice");
    return QStringLiteral("anonymous");
}

class Peer : public QObject
{
public:
    explicit Peer(QObject *parent = nullptr)
        : QObject(parent), m_server(QStringLiteral("qtpeer"), QWebSocketServer::NonSecureMode, this)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, &Peer::onNew);
    }
    bool listen(quint16 port) { return m_server.listen(QHostAddress::LocalHost, port); }

private:
    void onNew()
    {
        while (QWebSocket *ws = m_server.nextPendingConnection()) {
            const QUrl url = ws->requestUrl();
            const QString path = url.path();
            if (path == QLatin1String("/ws/echo")) {
                connect(ws, &QWebSocket::textMessageReceived, ws, [ws](const QString &text) {
                    ws->sendTextMessage(QLatin1String("Message text was: ") + text);
                });
                connect(ws, &QWebSocket::binaryMessageReceived, ws, [ws](const QByteArray &data) {
                    ws->sendBinaryMessage(data);
                });
                connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
            } else if (path.startsWith(QLatin1String("/ws/room/")) && path.size() > 9) {
                joinRoom(ws, path.mid(9), nameOf(url));
            } else {
                ws->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Unknown endpoint"));
                connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
            }
        }
    }

    void joinRoom(QWebSocket *ws, const QString &room, const QString &name)
    {
        QList<QWebSocket *> &members = m_rooms[room];
        members.append(ws);
        const QString joined = name + QLatin1String(" joined the room");
        for (QWebSocket *m : std::as_const(members))
            m->sendTextMessage(joined);
        connect(ws, &QWebSocket::textMessageReceived, ws, [this, ws, room, name](const QString &text) {
            const QString out = name + QLatin1String(": ") + text;
            for (QWebSocket *m : std::as_const(m_rooms[room])) {
                if (m != ws)
                    m->sendTextMessage(out);
            }
        });
        connect(ws, &QWebSocket::disconnected, this, [this, ws, room, name] {
            auto it = m_rooms.find(room);
            if (it != m_rooms.end()) {
                it->removeOne(ws);
                const QString left = name + QLatin1String(" left the room");
                for (QWebSocket *m : std::as_const(*it))
                    m->sendTextMessage(left);
                if (it->isEmpty())
                    m_rooms.erase(it);
            }
            ws->deleteLater();
        });
    }

    QWebSocketServer m_server;
    QHash<QString, QList<QWebSocket *>> m_rooms;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    quint16 port = 8000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--port") && i + 1 < args.size()) {
            bool ok = false;
            port = args[++i].toUShort(&ok);
            if (!ok) {
                std::fprintf(stderr, "qtpeer: bad --port\n");
                return 2;
            }
        } else {
            std::fprintf(stderr, "usage: qtpeer [--port P]\n");
            return 2;
        }
    }
    // SIGTERM/SIGINT → quit the event loop (self-pipe).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_sigPipe) != 0)
        return 1;
    QSocketNotifier sn(g_sigPipe[1], QSocketNotifier::Read);
    QObject::connect(&sn, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction sa = {};
    sa.sa_handler = [](int) {
        const char c = 1;
        [[maybe_unused]] const auto r = ::write(g_sigPipe[0], &c, 1);
    };
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    Peer peer;
    if (!peer.listen(port)) {
        std::fprintf(stderr, "qtpeer: cannot listen on 127.0.0.1:%u\n", unsigned(port));
        return 1;
    }
    std::fprintf(stderr, "qtpeer: listening on ws://127.0.0.1:%u (dispatcher: %s)\n", unsigned(port),
                 qEnvironmentVariableIsSet("QT_NO_GLIB") ? "QT_NO_GLIB" : "default");
    return app.exec();
}
