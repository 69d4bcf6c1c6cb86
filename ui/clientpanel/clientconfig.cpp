#include "clientconfig.h"

#include "auth/redact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

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
    const bool token = auth == ClientAuth::Query && !credential.isEmpty();
    if (!token && queryItems.isEmpty())
        return url;
    QUrl u = url;
    QString q = u.query(QUrl::FullyEncoded);
    auto add = [&q](const QString &key, const QString &value) {
        if (!q.isEmpty())
            q += u'&';
        q += QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    for (const auto &[key, value] : queryItems)
        add(key, value);
    if (token)
        add(u"token"_s, credential);
    u.setQuery(q, QUrl::StrictMode);
    return u;
}

HeaderList ClientConfig::headers() const
{
    HeaderList out;
    if (!credential.isEmpty() && auth == ClientAuth::Cookie)
        out.append({QByteArrayLiteral("Cookie"), "session_id=" + credential.toUtf8()});
    else if (!credential.isEmpty() && auth == ClientAuth::Header)
        out.append({QByteArrayLiteral("Authorization"), "Bearer " + credential.toUtf8()});
    out.append(extraHeaders);
    return out;
}

namespace {
bool isToken(QStringView s)
{
    if (s.isEmpty())
        return false;
    static const QString extra = u"!#$%&'*+-.^_`|~"_s;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c.unicode() < 0x80 && c.isLetterOrNumber()) || extra.contains(c);
    });
}
} // namespace

QString parseHeaderLines(const QString &text, HeaderList *out)
{
    // Headers the client itself must write for the upgrade to mean anything.
    static const QStringList reserved{u"host"_s, u"upgrade"_s, u"connection"_s, u"sec-websocket-key"_s,
                                      u"sec-websocket-version"_s, u"sec-websocket-protocol"_s,
                                      u"sec-websocket-extensions"_s, u"content-length"_s};
    HeaderList headers;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        if (!isToken(name))
            return Text::tr("Header line %1: write it as “Name: value”.").arg(i + 1);
        if (reserved.contains(name.toLower()))
            return Text::tr("Header line %1: %2 is written by the client itself (use the subprotocol field for "
                            "Sec-WebSocket-Protocol).").arg(i + 1).arg(name);
        headers.append({name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    *out = headers;
    return {};
}

QString parseQueryLines(const QString &text, QList<std::pair<QString, QString>> *out)
{
    QList<std::pair<QString, QString>> items;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(u'=');
        const QString key = eq < 0 ? line : line.left(eq).trimmed();
        if (key.isEmpty())
            return Text::tr("Query line %1: write it as “key=value”.").arg(i + 1);
        items.append({key, eq < 0 ? QString() : line.mid(eq + 1).trimmed()});
    }
    *out = items;
    return {};
}

QString parseSubprotocols(const QString &text, QStringList *out)
{
    QStringList protocols;
    const QStringList parts = text.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (!isToken(p))
            return Text::tr("“%1” is not a valid subprotocol name (letters, digits and !#$%&'*+-.^_`|~ only).").arg(p);
        if (!protocols.contains(p))
            protocols.append(p);
    }
    *out = protocols;
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
    ClientConfig withoutToken = config;
    withoutToken.auth = ClientAuth::None;
    QUrl url = withoutToken.requestUrl();   // with the custom query parameters
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
    if (!config.extraHeaders.isEmpty())
        js += commentLines(u"// "_s, Text::tr("Browsers cannot add headers to a WebSocket handshake: the custom headers are left out."));
    QString protocols;
    if (!config.subprotocols.isEmpty()) {
        QStringList quoted;
        for (const QString &p : config.subprotocols)
            quoted << jsonStringLiteral(p);
        protocols = u", ["_s + quoted.join(u", "_s) + u']';
    }
    js += u"const ws = new WebSocket(%1%2);\n"_s.arg(jsonStringLiteral(url.toString(QUrl::FullyEncoded)), protocols);
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
    if (!config.subprotocols.isEmpty()) {
        QStringList quoted;
        for (const QString &p : config.subprotocols)
            quoted << jsonStringLiteral(p);
        connectArgs += u", subprotocols=["_s + quoted.join(u", "_s) + u']';
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
    for (const QString &p : config.subprotocols)
        cmd += u" -s "_s + shellQuote(p);
    cmd += u'\n';
    if (config.auth == ClientAuth::Message)
        cmd += commentLines(u"# "_s, Text::tr("then type: %1").arg(config.firstMessage()));
    return cmd;
}

} // namespace SocketScope
