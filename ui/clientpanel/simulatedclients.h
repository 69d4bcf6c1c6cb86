#pragma once

// Simulated clients for demos: many WebSocket clients on a plain QTcpSocket each, doing the
// handshake and framing themselves, so that they can misbehave in ways QWebSocket will not
// (never answering pings, reading slowly, sending invalid UTF-8 or oversized frames).

#include "clientconfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace SocketScope {

enum class SimBehaviour : quint8 {
    Idle,         // connects, authenticates, answers pings, says nothing
    Chatty,       // sends a text message at a fixed rate
    SlowReader,   // reads at most 1 KiB per second
    NoPong,       // never answers protocol pings (closed by the heartbeat with 1001)
    Oversized,    // sends one text message larger than the size limit (1009)
    InvalidUtf8,  // sends a text frame that is not UTF-8 (1007)
};

QString simBehaviourLabel(SimBehaviour b);   // translated

struct SimSettings
{
    ClientConfig config;          // ws:// URL and credential
    SimBehaviour behaviour = SimBehaviour::Idle;
    double messagesPerSecond = 1; // Chatty
    qint64 oversizedBytes = 64 * 1024 + 1;
};

class SimulatedClient : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8 { Connecting, Open, Closed };

    SimulatedClient(const SimSettings &settings, int index, QObject *parent = nullptr);

    void start();
    // Sends a Close frame (1000) and ends the TCP connection; deletes itself afterwards.
    void stopAndDelete();

    State state() const { return m_state; }
    int closeCode() const { return m_closeCode; }   // 0: closed before any close frame/handshake
    QString closeReason() const { return m_closeReason; }
    quint64 sent() const { return m_sent; }
    quint64 received() const { return m_received; }

Q_SIGNALS:
    void opened();
    void closed(int code, const QString &reason);
    void traffic();

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void processBuffer();
    void sendFrame(int opcode, const QByteArray &payload);
    void afterOpen();
    void finish(int code, const QString &reason);

    SimSettings m_settings;
    int m_index;
    QTcpSocket m_socket;
    QTimer m_timer;
    QByteArray m_buffer;
    State m_state = State::Connecting;
    bool m_upgraded = false;
    bool m_stopping = false;
    int m_closeCode = 0;
    QString m_closeReason;
    quint64 m_sent = 0;
    quint64 m_received = 0;
};

class SimulatedClients : public QObject
{
    Q_OBJECT
public:
    explicit SimulatedClients(QObject *parent = nullptr);
    ~SimulatedClients() override;

    // Starts `count` more clients, a batch per event-loop turn. False (and `error`) for a URL
    // that is not ws://.
    bool spawn(const SimSettings &settings, int count, QString *error = nullptr);
    void stopAll();

    int running() const { return int(m_clients.size()) + m_pending; }
    int connecting() const;
    int open() const;
    int closed() const { return m_closedCount; }
    quint64 sent() const;
    quint64 received() const;
    // Close code → how many clients were closed with it (0: no close frame).
    QHash<int, int> closeCodes() const { return m_closeCodes; }
    QHash<int, QString> lastReasons() const { return m_lastReasons; }

Q_SIGNALS:
    void changed();

private:
    void spawnBatch();

    QList<QPointer<SimulatedClient>> m_clients;
    SimSettings m_pendingSettings;
    int m_pending = 0;
    int m_nextIndex = 1;
    int m_closedCount = 0;
    quint64 m_closedSent = 0, m_closedReceived = 0;
    QHash<int, int> m_closeCodes;
    QHash<int, QString> m_lastReasons;
    QTimer m_spawnTimer;
};

} // namespace SocketScope
