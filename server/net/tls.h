#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace SocketScope {

// Loads and checks a certificate/key pair for wss://. On failure `error` names the file and the
// reason: missing, unreadable, not a certificate/key, expired or not yet valid, key and
// certificate do not belong together.
std::optional<QSslConfiguration> loadTlsConfiguration(const QString &certPath, const QString &keyPath,
                                                      QString *error);

} // namespace SocketScope
