#pragma once

// A real SocketScope server on its own thread, on 127.0.0.1 port 0, with a temporary database.

#include "config.h"
#include "serverhost.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace TestSupport {

using namespace Qt::StringLiterals;

inline SocketScope::ServerConfig testConfig()
{
    SocketScope::ServerConfig c;
    c.host = u"127.0.0.1"_s;
    c.port = 0;
    c.jwtSecret = u"test-secret-0123456789abcdef"_s;
    return c;
}

class TestServer
{
public:
    explicit TestServer(SocketScope::ServerConfig config = testConfig())
        : m_config(std::move(config))
    {
        if (m_config.dbPath.isEmpty())
            m_config.dbPath = m_dir.filePath(u"socketscope.sqlite"_s);
    }

    ~TestServer() { m_host.reset(); }

    bool start()
    {
        m_host = std::make_unique<SocketScope::ServerHost>();
        QSignalSpy spy(m_host.get(), &SocketScope::ServerHost::started);
        m_host->start(m_config);
        if (!spy.wait(10000))
            return false;
        m_error = spy.at(0).at(2).toString();
        return spy.at(0).at(0).toBool();
    }

    SocketScope::ServerHost &host() { return *m_host; }
    const SocketScope::ServerConfig &config() const { return m_config; }
    QString error() const { return m_error; }
    quint16 port() const { return m_host->port(); }
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(port()).arg(pathAndQuery));
    }
    QString dbPath() const { return m_config.dbPath; }

    // Runs an admin command through the service (as the GUI does) and waits for the answer.
    SocketScope::AdminResult execute(const SocketScope::AdminCommand &c)
    {
        QSignalSpy spy(m_host.get(), &SocketScope::ServerHost::adminResult);
        const quint64 id = m_host->execute(c);
        for (int i = 0; i < 100; ++i) {
            for (const auto &args : std::as_const(spy)) {
                const auto r = args.at(0).value<SocketScope::AdminResult>();
                if (r.requestId == id)
                    return r;
            }
            spy.wait(100);
        }
        return {};
    }

private:
    QTemporaryDir m_dir;
    SocketScope::ServerConfig m_config;
    std::unique_ptr<SocketScope::ServerHost> m_host;
    QString m_error;
};

} // namespace TestSupport
