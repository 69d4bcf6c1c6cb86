#include "clienttab.h"

#include "jsoncheck.h"
#include "jwtdialog.h"
#include "requestdialogs.h"
#include "xray/xrayclient.h"
#include "xrayframemodel.h"
#include "xrayview.h"
#include "auth/redact.h"
#include "serverhost.h"
#include "snippetstore.h"
#include "uiformat.h"

#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
constexpr int StableConnectionMs = 5000;
constexpr int MaxReconnectDelayMs = 30000;

QString describeCloseTr(int code, const QString &reason)
{
    QString s = QString::number(code) + u' ' + UiFormat::closeCodeMeaning(code);
    if (!reason.isEmpty())
        s += u": "_s + reason;
    return s;
}

QIcon dotIcon(const QColor &color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pm);
}

struct HexResult
{
    QByteArray data;
    QString error;
    int offset = -1;
};

// Hex digits with optional whitespace, ':' ',' '-' separators and "0x" prefixes.
HexResult parseHex(const QString &text)
{
    HexResult r;
    QByteArray digits;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u':' || c == u',' || c == u'-')
            continue;
        if (c == u'0' && i + 1 < text.size() && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X')
            && digits.size() % 2 == 0) {
            ++i;
            continue;
        }
        if (!isxdigit(c.toLatin1()) || c.unicode() > 0x7f) {
            const QString before = text.left(i);
            const int line = int(before.count(u'\n')) + 1;
            const int column = int(i - (before.lastIndexOf(u'\n') + 1)) + 1;
            r.error = ClientTab::tr("Line %1, column %2: '%3' is not a hex digit").arg(line).arg(column).arg(c);
            r.offset = i;
            return r;
        }
        digits.append(c.toLatin1());
    }
    if (digits.size() % 2 != 0) {
        r.error = ClientTab::tr("Odd number of hex digits: each byte needs two.");
        r.offset = int(text.size());
        return r;
    }
    r.data = QByteArray::fromHex(digits);
    return r;
}

QString redactedHeaders(const ClientConfig &c)
{
    QStringList parts;
    if (c.auth == ClientAuth::Cookie)
        parts << u"Cookie: session_id="_s + redactSecret(c.credential);
    else if (c.auth == ClientAuth::Header)
        parts << u"Authorization: Bearer "_s + redactSecret(c.credential);
    return parts.join(u" · "_s);
}

} // namespace

ClientTab::ClientTab(ServerHost *host, SnippetStore *snippets, QWidget *parent)
    : QWidget(parent), m_host(host), m_snippets(snippets)
{
    m_log = new MessageLogModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_log);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ClientTab::connectToServer);

    buildUi();

    m_hostBase = m_host ? m_host->listenUrl() : QString();
    m_buildingUrl = true;
    m_url->setText(endpointUrl(baseUrl(), EndpointKind::Chat, 1, QString(), QString()).toString());
    m_buildingUrl = false;
    setEndpoint(EndpointKind::Chat);
    setAuth(ClientAuth::Query);
    setCredential(u"secret-token"_s);

    if (m_host) {
        connect(m_host, &ServerHost::started, this, [this](bool ok, const QString &url) {
            if (!ok || url.isEmpty())
                return;
            const QUrl current(m_url->text().trimmed());
            const QUrl oldBase(m_hostBase);
            if (m_hostBase.isEmpty() || m_url->text().trimmed().isEmpty()
                || (current.host() == oldBase.host() && current.port() == oldBase.port())) {
                QUrl u = current;
                const QUrl b(url);
                u.setScheme(b.scheme());
                u.setHost(b.host());
                u.setPort(b.port());
                m_url->setText(u.toString());
                onUrlEdited(m_url->text());
            }
            m_hostBase = url;
        });
    }
    updateButtons();
    updateState(tr("Not connected"));
}

ClientTab::~ClientTab()
{
    if (m_xray) {
        m_xray->disconnect(this);
        if (m_xray->isOpen()) {
            m_xray->sendClose(QWebSocketProtocol::CloseCodeGoingAway, "Client closed");
            m_xray->flush();
        } else {
            m_xray->abort();
        }
    }
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_socket->state() == QAbstractSocket::ConnectedState) {
            m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("Client closed"));   // on the wire: not translated
            m_socket->flush();
        }
        m_socket->abort();
    }
}

