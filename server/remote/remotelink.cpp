#include "remote/remotelink.h"

#include "monitor/snapshotjson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace SocketScope {

Q_LOGGING_CATEGORY(lcRemote, "socketscope.remote")

namespace {
constexpr QByteArrayView SnapshotPrefix = "{\"type\":\"snapshot\"";
constexpr int PolicyClose = 1008;
} // namespace

RemoteLink::RemoteLink(QObject *parent)
    : QObject(parent)
    , m_retry(this)      // children, so that moveToThread() takes the timers along
    , m_liveness(this)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RemoteLink::open);
    connect(&m_liveness, &QTimer::timeout, this, &RemoteLink::checkLiveness);
    setLinkTimeouts(m_connectTimeoutMs, m_silenceTimeoutMs);
}

void RemoteLink::setLinkTimeouts(int connectMs, int silenceMs)
{
    m_connectTimeoutMs = connectMs;
    m_silenceTimeoutMs = silenceMs;
    // A ping well before the silence deadline, so that an idle but living server answers in time.
    m_liveness.setInterval(std::max(50, std::min(connectMs, silenceMs) / 4));
}

void RemoteLink::checkLiveness()
{
    if (!m_socket)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_state == LinkState::Connecting && now - m_openedAtMs > m_connectTimeoutMs) {
        m_lastError = tr("no answer within %1 s").arg((m_connectTimeoutMs + 999) / 1000);
        m_socket->abort();
        return;
    }
    if (m_state != LinkState::Attached)
        return;
    if (now - m_lastLifeMs > m_silenceTimeoutMs) {
        m_lastError = tr("the server stopped answering (no pong for %1 s)").arg((m_silenceTimeoutMs + 999) / 1000);
        m_socket->abort();
        return;
    }
    m_socket->ping();
}

RemoteLink::~RemoteLink()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

int RemoteLink::backoffMs(int attempt)
{
    return attempt >= 5 ? 30'000 : 1000 << attempt;
}

QByteArray RemoteLink::fingerprint(const QSslCertificate &cert)
{
    return cert.digest(QCryptographicHash::Sha256);
}

QUrl RemoteLink::adminUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QUrl();
    };
    if (trimmed.isEmpty())
        return fail(tr("no URL given"));
    QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"ws://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("“%1” is not a URL").arg(trimmed));
    if (url.scheme() != u"ws"_s && url.scheme() != u"wss"_s)
        return fail(tr("the URL must start with ws:// or wss://"));
    if (url.path().isEmpty() || url.path() == u"/"_s)
        url.setPath(u"/ws/admin"_s);
    if (url.hasQuery() || !url.userInfo().isEmpty())
        return fail(tr("give the token separately, not in the URL"));
    return url;
}

void RemoteLink::attach(const QUrl &url, const QString &token)
{
    detach();
    m_url = url;
    m_token = token;
    m_attempt = 0;
    m_watching = true;
    open();
}

void RemoteLink::detach()
{
    m_retry.stop();
    m_liveness.stop();
    if (m_socket) {
        QWebSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        s->close(QWebSocketProtocol::CloseCodeNormal);
        s->deleteLater();
    }
    failPending(tr("detached from the server"));
    m_userName.clear();
    m_rejectedCert = QSslCertificate();
    m_rejectedErrors.clear();
    setState(LinkState::Detached);
}

void RemoteLink::open()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_rejectedCert = QSslCertificate();
    m_rejectedErrors.clear();
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::textMessageReceived, this, &RemoteLink::onText);
    connect(socket, &QWebSocket::pong, this, [this] { m_lastLifeMs = QDateTime::currentMSecsSinceEpoch(); });
    connect(socket, &QWebSocket::disconnected, this, &RemoteLink::onDisconnected);
    connect(socket, &QWebSocket::sslErrors, this, &RemoteLink::onSslErrors);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this, socket](QAbstractSocket::SocketError) {
        if (socket == m_socket && m_rejectedErrors.isEmpty())
            m_lastError = socket->errorString();
    });
    QNetworkRequest request(m_url);
    // The token travels in the header only: never in the URL, where proxies and logs keep it.
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (m_url.scheme() == u"wss"_s)
        socket->setSslConfiguration(QSslConfiguration::defaultConfiguration());
    setState(LinkState::Connecting);
    m_openedAtMs = m_lastLifeMs = QDateTime::currentMSecsSinceEpoch();
    m_liveness.start();
    socket->open(request);
}

void RemoteLink::setState(LinkState s)
{
    if (s == m_state)
        return;
    m_state = s;
    publish();
}

