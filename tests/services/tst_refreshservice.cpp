// Refreshing against a real HTTP server on 127.0.0.1 and a real library.

#include "clock.h"
#include "fetcher.h"
#include "refreshservice.h"
#include "sqlutil.h"
#include "storagethread.h"
#include "templibrary.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray rss(const QString &title, int items, const QString &suffix = {})
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title.toUtf8()
            + "</title><link>https://example.com/</link><ttl>30</ttl>";
    for (int i = 0; i < items; ++i) {
        xml += "<item><guid>urn:" + title.toUtf8() + ':' + QByteArray::number(i) + "</guid><title>Story "
                + QByteArray::number(i) + suffix.toUtf8() + "</title><link>https://example.com/" + QByteArray::number(i)
                + "</link><pubDate>Mon, 0" + QByteArray::number(1 + i % 9)
                + " Nov 2026 10:00:00 GMT</pubDate><description>&lt;p&gt;Body " + QByteArray::number(i)
                + suffix.toUtf8() + "&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</description></item>";
    }
    return xml + "</channel></rss>";
}

// Items that carry only a teaser, their page and an image on `pages`.
// The time stored by a refresh, set by the test.
class SetClock final : public Clock
{
public:
    explicit SetClock(const QDateTime &now) : m_now(now) { }
    QDateTime now() const override { return m_now; }
    void wakeIn(qint64) override { }
    void cancelWake() override { }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// One library's refreshes of its feeds with offline copies, at a time the
// test sets; the pages asked of a server counted.
struct RefreshesByTheClock
{
    explicit RefreshesByTheClock(TempLibrary &fixture)
        : storage(fixture.dataDir()), service(fixture.library(), fetcher, storage)
    {
        service.setKeepOfflineCopies(true);
        service.setClock(clock);
    }
    bool refresh()
    {
        QSignalSpy finished(&service, &RefreshService::finished);
        return service.start() && QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000);
    }
    static int pagesAsked(const TestHttpServer &server)
    {
        int n = 0;
        for (const auto &request : server.requests())
            n += request.path.startsWith(u"/story/"_s) ? 1 : 0;
        return n;
    }

    Fetcher fetcher;
    StorageThread storage;
    RefreshService service;
    SetClock clock {QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC)};
};

QByteArray summaryOnlyRss(int feed, int items, const QUrl &pages)
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F"
            + QByteArray::number(feed) + "</title>";
    for (int i = 0; i < items; ++i) {
        const QByteArray id = QByteArray::number(feed) + '-' + QByteArray::number(i);
        const QByteArray base = pages.toEncoded(QUrl::RemovePath);
        xml += "<item><guid>urn:" + id + "</guid><title>Story " + id + "</title><link>" + base
                + "/story/" + id + "</link><description>&lt;p&gt;Teaser " + id
                + "&lt;img src=&quot;" + base + "/img/" + id
                + ".jpg&quot;&gt;&lt;/p&gt;</description></item>";
    }
    return xml + "</channel></rss>";
}

// The page of a summary-only item: its full story, and the item's image.
QByteArray storyPage(const QString &path, const QUrl &base)
{
    const QByteArray id = path.section(u'/', -1).toUtf8();
    QByteArray html = "<!DOCTYPE html><html><head><title>Story " + id
            + "</title></head><body>"
              "<nav><a href=\"/\">Home</a></nav><article><h1>Story "
            + id + "</h1>";
    for (int p = 0; p < 6; ++p)
        html += "<p>Paragraph " + QByteArray::number(p) + " of story " + id
                + ": the council met on Tuesday evening and agreed, after a long debate about the"
                  " budget for the coming year, to repair the old bridge over the river before"
                  " the winter floods, which local shops say cost them dearly last year.</p>";
    html += "<img src=\"" + base.toEncoded(QUrl::RemovePath) + "/img/" + id
            + ".jpg\"></article></body></html>";
    return html;
}

