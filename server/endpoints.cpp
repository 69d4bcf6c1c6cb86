#include "endpoints.h"

#include "admin/adminservice.h"
#include "inbound.h"
#include "jsonwriter.h"
#include "server.h"
#include "net/session.h"

#include <QHash>
#include <QStringList>

#include <map>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

class EchoEndpoint final : public Endpoint
{
public:
    using Endpoint::Endpoint;
    void text(Session &s, const InboundMessage &msg) override
    {
        m_server.send(s, QLatin1StringView(EchoPrefix) + msg.text);
    }
};

class ChatEndpoint final : public Endpoint
{
public:
    using Endpoint::Endpoint;
    void opened(Session &s) override
    {
        const User &u = s.user();
        const bool viaMessage = s.authMethod() == AuthMethod::Message;
        JsonWriter w;
        w.beginObject()
            .field(u"type", viaMessage ? u"auth_success"_s : u"welcome"_s)
            .field(u"message", u"Welcome "_s + u.name)
            .key(u"user").beginObject()
                .field(u"user_id", u.id)
                .field(u"username", u.name)
                .field(u"role", u.role)
            .endObject()
            .field(u"auth_method", authMethodName(s.authMethod()))
            .endObject();
        m_server.send(s, QString::fromUtf8(w.take()));
    }
    void text(Session &s, const InboundMessage &msg) override
    {
        m_server.send(s, u"User "_s + QString::number(s.user().id) + u": "_s + msg.text);
    }
};

class AdminEndpoint final : public Endpoint
{
public:
    using Endpoint::Endpoint;
    void opened(Session &s) override
    {
        JsonWriter w;
        w.beginObject().field(u"message", u"Admin access granted"_s).field(u"user", s.user().name).endObject();
        m_server.send(s, QString::fromUtf8(w.take()));
    }
    void text(Session &s, const InboundMessage &msg) override
    {
        const quint64 id = s.id();
        const quint64 seq = m_order[id].next++;
        // Text that tries to be a command but is not one gets an error, not the chat echo.
        if (const QString why = adminSyntaxError(msg); !why.isEmpty()) {
            answer(id, seq, QString::fromUtf8(errorJson(why)));
            return;
        }
        const auto parsed = parseAdminCommand(msg);
        if (!parsed) {
            answer(id, seq, u"Admin command: "_s + msg.text);
            return;
        }
        if (!parsed->error.isEmpty()) {
            answer(id, seq, QString::fromUtf8(errorJson(parsed->error)));
            return;
        }
        m_server.admin().execute(parsed->command, AdminService::Actor{s.user().name, id}, [this, id, seq](const AdminResult &r) {
            answer(id, seq, QString::fromUtf8(r.json));
        });
    }
    void closed(Session &s) override { m_order.remove(s.id()); }

private:
    // Answers leave in the order the commands came: a command that waits for the store (ban,
    // send to an unknown user) holds back the answers to the ones after it.
    struct Order
    {
        quint64 next = 0;   // sequence number of the next command
        quint64 sent = 0;   // every answer below this one has been sent
        std::map<quint64, QString> ready;
    };

    void answer(quint64 id, quint64 seq, QString text)
    {
        const auto order = m_order.find(id);
        if (order == m_order.end())
            return;   // the admin left (or kicked itself) while the store answered
        order->ready.emplace(seq, std::move(text));
        QStringList due;
        while (!order->ready.empty() && order->ready.begin()->first == order->sent) {
            due.append(std::move(order->ready.begin()->second));
            order->ready.erase(order->ready.begin());
            ++order->sent;
        }
        // Sending may close the session (slow consumer) and so end its Order: not touched below.
        for (const QString &next : std::as_const(due)) {
            if (Session *admin = m_server.session(id); admin && admin->isOpen())
                m_server.send(*admin, next);
        }
    }

    QHash<quint64, Order> m_order;
};

class ManagerEndpoint final : public Endpoint
{
public:
    using Endpoint::Endpoint;
    void opened(Session &s) override
    {
        m_server.joinManager(s);
        m_server.chargeJoin(s, [srv = &m_server, text = u"User "_s + s.user().name + u" joined"_s] { srv->managerText(text); });
    }
    void text(Session &s, const InboundMessage &msg) override
    {
        m_server.send(s, u"You: "_s + msg.text);
        m_server.managerText(s.user().name + u": "_s + msg.text);
    }
    void closed(Session &s) override
    {
        m_server.leaveManager(s);
        m_server.chargeLeave(s, [srv = &m_server, text = u"User "_s + s.user().name + u" left"_s] { srv->managerText(text); });
    }
};

class RoomEndpoint final : public Endpoint
{
public:
    using Endpoint::Endpoint;
    void opened(Session &s) override
    {
        const QString &room = s.route().target;
        m_server.joinRoom(room, s);
        m_server.chargeJoin(s, [srv = &m_server, room, text = s.user().name + u" joined the room"_s] { srv->roomText(room, text); });
    }
    void text(Session &s, const InboundMessage &msg) override
    {
        const QString &room = s.route().target;
        m_server.countRoomMessage(room);
        m_server.roomText(room, s.user().name + u": "_s + msg.text, &s);
    }
    void closed(Session &s) override
    {
        const QString &room = s.route().target;
        m_server.leaveRoom(room, s);
        m_server.chargeLeave(s, [srv = &m_server, room, text = s.user().name + u" left the room"_s] { srv->roomText(room, text); });
    }
};

class SubscribeEndpoint final : public Endpoint
{
public:
    using Endpoint::Endpoint;
    void opened(Session &s) override { m_server.subscribe(s.route().target, s); }
    void text(Session &s, const InboundMessage &msg) override
    {
        if (msg.type != u"publish") {
            m_server.send(s, QString::fromUtf8(errorJson(
                u"Unsupported message: send {\"type\":\"publish\",\"data\":{...}}"_s)));
            return;
        }
        const QString &role = s.user().role;
        if (role != u"admin" && role != u"publisher") {
            m_server.send(s, QString::fromUtf8(errorJson(u"Only admin or publisher may publish"_s)));
            return;
        }
        if (!msg.json.value("data"_L1).isObject()) {
            m_server.send(s, QString::fromUtf8(errorJson(u"\"data\" must be a JSON object"_s)));
            return;
        }
        m_server.publish(s.route().target, msg.rawMember("data"_L1).value_or(QByteArray("{}")));
    }
    void closed(Session &s) override { m_server.unsubscribe(s.route().target, s); }
};

} // namespace

std::unique_ptr<Endpoint> makeEndpoint(EndpointKind kind, Server &server)
{
    switch (kind) {
    case EndpointKind::Echo: return std::make_unique<EchoEndpoint>(server);
    case EndpointKind::Chat: return std::make_unique<ChatEndpoint>(server);
    case EndpointKind::Admin: return std::make_unique<AdminEndpoint>(server);
    case EndpointKind::Manager: return std::make_unique<ManagerEndpoint>(server);
    case EndpointKind::Room: return std::make_unique<RoomEndpoint>(server);
    case EndpointKind::Subscribe: return std::make_unique<SubscribeEndpoint>(server);
    case EndpointKind::Unknown: break;
    }
    return {};
}

} // namespace SocketScope
