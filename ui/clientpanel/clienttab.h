#pragma once

// One client of the client panel: its URL and auth method, its QWebSocket, a message editor
// and a message log. Talks to any ws:// or wss:// server over real sockets.

#include "clientconfig.h"
#include "messagelog.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QIcon>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QToolButton;
class QTabWidget;
class QWebSocket;

namespace SocketScope {

namespace Xray {
class Client;
}
class XrayView;

class ServerHost;
class SnippetStore;

class ClientTab : public QWidget
{
    Q_OBJECT
public:
    enum class SendMode : quint8 { Text, Json, BinaryHex };
    enum class CodeKind : quint8 { JavaScript, Python, Wscat };

    ClientTab(ServerHost *host, SnippetStore *snippets, QWidget *parent = nullptr);
    ~ClientTab() override;

    // Configuration (what the widgets show).
    ClientConfig config() const;
    EndpointKind endpointKind() const;
    void setEndpoint(EndpointKind kind);
    void setClientId(qint64 id);
    void setRoom(const QString &room);
    void setTopic(const QString &topic);
    void setUrlText(const QString &url);
    QString urlText() const;
    void setAuth(ClientAuth auth);
    // What choosing a method in the Auth box does after it: a demo session for the cookie
    // method, a demo token for the others, in place of a demo credential of the other kind.
    void matchCredentialToAuth();
    // The log view keeps its newest row in view (its scroll bar is at the bottom).
    bool logFollows() const { return m_followLog; }
    QTableView *logView() const { return m_view; }
    ClientAuth auth() const;
    void setCredential(const QString &credential);
    QString credential() const;
    QString credentialTravelText() const;
    QString credentialWarningText() const;
    // Custom parts of the upgrade request (taken at the next connect).
    void setExtraHeaders(const HeaderList &headers);
    void setQueryItems(const QList<std::pair<QString, QString>> &items);
    void setSubprotocols(const QStringList &protocols);

    // X-ray: the next connection speaks WebSocket through Xray::Client (own framing) so that
    // the handshake and every frame can be shown; off, QWebSocket as before.
    void setXray(bool on);
    bool xray() const;
    XrayView *xrayView() const { return m_xrayView; }
    QTabWidget *views() const { return m_views; }
    // Data messages are sent in this many frames (X-ray connections only).
    void setFragments(int frames);
    int fragments() const;

    // Connection.
    QAbstractSocket::SocketState socketState() const;
    bool isOpen() const { return socketState() == QAbstractSocket::ConnectedState; }
    QString stateText() const;
    QString rttText() const;
    void setAutoReconnect(bool on);
    int reconnectAttempts() const { return m_reconnectAttempts; }

    // Sending.
    void setSendMode(SendMode mode);
    SendMode sendMode() const;
    void setMessageText(const QString &text);
    QString messageText() const;
    QString sendError() const;
    QStringList history() const { return m_history; }

    MessageLogModel *log() const { return m_log; }
    QSortFilterProxyModel *logProxy() const { return m_proxy; }
    void setSearchText(const QString &text);

    QString codeSnippet(CodeKind kind) const;
    // Signs a JWT with the host's secret and uses it as the credential (header auth unless the
    // method already takes a token).
    bool makeJwt(qint64 userId, const QString &name, const QString &role, qint64 ttlSecs);

    bool saveTranscriptTo(const QString &fileName, QString *error = nullptr) const;
    bool loadTranscriptFrom(const QString &fileName, QString *error = nullptr);

