// The epoll event dispatcher of the server thread, in a thread of its own, with real sockets on
// loopback and real timers. The integration tests run the whole server on it as well.
#include "net/epolldispatcher.h"
#include "serverhost.h"
#include "support/testserver.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

#include <unistd.h>

using namespace SocketScope;
using namespace Qt::StringLiterals;

namespace {
// A thread running EpollEventDispatcher, and a context object living in it.
struct Worker
{
    QThread thread;
    QObject *context = nullptr;

    Worker()
    {
        auto *d = new EpollEventDispatcher;
        Q_ASSERT(d->isValid());
        thread.setEventDispatcher(d);
        thread.start();
        context = new QObject;
        context->moveToThread(&thread);
    }
    ~Worker()
    {
        QMetaObject::invokeMethod(context, [c = context] { delete c; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    template <typename F>
    void run(F &&f)   // runs f in the worker thread and waits for it
    {
        QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }
};

// An echo server living in the worker thread.
class EchoServer : public QObject
{
public:
    QTcpServer server;
    std::atomic<int> accepted{0}, disconnected{0};

    EchoServer()
        : server(this)
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++accepted;
                connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                connect(s, &QTcpSocket::disconnected, s, [this, s] {
                    ++disconnected;
                    s->deleteLater();
                });
            }
        });
    }
};
} // namespace

class TestEpollDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void serverThreadUsesIt();
    void posted();
    void timers();
    void timerKilledInItsHandler();
    void zeroTimerDoesNotStarveSockets();
    void manySockets();
    void largeWriteWithBackpressure();
    void notifierDeletedWhilePending();
    void readHookBeforeNotifier();
    void beforeWaitRunsEachPass();
    void quitWakesABlockedThread();
};

void TestEpollDispatcher::serverThreadUsesIt()
{
    TestSupport::TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QCOMPARE(server.host().eventDispatcherName(), u"SocketScope::EpollEventDispatcher"_s);
}