void ClientTab::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);

    // --- Connection -------------------------------------------------------------------------
    auto *conn = new QGroupBox(tr("Connection"), this);
    auto *grid = new QGridLayout(conn);
    grid->setColumnStretch(1, 1);

    m_endpoint = new QComboBox(conn);
    m_endpoint->setObjectName(u"endpoint"_s);
    for (EndpointKind k : {EndpointKind::Echo, EndpointKind::Chat, EndpointKind::Admin, EndpointKind::Manager,
                           EndpointKind::Room, EndpointKind::Subscribe})
        m_endpoint->addItem(tr("%1 — %2").arg(endpointPattern(k), UiFormat::endpointName(k)), int(k));
    m_endpoint->addItem(tr("Custom URL"), int(EndpointKind::Unknown));
    m_clientId = new QSpinBox(conn);
    m_clientId->setObjectName(u"clientId"_s);
    m_clientId->setRange(0, 999'999'999);
    m_clientId->setValue(1);
    m_room = new QLineEdit(u"lobby"_s, conn);
    m_room->setObjectName(u"room"_s);
    m_topic = new QLineEdit(u"prices"_s, conn);
    m_topic->setObjectName(u"topic"_s);
    m_clientIdLabel = new QLabel(tr("client_&id:"), conn);
    m_clientIdLabel->setBuddy(m_clientId);
    m_roomLabel = new QLabel(tr("roo&m_id:"), conn);
    m_roomLabel->setBuddy(m_room);
    m_topicLabel = new QLabel(tr("to&pic:"), conn);
    m_topicLabel->setBuddy(m_topic);
    auto *endpointRow = new QHBoxLayout;
    endpointRow->addWidget(m_endpoint, 1);
    endpointRow->addWidget(m_clientIdLabel);
    endpointRow->addWidget(m_clientId);
    endpointRow->addWidget(m_roomLabel);
    endpointRow->addWidget(m_room, 1);
    endpointRow->addWidget(m_topicLabel);
    endpointRow->addWidget(m_topic, 1);
    auto *endpointLabel = new QLabel(tr("&Endpoint:"), conn);
    endpointLabel->setBuddy(m_endpoint);
    grid->addWidget(endpointLabel, 0, 0);
    grid->addLayout(endpointRow, 0, 1);

    m_url = new QLineEdit(conn);
    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(tr("ws://host:port/path or wss://…"));
    m_url->setToolTip(tr("The endpoint's URL. Type any ws:// or wss:// URL; the credential is added "
                         "when connecting, by the method chosen below."));
    auto *urlLabel = new QLabel(tr("&URL:"), conn);
    urlLabel->setBuddy(m_url);
    grid->addWidget(urlLabel, 1, 0);
    grid->addWidget(m_url, 1, 1);

    m_auth = new QComboBox(conn);
    m_auth->setObjectName(u"auth"_s);
    for (ClientAuth a : {ClientAuth::None, ClientAuth::Query, ClientAuth::Cookie, ClientAuth::Header, ClientAuth::Message})
        m_auth->addItem(clientAuthLabel(a), int(a));
    m_identity = new QComboBox(conn);
    m_identity->setObjectName(u"identity"_s);
    m_identity->addItem(tr("Typed / custom"), QString());
    m_identity->addItem(tr("secret-token — API token of john_doe"), u"secret-token"_s);
    m_identity->addItem(tr("valid-token — API token of alice (admin)"), u"valid-token"_s);
    m_identity->addItem(tr("abc123 — session of alice (admin)"), u"abc123"_s);
    m_identity->addItem(tr("xyz789 — session of bob"), u"xyz789"_s);
    m_identity->addItem(tr("not-a-token — invalid (to see 1008)"), u"not-a-token"_s);
    m_identity->setToolTip(tr("The demo identities created in an empty database"));
    m_credential = new QLineEdit(conn);
    m_credential->setObjectName(u"credential"_s);
    m_credential->setPlaceholderText(tr("token or session id"));
    m_makeJwt = new QPushButton(tr("Make &JWT…"), conn);
    m_makeJwt->setObjectName(u"makeJwt"_s);
    m_makeJwt->setToolTip(tr("Have the running server sign a JWT for a user, role and lifetime"));
    m_makeJwt->setEnabled(m_host != nullptr);
    auto *authRow = new QHBoxLayout;
    authRow->addWidget(m_auth, 2);
    authRow->addWidget(m_identity, 3);
    m_decodeJwt = new QPushButton(tr("Decode J&WT…"), conn);
    m_decodeJwt->setObjectName(u"decodeJwt"_s);
    m_decodeJwt->setToolTip(tr("Show the header, claims and expiry of the JWT in the credential field"));
    auto *credentialRow = new QHBoxLayout;
    credentialRow->addWidget(m_credential, 1);
    credentialRow->addWidget(m_makeJwt);
    credentialRow->addWidget(m_decodeJwt);
    auto *authLabel = new QLabel(tr("&Auth:"), conn);
    authLabel->setBuddy(m_auth);
    grid->addWidget(authLabel, 2, 0);
    grid->addLayout(authRow, 2, 1);
    auto *credentialLabel = new QLabel(tr("Creden&tial:"), conn);
    credentialLabel->setBuddy(m_credential);
    grid->addWidget(credentialLabel, 3, 0);
    grid->addLayout(credentialRow, 3, 1);

    m_travel = new QLabel(conn);
    m_travel->setObjectName(u"travel"_s);
    m_travel->setWordWrap(true);
    m_travel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_travel, 7, 1);
    m_warning = new QLabel(conn);
    m_warning->setObjectName(u"warning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"QLabel { color: %1; font-weight: bold; }"_s.arg(Theme::warningText().name()));
    grid->addWidget(m_warning, 8, 1);

    m_connect = new QPushButton(tr("&Connect"), conn);
    m_connect->setObjectName(u"connect"_s);
    m_disconnect = new QPushButton(tr("&Disconnect"), conn);
    m_disconnect->setObjectName(u"disconnect"_s);
    m_disconnect->setToolTip(tr("Close with the code and reason beside"));
    m_closeCode = new QSpinBox(conn);
    m_closeCode->setObjectName(u"closeCode"_s);
    m_closeCode->setRange(1000, 4999);
    m_closeCode->setValue(1000);
    m_closeCode->setToolTip(tr("Close code to send: 1000–1003, 1007–1014 or 3000–4999"));
    m_closeReason = new QLineEdit(conn);
    m_closeReason->setObjectName(u"closeReason"_s);
    m_closeReason->setPlaceholderText(tr("reason (optional)"));
    m_closeReason->setMaxLength(123);
    m_autoReconnect = new QCheckBox(tr("Auto-&reconnect"), conn);
    m_autoReconnect->setObjectName(u"autoReconnect"_s);
    m_autoReconnect->setToolTip(tr("Reconnect after the server or the network closes the connection, "
                                   "waiting 1, 2, 4 … up to 30 s"));
    m_ping = new QPushButton(tr("P&ing"), conn);
    m_ping->setObjectName(u"ping"_s);
    m_ping->setToolTip(tr("Send a protocol ping frame; the pong's round-trip time is shown"));
    m_rtt = new QLabel(tr("RTT: —"), conn);
    m_rtt->setObjectName(u"rtt"_s);
    m_copyCode = new QPushButton(tr("Copy as c&ode"), conn);
    m_copyCode->setObjectName(u"copyCode"_s);
    auto *codeMenu = new QMenu(m_copyCode);
    codeMenu->addAction(tr("JavaScript (browser WebSocket)"), this, [this] { copyAsCode(CodeKind::JavaScript); });
    codeMenu->addAction(tr("Python (websockets)"), this, [this] { copyAsCode(CodeKind::Python); });
    codeMenu->addAction(tr("wscat command line"), this, [this] { copyAsCode(CodeKind::Wscat); });
    m_copyCode->setMenu(codeMenu);

    // Two short rows, so that the connection column stays narrow beside the log; right under the
    // credential, so Connect is in view even in a short dock (the explanations follow below).
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_connect);
    actionRow->addWidget(m_disconnect);
    auto *codeLabel = new QLabel(tr("c&ode:"), conn);
    codeLabel->setBuddy(m_closeCode);
    actionRow->addWidget(codeLabel);
    actionRow->addWidget(m_closeCode);
    actionRow->addWidget(m_closeReason, 1);
    grid->addLayout(actionRow, 4, 0, 1, 2);
    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(m_autoReconnect);
    toolRow->addStretch(1);
    toolRow->addWidget(m_ping);
    toolRow->addWidget(m_rtt);
    toolRow->addWidget(m_copyCode);
    grid->addLayout(toolRow, 5, 0, 1, 2);

    m_state = new QLabel(conn);
    m_state->setObjectName(u"state"_s);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *stateLabel = new QLabel(tr("State:"), conn);
    grid->addWidget(stateLabel, 9, 0);
    grid->addWidget(m_state, 9, 1);
    grid->setRowStretch(10, 1);

    m_requestOptions = new QPushButton(conn);
    m_requestOptions->setObjectName(u"requestOptions"_s);
    m_requestOptions->setToolTip(tr("Custom headers, query parameters and subprotocols of the opening handshake"));
    m_xrayCheck = new QCheckBox(tr("&X-ray"), conn);
    m_xrayCheck->setObjectName(u"xray"_s);
    m_xrayCheck->setToolTip(tr("Show the opening handshake and every frame, both ways (takes effect when connecting)"));
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_requestOptions);
    requestRow->addStretch(1);
    requestRow->addWidget(m_xrayCheck);
    grid->addLayout(requestRow, 6, 0, 1, 2);
    updateOptionsButton();

    // --- Log --------------------------------------------------------------------------------
    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *logBar = new QHBoxLayout;
    m_search = new QLineEdit(logBox);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search the log…"));
    m_search->setClearButtonEnabled(true);
    auto *save = new QPushButton(tr("&Save transcript…"), logBox);
    save->setToolTip(tr("Save this log as JSON Lines (credentials redacted)"));
    auto *clear = new QPushButton(tr("C&lear"), logBox);
    logBar->addWidget(m_search, 1);
    logBar->addWidget(save);
    logBar->addWidget(clear);
    logLayout->addLayout(logBar);

    auto *logSplit = new QSplitter(Qt::Horizontal, logBox);
    m_view = new QTableView(logSplit);
    m_view->setObjectName(u"log"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int w = fontMetrics().horizontalAdvance(u"00:00:00.000__"_s);
    m_view->setColumnWidth(MessageLogModel::TimeColumn, w);
    m_view->setColumnWidth(MessageLogModel::DirectionColumn, fontMetrics().horizontalAdvance(tr("← received")) + 16);
    m_view->setColumnWidth(MessageLogModel::TypeColumn, fontMetrics().horizontalAdvance(u"binary__"_s) + 8);
    m_view->setColumnWidth(MessageLogModel::SizeColumn, fontMetrics().horizontalAdvance(u"100.0 KiB_"_s) + 8);
    m_detail = new QPlainTextEdit(logSplit);
    m_detail->setObjectName(u"detail"_s);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a message to see it whole (JSON pretty-printed, binary as a hex dump)."));
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    logSplit->addWidget(m_view);
    logSplit->addWidget(m_detail);
    logSplit->setStretchFactor(0, 3);
    logSplit->setStretchFactor(1, 1);
    logLayout->addWidget(logSplit, 1);

    m_views = new QTabWidget(this);
    m_views->setObjectName(u"clientViews"_s);
    m_views->setDocumentMode(true);
    m_xrayView = new XrayView(m_views);
    m_xrayView->setObjectName(u"xrayView"_s);
    m_views->addTab(logBox, tr("Messages"));
    m_views->addTab(m_xrayView, tr("X-ray: handshake and frames"));

    // --- Send -------------------------------------------------------------------------------
    //: Title of the group box with the message editor (noun-like heading, "what to send")
    auto *sendBox = new QGroupBox(tr("Send"), this);
    auto *sendLayout = new QVBoxLayout(sendBox);
    auto *sendBar = new QHBoxLayout;
    m_mode = new QComboBox(sendBox);
    m_mode->setObjectName(u"sendMode"_s);
    m_mode->addItem(tr("Text"), int(SendMode::Text));
    m_mode->addItem(tr("JSON (validated)"), int(SendMode::Json));
    m_mode->addItem(tr("Binary (hex)"), int(SendMode::BinaryHex));
    auto *pretty = new QPushButton(tr("&Pretty-print"), sendBox);
    pretty->setObjectName(u"prettyPrint"_s);
    auto *file = new QPushButton(tr("Binary from &file…"), sendBox);
    m_snippetCombo = new QComboBox(sendBox);
    m_snippetCombo->setObjectName(u"snippets"_s);
    m_snippetCombo->setMinimumContentsLength(8);
    m_snippetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Saving and deleting snippets share one small menu button beside the list, so that the
    // composer's rows stay narrow enough for the dock of a 1024 px window.
    auto *snipMenuButton = new QToolButton(sendBox);
    snipMenuButton->setObjectName(u"snippetMenu"_s);
    snipMenuButton->setText(u"…"_s);
    snipMenuButton->setPopupMode(QToolButton::InstantPopup);
    auto *snipMenu = new QMenu(snipMenuButton);
    QAction *saveSnip = snipMenu->addAction(tr("Save snippet…"));
    QAction *delSnip = snipMenu->addAction(tr("Delete snippet"));
    snipMenuButton->setMenu(snipMenu);
    snipMenuButton->setToolTip(u"%1 / %2"_s.arg(saveSnip->text(), delSnip->text()));
    // Send on the first row, so it stays in view when the dock is short; the snippets go
    // under the editor (one long row made the column wider than a 1024 px window's dock).
    sendBar->addWidget(m_mode);
    sendBar->addWidget(pretty);
    sendBar->addWidget(file);
    sendBar->addStretch(1);
    m_fragments = new QSpinBox(sendBox);
    m_fragments->setObjectName(u"fragments"_s);
    m_fragments->setRange(1, 64);
    m_fragments->setToolTip(tr("Send each message fragmented into this many frames: the first with the text or "
                               "binary opcode and FIN=0, then continuation frames, the last with FIN=1 "
                               "(X-ray connections only)"));
    auto *fragmentsLabel = new QLabel(tr("Fra&gments:"), sendBox);
    fragmentsLabel->setBuddy(m_fragments);
    sendBar->addWidget(fragmentsLabel);
    sendBar->addWidget(m_fragments);
    sendLayout->addLayout(sendBar);
    m_editor = new QPlainTextEdit(sendBox);
    m_editor->setObjectName(u"editor"_s);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("Message. Ctrl+Enter sends; Up/Down on the first/last line recall sent messages."));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    sendLayout->addWidget(m_editor, 1);
    auto *sendRow = new QHBoxLayout;
    m_sendError = new QLabel(sendBox);
    m_sendError->setObjectName(u"sendError"_s);
    m_sendError->setWordWrap(true);
    m_sendError->setStyleSheet(u"QLabel { color: %1; }"_s.arg(Theme::errorText().name()));
    m_send = new QPushButton(tr("&Send"), sendBox);
    m_send->setObjectName(u"send"_s);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    sendBar->addWidget(m_send);
    sendRow->addWidget(m_snippetCombo);
    sendRow->addWidget(snipMenuButton);
    sendRow->addWidget(m_sendError, 1);
    sendLayout->addLayout(sendRow);

    // Connection settings on the left, the log over the composer on the right: in the wide,
    // short dock everything (URL, auth, Connect, log, Send) is visible without scrolling.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_views);
    split->addWidget(sendBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(u"clientColumns"_s);
    columns->addWidget(conn);
    columns->addWidget(split);
    columns->setStretchFactor(0, 2);
    columns->setStretchFactor(1, 3);
    columns->setChildrenCollapsible(false);
    outer->addWidget(columns, 1);

    // Combos as narrow as their shortest useful text: long demo names must not make the
    // connection column (and with it the dock) wider than a small window.
    // (QComboBox's minimum size hint stays its longest item's width, whatever the adjust
    // policy: the horizontal policy is Ignored, with an explicit minimum instead.)
    for (QComboBox *combo : {m_endpoint, m_auth, m_identity}) {
        QSizePolicy policy = combo->sizePolicy();
        policy.setHorizontalPolicy(QSizePolicy::Ignored);
        combo->setSizePolicy(policy);
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 14);
    }
    // The explanations wrap to the column's width; a long URL in them (no break points) must
    // not set the column's minimum width. The whole text is in the tooltip.
    for (QLabel *label : {m_travel, m_warning, m_state}) {
        QSizePolicy policy = label->sizePolicy();
        policy.setHorizontalPolicy(QSizePolicy::Ignored);
        label->setSizePolicy(policy);
        label->setMinimumWidth(0);
    }
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setMinimumContentsLength(8);

    // --- Wiring -----------------------------------------------------------------------------
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, [this] {
        updateEndpointFields();
        rebuildUrl();
    });
    connect(m_clientId, &QSpinBox::valueChanged, this, &ClientTab::rebuildUrl);
    connect(m_room, &QLineEdit::textEdited, this, &ClientTab::rebuildUrl);
    connect(m_topic, &QLineEdit::textEdited, this, &ClientTab::rebuildUrl);
    connect(m_url, &QLineEdit::textEdited, this, &ClientTab::onUrlEdited);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        updateTravel();
        Q_EMIT titleChanged();
    });
    connect(m_url, &QLineEdit::returnPressed, this, &ClientTab::connectToServer);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateTravel();
        updateButtons();
    });
    // A method picked by the user brings a demo credential that fits it (a session for the
    // cookie, a token for the others) in place of a demo credential that does not.
    connect(m_auth, &QComboBox::activated, this, &ClientTab::matchCredentialToAuth);
    connect(m_identity, &QComboBox::activated, this, &ClientTab::onIdentityChosen);
    connect(m_credential, &QLineEdit::textChanged, this, [this] {
        syncIdentityCombo();
        updateTravel();
    });
    connect(m_makeJwt, &QPushButton::clicked, this, &ClientTab::chooseJwt);
    connect(m_decodeJwt, &QPushButton::clicked, this, &ClientTab::decodeJwt);
    connect(m_requestOptions, &QPushButton::clicked, this, &ClientTab::editRequestOptions);
    connect(m_xrayCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_xrayView->setXrayEnabled(on);
        m_views->setCurrentIndex(on ? 1 : 0);
        updateButtons();
    });
    connect(m_xrayView, &XrayView::pingRequested, this, &ClientTab::sendPing);
    connect(m_connect, &QPushButton::clicked, this, &ClientTab::connectToServer);
    connect(m_disconnect, &QPushButton::clicked, this, &ClientTab::disconnectFromServer);
    connect(m_ping, &QPushButton::clicked, this, &ClientTab::ping);
    connect(m_autoReconnect, &QCheckBox::toggled, this, [this](bool on) {
        if (!on && m_reconnectTimer.isActive()) {
            m_reconnectTimer.stop();
            updateState(tr("Not connected (auto-reconnect off)"));
        }
        updateButtons();
    });
    // The log follows new rows while its scroll bar is at the bottom, whether or not a row is
    // selected; scrolling up stops it, back to the bottom resumes it.
    QScrollBar *logScroll = m_view->verticalScrollBar();
    connect(logScroll, &QScrollBar::valueChanged, this, [this, logScroll](int value) {
        m_followLog = value >= logScroll->maximum() - 2;
    });
    connect(logScroll, &QScrollBar::rangeChanged, this, [this, logScroll](int, int max) {
        if (m_followLog)
            logScroll->setValue(max);
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(save, &QPushButton::clicked, this, &ClientTab::saveTranscript);
    connect(clear, &QPushButton::clicked, m_log, &MessageLogModel::clear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detail->setPlainText(current.isValid() ? current.data(MessageLogModel::DetailRole).toString() : QString());
            });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_sendError->clear();
    });
    connect(pretty, &QPushButton::clicked, this, &ClientTab::prettyPrint);
    connect(file, &QPushButton::clicked, this, &ClientTab::sendFile);
    connect(m_send, &QPushButton::clicked, this, [this] { send(); });
    connect(m_snippetCombo, &QComboBox::activated, this, &ClientTab::applySnippet);
    connect(saveSnip, &QAction::triggered, this, &ClientTab::saveSnippet);
    connect(delSnip, &QAction::triggered, this, &ClientTab::deleteSnippet);
    if (m_snippets)
        connect(m_snippets, &SnippetStore::changed, this, &ClientTab::refreshSnippets);
    refreshSnippets();
    updateEndpointFields();
}

