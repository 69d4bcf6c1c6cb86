// The Users view's models: rows keyed by id, updated in place, checked by QAbstractItemModelTester.

#include "uiformat.h"
#include "usersmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SocketScope;

namespace {
UserRecord user(qint64 id, const QString &name, const QString &role = u"user"_s, int active = 0,
                qint64 bannedUntil = 0)
{
    UserRecord r;
    r.user = {id, name, role};
    r.activeTokens = active;
    r.tokens = active;
    r.bannedUntil = bannedUntil;
    return r;
}

TokenInfo token(qint64 id, qint64 userId, qint64 expiresAt = 0, bool revoked = false)
{
    TokenInfo t;
    t.id = id;
    t.userId = userId;
    t.redacted = u"ssk_…"_s;
    t.createdAt = 1'700'000'000;
    t.expiresAt = expiresAt;
    t.revoked = revoked;
    return t;
}
} // namespace

class TstUsersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usersModelPassesTesterThroughUpdates();
    void usersModelShowsColumns();
    void tokensModelFiltersByUserAndComputesStatus();
};

void TstUsersModel::usersModelPassesTesterThroughUpdates()
{
    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(UsersModel::ColumnCount));
    model.setUsers({user(1, u"alice"_s, u"admin"_s), user(2, u"bob"_s), user(123, u"john_doe"_s, u"user"_s, 1)});
    QCOMPARE(model.rowCount(), 3);

    // A ban changes one row in place: no reset, no insert.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUsers({user(1, u"alice"_s, u"admin"_s), user(2, u"bob"_s, u"user"_s, 0, 1'900'000'000),
                    user(123, u"john_doe"_s, u"user"_s, 1)});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOfKey(2));

    // Removed by the command line, another added.
    model.setUsers({user(1, u"alice"_s, u"admin"_s), user(123, u"john_doe"_s), user(124, u"carol"_s, u"publisher"_s)});
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.user(2));
    QVERIFY(model.user(124));
    // The same listing again changes nothing.
    changed.clear();
    model.setUsers({user(1, u"alice"_s, u"admin"_s), user(123, u"john_doe"_s), user(124, u"carol"_s, u"publisher"_s)});
    QCOMPARE(changed.size(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setUsers({});
    QCOMPARE(model.rowCount(), 0);
}

void TstUsersModel::usersModelShowsColumns()
{
    UsersModel model;
    model.setUsers({user(10, u"zed"_s, u"publisher"_s, 3, 1'900'000'000), user(9, u"amy"_s)});
    const int zed = model.rowOfKey(10);
    QCOMPARE(model.index(zed, UsersModel::IdColumn).data().toString(), u"10"_s);
    QCOMPARE(model.index(zed, UsersModel::NameColumn).data().toString(), u"zed"_s);
    QCOMPARE(model.index(zed, UsersModel::RoleColumn).data().toString(), u"publisher"_s);
    QCOMPARE(model.index(zed, UsersModel::TokensColumn).data().toString(), u"3"_s);
    QCOMPARE(model.index(zed, UsersModel::BannedColumn).data().toString(),
             QDateTime::fromSecsSinceEpoch(1'900'000'000).toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QVERIFY(model.index(zed, UsersModel::BannedColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(zed, UsersModel::IdColumn).data(Roles::Sort).toLongLong(), 10);
    QCOMPARE(model.index(zed, UsersModel::IdColumn).data(Roles::Key).toLongLong(), 10);
    const int amy = model.rowOfKey(9);
    QCOMPARE(model.index(amy, UsersModel::BannedColumn).data().toString(), QString());
    QCOMPARE(model.headerData(UsersModel::BannedColumn, Qt::Horizontal).toString(), u"Banned until"_s);
}

void TstUsersModel::tokensModelFiltersByUserAndComputesStatus()
{
    TokensModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 now = 1'800'000'000;
    const QList<TokenInfo> all{token(1, 5), token(2, 5, now - 10), token(3, 5, now + 10, true), token(4, 6)};
    model.setTokens(all, 5, now);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.token(4));
    QCOMPARE(model.token(1)->status, TokenRow::Status::Active);
    QCOMPARE(model.token(2)->status, TokenRow::Status::Expired);
    QCOMPARE(model.token(3)->status, TokenRow::Status::Revoked);
    QCOMPARE(model.index(model.rowOfKey(1), TokensModel::ExpiresColumn).data().toString(), u"never"_s);
    QCOMPARE(model.index(model.rowOfKey(2), TokensModel::StatusColumn).data().toString(), u"expired"_s);
    QVERIFY(model.index(model.rowOfKey(3), TokensModel::StatusColumn).data(Qt::ForegroundRole).isValid());
    // Time passes: the active token expires at the next read.
    model.setTokens(all, 5, now + 20);
    QCOMPARE(model.token(3)->status, TokenRow::Status::Revoked);
    // Another user.
    model.setTokens(all, 6, now);
    QCOMPARE(model.rowCount(), 1);
    model.setTokens(all, 7, now);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TstUsersModel)
#include "tst_usersmodel.moc"
