#pragma once

// A throwaway redis-server for a test: a free loopback port, no persistence, started, killed
// and restarted by the test (SPEC §9 tests).

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace TestSupport {

inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

class RedisServer
{
public:
    static QString program() { return QStandardPaths::findExecutable(QStringLiteral("redis-server")); }

    bool start()
    {
        if (m_port == 0)
            m_port = freePort();
        m_process.setProgram(program());
        m_process.setArguments({QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--bind"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                                QStringLiteral("--appendonly"), QStringLiteral("no"), QStringLiteral("--daemonize"),
                                QStringLiteral("no")});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        return QTest::qWaitFor([this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            return probe.waitForConnected(200);
        }, 10000);
    }

    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    ~RedisServer() { kill(); }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("redis://127.0.0.1:%1/0").arg(m_port); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace TestSupport
