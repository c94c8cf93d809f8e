#include "feedrepository.h"
#include "templibrary.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Feed feedAt(const QString &url, qint64 categoryId = 0, const QString &title = QString())
{
    Feed feed;
    feed.url = QUrl(url);
    feed.categoryId = categoryId;
    feed.title = title;
    return feed;
}

const CategoryTreeBuilder::PlacedFeed *placed(const QList<CategoryTreeBuilder::PlacedFeed> &list,
                                              qint64 feedId)
{
    for (const auto &p : list) {
        if (p.feed.id == feedId)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestFeedRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addStoresTheFeed()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        const qint64 category = fixture.library().categories().ensurePath({u"News"_s}).value();
        FeedRepository repo = fixture.library().feeds();

        Feed feed = feedAt(u"https://example.com/feed.xml"_s, category, u"Example News"_s);
        feed.siteUrl = QUrl(u"https://example.com/"_s);
        feed.description = u"All the news"_s;
        feed.refreshIntervalMinutes = 30;
        auto id = repo.add(feed);
        QVERIFY(id.ok());
        QVERIFY(id.value() > 0);

        auto found = repo.find(id.value());
        QVERIFY(found.ok() && found.value());
        const Feed &stored = *found.value();
        QCOMPARE(stored.id, id.value());
        QCOMPARE(stored.categoryId, category);
        QCOMPARE(stored.url, feed.url);
        QCOMPARE(stored.title, feed.title);
        QCOMPARE(stored.siteUrl, feed.siteUrl);
        QCOMPARE(stored.description, feed.description);
        QCOMPARE(stored.refreshIntervalMinutes, 30);
        QVERIFY(!stored.gone);
        QVERIFY(!stored.lastFetchedAt.isValid());

        auto byUrl = repo.findByUrl(feed.url);
        QVERIFY(byUrl.ok() && byUrl.value());
        QCOMPARE(byUrl.value()->id, id.value());
        QVERIFY(!repo.findByUrl(QUrl(u"https://example.com/other.xml"_s)).value().has_value());
        QVERIFY(!repo.find(987654).value().has_value());
    }

    void addReturnsTheExistingIdForTheSameUrl()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        FeedRepository repo = fixture.library().feeds();
        const qint64 first = repo.add(feedAt(u"https://example.com/feed.xml"_s, 0, u"A"_s)).value();
        const qint64 again = repo.add(feedAt(u"https://example.com/feed.xml"_s, 0, u"B"_s)).value();
        QCOMPARE(again, first);
        QCOMPARE(repo.all().value().size(), 1);
        QCOMPARE(repo.find(first).value()->title, u"A"_s); // the first one is kept as it was
        const qint64 other = repo.add(feedAt(u"https://example.com/other.xml"_s)).value();
        QVERIFY(other != first);
        QCOMPARE(repo.all().value().size(), 2);
    }

    void feedWithoutCategoryIsUnfiled()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        FeedRepository repo = fixture.library().feeds();
        const qint64 id = repo.add(feedAt(u"https://loose.example/feed"_s)).value();
        QCOMPARE(repo.find(id).value()->categoryId, 0);
        auto counts = repo.withCounts();
        QVERIFY(counts.ok());
        QVERIFY(placed(counts.value(), id));
        QCOMPARE(placed(counts.value(), id)->categoryId, 0);
        // Without a title the tree shows the URL.
        QCOMPARE(placed(counts.value(), id)->feed.title, u"https://loose.example/feed"_s);
    }

    void withCountsCountsUnreadAndTotal()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 a = fixture.addFeedWithArticles(u"News/World"_s, u"https://a.example/feed"_s, 7);
        const qint64 b = fixture.addFeedWithArticles(u"News"_s, u"https://b.example/feed"_s, 3);
        const qint64 empty = fixture.addFeedWithArticles(u"Tech"_s, u"https://c.example/feed"_s, 0);
        QVERIFY(a && b && empty);

        ArticleQuery query;
        query.feedIds = {a};
        const QList<ArticleHeader> rows = fixture.library().articles().headers(query).value();
        QCOMPARE(rows.size(), 7);
        QVERIFY(fixture.library().articles().setRead({rows.at(0).id, rows.at(1).id}, true).ok());

        auto counts = fixture.library().feeds().withCounts();
        QVERIFY(counts.ok());
        QCOMPARE(counts.value().size(), 3);
        QCOMPARE(placed(counts.value(), a)->feed.unread, 5);
        QCOMPARE(placed(counts.value(), a)->feed.total, 7);
        QCOMPARE(placed(counts.value(), b)->feed.unread, 3);
        QCOMPARE(placed(counts.value(), b)->feed.total, 3);
        QCOMPARE(placed(counts.value(), empty)->feed.unread, 0);
        QCOMPARE(placed(counts.value(), empty)->feed.total, 0);
        QCOMPARE(placed(counts.value(), a)->categoryId,
                 fixture.library().categories().findByPath(u"News/World"_s).value()->id);
        QCOMPARE(placed(counts.value(), a)->feed.title, u"Feed https://a.example/feed"_s);
        QCOMPARE(placed(counts.value(), a)->feed.url, QUrl(u"https://a.example/feed"_s));
    }

    void maintainedCountsMatchTheArticlesThroughEveryChange()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 a = fixture.addFeedWithArticles(u"News"_s, u"https://a.example/feed"_s, 6);
        const qint64 b = fixture.addFeedWithArticles(u"Tech"_s, u"https://b.example/feed"_s, 4);
        QVERIFY(a && b);
        const auto check = [&](const char *step) {
            auto counts = library.feeds().withCounts();
            QVERIFY2(counts.ok(), step);
            for (const auto &placedFeed : counts.value()) {
                ArticleQuery all;
                all.feedIds = {placedFeed.feed.id};
                all.limit = 1000;
                const auto rows = library.articles().headers(all).value();
                const auto unread = std::count_if(rows.begin(), rows.end(),
                                                  [](const ArticleHeader &h) { return !h.read; });
                QVERIFY2(placedFeed.feed.total == rows.size(), step);
                QVERIFY2(placedFeed.feed.unread == unread, step);
            }
        };
        check("after insert");

        ArticleQuery query;
        query.feedIds = {a};
        const QList<ArticleHeader> rows = library.articles().headers(query).value();
        QVERIFY(library.articles().setRead({rows.at(0).id, rows.at(1).id, rows.at(2).id}, true).ok());
        // Marking an already-read article read again changes nothing.
        QVERIFY(library.articles().setRead({rows.at(0).id}, true).ok());
        check("after marking read");
        QVERIFY(library.articles().setRead({rows.at(1).id}, false).ok());
        check("after marking unread");

        // A re-fetch with a changed text keeps the count; a new item adds one.
        Article changed;
        changed.guid = u"new-item"_s;
        changed.title = u"Fresh"_s;
        QVERIFY(library.articles().upsert(a, {changed}, QDateTime::currentDateTimeUtc()).ok());
        changed.title = u"Fresh, updated"_s;
        QVERIFY(library.articles().upsert(a, {changed}, QDateTime::currentDateTimeUtc()).ok());
        check("after upserts");

        QVERIFY(library.articles().setStarred(rows.at(3).id, true).ok());
        QVERIFY(library.feeds().remove(a).ok()); // keeps the starred one, marked gone
        check("after removing a feed");
        QCOMPARE(library.feeds().withCounts().value().size(), 2);
    }

    void inCategories()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 world = fixture.addFeedWithArticles(u"News/World"_s, u"https://w.example/"_s, 1);
        const qint64 news = fixture.addFeedWithArticles(u"News"_s, u"https://n.example/"_s, 1);
        const qint64 tech = fixture.addFeedWithArticles(u"Tech"_s, u"https://t.example/"_s, 1);
        const qint64 loose = fixture.library().feeds().add(feedAt(u"https://l.example/"_s)).value();
        QVERIFY(world && news && tech && loose);

        CategoryRepository categories = fixture.library().categories();
        FeedRepository repo = fixture.library().feeds();
        const qint64 newsId = categories.findByPath(u"News"_s).value()->id;
        const qint64 worldId = categories.findByPath(u"News/World"_s).value()->id;
        const qint64 techId = categories.findByPath(u"Tech"_s).value()->id;

        auto sorted = [](QList<qint64> ids) {
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        // Only the categories asked for: callers pass a subtree for "everything below".
        QCOMPARE(repo.inCategories({newsId}).value(), QList<qint64>{news});
        QCOMPARE(sorted(repo.inCategories(categories.subtree(newsId).value()).value()),
                 sorted({world, news}));
        QCOMPARE(sorted(repo.inCategories({worldId, techId}).value()), sorted({world, tech}));
        QVERIFY(repo.inCategories({}).value().isEmpty());
        QVERIFY(repo.inCategories({999999}).value().isEmpty());
    }

    void allIsOrderedByTitle()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        FeedRepository repo = fixture.library().feeds();
        repo.add(feedAt(u"https://z.example/"_s, 0, u"Zebra"_s)).value();
        repo.add(feedAt(u"https://a.example/"_s, 0, u"Aardvark"_s)).value();
        const QList<Feed> all = repo.all().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).title, u"Aardvark"_s);
        QCOMPARE(all.at(1).title, u"Zebra"_s);
    }
};

QTEST_GUILESS_MAIN(TestFeedRepository)
#include "tst_feedrepository.moc"