void TestEpollDispatcher::posted()
{
    Worker w;
    // Idle with no timers: only the eventfd can wake the thread.
    QThread::msleep(50);
    std::atomic<int> ran{0};
    for (int i = 0; i < 1000; ++i)
        QMetaObject::invokeMethod(w.context, [&ran] { ++ran; }, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(ran.load(), 1000, 5000);
}

void TestEpollDispatcher::timers()
{
    Worker w;
    std::atomic<int> single{0}, zero{0}, repeating{0};
    QTimer *rep = nullptr;
    int remaining = -2;
    int registered = 0;
    w.run([&] {
        QTimer::singleShot(30, w.context, [&single] { ++single; });
        QTimer::singleShot(0, w.context, [&zero] { ++zero; });
        rep = new QTimer(w.context);
        rep->setTimerType(Qt::PreciseTimer);
        rep->setInterval(10);
        QObject::connect(rep, &QTimer::timeout, rep, [&repeating] { ++repeating; });
        rep->start();
        remaining = rep->remainingTime();
        registered = int(QAbstractEventDispatcher::instance()->registeredTimers(rep).size());
    });
    QVERIFY2(remaining >= 0 && remaining <= 10, qPrintable(QString::number(remaining)));
    QCOMPARE(registered, 1);
    QTRY_COMPARE_WITH_TIMEOUT(single.load(), 1, 5000);
    QCOMPARE(zero.load(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(repeating.load() >= 10, 5000);
    w.run([&] { rep->stop(); });
    const int stoppedAt = repeating.load();
    QTest::qWait(50);
    QCOMPARE(repeating.load(), stoppedAt);
    QCOMPARE(single.load(), 1);   // a single shot fires once
}

void TestEpollDispatcher::timerKilledInItsHandler()
{
    Worker w;
    std::atomic<int> fired{0}, other{0};
    w.run([&] {
        auto *a = new QTimer(w.context);
        auto *b = new QTimer(w.context);
        a->setInterval(5);
        b->setInterval(5);
        // a kills b and itself on its first timeout; b, due in the same pass, must not fire after.
        QObject::connect(a, &QTimer::timeout, a, [a, b, &fired] {
            ++fired;
            b->stop();
            a->stop();
        });
        QObject::connect(b, &QTimer::timeout, b, [a, b, &other] {
            ++other;
            a->stop();
            b->stop();
        });
        a->start();
        b->start();
    });
    QTRY_COMPARE_WITH_TIMEOUT(fired.load() + other.load(), 1, 5000);
    QTest::qWait(50);
    QCOMPARE(fired.load() + other.load(), 1);
}

void TestEpollDispatcher::zeroTimerDoesNotStarveSockets()
{
    Worker w;
    std::unique_ptr<EchoServer> echo;
    const auto deleteInWorker = qScopeGuard([&] { w.run([&] { echo.reset(); }); });
    std::atomic<qint64> spins{0};
    quint16 port = 0;
    w.run([&] {
        echo = std::make_unique<EchoServer>();
        QVERIFY(echo->server.listen(QHostAddress::LocalHost, 0));
        port = echo->server.serverPort();
        auto *busy = new QTimer(echo.get());
        busy->setInterval(0);
        QObject::connect(busy, &QTimer::timeout, busy, [&spins] { ++spins; });
        busy->start();
    });
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("hello");
    QByteArray got;   // QTRY_COMPARE evaluates its expression once more after the loop
    QTRY_COMPARE_WITH_TIMEOUT(got += client.readAll(), QByteArray("hello"), 5000);
    QVERIFY(spins.load() > 10);
}

void TestEpollDispatcher::manySockets()
{
    Worker w;
    std::unique_ptr<EchoServer> echo;
    const auto deleteInWorker = qScopeGuard([&] { w.run([&] { echo.reset(); }); });
    quint16 port = 0;
    w.run([&] {
        echo = std::make_unique<EchoServer>();
        echo->server.setListenBacklogSize(1024);
        QVERIFY(echo->server.listen(QHostAddress::LocalHost, 0));
        port = echo->server.serverPort();
    });
    constexpr int N = 300;
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < N; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    for (auto &c : clients)
        QVERIFY(c->waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(echo->accepted.load(), N, 10'000);
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < N; ++i)
            clients[size_t(i)]->write(QByteArray::number(i * 10 + round) + '\n');
        for (int i = 0; i < N; ++i) {
            QTcpSocket &c = *clients[size_t(i)];
            QTRY_VERIFY_WITH_TIMEOUT(c.canReadLine(), 5000);
            QCOMPARE(c.readLine(), QByteArray::number(i * 10 + round) + '\n');
        }
    }
    for (auto &c : clients)
        c->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(echo->disconnected.load(), N, 10'000);
    // The numbers of the closed sockets are reused by new ones: they must work as well.
    clients.clear();
    for (int i = 0; i < 20; ++i) {
        QTcpSocket c;
        c.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(c.waitForConnected(5000));
        c.write("again");
        QByteArray got;
        QTRY_COMPARE_WITH_TIMEOUT(got += c.readAll(), QByteArray("again"), 5000);
    }
}

void TestEpollDispatcher::largeWriteWithBackpressure()
{
    // 8 MiB written at once cannot go into the kernel in one call: the socket's write notifier
    // is enabled and disabled until it is all out.
    Worker w;
    QTcpServer *server = nullptr;
    quint16 port = 0;
    const QByteArray payload(8 << 20, 'x');
    std::atomic<qint64> written{0};
    w.run([&] {
        server = new QTcpServer(w.context);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0));
        port = server->serverPort();
        QObject::connect(server, &QTcpServer::newConnection, server, [server, &payload, &written] {
            QTcpSocket *s = server->nextPendingConnection();
            QObject::connect(s, &QTcpSocket::bytesWritten, s, [&written](qint64 n) { written += n; });
            s->write(payload);
        });
    });
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    QByteArray received;
    QElapsedTimer t;
    t.start();
    while (received.size() < payload.size() && t.elapsed() < 20'000) {
        if (client.waitForReadyRead(1000))
            received += client.readAll();
    }
    QCOMPARE(received.size(), payload.size());
    QCOMPARE(received, payload);
    QTRY_COMPARE_WITH_TIMEOUT(written.load(), qint64(payload.size()), 5000);
}

void TestEpollDispatcher::notifierDeletedWhilePending()
{
    // Two sockets readable in the same pass; the first one's handler deletes the second. The
    // second must not be activated afterwards (ASan/UBSan builds turn a mistake into a report).
    Worker w;
    QTcpServer *server = nullptr;
    quint16 port = 0;
    QList<QPointer<QTcpSocket>> accepted;
    std::atomic<int> reads{0};
    w.run([&] {
        server = new QTcpServer(w.context);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0));
        port = server->serverPort();
    });
    QTcpSocket a, b;
    a.connectToHost(QHostAddress::LocalHost, port);
    b.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(a.waitForConnected(5000) && b.waitForConnected(5000));
    const auto acceptAll = [&] {
        w.run([&] {
            while (QTcpSocket *s = server->nextPendingConnection())
                accepted.append(s);
        });
        return accepted.size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(acceptAll(), 2, 5000);
    w.run([&] {
        for (const QPointer<QTcpSocket> &s : std::as_const(accepted)) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [&accepted, &reads, s = s.data()] {
                ++reads;
                s->readAll();
                for (const QPointer<QTcpSocket> &other : std::as_const(accepted)) {
                    if (other && other != s)
                        delete other.data();
                }
            });
        }
    });
    // Hold the worker so that both arrive before its next wait.
    QSemaphore hold, holding;
    QMetaObject::invokeMethod(w.context, [&] {
        holding.release();
        hold.acquire();
    }, Qt::QueuedConnection);
    holding.acquire();
    a.write("1");
    b.write("2");
    QVERIFY(a.waitForBytesWritten(5000) && b.waitForBytesWritten(5000));
    QThread::msleep(20);   // loopback delivery; not a correctness wait: either order passes
    hold.release();
    QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 1, 5000);
    QTest::qWait(50);
    QCOMPARE(reads.load(), 1);
    int alive = 0;
    w.run([&] {
        for (const QPointer<QTcpSocket> &s : std::as_const(accepted))
            alive += s ? 1 : 0;
    });
    QCOMPARE(alive, 1);
}

