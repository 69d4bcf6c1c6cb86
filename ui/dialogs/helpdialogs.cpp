#include "helpdialogs.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString code(const QString &s)
{
    return u"<code>%1</code>"_s.arg(esc(s));
}
} // namespace

QString aboutText()
{
    QString html = u"<h3>SocketScope %1</h3>"_s.arg(esc(QCoreApplication::applicationVersion()));
    html += u"<p>%1</p>"_s.arg(esc(Text::tr("A WebSocket server you can watch and administer live: connections, "
                                             "rooms, topics, rate limits and traffic, with an event log, charts "
                                             "and a client to try every endpoint.")));
    html += u"<p>%1</p>"_s.arg(esc(Text::tr("Built with Qt %1, running on Qt %2.").arg(QString::fromLatin1(QT_VERSION_STR),
                                                                                      QString::fromLatin1(qVersion()))));
    html += u"<p>%1</p>"_s.arg(esc(Text::tr("Licence: MIT. You may use, copy, modify and distribute SocketScope "
                                             "freely, provided the copyright and licence notice is kept; it comes "
                                             "without any warranty. The full text is in the LICENSE file.")));
    html += u"<p>%1</p>"_s.arg(esc(Text::tr("Qt is used under the GNU LGPL version 3.")));
    return html;
}

void showAboutDialog(QWidget *parent)
{
    QMessageBox box(parent);
    box.setWindowTitle(Text::tr("About SocketScope"));
    box.setIconPixmap(QIcon(u":/icons/socketscope.svg"_s).pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText());
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

QString GettingStartedDialog::html(const QString &serverUrl)
{
    const QString base = serverUrl.isEmpty() ? u"ws://127.0.0.1:8000"_s : serverUrl;
    QString h;
    const auto p = [&h](const QString &text) { h += u"<p>%1</p>"_s.arg(text); };
    const auto heading = [&h](const QString &text) { h += u"<h3>%1</h3>"_s.arg(esc(text)); };

    h += u"<h2>%1</h2>"_s.arg(esc(Text::tr("Getting started")));
    p(esc(Text::tr("SocketScope runs a real WebSocket server inside this window. Everything that happens on it "
                   "appears live: each connection in the Connections view, every connect, authentication, join, "
                   "rate-limit rejection and close in the event log, and the traffic in the charts.")));
    p(esc(Text::tr("The server is listening on %1. Change the address and port in the toolbar; 127.0.0.1 accepts "
                   "connections from this computer only, 0.0.0.0 from the network.")).arg(code(base)));

    heading(Text::tr("A first client"));
    p(esc(Text::tr("Open the Client view (a tab next to Connections), choose an endpoint and an authentication "
                   "method, and connect. Or, from a terminal:")));
    h += u"<pre>python3 -m websockets %1/ws/echo\npython3 -m websockets '%1/ws?token=secret-token'</pre>"_s.arg(esc(base));
    p(esc(Text::tr("In a browser console:")) + u" "_s + code(u"new WebSocket('%1/ws?token=secret-token')"_s.arg(base)));

    heading(Text::tr("Endpoints"));
    h += u"<table cellspacing=0 cellpadding=3 border=1>"_s;
    const auto row = [&h](const QString &path, const QString &what) {
        h += u"<tr><td><code>%1</code></td><td>%2</td></tr>"_s.arg(esc(path), esc(what));
    };
    row(u"/ws/echo"_s, Text::tr("No authentication. Sends every text back as “Message text was: …” and binary "
                                "messages unchanged."));
    row(u"/ws"_s, Text::tr("Authenticated chat: a JSON welcome, then each message comes back as “User 123: …” (the sender’s user id)."));
    row(u"/ws/admin"_s, Text::tr("For the admin role: admin commands in JSON, such as broadcast, kick, ban and "
                                 "stats."));
    row(u"/ws/{client_id}"_s, Text::tr("Connection manager: everyone connected here sees who joins and leaves "
                                       "and every message."));
    row(u"/ws/room/{room_id}"_s, Text::tr("A chat room: messages go to the other members of the room."));
    row(u"/ws/subscribe/{topic}"_s, Text::tr("Receives every JSON object published to the topic; the admin and "
                                             "publisher roles may publish."));
    row(u"GET /healthz, /metrics"_s, Text::tr("Plain HTTP: a health check in JSON and Prometheus metrics."));
    h += u"</table>"_s;
    p(esc(Text::tr("On every endpoint “ping” is answered with “pong”, an empty message with an error, and a user "
                   "over the rate limit with an error that says when to try again.")));

    heading(Text::tr("Authentication"));
    p(esc(Text::tr("Every endpoint except /ws/echo needs a credential. The first one present decides:")));
    h += u"<ol>"_s;
    h += u"<li>%1</li>"_s.arg(esc(Text::tr("An Authorization header: %1. Browsers cannot set it on a WebSocket.")).arg(code(u"Authorization: Bearer <token>"_s)));
    h += u"<li>%1</li>"_s.arg(esc(Text::tr("A session cookie: %1, sent by the browser itself.")).arg(code(u"session_id=<id>"_s)));
    h += u"<li>%1</li>"_s.arg(esc(Text::tr("A query parameter: %1. Simple, but the token ends up in logs and browser history.")).arg(code(u"?token=<token>"_s)));
    h += u"<li>%1</li>"_s.arg(esc(Text::tr("None of these: the first message must be %1, within the auth timeout.")).arg(code(u"{\"type\":\"auth\",\"token\":\"<token>\"}"_s)));
    h += u"</ol>"_s;
    p(esc(Text::tr("A token is an API token from the Users view or a JWT signed by the server (Make JWT… in the "
                   "Client view). A failed authentication closes the connection with code 1008 and a reason such as "
                   "“Invalid token” or “Token expired”.")));
    p(esc(Text::tr("An empty database starts with demo users: the tokens secret-token (john_doe) and valid-token "
                   "(alice, admin), and the sessions abc123 (alice) and xyz789 (bob).")));

    heading(Text::tr("Acting as admin"));
    p(esc(Text::tr("Right-click a connection to kick it, message or ban its user. Broadcast… and Publish… are in "
                   "the Server menu; rate limits change live in the Rate limits view. Settings… holds every server "
                   "option.")));
    return h;
}

GettingStartedDialog::GettingStartedDialog(const QString &serverUrl, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(Text::tr("Getting started"));
    setObjectName(u"gettingStartedDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(html(serverUrl));
    m_browser->setAccessibleName(Text::tr("Getting started"));
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1200, 900);
    resize(QSize(760, 720).boundedTo(available * 9 / 10));
}

} // namespace SocketScope
