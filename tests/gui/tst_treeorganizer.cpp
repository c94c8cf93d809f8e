// Organising the category tree in the window, offscreen, on a real SQLite
// library: rename in place (F2), move by drag and drop (the model's drop,
// as the view delivers it) and by Move To, new folders, delete with
// confirmation (starred articles stay), Mark All Read from the menu + Undo.

#include "articlelistmodel.h"
#include "cacheschemehandler.h"
#include "categorytreemodel.h"
#include "library.h"
#include "sqlutil.h"
#include "treeorganizer.h"
#include "windowonlibrary.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// WebEngine wants custom schemes known before the application object exists.
const bool cacheSchemeRegistered = (CacheSchemeHandler::registerScheme(), true);

qint64 categoryAt(TempLibrary &fixture, const QString &path)
{
    auto found = fixture.library().categories().findByPath(path);
    return found && found.value() ? found.value()->id : 0;
}

qint64 countOf(TempLibrary &fixture, const QString &sql, const QVariantList &values = {})
{
    auto q = SqlUtil::run(fixture.library().database().connection(), sql, values);
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

// Answers the next message box with the button of this text.
void answerNextMessageBox(const QString &buttonText)
{
    QTimer::singleShot(0, [buttonText] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == buttonText) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

struct Library3
{
    qint64 world = 0;
    qint64 politics = 0;
    qint64 loose = 0;
    bool fill(TempLibrary &fixture)
    {
        world = fixture.addFeedWithArticles(u"News/World"_s, u"https://world.example/feed"_s, 3);
        politics = fixture.addFeedWithArticles(u"News/Politics"_s, u"https://politics.example/feed"_s, 2);
        loose = fixture.addFeedWithArticles(u"Later"_s, u"https://later.example/feed"_s, 1);
        return world && politics && loose;
    }
};

} // namespace

class TestTreeOrganizer final : public QObject
{
    Q_OBJECT

    Fetcher m_fetcher;

private Q_SLOTS:
    void renamesInPlaceWithF2()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library3 lib;
        QVERIFY(lib.fill(fixture));
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        CategoryTreeModel *tree = app.window.categoryModel();
        QAbstractItemModelTester tester(tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(tree->indexFor(CategoryTreeModel::CategoryItem, categoryAt(fixture, u"News"_s)).isValid());
        auto *view = app.window.findChild<QTreeView *>(u"categoryView"_s);
        view->setFocus();
        view->setCurrentIndex(tree->indexFor(CategoryTreeModel::CategoryItem, categoryAt(fixture, u"News"_s)));
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = view->findChild<QLineEdit *>();
        QTRY_VERIFY(editor && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, u"Headlines"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(categoryAt(fixture, u"Headlines/World"_s) != 0);
        QTRY_COMPARE(tree->indexFor(CategoryTreeModel::CategoryItem, categoryAt(fixture, u"Headlines"_s)).data().toString(),
                     u"Headlines"_s);
        // A feed too; a clash with a sibling is refused and said.
        const QModelIndex feed = tree->indexFor(CategoryTreeModel::FeedItem, lib.world);
        QVERIFY(tree->setData(feed, u"World Wire"_s, Qt::EditRole));
        QTRY_COMPARE(tree->indexFor(CategoryTreeModel::FeedItem, lib.world).data().toString(), u"World Wire"_s);
        const QModelIndex world = tree->indexFor(CategoryTreeModel::CategoryItem, categoryAt(fixture, u"Headlines/World"_s));
        QVERIFY(tree->setData(world, u"Politics"_s, Qt::EditRole));
        QTRY_VERIFY(app.window.statusBar()->currentMessage().contains(u"already"_s));
        QVERIFY(categoryAt(fixture, u"Headlines/World"_s) != 0);
    }

    void movesByDragAndDropAndByMoveTo()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library3 lib;
        QVERIFY(lib.fill(fixture));
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        CategoryTreeModel *tree = app.window.categoryModel();
        QAbstractItemModelTester tester(tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(tree->indexFor(CategoryTreeModel::FeedItem, lib.world).isValid());
        auto *view = app.window.findChild<QTreeView *>(u"categoryView"_s);
        QVERIFY(view->dragEnabled() && view->acceptDrops());
        // A feed dropped on another folder.
        const qint64 later = categoryAt(fixture, u"Later"_s);
        std::unique_ptr<QMimeData> drag(tree->mimeData({tree->indexFor(CategoryTreeModel::FeedItem, lib.world)}));
        QVERIFY(drag);
        tree->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, tree->indexFor(CategoryTreeModel::CategoryItem, later));
        QTRY_COMPARE(fixture.library().feeds().find(lib.world).value()->categoryId, later);
        QTRY_COMPARE(tree->indexFor(CategoryTreeModel::FeedItem, lib.world).parent().data(CategoryTreeModel::IdRole).toLongLong(),
                     later);
        // A folder dropped into another.
        const qint64 news = categoryAt(fixture, u"News"_s);
        drag.reset(tree->mimeData({tree->indexFor(CategoryTreeModel::CategoryItem, news)}));
        tree->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, tree->indexFor(CategoryTreeModel::CategoryItem, later));
        QTRY_VERIFY(categoryAt(fixture, u"Later/News/Politics"_s) != 0);
        // Move To › (top level) from the menu.
        TreeOrganizer *organizer = app.window.treeOrganizer();
        QVERIFY(organizer);
        QTRY_COMPARE(tree->indexFor(CategoryTreeModel::CategoryItem, news).parent().data(CategoryTreeModel::IdRole).toLongLong(),
                     later); // the tree read again
        std::unique_ptr<QMenu> menu(organizer->menuFor(tree->indexFor(CategoryTreeModel::CategoryItem, news), view));
        QMenu *moveTo = nullptr;
        for (QAction *action : menu->actions())
            if (action->menu() && action->text() == u"&Move To"_s)
                moveTo = action->menu();
        QVERIFY(moveTo);
        QStringList targets;
        for (QAction *action : moveTo->actions())
            targets.append(action->text());
        QVERIFY(!targets.contains(u"Later/News"_s)); // not into itself
        QVERIFY(!targets.contains(u"Later/News/Politics"_s)); // nor below itself
        moveTo->actions().first()->trigger(); // (top level)
        QTRY_VERIFY(categoryAt(fixture, u"News/Politics"_s) != 0);
    }

    void theMenuOffersEverything()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library3 lib;
        QVERIFY(lib.fill(fixture));
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        CategoryTreeModel *tree = app.window.categoryModel();
        QTRY_VERIFY(tree->indexFor(CategoryTreeModel::FeedItem, lib.world).isValid());
        auto *view = app.window.findChild<QTreeView *>(u"categoryView"_s);
        std::unique_ptr<QMenu> menu(app.window.treeOrganizer()->menuFor(tree->indexFor(CategoryTreeModel::FeedItem, lib.world), view));
        QStringList texts;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                texts.append(action->text());
        QCOMPARE(texts, (QStringList {u"&Refresh"_s, u"Mark &All Read"_s, u"&New Folder…"_s, u"&Rename"_s,
                                      u"&Move To"_s, u"&Delete…"_s}));
        // New Folder in a feed's folder.
        app.window.treeOrganizer()->newFolder(app.window.treeOrganizer()->folderOf(tree->indexFor(CategoryTreeModel::FeedItem, lib.world)),
                                              u"Sub"_s);
        QTRY_VERIFY(categoryAt(fixture, u"News/World/Sub"_s) != 0);
        QTRY_VERIFY(tree->indexFor(CategoryTreeModel::CategoryItem, categoryAt(fixture, u"News/World/Sub"_s)).isValid());
    }

    // Unsubscribing asks first; the feed's articles go, its starred one stays.
    void deleteAsksAndKeepsStarredArticles()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library3 lib;
        QVERIFY(lib.fill(fixture));
        const qint64 starred = countOf(fixture, u"SELECT min(id) FROM articles WHERE feed_id = ?"_s, {lib.politics});
        QVERIFY(fixture.library().articles().setStarred(starred, true));
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        CategoryTreeModel *tree = app.window.categoryModel();
        QAbstractItemModelTester tester(tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(tree->indexFor(CategoryTreeModel::FeedItem, lib.politics).isValid());
        TreeOrganizer *organizer = app.window.treeOrganizer();
        answerNextMessageBox(u"Cancel"_s);
        QVERIFY(!organizer->confirmRemove(tree->indexFor(CategoryTreeModel::FeedItem, lib.politics)));
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM articles WHERE feed_id = ?"_s, {lib.politics}), 2);
        answerNextMessageBox(u"&Unsubscribe"_s);
        QVERIFY(organizer->confirmRemove(tree->indexFor(CategoryTreeModel::FeedItem, lib.politics)));
        QTRY_COMPARE(countOf(fixture, u"SELECT count(*) FROM articles WHERE feed_id = ?"_s, {lib.politics}), 1);
        QCOMPARE(countOf(fixture, u"SELECT starred FROM articles WHERE feed_id = ?"_s, {lib.politics}), 1);
        // A folder: its feeds go with it.
        answerNextMessageBox(u"&Delete"_s);
        QVERIFY(organizer->confirmRemove(tree->indexFor(CategoryTreeModel::CategoryItem, categoryAt(fixture, u"Later"_s))));
        QTRY_COMPARE(categoryAt(fixture, u"Later"_s), 0);
        QTRY_VERIFY(!tree->indexFor(CategoryTreeModel::FeedItem, lib.loose).isValid());
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM feeds WHERE id = ?"_s, {lib.loose}), 0);
    }

    void markAllReadFromTheMenuAndUndo()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library3 lib;
        QVERIFY(lib.fill(fixture));
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        CategoryTreeModel *tree = app.window.categoryModel();
        QTRY_VERIFY(tree->indexFor(CategoryTreeModel::FeedItem, lib.world).isValid());
        auto *view = app.window.findChild<QTreeView *>(u"categoryView"_s);
        view->setCurrentIndex(tree->indexFor(CategoryTreeModel::CategoryItem, categoryAt(fixture, u"News"_s)));
        std::unique_ptr<QMenu> menu(app.window.treeOrganizer()->menuFor(view->currentIndex(), view));
        for (QAction *action : menu->actions())
            if (action->text() == u"Mark &All Read"_s)
                action->trigger();
        const QString unreadInNews = u"SELECT count(*) FROM articles WHERE read = 0 AND feed_id IN (?, ?)"_s;
        QTRY_COMPARE(countOf(fixture, unreadInNews, {lib.world, lib.politics}), 0);
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM articles WHERE feed_id = ?"_s, {lib.loose}), 1);
        auto *undo = app.window.findChild<QAction *>(u"actionUndo"_s);
        QTRY_VERIFY(undo->isEnabled());
        undo->trigger();
        // Back as they were (the article open in the pane may have been read by opening it).
        QTRY_VERIFY(countOf(fixture, unreadInNews, {lib.world, lib.politics}) >= 4);
    }
};

QTEST_MAIN(TestTreeOrganizer)
#include "tst_treeorganizer.moc"
