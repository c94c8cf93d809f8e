// A server account's state on the root of its subtree in the category tree:
// "Synced 5 minute(s) ago", "Syncing…" or the error with a badge, in the
// tooltip and the accessible description, through the model's decorator
// (checked with QAbstractItemModelTester); other rows keep the model's own.
// No translator is loaded here: plurals read as their source, "minute(s)"
// (the app's English translation says "1 minute", "5 minutes").

#include "accountstatus.h"
#include "categorytreemodel.h"

#include <QAbstractItemModelTester>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);

QList<CategoryNode> tree()
{
    CategoryNode account;
    account.category = {10, 0, u"rss.example.org"_s, 0, true};
    account.path = u"rss.example.org"_s;
    account.unread = 3;
    CategoryNode world;
    world.category = {11, 10, u"World"_s, 0, true};
    world.path = u"rss.example.org/World"_s;
    account.children.append(world);
    CategoryNode local;
    local.category = {20, 0, u"Local"_s, 1, true};
    local.path = u"Local"_s;
    return {account, local};
}

QIcon badge(Qt::GlobalColor color)
{
    QPixmap pixmap(8, 8);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

class TestAccountStatus final : public QObject
{
    Q_OBJECT

private slots:
    void saysHowLongAgo_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("text");
        QTest::newRow("never") << QDateTime() << u"Not synced yet"_s;
        QTest::newRow("seconds") << Now.addSecs(-20) << u"Synced just now"_s;
        QTest::newRow("clock behind") << Now.addSecs(300) << u"Synced just now"_s;
        QTest::newRow("minute") << Now.addSecs(-60) << u"Synced 1 minute(s) ago"_s;
        QTest::newRow("minutes") << Now.addSecs(-5 * 60 - 10) << u"Synced 5 minute(s) ago"_s;
        QTest::newRow("hours") << Now.addSecs(-3 * 3600) << u"Synced 3 hour(s) ago"_s;
        QTest::newRow("days") << Now.addDays(-2) << u"Synced 2 day(s) ago"_s;
    }
    void saysHowLongAgo()
    {
        QFETCH(QDateTime, when);
        QFETCH(QString, text);
        QCOMPARE(AccountStatus::syncedAgo(when, Now), text);
    }

    void decoratesTheAccountsRootOnly()
    {
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(tree());
        QDateTime now = Now;
        AccountStatus status([&now] { return now; });
        status.setIcons(badge(Qt::red), badge(Qt::blue));
        model.setCategoryDecorator([&status](qint64 id, int role, const QVariant &own) {
            return status.decorate(id, role, own);
        });
        connect(&status, &AccountStatus::changed, &model, &CategoryTreeModel::categoryDecorationsChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        status.setAccounts({{7, 10, Now.addSecs(-5 * 60), QString()}});
        QVERIFY(!changed.isEmpty());

        const QModelIndex account = model.index(0, CategoryTreeModel::NameColumn);
        const QModelIndex world = model.index(0, CategoryTreeModel::NameColumn, account);
        const QModelIndex local = model.index(1, CategoryTreeModel::NameColumn);
        QCOMPARE(account.data(AccountStatus::AccountIdRole).toLongLong(), 7);
        QVERIFY(!world.data(AccountStatus::AccountIdRole).isValid());
        QVERIFY(!local.data(AccountStatus::AccountIdRole).isValid());
        QCOMPARE(account.data(Qt::ToolTipRole).toString(), u"rss.example.org: 3 unread\nSynced 5 minute(s) ago"_s);
        QCOMPARE(account.data(Qt::AccessibleDescriptionRole).toString(), u"3 unread, Synced 5 minute(s) ago"_s);
        QCOMPARE(account.data(Qt::DisplayRole).toString(), u"rss.example.org"_s); // the name stays
        QVERIFY(account.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(local.data(Qt::ToolTipRole).toString(), u"Local: 0 unread"_s);
        QCOMPARE(world.data(Qt::ToolTipRole).toString(), u"World: 0 unread"_s);
        // The unread column is the model's alone.
        QVERIFY(!model.index(0, CategoryTreeModel::UnreadColumn).data(AccountStatus::AccountIdRole).isValid());

        now = Now.addSecs(3600); // time goes on: the words follow
        QVERIFY(account.data(Qt::ToolTipRole).toString().endsWith(u"Synced 1 hour(s) ago"_s));

        status.setSyncing(7, true);
        QVERIFY(account.data(Qt::ToolTipRole).toString().endsWith(u"Syncing…"_s));
        QCOMPARE(account.data(Qt::DecorationRole).value<QIcon>().pixmap(8, 8).toImage().pixelColor(1, 1),
                 QColor(Qt::blue));
        status.setSyncing(7, false);

        status.setAccounts({{7, 10, Now.addSecs(-5 * 60), u"the server refused the user name or password"_s}});
        QVERIFY(account.data(Qt::ToolTipRole).toString().contains(
                u"Last sync failed: the server refused the user name or password"_s));
        QVERIFY(account.data(Qt::AccessibleDescriptionRole).toString().contains(u"refused"_s));
        QCOMPARE(account.data(Qt::DecorationRole).value<QIcon>().pixmap(8, 8).toImage().pixelColor(1, 1),
                 QColor(Qt::red));

        // Syncing every account (0) covers this one.
        status.setSyncing(0, true);
        QVERIFY(account.data(Qt::ToolTipRole).toString().endsWith(u"Syncing…"_s));
        status.setSyncing(0, false);
        QVERIFY(!account.data(Qt::ToolTipRole).toString().endsWith(u"Syncing…"_s));

        model.setCategoryDecorator({});
        QVERIFY(!account.data(AccountStatus::AccountIdRole).isValid());
    }
};

QTEST_MAIN(TestAccountStatus)
#include "tst_accountstatus.moc"
