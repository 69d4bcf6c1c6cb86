#pragma once

#include "auth/auth.h"
#include "store/store.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace SocketScope {

// The store's own thread: every database access of a running server happens here, with its own
// connection, so that the server (network) thread never waits on disk, a lock held by another
// process, or a slow query. Calls are queued in; answers are queued back to the caller's object.
// On PostgreSQL it also listens for other nodes' credential changes and reconnects when the
// database comes back after an outage.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    StoreWorker();
    ~StoreWorker() override;   // writes what the audit queue still holds (one last try)

    struct OpenResult
    {
        bool ok = false;
        QString error;
        QString path;
        QByteArray jwtSecret;   // the configured one, or the store's
        bool seeded = false;
        int pruned = 0;
    };
    // In the worker's thread: opens `path` (unless open already), seeds the demo users, prunes
    // the audit log, and starts watching the revision. `passwordFile`: for a postgresql:// path,
    // the file whose first line is the password (empty: PGPASSWORD or ~/.pgpass).
    OpenResult open(const QString &path, bool demoUsers, const QByteArray &configuredSecret, int retentionDays,
                    int maxRows, const QString &passwordFile = {});
    // Whether the last contact with the database worked (false while PostgreSQL is down).
    bool databaseUp() const { return !m_down; }

    Store &store() { return m_store; }
    Authenticator &auth() { return *m_auth; }

    // Runs job(store) in the worker's thread, then done(result) in `context`'s thread (dropped if
    // `context` is gone by then).
    template <typename Job, typename Done>
    void call(QObject *context, Job job, Done done)
    {
        QMetaObject::invokeMethod(this, [this, ctx = QPointer<QObject>(context), job = std::move(job),
                                         done = std::move(done)]() mutable {
            auto result = job(*this);
            if (ctx) {
                QMetaObject::invokeMethod(ctx, [done = std::move(done), result = std::move(result)]() mutable {
                    done(std::move(result));
                }, Qt::QueuedConnection);
            }
        }, Qt::QueuedConnection);
    }

    // Queued in the worker: appended in order, retried until written (never dropped).
    void appendAudit(QList<AuditEntry> entries);
    // For tests and exports: writes the queue now. Worker thread only.
    bool flushAudit();
    qsizetype auditBacklog() const { return m_audit.size(); }
    void pruneAudit(int retentionDays, int maxRows);

    struct CredentialCheck
    {
        quint64 sessionId = 0;
        qint64 userId = 0;
        Authenticator::Outcome::Credential credential = Authenticator::Outcome::Credential::None;
        QByteArray credentialHash;
    };
    // Worker thread: the sessions in `checks` that are no longer backed by a valid credential,
    // with the close reason ("User removed", "User banned", "Token revoked", "Session revoked").
    QList<std::pair<quint64, QString>> recheck(const QList<CredentialCheck> &checks);

    // What /healthz, /metrics and the window show of the store; sent on change.
    struct Health
    {
        bool up = true;   // statements succeed (PostgreSQL reachable, SQLite file writable)
        quint64 reconnects = 0;   // times PostgreSQL came back after an outage
        qint64 auditQueued = 0;   // audit rows waiting to be written
        bool operator==(const Health &) const = default;
    };

Q_SIGNALS:
    void healthChanged(const SocketScope::StoreWorker::Health &health);
    // The store's revision moved (a revocation, removal, ban or unban, maybe by another process):
    // the users concerned, or all = true when they cannot be told.
    void credentialsChanged(const QList<qint64> &userIds, bool all);

private:
    void onTick();
    void pollRevision();
    void retryAudit();
    // True when the store answers; on PostgreSQL reconnects after a failure (a restarted server
    // leaves the old connection dead).
    bool ensureConnected();
    void listen();
    void reportHealth();

    Store m_store;
    std::unique_ptr<Authenticator> m_auth;
    QTimer m_revisionTimer{this};
    QTimer m_auditRetry{this};
    qint64 m_revision = 0;
    qint64 m_lastAuditId = 0;
    QList<AuditEntry> m_audit;
    bool m_auditFailing = false;
    int m_retryMs = 0;
    QString m_location;
    QString m_password;
    quint64 m_failuresSeen = 0;
    bool m_down = false;
    quint64 m_reconnects = 0;
    Health m_health;
    bool m_recheckAll = false;
    bool m_listening = false;
    int m_quietTicks = 0;   // a recheck could not read the store: redo all once it can
};

} // namespace SocketScope

Q_DECLARE_METATYPE(SocketScope::StoreWorker::CredentialCheck)
Q_DECLARE_METATYPE(SocketScope::StoreWorker::Health)
