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

    void recordFetchKeepsWhatTheScheduleNeeds()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        FeedRepository repo = fixture.library().feeds();
        const qint64 id = repo.add(feedAt(u"https://example.com/feed.xml"_s)).value();
        const auto state = [&repo, id]() -> FeedRefreshState {
            const auto states = repo.refreshStates().value();
            for (const FeedRefreshState &s : states) {
                if (s.feedId == id)
                    return s;
            }
            return {};
        };
        QCOMPARE(state().feedId, id);
        QVERIFY(!state().lastAttemptAt.isValid());
        QCOMPARE(state().failures, 0);

        const QDateTime t(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        FeedRepository::FetchOutcome ok;
        ok.fetchedAt = t;
        ok.httpStatus = 200;
        ok.etag = "\"v1\"";
        ok.refreshMinutes = 60;
        ok.freshSeconds = 900;
        QVERIFY(repo.recordFetch(id, ok).ok());
        QCOMPARE(state().lastAttemptAt, t);
        QCOMPARE(state().hintMinutes, 60);
        QCOMPARE(state().freshSeconds, 900);
        QVERIFY(!state().retryAfterUntil.isValid());

        // Failures count up, with Retry-After kept as a time; the hints stay.
        FeedRepository::FetchOutcome busy;
        busy.fetchedAt = t.addSecs(3600);
        busy.httpStatus = 429;
        busy.error = u"busy"_s;
        busy.retryAfterSeconds = 7200;
        QVERIFY(repo.recordFetch(id, busy).ok());
        QCOMPARE(state().failures, 1);
        QCOMPARE(state().retryAfterUntil, t.addSecs(3 * 3600));
        QCOMPARE(state().freshSeconds, 900);
        QCOMPARE(state().hintMinutes, 60);
        QCOMPARE(state().lastAttemptAt, t.addSecs(3600));
        FeedRepository::FetchOutcome broken;
        broken.fetchedAt = t.addSecs(4 * 3600);
        broken.error = u"not a feed"_s;
        QVERIFY(repo.recordFetch(id, broken).ok());
        QCOMPARE(state().failures, 2);
        QVERIFY(!state().retryAfterUntil.isValid());

        // Nothing sent (offline): the error shows, the schedule is untouched.
        FeedRepository::FetchOutcome offline;
        offline.fetchedAt = t.addSecs(5 * 3600);
        offline.error = u"offline"_s;
        offline.attempted = false;
        QVERIFY(repo.recordFetch(id, offline).ok());
        QCOMPARE(state().failures, 2);
        QCOMPARE(state().lastAttemptAt, t.addSecs(4 * 3600));
        QCOMPARE(repo.find(id).value()->lastError, u"offline"_s);
        QCOMPARE(repo.find(id).value()->etag, QByteArray("\"v1\""));
        // …except a wait the host asked for.
        offline.retryAfterSeconds = 60;
        QVERIFY(repo.recordFetch(id, offline).ok());
        QCOMPARE(state().retryAfterUntil, t.addSecs(5 * 3600 + 60));
        QCOMPARE(state().lastAttemptAt, t.addSecs(4 * 3600));

        // Success resets; a document without hints clears them.
        FeedRepository::FetchOutcome again;
        again.fetchedAt = t.addSecs(6 * 3600);
        again.httpStatus = 200;
        again.refreshMinutes = 0;
        QVERIFY(repo.recordFetch(id, again).ok());
        QCOMPARE(state().failures, 0);
        QCOMPARE(state().hintMinutes, 0);
        QVERIFY(!state().freshSeconds);
        QVERIFY(!state().retryAfterUntil.isValid());
        // A 304 (no document) keeps the hint.
        QVERIFY(repo.recordFetch(id, ok).ok());
        FeedRepository::FetchOutcome unchanged;
        unchanged.fetchedAt = t.addSecs(7 * 3600);
        unchanged.httpStatus = 304;
        QVERIFY(repo.recordFetch(id, unchanged).ok());
        QCOMPARE(state().hintMinutes, 60);
    }

    void refreshStatesListTheSubscribedFeeds()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        Library &library = fixture.library();
        const qint64 news = library.categories().ensurePath({u"News"_s}).value();
        const qint64 sport = library.categories().ensurePath({u"Sport"_s}).value();
        QVERIFY(library.categories().setSubscribed(sport, false).ok());
        FeedRepository repo = library.feeds();
        const qint64 unfiled = repo.add(feedAt(u"https://a.example/feed"_s)).value();
        const qint64 inNews = repo.add(feedAt(u"https://b.example/feed"_s, news)).value();
        repo.add(feedAt(u"https://c.example/feed"_s, sport)).value();
        const qint64 gone = repo.add(feedAt(u"https://d.example/feed"_s, news)).value();
        FeedRepository::FetchOutcome removed;
        removed.fetchedAt = QDateTime::currentDateTimeUtc();
        removed.error = u"gone"_s;
        removed.gone = true;
        QVERIFY(repo.recordFetch(gone, removed).ok());
        QList<qint64> ids;
        for (const FeedRefreshState &state : repo.refreshStates().value())
            ids.append(state.feedId);
        QCOMPARE(ids, (QList<qint64>{unfiled, inNews}));
        QCOMPARE(ids.size(), repo.subscribed().value().size());
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
        QVERIFY(library.feeds().remove(a).ok()); // keeps the starred one, marked gone and deleted
        check("after removing a feed");
        // The feed kept for its starred article is out of the tree.
        QCOMPARE(library.feeds().withCounts().value().size(), 1);
        QVERIFY(library.feeds().find(a).value()->deleted);
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
