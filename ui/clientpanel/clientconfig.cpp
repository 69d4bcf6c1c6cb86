#include "clientconfig.h"

#include "auth/redact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClientConfig)
};

// Python and JavaScript comments: one "# " or "// " per line of a translated text.
QString commentLines(const QString &prefix, const QString &text)
{
    QString out;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        out += prefix + line + u'\n';
    return out;
}
} // namespace

QUrl ClientConfig::requestUrl() const
{
    if (auth != ClientAuth::Query || credential.isEmpty())
        return url;
    QUrl u = url;
    QString q = u.query(QUrl::FullyEncoded);
    if (!q.isEmpty())
        q += u'&';
    q += u"token="_s + QString::fromLatin1(QUrl::toPercentEncoding(credential));
    u.setQuery(q, QUrl::StrictMode);
    return u;
}

HeaderList ClientConfig::headers() const
{
    if (credential.isEmpty())
        return {};
    if (auth == ClientAuth::Cookie)
        return {{QByteArrayLiteral("Cookie"), "session_id=" + credential.toUtf8()}};
    if (auth == ClientAuth::Header)
        return {{QByteArrayLiteral("Authorization"), "Bearer " + credential.toUtf8()}};
    return {};
}

QNetworkRequest ClientConfig::request() const
{
    QNetworkRequest req(requestUrl());
    const HeaderList hs = headers();
    for (const auto &[name, value] : hs)
        req.setRawHeader(name, value);
    return req;
}

QString ClientConfig::firstMessage() const
{
    if (auth != ClientAuth::Message)
        return {};
    return u"{\"type\":\"auth\",\"token\":%1}"_s.arg(jsonStringLiteral(credential));
}

QString ClientConfig::redactedFirstMessage() const
{
    if (auth != ClientAuth::Message)
        return {};
    return u"{\"type\":\"auth\",\"token\":%1}"_s.arg(jsonStringLiteral(redactSecret(credential)));
}

QString ClientConfig::redactedRequestUrl() const
{
    return redactedUrl(requestUrl());
}

QString clientAuthName(ClientAuth auth)
{
    switch (auth) {
    case ClientAuth::None: return u"none"_s;
    case ClientAuth::Query: return u"query"_s;
    case ClientAuth::Cookie: return u"cookie"_s;
    case ClientAuth::Header: return u"header"_s;
    case ClientAuth::Message: return u"message"_s;
    }
    return u"none"_s;
}

ClientAuth clientAuthFromName(QStringView name)
{
    for (ClientAuth a : {ClientAuth::Query, ClientAuth::Cookie, ClientAuth::Header, ClientAuth::Message}) {
        if (name == clientAuthName(a))
            return a;
    }
    return ClientAuth::None;
}

QString clientAuthLabel(ClientAuth auth)
{
    switch (auth) {
    case ClientAuth::None: return Text::tr("None");
    case ClientAuth::Query: return Text::tr("Query token (?token=…)");
    case ClientAuth::Cookie: return Text::tr("Cookie session (session_id=…)");
    case ClientAuth::Header: return Text::tr("Authorization: Bearer header");
    case ClientAuth::Message: return Text::tr("First message {\"type\":\"auth\"}");
    }
    return {};
}

QString credentialTravel(const ClientConfig &config)
{
    const QString secret = redactSecret(config.credential);
    switch (config.auth) {
    case ClientAuth::None:
        return Text::tr("No credential is sent. Endpoints other than /ws/echo then wait for "
                        "first-message auth and close with 1008 after the auth timeout.");
    case ClientAuth::Query:
        return Text::tr("The token travels in the URL: %1").arg(config.redactedRequestUrl());
    case ClientAuth::Cookie:
        return Text::tr("The session id travels in the Cookie header of the handshake: "
                        "Cookie: session_id=%1").arg(secret);
    case ClientAuth::Header:
        return Text::tr("The token travels in the Authorization header of the handshake: "
                        "Authorization: Bearer %1").arg(secret);
    case ClientAuth::Message:
        return Text::tr("The token travels in the first message, after the connection is open: %1")
            .arg(config.redactedFirstMessage());
    }
    return {};
}

QString credentialWarning(const ClientConfig &config)
{
    if (config.auth != ClientAuth::Query)
        return {};
    return Text::tr("Query tokens end up in URLs: in server and proxy access logs, browser "
                    "history and Referer headers. Prefer a header, a cookie or the first message.");
}

QUrl endpointUrl(const QString &base, EndpointKind kind, qint64 clientId, const QString &room,
                 const QString &topic)
{
    QUrl u(base.trimmed());
    u.setPath(QString());
    u.setQuery(QString());
    u.setFragment(QString());
    QString path;
    switch (kind) {
    case EndpointKind::Echo: path = u"/ws/echo"_s; break;
    case EndpointKind::Chat: path = u"/ws"_s; break;
    case EndpointKind::Admin: path = u"/ws/admin"_s; break;
    case EndpointKind::Manager: path = u"/ws/"_s + QString::number(clientId); break;
    case EndpointKind::Room:
        path = u"/ws/room/"_s + QString::fromLatin1(QUrl::toPercentEncoding(room));
        break;
    case EndpointKind::Subscribe:
        path = u"/ws/subscribe/"_s + QString::fromLatin1(QUrl::toPercentEncoding(topic));
        break;
    case EndpointKind::Unknown: path = u"/"_s; break;
    }
    u.setPath(path, QUrl::StrictMode);
    return u;
}

