#include "net/tls.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace SocketScope {

namespace {

std::optional<QByteArray> readFile(const QString &path, const QString &what, QString *error)
{
    const QFileInfo info(path);
    if (path.isEmpty()) {
        *error = u"no %1 file given"_s.arg(what);
        return std::nullopt;
    }
    if (!info.exists()) {
        *error = u"%1 file %2: does not exist"_s.arg(what, path);
        return std::nullopt;
    }
    QFile f(path);
    if (!info.isFile() || !f.open(QIODevice::ReadOnly)) {
        *error = u"%1 file %2: cannot be read: %3"_s.arg(what, path, info.isFile() ? f.errorString() : u"not a file"_s);
        return std::nullopt;
    }
    return f.readAll();
}

// The key/certificate match is decided by the TLS library itself: start a real server-side
// handshake on loopback and see whether the context can be built.
class ProbeServer : public QTcpServer
{
public:
    QSslSocket socket;

protected:
    void incomingConnection(qintptr fd) override { socket.setSocketDescriptor(fd); }
};

bool keyMatchesCertificate(const QSslConfiguration &config)
{
    ProbeServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return true;   // cannot probe; the first real handshake will tell
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QEventLoop loop;
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    QObject::connect(&server, &QTcpServer::newConnection, &loop, &QEventLoop::quit);
    if (server.socket.state() != QAbstractSocket::ConnectedState)
        loop.exec();
    if (server.socket.state() != QAbstractSocket::ConnectedState)
        return true;
    server.socket.setSslConfiguration(config);
    server.socket.startServerEncryption();
    return server.socket.error() != QAbstractSocket::SslInternalError;
}

} // namespace

std::optional<QSslConfiguration> loadTlsConfiguration(const QString &certPath, const QString &keyPath,
                                                      QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = u"TLS is not available: no TLS backend could be loaded"_s;
        return std::nullopt;
    }
    const auto certData = readFile(certPath, u"certificate"_s, error);
    if (!certData)
        return std::nullopt;
    const auto keyData = readFile(keyPath, u"key"_s, error);
    if (!keyData)
        return std::nullopt;

    QList<QSslCertificate> chain = QSslCertificate::fromData(*certData, QSsl::Pem);
    if (chain.isEmpty())
        chain = QSslCertificate::fromData(*certData, QSsl::Der);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = u"certificate file %1: not a PEM or DER certificate"_s.arg(certPath);
        return std::nullopt;
    }
    const QSslCertificate &cert = chain.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (cert.expiryDate() < now) {
        *error = u"certificate file %1: expired on %2"_s.arg(certPath, cert.expiryDate().toString(Qt::ISODate));
        return std::nullopt;
    }
    if (cert.effectiveDate() > now) {
        *error = u"certificate file %1: not valid before %2"_s.arg(certPath, cert.effectiveDate().toString(Qt::ISODate));
        return std::nullopt;
    }

    QSslKey key;
    for (auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        for (auto encoding : {QSsl::Pem, QSsl::Der}) {
            key = QSslKey(*keyData, algorithm, encoding, QSsl::PrivateKey);
            if (!key.isNull())
                break;
        }
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = u"key file %1: not an unencrypted RSA, EC or DSA private key"_s.arg(keyPath);
        return std::nullopt;
    }

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!keyMatchesCertificate(config)) {
        *error = u"key file %1: does not match the certificate in %2"_s.arg(keyPath, certPath);
        return std::nullopt;
    }
    return config;
}

} // namespace SocketScope
