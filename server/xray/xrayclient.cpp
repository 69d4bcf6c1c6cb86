#include "xrayclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QStringDecoder>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace SocketScope::Xray {

namespace {
constexpr qsizetype MaxResponseHeader = 16 * 1024;
}

Client::Client(ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
    });
}

Client::~Client() = default;

QByteArray Client::buildAuthMessage(const QString &token)
{
    // Key order as SPEC §2 writes it (QJsonObject would sort "token" first).
    const QByteArray quoted = QJsonDocument(QJsonArray{token}).toJson(QJsonDocument::Compact);
    return "{\"type\":\"auth\",\"token\":" + quoted.mid(1, quoted.size() - 2) + '}';
}

quint32 Client::nextMaskKey() const
{
    return m_options.maskKey ? *m_options.maskKey : QRandomGenerator::system()->generate();
}

QAbstractSocket::SocketState Client::socketState() const
{
    switch (m_state) {
    case State::Connecting:
    case State::Handshake: return QAbstractSocket::ConnectingState;
    case State::Open: return QAbstractSocket::ConnectedState;
    case State::Closing: return QAbstractSocket::ClosingState;
    case State::Idle:
    case State::Done: break;
    }
    return QAbstractSocket::UnconnectedState;
}

void Client::open()
{
    const QUrl &url = m_options.url;
    const bool tls = url.scheme() == u"wss"_s;
    if (url.scheme() != u"ws"_s && !tls) {
        fail(u"the URL must start with ws:// or wss://"_s);
        return;
    }
    if (tls) {
        if (!QSslSocket::supportsSsl()) {
            fail(u"wss:// needs TLS support, which this Qt has not"_s);
            return;
        }
        auto *ssl = new QSslSocket(this);
        if (m_options.insecure)
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(ssl, &QSslSocket::encrypted, this, &Client::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            if (!m_options.insecure && !errors.isEmpty())
                fail(u"TLS: %1 (--insecure accepts any certificate)"_s.arg(errors.constFirst().errorString()));
        });
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &Client::onConnected);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &Client::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &Client::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_state == State::Connecting || m_state == State::Handshake)
            fail(m_socket->errorString());
        else if (error != QAbstractSocket::RemoteHostClosedError && m_state != State::Done)
            onDisconnected();
    });
    m_state = State::Connecting;
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

void Client::onConnected()
{
    QUrl url = m_options.url;
    if (m_options.auth == AuthMethod::Query) {
        QUrlQuery query(url);
        query.removeAllQueryItems(u"token"_s);
        query.addQueryItem(u"token"_s, QString::fromUtf8(QUrl::toPercentEncoding(m_options.token)));
        url.setQuery(query);
    }
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();

    if (m_options.handshakeKey) {
        m_key = *m_options.handshakeKey;
    } else {
        QByteArray nonce(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
        m_key = nonce.toBase64();
    }
    const bool tls = url.scheme() == u"wss"_s;
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (url.port() != -1 && url.port() != (tls ? 443 : 80))
        host += ':' + QByteArray::number(url.port());

    QByteArray req = "GET " + target + " HTTP/1.1\r\n"
                     "Host: " + host + "\r\n"
                     "Upgrade: websocket\r\n"
                     "Connection: Upgrade\r\n"
                     "Sec-WebSocket-Key: " + m_key + "\r\n"
                     "Sec-WebSocket-Version: 13\r\n";
    if (!m_options.subprotocols.isEmpty())
        req += "Sec-WebSocket-Protocol: " + m_options.subprotocols.join(u", "_s).toUtf8() + "\r\n";
    if (m_options.auth == AuthMethod::Header)
        req += "Authorization: Bearer " + m_options.token.toUtf8() + "\r\n";
    if (m_options.auth == AuthMethod::Cookie)
        req += "Cookie: session_id=" + m_options.token.toUtf8() + "\r\n";
    for (const auto &[name, value] : std::as_const(m_options.headers))
        req += name + ": " + value + "\r\n";
    req += "User-Agent: socketscope-client/" SOCKETSCOPE_VERSION "\r\n\r\n";
    m_state = State::Handshake;
    Q_EMIT requestSent(req);
    m_socket->write(req);
}

void Client::onReadyRead()
{
    if (m_state == State::Handshake) {
        m_header += m_socket->readAll();
        handleHandshake();
        return;
    }
    if (m_state != State::Open && m_state != State::Closing) {
        m_socket->readAll();
        return;
    }
    const QByteArray bytes = m_socket->readAll();
    const QList<Frame> frames = m_reader.feed(bytes);
    for (const Frame &f : frames) {
        handleFrame(f);
        if (m_state == State::Done)
            return;
    }
    if (m_reader.hasError())
        fail(m_reader.error());
}

void Client::handleHandshake()
{
    const qsizetype end = m_header.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_header.size() > MaxResponseHeader)
            fail(u"the server's handshake answer is over 16 KiB without an end"_s);
        return;
    }
    const QByteArray rest = m_header.mid(end + 4);
    m_header.truncate(end + 4);
    const QList<QByteArray> lines = m_header.split('\n');
    const QByteArray status = lines.value(0).trimmed();
    QByteArray accept;
    QByteArray upgrade;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "sec-websocket-accept")
            accept = value;
        else if (name == "upgrade")
            upgrade = value.toLower();
    }
    Q_EMIT responseReceived(m_header, m_key, accept);
    const QList<QByteArray> statusWords = status.split(' ');
    if (statusWords.value(1) != "101") {
        fail(u"the server answered \"%1\" instead of 101 Switching Protocols"_s.arg(QString::fromUtf8(status)));
        return;
    }
    if (upgrade != "websocket") {
        fail(u"the server's answer has no \"Upgrade: websocket\""_s);
        return;
    }
    if (accept != acceptFor(m_key)) {
        fail(u"Sec-WebSocket-Accept does not match the key: not a WebSocket server"_s);
        return;
    }
    m_state = State::Open;
    if (m_options.auth == AuthMethod::Message)
        sendText(buildAuthMessage(m_options.token));
    Q_EMIT opened();
    if (!rest.isEmpty()) {
        const QList<Frame> frames = m_reader.feed(rest);
        for (const Frame &f : frames) {
            handleFrame(f);
            if (m_state == State::Done)
                return;
        }
    }
}