// --- Configuration ---------------------------------------------------------------------------

QString ClientTab::baseUrl() const
{
    const QUrl u(m_url->text().trimmed());
    if (u.isValid() && (u.scheme() == u"ws"_s || u.scheme() == u"wss"_s) && !u.host().isEmpty())
        return u.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!m_hostBase.isEmpty())
        return m_hostBase;
    if (m_host && m_host->config().port != 0)
        return u"ws://127.0.0.1:%1"_s.arg(m_host->config().port);
    return u"ws://127.0.0.1:8000"_s;
}

void ClientTab::rebuildUrl()
{
    if (m_buildingUrl)
        return;
    const EndpointKind kind = endpointKind();
    if (kind == EndpointKind::Unknown)
        return;
    m_buildingUrl = true;
    m_url->setText(endpointUrl(baseUrl(), kind, m_clientId->value(), m_room->text(), m_topic->text()).toString(QUrl::FullyEncoded));
    m_buildingUrl = false;
    updateTravel();
}

void ClientTab::onUrlEdited(const QString &text)
{
    const QUrl u(text.trimmed());
    const Route route = routeForPath(u.path(QUrl::FullyEncoded));
    m_buildingUrl = true;
    const int i = m_endpoint->findData(int(route.kind));
    m_endpoint->setCurrentIndex(i >= 0 ? i : m_endpoint->count() - 1);
    if (route.kind == EndpointKind::Manager)
        m_clientId->setValue(int(std::clamp<qint64>(route.clientId, 0, m_clientId->maximum())));
    else if (route.kind == EndpointKind::Room)
        m_room->setText(route.target);
    else if (route.kind == EndpointKind::Subscribe)
        m_topic->setText(route.target);
    m_buildingUrl = false;
    updateEndpointFields();
    updateTravel();
}

