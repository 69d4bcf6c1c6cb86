#include "ratelimitsmodel.h"
#include "uiformat.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SocketScope;
using Col = RateLimitsModel::Column;

namespace {
QString cell(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}
} // namespace

class TestRateLimitsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scriptedSnapshots();
};

void TestRateLimitsModel::scriptedSnapshots()
{
    RateLimitsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 rejectedAt = 1'700'000'123'000;
    model.setRates({RateInfo{1, u"alice"_s, 7, 10, 60'000, 42'500, 0, 0},
                    RateInfo{2, u"bob"_s, 10, 10, 60'000, 5'000, 3, rejectedAt},
                    RateInfo{123, u"john_doe"_s, 0, 10, 60'000, 0, 0, 0}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, Col::UserColumn), u"alice (1)"_s);
    QCOMPARE(cell(model, 0, Col::UsageColumn), u"7/10"_s);
    QCOMPARE(cell(model, 0, Col::RemainingColumn), u"3"_s);
    QCOMPARE(cell(model, 0, Col::WindowColumn), u"1 min 0 s"_s);
    QCOMPARE(cell(model, 0, Col::ResetColumn), u"42 s"_s);
    QCOMPARE(cell(model, 0, Col::RejectedColumn), u"0"_s);
    QCOMPARE(cell(model, 0, Col::LastRejectionColumn), QString());
    QCOMPARE(cell(model, 1, Col::RemainingColumn), u"0"_s);
    QCOMPARE(cell(model, 1, Col::RejectedColumn), u"3"_s);
    QCOMPARE(cell(model, 1, Col::LastRejectionColumn),
             QDateTime::fromMSecsSinceEpoch(rejectedAt).toString(u"HH:mm:ss"_s));
    QVERIFY(model.index(1, Col::UsageColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(0, Col::UsageColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(cell(model, 2, Col::ResetColumn), QString());
    QCOMPARE(model.index(2, 0).data(Roles::UserId).toLongLong(), 123);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // Reordered; bob's window expired (row gone), alice used one more, carol appeared.
    model.setRates({RateInfo{4, u"carol"_s, 1, 20, 30'000, 29'000, 0, 0},
                    RateInfo{123, u"john_doe"_s, 0, 10, 60'000, 0, 0, 0},
                    RateInfo{1, u"alice"_s, 8, 10, 60'000, 40'000, 0, 0}});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(cell(model, 0, Col::UsageColumn), u"8/10"_s);
    QVERIFY(model.index(0, Col::UsageColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(cell(model, 1, Col::UserColumn), u"john_doe (123)"_s);
    QCOMPARE(cell(model, 2, Col::UserColumn), u"carol (4)"_s);
    QCOMPARE(cell(model, 2, Col::UsageColumn), u"1/20"_s);
    QCOMPARE(cell(model, 2, Col::WindowColumn), u"30 s"_s);
    QCOMPARE(model.index(2, Col::UsageColumn).data(Roles::Sort).toDouble(), 0.05);
}

QTEST_GUILESS_MAIN(TestRateLimitsModel)
#include "tst_ratelimitsmodel.moc"
