#pragma once

// A WebSocket client that does its own framing, so that every byte can be shown: the opening
// handshake as sent and received, and each frame with its header fields. Used by
// `socketscope client` (SPEC §10); Qt Core and Network only.

#include "wsframe.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class QTcpSocket;

namespace SocketScope::Xray {

enum class AuthMethod { None, Query, Header, Cookie, Message };

struct ClientOptions
{
    QUrl url;
    AuthMethod auth = AuthMethod::None;
    QString token;
    QList<QPair<QByteArray, QByteArray>> headers; // extra request headers, as given
    QStringList subprotocols;
    std::optional<quint32> maskKey; // a fixed masking key (reproducible output); random otherwise
    std::optional<QByteArray> handshakeKey; // a fixed Sec-WebSocket-Key (reproducible output)
    bool insecure = false;          // wss: accept any certificate
    int closeTimeoutMs = 3000;      // after our Close: how long to wait for the server's
};

class Client : public QObject
{
    Q_OBJECT
public:
    explicit Client(ClientOptions options, QObject *parent = nullptr);
    ~Client() override;

    void open();
    bool isOpen() const { return m_state == State::Open; }
    // Connecting while TCP/TLS or the handshake is under way; Closing after a Close frame.
    QAbstractSocket::SocketState socketState() const;
    bool closeSent() const { return m_closeSent; }

    // A data message, split into `fragments` frames (1 = one frame).
    void sendText(const QByteArray &utf8, int fragments = 1);
    void sendBinary(const QByteArray &bytes, int fragments = 1);
    void sendPing(const QByteArray &payload);
    void sendClose(quint16 code, const QByteArray &reason);
    // Ends the conversation: Close if open, TCP abort otherwise.
    void abort();
    // Hands what was written to the kernel now (before the client is destroyed, say).
    void flush();

    static QByteArray buildAuthMessage(const QString &token);

Q_SIGNALS:
    void requestSent(const QByteArray &rawHeader);
    void responseReceived(const QByteArray &rawHeader, const QByteArray &key, const QByteArray &accept);
    void opened();
    void frameSent(const SocketScope::Xray::Frame &frame, bool textual);
    void frameReceived(const SocketScope::Xray::Frame &frame, bool textual);
    void textMessage(const QString &text);
    void binaryMessage(const QByteArray &bytes);
    // After the TCP connection ended; code 1005 when the Close had none, 1006 when none came.
    void finished(int code, const QString &reason, bool clean);
    void failed(const QString &error);

private:
    enum class State { Idle, Connecting, Handshake, Open, Closing, Done };
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void handleHandshake();
    void handleFrame(const Frame &frame);
    void sendFrame(Frame frame, bool textual);
    void sendData(quint8 opcode, const QByteArray &payload, int fragments);
    void fail(const QString &error);
    quint32 nextMaskKey() const;

    ClientOptions m_options;
    QTcpSocket *m_socket = nullptr;
    State m_state = State::Idle;
    QByteArray m_key;
    QByteArray m_header;
    FrameReader m_reader;
    quint8 m_messageOpcode = 0; // opcode of the message being received, 0 when none
    QByteArray m_message;
    bool m_closeSent = false;
    bool m_closeReceived = false;
    int m_closeCode = 1006;
    QString m_closeReason;
    QTimer m_closeTimer;
};

} // namespace SocketScope::Xray
