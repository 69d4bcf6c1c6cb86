#pragma once

// The X-ray's frame table: every frame of one client's conversation, both directions, with its
// header fields (FIN, RSV, opcode, MASK and key, length), a payload preview and, for Close
// frames, the code and its meaning. A capped ring: the oldest frames go first.

#include "xray/wsframe.h"
#include "xray/xrayformat.h"

#include <QAbstractTableModel>
#include <QList>

namespace SocketScope {

struct XrayFrameRow
{
    qint64 timeMs = 0;   // since the epoch
    Xray::Direction direction = Xray::Direction::ClientToServer;
    Xray::Frame frame;
    bool textual = false; // payload belongs to a text message (continuations included)
    qint64 length = -1;   // the real payload length when frame.payload is only a preview
};

class XrayFrameModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DirectionColumn, TimeColumn, FinColumn, RsvColumn, OpcodeColumn, MaskColumn, KeyColumn,
        LengthColumn, CloseColumn, PayloadColumn, ColumnCount
    };

    explicit XrayFrameModel(QObject *parent = nullptr, qsizetype capacity = 5000);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const XrayFrameRow &row);
    void clear();
    qsizetype capacity() const { return m_capacity; }
    qsizetype dropped() const { return m_dropped; }
    const XrayFrameRow &row(int index) const { return m_rows.at(index); }

    // A first-message auth token in a payload is redacted unless revealed.
    void setRevealSecrets(bool on);
    bool revealSecrets() const { return m_reveal; }

    // The cells as shown, for one row (tests compare conversations with them).
    static QString cellText(const XrayFrameRow &row, int column, bool reveal = false);
    // The frame's bytes on the wire with each header field labelled.
    static QString byteView(const XrayFrameRow &row);

private:
    QList<XrayFrameRow> m_rows;
    qsizetype m_capacity;
    qsizetype m_dropped = 0;
    bool m_reveal = false;
};

} // namespace SocketScope
