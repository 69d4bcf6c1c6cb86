#include "connectioninspector.h"

#include "admin/admincommand.h"
#include "clientpanel/xrayframemodel.h"
#include "serverhost.h"
#include "uiformat.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
constexpr int PollMs = 250;

QString joinStrings(const QJsonArray &a)
{
    QStringList out;
    for (const QJsonValue &v : a)
        out << v.toString();
    return out.join(u", "_s);
}

quint8 opcodeFromName(const QString &name)
{
    static const QHash<QString, quint8> ops{{u"cont"_s, Xray::Op::Continuation}, {u"text"_s, Xray::Op::Text},
                                            {u"binary"_s, Xray::Op::Binary}, {u"close"_s, Xray::Op::Close},
                                            {u"ping"_s, Xray::Op::Ping}, {u"pong"_s, Xray::Op::Pong}};
    return ops.value(name, 0x3);
}
} // namespace

ConnectionInspector::ConnectionInspector(ServerHost *host, quint64 connectionId, QWidget *parent)
    : QDialog(parent), m_host(host), m_id(connectionId), m_model(new XrayFrameModel(this, 1000))
{
    setWindowTitle(tr("Connection %1").arg(connectionId));
    setObjectName(u"connectionInspector"_s);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"inspectorTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_text = new QPlainTextEdit(split);
    m_text->setObjectName(u"inspectorDetails"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *framesBox = new QWidget(split);
    auto *framesLayout = new QVBoxLayout(framesBox);
    framesLayout->setContentsMargins(0, 0, 0, 0);
    auto *captureRow = new QHBoxLayout;
    m_capture = new QCheckBox(tr("Capture &frames"), framesBox);
    m_capture->setObjectName(u"captureFrames"_s);
    m_capture->setToolTip(tr("Keep this connection's last frames, both ways, in the server while this is on "
                             "(it costs nothing while off; closing this window turns it off)"));
    m_captureFrames = new QSpinBox(framesBox);
    m_captureFrames->setObjectName(u"captureCount"_s);
    m_captureFrames->setRange(1, 1000);
    m_captureFrames->setValue(200);
    auto *lastLabel = new QLabel(tr("last"), framesBox);
    lastLabel->setBuddy(m_captureFrames);
    captureRow->addWidget(m_capture);
    captureRow->addWidget(lastLabel);
    captureRow->addWidget(m_captureFrames);
    captureRow->addStretch(1);
    framesLayout->addLayout(captureRow);
    auto *frameSplit = new QSplitter(Qt::Horizontal, framesBox);
    m_table = new QTableView(frameSplit);
    m_table->setObjectName(u"inspectorFrames"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    const QFontMetrics fm = fontMetrics();
    m_table->setColumnWidth(XrayFrameModel::DirectionColumn, fm.horizontalAdvance(u"<<__"_s) + 8);
    m_table->setColumnWidth(XrayFrameModel::TimeColumn, fm.horizontalAdvance(u"00:00:00.000__"_s));
    for (int c : {XrayFrameModel::FinColumn, XrayFrameModel::RsvColumn, XrayFrameModel::MaskColumn})
        m_table->setColumnWidth(c, fm.horizontalAdvance(u"MASK_"_s) + 4);
    m_table->setColumnWidth(XrayFrameModel::KeyColumn, fm.horizontalAdvance(u"00000000__"_s));
    m_table->setColumnWidth(XrayFrameModel::LengthColumn, fm.horizontalAdvance(u"00000_"_s) + 8);
    m_table->setColumnWidth(XrayFrameModel::CloseColumn, fm.horizontalAdvance(u"1008 "_s + UiFormat::closeCodeMeaning(1008)) + 16);
    m_bytes = new QPlainTextEdit(frameSplit);
    m_bytes->setObjectName(u"inspectorBytes"_s);
    m_bytes->setReadOnly(true);
    m_bytes->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_bytes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bytes->setPlaceholderText(tr("Select a frame to see its bytes."));
    frameSplit->setStretchFactor(0, 2);
    frameSplit->setStretchFactor(1, 1);
    framesLayout->addWidget(frameSplit, 1);
    split->addWidget(m_text);
    split->addWidget(framesBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    auto *actions = new QGroupBox(tr("Act on this connection"), this);
    auto *form = new QFormLayout(actions);
    m_message = new QLineEdit(actions);
    m_message->setObjectName(u"inspectorMessage"_s);
    auto *send = new QPushButton(tr("&Send"), actions);
    send->setObjectName(u"inspectorSend"_s);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_message, 1);
    sendRow->addWidget(send);
    auto *textLabel = new QLabel(tr("&Text:"), actions);
    textLabel->setBuddy(m_message);
    form->addRow(textLabel, sendRow);
    m_room = new QLineEdit(actions);
    m_room->setObjectName(u"inspectorRoom"_s);
    m_room->setPlaceholderText(u"lobby"_s);
    auto *join = new QPushButton(tr("&Join room"), actions);
    join->setObjectName(u"inspectorJoin"_s);
    auto *leave = new QPushButton(tr("&Leave room"), actions);
    leave->setObjectName(u"inspectorLeave"_s);
    auto *roomRow = new QHBoxLayout;
    roomRow->addWidget(m_room, 1);
    roomRow->addWidget(join);
    roomRow->addWidget(leave);
    auto *roomLabel = new QLabel(tr("&Room:"), actions);
    roomLabel->setBuddy(m_room);
    form->addRow(roomLabel, roomRow);
    layout->addWidget(actions);

    m_status = new QLabel(this);
    m_status->setObjectName(u"inspectorStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1180, 800);

    connect(m_capture, &QCheckBox::toggled, this, &ConnectionInspector::setCapture);
    connect(m_captureFrames, &QSpinBox::editingFinished, this, [this] {
        if (m_capture->isChecked())
            setCapture(true);
    });
    connect(send, &QPushButton::clicked, this, [this] { sendText(m_message->text()); });
    connect(m_message, &QLineEdit::returnPressed, send, &QPushButton::click);
    connect(join, &QPushButton::clicked, this, [this] { joinRoom(m_room->text()); });
    connect(leave, &QPushButton::clicked, this, [this] { leaveRoom(m_room->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        m_bytes->setPlainText(i.isValid() ? XrayFrameModel::byteView(m_model->row(i.row())) : QString());
    });
    if (m_host)
        connect(m_host, &ServerHost::adminResult, this, &ConnectionInspector::onResult);
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &ConnectionInspector::refresh);
    m_poll.start();
    refresh();
}

ConnectionInspector::~ConnectionInspector()
{
    // Capture this window turned on ends with it: nobody else would look at the frames.
    if (m_captureAsked && !m_gone && m_host) {
        AdminCommand c;
        c.type = AdminCommand::Type::Capture;
        c.connectionId = m_id;
        c.on = false;
        m_host->execute(c);
    }
}

void ConnectionInspector::refresh()
{
    if (!m_host || m_gone || m_inspectRequest != 0)
        return;
    AdminCommand c;
    c.type = AdminCommand::Type::Inspect;
    c.connectionId = m_id;
    c.since = m_lastSeq;
    m_inspectRequest = m_host->execute(c);
}

void ConnectionInspector::command(const AdminCommand &c)
{
    if (!m_host)
        return;
    m_commandRequests.append(m_host->execute(c));
}

void ConnectionInspector::setCapture(bool on)
{
    if (m_capture->isChecked() != on) {
        m_capture->setChecked(on);   // toggled() comes back here
        return;
    }
    AdminCommand c;
    c.type = AdminCommand::Type::Capture;
    c.connectionId = m_id;
    c.on = on;
    c.frames = m_captureFrames->value();
    m_captureAsked = m_captureAsked || on;
    if (on) {
        m_model->clear();
        m_lastSeq = 0;
    }
    command(c);
}

bool ConnectionInspector::capturing() const
{
    return m_details.value(u"capture"_s).toObject().value(u"on"_s).toBool();
}

void ConnectionInspector::sendText(const QString &text)
{
    if (text.isEmpty()) {
        m_status->setText(tr("Type the text to send first."));
        return;
    }
    AdminCommand c;
    c.type = AdminCommand::Type::SendToConnection;
    c.connectionId = m_id;
    c.text = text;
    command(c);
}

void ConnectionInspector::joinRoom(const QString &room)
{
    AdminCommand c;
    c.type = AdminCommand::Type::JoinRoom;
    c.connectionId = m_id;
    c.room = room.trimmed();
    command(c);
}

void ConnectionInspector::leaveRoom(const QString &room)
{
    AdminCommand c;
    c.type = AdminCommand::Type::LeaveRoom;
    c.connectionId = m_id;
    c.room = room.trimmed();
    command(c);
}

QString ConnectionInspector::detailsText() const
{
    return m_text->toPlainText();
}

QString ConnectionInspector::statusText() const
{
    return m_status->text();
}

void ConnectionInspector::onResult(const AdminResult &result)
{
    if (result.requestId != 0 && result.requestId == m_inspectRequest) {
        m_inspectRequest = 0;
        if (!result.ok) {
            m_gone = true;
            m_poll.stop();
            m_status->setText(tr("The connection is closed; what it showed last stays here."));
            Q_EMIT refreshed();
            return;
        }
        display(QJsonDocument::fromJson(result.json).object());
        Q_EMIT refreshed();
        return;
    }
    if (!m_commandRequests.removeOne(result.requestId))
        return;
    const QJsonObject answer = QJsonDocument::fromJson(result.json).object();
    const QString command = answer.value(u"command"_s).toString();
    QString message;
    if (!result.ok)
        message = tr("Refused: %1").arg(result.error);
    else if (command == u"send"_s)
        message = tr("Sent to connection %1.").arg(m_id);
    else if (command == u"join_room"_s)
        message = tr("Joined room “%1” (%n member(s) now).", nullptr, answer.value(u"members"_s).toInt())
                      .arg(answer.value(u"room"_s).toString());
    else if (command == u"leave_room"_s)
        message = tr("Left room “%1”.").arg(answer.value(u"room"_s).toString());
    else if (command == u"capture"_s)
        message = answer.value(u"on"_s).toBool() ? tr("Capturing the last %1 frames.").arg(answer.value(u"frames"_s).toInt())
                                                  : tr("Capture off.");
    m_status->setText(message);
    Q_EMIT commandDone(result.ok, message);
    refresh();
}

void ConnectionInspector::display(const QJsonObject &answer)
{
    m_details = answer;
    const QJsonObject row = answer.value(u"connection"_s).toObject();
    const QJsonObject auth = answer.value(u"auth"_s).toObject();
    const QString user = row.value(u"username"_s).isString()
        ? UiFormat::user(row.value(u"user_id"_s).toInteger(), row.value(u"username"_s).toString())
        : tr("anonymous");
    m_title->setText(tr("<b>Connection %1</b> — %2 on %3 from %4")
                         .arg(m_id)
                         .arg(user.toHtmlEscaped(), row.value(u"path"_s).toString().toHtmlEscaped(),
                              row.value(u"remote"_s).toString().toHtmlEscaped()));
    QStringList lines;
    auto dash = [](const QString &s) { return s.isEmpty() ? u"—"_s : s; };
    lines << tr("Handshake headers the server received (credentials redacted):");
    const QJsonArray headers = answer.value(u"headers"_s).toArray();
    for (const QJsonValue &h : headers) {
        const QJsonArray pair = h.toArray();
        lines << u"  "_s + pair.at(0).toString() + u": "_s + pair.at(1).toString();
    }
    lines << QString()
          << tr("User-Agent:    %1").arg(dash(answer.value(u"user_agent"_s).toString()))
          << tr("Origin:        %1").arg(dash(answer.value(u"origin"_s).toString()))
          << tr("Subprotocols:  %1").arg(dash(answer.value(u"subprotocols"_s).toString()))
          << tr("Cookies:       %1").arg(dash(answer.value(u"cookies"_s).toString()))
          << QString()
          << tr("Auth method:   %1 (credential: %2)").arg(auth.value(u"method"_s).toString(), auth.value(u"credential"_s).toString())
          << tr("Identity:      %1, role %2").arg(user, dash(row.value(u"role"_s).toString()));
    if (auth.contains(u"jwt"_s)) {
        const QJsonObject jwt = auth.value(u"jwt"_s).toObject();
        const qint64 exp = jwt.value(u"exp"_s).toInteger();
        lines << tr("JWT claims:    sub=%1 name=%2 role=%3 exp=%4 (%5)")
                     .arg(jwt.value(u"sub"_s).toInteger())
                     .arg(jwt.value(u"name"_s).toString(), jwt.value(u"role"_s).toString())
                     .arg(exp)
                     .arg(QDateTime::fromSecsSinceEpoch(exp).toString(u"yyyy-MM-dd HH:mm:ss"_s));
    }
    QString rooms = joinStrings(answer.value(u"rooms"_s).toArray());
    const QString adminRooms = joinStrings(answer.value(u"admin_rooms"_s).toArray());
    if (!adminRooms.isEmpty())
        rooms += u"  "_s + tr("(joined by an admin: %1)").arg(adminRooms);
    lines << tr("Rooms:         %1").arg(dash(rooms))
          << tr("Topics:        %1").arg(dash(joinStrings(answer.value(u"topics"_s).toArray())))
          << QString()
          << tr("Messages:      %1 in, %2 out").arg(row.value(u"messages_in"_s).toInteger()).arg(row.value(u"messages_out"_s).toInteger())
          << tr("Bytes:         %1 in, %2 out")
                 .arg(UiFormat::bytes(quint64(row.value(u"bytes_in"_s).toInteger())), UiFormat::bytes(quint64(row.value(u"bytes_out"_s).toInteger())))
          << tr("RTT:           %1").arg(row.value(u"rtt_ms"_s).toInteger() < 0 ? u"—"_s : tr("%1 ms").arg(row.value(u"rtt_ms"_s).toInteger()))
          << tr("Unsent bytes:  %1").arg(UiFormat::bytes(quint64(row.value(u"pending_bytes"_s).toInteger())));
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setPlainText(lines.join(u'\n'));
    m_text->verticalScrollBar()->setValue(scroll);

    const QJsonObject capture = answer.value(u"capture"_s).toObject();
    if (quint64(capture.value(u"last_seq"_s).toInteger()) < m_lastSeq) {
        // Capture was restarted (from /ws/admin, say): its numbering starts over.
        m_model->clear();
        m_lastSeq = 0;
    }
    const QSignalBlocker block(m_capture);
    m_capture->setChecked(capture.value(u"on"_s).toBool());
    const QJsonArray frames = answer.value(u"frames"_s).toArray();
    for (const QJsonValue &v : frames) {
        const QJsonObject f = v.toObject();
        XrayFrameRow r;
        r.timeMs = f.value(u"time_ms"_s).toInteger();
        r.direction = f.value(u"dir"_s).toString() == u"in"_s ? Xray::Direction::ClientToServer : Xray::Direction::ServerToClient;
        r.textual = f.value(u"textual"_s).toBool();
        r.length = f.value(u"length"_s).toInteger();
        r.frame.fin = f.value(u"fin"_s).toBool();
        r.frame.rsv = quint8(f.value(u"rsv"_s).toInt());
        r.frame.opcode = opcodeFromName(f.value(u"opcode"_s).toString());
        r.frame.masked = f.value(u"masked"_s).toBool();
        r.frame.maskKey = f.value(u"key"_s).toString().toUInt(nullptr, 16);
        r.frame.header = QByteArray::fromHex(f.value(u"header_hex"_s).toString().toLatin1());
        r.frame.payload = QByteArray::fromHex(f.value(u"payload_hex"_s).toString().toLatin1());
        m_model->append(r);
        m_lastSeq = qMax(m_lastSeq, quint64(f.value(u"seq"_s).toInteger()));
    }
    if (!frames.isEmpty() && m_table->verticalScrollBar()->value() >= m_table->verticalScrollBar()->maximum() - 2)
        m_table->scrollToBottom();
}

} // namespace SocketScope
