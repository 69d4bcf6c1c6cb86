#pragma once

#include <QString>
#include <QUrl>

namespace SocketScope {

// "secret-token" -> "secr…"; short secrets show less so the redacted form never reveals most of it.
QString redactSecret(QStringView secret);
// Returns the URL as a display string with the values of token-like query items redacted
// (token, access_token, session_id, jwt, auth; also in the fragment) and any password removed.
QString redactedUrl(const QUrl &url);

} // namespace SocketScope
