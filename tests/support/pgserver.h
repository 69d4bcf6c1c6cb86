#pragma once

// A throwaway PostgreSQL cluster for a test executable: initdb in a temp folder, a free port on
// 127.0.0.1, the socket in the folder too; stopped and removed by the destructor (also when a
// test fails). PostgreSQL refuses to run as root: as root the binaries run as the unprivileged
// `postgres` account that Debian's package creates (runuser), and the folder is handed to it.
//
// Authentication: trust for the superuser, a password (SCRAM) for passwordUser() so that the
// password rules can be tested.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // /usr/lib/postgresql/<newest>/bin, or empty when PostgreSQL is not installed.
    static QString binDir();
    static bool available() { return !binDir().isEmpty(); }

    // initdb and start. False with *error on failure (the server log is appended).
    bool start(QString *error);
    // pg_ctl stop (fast) and start again on the same port and data: a database outage.
    bool stop(QString *error = nullptr);
    bool resume(QString *error = nullptr);
    bool isRunning() const { return m_running; }

    quint16 port() const { return m_port; }
    static QString superuser() { return QStringLiteral("sstest"); }
    static QString passwordUser() { return QStringLiteral("sspw"); }
    static QString password() { return QStringLiteral("pw-Zq8!x'y"); }
    // postgresql://USER@127.0.0.1:PORT/DB
    QString url(const QString &database, const QString &user = superuser()) const;

    // A new empty database (owned by `owner`); false with *error if it cannot be made.
    bool createDatabase(const QString &name, QString *error, const QString &owner = superuser());
    // Runs one statement as the superuser in `database`.
    bool exec(const QString &database, const QString &sql, QString *error);

private:
    bool run(const QString &program, const QStringList &arguments, QString *error, int timeoutMs = 60000);
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
};

} // namespace TestSupport
