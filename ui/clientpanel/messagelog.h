#pragma once

// The message log of one client: every frame sent and received, plus connection events, with
// time, direction, type and size. A table model, and JSON Lines transcripts.

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QString>

namespace SocketScope {

struct LogEntry
{
    enum class Direction : quint8 { In, Out, Info };
    enum class Kind : quint8 { Text, Binary, Ping, Pong, Close, Open, Error, Info };

    qint64 timeMs = 0;            // since the epoch
    Direction direction = Direction::Info;
    Kind kind = Kind::Info;
    qint64 size = -1;             // payload bytes; -1: not a frame
    QString text;                 // text payload, close description or event text
    QByteArray data;              // binary, ping and pong payloads
    QString note;                 // e.g. "RTT 2 ms", an explanation of a close code

    friend bool operator==(const LogEntry &, const LogEntry &) = default;
};

QString logKindName(LogEntry::Kind kind);          // "text", "binary", … (transcripts)
QString logDirectionName(LogEntry::Direction d);   // "in", "out", "info"
// Pretty-printed JSON when `text` is a JSON object or array, else an empty string.
QString prettyJson(const QString &text);
// "48 65 6c 6c 6f"; at most `maxBytes` bytes, then "…".
QString hexString(const QByteArray &data, qsizetype maxBytes = -1);
// A classic hex dump: offset, 16 bytes in hex, printable ASCII.
QString hexDump(const QByteArray &data);

class MessageLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, DirectionColumn, TypeColumn, SizeColumn, ContentColumn, ColumnCount };
    enum Role { DetailRole = Qt::UserRole + 50, KindRole, DirectionRole };

    explicit MessageLogModel(QObject *parent = nullptr, qsizetype capacity = 20'000);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const LogEntry &entry);
    void setEntries(const QList<LogEntry> &entries);
    void clear();
    const QList<LogEntry> &entries() const { return m_entries; }
    const LogEntry &entry(int row) const { return m_entries.at(row); }
    // The content column's text and the detail text, as shown.
    static QString contentText(const LogEntry &e);
    static QString detailText(const LogEntry &e);

private:
    QList<LogEntry> m_entries;
    qsizetype m_capacity;
};

struct TranscriptHeader
{
    QString url;        // redacted
    QString auth;       // clientAuthName()
    qint64 savedAtMs = 0;
};

bool saveTranscript(const QString &fileName, const TranscriptHeader &header,
                    const QList<LogEntry> &entries, QString *error);
bool loadTranscript(const QString &fileName, TranscriptHeader *header, QList<LogEntry> *entries,
                    QString *error);

} // namespace SocketScope
