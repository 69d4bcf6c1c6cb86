#pragma once

// Two small dialogs of a client tab: the custom parts of the upgrade request (headers, query
// parameters, subprotocols, as in Postman), and a JWT decoder (header, claims, expiry; the
// signature is the server's to check).

#include "clientconfig.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QLineEdit;

namespace SocketScope {

struct JwtParts
{
    QString error;          // empty when the token has a JWT's shape
    QString headerJson;     // as in the token, re-indented (key order kept)
    QString claimsJson;
    std::optional<qint64> expiresAt;   // "exp", seconds since the epoch
    std::optional<qint64> issuedAt;    // "iat"
    QString algorithm;
};
// Decodes without verifying: anyone can read a JWT; only the signature needs the secret.
JwtParts decodeJwt(const QString &token);
// "expires 2026-12-02 11:00:00 (in 59 min)" / "expired … ago" / "no exp claim: never expires".
QString jwtExpiryText(const JwtParts &parts, qint64 nowSecs);

class RequestOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    RequestOptionsDialog(const ClientConfig &current, QWidget *parent = nullptr);

    // Validates the three fields; on an error it is shown and false returned.
    bool apply(ClientConfig *config);
    void accept() override;
    // The current configuration with the fields applied (after accept()).
    ClientConfig result() const { return m_result; }

    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPlainTextEdit *queryEdit() const { return m_query; }
    QLineEdit *subprotocolsEdit() const { return m_subprotocols; }

private:
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_query;
    QLineEdit *m_subprotocols;
    QLabel *m_error;
    ClientConfig m_result;
};

class JwtDecodeDialog : public QDialog
{
    Q_OBJECT
public:
    JwtDecodeDialog(const QString &token, QWidget *parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace SocketScope
