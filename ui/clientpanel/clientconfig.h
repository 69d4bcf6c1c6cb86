#pragma once

// What one client of the client panel connects to and how it authenticates: the URL it
// requests, the headers and the first message that carry the credential, and the same
// connection written as code (browser JavaScript, Python `websockets`, `wscat`). No widgets.

#include "routing.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace SocketScope {

enum class ClientAuth : quint8 { None, Query, Cookie, Header, Message };

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct ClientConfig
{
    QUrl url;                         // the endpoint, without the credential
    ClientAuth auth = ClientAuth::None;
    QString credential;               // token or session id
    HeaderList extraHeaders;          // custom request headers, as typed
    QList<std::pair<QString, QString>> queryItems;   // added to the URL, before any token
    QStringList subprotocols;         // Sec-WebSocket-Protocol, in order of preference

    // The URL actually requested: with `?token=` for query auth.
    QUrl requestUrl() const;
    // The handshake headers: the one that carries the credential (Cookie or Authorization),
    // then the custom ones.
    HeaderList headers() const;
    QNetworkRequest request() const;
    // The first message for first-message auth; empty otherwise.
    QString firstMessage() const;
    // The same with the credential redacted, for logs and transcripts.
    QString redactedFirstMessage() const;
    // The request URL with the credential redacted.
    QString redactedRequestUrl() const;
};

// Custom request parts as typed in the panel, one per line. Each returns an empty string when
// the text is valid (and fills *out), else a translated message naming the line.
QString parseHeaderLines(const QString &text, HeaderList *out);     // "Name: value"
QString parseQueryLines(const QString &text, QList<std::pair<QString, QString>> *out);   // "key=value"
QString parseSubprotocols(const QString &text, QStringList *out);   // "chat, superchat"

// "none", "query", "cookie", "header", "message" and back (None for anything else).
QString clientAuthName(ClientAuth auth);
ClientAuth clientAuthFromName(QStringView name);

// Translated: "None", "Query token (?token=)", …
QString clientAuthLabel(ClientAuth auth);
// Translated: where the credential travels, e.g. "In the URL: ws://…/ws?token=secr…".
QString credentialTravel(const ClientConfig &config);
// Translated warning for methods that leak the credential (query tokens); empty otherwise.
QString credentialWarning(const ClientConfig &config);

// `base` is "ws://host:port" (a trailing slash and any path are dropped). Room ids and topics
// are percent-encoded.
QUrl endpointUrl(const QString &base, EndpointKind kind, qint64 clientId, const QString &room,
                 const QString &topic);

// Code that opens the same connection and prints the first message it receives.
QString javaScriptSnippet(const ClientConfig &config, EndpointKind kind);
QString pythonSnippet(const ClientConfig &config, EndpointKind kind);
QString wscatCommand(const ClientConfig &config);

// Quoting helpers used by the snippets (exposed for tests).
QString jsonStringLiteral(const QString &s);   // "a\"b" (valid in JSON, JavaScript and Python)
QString shellQuote(const QString &s);          // 'it'\''s'

} // namespace SocketScope