void ClientTab::updateEndpointFields()
{
    const EndpointKind kind = endpointKind();
    m_clientIdLabel->setVisible(kind == EndpointKind::Manager);
    m_clientId->setVisible(kind == EndpointKind::Manager);
    m_roomLabel->setVisible(kind == EndpointKind::Room);
    m_room->setVisible(kind == EndpointKind::Room);
    m_topicLabel->setVisible(kind == EndpointKind::Subscribe);
    m_topic->setVisible(kind == EndpointKind::Subscribe);
}

void ClientTab::onIdentityChosen(int index)
{
    const QString value = m_identity->itemData(index).toString();
    if (value.isEmpty())
        return;
    const bool session = value == u"abc123"_s || value == u"xyz789"_s;
    m_credential->setText(value);
    if (session && auth() != ClientAuth::Cookie)
        setAuth(ClientAuth::Cookie);
    else if (!session && (auth() == ClientAuth::Cookie || auth() == ClientAuth::None))
        setAuth(ClientAuth::Query);
}

void ClientTab::matchCredentialToAuth()
{
    const QString current = m_credential->text().trimmed();
    const bool session = current == u"abc123"_s || current == u"xyz789"_s;
    const bool token = current == u"secret-token"_s || current == u"valid-token"_s;
    QString next;
    if (auth() == ClientAuth::Cookie && (token || current.isEmpty()))
        next = current == u"valid-token"_s ? u"abc123"_s : u"xyz789"_s;   // alice keeps alice
    else if (auth() != ClientAuth::Cookie && auth() != ClientAuth::None && (session || current.isEmpty()))
        next = current == u"abc123"_s ? u"valid-token"_s : u"secret-token"_s;
    if (!next.isEmpty())
        m_credential->setText(next);
}

void ClientTab::syncIdentityCombo()
{
    const int i = m_identity->findData(m_credential->text());
    m_identity->setCurrentIndex(i > 0 ? i : 0);
}

void ClientTab::updateTravel()
{
    const ClientConfig c = config();
    m_travel->setText(credentialTravel(c));
    m_travel->setToolTip(m_travel->text());
    const QString warning = credentialWarning(c);
    m_warning->setText(warning.isEmpty() ? QString() : u"⚠ "_s + warning);
    m_warning->setVisible(!warning.isEmpty());
    const bool needsCredential = c.auth != ClientAuth::None;
    m_identity->setEnabled(needsCredential);
    m_credential->setEnabled(needsCredential);
}

ClientConfig ClientTab::config() const
{
    ClientConfig c;
    c.url = QUrl(m_url->text().trimmed());
    c.auth = auth();
    c.credential = c.auth == ClientAuth::None ? QString() : m_credential->text().trimmed();
    c.extraHeaders = m_extraHeaders;
    c.queryItems = m_queryItems;
    c.subprotocols = m_subprotocols;
    return c;
}

EndpointKind ClientTab::endpointKind() const
{
    return EndpointKind(m_endpoint->currentData().toInt());
}

void ClientTab::setEndpoint(EndpointKind kind)
{
    const int i = m_endpoint->findData(int(kind));
    if (i >= 0 && i != m_endpoint->currentIndex())
        m_endpoint->setCurrentIndex(i);
    else
        rebuildUrl();
    updateEndpointFields();
}

void ClientTab::setClientId(qint64 id)
{
    m_clientId->setValue(int(id));
    rebuildUrl();
}

void ClientTab::setRoom(const QString &room)
{
    m_room->setText(room);
    rebuildUrl();
}

void ClientTab::setTopic(const QString &topic)
{
    m_topic->setText(topic);
    rebuildUrl();
}

void ClientTab::setUrlText(const QString &url)
{
    m_url->setText(url);
    onUrlEdited(url);
}

QString ClientTab::urlText() const
{
    return m_url->text();
}

void ClientTab::setAuth(ClientAuth a)
{
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(int(a))));
    updateTravel();
}

