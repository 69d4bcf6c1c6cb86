#include "keyring.h"

#include <qt6keychain/keychain.h>

#include <QObject>

using namespace Qt::StringLiterals;

namespace SocketScope::Keyring {

namespace {
const QString Service = u"SocketScope"_s;
const QString ProbeKey = u"socketscope-keyring-probe"_s;
} // namespace

void probe(QObject *context, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setAutoDelete(true);
    job->setKey(ProbeKey);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        // A keyring that answers "not found" is there.
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : j->errorString());
    });
    job->start();
}

void readToken(const QString &url, QObject *context, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setAutoDelete(true);
    job->setKey(url);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        done(read->error() == QKeychain::NoError ? read->textData() : QString());
    });
    job->start();
}

void writeToken(const QString &url, const QString &token, QObject *context,
                std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setAutoDelete(true);
    job->setKey(url);
    job->setTextData(token);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
}

} // namespace SocketScope::Keyring
