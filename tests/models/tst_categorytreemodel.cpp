#include "categorytree.h"
#include "categorytreemodel.h"
#include "templibrary.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QMimeData>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A tree as the library gives it: categories with feeds, read from a real
// TempLibrary so ids, paths and counts are what the application sees.
QList<CategoryNode> treeOf(TempLibrary &fixture)
{
    auto categories = fixture.library().categories().all();
    auto feeds = fixture.library().feeds().withCounts();
    if (!categories || !feeds)
        return {};
    return CategoryTreeBuilder::build(categories.value(), feeds.value());
}

struct Fixture
{
    TempLibrary library;
    qint64 politicsFeed = 0;
    qint64 worldFeed = 0;
    qint64 researchFeed = 0;
    qint64 looseFeed = 0;

    bool fill()
    {
        politicsFeed = library.addFeedWithArticles(u"Micro News/Politics"_s,
                                                   u"https://politics.example/feed"_s, 4);
        worldFeed = library.addFeedWithArticles(u"Micro News/World"_s,
                                                u"https://world.example/feed"_s, 3);
        researchFeed = library.addFeedWithArticles(u"Technology/AI/Research"_s,
                                                   u"https://research.example/feed"_s, 2);
        library.library().categories().ensurePath({u"Science"_s, u"Space"_s}).value();
        Feed loose;
        loose.url = QUrl(u"https://loose.example/feed"_s);
        loose.title = u"Loose Feed"_s;
        looseFeed = library.library().feeds().add(loose).value();
        return politicsFeed && worldFeed && researchFeed && looseFeed;
    }
    qint64 category(const QString &path)
    {
        auto found = library.library().categories().findByPath(path);
        return found && found.value() ? found.value()->id : 0;
    }
};

} // namespace

class TestCategoryTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        Fixture f;
        QVERIFY2(f.library.isValid(), qPrintable(f.library.errorString()));
        QVERIFY(f.fill());
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(treeOf(f.library));
        // Changing the tree again (a subscription toggled, counts moved) is checked too.
        QVERIFY(f.library.library().categories().setSubscribed(f.category(u"Technology"_s), false).ok());
        model.setTree(treeOf(f.library));
        model.setTree({});
        model.setTree(treeOf(f.library));
    }

    // A feed whose last refresh failed carries the badge the view gives
    // (with the error as tooltip), says so to screen readers, and is listed
    // by problemFeeds(); a healthy one has no badge.
    void failingFeedsCarryABadge()
    {
        CategoryNode news;
        news.category.id = 1;
        news.category.name = u"News"_s;
        news.path = u"News"_s;
        news.feeds.append(FeedNode {10, u"Broken"_s, QUrl(u"https://broken.example/feed"_s), 0, 0,
                                    u"HTTP 500"_s});
        news.feeds.append(FeedNode {11, u"Fine"_s, QUrl(u"https://fine.example/feed"_s), 2, 2, {}});
        CategoryNode loose;
        loose.path = QString();
        loose.feeds.append(FeedNode {12, u"Gone"_s, QUrl(u"https://gone.example/feed"_s), 0, 0,
                                     u"Not found"_s});
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTree({news, loose});
        const QModelIndex broken = model.indexFor(CategoryTreeModel::FeedItem, 10);
        const QModelIndex fine = model.indexFor(CategoryTreeModel::FeedItem, 11);
        QVERIFY(broken.isValid() && fine.isValid());
        QVERIFY(broken.data(Qt::DecorationRole).isNull()); // no icon given yet
        QImage red(8, 8, QImage::Format_ARGB32);
        red.fill(Qt::red);
        model.setProblemIcon(QIcon(QPixmap::fromImage(red)));
        QVERIFY(!changed.isEmpty());
        QVERIFY(!broken.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(fine.data(Qt::DecorationRole).isNull()); // no icon of its own yet
        QVERIFY(broken.data(Qt::ToolTipRole).toString().contains(u"HTTP 500"_s));
        // Said to screen readers as the row's description; the cell's text is its name.
        QVERIFY(broken.data(Qt::AccessibleDescriptionRole).toString().contains(u"failed"_s));
        QVERIFY(!fine.data(Qt::AccessibleDescriptionRole).toString().contains(u"failed"_s));
        QCOMPARE(broken.data(Qt::AccessibleTextRole).toString(), u"Broken"_s);
        // Each feed's own icon, by its address; the badge wins over it.
        QImage blue(8, 8, QImage::Format_ARGB32);
        blue.fill(Qt::blue);
        const QIcon site(QPixmap::fromImage(blue));
        QList<QUrl> asked;
        changed.clear();
        model.setFeedIcons([&](const QUrl &url) {
            asked.append(url);
            return url.host() == u"fine.example"_s ? site : QIcon();
        });
        QVERIFY(!changed.isEmpty());
        QCOMPARE(fine.data(Qt::DecorationRole).value<QIcon>().cacheKey(), site.cacheKey());
        QVERIFY(asked.contains(QUrl(u"https://fine.example/feed"_s)));
        QVERIFY(broken.data(Qt::DecorationRole).value<QIcon>().cacheKey() != site.cacheKey());
        QVERIFY(model.index(0, 0).data(Qt::DecorationRole).isNull()); // a folder has none
        const QList<QModelIndex> problems = model.problemFeeds();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.first().data().toString(), u"Broken"_s);
        QCOMPARE(problems.last().data().toString(), u"Gone"_s);
    }

    // F2 renames folders and feeds in place: the model asks its owner;
    // the unfiled node and empty names are refused.
    void editingANameRequestsARename()
    {
        Fixture f;
        QVERIFY(f.fill());
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(treeOf(f.library));
        QSignalSpy renamed(&model, &CategoryTreeModel::renameRequested);
        const QModelIndex feed = model.indexFor(CategoryTreeModel::FeedItem, f.worldFeed);
        const QModelIndex folder = model.indexFor(CategoryTreeModel::CategoryItem, f.category(u"Technology"_s));
        QVERIFY(model.flags(feed).testFlag(Qt::ItemIsEditable));
        QVERIFY(model.flags(folder).testFlag(Qt::ItemIsEditable));
        QVERIFY(!model.flags(folder.siblingAtColumn(CategoryTreeModel::UnreadColumn)).testFlag(Qt::ItemIsEditable));
        const QModelIndex unfiled = model.index(model.rowCount() - 1, 0);
        QVERIFY(!model.flags(unfiled).testFlag(Qt::ItemIsEditable));
        QCOMPARE(folder.data(Qt::EditRole).toString(), u"Technology"_s);
        QVERIFY(model.setData(folder, u"  Tech  "_s, Qt::EditRole));
        QVERIFY(model.setData(feed, u"World Wire"_s, Qt::EditRole));
        QVERIFY(!model.setData(feed, u"   "_s, Qt::EditRole));
        QVERIFY(model.setData(feed, feed.data().toString(), Qt::EditRole)); // unchanged: nothing asked
        QCOMPARE(renamed.size(), 2);
        QCOMPARE(renamed.at(0).at(0).value<CategoryTreeModel::Kind>(), CategoryTreeModel::CategoryItem);
        QCOMPARE(renamed.at(0).at(2).toString(), u"Tech"_s);
        QCOMPARE(renamed.at(1).at(1).toLongLong(), f.worldFeed);
    }

    // Dragging a feed or a folder onto a folder asks for a move; a folder
    // cannot go into itself or below itself; the empty area is the top.
    void draggingAsksForAMove()
    {
        Fixture f;
        QVERIFY(f.fill());
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(treeOf(f.library));
        QSignalSpy moved(&model, &CategoryTreeModel::moveRequested);
        const QModelIndex feed = model.indexFor(CategoryTreeModel::FeedItem, f.researchFeed);
        const QModelIndex tech = model.indexFor(CategoryTreeModel::CategoryItem, f.category(u"Technology"_s));
        const QModelIndex ai = model.indexFor(CategoryTreeModel::CategoryItem, f.category(u"Technology/AI"_s));
        const QModelIndex science = model.indexFor(CategoryTreeModel::CategoryItem, f.category(u"Science"_s));
        std::unique_ptr<QMimeData> feedDrag(model.mimeData({feed}));
        QVERIFY(feedDrag);
        QVERIFY(!model.canDropMimeData(feedDrag.get(), Qt::MoveAction, -1, -1, feed)); // not onto a feed
        QVERIFY(model.dropMimeData(feedDrag.get(), Qt::MoveAction, -1, -1, science) == false);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(1).toLongLong(), f.researchFeed);
        QCOMPARE(moved.at(0).at(2).toLongLong(), f.category(u"Science"_s));
        std::unique_ptr<QMimeData> folderDrag(model.mimeData({tech}));
        QVERIFY(!model.canDropMimeData(folderDrag.get(), Qt::MoveAction, -1, -1, tech));
        QVERIFY(!model.canDropMimeData(folderDrag.get(), Qt::MoveAction, -1, -1, ai));
        QVERIFY(model.canDropMimeData(folderDrag.get(), Qt::MoveAction, -1, -1, science));
        model.dropMimeData(folderDrag.get(), Qt::MoveAction, -1, -1, QModelIndex());
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved.at(1).at(2).toLongLong(), 0);
        // Anything else dragged in is not the tree's.
        QMimeData text;
        text.setText(u"hello"_s);
        QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, -1, -1, science));
        QMimeData forged;
        forged.setData(model.mimeTypes().first(), QByteArray("garbage"));
        QVERIFY(!model.canDropMimeData(&forged, Qt::MoveAction, -1, -1, science));
        QCOMPARE(moved.size(), 2);
    }

    void showsTheTreeWithFeedsAfterCategories()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        QVERIFY(f.fill());
        CategoryTreeModel model;
        model.setTree(treeOf(f.library));

        // Micro News, Technology, Science, then the unfiled pseudo-category.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 2);
        const QModelIndex news = model.index(0, 0);
        QCOMPARE(news.data().toString(), u"Micro News"_s);
        QCOMPARE(news.data(CategoryTreeModel::KindRole).toInt(), int(CategoryTreeModel::CategoryItem));
        QCOMPARE(news.data(CategoryTreeModel::IdRole).toLongLong(), f.category(u"Micro News"_s));
        QCOMPARE(news.data(CategoryTreeModel::PathRole).toString(), u"Micro News"_s);
        QCOMPARE(news.data(CategoryTreeModel::UnreadRole).toInt(), 7);
        QCOMPARE(news.data(CategoryTreeModel::TotalRole).toInt(), 7);
        QCOMPARE(model.index(0, CategoryTreeModel::UnreadColumn).data().toInt(), 7);
        QCOMPARE(model.rowCount(news), 2);

        const QModelIndex politics = model.index(0, 0, news);
        QCOMPARE(politics.data().toString(), u"Politics"_s);
        QCOMPARE(politics.data(CategoryTreeModel::PathRole).toString(), u"Micro News/Politics"_s);
        QCOMPARE(politics.parent(), news);
        QCOMPARE(model.rowCount(politics), 1);
        const QModelIndex feed = model.index(0, 0, politics);
        QCOMPARE(feed.data(CategoryTreeModel::KindRole).toInt(), int(CategoryTreeModel::FeedItem));
        QCOMPARE(feed.data(CategoryTreeModel::IdRole).toLongLong(), f.politicsFeed);
        QCOMPARE(feed.data(CategoryTreeModel::UnreadRole).toInt(), 4);
        QCOMPARE(feed.parent(), politics);
        QCOMPARE(model.rowCount(feed), 0);
        QVERIFY(model.flags(feed).testFlag(Qt::ItemNeverHasChildren));

        const QModelIndex science = model.index(2, 0);
        QCOMPARE(science.data().toString(), u"Science"_s);
        QCOMPARE(science.data(CategoryTreeModel::UnreadRole).toInt(), 0);
        QVERIFY(!model.index(2, CategoryTreeModel::UnreadColumn).data().isValid()); // no "0"

        const QModelIndex unfiled = model.index(3, 0);
        QCOMPARE(unfiled.data(CategoryTreeModel::IdRole).toLongLong(), 0);
        QCOMPARE(model.rowCount(unfiled), 1);
        QCOMPARE(model.index(0, 0, unfiled).data().toString(), u"Loose Feed"_s);

        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty(), false);
        QVERIFY(model.roleNames().value(CategoryTreeModel::PathRole) == "path");
        QVERIFY(!model.index(99, 0).isValid());
        QVERIFY(!model.index(0, 2).isValid());
        QCOMPARE(model.rowCount(model.index(0, CategoryTreeModel::UnreadColumn)), 0);
    }

    void setTreeResetsTheModel()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        QVERIFY(f.fill());
        CategoryTreeModel model;
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setTree(treeOf(f.library));
        QCOMPARE(aboutToReset.size(), 1);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.rowCount(), 4);

        const CategoryNode only{Category{42, 0, u"Only"_s, 0, true}, u"Only"_s, 0, 0, {}, {}};
        model.setTree({only});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"Only"_s);
        QVERIFY(!model.indexFor(CategoryTreeModel::FeedItem, f.politicsFeed).isValid());
        model.setTree({});
        QCOMPARE(model.rowCount(), 0);
    }

    void checkStateRequestsSubscriptionChanges()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        QVERIFY(f.fill());
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(treeOf(f.library));
        QSignalSpy requested(&model, &CategoryTreeModel::subscriptionChangeRequested);

        const qint64 newsId = f.category(u"Micro News"_s);
        const QModelIndex news = model.indexFor(CategoryTreeModel::CategoryItem, newsId);
        QVERIFY(news.isValid());
        QVERIFY(model.flags(news).testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(news.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        QVERIFY(model.setData(news, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), newsId);
        QCOMPARE(requested.at(0).at(1).toBool(), false);
        // The model only asks; the owner stores and sets a new tree.
        QCOMPARE(news.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // Asking for the state it already has requests nothing.
        QVERIFY(model.setData(news, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(requested.size(), 1);

        QVERIFY(f.library.library().categories().setSubscribed(newsId, false).ok());
        model.setTree(treeOf(f.library));
        const QModelIndex after = model.indexFor(CategoryTreeModel::CategoryItem, newsId);
        QCOMPARE(after.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(after.data(CategoryTreeModel::SubscribedRole).toBool(), false);
        const QModelIndex politics =
                model.indexFor(CategoryTreeModel::CategoryItem, f.category(u"Micro News/Politics"_s));
        QCOMPARE(politics.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.setData(after, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(1).at(1).toBool(), true);

        // Feeds, the unread column, the unfiled node and other roles are not checkable.
        const QModelIndex feed = model.indexFor(CategoryTreeModel::FeedItem, f.politicsFeed);
        QVERIFY(feed.isValid());
        QVERIFY(!model.flags(feed).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!feed.data(Qt::CheckStateRole).isValid());
        QVERIFY(!model.setData(feed, Qt::Unchecked, Qt::CheckStateRole));
        const QModelIndex unreadCell = after.siblingAtColumn(CategoryTreeModel::UnreadColumn);
        QVERIFY(!unreadCell.data(Qt::CheckStateRole).isValid());
        QVERIFY(!model.setData(unreadCell, Qt::Unchecked, Qt::CheckStateRole));
        const QModelIndex unfiled = model.index(model.rowCount() - 1, 0);
        QCOMPARE(unfiled.data(CategoryTreeModel::IdRole).toLongLong(), 0);
        QVERIFY(!unfiled.data(Qt::CheckStateRole).isValid());
        QVERIFY(!model.setData(unfiled, Qt::Unchecked, Qt::CheckStateRole));
        // Editing the name is a rename request, not a subscription change.
        QSignalSpy renamed(&model, &CategoryTreeModel::renameRequested);
        QVERIFY(model.setData(after, u"renamed"_s, Qt::EditRole));
        QCOMPARE(renamed.size(), 1);
        QVERIFY(!model.setData(QModelIndex(), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(requested.size(), 2);
    }

    void indexForFindsCategoriesAndFeeds()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        QVERIFY(f.fill());
        CategoryTreeModel model;
        model.setTree(treeOf(f.library));

        const qint64 researchId = f.category(u"Technology/AI/Research"_s);
        const QModelIndex research = model.indexFor(CategoryTreeModel::CategoryItem, researchId);
        QVERIFY(research.isValid());
        QCOMPARE(research.data(CategoryTreeModel::PathRole).toString(),
                 u"Technology/AI/Research"_s);
        // The same index a view would get by walking down.
        const QModelIndex tech = model.index(1, 0);
        const QModelIndex ai = model.index(0, 0, tech);
        QCOMPARE(model.index(0, 0, ai), research);
        QCOMPARE(research.parent(), ai);

        for (qint64 feedId : {f.politicsFeed, f.worldFeed, f.researchFeed, f.looseFeed}) {
            const QModelIndex index = model.indexFor(CategoryTreeModel::FeedItem, feedId);
            QVERIFY(index.isValid());
            QCOMPARE(index.data(CategoryTreeModel::IdRole).toLongLong(), feedId);
            QCOMPARE(index.data(CategoryTreeModel::KindRole).toInt(), int(CategoryTreeModel::FeedItem));
            QCOMPARE(model.index(index.row(), 0, index.parent()), index);
        }
        QVERIFY(!model.indexFor(CategoryTreeModel::FeedItem, 999999).isValid());
        QVERIFY(!model.indexFor(CategoryTreeModel::CategoryItem, 999999).isValid());
    }

    void feedAndCategoryWithTheSameIdAreDistinct()
    {
        CategoryNode root{Category{7, 0, u"Seven"_s, 0, true}, u"Seven"_s, 2, 5, {}, {}};
        root.feeds.append(FeedNode{7, u"Feed Seven"_s, QUrl(u"https://seven.example/"_s), 2, 5,
                                   u"timed out"_s});
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree({root});
        const QModelIndex category = model.indexFor(CategoryTreeModel::CategoryItem, 7);
        const QModelIndex feed = model.indexFor(CategoryTreeModel::FeedItem, 7);
        QVERIFY(category.isValid() && feed.isValid());
        QVERIFY(category != feed);
        QCOMPARE(feed.parent(), category);
        QCOMPARE(feed.data().toString(), u"Feed Seven"_s);
        QCOMPARE(feed.data(CategoryTreeModel::ErrorRole).toString(), u"timed out"_s);
        QVERIFY(feed.data(Qt::ToolTipRole).toString().contains(u"timed out"_s));
        QVERIFY(category.data(Qt::FontRole).value<QFont>().bold()); // unread: bold
    }

    void largeTreeStaysConsistent()
    {
        // A wide and deep tree built from values.
        QList<CategoryNode> roots;
        for (int r = 0; r < 20; ++r) {
            CategoryNode root{Category{1000 + r, 0, u"Root %1"_s.arg(r), r, r % 2 == 0},
                              u"Root %1"_s.arg(r), 0, 0, {}, {}};
            for (int c = 0; c < 10; ++c) {
                CategoryNode child{Category{2000 + r * 10 + c, 1000 + r, u"Child %1"_s.arg(c), c, true},
                                   u"Root %1/Child %2"_s.arg(r).arg(c), c, c, {}, {}};
                for (int feed = 0; feed < 3; ++feed)
                    child.feeds.append(FeedNode{r * 100 + c * 3 + feed, u"Feed"_s, QUrl(), 0, 0, {}});
                root.children.append(child);
            }
            roots.append(root);
        }
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(roots);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.rowCount(model.index(5, 0)), 10);
        QCOMPARE(model.rowCount(model.index(2, 0, model.index(5, 0))), 3);
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    // All Articles, Unread and Starred above the person's folders: counts
    // from the tree's roll-ups (Starred's given), selectable but neither
    // renamed, dragged, ticked nor dropped on; read by screen readers.
    void smartRowsComeFirst()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        QVERIFY(f.fill());
        QVERIFY(f.library.library().articles().setRead(
                {f.library.library().articles().headers({}).value().first().id}, true));
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSmartRows(true);
        model.setTree({}); // an empty library has none
        QCOMPARE(model.rowCount(), 0);
        const QList<CategoryNode> tree = treeOf(f.library);
        model.setStarredCount(2);
        model.setTree(tree);
        QCOMPARE(model.rowCount(), int(tree.size()) + 4);
        const QStringList names{u"All Articles"_s, u"Unread"_s, u"Starred"_s, u"Top Stories"_s};
        for (int row = 0; row < 4; ++row) {
            const QModelIndex smart = model.index(row, CategoryTreeModel::NameColumn);
            QCOMPARE(smart.data().toString(), names.at(row));
            QCOMPARE(smart.data(CategoryTreeModel::KindRole).toInt(), int(CategoryTreeModel::SmartItem));
            QCOMPARE(smart.data(CategoryTreeModel::IdRole).toLongLong(), row + 1);
            QCOMPARE(model.rowCount(smart), 0);
            const Qt::ItemFlags flags = model.flags(smart);
            QVERIFY(flags.testFlag(Qt::ItemIsSelectable));
            QVERIFY(!flags.testFlag(Qt::ItemIsEditable) && !flags.testFlag(Qt::ItemIsDragEnabled)
                    && !flags.testFlag(Qt::ItemIsDropEnabled) && !flags.testFlag(Qt::ItemIsUserCheckable));
            QVERIFY(!model.setData(smart, u"Renamed"_s, Qt::EditRole));
            QCOMPARE(smart.data(Qt::AccessibleTextRole).toString(), names.at(row));
            QVERIFY(!smart.data(Qt::ToolTipRole).toString().isEmpty());
            QCOMPARE(model.indexFor(CategoryTreeModel::SmartItem, row + 1), smart);
        }
        int unread = 0;
        for (const CategoryNode &root : tree)
            unread += root.unread;
        QCOMPARE(unread, 8);
        const QModelIndex all = model.index(0, CategoryTreeModel::UnreadColumn);
        QCOMPARE(all.data().toInt(), unread);
        QCOMPARE(all.data(CategoryTreeModel::TotalRole).toInt(), 9);
        QCOMPARE(model.index(1, CategoryTreeModel::UnreadColumn).data().toInt(), unread);
        QCOMPARE(model.index(1, CategoryTreeModel::UnreadColumn).data(Qt::AccessibleTextRole).toString(),
                 u"8 unread"_s);
        const QModelIndex starred = model.index(2, CategoryTreeModel::UnreadColumn);
        QCOMPARE(starred.data().toInt(), 2);
        QCOMPARE(starred.data(Qt::AccessibleTextRole).toString(), u"2 starred"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStarredCount(5);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(starred.data().toInt(), 5);
        QVERIFY(model.mimeData({model.index(0, 0)}) == nullptr);
        // The person's folders follow, in their order.
        QVERIFY(model.index(3, CategoryTreeModel::UnreadColumn).data().isNull()); // Top Stories: no count
        QCOMPARE(model.index(4, 0).data().toString(), tree.first().category.name);
        QVERIFY(model.problemFeeds().isEmpty());
        QCOMPARE(model.feedIndexes().size(), 4);
    }
};

QTEST_MAIN(TestCategoryTreeModel)
#include "tst_categorytreemodel.moc"
