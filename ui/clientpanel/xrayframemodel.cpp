#include "xrayframemodel.h"

#include "messagelog.h"
#include "uiformat.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

constexpr qsizetype PreviewChars = 200;
constexpr qsizetype ByteViewPayloadBytes = 4096;

QString bits(uchar byte, int from, int count)
{
    QString s;
    for (int i = from; i < from + count; ++i)
        s += (byte >> (7 - i)) & 1 ? u'1' : u'0';
    return s;
}

QString keyHex(quint32 key)
{
    return u"%1"_s.arg(uint(key), 8, 16, QChar(u'0'));
}

bool shownAsText(const XrayFrameRow &r)
{
    return r.textual || r.frame.opcode == Xray::Op::Ping || r.frame.opcode == Xray::Op::Pong;
}

} // namespace

XrayFrameModel::XrayFrameModel(QObject *parent, qsizetype capacity)
    : QAbstractTableModel(parent), m_capacity(qMax<qsizetype>(capacity, 1))
{
}

int XrayFrameModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int XrayFrameModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString XrayFrameModel::cellText(const XrayFrameRow &r, int column, bool reveal)
{
    const Xray::Frame &f = r.frame;
    switch (column) {
    case DirectionColumn:
        return Xray::arrow(r.direction);   // as in `socketscope client --xray` and on slides
    case TimeColumn: return QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(u"HH:mm:ss.zzz"_s);
    case FinColumn: return f.fin ? u"1"_s : u"0"_s;
    case RsvColumn: return u"%1%2%3"_s.arg((f.rsv >> 2) & 1).arg((f.rsv >> 1) & 1).arg(f.rsv & 1);
    case OpcodeColumn: return Xray::opcodeName(f.opcode);
    case MaskColumn: return f.masked ? u"1"_s : u"0"_s;
    case KeyColumn: return f.masked ? keyHex(f.maskKey) : QString();
    case LengthColumn: return QString::number(r.length >= 0 ? r.length : f.payload.size());
    case PayloadColumn: {
        if (f.opcode == Xray::Op::Close) {
            const Xray::ClosePayload c = Xray::parseClosePayload(f.payload);
            return Xray::payloadForDisplay(c.reason, true);
        }
        const bool redact = !reveal && r.textual && r.direction == Xray::Direction::ClientToServer;
        QString s = Xray::payloadForDisplay(redact ? Xray::redactAuthMessage(f.payload) : f.payload, shownAsText(r));
        if (s.size() > PreviewChars)
            s = s.left(PreviewChars) + u'…';
        return s;
    }
    case CloseColumn: {
        if (f.opcode != Xray::Op::Close)
            return {};
        const Xray::ClosePayload c = Xray::parseClosePayload(f.payload);
        if (c.malformed)
            return tr("1-byte payload: malformed");
        if (!c.code)
            return tr("no status code");
        return u"%1 %2"_s.arg(*c.code).arg(UiFormat::closeCodeMeaning(*c.code));
    }
    default: return {};
    }
}

QVariant XrayFrameModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const XrayFrameRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return cellText(r, index.column(), m_reveal);
    case Qt::ToolTipRole:
        if (index.column() == DirectionColumn)
            return r.direction == Xray::Direction::ClientToServer ? tr("Sent: client → server")
                                                                  : tr("Received: server → client");
        if (index.column() == PayloadColumn || index.column() == CloseColumn)
            return cellText(r, index.column(), m_reveal);
        if (index.column() == FinColumn)
            return r.frame.fin ? tr("FIN=1: the last frame of its message") : tr("FIN=0: more frames of this message follow");
        if (index.column() == MaskColumn)
            return r.frame.masked ? tr("Masked: every client-to-server frame must be (RFC 6455 §5.3)")
                                  : tr("Not masked: server-to-client frames never are");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LengthColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() >= FinColumn && index.column() <= MaskColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == KeyColumn || index.column() == PayloadColumn || index.column() == RsvColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    default: return {};
    }
}

QVariant XrayFrameModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DirectionColumn: return tr("Direction: >> client to server, << server to client");
        case FinColumn: return tr("FIN bit: 1 on the last frame of a message");
        case RsvColumn: return tr("RSV1 RSV2 RSV3: zero unless an extension was negotiated");
        case MaskColumn: return tr("MASK bit: 1 when the payload is XOR-ed with the masking key");
        case KeyColumn: return tr("The 4-byte masking key");
        case LengthColumn: return tr("Payload length in bytes");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DirectionColumn: return u"⇄"_s;
    case TimeColumn: return tr("Time");
    case FinColumn: return u"FIN"_s;
    case RsvColumn: return u"RSV"_s;
    case OpcodeColumn: return tr("Opcode");
    case MaskColumn: return u"MASK"_s;
    case KeyColumn: return tr("Key");
    case LengthColumn: return tr("Length");
    case PayloadColumn: return tr("Payload");
    case CloseColumn: return tr("Close code");
    default: return {};
    }
}

