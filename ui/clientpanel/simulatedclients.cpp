#include "simulatedclients.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
constexpr int BatchSize = 25;
constexpr int SlowReadBytes = 1024;
constexpr int CloseLingerMs = 2000;
} // namespace

QString simBehaviourLabel(SimBehaviour b)
{
    switch (b) {
    case SimBehaviour::Idle: return SimulatedClients::tr("Idle (answers pings, says nothing)");
    case SimBehaviour::Chatty: return SimulatedClients::tr("Chatty (sends R messages/s)");
    case SimBehaviour::SlowReader: return SimulatedClients::tr("Slow reader (1 KiB/s)");
    case SimBehaviour::NoPong: return SimulatedClients::tr("Never answers pings");
    case SimBehaviour::Oversized: return SimulatedClients::tr("Sends an oversized message");
    case SimBehaviour::InvalidUtf8: return SimulatedClients::tr("Sends invalid UTF-8");
    }
    return {};
}

SimulatedClient::SimulatedClient(const SimSettings &settings, int index, QObject *parent)
    : QObject(parent), m_settings(settings), m_index(index)
{
    connect(&m_socket, &QTcpSocket::connected, this, &SimulatedClient::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &SimulatedClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &SimulatedClient::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket.state() == QAbstractSocket::UnconnectedState && m_state != State::Closed) {
            finish(m_upgraded ? 1006 : 0, m_socket.errorString());
            deleteLater();
        }
    });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_state != State::Open)
            return;
        if (m_settings.behaviour == SimBehaviour::Chatty) {
            sendFrame(0x1, u"Simulated client %1, message %2"_s.arg(m_index).arg(m_sent + 1).toUtf8());
            ++m_sent;
            Q_EMIT traffic();
        } else if (m_settings.behaviour == SimBehaviour::SlowReader) {
            const QByteArray chunk = m_socket.read(SlowReadBytes);
            if (!chunk.isEmpty()) {
                m_buffer += chunk;
                processBuffer();
            }
        }
    });
}

void SimulatedClient::start()
{
    const QUrl url = m_settings.config.requestUrl();
    m_socket.connectToHost(url.host(), quint16(url.port(80)));
}

void SimulatedClient::stopAndDelete()
{
    m_stopping = true;
    if (m_state == State::Open) {
        QByteArray payload(2, 0);
        qToBigEndian<quint16>(1000, payload.data());
        payload += "Stopped by simulator";
        sendFrame(0x8, payload);
        finish(1000, tr("Stopped by simulator"));
    } else if (m_state == State::Connecting) {
        finish(0, tr("Stopped before the handshake finished"));
    }
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        deleteLater();
        return;
    }
    m_socket.disconnectFromHost();
    QTimer::singleShot(CloseLingerMs, this, [this] {
        m_socket.abort();
        deleteLater();
    });
}

void SimulatedClient::onConnected()
{
    const QUrl url = m_settings.config.requestUrl();
    QByteArray key(16, Qt::Uninitialized);
    for (char &c : key)
        c = char(QRandomGenerator::global()->bounded(256));
    const QByteArray keyB64 = key.toBase64();
    m_socket.setProperty("wsKey", keyB64);
    QString host = url.host();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    QByteArray req = "GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (url.path().isEmpty())
        req += '/';
    req += " HTTP/1.1\r\nHost: " + host.toUtf8() + ':' + QByteArray::number(url.port(80))
         + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + keyB64
         + "\r\nSec-WebSocket-Version: 13\r\nUser-Agent: SocketScope-simulator\r\n";
    const HeaderList headers = m_settings.config.headers();
    for (const auto &[name, value] : headers)
        req += name + ": " + value + "\r\n";
    req += "\r\n";
    m_socket.write(req);
}