void Client::handleFrame(const Frame &frame)
{
    const bool control = isControl(frame.opcode);
    bool textual = false;
    if (!control) {
        const quint8 messageOpcode = frame.opcode == Op::Continuation ? m_messageOpcode : frame.opcode;
        textual = messageOpcode == Op::Text;
    }
    Q_EMIT frameReceived(frame, textual);

    switch (frame.opcode) {
    case Op::Ping:
        if (m_state == State::Open) {
            Frame pong;
            pong.opcode = Op::Pong;
            pong.payload = frame.payload;
            sendFrame(pong, false);
        }
        return;
    case Op::Pong:
        return;
    case Op::Close: {
        const ClosePayload close = parseClosePayload(frame.payload);
        m_closeReceived = true;
        m_closeCode = close.code ? int(*close.code) : 1005;
        m_closeReason = QString::fromUtf8(close.reason);
        if (!m_closeSent) {
            Frame reply;
            reply.opcode = Op::Close;
            if (close.code)
                reply.payload = closePayload(*close.code, {});
            sendFrame(reply, false);
            m_closeSent = true;
        }
        m_state = State::Closing;
        // The server closes TCP after the close handshake (RFC 6455 §7.1.1); do not wait forever.
        m_closeTimer.start(m_options.closeTimeoutMs);
        return;
    }
    case Op::Text:
    case Op::Binary:
        m_messageOpcode = frame.opcode;
        m_message = frame.payload;
        break;
    case Op::Continuation:
        m_message += frame.payload;
        break;
    default:
        return; // reserved opcodes are shown, nothing else
    }
    if (!frame.fin)
        return;
    if (m_messageOpcode == Op::Text)
        Q_EMIT textMessage(QString::fromUtf8(m_message));
    else if (m_messageOpcode == Op::Binary)
        Q_EMIT binaryMessage(m_message);
    m_message.clear();
    m_messageOpcode = 0;
}

void Client::sendFrame(Frame frame, bool textual)
{
    if (!m_socket || m_closeSent)
        return;
    frame.masked = true;
    frame.maskKey = nextMaskKey();
    const QByteArray bytes = encodeFrame(frame);
    Q_EMIT frameSent(frame, textual);
    m_socket->write(bytes);
}

void Client::sendData(quint8 opcode, const QByteArray &payload, int fragments)
{
    if (m_state != State::Open)
        return;
    fragments = std::clamp(fragments, 1, int(std::max<qsizetype>(1, payload.size())));
    const qsizetype chunk = (payload.size() + fragments - 1) / fragments;
    for (int i = 0; i < fragments; ++i) {
        Frame f;
        f.opcode = i == 0 ? opcode : Op::Continuation;
        f.fin = i == fragments - 1;
        f.payload = payload.mid(i * chunk, chunk);
        sendFrame(f, opcode == Op::Text);
    }
}

void Client::sendText(const QByteArray &utf8, int fragments)
{
    sendData(Op::Text, utf8, fragments);
}

void Client::sendBinary(const QByteArray &bytes, int fragments)
{
    sendData(Op::Binary, bytes, fragments);
}

void Client::sendPing(const QByteArray &payload)
{
    if (m_state != State::Open)
        return;
    Frame f;
    f.opcode = Op::Ping;
    f.payload = payload.left(125);
    sendFrame(f, false);
}

void Client::sendClose(quint16 code, const QByteArray &reason)
{
    if (m_state != State::Open)
        return;
    Frame f;
    f.opcode = Op::Close;
    f.payload = closePayload(code, reason.left(123));
    sendFrame(f, false);
    m_closeSent = true;
    m_state = State::Closing;
    m_closeTimer.start(m_options.closeTimeoutMs);
}

void Client::abort()
{
    if (m_state == State::Open)
        sendClose(1000, {});
    else if (m_socket && m_state != State::Closing)
        m_socket->abort();
}

void Client::flush()
{
    if (m_socket)
        m_socket->flush();
}

void Client::onDisconnected()
{
    if (m_state == State::Done)
        return;
    if (m_state == State::Connecting || m_state == State::Handshake) {
        fail(u"the server closed the connection during the handshake"_s);
        return;
    }
    m_state = State::Done;
    m_closeTimer.stop();
    Q_EMIT finished(m_closeReceived ? m_closeCode : 1006, m_closeReason, m_closeReceived && m_closeSent);
}

void Client::fail(const QString &error)
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_closeTimer.stop();
    if (m_socket)
        m_socket->abort();
    Q_EMIT failed(error);
}

} // namespace SocketScope::Xray
