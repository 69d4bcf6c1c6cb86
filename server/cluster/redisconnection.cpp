#include "cluster/redisconnection.h"

#include <QSocketNotifier>

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace SocketScope {

struct RedisConnection::Request
{
    RedisConnection *owner;
    Done done;
};

RedisReply RedisReply::from(const redisReply *r)
{
    RedisReply out;
    if (!r)
        return out;
    switch (r->type) {
    case REDIS_REPLY_STATUS:
        out.type = Type::Status;
        out.str = QByteArray(r->str, qsizetype(r->len));
        break;
    case REDIS_REPLY_ERROR:
        out.type = Type::Error;
        out.str = QByteArray(r->str, qsizetype(r->len));
        break;
    case REDIS_REPLY_INTEGER:
        out.type = Type::Integer;
        out.integer = r->integer;
        break;
    case REDIS_REPLY_STRING:
        out.type = Type::String;
        out.str = QByteArray(r->str, qsizetype(r->len));
        break;
    case REDIS_REPLY_ARRAY:
        out.type = Type::Array;
        out.elements.reserve(qsizetype(r->elements));
        for (size_t i = 0; i < r->elements; ++i)
            out.elements.append(from(r->element[i]));
        break;
    default:
        break;
    }
    return out;
}

RedisConnection::RedisConnection(QObject *parent)
    : QObject(parent)
{
}

RedisConnection::~RedisConnection()
{
    m_destroying = true;
    if (m_ctx) {
        redisAsyncContext *ac = m_ctx;
        m_ctx = nullptr;
        redisAsyncFree(ac);   // pending callbacks see m_destroying and only free their request
    }
    dropNotifiers();
}

bool RedisConnection::open(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_ctx)
        close();
    const QByteArray ip = address.toString().toLatin1();
    redisAsyncContext *ac = redisAsyncConnect(ip.constData(), port);
    if (!ac) {
        *error = u"out of memory"_s;
        return false;
    }
    if (ac->err) {
        *error = QString::fromLocal8Bit(ac->errstr);
        redisAsyncFree(ac);
        return false;
    }
    m_ctx = ac;
    m_connected = false;
    ac->data = this;
    ac->ev.data = this;
    ac->ev.addRead = &RedisConnection::addRead;
    ac->ev.delRead = &RedisConnection::delRead;
    ac->ev.addWrite = &RedisConnection::addWrite;
    ac->ev.delWrite = &RedisConnection::delWrite;
    ac->ev.cleanup = &RedisConnection::cleanup;
    redisAsyncSetConnectCallback(ac, &RedisConnection::onConnect);
    redisAsyncSetDisconnectCallback(ac, &RedisConnection::onDisconnect);
    // hiredis has queued nothing yet; the write notifier tells when the connect completes.
    addWrite(this);
    return true;
}

void RedisConnection::close(bool graceful)
{
    if (!m_ctx)
        return;
    if (graceful && m_connected) {
        // Sends what is queued and waits for its replies; onDisconnect reports the end.
        redisAsyncDisconnect(m_ctx);
        return;
    }
    // Now, whatever hiredis knows: a connection that never completed gets no onDisconnect.
    redisAsyncContext *ac = m_ctx;
    m_ctx = nullptr;
    m_connected = false;
    m_pending = 0;
    ac->data = nullptr;
    redisAsyncFree(ac);   // pending callbacks get a null reply (deferred when inside one)
    Q_EMIT closed(QString());
}

bool RedisConnection::command(const QList<QByteArray> &argv, Done done)
{
    if (!m_ctx)
        return false;
    std::vector<const char *> args;
    std::vector<size_t> lens;
    args.reserve(size_t(argv.size()));
    lens.reserve(size_t(argv.size()));
    for (const QByteArray &a : argv) {
        args.push_back(a.constData());
        lens.push_back(size_t(a.size()));
    }
    auto *req = new Request{this, std::move(done)};
    if (redisAsyncCommandArgv(m_ctx, &RedisConnection::onReply, req, int(args.size()), args.data(), lens.data()) != REDIS_OK) {
        delete req;
        return false;
    }
    ++m_pending;
    return true;
}

