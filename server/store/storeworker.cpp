#include "store/storeworker.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace SocketScope {

Q_LOGGING_CATEGORY(lcStoreWorker, "socketscope.store")

namespace {
constexpr int RevisionPollMs = 1000;
// With LISTEN/NOTIFY the revision read is only a safety net (a notification lost in a reconnect).
constexpr int ListeningPollTicks = 5;
constexpr int FirstRetryMs = 200;
constexpr int MaxRetryMs = 5000;
} // namespace

StoreWorker::StoreWorker()
{
    m_revisionTimer.setInterval(RevisionPollMs);
    connect(&m_revisionTimer, &QTimer::timeout, this, &StoreWorker::onTick);
    m_auditRetry.setSingleShot(true);
    connect(&m_auditRetry, &QTimer::timeout, this, &StoreWorker::retryAudit);
}

StoreWorker::~StoreWorker()
{
    if (!m_audit.isEmpty() && m_store.isOpen() && !flushAudit()) {
        qCCritical(lcStoreWorker).noquote() << u"audit log: %1 rows could not be written before exit"_s.arg(m_audit.size());
    }
}

StoreWorker::OpenResult StoreWorker::open(const QString &path, bool demoUsers, const QByteArray &configuredSecret,
                                          int retentionDays, int maxRows, const QString &passwordFile)
{
    OpenResult r;
    QString password;
    if (!passwordFile.isEmpty()) {
        const auto read = Store::readPasswordFile(passwordFile, &r.error);
        if (!read)
            return r;
        password = *read;
    }
    if (!m_store.isOpen() || m_store.path() != path) {
        if (!m_store.open(path, &r.error, password))
            return r;
        listen();
    }
    m_location = path;
    m_password = password;
    m_down = false;
    m_failuresSeen = m_store.failureCount();
    // Short: a writer in another process must not hold up authentication here for long.
    // Audit rows are retried; an admin's change fails with "database is locked".
    m_store.setBusyTimeout(200);
    r.ok = true;
    r.path = m_store.path();
    r.seeded = demoUsers && m_store.seedDemoData();
    r.pruned = m_store.pruneAudit(retentionDays, maxRows, QDateTime::currentMSecsSinceEpoch());
    r.jwtSecret = configuredSecret.isEmpty() ? m_store.jwtSecret() : configuredSecret;
    m_auth = std::make_unique<Authenticator>(m_store, r.jwtSecret);
    const Store::CredentialChanges now = m_store.credentialChanges(0);
    m_revision = now.revision;
    m_lastAuditId = now.lastAuditId;
    m_revisionTimer.start();
    reportHealth();
    return r;
}

void StoreWorker::appendAudit(QList<AuditEntry> entries)
{
    m_audit.append(std::move(entries));
    if (!m_auditRetry.isActive())
        flushAudit();
    reportHealth();
}

void StoreWorker::reportHealth()
{
    const Health now{!m_down && !m_auditFailing, m_reconnects, m_audit.size()};
    if (now == m_health)
        return;
    m_health = now;
    Q_EMIT healthChanged(now);
}

bool StoreWorker::flushAudit()
{
    if (m_audit.isEmpty())
        return true;
    QString error;
    if (m_store.isOpen() && m_store.appendAudit(m_audit, &error)) {
        if (m_auditFailing) {
            qCInfo(lcStoreWorker).noquote() << u"audit log: wrote %1 delayed rows"_s.arg(m_audit.size());
            m_auditFailing = false;
        }
        m_audit.clear();
        m_retryMs = 0;
        reportHealth();
        return true;
    }
    if (!m_store.isOpen())
        error = u"no database is open"_s;
    // Kept and retried (a lock held by another process passes); logged once per episode.
    if (!m_auditFailing) {
        qCWarning(lcStoreWorker).noquote() << u"audit log: %1 rows waiting, will retry: %2"_s.arg(m_audit.size()).arg(error);
        m_auditFailing = true;
    }
    m_retryMs = m_retryMs == 0 ? FirstRetryMs : qMin(MaxRetryMs, m_retryMs * 2);
    m_auditRetry.start(m_retryMs);
    reportHealth();
    return false;
}

void StoreWorker::retryAudit()
{
    ensureConnected();
    flushAudit();
}

