#include "xrayview.h"

#include "xrayframemodel.h"
#include "uiformat.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

XrayView::XrayView(QWidget *parent)
    : QWidget(parent), m_model(new XrayFrameModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_reveal = new QCheckBox(tr("Re&veal secrets"), this);
    m_reveal->setObjectName(u"revealSecrets"_s);
    m_reveal->setToolTip(tr("Show tokens, cookies and Authorization values in clear text (on a projector too)"));
    m_pingPayload = new QLineEdit(u"hello"_s, this);
    m_pingPayload->setObjectName(u"pingPayload"_s);
    m_pingPayload->setMaxLength(125);
    m_pingPayload->setToolTip(tr("Payload of the ping frame: at most 125 bytes, echoed in the pong"));
    m_ping = new QPushButton(tr("Send pin&g"), this);
    m_ping->setObjectName(u"xrayPing"_s);
    auto *clear = new QPushButton(tr("Clear frames"), this);
    auto *pingLabel = new QLabel(tr("Ping payload:"), this);
    pingLabel->setBuddy(m_pingPayload);
    bar->addWidget(m_reveal);
    bar->addStretch(1);
    bar->addWidget(pingLabel);
    bar->addWidget(m_pingPayload, 1);
    bar->addWidget(m_ping);
    bar->addWidget(clear);
    layout->addLayout(bar);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"xrayHint"_s);
    m_hint->setWordWrap(true);
    QSizePolicy hintPolicy = m_hint->sizePolicy();
    hintPolicy.setHorizontalPolicy(QSizePolicy::Ignored);
    m_hint->setSizePolicy(hintPolicy);
    layout->addWidget(m_hint);

    m_lesson = new QWidget(this);
    m_lesson->setObjectName(u"lesson"_s);
    auto *lessonLayout = new QHBoxLayout(m_lesson);
    lessonLayout->setContentsMargins(0, 0, 0, 0);
    m_lessonNote = new QLabel(m_lesson);
    m_lessonNote->setObjectName(u"lessonNote"_s);
    m_lessonNote->setWordWrap(true);
    m_lessonNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lessonNote->setStyleSheet(u"QLabel { border: 2px solid #e0a020; border-radius: 4px; padding: 4px; }"_s);
    QSizePolicy notePolicy = m_lessonNote->sizePolicy();
    notePolicy.setHorizontalPolicy(QSizePolicy::Ignored);
    m_lessonNote->setSizePolicy(notePolicy);
    m_lessonNext = new QPushButton(tr("&Next step ▸"), m_lesson);
    m_lessonNext->setObjectName(u"lessonNext"_s);
    lessonLayout->addWidget(m_lessonNote, 1);
    lessonLayout->addWidget(m_lessonNext);
    m_lesson->hide();
    m_lessonNext->hide();
    layout->addWidget(m_lesson);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setObjectName(u"xrayFrames"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    m_table->setColumnWidth(XrayFrameModel::DirectionColumn, fm.horizontalAdvance(u"<<__"_s) + 8);
    m_table->setColumnWidth(XrayFrameModel::TimeColumn, fm.horizontalAdvance(u"00:00:00.000__"_s));
    for (int c : {XrayFrameModel::FinColumn, XrayFrameModel::RsvColumn, XrayFrameModel::MaskColumn})
        m_table->setColumnWidth(c, fm.horizontalAdvance(u"MASK_"_s) + 4);
    m_table->setColumnWidth(XrayFrameModel::OpcodeColumn,
                            qMax(fm.horizontalAdvance(u"binary__"_s), fm.horizontalAdvance(m_model->headerData(XrayFrameModel::OpcodeColumn, Qt::Horizontal).toString()) + 12));
    m_table->setColumnWidth(XrayFrameModel::KeyColumn, fm.horizontalAdvance(u"00000000__"_s));
    m_table->setColumnWidth(XrayFrameModel::LengthColumn, fm.horizontalAdvance(u"00000_"_s) + 8);
    m_table->setColumnWidth(XrayFrameModel::CloseColumn, fm.horizontalAdvance(u"1008 "_s + UiFormat::closeCodeMeaning(1008)) + 16);

    m_details = new QTabWidget(split);
    m_handshake = new QPlainTextEdit(m_details);
    m_handshake->setObjectName(u"xrayHandshake"_s);
    m_handshake->setReadOnly(true);
    m_handshake->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_handshake->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_handshake->setPlaceholderText(tr("The opening handshake appears here once an X-ray connection starts."));
    m_bytes = new QPlainTextEdit(m_details);
    m_bytes->setObjectName(u"xrayBytes"_s);
    m_bytes->setReadOnly(true);
    m_bytes->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_bytes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bytes->setPlaceholderText(tr("Select a frame to see its bytes with the header bits labelled."));
    m_details->addTab(m_handshake, tr("&Handshake"));
    m_details->addTab(m_bytes, tr("&Bytes of the frame"));
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_reveal, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setRevealSecrets(on);
        renderHandshake();
        showSelectedFrame();
    });
    connect(m_ping, &QPushButton::clicked, this, [this] { Q_EMIT pingRequested(pingPayload()); });
    connect(m_pingPayload, &QLineEdit::returnPressed, m_ping, &QPushButton::click);
    connect(m_lessonNext, &QPushButton::clicked, this, [this] {
        m_lessonNext->hide();
        Q_EMIT lessonNextClicked();
    });
    connect(clear, &QPushButton::clicked, m_model, &XrayFrameModel::clear);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelectedFrame();
        if (m_table->currentIndex().isValid())
            m_details->setCurrentWidget(m_bytes);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *s = m_table->verticalScrollBar();
        if (s->value() >= s->maximum() - 2)
            m_table->scrollToBottom();
    });
    setXrayEnabled(false);
    setConnectionOpen(false);
}