    QString title() const;
    QIcon stateIcon() const;

public Q_SLOTS:
    void connectToServer();
    // Closes with the code and reason in the close fields.
    void disconnectFromServer();
    void closeWith(int code, const QString &reason);
    // Validates and sends the editor's content. False when refused (see sendError()).
    bool send();
    void ping();
    // A ping frame with this payload (at most 125 bytes).
    void sendPing(const QByteArray &payload);
    void editRequestOptions();
    void decodeJwt();
    void prettyPrint();
    void sendFile();
    void copyAsCode(CodeKind kind);
    void chooseJwt();
    void saveTranscript();
    void loadTranscript();
    void focusEditor();

Q_SIGNALS:
    void titleChanged();
    void stateChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void rebuildUrl();
    void onUrlEdited(const QString &text);
    void onIdentityChosen(int index);
    void updateEndpointFields();
    void updateTravel();
    void updateButtons();
    void updateState(const QString &text);
    void syncIdentityCombo();
    void refreshSnippets();
    void applySnippet(int index);
    void saveSnippet();
    void deleteSnippet();
    void recallHistory(int step);

    void addLog(LogEntry::Direction dir, LogEntry::Kind kind, const QString &text,
                const QByteArray &data = {}, qint64 size = -1, const QString &note = {});
    void onConnected();
    void onDisconnected();
    // After the connection ended, whichever client had it: logs and shows why.
    void onClosed(int code, const QString &reason, const QString &error);
    void startXray(const ClientConfig &config);
    void updateOptionsButton();
    void onError(QAbstractSocket::SocketError error);
    void scheduleReconnect();
    QString baseUrl() const;
    bool sendBinary(const QByteArray &data, const QString &note);

    ServerHost *m_host;
    SnippetStore *m_snippets;
    QPointer<QWebSocket> m_socket;
    QPointer<Xray::Client> m_xray;   // instead of m_socket while an X-ray connection lives
    MessageLogModel *m_log;
    QSortFilterProxyModel *m_proxy;

    // Connection widgets.
    QComboBox *m_endpoint = nullptr;
    QSpinBox *m_clientId = nullptr;
    QLineEdit *m_room = nullptr;
    QLineEdit *m_topic = nullptr;
    QLabel *m_clientIdLabel = nullptr;
    QLabel *m_roomLabel = nullptr;
    QLabel *m_topicLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_auth = nullptr;
    QComboBox *m_identity = nullptr;
    QLineEdit *m_credential = nullptr;
    QPushButton *m_makeJwt = nullptr;
    QPushButton *m_decodeJwt = nullptr;
    QPushButton *m_requestOptions = nullptr;
    QCheckBox *m_xrayCheck = nullptr;
    QLabel *m_travel = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
    QSpinBox *m_closeCode = nullptr;
    QLineEdit *m_closeReason = nullptr;
    QCheckBox *m_autoReconnect = nullptr;
    QPushButton *m_ping = nullptr;
    QLabel *m_rtt = nullptr;
    QPushButton *m_copyCode = nullptr;
    QLabel *m_state = nullptr;

    // Log widgets.
    QTabWidget *m_views = nullptr;   // the message log and the X-ray
    XrayView *m_xrayView = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    bool m_followLog = true;   // the log view stays at its newest row
    QPlainTextEdit *m_detail = nullptr;

    // Send widgets.
    QComboBox *m_mode = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_sendError = nullptr;
    QPushButton *m_send = nullptr;
    QComboBox *m_snippetCombo = nullptr;
    QSpinBox *m_fragments = nullptr;

    HeaderList m_extraHeaders;
    QList<std::pair<QString, QString>> m_queryItems;
    QStringList m_subprotocols;
    QByteArray m_pingPayload;      // of the last ping sent over X-ray, for its RTT
    QElapsedTimer m_pingSentAt;

    QStringList m_history;
    QList<SendMode> m_historyModes;
    int m_historyPos = -1;       // -1: editing a new message
    QString m_draft;

    bool m_userClosing = false;
    bool m_wasOpen = false;
    bool m_buildingUrl = false;
    QString m_lastError;
    QString m_stateText;
    QString m_rttText;
    QElapsedTimer m_openedAt;
    QTimer m_reconnectTimer;
    int m_reconnectAttempts = 0;
    quint64 m_pingCounter = 0;
    ClientConfig m_activeConfig;   // the one the socket was opened with
    QString m_hostBase;            // the server's listen URL the URL field was built from
    bool m_failureLogged = false;
};

} // namespace SocketScope
