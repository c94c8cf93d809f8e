// Sync from the window, offscreen, against FakeTtrss: File › Sync Accounts
// and Refresh sync; the account's row in the tree says when it last synced,
// that it is syncing, or what went wrong (badge, tooltip, accessible
// description) and the status bar says it too, never a modal box; a star
// set in the window reaches the server; the row's context menu syncs that
// account and removes it.

#include "accountcontroller.h"
#include "accountservice.h"
#include "accountstatus.h"
#include "articlelistmodel.h"
#include "categorytreemodel.h"
#include "credentialstore.h"
#include "fakettrss.h"
#include "syncscheduler.h"
#include "treeorganizer.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestAccountController final : public QObject
{
    Q_OBJECT

    struct Setup
    {
        TempLibrary library;
        FakeTtrss server;
        SessionCredentials keyring;
        SessionCredentials session;
        std::unique_ptr<WindowFixture> app;
        std::unique_ptr<AccountService> accounts;
        std::unique_ptr<SyncScheduler> syncs;
        std::unique_ptr<AccountController> controller;
        qint64 accountId = 0;
        qint64 feedId = 0;
        qint64 first = 0;
        qint64 second = 0;
    };

    static std::unique_ptr<Setup> setUp()
    {
        auto s = std::make_unique<Setup>();
        const qint64 world = s->server.addCategory(u"World"_s);
        s->feedId = s->server.addFeed(u"Wire"_s, u"https://wire.example/feed"_s, world);
        s->first = s->server.addArticle(s->feedId, u"First"_s, u"<p>One</p>"_s);
        s->second = s->server.addArticle(s->feedId, u"Second"_s, u"<p>Two</p>"_s);
        s->app = std::make_unique<WindowFixture>(s->library);
        s->accounts = std::make_unique<AccountService>(s->app->storage, s->keyring, s->session);
        auto added = s->accounts->add(u"ttrss"_s, s->server.url(), u"reader"_s, u"secret"_s);
        // The server answers on this thread: wait with its event loop running.
        if (!QTest::qWaitFor([&added] { return added.isFinished(); }, 20000))
            return s; // no account (result() would wait for good): the test's checks fail
        if (!added.result())
            qWarning() << added.result().error().message;
        s->accountId = added.result() ? added.result()->id : 0;
        s->syncs = std::make_unique<SyncScheduler>(*s->accounts, s->app->offline);
        s->controller = std::make_unique<AccountController>(s->app->window, *s->accounts, *s->syncs,
                                                            *s->app->window.categoryModel());
        MainWindow *window = &s->app->window;
        connect(s->controller.get(), &AccountController::libraryChanged, window, [window] { window->reload(); });
        connect(s->app->window.treeOrganizer(), &TreeOrganizer::menuBuilt, s->controller.get(),
                &AccountController::addMenuItems);
        s->app->window.show();
        s->app->window.reload(); // the account's root came after the window
        return s;
    }

    static QModelIndex accountRow(const CategoryTreeModel &model, qint64 accountId)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, CategoryTreeModel::NameColumn);
            if (index.data(AccountStatus::AccountIdRole).toLongLong() == accountId)
                return index;
        }
        return {};
    }

    static qint64 localArticle(Library &library, qint64 remoteId)
    {
        QSqlQuery q(library.database().connection());
        q.prepare(u"SELECT article_id FROM remote_articles WHERE remote_id = ?"_s);
        q.addBindValue(QString::number(remoteId));
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

private slots:
    void syncActionSyncsAndTheRowSaysWhen()
    {
        auto s = setUp();
        QVERIFY(s->accountId > 0);
        QMenu *file = s->app->window.findChild<QMenu *>(u"menuFile"_s);
        QAction *sync = s->app->window.findChild<QAction *>(u"actionSyncAccounts"_s);
        QVERIFY(file && sync);
        QVERIFY(file->actions().contains(sync));
        QVERIFY(!sync->shortcut().isEmpty());
        QVERIFY(s->app->window.shortcutActions().contains(sync));

        CategoryTreeModel &model = *s->app->window.categoryModel();
        QTRY_VERIFY_WITH_TIMEOUT(accountRow(model, s->accountId).isValid(), 10000);
        QTRY_VERIFY(accountRow(model, s->accountId).data(Qt::ToolTipRole).toString().contains(u"Not synced yet"_s));

        QSignalSpy finished(s->syncs.get(), &SyncScheduler::syncFinished);
        sync->trigger();
        QVERIFY(s->syncs->isSyncing());
        QTRY_VERIFY(accountRow(model, s->accountId).data(Qt::ToolTipRole).toString().contains(u"Syncing"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
                accountRow(model, s->accountId).data(Qt::ToolTipRole).toString().contains(u"Synced just now"_s), 10000);
        const QModelIndex row = accountRow(model, s->accountId);
        QVERIFY(row.data(Qt::AccessibleDescriptionRole).toString().contains(u"Synced just now"_s));
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"unread"_s)); // the model's own words stay
        QVERIFY(s->app->window.statusBar()->currentMessage().contains(u"Synced"_s));
        // Its subtree came with it: the server's category, its feed.
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(accountRow(model, s->accountId)) == 1, 10000);
        QVERIFY(localArticle(s->library.library(), s->first) > 0);
    }

    void refreshSyncsTheAccountsToo()
    {
        auto s = setUp();
        QAction *refresh = s->app->window.findChild<QAction *>(u"actionRefresh"_s);
        QVERIFY(refresh);
        QTRY_VERIFY(s->controller->hasAccounts());
        QSignalSpy finished(s->syncs.get(), &SyncScheduler::syncFinished);
        refresh->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(s->server.calls(u"getHeadlines"_s) > 0);
    }

    void aFailedSyncIsABadgeAndAStatusMessageNeverABox()
    {
        auto s = setUp();
        CategoryTreeModel &model = *s->app->window.categoryModel();
        QTRY_VERIFY_WITH_TIMEOUT(accountRow(model, s->accountId).isValid(), 10000);
        QVERIFY(accountRow(model, s->accountId).data(Qt::DecorationRole).value<QIcon>().isNull());
        s->server.setApiEnabled(false);
        QSignalSpy finished(s->syncs.get(), &SyncScheduler::syncFinished);
        QVERIFY(s->syncs->syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(s->app->window.statusBar()->currentMessage().startsWith(u"Sync failed"_s));
        QVERIFY(s->app->window.statusBar()->currentMessage().contains(u"Enable API"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
                accountRow(model, s->accountId).data(Qt::ToolTipRole).toString().contains(u"Last sync failed"_s), 10000);
        const QModelIndex row = accountRow(model, s->accountId);
        QVERIFY(row.data(Qt::AccessibleDescriptionRole).toString().contains(u"Enable API"_s));
        QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(QApplication::activeModalWidget(), nullptr);

        // The next good sync takes the badge away.
        s->server.setApiEnabled(true);
        QVERIFY(s->syncs->syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
                accountRow(model, s->accountId).data(Qt::ToolTipRole).toString().contains(u"Synced just now"_s), 10000);
        QVERIFY(accountRow(model, s->accountId).data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void aStarSetInTheWindowReachesTheServer()
    {
        auto s = setUp();
        QSignalSpy finished(s->syncs.get(), &SyncScheduler::syncFinished);
        QVERIFY(s->syncs->syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const qint64 id = localArticle(s->library.library(), s->second);
        QVERIFY(id > 0);
        QVERIFY(!s->server.article(s->second).marked);
        // Once the list read again after the sync has it, it is opened and
        // becomes the list's current article: the one the star acts on.
        ArticleListModel *list = s->app->window.articleModel();
        QTRY_VERIFY_WITH_TIMEOUT(list->rowOf(id) >= 0, 10000);
        s->app->window.openArticle(id);
        auto *view = s->app->window.findChild<QTreeView *>(u"articleView"_s);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->currentIndex().isValid() && list->header(view->currentIndex().row()).id == id,
                                 10000);
        QAction *star = s->app->window.findChild<QAction *>(u"actionToggleStar"_s);
        QVERIFY(star);
        QTRY_VERIFY_WITH_TIMEOUT(star->isEnabled(), 10000);
        star->trigger();
        // The mark is written on the storage thread; it queues itself there
        // (opening it may queue its read mark too).
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    QSqlQuery q(s->library.library().database().connection());
                    return q.exec(u"SELECT count(*) FROM sync_queue WHERE flag = 'starred'"_s) && q.next()
                            && q.value(0).toInt() == 1;
                }(),
                10000);
        QVERIFY(s->syncs->syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY(s->server.article(s->second).marked);
    }

    void theAccountRowsMenuSyncsAndRemoves()
    {
        auto s = setUp();
        CategoryTreeModel &model = *s->app->window.categoryModel();
        QTRY_VERIFY_WITH_TIMEOUT(accountRow(model, s->accountId).isValid(), 10000);
        std::unique_ptr<QMenu> menu(s->app->window.treeOrganizer()->menuFor(accountRow(model, s->accountId),
                                                                            &s->app->window));
        auto *syncNow = menu->findChild<QAction *>(u"actionSyncAccountNow"_s);
        auto *remove = menu->findChild<QAction *>(u"actionRemoveAccount"_s);
        auto *properties = menu->findChild<QAction *>(u"actionAccountProperties"_s);
        QVERIFY(syncNow && remove && properties);
        QVERIFY(menu->actions().contains(syncNow) && menu->actions().contains(remove));
        // Another row has none of them.
        std::unique_ptr<QMenu> other(s->app->window.treeOrganizer()->menuFor(QModelIndex(), &s->app->window));
        QVERIFY(!other->findChild<QAction *>(u"actionSyncAccountNow"_s));

        QSignalSpy started(s->syncs.get(), &SyncScheduler::syncStarted);
        QSignalSpy finished(s->syncs.get(), &SyncScheduler::syncFinished);
        syncNow->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(started.first().first().toLongLong(), s->accountId);

        QTRY_VERIFY_WITH_TIMEOUT(
                accountRow(model, s->accountId).data(Qt::ToolTipRole).toString().contains(u"Synced just now"_s), 10000);
        properties->trigger();
        auto *box = s->app->window.findChild<QMessageBox *>(u"accountProperties"_s);
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(s->server.url().toDisplayString()));
        QVERIFY(box->text().contains(u"reader"_s));
        QVERIFY(box->text().contains(u"Tiny Tiny RSS"_s));
        QVERIFY(box->text().contains(u"Synced"_s)); // its state line
        QCOMPARE(QApplication::activeModalWidget(), nullptr); // nothing is blocked
        box->close();

        s->controller->removeAccount(s->accountId);
        QTRY_VERIFY_WITH_TIMEOUT(!s->controller->hasAccounts(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!accountRow(model, s->accountId).isValid(), 10000);
        QSqlQuery q(s->library.library().database().connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM remote_articles"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_MAIN(TestAccountController)
#include "tst_accountcontroller.moc"