QByteArray XrayView::pingPayload() const
{
    return m_pingPayload->text().toUtf8().left(125);
}

void XrayView::setLessonNote(const QString &text)
{
    m_lessonNote->setText(text);
    m_lesson->setVisible(!text.isEmpty());
}

QString XrayView::lessonNote() const
{
    return m_lesson->isHidden() ? QString() : m_lessonNote->text();
}

void XrayView::setLessonNextVisible(bool visible)
{
    m_lessonNext->setVisible(visible);
}

void XrayView::setXrayEnabled(bool on)
{
    m_enabled = on;
    m_authHint = false;
    m_hint->setText(on ? QString()
                       : tr("X-ray is off. Tick “X-ray” in the connection settings, then connect: the tab then "
                            "speaks WebSocket itself and shows the handshake and every frame."));
    m_hint->setVisible(!on);
}

void XrayView::setConnectionOpen(bool open)
{
    m_ping->setEnabled(open && m_enabled);
}

void XrayView::setRevealSecrets(bool on)
{
    m_reveal->setChecked(on);
}

bool XrayView::revealSecrets() const
{
    return m_reveal->isChecked();
}

QString XrayView::handshakeText() const
{
    return m_handshake->toPlainText();
}

QString XrayView::byteViewText() const
{
    return m_bytes->toPlainText();
}

QString XrayView::hintText() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

void XrayView::clearConversation()
{
    m_model->clear();
    m_request.clear();
    m_response.clear();
    m_key.clear();
    m_accept.clear();
    m_authHint = false;
    m_hint->setVisible(!m_enabled);
    renderHandshake();
    m_bytes->clear();
}

void XrayView::setRequest(const QByteArray &rawHeader)
{
    m_request = rawHeader;
    renderHandshake();
    m_details->setCurrentWidget(m_handshake);
}

void XrayView::setResponse(const QByteArray &rawHeader, const QByteArray &key, const QByteArray &accept)
{
    m_response = rawHeader;
    m_key = key;
    m_accept = accept;
    renderHandshake();
}

void XrayView::addFrame(Xray::Direction direction, const Xray::Frame &frame, bool textual)
{
    m_model->append({QDateTime::currentMSecsSinceEpoch(), direction, frame, textual});
    if (direction == Xray::Direction::ServerToClient && frame.opcode == Xray::Op::Close && !m_authHint) {
        const Xray::ClosePayload close = Xray::parseClosePayload(frame.payload);
        if (close.code && *close.code == 1008) {
            m_authHint = true;
            m_hint->setText(tr("Why 101 and then 1008, not HTTP 401? The server accepts the upgrade and then "
                               "refuses with a Close frame: a browser's WebSocket API never shows the status or "
                               "body of a refused handshake (only a bare error event), but it does show a Close "
                               "frame's code and reason. So the reason here is what a web page can tell its user."));
            m_hint->setVisible(true);
        }
    }
}

QStringList XrayView::acceptSteps(const QByteArray &key, const QByteArray &accept)
{
    const QByteArray joined = key + Xray::WebSocketGuid;
    const QByteArray sha = QCryptographicHash::hash(joined, QCryptographicHash::Sha1);
    const QByteArray expected = sha.toBase64();
    QStringList lines;
    lines << tr("Sec-WebSocket-Accept, step by step (RFC 6455 §4.2.2):")
          << tr("  1. Sec-WebSocket-Key from the request:  %1").arg(QString::fromLatin1(key))
          << tr("  2. the key + the fixed GUID:            %1").arg(QString::fromLatin1(joined))
          << tr("  3. SHA-1 of that (20 bytes, hex):       %1").arg(QString::fromLatin1(sha.toHex()))
          << tr("  4. base64 of the 20 bytes:              %1").arg(QString::fromLatin1(expected))
          << tr("  5. Sec-WebSocket-Accept in the answer:  %1").arg(QString::fromLatin1(accept));
    if (accept == expected)
        lines << tr("  ✓ matches: the server read this very request and speaks WebSocket");
    else
        lines << tr("  ✗ does not match: not a WebSocket server (or a proxy answered); the client must fail");
    return lines;
}

void XrayView::renderHandshake()
{
    const bool reveal = m_reveal->isChecked();
    QStringList lines;
    if (!m_request.isEmpty()) {
        lines << tr("Request (client → server):");
        lines << Xray::formatHandshake(Xray::Direction::ClientToServer, m_request, reveal);
        lines << QString();
    }
    if (!m_response.isEmpty()) {
        lines << tr("Response (server → client):");
        lines << Xray::formatHandshake(Xray::Direction::ServerToClient, m_response, reveal);
        lines << QString();
        if (!m_key.isEmpty())
            lines << acceptSteps(m_key, m_accept);
    }
    m_handshake->setPlainText(lines.join(u'\n'));
}

void XrayView::showSelectedFrame()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_bytes->clear();
        return;
    }
    XrayFrameRow row = m_model->row(current.row());
    if (!m_reveal->isChecked() && row.textual && row.direction == Xray::Direction::ClientToServer)
        row.frame.payload = Xray::redactAuthMessage(row.frame.payload);
    m_bytes->setPlainText(XrayFrameModel::byteView(row));
}

} // namespace SocketScope