void StoreWorker::listen()
{
    // Another node's ban or revocation arrives at its commit rather than at the next poll.
    // Queued: pollRevision() may reconnect, which deletes the driver that is emitting.
    m_listening = m_store.subscribeToCredentialChanges(this, [this] {
        QMetaObject::invokeMethod(this, &StoreWorker::pollRevision, Qt::QueuedConnection);
    });
}

void StoreWorker::onTick()
{
    const bool wasDown = m_down;
    if (!ensureConnected())
        return;
    if (m_recheckAll) {
        m_recheckAll = false;
        Q_EMIT credentialsChanged({}, true);
    }
    if (m_listening && !wasDown && ++m_quietTicks < ListeningPollTicks)
        return;
    m_quietTicks = 0;
    pollRevision();
}

bool StoreWorker::ensureConnected()
{
    if (m_store.isOpen() && m_store.failureCount() == m_failuresSeen)
        return true;
    if (m_store.isOpen() && m_store.ping()) {
        m_failuresSeen = m_store.failureCount();
        return true;
    }
    // A SQLite file that failed a statement was locked, not gone: nothing to reconnect.
    if (m_location.isEmpty() || !Store::isPostgresLocation(m_location)) {
        m_failuresSeen = m_store.failureCount();
        return m_store.isOpen();
    }
    QString error;
    if (!m_store.open(m_location, &error, m_password)) {
        if (!m_down)
            qCWarning(lcStoreWorker).noquote() << u"store: database unreachable, logins fail until it returns: %1"_s.arg(error);
        m_down = true;
        reportHealth();
        return false;
    }
    m_store.setBusyTimeout(200);
    listen();
    m_failuresSeen = m_store.failureCount();
    ++m_reconnects;
    if (m_down)
        qCInfo(lcStoreWorker).noquote() << u"store: database reachable again"_s;
    m_down = false;
    reportHealth();
    // Changes made meanwhile are found by the revision and the audit rows since m_lastAuditId.
    return true;
}

void StoreWorker::pruneAudit(int retentionDays, int maxRows)
{
    m_store.pruneAudit(retentionDays, maxRows, QDateTime::currentMSecsSinceEpoch());
}

void StoreWorker::pollRevision()
{
    if (!ensureConnected())
        return;
    const quint64 failures = m_store.failureCount();
    const qint64 revision = m_store.revision();
    if (m_store.failureCount() != failures)
        return;   // not the revision, a failed read: tried again next time
    if (revision == m_revision)
        return;
    const Store::CredentialChanges c = m_store.credentialChanges(m_lastAuditId);
    if (!c.ok)
        return;   // logged by the store; tried again next time
    m_revision = c.revision;
    m_lastAuditId = c.lastAuditId;
    // A bump without a row naming its user (pruned, or written by something else): check all.
    Q_EMIT credentialsChanged(c.userIds, c.userIds.isEmpty());
}

QList<std::pair<quint64, QString>> StoreWorker::recheck(const QList<CredentialCheck> &checks)
{
    using Credential = Authenticator::Outcome::Credential;
    QList<std::pair<quint64, QString>> revoked;
    const quint64 failures = m_store.failureCount();
    if (!m_store.isOpen()) {
        m_recheckAll = true;
        return revoked;
    }
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    // Per user once, however many connections it has.
    QHash<qint64, QString> userVerdict;
    for (const CredentialCheck &c : checks) {
        auto verdict = userVerdict.constFind(c.userId);
        if (verdict == userVerdict.cend()) {
            QString why;
            if (!m_store.userById(c.userId))
                why = u"User removed"_s;
            else if (m_store.bannedUntil(c.userId, nowSecs))
                why = u"User banned"_s;
            verdict = userVerdict.insert(c.userId, why);
        }
        if (!verdict->isEmpty()) {
            revoked.append({c.sessionId, *verdict});
            continue;
        }
        std::optional<User> current;
        switch (c.credential) {
        case Credential::ApiToken: current = m_store.userForTokenHash(c.credentialHash, nowSecs); break;
        case Credential::Session: current = m_store.userForSessionHash(c.credentialHash, nowSecs); break;
        case Credential::Jwt:
        case Credential::None: continue;   // the user exists and is not banned
        }
        if (!current || current->id != c.userId)
            revoked.append({c.sessionId, c.credential == Credential::Session ? u"Session revoked"_s : u"Token revoked"_s});
    }
    // A failed lookup reads as "removed" or "revoked": close nobody on it, and check again later.
    if (m_store.failureCount() != failures) {
        m_recheckAll = true;
        return {};
    }
    return revoked;
}

} // namespace SocketScope
