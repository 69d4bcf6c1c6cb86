#pragma once

// The server side's connection inspector (issue 15), opened by double-clicking a connection:
// the handshake headers the server received (credentials redacted), auth method and identity
// (JWT claims when it was a JWT), rooms and topics, counters, and — with "Capture frames" on —
// the connection's last N frames both ways. Send to this connection; make it join or leave a
// room. Everything goes through AdminService (the `inspect`, `capture`, `send`, `join_room`,
// `leave_room` commands of /ws/admin); the dialog polls `inspect` a few times a second and
// only asks for the frames it has not seen.

#include "monitor/snapshot.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace SocketScope {

class ServerHost;
class XrayFrameModel;
struct AdminCommand;

class ConnectionInspector : public QDialog
{
    Q_OBJECT
public:
    ConnectionInspector(ServerHost *host, quint64 connectionId, QWidget *parent = nullptr);
    ~ConnectionInspector() override;

    quint64 connectionId() const { return m_id; }
    XrayFrameModel *frames() const { return m_model; }
    // The last `inspect` answer as received.
    QJsonObject details() const { return m_details; }
    QString detailsText() const;
    QString statusText() const;
    bool connectionGone() const { return m_gone; }

    void setCapture(bool on);
    bool capturing() const;
    void sendText(const QString &text);
    void joinRoom(const QString &room);
    void leaveRoom(const QString &room);
    // Asks for fresh details now (the timer does it four times a second).
    void refresh();

Q_SIGNALS:
    void refreshed();
    void commandDone(bool ok, const QString &message);

private:
    void onResult(const AdminResult &result);
    void command(const AdminCommand &c);
    void display(const QJsonObject &answer);

    QPointer<ServerHost> m_host;
    quint64 m_id;
    QTimer m_poll;
    quint64 m_inspectRequest = 0;
    QList<quint64> m_commandRequests;
    quint64 m_lastSeq = 0;
    bool m_gone = false;
    bool m_captureAsked = false;
    QJsonObject m_details;

    QLabel *m_title;
    QPlainTextEdit *m_text;
    QCheckBox *m_capture;
    QSpinBox *m_captureFrames;
    XrayFrameModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_bytes;
    QLineEdit *m_message;
    QLineEdit *m_room;
    QLabel *m_status;
};

} // namespace SocketScope
