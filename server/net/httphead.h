#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace SocketScope {

// The head of an HTTP request as it arrives before a WebSocket upgrade (RFC 9112 §2–§5), checked
// strictly enough that every refusal has a status and a reason: QWebSocketServer drops a request
// it does not like without a word.
struct RequestHead
{
    static constexpr qsizetype MaxSize = 16 * 1024;   // request line, fields and the empty line
    static constexpr int MaxFields = 100;
    // Fields QWebSocketServer reads; others (Authorization, Cookie, …) are kept from it, so that
    // its 8 KiB-per-line limit does not apply to them.
    static constexpr qsizetype MaxQtFieldLine = 4 * 1024;

    QByteArray method, target, version;
    QList<std::pair<QByteArray, QByteArray>> fields;   // name as sent, value trimmed
    int size = 0;                                      // bytes up to and including the empty line

    // Error: an HTTP status ("400 Bad Request"), a reason for the log and the body, and a
    // metrics label.
    struct Error
    {
        QByteArray status;
        QString reason;
        QByteArray label;
        bool isError() const { return !status.isEmpty(); }
    };

    // Parses `bytes` (what has arrived so far). Sets *complete when the head is whole; with
    // !complete and no error, more bytes are needed.
    static Error parse(QByteArrayView bytes, RequestHead *head, bool *complete);

    QByteArray value(QByteArrayView name) const;   // the first field of that name, or empty
    bool has(QByteArrayView name) const;
    bool hasToken(QByteArrayView name, QByteArrayView token) const;   // comma-separated lists
    bool isUpgrade() const { return hasToken("Upgrade", "websocket"); }
    // For an upgrade: what must hold beyond parsing (Host, Connection: Upgrade, GET, version 13,
    // a key), in the order the answers were always given. No error when it may go to Qt.
    Error checkUpgrade() const;
    // The head handed to QWebSocketServer: the request line and the fields it reads.
    QByteArray forQt() const;
};

} // namespace SocketScope