bool RedisConnection::subscribe(const QList<QByteArray> &channels)
{
    if (!m_ctx)
        return false;
    std::vector<const char *> args{"SUBSCRIBE"};
    std::vector<size_t> lens{9};
    for (const QByteArray &c : channels) {
        args.push_back(c.constData());
        lens.push_back(size_t(c.size()));
    }
    // privdata is the connection itself: hiredis keeps it for the channel's lifetime and never
    // hands it back for freeing.
    return redisAsyncCommandArgv(m_ctx, &RedisConnection::onPush, this, int(args.size()), args.data(), lens.data())
        == REDIS_OK;
}

void RedisConnection::onConnect(const redisAsyncContext *ac, int status)
{
    auto *self = static_cast<RedisConnection *>(ac->data);
    if (!self || self->m_destroying)
        return;
    if (status != REDIS_OK) {
        // hiredis frees the context after this callback.
        const QString why = QString::fromLocal8Bit(ac->errstr);
        // hiredis calls onDisconnect next for the same failure: one closed() is enough.
        const_cast<redisAsyncContext *>(ac)->data = nullptr;
        self->m_ctx = nullptr;
        self->m_connected = false;
        self->m_pending = 0;
        Q_EMIT self->closed(why);
        return;
    }
    self->m_connected = true;
    Q_EMIT self->connected();
}

void RedisConnection::onDisconnect(const redisAsyncContext *ac, int status)
{
    auto *self = static_cast<RedisConnection *>(ac->data);
    if (!self || self->m_destroying)
        return;
    // Empty when we asked for it.
    const QString why = status == REDIS_OK ? QString() : QString::fromLocal8Bit(ac->errstr);
    self->m_ctx = nullptr;   // hiredis frees it after this callback
    self->m_connected = false;
    self->m_pending = 0;
    Q_EMIT self->closed(status != REDIS_OK && why.isEmpty() ? u"connection lost"_s : why);
}

void RedisConnection::onReply(redisAsyncContext *, void *reply, void *privdata)
{
    auto *req = static_cast<Request *>(privdata);
    RedisConnection *self = req->owner;
    if (!self->m_destroying) {
        if (self->m_pending > 0)
            --self->m_pending;
        if (req->done) {
            if (reply) {
                const RedisReply r = RedisReply::from(static_cast<redisReply *>(reply));
                req->done(&r);
            } else {
                req->done(nullptr);
            }
        }
    }
    delete req;
}

void RedisConnection::onPush(redisAsyncContext *, void *reply, void *privdata)
{
    auto *self = static_cast<RedisConnection *>(privdata);
    if (!reply || self->m_destroying || !self->m_push)
        return;
    self->m_push(RedisReply::from(static_cast<redisReply *>(reply)));
}

void RedisConnection::addRead(void *p)
{
    auto *self = static_cast<RedisConnection *>(p);
    if (!self->m_read) {
        self->m_read = new QSocketNotifier(self->m_ctx->c.fd, QSocketNotifier::Read, self);
        connect(self->m_read, &QSocketNotifier::activated, self, [self] {
            if (self->m_ctx)
                redisAsyncHandleRead(self->m_ctx);
        });
    }
    self->m_read->setEnabled(true);
}

void RedisConnection::delRead(void *p)
{
    auto *self = static_cast<RedisConnection *>(p);
    if (self->m_read)
        self->m_read->setEnabled(false);
}

void RedisConnection::addWrite(void *p)
{
    auto *self = static_cast<RedisConnection *>(p);
    if (!self->m_write) {
        self->m_write = new QSocketNotifier(self->m_ctx->c.fd, QSocketNotifier::Write, self);
        connect(self->m_write, &QSocketNotifier::activated, self, [self] {
            if (self->m_ctx)
                redisAsyncHandleWrite(self->m_ctx);
        });
    }
    self->m_write->setEnabled(true);
}

void RedisConnection::delWrite(void *p)
{
    auto *self = static_cast<RedisConnection *>(p);
    if (self->m_write)
        self->m_write->setEnabled(false);
}

void RedisConnection::cleanup(void *p)
{
    static_cast<RedisConnection *>(p)->dropNotifiers();
}

void RedisConnection::dropNotifiers()
{
    // Called before hiredis closes the descriptor, possibly from inside a notifier's own
    // activation: disabled now (the dispatcher forgets the fd), deleted later.
    for (QSocketNotifier **n : {&m_read, &m_write}) {
        if (*n) {
            (*n)->setEnabled(false);
            (*n)->deleteLater();
            *n = nullptr;
        }
    }
}

} // namespace SocketScope