void SimulatedClient::onReadyRead()
{
    if (m_upgraded && m_settings.behaviour == SimBehaviour::SlowReader)
        return;   // the timer reads
    m_buffer += m_socket.readAll();
    if (!m_upgraded) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > 16 * 1024) {
                finish(0, tr("No HTTP response"));
                m_socket.abort();
                deleteLater();
            }
            return;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        const QByteArray statusLine = head.left(head.indexOf("\r\n"));
        const QByteArray expected = QCryptographicHash::hash(
            m_socket.property("wsKey").toByteArray() + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
            QCryptographicHash::Sha1).toBase64();
        if (!statusLine.contains(" 101 ") || !head.contains(expected)) {
            finish(0, tr("Handshake refused: %1").arg(QString::fromLatin1(statusLine)));
            m_socket.disconnectFromHost();
            return;
        }
        m_upgraded = true;
        m_state = State::Open;
        Q_EMIT opened();
        afterOpen();
    }
    processBuffer();
}

void SimulatedClient::afterOpen()
{
    const QString first = m_settings.config.firstMessage();
    if (!first.isEmpty())
        sendFrame(0x1, first.toUtf8());
    switch (m_settings.behaviour) {
    case SimBehaviour::Chatty:
        m_timer.start(qMax(1, int(1000.0 / qMax(0.01, m_settings.messagesPerSecond))));
        break;
    case SimBehaviour::SlowReader:
        m_socket.setReadBufferSize(SlowReadBytes);
        m_timer.start(1000);
        break;
    case SimBehaviour::Oversized:
        sendFrame(0x1, QByteArray(m_settings.oversizedBytes, 'x'));
        ++m_sent;
        break;
    case SimBehaviour::InvalidUtf8:
        sendFrame(0x1, QByteArray("invalid \xff\xfe utf-8"));
        ++m_sent;
        break;
    case SimBehaviour::Idle:
    case SimBehaviour::NoPong:
        break;
    }
}

void SimulatedClient::processBuffer()
{
    while (m_buffer.size() >= 2) {
        const quint8 b0 = quint8(m_buffer[0]);
        const quint8 b1 = quint8(m_buffer[1]);
        const int opcode = b0 & 0x0f;
        const bool masked = b1 & 0x80;
        quint64 len = b1 & 0x7f;
        qsizetype pos = 2;
        if (len == 126) {
            if (m_buffer.size() < 4)
                return;
            len = qFromBigEndian<quint16>(m_buffer.constData() + 2);
            pos = 4;
        } else if (len == 127) {
            if (m_buffer.size() < 10)
                return;
            len = qFromBigEndian<quint64>(m_buffer.constData() + 2);
            pos = 10;
        }
        const qsizetype maskPos = pos;
        if (masked)
            pos += 4;
        if (len > quint64(64) * 1024 * 1024) {
            finish(1009, tr("Frame too large for the simulator"));
            m_socket.abort();
            deleteLater();
            return;
        }
        if (quint64(m_buffer.size()) < quint64(pos) + len)
            return;
        QByteArray payload = m_buffer.mid(pos, qsizetype(len));
        if (masked) {
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload[i] ^ m_buffer[maskPos + (i % 4)]);
        }
        m_buffer.remove(0, pos + qsizetype(len));
        const bool fin = b0 & 0x80;
        switch (opcode) {
        case 0x0: case 0x1: case 0x2:
            if (fin) {
                ++m_received;
                Q_EMIT traffic();
            }
            break;
        case 0x8: {
            const int code = payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 1005;
            const QString reason = QString::fromUtf8(payload.mid(2));
            if (!m_stopping && m_state == State::Open)
                sendFrame(0x8, payload.left(2));
            finish(code, reason);
            m_socket.disconnectFromHost();
            return;
        }
        case 0x9:
            if (m_settings.behaviour != SimBehaviour::NoPong)
                sendFrame(0xA, payload);
            break;
        default:
            break;
        }
    }
}

void SimulatedClient::onDisconnected()
{
    if (m_state != State::Closed)
        finish(m_upgraded ? 1006 : 0, m_upgraded ? tr("Connection lost without a close frame") : m_socket.errorString());
    deleteLater();
}

