// SocketScope::RateLimiter (SPEC §3): a sliding window per user, driven by an injected clock.

#include "ratelimiter.h"

#include <QtTest>

#include <algorithm>

using namespace SocketScope;

class tst_RateLimiter : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0;
    RateLimiter makeLimiter(int limit, qint64 windowMs)
    {
        RateLimiter rl([this] { return m_now; });
        rl.setLimit(limit, windowMs);
        return rl;
    }
    static QList<RateLimiter::UserState> sortedStates(const RateLimiter &rl)
    {
        QList<RateLimiter::UserState> s = rl.states();
        std::sort(s.begin(), s.end(), [](const auto &a, const auto &b) { return a.userId < b.userId; });
        return s;
    }

private Q_SLOTS:
    void init() { m_now = 1'000'000; }

    void defaults()
    {
        RateLimiter rl([this] { return m_now; });
        QCOMPARE(rl.limit(), 10);
        QCOMPARE(rl.windowMs(), qint64(60'000));
        QCOMPARE(rl.now(), qint64(1'000'000));
        m_now += 5;
        QCOMPARE(rl.now(), qint64(1'000'005));
    }

    void defaultClockIsMonotonic()
    {
        RateLimiter rl;
        const qint64 a = rl.now();
        QVERIFY(a >= 0);
        QVERIFY(rl.now() >= a);
        QVERIFY(rl.tryAcquire(1).allowed);
    }

    void setLimitClampsToOne()
    {
        RateLimiter rl = makeLimiter(0, 0);
        QCOMPARE(rl.limit(), 1);
        QCOMPARE(rl.windowMs(), qint64(1));
        rl.setLimit(-5, -100);
        QCOMPARE(rl.limit(), 1);
        QCOMPARE(rl.windowMs(), qint64(1));
    }

    void exactlyLimitAllowed_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<qint64>("window");
        QTest::newRow("1 per 1s") << 1 << qint64(1000);
        QTest::newRow("3 per 1s") << 3 << qint64(1000);
        QTest::newRow("10 per 60s") << 10 << qint64(60'000);
        QTest::newRow("100 per 5ms") << 100 << qint64(5);
    }
    void exactlyLimitAllowed()
    {
        QFETCH(int, limit);
        QFETCH(qint64, window);
        RateLimiter rl = makeLimiter(limit, window);
        const qint64 first = m_now;
        for (int i = 1; i <= limit; ++i) {
            const auto d = rl.tryAcquire(7);
            QVERIFY2(d.allowed, qPrintable(QString::number(i)));
            QCOMPARE(d.used, i);
            QCOMPARE(d.retryAfterMs, qint64(0));
        }
        // All in the same millisecond: the next one waits for the whole window.
        auto d = rl.tryAcquire(7);
        QVERIFY(!d.allowed);
        QCOMPARE(d.used, limit);
        QCOMPARE(d.retryAfterMs, first + window - m_now);
        QCOMPARE(d.retryAfterMs, window);
    }

    void retryAfterIsOldestPlusWindowMinusNow()
    {
        RateLimiter rl = makeLimiter(3, 1000);
        const qint64 t0 = m_now;
        QVERIFY(rl.tryAcquire(1).allowed);   // t0
        m_now += 100;
        QVERIFY(rl.tryAcquire(1).allowed);   // t0+100
        m_now += 150;
        QVERIFY(rl.tryAcquire(1).allowed);   // t0+250
        m_now += 50;                          // t0+300
        auto d = rl.tryAcquire(1);
        QVERIFY(!d.allowed);
        QCOMPARE(d.used, 3);
        QCOMPARE(d.retryAfterMs, t0 + 1000 - m_now);
        QCOMPARE(d.retryAfterMs, qint64(700));
        m_now = t0 + 999;
        d = rl.tryAcquire(1);
        QVERIFY(!d.allowed);
        QCOMPARE(d.retryAfterMs, qint64(1));
    }

    void slidingNotFixedWindow()
    {
        RateLimiter rl = makeLimiter(3, 1000);
        const qint64 t0 = m_now;
        QVERIFY(rl.tryAcquire(1).allowed);   // t0
        m_now = t0 + 400;
        QVERIFY(rl.tryAcquire(1).allowed);
        m_now = t0 + 800;
        QVERIFY(rl.tryAcquire(1).allowed);

        m_now = t0 + 999;
        QVERIFY(!rl.tryAcquire(1).allowed);
        // At t0+1000 the first message leaves the window (the window is (now-1000, now]).
        m_now = t0 + 1000;
        auto d = rl.tryAcquire(1);
        QVERIFY(d.allowed);
        QCOMPARE(d.used, 3);
        // A fixed window starting at t0+1000 would now allow two more; a sliding one does not.
        m_now = t0 + 1001;
        d = rl.tryAcquire(1);
        QVERIFY(!d.allowed);
        QCOMPARE(d.used, 3);
        QCOMPARE(d.retryAfterMs, qint64(399));   // (t0+400) + 1000 - (t0+1001)
        m_now = t0 + 1400;
        QVERIFY(rl.tryAcquire(1).allowed);
        m_now = t0 + 1799;
        QVERIFY(!rl.tryAcquire(1).allowed);
        m_now = t0 + 1800;
        QVERIFY(rl.tryAcquire(1).allowed);
        // After a quiet full window everything is free again.
        m_now = t0 + 1800 + 1000;
        for (int i = 1; i <= 3; ++i) {
            d = rl.tryAcquire(1);
            QVERIFY(d.allowed);
            QCOMPARE(d.used, i);
        }
    }

    void refusalsDoNotConsumeSlots()
    {
        RateLimiter rl = makeLimiter(2, 1000);
        const qint64 t0 = m_now;
        QVERIFY(rl.tryAcquire(1).allowed);
        QVERIFY(rl.tryAcquire(1).allowed);
        for (int i = 0; i < 20; ++i) {
            m_now += 10;
            QVERIFY(!rl.tryAcquire(1).allowed);
        }
        // Retrying while refused does not push the reset further away.
        m_now = t0 + 1000;
        const auto d = rl.tryAcquire(1);
        QVERIFY(d.allowed);
        QCOMPARE(d.used, 1);
        QCOMPARE(rl.state(1).rejected, quint64(20));
    }

    void perUserIndependence()
    {
        RateLimiter rl = makeLimiter(2, 1000);
        QVERIFY(rl.tryAcquire(1).allowed);
        QVERIFY(rl.tryAcquire(1).allowed);
        QVERIFY(!rl.tryAcquire(1).allowed);
        // Users 2 and 123 have their own quota, untouched by user 1's.
        auto d = rl.tryAcquire(2);
        QVERIFY(d.allowed);
        QCOMPARE(d.used, 1);
        QVERIFY(rl.tryAcquire(123).allowed);
        QVERIFY(rl.tryAcquire(2).allowed);
        QVERIFY(!rl.tryAcquire(2).allowed);
        QCOMPARE(rl.state(1).rejected, quint64(1));
        QCOMPARE(rl.state(2).rejected, quint64(1));
        QCOMPARE(rl.state(123).rejected, quint64(0));
        QCOMPARE(rl.state(123).used, 1);
        // Forgetting one user leaves the others alone.
        rl.forget(1);
        QCOMPARE(rl.state(1).used, 0);
        QCOMPARE(rl.state(1).rejected, quint64(0));
        QVERIFY(rl.tryAcquire(1).allowed);
        QVERIFY(!rl.tryAcquire(2).allowed);
    }

    void raisingLimitLive()
    {
        RateLimiter rl = makeLimiter(2, 1000);
        QVERIFY(rl.tryAcquire(1).allowed);
        QVERIFY(rl.tryAcquire(1).allowed);
        QVERIFY(!rl.tryAcquire(1).allowed);
        rl.setLimit(4, 1000);
        auto d = rl.tryAcquire(1);
        QVERIFY(d.allowed);
        QCOMPARE(d.used, 3);
        d = rl.tryAcquire(1);
        QVERIFY(d.allowed);
        QCOMPARE(d.used, 4);
        d = rl.tryAcquire(1);
        QVERIFY(!d.allowed);
        QCOMPARE(d.used, 4);
    }

    void loweringLimitLive()
    {
        RateLimiter rl = makeLimiter(5, 1000);
        const qint64 t0 = m_now;
        for (int i = 0; i < 4; ++i) {
            QVERIFY(rl.tryAcquire(1).allowed);   // t0, t0+10, t0+20, t0+30
            m_now += 10;
        }
        rl.setLimit(2, 1000);
        QCOMPARE(rl.state(1).used, 2);
        QCOMPARE(rl.state(1).limit, 2);
        m_now = t0 + 100;
        auto d = rl.tryAcquire(1);
        QVERIFY(!d.allowed);
        QCOMPARE(d.used, 2);
        // Fewer than 2 in the last second once the third message (t0+20) has left it.
        QCOMPARE(d.retryAfterMs, t0 + 20 + 1000 - m_now);
        m_now = t0 + 1019;
        QVERIFY(!rl.tryAcquire(1).allowed);
        m_now = t0 + 1020;
        QVERIFY(rl.tryAcquire(1).allowed);
    }

    void changingWindowLive()
    {
        RateLimiter rl = makeLimiter(2, 10'000);
        const qint64 t0 = m_now;
        QVERIFY(rl.tryAcquire(1).allowed);
        QVERIFY(rl.tryAcquire(1).allowed);
        m_now = t0 + 600;
        QVERIFY(!rl.tryAcquire(1).allowed);
        rl.setLimit(2, 500);
        QCOMPARE(rl.state(1).used, 0);
        auto d = rl.tryAcquire(1);
        QVERIFY(d.allowed);
        QCOMPARE(d.used, 1);
        QVERIFY(rl.tryAcquire(1).allowed);
        d = rl.tryAcquire(1);
        QVERIFY(!d.allowed);
        QCOMPARE(d.retryAfterMs, qint64(500));
    }

    void stateOfUnknownUser()
    {
        RateLimiter rl = makeLimiter(4, 2000);
        const auto s = rl.state(99);
        QCOMPARE(s.userId, qint64(99));
        QCOMPARE(s.used, 0);
        QCOMPARE(s.limit, 4);
        QCOMPARE(s.windowMs, qint64(2000));
        QCOMPARE(s.resetInMs, qint64(0));
        QCOMPARE(s.rejected, quint64(0));
        QCOMPARE(s.lastRejectionAgoMs, qint64(-1));
        QVERIFY(rl.states().isEmpty());
    }

    void stateValues()
    {
        RateLimiter rl = makeLimiter(3, 1000);
        const qint64 t0 = m_now;
        QVERIFY(rl.tryAcquire(5).allowed);   // t0
        m_now = t0 + 200;
        QVERIFY(rl.tryAcquire(5).allowed);   // t0+200
        m_now = t0 + 300;
        auto s = rl.state(5);
        QCOMPARE(s.userId, qint64(5));
        QCOMPARE(s.used, 2);
        QCOMPARE(s.limit, 3);
        QCOMPARE(s.windowMs, qint64(1000));
        // Until the window holds no messages: the newest leaves at t0+1200.
        QCOMPARE(s.resetInMs, qint64(900));
        QCOMPARE(s.rejected, quint64(0));
        QCOMPARE(s.lastRejectionAgoMs, qint64(-1));

        QVERIFY(rl.tryAcquire(5).allowed);   // t0+300
        QVERIFY(!rl.tryAcquire(5).allowed);  // rejected at t0+300
        m_now = t0 + 350;
        QVERIFY(!rl.tryAcquire(5).allowed);  // rejected at t0+350
        m_now = t0 + 400;
        s = rl.state(5);
        QCOMPARE(s.used, 3);
        QCOMPARE(s.resetInMs, qint64(900));  // t0+300+1000 - (t0+400)
        QCOMPARE(s.rejected, quint64(2));
        QCOMPARE(s.lastRejectionAgoMs, qint64(50));

        // The first message has left the window; state() does not change the log.
        m_now = t0 + 1000;
        s = rl.state(5);
        QCOMPARE(s.used, 2);
        QCOMPARE(s.resetInMs, qint64(300));
        QCOMPARE(s.lastRejectionAgoMs, qint64(650));
        m_now = t0 + 1299;
        QCOMPARE(rl.state(5).used, 1);
        QCOMPARE(rl.state(5).resetInMs, qint64(1));
        m_now = t0 + 1300;
        s = rl.state(5);
        QCOMPARE(s.used, 0);
        QCOMPARE(s.resetInMs, qint64(0));
        QCOMPARE(s.rejected, quint64(2));    // rejections are a running count
        QCOMPARE(s.lastRejectionAgoMs, qint64(950));
    }

    void statesListsEveryUser()
    {
        RateLimiter rl = makeLimiter(2, 1000);
        QVERIFY(rl.tryAcquire(3).allowed);
        QVERIFY(rl.tryAcquire(1).allowed);
        QVERIFY(rl.tryAcquire(1).allowed);
        QVERIFY(!rl.tryAcquire(1).allowed);
        m_now += 100;
        QVERIFY(rl.tryAcquire(2).allowed);
        m_now += 100;
        const auto all = sortedStates(rl);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].userId, qint64(1));
        QCOMPARE(all[0].used, 2);
        QCOMPARE(all[0].rejected, quint64(1));
        QCOMPARE(all[0].lastRejectionAgoMs, qint64(200));
        QCOMPARE(all[0].resetInMs, qint64(800));
        QCOMPARE(all[0].limit, 2);
        QCOMPARE(all[0].windowMs, qint64(1000));
        QCOMPARE(all[1].userId, qint64(2));
        QCOMPARE(all[1].used, 1);
        QCOMPARE(all[1].rejected, quint64(0));
        QCOMPARE(all[1].lastRejectionAgoMs, qint64(-1));
        QCOMPARE(all[1].resetInMs, qint64(900));
        QCOMPARE(all[2].userId, qint64(3));
        QCOMPARE(all[2].used, 1);
        QCOMPARE(all[2].resetInMs, qint64(800));
        // states() and state() agree.
        for (const auto &s : all) {
            const auto one = rl.state(s.userId);
            QCOMPARE(one.used, s.used);
            QCOMPARE(one.resetInMs, s.resetInMs);
            QCOMPARE(one.rejected, s.rejected);
            QCOMPARE(one.lastRejectionAgoMs, s.lastRejectionAgoMs);
        }
    }

    void prune()
    {
        RateLimiter rl = makeLimiter(1, 1000);
        const qint64 t0 = m_now;
        QVERIFY(rl.tryAcquire(1).allowed);        // quiet user
        QVERIFY(rl.tryAcquire(2).allowed);
        QVERIFY(!rl.tryAcquire(2).allowed);       // rejected once
        m_now = t0 + 500;
        QVERIFY(rl.tryAcquire(3).allowed);        // still in its window later

        rl.prune();   // nothing has expired yet
        QCOMPARE(rl.states().size(), 3);

        m_now = t0 + 1000;
        rl.prune();
        const auto left = sortedStates(rl);
        QCOMPARE(left.size(), 2);
        // User 1: empty window, never rejected: dropped.
        QCOMPARE(left[0].userId, qint64(2));      // kept: it was rejected
        QCOMPARE(left[0].used, 0);
        QCOMPARE(left[0].rejected, quint64(1));
        QCOMPARE(left[1].userId, qint64(3));      // kept: its window is not empty
        QCOMPARE(left[1].used, 1);

        m_now = t0 + 1500;
        rl.prune();
        QCOMPARE(rl.states().size(), 1);
        QCOMPARE(rl.states().at(0).userId, qint64(2));

        // A pruned user starts afresh.
        const auto d = rl.tryAcquire(1);
        QVERIFY(d.allowed);
        QCOMPARE(d.used, 1);
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