ClientAuth ClientTab::auth() const
{
    return ClientAuth(m_auth->currentData().toInt());
}

void ClientTab::setCredential(const QString &credential)
{
    m_credential->setText(credential);
}

QString ClientTab::credential() const
{
    return m_credential->text();
}

QString ClientTab::credentialTravelText() const
{
    return m_travel->text();
}

QString ClientTab::credentialWarningText() const
{
    return m_warning->text();
}

QString ClientTab::title() const
{
    const QUrl u(m_url->text().trimmed());
    QString t = u.path().isEmpty() ? u.host() : u.path();
    if (t.isEmpty())
        t = tr("Client");
    return t;
}

QIcon ClientTab::stateIcon() const
{
    switch (socketState()) {
    case QAbstractSocket::ConnectedState: return dotIcon(QColor(0x2e, 0xa0, 0x43));
    case QAbstractSocket::UnconnectedState:
        return m_reconnectTimer.isActive() ? dotIcon(QColor(0xe0, 0xa0, 0x20)) : dotIcon(QColor(0x90, 0x90, 0x90));
    default: return dotIcon(QColor(0xe0, 0xa0, 0x20));
    }
}

// --- Connection ------------------------------------------------------------------------------

QAbstractSocket::SocketState ClientTab::socketState() const
{
    if (m_xray)
        return m_xray->socketState();
    return m_socket ? m_socket->state() : QAbstractSocket::UnconnectedState;
}

QString ClientTab::stateText() const
{
    return m_stateText;
}

QString ClientTab::rttText() const
{
    return m_rttText;
}

void ClientTab::setAutoReconnect(bool on)
{
    m_autoReconnect->setChecked(on);
}

void ClientTab::updateState(const QString &text)
{
    m_stateText = text;
    m_state->setText(text);
    updateButtons();
    Q_EMIT stateChanged();
}

void ClientTab::updateButtons()
{
    const auto s = socketState();
    const bool idle = s == QAbstractSocket::UnconnectedState;
    m_connect->setEnabled(idle);
    m_disconnect->setEnabled(!idle || m_reconnectTimer.isActive());
    m_ping->setEnabled(s == QAbstractSocket::ConnectedState);
    m_send->setEnabled(s == QAbstractSocket::ConnectedState);
    m_url->setReadOnly(!idle);
    m_endpoint->setEnabled(idle);
    m_auth->setEnabled(idle);
    m_xrayCheck->setEnabled(idle);
    m_requestOptions->setEnabled(idle);
    m_fragments->setEnabled(m_xrayCheck->isChecked());
    m_xrayView->setConnectionOpen(s == QAbstractSocket::ConnectedState && m_xray);
}

void ClientTab::connectToServer()
{
    if (socketState() != QAbstractSocket::UnconnectedState)
        return;
    m_reconnectTimer.stop();
    const ClientConfig c = config();
    if (!c.url.isValid() || (c.url.scheme() != u"ws"_s && c.url.scheme() != u"wss"_s) || c.url.host().isEmpty()) {
        addLog(LogEntry::Direction::Info, LogEntry::Kind::Error, tr("Not a ws:// or wss:// URL: %1").arg(m_url->text()));
        updateState(tr("Not connected: the URL is not a ws:// or wss:// URL"));
        return;
    }
    if (c.auth != ClientAuth::None && c.credential.isEmpty()) {
        addLog(LogEntry::Direction::Info, LogEntry::Kind::Error, tr("No credential: enter one or choose the auth method None."));
        updateState(tr("Not connected: no credential"));
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    if (m_xray) {
        m_xray->disconnect(this);
        m_xray->deleteLater();
    }
    m_activeConfig = c;
    m_userClosing = false;
    m_wasOpen = false;
    m_failureLogged = false;
    m_lastError.clear();
    if (m_xrayCheck->isChecked()) {
        startXray(c);
        return;
    }

    auto *ws = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = ws;
    connect(ws, &QWebSocket::connected, this, &ClientTab::onConnected);
    connect(ws, &QWebSocket::disconnected, this, &ClientTab::onDisconnected);
    connect(ws, &QWebSocket::stateChanged, this, [this] {
        updateButtons();
        Q_EMIT stateChanged();
    });
    connect(ws, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, &ClientTab::onError);
    connect(ws, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            addLog(LogEntry::Direction::Info, LogEntry::Kind::Error, tr("TLS: %1").arg(e.errorString()));
    });
    connect(ws, &QWebSocket::textMessageReceived, this, [this](const QString &m) {
        addLog(LogEntry::Direction::In, LogEntry::Kind::Text, m, {}, m.toUtf8().size());
    });
    connect(ws, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &m) {
        addLog(LogEntry::Direction::In, LogEntry::Kind::Binary, QString(), m, m.size());
    });
    connect(ws, &QWebSocket::pong, this, [this](quint64 elapsed, const QByteArray &payload) {
        m_rttText = tr("%1 ms").arg(elapsed);
        m_rtt->setText(tr("RTT: %1").arg(m_rttText));
        addLog(LogEntry::Direction::In, LogEntry::Kind::Pong, QString(), payload, payload.size(),
               tr("round trip %1 ms").arg(elapsed));
    });

    const QString headers = redactedHeaders(c);
    addLog(LogEntry::Direction::Out, LogEntry::Kind::Info,
           tr("Opening handshake: GET %1").arg(c.redactedRequestUrl()), {}, -1,
           headers.isEmpty() ? QString() : tr("with %1").arg(headers));
    updateState(tr("Connecting to %1…").arg(c.redactedRequestUrl()));
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(c.subprotocols);
    ws->open(c.request(), options);
    Q_EMIT titleChanged();
}

void ClientTab::onConnected()
{
    m_wasOpen = true;
    m_openedAt.start();
    addLog(LogEntry::Direction::Info, LogEntry::Kind::Open,
           tr("Connected to %1 (HTTP 101 Switching Protocols)").arg(m_activeConfig.redactedRequestUrl()));
    updateState(tr("Open — %1, auth: %2").arg(m_activeConfig.redactedRequestUrl(), clientAuthLabel(m_activeConfig.auth)));
    const QString first = m_activeConfig.firstMessage();
    if (!first.isEmpty() && (m_socket || m_xray)) {
        if (m_socket)   // the X-ray client sends it itself, right after the handshake
            m_socket->sendTextMessage(first);
        addLog(LogEntry::Direction::Out, LogEntry::Kind::Text, m_activeConfig.redactedFirstMessage(), {},
               first.toUtf8().size(), tr("first-message auth (token redacted here)"));
    }
}

void ClientTab::onError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    m_lastError = m_socket->errorString();
    if (m_wasOpen && error == QAbstractSocket::RemoteHostClosedError)
        return;   // the close frame (or its absence) says more
    if (!m_wasOpen) {
        m_failureLogged = true;
        addLog(LogEntry::Direction::Info, LogEntry::Kind::Error, tr("Connection failed: %1").arg(m_lastError));
        updateState(tr("Connection failed: %1").arg(m_lastError));
        if (m_socket->state() == QAbstractSocket::UnconnectedState && !m_userClosing && m_autoReconnect->isChecked()
            && !m_reconnectTimer.isActive())
            scheduleReconnect();
        return;
    }
    addLog(LogEntry::Direction::Info, LogEntry::Kind::Error, m_lastError);
}

void ClientTab::onDisconnected()
{
    if (!m_socket)
        return;
    onClosed(int(m_socket->closeCode()), m_socket->closeReason(), m_socket->errorString());
}

