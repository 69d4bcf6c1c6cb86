#pragma once

// A real QWebSocket client that records everything it receives.

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>

namespace TestSupport {

using namespace Qt::StringLiterals;

class TestClient : public QObject
{
public:
    TestClient()
    {
        connect(&ws, &QWebSocket::textMessageReceived, this, [this](const QString &m) { texts.append(m); });
        connect(&ws, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &m) { binaries.append(m); });
        connect(&ws, &QWebSocket::disconnected, this, [this] {
            disconnected = true;
            closeCode = int(ws.closeCode());
            closeReason = ws.closeReason();
            qDebug().noquote() << "client disconnected:" << closeCode << closeReason << ws.errorString();
        });
        connect(&ws, &QWebSocket::connected, this, [this] { connected = true; });
    }

    bool open(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 5000)
    {
        QNetworkRequest req(url);
        for (const auto &[k, v] : headers)
            req.setRawHeader(k, v);
        ws.open(req);
        return QTest::qWaitFor([this] { return connected || disconnected; }, timeoutMs) && connected;
    }

    // Waits until at least n text messages have arrived.
    bool waitTexts(qsizetype n, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return texts.size() >= n; }, timeoutMs);
    }
    // The next text message not yet taken, or a null string after the timeout.
    QString next(int timeoutMs = 5000)
    {
        if (!waitTexts(m_taken + 1, timeoutMs))
            return QString();
        return texts.at(m_taken++);
    }
    qsizetype unread() const { return texts.size() - m_taken; }

    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return disconnected; }, timeoutMs);
    }

    void send(const QString &text) { ws.sendTextMessage(text); }

    QWebSocket ws;
    QStringList texts;
    QList<QByteArray> binaries;
    bool connected = false;
    bool disconnected = false;
    int closeCode = -1;
    QString closeReason;

private:
    qsizetype m_taken = 0;
};

} // namespace TestSupport
