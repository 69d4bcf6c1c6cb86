#include "requestdialogs.h"

#include "messagelog.h"
#include "uiformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JwtDecodeDialog)
};

std::optional<QByteArray> base64Url(QStringView part)
{
    auto decoded = QByteArray::fromBase64Encoding(part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<qint64> numberClaim(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return qint64(v.toDouble());
}
} // namespace

JwtParts decodeJwt(const QString &token)
{
    JwtParts out;
    const QStringList parts = token.trimmed().split(u'.');
    if (parts.size() != 3) {
        out.error = Text::tr("A JWT has three parts separated by dots; this has %n.", nullptr, int(parts.size()));
        return out;
    }
    const auto header = base64Url(parts.at(0));
    const auto claims = base64Url(parts.at(1));
    if (!header || !claims) {
        out.error = Text::tr("The header or claims part is not base64url.");
        return out;
    }
    const QJsonDocument h = QJsonDocument::fromJson(*header);
    const QJsonDocument c = QJsonDocument::fromJson(*claims);
    if (!h.isObject() || !c.isObject()) {
        out.error = Text::tr("The header or claims part is not a JSON object.");
        return out;
    }
    out.headerJson = prettyJson(QString::fromUtf8(*header));
    out.claimsJson = prettyJson(QString::fromUtf8(*claims));
    out.algorithm = h.object().value(u"alg"_s).toString();
    out.expiresAt = numberClaim(c.object(), u"exp"_s);
    out.issuedAt = numberClaim(c.object(), u"iat"_s);
    return out;
}

QString jwtExpiryText(const JwtParts &parts, qint64 nowSecs)
{
    if (!parts.expiresAt)
        return Text::tr("no exp claim: it never expires (SocketScope refuses such tokens only if the signature is wrong)");
    const QString when = QDateTime::fromSecsSinceEpoch(*parts.expiresAt).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const qint64 delta = *parts.expiresAt - nowSecs;
    if (delta > 0)
        return Text::tr("expires %1 (in %2)").arg(when, UiFormat::duration(delta * 1000));
    return Text::tr("EXPIRED %1 (%2 ago): the server answers 1008 “Token expired”").arg(when, UiFormat::duration(-delta * 1000));
}

RequestOptionsDialog::RequestOptionsDialog(const ClientConfig &current, QWidget *parent)
    : QDialog(parent), m_result(current)
{
    setWindowTitle(tr("Headers, query and subprotocols"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Added to the opening handshake of the next connection. Browsers cannot set "
                                "headers on a WebSocket; other clients can."), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(u"extraHeaders"_s);
    m_headers->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_headers->setPlaceholderText(u"Origin: http://localhost:3000\nX-Trace-Id: 42"_s);
    m_headers->setTabChangesFocus(true);
    QStringList headerLines;
    for (const auto &[name, value] : current.extraHeaders)
        headerLines << QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value);
    m_headers->setPlainText(headerLines.join(u'\n'));
    form->addRow(tr("&Headers (Name: value):"), m_headers);
    m_query = new QPlainTextEdit(this);
    m_query->setObjectName(u"queryItems"_s);
    m_query->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_query->setPlaceholderText(u"lang=en\nversion=2"_s);
    m_query->setTabChangesFocus(true);
    QStringList queryLines;
    for (const auto &[key, value] : current.queryItems)
        queryLines << key + u'=' + value;
    m_query->setPlainText(queryLines.join(u'\n'));
    form->addRow(tr("&Query parameters (key=value):"), m_query);
    m_subprotocols = new QLineEdit(current.subprotocols.join(u", "_s), this);
    m_subprotocols->setObjectName(u"subprotocols"_s);
    m_subprotocols->setPlaceholderText(u"chat, superchat"_s);
    form->addRow(tr("&Subprotocols:"), m_subprotocols);
    m_error = new QLabel(this);
    m_error->setObjectName(u"optionsError"_s);
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestOptionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(520, 380);
}

bool RequestOptionsDialog::apply(ClientConfig *config)
{
    ClientConfig c = *config;
    QString error = parseHeaderLines(m_headers->toPlainText(), &c.extraHeaders);
    if (error.isEmpty())
        error = parseQueryLines(m_query->toPlainText(), &c.queryItems);
    if (error.isEmpty())
        error = parseSubprotocols(m_subprotocols->text(), &c.subprotocols);
    m_error->setText(error);
    if (!error.isEmpty())
        return false;
    *config = c;
    return true;
}

void RequestOptionsDialog::accept()
{
    if (apply(&m_result))
        QDialog::accept();
}

JwtDecodeDialog::JwtDecodeDialog(const QString &token, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Decode a JWT"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A JWT is not encrypted: anyone holding it can read its header and claims. "
                                "Only the signature needs the server's secret, so it is not checked here."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"jwtDecoded"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const JwtParts parts = decodeJwt(token);
    if (!parts.error.isEmpty()) {
        m_text->setPlainText(tr("Not a JWT: %1").arg(parts.error));
    } else {
        QStringList lines;
        lines << tr("Header (algorithm %1):").arg(parts.algorithm.isEmpty() ? tr("none given") : parts.algorithm)
              << parts.headerJson << QString() << tr("Claims:") << parts.claimsJson << QString()
              << tr("Expiry: %1").arg(jwtExpiryText(parts, QDateTime::currentSecsSinceEpoch()));
        if (parts.issuedAt)
            lines << tr("Issued: %1").arg(QDateTime::fromSecsSinceEpoch(*parts.issuedAt).toString(u"yyyy-MM-dd HH:mm:ss"_s));
        if (parts.algorithm != u"HS256"_s)
            lines << tr("SocketScope accepts HS256 only: this token is refused with 1008 “Invalid token”.");
        m_text->setPlainText(lines.join(u'\n'));
    }
    m_text->setMinimumSize(520, 300);
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString JwtDecodeDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace SocketScope