void ClientTab::onClosed(int code, const QString &reason, const QString &error)
{
    if (!m_wasOpen) {
        if (!m_failureLogged) {
            const QString why = m_lastError.isEmpty() ? error : m_lastError;
            addLog(LogEntry::Direction::Info, LogEntry::Kind::Error, tr("Connection failed: %1").arg(why));
            updateState(tr("Connection failed: %1").arg(why));
        }
    } else if (m_userClosing) {
        addLog(LogEntry::Direction::Info, LogEntry::Kind::Close, tr("Closed by this client"), {}, -1,
               tr("connection open for %1").arg(UiFormat::duration(m_openedAt.elapsed())));
        updateState(tr("Closed by this client: %1").arg(describeCloseTr(code, reason)));
    } else if (code == 1006) {
        addLog(LogEntry::Direction::Info, LogEntry::Kind::Close, describeCloseTr(code, reason), {}, -1,
               tr("the connection ended without a close frame"));
        updateState(tr("Connection lost: %1").arg(describeCloseTr(code, reason)));
    } else {
        QString note;
        static const QRegularExpression qtInvalid(u"^Invalid close code \\d+ detected"_s);
        if (code == 1002 && qtInvalid.match(reason).hasMatch()) {
            note = tr("This 1002 comes from Qt 6.4's QWebSocket, not from the server: it rejects some valid "
                      "close codes (notably 1013 %1, which SocketScope sends when it is over capacity) and "
                      "reports 1002 with this reason; the server's own code is lost. Browsers and "
                      "python-websockets show the real code.").arg(UiFormat::closeCodeMeaning(1013));
        }
        addLog(LogEntry::Direction::In, LogEntry::Kind::Close, describeCloseTr(code, reason), {},
               2 + reason.toUtf8().size(), note);
        QString state = tr("Closed by the server: %1").arg(describeCloseTr(code, reason));
        if (!note.isEmpty())
            state += u" — "_s + tr("a code substituted by Qt; see the log");
        updateState(state);
    }
    m_rtt->setText(tr("RTT: —"));
    if (!m_userClosing && m_autoReconnect->isChecked() && !m_reconnectTimer.isActive())
        scheduleReconnect();
    updateButtons();
    Q_EMIT titleChanged();
}

void ClientTab::scheduleReconnect()
{
    if (m_wasOpen && m_openedAt.isValid() && m_openedAt.elapsed() >= StableConnectionMs)
        m_reconnectAttempts = 0;
    const int delay = qMin(MaxReconnectDelayMs, 1000 << qMin(m_reconnectAttempts, 5));
    ++m_reconnectAttempts;
    addLog(LogEntry::Direction::Info, LogEntry::Kind::Info,
           tr("Auto-reconnect in %1 s (attempt %2)").arg(delay / 1000).arg(m_reconnectAttempts));
    m_reconnectTimer.start(delay);
    updateState(m_stateText + u' ' + tr("— reconnecting in %1 s").arg(delay / 1000));
}

void ClientTab::disconnectFromServer()
{
    if (m_reconnectTimer.isActive() && socketState() == QAbstractSocket::UnconnectedState) {
        m_reconnectTimer.stop();
        m_reconnectAttempts = 0;
        addLog(LogEntry::Direction::Info, LogEntry::Kind::Info, tr("Auto-reconnect cancelled"));
        updateState(tr("Not connected"));
        return;
    }
    closeWith(m_closeCode->value(), m_closeReason->text());
}

void ClientTab::closeWith(int code, const QString &reason)
{
    m_reconnectTimer.stop();
    m_reconnectAttempts = 0;
    if (socketState() == QAbstractSocket::UnconnectedState)
        return;
    const bool sendable = (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
    if (!sendable) {
        updateState(tr("%1 is reserved and may not be sent in a Close frame; use 1000–1003, 1007–1014 or 3000–4999.").arg(code));
        return;
    }
    if (reason.toUtf8().size() > 123) {
        updateState(tr("The close reason may be at most 123 bytes of UTF-8."));
        return;
    }
    m_userClosing = true;
    if (socketState() != QAbstractSocket::ConnectedState) {
        if (m_xray && socketState() == QAbstractSocket::ClosingState)
            return;   // our Close is out; the server's answer (or the deadline) ends it
        addLog(LogEntry::Direction::Info, LogEntry::Kind::Info, tr("Connection attempt aborted"));
        if (m_xray) {
            // A TCP connect that never completed reports nothing on abort: end it here.
            m_xray->disconnect(this);
            m_xray->abort();
            m_xray->deleteLater();
            m_xray = nullptr;
            updateState(tr("Not connected"));
            Q_EMIT titleChanged();
        } else {
            m_socket->abort();
        }
        return;
    }
    addLog(LogEntry::Direction::Out, LogEntry::Kind::Close, describeCloseTr(code, reason), {}, 2 + reason.toUtf8().size());
    updateState(tr("Closing: %1…").arg(describeCloseTr(code, reason)));
    if (m_xray)
        m_xray->sendClose(quint16(code), reason.toUtf8());
    else
        m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void ClientTab::ping()
{
    sendPing("socketscope-" + QByteArray::number(++m_pingCounter));
}

void ClientTab::sendPing(const QByteArray &payload)
{
    if (!isOpen())
        return;
    const QByteArray p = payload.left(125);
    if (m_xray) {
        m_pingPayload = p;
        m_pingSentAt.start();
        m_xray->sendPing(p);
    } else {
        m_socket->ping(p);
    }
    addLog(LogEntry::Direction::Out, LogEntry::Kind::Ping, QString(), p, p.size());
}

// --- Sending ---------------------------------------------------------------------------------

void ClientTab::setSendMode(SendMode mode)
{
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(int(mode))));
}

ClientTab::SendMode ClientTab::sendMode() const
{
    return SendMode(m_mode->currentData().toInt());
}

void ClientTab::setMessageText(const QString &text)
{
    m_editor->setPlainText(text);
}

QString ClientTab::messageText() const
{
    return m_editor->toPlainText();
}

QString ClientTab::sendError() const
{
    return m_sendError->text();
}

bool ClientTab::send()
{
    const QString text = m_editor->toPlainText();
    auto refuse = [this](const QString &message, int offset) {
        m_sendError->setText(tr("Not sent: %1").arg(message));
        if (offset >= 0) {
            QTextCursor cursor = m_editor->textCursor();
            cursor.setPosition(qMin(offset, int(m_editor->document()->characterCount() - 1)));
            m_editor->setTextCursor(cursor);
            m_editor->setFocus();
        }
        return false;
    };
    const SendMode mode = sendMode();
    QByteArray binary;
    if (mode == SendMode::Json) {
        QJsonParseError error;
        QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            const JsonCheck check = checkJsonObject(text);
            return refuse(check.message, check.offset);
        }
    } else if (mode == SendMode::BinaryHex) {
        const HexResult hex = parseHex(text);
        if (!hex.error.isEmpty())
            return refuse(hex.error, hex.offset);
        binary = hex.data;
    }
    if (!isOpen())
        return refuse(tr("the connection is not open."), -1);

    if (mode == SendMode::BinaryHex) {
        sendBinary(binary, QString());
    } else {
        const int frames = m_xray ? m_fragments->value() : 1;
        if (m_xray)
            m_xray->sendText(text.toUtf8(), frames);
        else
            m_socket->sendTextMessage(text);
        QString note = text.trimmed().isEmpty() ? tr("empty message") : QString();
        if (frames > 1)
            note = tr("sent in %n frame(s)", nullptr, qMin<qsizetype>(frames, qMax<qsizetype>(1, text.toUtf8().size())));
        addLog(LogEntry::Direction::Out, LogEntry::Kind::Text, text, {}, text.toUtf8().size(), note);
    }
    m_sendError->clear();
    if (m_history.isEmpty() || m_history.constLast() != text || m_historyModes.constLast() != mode) {
        m_history.append(text);
        m_historyModes.append(mode);
        if (m_history.size() > 200) {
            m_history.removeFirst();
            m_historyModes.removeFirst();
        }
    }
    m_historyPos = -1;
    m_draft.clear();
    m_editor->clear();
    return true;
}

