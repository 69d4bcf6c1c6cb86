#pragma once

// A throwaway redis-server on a free loopback port: no persistence; killed and restarted (on
// the same port) by the tests.

#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace TestSupport {

using namespace Qt::StringLiterals;

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
    static QString program() { return QStandardPaths::findExecutable(u"redis-server"_s); }

    bool start(const QStringList &extra = {})
    {
        if (m_port == 0)
            m_port = freePort();
        m_process.setProgram(program());
        m_process.setArguments(QStringList{u"--port"_s, QString::number(m_port), u"--bind"_s, u"127.0.0.1"_s, u"--save"_s,
                                           u""_s, u"--appendonly"_s, u"no"_s, u"--daemonize"_s, u"no"_s}
                               + extra);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        return QTest::qWaitFor([this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            return probe.waitForConnected(200);
        }, 10000) && m_process.state() == QProcess::Running;
    }

    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    ~RedisServer() { kill(); }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString url(const QString &userInfo = {}) const
    {
        const QString auth = userInfo.isEmpty() ? QString() : userInfo + u'@';
        return u"redis://"_s + auth + u"127.0.0.1:%1/0"_s.arg(m_port);
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace TestSupport