namespace {
// Reads the fd itself (as a Session does) or passes, counting both.
struct CountingHook : EpollEventDispatcher::ReadHook
{
    qintptr fd = -1;
    bool take = true;
    std::atomic<int> calls{0};
    QByteArray got;
    bool readable() override
    {
        ++calls;
        if (!take)
            return false;
        char buf[256];
        const ssize_t n = ::read(int(fd), buf, sizeof buf);
        if (n > 0)
            got.append(buf, n);
        return n != 0;
    }
};
} // namespace

void TestEpollDispatcher::readHookBeforeNotifier()
{
    Worker w;
    QTcpServer *server = nullptr;
    quint16 port = 0;
    QPointer<QTcpSocket> accepted;
    std::atomic<int> readyReads{0};
    QByteArray qtGot;
    CountingHook hook;
    w.run([&] {
        server = new QTcpServer(w.context);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0));
        port = server->serverPort();
    });
    const auto acceptOne = [&] {
        w.run([&] {
            if (QTcpSocket *s = server->nextPendingConnection()) {
                accepted = s;
                QObject::connect(s, &QTcpSocket::readyRead, s, [&, s] {
                    ++readyReads;
                    qtGot += s->readAll();
                });
            }
        });
        return !accepted.isNull();
    };
    auto client = std::make_unique<QTcpSocket>();
    client->connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client->waitForConnected(5000));
    QTRY_VERIFY_WITH_TIMEOUT(acceptOne(), 5000);
    // Read in the worker thread, which writes them.
    const auto hookGot = [&] {
        QByteArray b;
        w.run([&] { b = hook.got; });
        return b;
    };
    const auto socketGot = [&] {
        QByteArray b;
        w.run([&] { b = qtGot; });
        return b;
    };
    w.run([&] {
        hook.fd = accepted->socketDescriptor();
        qobject_cast<EpollEventDispatcher *>(QThread::currentThread()->eventDispatcher())->setReadHook(hook.fd, &hook);
    });

    // Taken by the hook: the socket's notifier never fires.
    client->write("abc");
    QVERIFY(client->waitForBytesWritten(5000));
    QTRY_COMPARE_WITH_TIMEOUT(hookGot(), QByteArray("abc"), 5000);
    QCOMPARE(readyReads.load(), 0);

    // Passed on: the socket reads it as usual.
    w.run([&] { hook.take = false; });
    const int callsBefore = hook.calls.load();
    client->write("d");
    QVERIFY(client->waitForBytesWritten(5000));
    QTRY_COMPARE_WITH_TIMEOUT(socketGot(), QByteArray("d"), 5000);
    QVERIFY(hook.calls.load() > callsBefore);

    // With the socket gone the hook goes too, even when a new socket gets the same fd.
    w.run([&] { delete accepted.data(); });
    client.reset();
    w.run([&] { hook.take = true; });
    const int callsAtClose = hook.calls.load();
    w.run([&] { qtGot.clear(); });
    QTcpSocket second;
    second.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(second.waitForConnected(5000));
    QTRY_VERIFY_WITH_TIMEOUT(acceptOne(), 5000);
    second.write("e");
    QVERIFY(second.waitForBytesWritten(5000));
    QTRY_COMPARE_WITH_TIMEOUT(socketGot(), QByteArray("e"), 5000);
    QCOMPARE(hook.calls.load(), callsAtClose);
}

void TestEpollDispatcher::beforeWaitRunsEachPass()
{
    Worker w;
    std::atomic<int> runs{0};
    std::atomic<int> seenAfterEvent{0};
    std::atomic<bool> eventRan{false};
    auto *owner = new QObject;
    owner->moveToThread(&w.thread);
    w.run([&] {
        qobject_cast<EpollEventDispatcher *>(QThread::currentThread()->eventDispatcher())->addBeforeWait(owner, [&] {
            ++runs;
            if (eventRan.exchange(false))
                ++seenAfterEvent;
        });
    });
    // Work a posted event leaves behind is done before the thread sleeps again, with no
    // further wake-up.
    for (int i = 0; i < 3; ++i) {
        QMetaObject::invokeMethod(owner, [&] { eventRan = true; }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(seenAfterEvent.load(), i + 1, 5000);
    }
    // Gone with its owner.
    w.run([&] { delete owner; });
    const int runsAfterDelete = runs.load();
    QMetaObject::invokeMethod(w.context, [] {}, Qt::QueuedConnection);
    w.run([] {});
    QCOMPARE(runs.load(), runsAfterDelete);
}

void TestEpollDispatcher::quitWakesABlockedThread()
{
    auto *d = new EpollEventDispatcher;
    QThread thread;
    thread.setEventDispatcher(d);
    thread.start();
    QThread::msleep(20);   // let it block in epoll_wait with no timers
    QElapsedTimer t;
    t.start();
    thread.quit();
    QVERIFY(thread.wait(5000));
    QVERIFY(t.elapsed() < 5000);
}

QTEST_MAIN(TestEpollDispatcher)
#include "tst_epolldispatcher.moc"