bool ClientTab::sendBinary(const QByteArray &data, const QString &note)
{
    if (!isOpen())
        return false;
    if (m_xray)
        m_xray->sendBinary(data, m_fragments->value());
    else
        m_socket->sendBinaryMessage(data);
    addLog(LogEntry::Direction::Out, LogEntry::Kind::Binary, QString(), data, data.size(), note);
    return true;
}

void ClientTab::prettyPrint()
{
    const QString text = m_editor->toPlainText();
    QJsonParseError error;
    QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        const JsonCheck check = checkJsonObject(text);
        m_sendError->setText(tr("Cannot pretty-print: %1").arg(check.message));
        return;
    }
    m_editor->setPlainText(prettyJson(text));
    if (sendMode() == SendMode::Text)
        setSendMode(SendMode::Json);
    m_sendError->clear();
}

void ClientTab::sendFile()
{
    const QString name = QFileDialog::getOpenFileName(this, tr("Send a file as one binary message"));
    if (name.isEmpty())
        return;
    QFile f(name);
    if (f.size() > MaxFileBytes) {
        m_sendError->setText(tr("Not sent: the file is larger than %1.").arg(UiFormat::bytes(MaxFileBytes)));
        return;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        m_sendError->setText(tr("Not sent: %1").arg(f.errorString()));
        return;
    }
    if (!isOpen()) {
        m_sendError->setText(tr("Not sent: the connection is not open."));
        return;
    }
    sendBinary(f.readAll(), tr("file %1").arg(QFileInfo(name).fileName()));
    m_sendError->clear();
}

void ClientTab::focusEditor()
{
    m_editor->setFocus();
}

void ClientTab::recallHistory(int step)
{
    if (m_history.isEmpty())
        return;
    if (m_historyPos < 0) {
        if (step > 0)
            return;
        m_draft = m_editor->toPlainText();
        m_historyPos = int(m_history.size()) - 1;
    } else {
        m_historyPos += step;
        if (m_historyPos >= m_history.size()) {
            m_historyPos = -1;
            m_editor->setPlainText(m_draft);
            m_editor->moveCursor(QTextCursor::End);
            return;
        }
        m_historyPos = qMax(0, m_historyPos);
    }
    setSendMode(m_historyModes.at(m_historyPos));
    m_editor->setPlainText(m_history.at(m_historyPos));
    m_editor->moveCursor(step < 0 ? QTextCursor::Start : QTextCursor::End);
}