void RemoteLink::publish()
{
    Q_EMIT statusChanged(LinkStatus{m_state, m_userName, m_lastError, m_lastCloseCode, m_retryAtMs,
                                    m_rejectedCert, m_rejectedErrors});
}

void RemoteLink::onText(const QString &text)
{
    m_lastLifeMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray utf8 = text.toUtf8();
    if (utf8.startsWith(SnapshotPrefix)) {
        QString error;
        auto decoded = decodeWatchMessage(utf8, &error);
        if (!decoded) {
            qCWarning(lcRemote) << "undecodable snapshot from" << m_url.toDisplayString() << error;
            return;
        }
        // In a cluster the stream also carries the other nodes' presence, under their names, each
        // complete for its node; the first message is always the attached node's own
        // (docs/cluster.md). The others ride along with the attached node's next snapshot.
        if (m_node.isEmpty()) {
            m_node = decoded->node;
        } else if (!decoded->node.isEmpty() && decoded->node != m_node) {
            // A node that left comes as an empty full snapshot (no listen URL).
            if (decoded->snapshot.listenUrl.isEmpty())
                m_seenNodes.remove(decoded->node);
            else
                noteNode(decoded->node, decoded->snapshot, false);
            RemoteNodeRows rows;
            rows.node = decoded->node;
            rows.connections = std::move(decoded->snapshot.connections);
            for (ConnectionInfo &c : rows.connections)
                c.node = rows.node;
            rows.rooms = std::move(decoded->snapshot.rooms);
            rows.topics = std::move(decoded->snapshot.topics);
            m_remoteRows.insert(rows.node, std::move(rows));
            return;
        }
        ServerSnapshot &s = decoded->snapshot;
        s.nodeName = m_node;
        if (decoded->redisUp) {
            noteNode(m_node, s, true);
            SeenNode &self = m_seenNodes[m_node];
            self.info.redisUp = *decoded->redisUp;
            self.info.nameInUse = decoded->nameInUse;
            s.nodes.append(self.info);
            for (auto it = m_seenNodes.cbegin(); it != m_seenNodes.cend(); ++it) {
                if (it.key() != m_node)
                    s.nodes.append(it->info);
            }
        }
        for (auto it = m_remoteRows.begin(); it != m_remoteRows.end(); ++it)
            s.remoteNodes.append(std::move(it.value()));
        m_remoteRows.clear();
        if (decoded->groupsPresent) {
            m_rooms = s.rooms;
            m_topics = s.topics;
        } else {
            s.rooms = m_rooms;
            s.topics = m_topics;
        }
        Q_EMIT snapshotReady(s);
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(utf8).object();
    if (m_state == LinkState::Connecting)
        onGreeting(o);
    else
        onAnswer(utf8, o);
}

void RemoteLink::noteNode(const QString &name, const ServerSnapshot &s, bool self)
{
    SeenNode &n = m_seenNodes[name];
    const quint64 messages = s.counters.messagesIn + s.counters.messagesOut;
    if (n.timeMs > 0 && s.timeMs > n.timeMs && messages >= n.messages)
        n.info.messagesPerSecond = double(messages - n.messages) * 1000.0 / double(s.timeMs - n.timeMs);
    n.messages = messages;
    n.timeMs = s.timeMs;
    n.info.name = name;
    n.info.address = s.listenUrl;
    n.info.connections = s.counters.connections;
    n.info.lastHeartbeatMs = s.timeMs;
    n.info.self = self;
    if (!self)
        n.info.redisUp = true;   // it wrote its presence within the last 3 s
}

void RemoteLink::onGreeting(const QJsonObject &o)
{
    if (o.value(u"message"_s).toString() != u"Admin access granted"_s) {
        m_lastError = tr("unexpected greeting from the server");
        qCWarning(lcRemote) << "unexpected greeting from" << m_url.toDisplayString();
        m_socket->close(QWebSocketProtocol::CloseCodeProtocolError);
        return;
    }
    m_userName = o.value(u"user"_s).toString();
    m_attempt = 0;
    m_lastError.clear();
    m_lastCloseCode = 0;
    m_node.clear();
    m_remoteRows.clear();
    m_seenNodes.clear();
    m_rooms.clear();
    m_topics.clear();
    setState(LinkState::Attached);
    if (m_watching)
        setSnapshotsEnabled(true);
}

void RemoteLink::onAnswer(const QByteArray &raw, const QJsonObject &o)
{
    const QString command = o.value(u"command"_s).toString();
    if (command == u"watch"_s || command == u"unwatch"_s)
        return;
    // Answers come in the order the commands were sent, except that one touching the store
    // (ban, unban) may come after a later one: match by the command's name, errors (which
    // carry none) to the oldest.
    auto it = m_pending.begin();
    if (!command.isEmpty()) {
        it = std::find_if(m_pending.begin(), m_pending.end(),
                          [&](const Pending &p) { return AdminCommand::typeName(p.type) == command; });
    }
    if (it == m_pending.end())
        return;   // not an answer to us (e.g. "Admin command: …" for text we never send)
    AdminResult r;
    r.requestId = it->id;
    m_pending.erase(it);
    r.ok = o.value(u"ok"_s).toBool();
    r.error = o.value(u"error"_s).toString();
    if (!r.ok && r.error.isEmpty())
        r.error = QString::fromUtf8(raw);
    r.affected = o.contains(u"recipients"_s) ? o.value(u"recipients"_s).toInt() : o.value(u"closed"_s).toInt();
    r.json = raw;
    Q_EMIT adminResult(r);
}

void RemoteLink::onDisconnected()
{
    QWebSocket *socket = m_socket;
    if (!socket)
        return;
    m_socket = nullptr;
    m_liveness.stop();
    socket->disconnect(this);
    socket->deleteLater();
    const int code = socket->closeCode();
    const QString reason = socket->closeReason();
    failPending(tr("the link to the server was lost"));
    if (!m_rejectedErrors.isEmpty()) {
        setState(LinkState::Refused);
        return;
    }
    if (!reason.isEmpty())
        m_lastError = u"%1 %2"_s.arg(code).arg(reason);
    else if (m_lastError.isEmpty())
        m_lastError = socket->errorString().isEmpty() ? QString::number(code) : socket->errorString();
    m_lastCloseCode = reason.isEmpty() ? 0 : code;
    // A revoked token or a user who is not an admin will not do better on the next try; a
    // watcher closed as a slow consumer (also 1008) may.
    if (code == PolicyClose && !reason.isEmpty() && reason != u"Slow consumer"_s) {
        qCInfo(lcRemote) << "link to" << m_url.toDisplayString() << "refused:" << code << reason;
        setState(LinkState::Refused);
        return;
    }
    const int delay = backoffMs(m_attempt++);
    m_retryAtMs = QDateTime::currentMSecsSinceEpoch() + delay;
    m_retry.start(delay);
    qCInfo(lcRemote) << "link to" << m_url.toDisplayString() << "lost (" << m_lastError << "); retry in" << delay << "ms";
    setState(LinkState::Lost);
}

void RemoteLink::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_socket)
        return;
    QSslCertificate cert;
    const QList<QSslCertificate> chain = m_socket->sslConfiguration().peerCertificateChain();
    if (!chain.isEmpty())
        cert = chain.constFirst();
    for (const QSslError &e : errors) {
        if (cert.isNull() && !e.certificate().isNull())
            cert = e.certificate();
    }
    if (!cert.isNull() && m_trusted.contains(fingerprint(cert))) {
        m_socket->ignoreSslErrors();
        return;
    }
    m_rejectedCert = cert;
    m_rejectedErrors = errors;
    QStringList why;
    for (const QSslError &e : errors)
        why.append(e.errorString());
    m_lastError = why.join(u"; "_s);
    qCWarning(lcRemote) << "certificate of" << m_url.toDisplayString() << "not trusted:" << m_lastError;
    publish();
}

