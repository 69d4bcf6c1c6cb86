#pragma once

#include <QString>

#include <functional>

class QObject;

namespace SocketScope {

// Admin tokens of attached servers in the desktop keyring (Secret Service, KWallet) through
// QtKeychain, keyed by the server's URL. Never in the settings file: where no keyring is
// reachable, tokens are simply not saved. Every call answers later, in `context`'s thread.
namespace Keyring {

// Whether a keyring answers; `why` says what is missing when not.
void probe(QObject *context, std::function<void(bool available, const QString &why)> done);
// The token saved for `url`, or an empty string.
void readToken(const QString &url, QObject *context, std::function<void(const QString &token)> done);
void writeToken(const QString &url, const QString &token, QObject *context,
                std::function<void(bool ok, const QString &error)> done);

} // namespace Keyring
} // namespace SocketScope