void XrayFrameModel::append(const XrayFrameRow &row)
{
    if (m_rows.size() >= m_capacity) {
        // Drop a tenth at once so that a long conversation does not cost one removal per frame.
        const qsizetype drop = qMin(m_rows.size(), qMax<qsizetype>(1, m_capacity / 10));
        beginRemoveRows({}, 0, int(drop - 1));
        m_rows.remove(0, drop);
        m_dropped += drop;
        endRemoveRows();
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
}

void XrayFrameModel::setRevealSecrets(bool on)
{
    if (on == m_reveal)
        return;
    m_reveal = on;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, PayloadColumn), index(int(m_rows.size()) - 1, PayloadColumn));
}

void XrayFrameModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_dropped = 0;
    endResetModel();
}

QString XrayFrameModel::byteView(const XrayFrameRow &r)
{
    const Xray::Frame &f = r.frame;
    const QByteArray &h = f.header;
    QString out;
    if (h.size() < 2)
        return tr("No header bytes recorded for this frame.");
    const auto *p = reinterpret_cast<const uchar *>(h.constData());
    out += tr("Header: %n byte(s)", nullptr, int(h.size())) + u'\n';
    out += u"  %1  %2 %3 %4 %5 %6   "_s.arg(tr("byte 0"), bits(p[0], 0, 1), bits(p[0], 1, 1), bits(p[0], 2, 1), bits(p[0], 3, 1), bits(p[0], 4, 4))
           + tr("FIN=%1 RSV1=%2 RSV2=%3 RSV3=%4 opcode=0x%5 (%6)")
                 .arg(f.fin ? 1 : 0).arg((f.rsv >> 2) & 1).arg((f.rsv >> 1) & 1).arg(f.rsv & 1)
                 .arg(uint(f.opcode), 0, 16).arg(Xray::opcodeName(f.opcode))
           + u'\n';
    const uint len7 = p[1] & 0x7F;
    QString lenText;
    if (len7 < 126)
        lenText = tr("payload length=%1").arg(len7);
    else if (len7 == 126)
        lenText = tr("126: the length follows in 2 bytes");
    else
        lenText = tr("127: the length follows in 8 bytes");
    out += u"  %1  %2 %3   "_s.arg(tr("byte 1"), bits(p[1], 0, 1), bits(p[1], 1, 7))
           + tr("MASK=%1 %2").arg(f.masked ? 1 : 0).arg(lenText) + u'\n';
    qsizetype pos = 2;
    if (len7 == 126 && h.size() >= 4) {
        out += u"  %1  %2   "_s.arg(tr("bytes 2–3"), QString::fromLatin1(h.mid(2, 2).toHex(' ')))
               + tr("extended payload length (16 bit, big-endian) = %1").arg(qFromBigEndian<quint16>(p + 2)) + u'\n';
        pos = 4;
    } else if (len7 == 127 && h.size() >= 10) {
        out += u"  %1  %2   "_s.arg(tr("bytes 2–9"), QString::fromLatin1(h.mid(2, 8).toHex(' ')))
               + tr("extended payload length (64 bit, big-endian) = %1").arg(qFromBigEndian<quint64>(p + 2)) + u'\n';
        pos = 10;
    }
    if (f.masked && h.size() >= pos + 4) {
        out += u"  %1  %2   "_s.arg(tr("bytes %1–%2").arg(pos).arg(pos + 3), QString::fromLatin1(h.mid(pos, 4).toHex(' ')))
               + tr("masking key") + u'\n';
    }
    out += u'\n';
    const QByteArray shown = f.payload.left(ByteViewPayloadBytes);
    if (f.masked) {
        QByteArray wire = shown;
        char key[4];
        qToBigEndian(f.maskKey, key);
        for (qsizetype i = 0; i < wire.size(); ++i)
            wire[i] = char(wire[i] ^ key[i % 4]);
        out += tr("Payload on the wire (masked):") + u'\n' + hexDump(wire) + u'\n';
        out += tr("Payload unmasked (byte i XOR key byte i mod 4):") + u'\n';
    } else {
        out += tr("Payload:") + u'\n';
    }
    if (f.opcode == Xray::Op::Close && f.payload.size() >= 2) {
        const Xray::ClosePayload c = Xray::parseClosePayload(f.payload);
        out += u"  %1   "_s.arg(QString::fromLatin1(f.payload.left(2).toHex(' ')))
               + tr("close code (16 bit, big-endian) = %1 %2").arg(*c.code).arg(UiFormat::closeCodeMeaning(*c.code)) + u'\n';
        if (!c.reason.isEmpty())
            out += tr("  then the reason, UTF-8:") + u'\n' + hexDump(c.reason.left(ByteViewPayloadBytes));
    } else {
        out += hexDump(shown);
    }
    const qint64 total = qMax<qint64>(r.length, f.payload.size());
    if (total > shown.size())
        out += tr("… %n more byte(s)", nullptr, int(total - shown.size())) + u'\n';
    if (f.payload.isEmpty())
        out += tr("(empty)") + u'\n';
    return out;
}

} // namespace SocketScope