// Enough of a JPEG for the image cache's magic-number check.
QByteArray tinyJpeg()
{
    return QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11) + QByteArray(256, '\x55')
            + QByteArray("\xFF\xD9", 2);
}

} // namespace

class TestRefreshService final : public QObject
{
    Q_OBJECT

private:
    static RefreshReport run(Library &library, Fetcher &fetcher, const QList<qint64> &ids = {})
    {
        StorageThread storage(library.dataDir());
        RefreshService service(library, fetcher, storage);
        QSignalSpy finished(&service, &RefreshService::finished);
        service.start(ids);
        if (finished.isEmpty())
            finished.wait(20000);
        return service.report();
    }
    // `count` feeds of `items` summary-only items served by `feeds` (their
    // pages and images on `pages`), each subscribed in the library.
    static QList<qint64> serveSummaryOnlyFeeds(TestHttpServer &feeds, Library &library, int count, int items,
                                               const QUrl &pages)
    {
        QList<qint64> ids;
        for (int f = 0; f < count; ++f) {
            feeds.route(u"/feed%1"_s.arg(f),
                        TestHttpServer::Response::ok(summaryOnlyRss(f, items, pages), "application/rss+xml"));
            ids.append(addFeed(library, feeds.url(u"/feed%1"_s.arg(f))));
        }
        return ids;
    }
    static qint64 addFeed(Library &library, const QUrl &url, const QString &category = u"News"_s)
    {
        Feed feed;
        feed.url = url;
        feed.categoryId = library.categories().ensurePath(splitCategoryPath(category)).value();
        return library.feeds().add(feed).value();
    }

private Q_SLOTS:

    // Every item's page and image sit on a slow host: each feed is done
    // (articles listed, images recorded) before the first page or image is
    // answered, and the pages and images still come before finished().
    void feedsAreDoneBeforeTheirOfflineCopies()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer slow;
        const QUrl slowUrl = slow.url();
        slow.setFallback([slowUrl](const TestHttpServer::Request &request) {
            TestHttpServer::Response response = request.path.startsWith(u"/story/"_s)
                    ? TestHttpServer::Response::ok(storyPage(request.path, slowUrl),
                                                   "text/html; charset=utf-8")
                    : TestHttpServer::Response::ok(tinyJpeg(), "image/jpeg");
            response.delayMs = 50;
            return response;
        });
        TestHttpServer feeds;
        constexpr int Feeds = 6;
        constexpr int Items = 4;
        serveSummaryOnlyFeeds(feeds, fixture.library(), Feeds, Items, slowUrl);
        Fetcher fetcher;
        StorageThread storage(fixture.dataDir());
        RefreshService service(fixture.library(), fetcher, storage);
        service.setKeepOfflineCopies(true);
        QStringList events;
        qsizetype pendingWhenFeedsDone = -1;
        connect(&service, &RefreshService::feedRefreshed, this, [&](qint64, const QString &error) {
            events.append(error.isEmpty() ? u"feed"_s : u"failed feed"_s);
        });
        connect(&service, &RefreshService::feedsDone, this, [&] {
            events.append(u"feeds done"_s);
            pendingWhenFeedsDone = fixture.library().images().pending(1000).value().size();
        });
        connect(&fetcher, &Fetcher::finished, this,
                [&](Fetcher::RequestId, const FetchResult &result) {
                    if (result.finalUrl.port() == slowUrl.port())
                        events.append(result.finalUrl.path().startsWith(u"/story/"_s) ? u"page"_s
                                                                                      : u"image"_s);
                });
        QSignalSpy finished(&service, &RefreshService::finished);
        QVERIFY(service.start());
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        QCOMPARE(events.count(u"feed"_s), Feeds);
        QCOMPARE(events.indexOf(u"feeds done"_s), Feeds);
        QVERIFY2(!events.contains(u"page"_s) || events.indexOf(u"page"_s) > Feeds,
                 qPrintable(events.join(u' ')));
        QVERIFY2(!events.contains(u"image"_s) || events.indexOf(u"image"_s) > Feeds,
                 qPrintable(events.join(u' ')));
        QCOMPARE(pendingWhenFeedsDone, Feeds * Items); // recorded with the articles
        const RefreshReport report = service.report();
        QVERIFY(report.feedsSeconds > 0 && report.feedsSeconds <= report.seconds);
        QCOMPARE(report.newArticles, Feeds * Items);
        QCOMPARE(report.fullTextArticles, Feeds * Items);
        QCOMPARE(report.imagesStored, Feeds * Items);
        QCOMPARE(events.count(u"page"_s), Feeds * Items);
        QCOMPARE(fixture.library().images().pending(1000).value().size(), 0);
    }
    void conditionalRefreshStoresOnceAndKeepsState()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/feed.xml"_s, TestHttpServer::Response::ok(rss(u"A"_s, 5), "application/rss+xml")
                                             .header("ETag", "\"v1\""));
        const qint64 feed = addFeed(fixture.library(), server.url(u"/feed.xml"_s));
        Fetcher fetcher;

        RefreshReport first = run(fixture.library(), fetcher);
        QCOMPARE(first.feeds, 1);
        QCOMPARE(first.fetched, 1);
        QCOMPARE(first.newArticles, 5);
        QVERIFY(first.failed.isEmpty());
        auto stored = fixture.library().feeds().find(feed).value().value();
        QCOMPARE(stored.etag, "\"v1\"");
        QCOMPARE(stored.title, u"A"_s);
        QCOMPARE(stored.refreshIntervalMinutes, 30);

        // Sanitized before it is stored.
        auto headers = fixture.library().articles().headers({}).value();
        QCOMPARE(headers.size(), 5);
        const Article article = fixture.library().articles().find(headers.first().id).value().value();
        QVERIFY(!article.contentHtml.contains(u"script"_s));
        QVERIFY(article.contentText.contains(u"Body"_s));
        QVERIFY(fixture.library().articles().setRead({article.id}, true).ok());

        RefreshReport second = run(fixture.library(), fetcher);
        QCOMPARE(second.notModified, 1);
        QCOMPARE(second.newArticles, 0);
        QCOMPARE(server.lastRequest(u"/feed.xml"_s).header("If-None-Match"), "\"v1\"");

        // The feed changes: articles update in place, read state stays.
        server.route(u"/feed.xml"_s, TestHttpServer::Response::ok(rss(u"A"_s, 6, u" (updated)"_s), "application/rss+xml")
                                             .header("ETag", "\"v2\""));
        RefreshReport third = run(fixture.library(), fetcher);
        QCOMPARE(third.newArticles, 1);
        QCOMPARE(third.updatedArticles, 5);
        const Article again = fixture.library().articles().find(article.id).value().value();
        QVERIFY(again.title.endsWith(u"(updated)"_s));
        QVERIFY(again.read);
    }

    void garbageKeepsStoredArticlesAndOthersGoOn()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/a.xml"_s, TestHttpServer::Response::ok(rss(u"A"_s, 3), "application/rss+xml"));
        server.route(u"/b.xml"_s, TestHttpServer::Response::ok(rss(u"B"_s, 2), "application/rss+xml"));
        const qint64 a = addFeed(fixture.library(), server.url(u"/a.xml"_s));
        addFeed(fixture.library(), server.url(u"/b.xml"_s));
        Fetcher fetcher;
        QCOMPARE(run(fixture.library(), fetcher).newArticles, 5);

        server.route(u"/a.xml"_s, TestHttpServer::Response::ok("<html><body>Internal error</body></html>", "text/html"));
        server.route(u"/b.xml"_s, TestHttpServer::Response::ok(rss(u"B"_s, 4), "application/rss+xml"));
        const RefreshReport report = run(fixture.library(), fetcher);
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed.first().feedId, a);
        QCOMPARE(report.newArticles, 2);
        ArticleQuery onlyA;
        onlyA.feedIds = {a};
        QCOMPARE(fixture.library().articles().headers(onlyA).value().size(), 3);
        QVERIFY(!fixture.library().feeds().find(a).value()->lastError.isEmpty());
    }

    // Feeds are stored several to a transaction: one whose articles cannot
    // be stored fails alone, without its ETag (a later refresh must fetch
    // it whole again), and the others keep theirs.
    void aFeedThatCannotBeStoredFailsAloneInItsBatch()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QSqlQuery poison(fixture.library().database().connection());
        QVERIFY(poison.exec(u"CREATE TRIGGER poison BEFORE INSERT ON articles"
                            " WHEN NEW.title = 'Story 1 (poison)' BEGIN SELECT RAISE(ABORT, 'poisoned'); END"_s));
        TestHttpServer server;
        QList<qint64> feeds;
        for (int f = 0; f < 6; ++f) {
            const QString path = u"/%1.xml"_s.arg(f);
            server.route(path, TestHttpServer::Response::ok(rss(u"F%1"_s.arg(f), 3, f == 2 ? u" (poison)"_s : QString()),
                                                            "application/rss+xml")
                                       .header("ETag", "\"e" + QByteArray::number(f) + '"'));
            feeds.append(addFeed(fixture.library(), server.url(path)));
        }
        Fetcher fetcher;
        const RefreshReport report = run(fixture.library(), fetcher);
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed.first().feedId, feeds.at(2));
        QCOMPARE(report.newArticles, 15);
        for (int f = 0; f < feeds.size(); ++f) {
            const Feed stored = fixture.library().feeds().find(feeds.at(f)).value().value();
            ArticleQuery one;
            one.feedIds = {feeds.at(f)};
            const qsizetype articles = fixture.library().articles().headers(one).value().size();
            if (f == 2) {
                QVERIFY(stored.etag.isEmpty());
                QCOMPARE(articles, 0);
                QVERIFY(!stored.lastError.isEmpty());
            } else {
                QCOMPARE(stored.etag, "\"e" + QByteArray::number(f) + '"');
                QCOMPARE(articles, 3);
            }
        }
    }

    void goneAndMoved()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/old.xml"_s, TestHttpServer::Response::redirect(301, server.url(u"/new.xml"_s).toEncoded()));
        server.route(u"/new.xml"_s, TestHttpServer::Response::ok(rss(u"N"_s, 1), "application/rss+xml"));
        server.route(u"/gone.xml"_s, TestHttpServer::Response::error(410));
        const qint64 moved = addFeed(fixture.library(), server.url(u"/old.xml"_s));
        const qint64 gone = addFeed(fixture.library(), server.url(u"/gone.xml"_s));
        Fetcher fetcher;
        run(fixture.library(), fetcher);
        QCOMPARE(fixture.library().feeds().find(moved).value()->url, server.url(u"/new.xml"_s));
        QVERIFY(fixture.library().feeds().find(gone).value()->gone);
        // A gone feed is no longer refreshed.
        QCOMPARE(run(fixture.library(), fetcher).feeds, 1);
    }

    void onlySubscribedCategoriesAreRefreshed()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/a.xml"_s, TestHttpServer::Response::ok(rss(u"A"_s, 1), "application/rss+xml"));
        server.route(u"/b.xml"_s, TestHttpServer::Response::ok(rss(u"B"_s, 1), "application/rss+xml"));
        addFeed(fixture.library(), server.url(u"/a.xml"_s), u"News/World"_s);
        addFeed(fixture.library(), server.url(u"/b.xml"_s), u"Sport"_s);
        const qint64 news = fixture.library().categories().findByPath(u"News"_s).value()->id;
        QVERIFY(fixture.library().categories().setSubscribed(news, false).ok());
        Fetcher fetcher;
        const RefreshReport report = run(fixture.library(), fetcher);
        QCOMPARE(report.feeds, 1);
        QCOMPARE(server.requestCount(u"/a.xml"_s), 0);
        QCOMPARE(server.requestCount(u"/b.xml"_s), 1);
    }

    // The feeds to refresh are read on the storage thread, not on the
    // caller's connection (the window's): a storage thread that cannot open
    // the library makes a refresh that fails with that error, even though
    // the caller's own connection would have read them.
    void theFeedsAreReadOnTheStorageThread()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/a.xml"_s, TestHttpServer::Response::ok(rss(u"A"_s, 1), "application/rss+xml"));
        addFeed(fixture.library(), server.url(u"/a.xml"_s));
        QTemporaryDir elsewhere;
        const QString notADirectory = elsewhere.filePath(u"file"_s);
        QFile file(notADirectory);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Fetcher fetcher;
        StorageThread storage(notADirectory);
        RefreshService service(fixture.library(), fetcher, storage);
        QSignalSpy finished(&service, &RefreshService::finished);
        QVERIFY(service.start());
        QVERIFY(service.isRunning());
        QVERIFY(finished.wait(20000));
        const RefreshReport report = service.report();
        QCOMPARE(report.feeds, 0);
        QCOMPARE(report.failed.size(), 1);
        QVERIFY(!report.failed.first().error.isEmpty());
        QCOMPARE(server.requestCount(u"/a.xml"_s), 0);
    }

    void offlineFailsFastAndLosesNothing()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/a.xml"_s, TestHttpServer::Response::ok(rss(u"A"_s, 2), "application/rss+xml"));
        addFeed(fixture.library(), server.url(u"/a.xml"_s));
        Fetcher fetcher;
        QCOMPARE(run(fixture.library(), fetcher).newArticles, 2);
        fetcher.setOffline(true);
        const RefreshReport report = run(fixture.library(), fetcher);
        QCOMPARE(report.failed.size(), 1);
        QVERIFY(report.failed.first().network);
        QCOMPARE(server.requestCount(u"/a.xml"_s), 1);
        QCOMPARE(fixture.library().articles().headers({}).value().size(), 2);
    }

    void recordsWhatTheScheduleNeeds()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        // ttl 30 and sy hourly: the larger holds. max-age from the header.
        QByteArray hinted = rss(u"H"_s, 1);
        hinted.replace("<rss version=\"2.0\">",
                       "<rss version=\"2.0\" xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\">");
        hinted.replace("<ttl>30</ttl>", "<ttl>30</ttl><sy:updatePeriod>hourly</sy:updatePeriod>"
                                        "<sy:updateFrequency>1</sy:updateFrequency>");
        server.route(u"/hinted.xml"_s, TestHttpServer::Response::ok(hinted, "application/rss+xml")
                                               .header("Cache-Control", "max-age=1200")
                                               .header("ETag", "\"h\""));
        // A host of its own: its backoff holds back only its own feed.
        TestHttpServer busyHost(nullptr, QHostAddress(u"127.0.0.2"_s));
        QVERIFY(busyHost.isListening());
        busyHost.route(u"/busy.xml"_s, TestHttpServer::Response::error(503).header("Retry-After", "600"));
        server.route(u"/garbage.xml"_s, TestHttpServer::Response::ok("<html>no feed</html>", "text/html"));
        Library &library = fixture.library();
        const qint64 hintedId = addFeed(library, server.url(u"/hinted.xml"_s));
        const qint64 busyId = addFeed(library, busyHost.url(u"/busy.xml"_s));
        const qint64 garbageId = addFeed(library, server.url(u"/garbage.xml"_s));
        const auto states = [&library] {
            QHash<qint64, FeedRefreshState> byId;
            for (const FeedRefreshState &state : library.feeds().refreshStates().value())
                byId.insert(state.feedId, state);
            return byId;
        };
        Fetcher fetcher;
        fetcher.setMaxBackoffWaitMs(0);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        run(library, fetcher);
        auto first = states();
        QCOMPARE(first.value(hintedId).hintMinutes, 60);
        QCOMPARE(first.value(hintedId).freshSeconds, 1200);
        QCOMPARE(first.value(hintedId).failures, 0);
        QVERIFY(first.value(hintedId).lastAttemptAt >= before);
        QCOMPARE(first.value(busyId).failures, 1);
        QVERIFY(first.value(busyId).retryAfterUntil >= before.addSecs(600));
        QVERIFY(first.value(busyId).retryAfterUntil <= QDateTime::currentDateTimeUtc().addSecs(601));
        QCOMPARE(first.value(garbageId).failures, 1);

        // Again: the 304 keeps the hints; the busy host is not asked (the
        // fetcher holds it back), which is no new failure of that feed.
        run(library, fetcher);
        auto second = states();
        QCOMPARE(busyHost.requestCount(u"/busy.xml"_s), 1);
        QCOMPARE(second.value(busyId).failures, 1);
        QCOMPARE(second.value(busyId).lastAttemptAt, first.value(busyId).lastAttemptAt);
        QVERIFY(second.value(busyId).retryAfterUntil.isValid());
        QCOMPARE(second.value(hintedId).hintMinutes, 60);
        QCOMPARE(second.value(hintedId).freshSeconds, 1200);
        QCOMPARE(second.value(garbageId).failures, 2);

        // Offline: nothing reached out, nothing counts against the feeds.
        fetcher.setOffline(true);
        run(library, fetcher);
        auto third = states();
        QCOMPARE(third.value(garbageId).failures, 2);
        QCOMPARE(third.value(garbageId).lastAttemptAt, second.value(garbageId).lastAttemptAt);
        QCOMPARE(third.value(hintedId).lastAttemptAt, second.value(hintedId).lastAttemptAt);
    }

    // A page that could not be taken (its host answered 503) is tried again
    // by a later refresh that reads the item again, once its wait is over;
    // taken, the article is complete and its tries are forgotten.
    void aPageNotTakenIsTriedAgainWhenItsWaitIsOver()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer pages;
        const QUrl pagesUrl = pages.url();
        bool pagesUp = false;
        pages.setFallback([&pagesUp, pagesUrl](const TestHttpServer::Request &request) {
            if (!pagesUp)
                return TestHttpServer::Response::error(503);
            return request.path.startsWith(u"/story/"_s)
                    ? TestHttpServer::Response::ok(storyPage(request.path, pagesUrl), "text/html; charset=utf-8")
                    : TestHttpServer::Response::ok(tinyJpeg(), "image/jpeg");
        });
        TestHttpServer feeds; // no validators: every refresh reads the items again
        serveSummaryOnlyFeeds(feeds, fixture.library(), 1, 2, pagesUrl);
        RefreshesByTheClock app(fixture);
        const auto pageRequests = [&] { return RefreshesByTheClock::pagesAsked(pages); };
        const auto stored = [&](const QString &marker) {
            int n = 0;
            for (const Article &a : fixture.library().articles().recent(100).value())
                n += a.contentText.contains(marker) ? 1 : 0;
            return n;
        };

        QVERIFY(app.refresh());
        QCOMPARE(pageRequests(), 2);
        QCOMPARE(app.service.report().fullTextArticles, 0);
        pagesUp = true;
        app.clock.advance(10 * 60); // its wait (an hour) is not over: not asked again
        QVERIFY(app.refresh());
        QCOMPARE(pageRequests(), 2);
        app.clock.advance(PageAttempts::waitAfter(1));
        QVERIFY(app.refresh());
        QCOMPARE(pageRequests(), 4);
        QCOMPARE(app.service.report().fullTextArticles, 2);
        QCOMPARE(stored(u"the council met on Tuesday"_s), 2);
        auto rows = SqlUtil::run(fixture.library().database().connection(), u"SELECT count(*) FROM page_attempts"_s);
        QVERIFY(rows && rows.value().next());
        QCOMPARE(rows.value().value(0).toInt(), 0);
        // Complete now: a later refresh leaves the pages be.
        app.clock.advance(PageAttempts::waitAfter(PageAttempts::MaxTries));
        QVERIFY(app.refresh());
        QCOMPARE(pageRequests(), 4);
    }

    // A page is not asked for again without end: after MaxTries failures,
    // whatever the time, the article keeps its feed text.
    void aPageIsTriedAFewTimesOnly()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer pages;
        pages.setFallback([](const TestHttpServer::Request &) { return TestHttpServer::Response::error(503); });
        TestHttpServer feeds;
        serveSummaryOnlyFeeds(feeds, fixture.library(), 1, 1, pages.url());
        RefreshesByTheClock app(fixture);
        for (int round = 0; round < PageAttempts::MaxTries + 3; ++round) {
            QVERIFY(app.refresh());
            app.clock.advance(PageAttempts::waitAfter(PageAttempts::MaxTries));
        }
        const int asked = RefreshesByTheClock::pagesAsked(pages);
        QCOMPARE(asked, PageAttempts::MaxTries);
    }

    // Every item's page and image sit on a host that accepts connections and
    // never answers: the refresh ends within its budget for offline copies,
    // every feed's articles are stored, the images wait for the next refresh.
    void aSilentHostCannotHoldTheRefreshPastItsBudget()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer dead;
        TestHttpServer::Response never = TestHttpServer::Response::ok("never");
        never.delayMs = 3600 * 1000;
        dead.setFallback([never](const TestHttpServer::Request &) { return never; });
        TestHttpServer feeds;
        serveSummaryOnlyFeeds(feeds, fixture.library(), 6, 8, dead.url());
        Fetcher fetcher;
        StorageThread storage(fixture.dataDir());
        RefreshService service(fixture.library(), fetcher, storage);
        service.setKeepOfflineCopies(true);
        constexpr int BudgetMs = 1500;
        service.setOfflineCopyBudgetMs(BudgetMs);
        QSignalSpy finished(&service, &RefreshService::finished);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(service.start());
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        QVERIFY2(timer.elapsed() < BudgetMs + 3000,
                 qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
        const RefreshReport report = service.report();
        QVERIFY(report.failed.isEmpty());
        QCOMPARE(report.newArticles, 6 * 8);
        QCOMPARE(report.fullTextArticles, 0);
        QCOMPARE(report.imagesStored, 0);
        QCOMPARE(report.imagesFailed, 0); // not the images' fault: they stay pending
        QCOMPARE(fixture.library().images().pending(1000).value().size(), 6 * 8);
        // Only what the per-host limit let out ever reached the dead host.
        QVERIFY2(dead.totalRequests() <= fetcher.perHostLimit(),
                 qPrintable(QString::number(dead.totalRequests())));
    }

    // A host that refuses connections is skipped for the rest of the refresh
    // after its first failures: the refresh does not wait for its budget.
    void aRefusingHostIsSkippedForTheRestOfTheRefresh()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        auto closed = std::make_unique<TestHttpServer>();
        const QUrl refused = closed->url();
        closed.reset(); // nothing listens on that port any more
        TestHttpServer feeds;
        serveSummaryOnlyFeeds(feeds, fixture.library(), 6, 8, refused);
        Fetcher fetcher;
        StorageThread storage(fixture.dataDir());
        RefreshService service(fixture.library(), fetcher, storage);
        service.setKeepOfflineCopies(true);
        QSignalSpy finished(&service, &RefreshService::finished);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(service.start());
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
        QCOMPARE(service.report().newArticles, 6 * 8);
        QVERIFY(service.report().failed.isEmpty());
        // At most the first few images were tried (and failed); the rest wait.
        QVERIFY(service.report().imagesFailed <= fetcher.perHostLimit());
        QVERIFY(fixture.library().images().pending(1000).value().size()
                >= 6 * 8 - fetcher.perHostLimit());
    }
};

QTEST_GUILESS_MAIN(TestRefreshService)
#include "tst_refreshservice.moc"
