// Refreshing against a real HTTP server on 127.0.0.1 and a real library.

#include "storagethread.h"
#include "fetcher.h"
#include "refreshservice.h"
#include "templibrary.h"
#include "testhttpserver.h"

#include <QSignalSpy>
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
    static qint64 addFeed(Library &library, const QUrl &url, const QString &category = u"News"_s)
    {
        Feed feed;
        feed.url = url;
        feed.categoryId = library.categories().ensurePath(splitCategoryPath(category)).value();
        return library.feeds().add(feed).value();
    }

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestRefreshService)
#include "tst_refreshservice.moc"
