#include "net/httphead.h"

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

using Error = RequestHead::Error;

Error error(const char *status, const QString &reason, const char *label)
{
    return Error{QByteArray(status), reason, QByteArray(label)};
}

bool isTokenChar(char c)
{
    // RFC 9110 §5.6.2 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isQtField(QByteArrayView name)
{
    for (const char *n : {"Host", "Upgrade", "Connection", "Origin", "Sec-WebSocket-Key", "Sec-WebSocket-Version",
                          "Sec-WebSocket-Protocol", "Sec-WebSocket-Extensions", "Sec-WebSocket-Origin"}) {
        if (name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

Error RequestHead::parse(QByteArrayView bytes, RequestHead *head, bool *complete)
{
    *complete = false;
    *head = RequestHead();
    // A bare LF ends lines for some clients; RFC 9112 allows accepting it, but QWebSocketServer
    // waits for CRLF CRLF and such a request used to hang until the handshake timeout.
    const qsizetype scan = qMin(bytes.size(), MaxSize + 1);
    qsizetype end = -1;
    for (qsizetype i = 0; i < scan; ++i) {
        if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r'))
            return error("400 Bad Request", u"header line ends with a bare LF (CRLF required)"_s, "bare_lf");
        if (bytes[i] == '\n' && i >= 3 && bytes[i - 2] == '\n') {
            end = i + 1;
            break;
        }
    }
    if (end < 0) {
        if (bytes.size() > MaxSize)
            return error("431 Request Header Fields Too Large", u"request header over 16 KiB"_s, "header_too_large");
        return {};
    }
    if (end > MaxSize)
        return error("431 Request Header Fields Too Large", u"request header over 16 KiB"_s, "header_too_large");

    head->size = int(end);
    const QByteArrayView all = bytes.first(end - 4);   // without the final CRLF CRLF
    qsizetype pos = 0;
    bool first = true;
    while (pos <= all.size()) {
        qsizetype eol = all.indexOf("\r\n", pos);
        if (eol < 0)
            eol = all.size();
        const QByteArrayView line = all.sliced(pos, eol - pos);
        pos = eol + 2;
        if (first) {
            first = false;
            const QList<QByteArray> parts = line.toByteArray().split(' ');
            if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1."))
                return error("400 Bad Request", u"malformed request line"_s, "bad_request_line");
            head->method = parts[0];
            head->target = parts[1];
            head->version = parts[2];
            continue;
        }
        if (line.isEmpty())
            continue;
        if (line.front() == ' ' || line.front() == '\t')
            return error("400 Bad Request", u"obsolete line folding in the header"_s, "malformed_header");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return error("400 Bad Request", u"header line without a colon"_s, "malformed_header");
        const QByteArrayView name = line.first(colon);
        for (char c : name) {
            if (!isTokenChar(c))
                return error("400 Bad Request", u"invalid character in a header field name"_s, "malformed_header");
        }
        if (head->fields.size() == MaxFields) {
            return error("431 Request Header Fields Too Large", u"more than %1 header lines"_s.arg(MaxFields),
                         "too_many_headers");
        }
        head->fields.append({name.toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    *complete = true;
    return {};
}

QByteArray RequestHead::value(QByteArrayView name) const
{
    for (const auto &[n, v] : fields) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool RequestHead::has(QByteArrayView name) const
{
    for (const auto &f : fields) {
        if (name.compare(f.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool RequestHead::hasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const auto &[n, v] : fields) {
        if (name.compare(n, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : v.split(',')) {
            if (QByteArrayView(part).trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

Error RequestHead::checkUpgrade() const
{
    if (method != "GET")
        return error("405 Method Not Allowed", u"WebSocket upgrade with a method other than GET"_s, "bad_method");
    if (version != "HTTP/1.1")
        return error("400 Bad Request", u"WebSocket upgrade needs HTTP/1.1"_s, "bad_request_line");
    if (value("Host").isEmpty())
        return error("400 Bad Request", u"WebSocket upgrade without a Host header"_s, "missing_host");
    if (!hasToken("Connection", "Upgrade"))
        return error("400 Bad Request", u"WebSocket upgrade without \"Connection: Upgrade\""_s, "missing_connection_upgrade");
    if (value("Sec-WebSocket-Version") != "13")
        return error("426 Upgrade Required", u"unsupported Sec-WebSocket-Version (13 required)"_s, "bad_version");
    if (QByteArray::fromBase64(value("Sec-WebSocket-Key")).size() != 16)
        return error("400 Bad Request", u"missing or invalid Sec-WebSocket-Key"_s, "bad_key");
    for (const auto &[n, v] : fields) {
        if (isQtField(n) && n.size() + 2 + v.size() > MaxQtFieldLine) {
            return error("431 Request Header Fields Too Large",
                         u"header %1 over %2 bytes"_s.arg(QString::fromLatin1(n)).arg(MaxQtFieldLine), "header_too_large");
        }
    }
    return {};
}

QByteArray RequestHead::forQt() const
{
    QByteArray out = method + ' ' + target + ' ' + version + "\r\n";
    for (const auto &[n, v] : fields) {
        if (isQtField(n))
            out += n + ": " + v + "\r\n";
    }
    out += "\r\n";
    return out;
}

} // namespace SocketScope