void RemoteLink::execute(const AdminCommand &command, quint64 id)
{
    if (m_state != LinkState::Attached || !m_socket) {
        AdminResult r;
        r.requestId = id;
        r.error = tr("not attached to the server");
        postResult(r);
        return;
    }
    m_pending.push_back({id, command.type});
    m_socket->sendTextMessage(QString::fromUtf8(encodeAdminCommand(command)));
}

void RemoteLink::setSnapshotsEnabled(bool enabled)
{
    m_watching = enabled;
    if (m_state != LinkState::Attached || !m_socket)
        return;
    AdminCommand c;
    c.type = enabled ? AdminCommand::Type::Watch : AdminCommand::Type::Unwatch;
    c.rateHz = m_rateHz;
    m_socket->sendTextMessage(QString::fromUtf8(encodeAdminCommand(c)));
}

void RemoteLink::failPending(const QString &why)
{
    while (!m_pending.empty()) {
        AdminResult r;
        r.requestId = m_pending.front().id;
        r.error = why;
        m_pending.pop_front();
        postResult(r);
    }
}

void RemoteLink::postResult(AdminResult r)
{
    // Like the embedded host, answers never arrive inside execute().
    QMetaObject::invokeMethod(this, [this, r] { Q_EMIT adminResult(r); }, Qt::QueuedConnection);
}

} // namespace SocketScope
