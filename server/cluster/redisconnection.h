#pragma once

// One asynchronous connection to Redis (hiredis), driven by the calling thread's event loop
// through QSocketNotifiers: nothing here blocks. hiredis's own adapters/qt.h connects with
// strings, which this project does not do, hence this small adapter.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <functional>

struct redisAsyncContext;
struct redisReply;
class QSocketNotifier;

namespace SocketScope {

struct RedisReply
{
    enum class Type : quint8 { Nil, Status, Error, Integer, String, Array };
    Type type = Type::Nil;
    qint64 integer = 0;
    QByteArray str;   // Status, Error, String
    QList<RedisReply> elements;

    bool isError() const { return type == Type::Error; }
    static RedisReply from(const redisReply *r);
};

class RedisConnection : public QObject
{
    Q_OBJECT
public:
    explicit RedisConnection(QObject *parent = nullptr);
    ~RedisConnection() override;

    // Starts connecting to a numeric address (no DNS here: that would block). False (and
    // *error) when hiredis refused at once; otherwise connected() or closed() follows.
    bool open(const QHostAddress &address, quint16 port, QString *error);
    // Drops the connection: pending callbacks get a null reply, then closed() follows.
    // `graceful`: first sends what is queued and waits for the replies.
    void close(bool graceful = false);
    bool isOpen() const { return m_ctx != nullptr; }
    bool isConnected() const { return m_ctx != nullptr && m_connected; }

    // `done` gets the reply, or nullptr when the connection went away before it came.
    using Done = std::function<void(const RedisReply *)>;
    bool command(const QList<QByteArray> &argv, Done done = {});
    // SUBSCRIBE: every message and confirmation on these channels goes to the push handler.
    bool subscribe(const QList<QByteArray> &channels);
    void setPushHandler(std::function<void(const RedisReply &)> handler) { m_push = std::move(handler); }

    // Commands sent whose reply has not come yet.
    int pending() const { return m_pending; }

Q_SIGNALS:
    void connected();
    void closed(const QString &why);   // empty `why`: close() asked for it

private:
    static void onConnect(const redisAsyncContext *ac, int status);
    static void onDisconnect(const redisAsyncContext *ac, int status);
    static void onReply(redisAsyncContext *ac, void *reply, void *privdata);
    static void onPush(redisAsyncContext *ac, void *reply, void *privdata);
    static void addRead(void *self);
    static void delRead(void *self);
    static void addWrite(void *self);
    static void delWrite(void *self);
    static void cleanup(void *self);
    void dropNotifiers();

    redisAsyncContext *m_ctx = nullptr;
    bool m_connected = false;
    bool m_destroying = false;
    int m_pending = 0;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    std::function<void(const RedisReply &)> m_push;
    struct Request;
};

} // namespace SocketScope
