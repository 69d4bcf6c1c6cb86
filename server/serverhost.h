#pragma once

#include "admincommand.h"
#include "config.h"
#include "snapshot.h"
#include "store.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace SocketScope {

class Server;

// Lives in the caller's (GUI or main) thread and owns the server thread. Everything here is
// asynchronous: calls are queued to the server thread, answers come back as signals.
class ServerHost : public QObject
{
    Q_OBJECT
public:
    explicit ServerHost(QObject *parent = nullptr);
    ~ServerHost() override;   // stops the server (closing connections with 1001) and the thread

    // (Re)starts listening with `config`. Answer: started().
    void start(const ServerConfig &config);
    // Stops listening and closes every connection with 1001. Answer: stopped().
    void stop();
    // Blocks until the server thread has stopped the server (bounded by `timeoutMs`).
    bool stopAndWait(int timeoutMs = 5000);

    bool isListening() const { return m_listening; }
    QString listenUrl() const { return m_listenUrl; }
    quint16 port() const { return m_port; }
    ServerConfig config() const { return m_config; }

    // Runs an admin action in the server thread. Returns the request id that adminResult() echoes.
    quint64 execute(const AdminCommand &command);

    // Snapshots cost work per connection; headless runs turn them off.
    void setSnapshotsEnabled(bool enabled);

    // Signs a JWT with the running server's secret (client panel's "make JWT"). Blocks briefly.
    QString issueJwt(qint64 userId, const QString &name, const QString &role, qint64 ttlSecs);
    // The users of the store (for pickers). Blocks briefly.
    QList<User> users();

Q_SIGNALS:
    void started(bool ok, const QString &listenUrl, const QString &error);
    void stopped();
    void snapshotReady(const SocketScope::ServerSnapshot &snapshot);
    void adminResult(const SocketScope::AdminResult &result);

private:
    void ensureServer();

    QThread m_thread;
    Server *m_server = nullptr;   // created and destroyed in m_thread
    ServerConfig m_config;
    bool m_listening = false;
    QString m_listenUrl;
    quint16 m_port = 0;
    quint64 m_nextRequestId = 1;
};

} // namespace SocketScope
