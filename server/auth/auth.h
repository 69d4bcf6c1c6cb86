#pragma once

#include "monitor/snapshot.h"
#include "store/store.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkRequest;

namespace SocketScope {

// SPEC §2: which credential a handshake carries and whom it names.
class Authenticator
{
public:
    using WallClock = std::function<qint64()>;   // seconds since the epoch

    Authenticator(Store &store, QByteArray jwtSecret, WallClock clock = {});

    struct Outcome
    {
        enum class Status : quint8 { Ok, Failed, NoCredential };
        Status status = Status::NoCredential;
        User user;
        AuthMethod method = AuthMethod::None;
        QString reason;   // close reason on failure: "Invalid token", "Token expired", …
        int closeCode = 1008;   // 1013 when the store could not be asked (fail closed, try later)
        QString detail;   // for the log, secrets redacted
        QString credentialRedacted;
        // What a live connection is re-checked against when the store changes (never the secret).
        enum class Credential : quint8 { None, ApiToken, Session, Jwt };
        Credential credential = Credential::None;
        QByteArray credentialHash;   // Store::hashSecret() of an API token or session id
        qint64 jwtExpiresAt = 0;     // a JWT's "exp" (for the connection inspector)
        bool ok() const { return status == Status::Ok; }
    };

    // Header → cookie → query; the first credential present decides. `origin` and
    // `allowedOrigins` guard cookie auth against cross-site WebSocket hijacking.
    Outcome fromHandshake(const QNetworkRequest &request, const QUrl &url, const QString &origin,
                          const QStringList &allowedOrigins) const;
    // A token (API token or JWT) that arrived by `method`.
    Outcome fromToken(const QString &token, AuthMethod method) const;
    Outcome fromSession(const QString &sessionId) const;

    qint64 now() const { return m_clock(); }
    const QByteArray &jwtSecret() const { return m_secret; }

    // The value of cookie `name` in a Cookie header, or a null QString.
    static QString cookieValue(const QByteArray &cookieHeader, QByteArrayView name);

private:
    Outcome tokenOutcome(const QString &token, AuthMethod method) const;
    Outcome sessionOutcome(const QString &sessionId) const;
    // Fails closed when a lookup behind `o` could not reach the store.
    Outcome unlessStoreFailed(Outcome o, quint64 failuresBefore) const;
    Outcome checkUser(Outcome o) const;

    Store &m_store;
    QByteArray m_secret;
    WallClock m_clock;
};

} // namespace SocketScope