QString jsonStringLiteral(const QString &s)
{
    const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(u'\'', u"'\\''"_s);
    return u'\'' + q + u'\'';
}

QString javaScriptSnippet(const ClientConfig &config, EndpointKind kind)
{
    const QString cred = jsonStringLiteral(config.credential);
    QString js;
    QUrl url = config.url;
    switch (config.auth) {
    case ClientAuth::None:
        break;
    case ClientAuth::Query:
        url = config.requestUrl();
        js += commentLines(u"// "_s, Text::tr("The token is part of the URL: it ends up in server logs and browser history."));
        break;
    case ClientAuth::Cookie:
        js += commentLines(u"// "_s, Text::tr(
            "JavaScript cannot add a Cookie header to a WebSocket handshake: the browser sends the\n"
            "cookies of the server's host itself. A page served from the same host can set it:"));
        js += u"document.cookie = %1;\n"_s.arg(jsonStringLiteral(u"session_id="_s + config.credential + u"; path=/"_s));
        break;
    case ClientAuth::Header:
        js += commentLines(u"// "_s, Text::tr(
            "Browsers cannot set an Authorization header on a WebSocket handshake (the WebSocket\n"
            "API has no way to pass headers). This snippet sends the same token as the first\n"
            "message instead; the server accepts both."));
        break;
    case ClientAuth::Message:
        break;
    }
    js += u"const ws = new WebSocket(%1);\n"_s.arg(jsonStringLiteral(url.toString(QUrl::FullyEncoded)));
    const bool authMessage = config.auth == ClientAuth::Message || config.auth == ClientAuth::Header;
    if (authMessage || kind == EndpointKind::Echo) {
        js += u"ws.onopen = () => {\n"_s;
        if (authMessage)
            js += u"  ws.send(JSON.stringify({ type: \"auth\", token: %1 }));\n"_s.arg(cred);
        if (kind == EndpointKind::Echo)
            js += u"  ws.send(\"hello\");\n"_s;
        js += u"};\n"_s;
    }
    js += u"ws.onmessage = (event) => console.log(event.data);\n"_s;
    js += u"ws.onclose = (event) => console.log(\"closed\", event.code, event.reason);\n"_s;
    return js;
}

QString pythonSnippet(const ClientConfig &config, EndpointKind kind)
{
    QString py;
    py += commentLines(u"# "_s, Text::tr("Needs the websockets package (Debian: python3-websockets)."));
    py += u"import asyncio\nimport websockets\n\n\nasync def main():\n"_s;
    QString connectArgs = jsonStringLiteral(config.requestUrl().toString(QUrl::FullyEncoded));
    const HeaderList hs = config.headers();
    if (!hs.isEmpty()) {
        QStringList items;
        for (const auto &[name, value] : hs)
            items << jsonStringLiteral(QString::fromUtf8(name)) + u": "_s + jsonStringLiteral(QString::fromUtf8(value));
        py += commentLines(u"    # "_s, Text::tr("websockets 14 and later call this argument additional_headers."));
        connectArgs += u", extra_headers={"_s + items.join(u", "_s) + u'}';
    }
    if (config.url.scheme() == u"wss"_s)
        py += commentLines(u"    # "_s, Text::tr("For a self-signed certificate pass ssl=ssl.create_default_context(cafile=\"cert.pem\")."));
    py += u"    async with websockets.connect(%1) as ws:\n"_s.arg(connectArgs);
    if (config.auth == ClientAuth::Message)
        py += u"        await ws.send(%1)\n"_s.arg(jsonStringLiteral(config.firstMessage()));
    if (kind == EndpointKind::Echo)
        py += u"        await ws.send(\"hello\")\n"_s;
    if (kind == EndpointKind::Subscribe)
        py += commentLines(u"        # "_s, Text::tr("Waits for the first publication to the topic."));
    py += u"        print(await ws.recv())\n\n\nasyncio.run(main())\n"_s;
    return py;
}

QString wscatCommand(const ClientConfig &config)
{
    QString cmd = u"wscat -c "_s + shellQuote(config.requestUrl().toString(QUrl::FullyEncoded));
    const HeaderList hs = config.headers();
    for (const auto &[name, value] : hs)
        cmd += u" -H "_s + shellQuote(QString::fromUtf8(name) + u": "_s + QString::fromUtf8(value));
    cmd += u'\n';
    if (config.auth == ClientAuth::Message)
        cmd += commentLines(u"# "_s, Text::tr("then type: %1").arg(config.firstMessage()));
    return cmd;
}

} // namespace SocketScope
