#include "support/pgserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QVersionNumber>

#include <atomic>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

// Debian's postgresql package creates it; PostgreSQL will not run as root.
constexpr auto RunAsUser = "postgres";

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString quotedLiteral(QString text)
{
    return u'\'' + text.replace(u'\'', u"''"_s) + u'\'';
}

} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    if (m_running) {
        // Immediate: nothing in a throwaway cluster is worth a checkpoint.
        run(binDir() + u"/pg_ctl"_s, {u"stop"_s, u"-D"_s, m_dataDir, u"-m"_s, u"immediate"_s, u"-w"_s}, nullptr);
    }
}

QString PgServer::binDir()
{
    QString best;
    QVersionNumber bestVersion;
    const QDir root(u"/usr/lib/postgresql"_s);
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(entry + u"/bin"_s);
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s) && version > bestVersion) {
            best = bin;
            bestVersion = version;
        }
    }
    return best;
}

bool PgServer::run(const QString &program, const QStringList &arguments, QString *error, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"PGPASSWORD"_s, u"PGPASSFILE"_s, u"PGHOST"_s, u"PGPORT"_s, u"PGUSER"_s,
                                u"PGDATABASE"_s})
        env.remove(name);
    env.insert(u"LC_ALL"_s, u"C"_s);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir ? m_dir->path() : QDir::tempPath());
    if (m_asRoot) {
        process.start(u"/usr/sbin/runuser"_s,
                      QStringList{u"-u"_s, QString::fromLatin1(RunAsUser), u"--"_s, program} + arguments);
    } else {
        process.start(program, arguments);
    }
    const bool finished = process.waitForStarted(10000) && process.waitForFinished(timeoutMs);
    const bool ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok && error) {
        *error = u"%1 %2 failed (%3): %4%5"_s.arg(QFileInfo(program).fileName(), arguments.join(u' '),
                                                   finished ? QString::number(process.exitCode()) : process.errorString(),
                                                   QString::fromLocal8Bit(process.readAll()), logTail());
    }
    if (!finished)
        process.kill();
    return ok;
}

QString PgServer::logTail() const
{
    if (!m_dir)
        return {};
    QFile log(m_dir->filePath(u"server.log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = log.readAll();
    return u"\nserver log:\n"_s + QString::fromLocal8Bit(all.right(2000));
}

bool PgServer::start(QString *error)
{
    const QString bin = binDir();
    if (bin.isEmpty()) {
        *error = u"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)"_s;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = u"no temp folder"_s;
        return false;
    }
    m_asRoot = ::geteuid() == 0;
    if (m_asRoot) {
        const passwd *account = ::getpwnam(RunAsUser);
        if (!account) {
            *error = u"running as root, and there is no '%1' account to run PostgreSQL as"_s.arg(
                QLatin1StringView(RunAsUser));
            return false;
        }
        if (::chown(QFile::encodeName(m_dir->path()).constData(), account->pw_uid, account->pw_gid) != 0) {
            *error = u"cannot hand %1 to %2"_s.arg(m_dir->path(), QLatin1StringView(RunAsUser));
            return false;
        }
    }
    m_dataDir = m_dir->filePath(u"data"_s);
    if (!run(bin + u"/initdb"_s,
             {u"-D"_s, m_dataDir, u"-U"_s, superuser(), u"--auth=trust"_s, u"-E"_s, u"UTF8"_s, u"--locale=C"_s,
              u"--no-sync"_s, u"--no-instructions"_s},
             error))
        return false;
    // First match wins: the password user must authenticate; everyone else is trusted.
    QFile hba(m_dataDir + u"/pg_hba.conf"_s);
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = u"cannot write pg_hba.conf: "_s + hba.errorString();
        return false;
    }
    hba.write(u"local all all trust\n"
              u"host all %1 127.0.0.1/32 scram-sha-256\n"
              u"host all all 127.0.0.1/32 trust\n"_s.arg(passwordUser()).toUtf8());
    hba.close();
    m_port = freePort();
    if (m_port == 0 || !resume(error))
        return false;
    return exec(u"postgres"_s,
                u"CREATE ROLE %1 LOGIN PASSWORD %2"_s.arg(passwordUser(), quotedLiteral(password())), error);
}

bool PgServer::resume(QString *error)
{
    QString why;
    // fsync off: the cluster is thrown away; durability would only cost the shared machine time.
    const QString options = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                            u"-c full_page_writes=off"_s.arg(m_port).arg(m_dir->path());
    m_running = run(binDir() + u"/pg_ctl"_s,
                    {u"start"_s, u"-D"_s, m_dataDir, u"-l"_s, m_dir->filePath(u"server.log"_s), u"-w"_s,
                     u"-t"_s, u"60"_s, u"-o"_s, options},
                    &why);
    if (!m_running && error)
        *error = why;
    return m_running;
}

bool PgServer::stop(QString *error)
{
    if (!m_running)
        return true;
    if (!run(binDir() + u"/pg_ctl"_s, {u"stop"_s, u"-D"_s, m_dataDir, u"-m"_s, u"fast"_s, u"-w"_s}, error))
        return false;
    m_running = false;
    return true;
}

QString PgServer::url(const QString &database, const QString &user) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user).arg(m_port).arg(database);
}

bool PgServer::exec(const QString &database, const QString &sql, QString *error)
{
    static std::atomic<int> counter{0};
    const QString name = u"pgserver-admin-%1"_s.arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(m_port);
        db.setUserName(superuser());
        db.setDatabaseName(database);
        if (!db.open()) {
            *error = u"cannot connect to %1: %2"_s.arg(database, db.lastError().text());
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = u"%1: %2"_s.arg(sql, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PgServer::createDatabase(const QString &name, QString *error, const QString &owner)
{
    return exec(u"postgres"_s, u"CREATE DATABASE \"%1\" OWNER \"%2\""_s.arg(name, owner), error);
}

} // namespace TestSupport