void SimulatedClient::sendFrame(int opcode, const QByteArray &payload)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray f;
    f.append(char(0x80 | opcode));
    const qsizetype n = payload.size();
    if (n < 126) {
        f.append(char(0x80 | n));
    } else if (n < 65536) {
        f.append(char(0x80 | 126));
        f.append(char(n >> 8)).append(char(n & 0xff));
    } else {
        f.append(char(0x80 | 127));
        for (int i = 7; i >= 0; --i)
            f.append(char((quint64(n) >> (8 * i)) & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    f.append(key, 4);
    const qsizetype start = f.size();
    f.append(payload);
    for (qsizetype i = 0; i < n; ++i)
        f[start + i] = char(f[start + i] ^ key[i % 4]);
    m_socket.write(f);
}

void SimulatedClient::finish(int code, const QString &reason)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer.stop();
    m_closeCode = code;
    m_closeReason = reason;
    Q_EMIT closed(code, reason);
}

SimulatedClients::SimulatedClients(QObject *parent) : QObject(parent)
{
    m_spawnTimer.setInterval(0);
    connect(&m_spawnTimer, &QTimer::timeout, this, &SimulatedClients::spawnBatch);
}

SimulatedClients::~SimulatedClients()
{
    m_spawnTimer.stop();
    for (const QPointer<SimulatedClient> &c : std::as_const(m_clients)) {
        if (c)
            delete c.data();
    }
}

bool SimulatedClients::spawn(const SimSettings &settings, int count, QString *error)
{
    const QUrl url = settings.config.url;
    if (url.scheme() != u"ws"_s || url.host().isEmpty()) {
        if (error)
            *error = tr("Simulated clients need a ws:// URL (they do their own handshake and have no TLS).");
        return false;
    }
    m_pendingSettings = settings;
    m_pending += qBound(0, count, 1000);
    m_spawnTimer.start();
    Q_EMIT changed();
    return true;
}

void SimulatedClients::spawnBatch()
{
    for (int i = 0; i < BatchSize && m_pending > 0; ++i, --m_pending) {
        auto *c = new SimulatedClient(m_pendingSettings, m_nextIndex++, this);
        connect(c, &SimulatedClient::opened, this, &SimulatedClients::changed);
        connect(c, &SimulatedClient::traffic, this, &SimulatedClients::changed);
        connect(c, &SimulatedClient::closed, this, [this, c](int code, const QString &reason) {
            ++m_closedCount;
            ++m_closeCodes[code];
            m_lastReasons[code] = reason;
            m_closedSent += c->sent();
            m_closedReceived += c->received();
            m_clients.removeAll(QPointer<SimulatedClient>(c));
            Q_EMIT changed();
        });
        m_clients.append(c);
        c->start();
    }
    if (m_pending <= 0)
        m_spawnTimer.stop();
    Q_EMIT changed();
}

void SimulatedClients::stopAll()
{
    m_pending = 0;
    m_spawnTimer.stop();
    const QList<QPointer<SimulatedClient>> clients = m_clients;
    for (const QPointer<SimulatedClient> &c : clients) {
        if (c)
            c->stopAndDelete();
    }
    m_clients.clear();
    Q_EMIT changed();
}

int SimulatedClients::connecting() const
{
    int n = m_pending;
    for (const auto &c : m_clients)
        n += (c && c->state() == SimulatedClient::State::Connecting) ? 1 : 0;
    return n;
}

int SimulatedClients::open() const
{
    int n = 0;
    for (const auto &c : m_clients)
        n += (c && c->state() == SimulatedClient::State::Open) ? 1 : 0;
    return n;
}

quint64 SimulatedClients::sent() const
{
    quint64 n = m_closedSent;
    for (const auto &c : m_clients)
        n += c ? c->sent() : 0;
    return n;
}

quint64 SimulatedClients::received() const
{
    quint64 n = m_closedReceived;
    for (const auto &c : m_clients)
        n += c ? c->received() : 0;
    return n;
}

} // namespace SocketScope
