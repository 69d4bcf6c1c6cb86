#pragma once

// What one client of the client panel connects to and how it authenticates: the URL it
// requests, the headers and the first message that carry the credential, and the same
// connection written as code (browser JavaScript, Python `websockets`, `wscat`). No widgets.

#include "routing.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QString>
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

    // The URL actually requested: with `?token=` for query auth.
    QUrl requestUrl() const;
    // The handshake headers that carry the credential (Cookie or Authorization).
    HeaderList headers() const;
    QNetworkRequest request() const;
    // The first message for first-message auth; empty otherwise.
    QString firstMessage() const;
    // The same with the credential redacted, for logs and transcripts.
    QString redactedFirstMessage() const;
    // The request URL with the credential redacted.
    QString redactedRequestUrl() const;
};

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