bool ClientTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QTextCursor cursor = m_editor->textCursor();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Up && !(key->modifiers() & Qt::ShiftModifier) && cursor.blockNumber() == 0) {
            recallHistory(-1);
            return true;
        }
        if (key->key() == Qt::Key_Down && !(key->modifiers() & Qt::ShiftModifier) && m_historyPos >= 0
            && cursor.blockNumber() == m_editor->document()->blockCount() - 1) {
            recallHistory(+1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- Snippets --------------------------------------------------------------------------------

void ClientTab::refreshSnippets()
{
    const QString current = m_snippetCombo->currentIndex() > 0 ? m_snippetCombo->currentText() : QString();
    m_snippetCombo->clear();
    m_snippetCombo->addItem(tr("Snippets…"));
    if (m_snippets) {
        const QList<MessageSnippet> list = m_snippets->snippets();
        for (const MessageSnippet &s : list)
            m_snippetCombo->addItem(s.name, s.name);
    }
    const int i = current.isEmpty() ? 0 : m_snippetCombo->findData(current);
    m_snippetCombo->setCurrentIndex(qMax(0, i));
}

void ClientTab::applySnippet(int index)
{
    if (!m_snippets || index <= 0)
        return;
    const QString name = m_snippetCombo->itemData(index).toString();
    const QList<MessageSnippet> list = m_snippets->snippets();
    for (const MessageSnippet &s : list) {
        if (s.name == name) {
            setSendMode(SendMode(s.mode));
            m_editor->setPlainText(s.text);
            m_editor->setFocus();
            return;
        }
    }
}

void ClientTab::saveSnippet()
{
    if (!m_snippets)
        return;
    const QString text = m_editor->toPlainText();
    if (text.isEmpty()) {
        m_sendError->setText(tr("Type the message to save as a snippet first."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save snippet"), tr("Snippet name:"), QLineEdit::Normal,
                                               text.left(30).simplified(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    m_snippets->save({name, int(sendMode()), text});
    m_snippetCombo->setCurrentIndex(qMax(0, m_snippetCombo->findData(name)));
}

void ClientTab::deleteSnippet()
{
    if (!m_snippets || m_snippetCombo->currentIndex() <= 0) {
        m_sendError->setText(tr("Choose the snippet to delete in the list first."));
        return;
    }
    m_snippets->remove(m_snippetCombo->currentData().toString());
}

// --- Log, code, JWT, transcripts -------------------------------------------------------------

void ClientTab::addLog(LogEntry::Direction dir, LogEntry::Kind kind, const QString &text, const QByteArray &data,
                       qint64 size, const QString &note)
{
    m_log->append({QDateTime::currentMSecsSinceEpoch(), dir, kind, size, text, data, note});
    if (m_followLog)
        m_view->scrollToBottom();
}

void ClientTab::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QString ClientTab::codeSnippet(CodeKind kind) const
{
    const ClientConfig c = config();
    const EndpointKind endpoint = routeForPath(c.url.path(QUrl::FullyEncoded)).kind;
    switch (kind) {
    case CodeKind::JavaScript: return javaScriptSnippet(c, endpoint);
    case CodeKind::Python: return pythonSnippet(c, endpoint);
    case CodeKind::Wscat: return wscatCommand(c);
    }
    return {};
}

void ClientTab::copyAsCode(CodeKind kind)
{
    const QString code = codeSnippet(kind);
    QGuiApplication::clipboard()->setText(code);
    QString what;
    switch (kind) {
    case CodeKind::JavaScript: what = tr("JavaScript (browser)"); break;
    case CodeKind::Python: what = tr("Python (websockets)"); break;
    case CodeKind::Wscat: what = tr("wscat"); break;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Copied as %1").arg(what));
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(tr("This code is on the clipboard. It contains the credential in clear text."), dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *edit = new QPlainTextEdit(code, dialog);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setMinimumSize(560, 260);
    layout->addWidget(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->show();
    addLog(LogEntry::Direction::Info, LogEntry::Kind::Info, tr("Copied the connection as %1 code to the clipboard").arg(what));
}

bool ClientTab::makeJwt(qint64 userId, const QString &name, const QString &role, qint64 ttlSecs)
{
    if (!m_host)
        return false;
    const QString token = m_host->issueJwt(userId, name, role, ttlSecs);
    if (token.isEmpty()) {
        addLog(LogEntry::Direction::Info, LogEntry::Kind::Error, tr("Could not make a JWT: the server is not running."));
        return false;
    }
    m_credential->setText(token);
    if (auth() == ClientAuth::None || auth() == ClientAuth::Cookie)
        setAuth(ClientAuth::Header);
    const QString expiry = QDateTime::currentDateTime().addSecs(ttlSecs).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    addLog(LogEntry::Direction::Info, LogEntry::Kind::Info,
           tr("Made a JWT for %1 (id %2, role %3), expires %4: %5").arg(name).arg(userId).arg(role, expiry, redactSecret(token)));
    return true;
}

void ClientTab::chooseJwt()
{
    if (!m_host)
        return;
    JwtDialog dialog(m_host->users(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const User u = dialog.user();
    makeJwt(u.id, u.name, u.role, dialog.lifetimeSecs());
}

bool ClientTab::saveTranscriptTo(const QString &fileName, QString *error) const
{
    const ClientConfig c = m_wasOpen || m_socket ? m_activeConfig : config();
    TranscriptHeader header;
    header.url = c.redactedRequestUrl();
    header.auth = clientAuthName(c.auth);
    return SocketScope::saveTranscript(fileName, header, m_log->entries(), error);
}

bool ClientTab::loadTranscriptFrom(const QString &fileName, QString *error)
{
    TranscriptHeader header;
    QList<LogEntry> entries;
    if (!SocketScope::loadTranscript(fileName, &header, &entries, error))
        return false;
    m_log->setEntries(entries);
    m_buildingUrl = true;
    m_url->setText(header.url.contains(u'…') ? QUrl(header.url).toString(QUrl::RemoveQuery) : header.url);
    m_buildingUrl = false;
    onUrlEdited(m_url->text());
    setAuth(clientAuthFromName(header.auth));
    addLog(LogEntry::Direction::Info, LogEntry::Kind::Info,
           tr("Loaded transcript %1 (%2 entries, saved %3)").arg(QFileInfo(fileName).fileName()).arg(entries.size())
               .arg(UiFormat::dateTime(header.savedAtMs)));
    return true;
}

void ClientTab::saveTranscript()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Save transcript"), u"transcript.jsonl"_s,
                                                      tr("JSON Lines (*.jsonl);;All files (*)"));
    if (name.isEmpty())
        return;
    QString error;
    if (!saveTranscriptTo(name, &error))
        QMessageBox::warning(this, tr("Save transcript"), tr("Could not save %1: %2").arg(name, error));
}

void ClientTab::loadTranscript()
{
    const QString name = QFileDialog::getOpenFileName(this, tr("Load transcript"), QString(),
                                                      tr("JSON Lines (*.jsonl);;All files (*)"));
    if (name.isEmpty())
        return;
    QString error;
    if (!loadTranscriptFrom(name, &error))
        QMessageBox::warning(this, tr("Load transcript"), tr("Could not load %1: %2").arg(name, error));
}

// --- X-ray -----------------------------------------------------------------------------------

void ClientTab::setXray(bool on)
{
    m_xrayCheck->setChecked(on);
}

bool ClientTab::xray() const
{
    return m_xrayCheck->isChecked();
}

void ClientTab::setFragments(int frames)
{
    m_fragments->setValue(frames);
}

int ClientTab::fragments() const
{
    return m_fragments->value();
}

void ClientTab::startXray(const ClientConfig &c)
{
    Xray::ClientOptions options;
    ClientConfig withoutToken = c;
    withoutToken.auth = ClientAuth::None;   // Xray::Client adds the credential itself
    options.url = withoutToken.requestUrl();
    switch (c.auth) {
    case ClientAuth::None: options.auth = Xray::AuthMethod::None; break;
    case ClientAuth::Query: options.auth = Xray::AuthMethod::Query; break;
    case ClientAuth::Cookie: options.auth = Xray::AuthMethod::Cookie; break;
    case ClientAuth::Header: options.auth = Xray::AuthMethod::Header; break;
    case ClientAuth::Message: options.auth = Xray::AuthMethod::Message; break;
    }
    options.token = c.credential;
    for (const auto &[name, value] : c.extraHeaders)
        options.headers.append({name, value});
    options.subprotocols = c.subprotocols;

    auto *client = new Xray::Client(options, this);
    m_xray = client;
    m_socket = nullptr;
    m_xrayView->clearConversation();
    auto refresh = [this] {
        updateButtons();
        Q_EMIT stateChanged();
    };
    connect(client, &Xray::Client::requestSent, m_xrayView, &XrayView::setRequest);
    connect(client, &Xray::Client::responseReceived, m_xrayView, &XrayView::setResponse);
    connect(client, &Xray::Client::opened, this, [this, refresh] {
        onConnected();
        refresh();
    });
    connect(client, &Xray::Client::frameSent, this, [this, refresh](const Xray::Frame &frame, bool textual) {
        m_xrayView->addFrame(Xray::Direction::ClientToServer, frame, textual);
        if (frame.opcode == Xray::Op::Close)
            refresh();
    });
    connect(client, &Xray::Client::frameReceived, this, [this, refresh](const Xray::Frame &frame, bool textual) {
        m_xrayView->addFrame(Xray::Direction::ServerToClient, frame, textual);
        if (frame.opcode == Xray::Op::Pong) {
            QString note;
            if (frame.payload == m_pingPayload && m_pingSentAt.isValid()) {
                m_rttText = tr("%1 ms").arg(m_pingSentAt.elapsed());
                m_rtt->setText(tr("RTT: %1").arg(m_rttText));
                note = tr("round trip %1 ms").arg(m_pingSentAt.elapsed());
                m_pingSentAt.invalidate();
            }
            addLog(LogEntry::Direction::In, LogEntry::Kind::Pong, QString(), frame.payload, frame.payload.size(), note);
        } else if (frame.opcode == Xray::Op::Close) {
            refresh();
        }
    });
    connect(client, &Xray::Client::textMessage, this, [this](const QString &m) {
        addLog(LogEntry::Direction::In, LogEntry::Kind::Text, m, {}, m.toUtf8().size());
    });
    connect(client, &Xray::Client::binaryMessage, this, [this](const QByteArray &m) {
        addLog(LogEntry::Direction::In, LogEntry::Kind::Binary, QString(), m, m.size());
    });
    connect(client, &Xray::Client::finished, this, [this](int code, const QString &reason, bool) {
        onClosed(code, reason, QString());
    });
    connect(client, &Xray::Client::failed, this, [this](const QString &error) {
        m_lastError = error;
        if (m_wasOpen)
            addLog(LogEntry::Direction::Info, LogEntry::Kind::Error, error);
        onClosed(1006, QString(), error);
    });

    const QString headers = redactedHeaders(c);
    addLog(LogEntry::Direction::Out, LogEntry::Kind::Info,
           tr("Opening handshake (X-ray): GET %1").arg(c.redactedRequestUrl()), {}, -1,
           headers.isEmpty() ? QString() : tr("with %1").arg(headers));
    updateState(tr("Connecting to %1…").arg(c.redactedRequestUrl()));
    client->open();
    refresh();
    Q_EMIT titleChanged();
}

void ClientTab::setExtraHeaders(const HeaderList &headers)
{
    m_extraHeaders = headers;
    updateOptionsButton();
}

void ClientTab::setQueryItems(const QList<std::pair<QString, QString>> &items)
{
    m_queryItems = items;
    updateOptionsButton();
    updateTravel();
}

void ClientTab::setSubprotocols(const QStringList &protocols)
{
    m_subprotocols = protocols;
    updateOptionsButton();
}

void ClientTab::updateOptionsButton()
{
    const qsizetype n = m_extraHeaders.size() + m_queryItems.size() + m_subprotocols.size();
    m_requestOptions->setText(n == 0 ? tr("Headers, &query, subprotocols…")
                                     : tr("Headers, &query, subprotocols (%1)…").arg(n));
}

void ClientTab::editRequestOptions()
{
    RequestOptionsDialog dialog(config(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ClientConfig c = dialog.result();
    m_extraHeaders = c.extraHeaders;
    m_queryItems = c.queryItems;
    m_subprotocols = c.subprotocols;
    updateOptionsButton();
    updateTravel();
}

void ClientTab::decodeJwt()
{
    auto *dialog = new JwtDecodeDialog(m_credential->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace SocketScope
