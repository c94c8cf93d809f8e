// Discovery against a real local HTTP server: feeds, pages that advertise
// feeds, WordPress category trees (as WordPress 6.1 announces and serves
// them), OPML lists, and every way an address can fail.

#include "discoveryhelpers.h"
#include "discovery.h"
#include "fakewordpress.h"
#include "fetcher.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kFeed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site News</title>"
        "<link>http://example.com/</link>"
        "<item><guid>1</guid><title>Older</title><pubDate>Sat, 05 Dec 2026 10:00:00 "
        "GMT</pubDate></item>"
        "<item><guid>2</guid><title>Newest</title><pubDate>Sun, 06 Dec 2026 10:00:00 "
        "GMT</pubDate></item>"
        "<item><guid>3</guid><title>Undated</title></item>"
        "</channel></rss>";

const QByteArray kOpml =
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Reading "
        "list</title></head><body>"
        "<outline text=\"News\"><outline text=\"World\">"
        "<outline type=\"rss\" text=\"Wire\" xmlUrl=\"https://wire.example/feed\"/></outline>"
        "<outline text=\"Empty folder\"/></outline>"
        "<outline type=\"rss\" text=\"Loose\" title=\"Loose\" "
        "xmlUrl=\"https://loose.example/rss\"/>"
        "</body></opml>";


int countNodes(const QList<DiscoveredCategory> &nodes)
{
    int n = 0;
    for (const DiscoveredCategory &node : nodes)
        n += 1 + countNodes(node.children);
    return n;
}

int depthOf(const QList<DiscoveredCategory> &nodes)
{
    int deepest = 0;
    for (const DiscoveredCategory &node : nodes)
        deepest = qMax(deepest, 1 + depthOf(node.children));
    return deepest;
}

QStringList feedUrls(const Discovered &found)
{
    QStringList urls;
    for (const DiscoveredFeed &feed : found.feeds)
        urls.append(feed.url.toString());
    return urls;
}

} // namespace

class TestDiscovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFeedIsItself()
    {
        TestHttpServer server;
        server.route(u"/rss"_s, TestHttpServer::Response::ok(kFeed, "application/rss+xml"));
        Fetcher fetcher;
        Discovery discovery(fetcher);
        const DiscoveryResult found = discover(discovery, server.url(u"/rss"_s));
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(found->kind, Discovered::Kind::Feed);
        QCOMPARE(found->url, server.url(u"/rss"_s));
        QCOMPARE(found->feeds.size(), 1);
        const DiscoveredFeed &feed = found->feeds.first();
        QCOMPARE(feed.title, u"Site News"_s);
        QCOMPARE(feed.items, 3);
        QCOMPARE(feed.newest, QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
        QCOMPARE(feed.headlines.size(), 3);
        QCOMPARE(feed.headlines.first().title, u"Newest"_s); // a preview shows the newest first
        QVERIFY(found->tree.isEmpty());
    }

    // The issue's case: a real WordPress page advertises its feeds AND has a
    // category tree; discovery answers both.
    void aWordPressPageGivesItsFeedsAndItsTree()
    {
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories(FakeWordPress::realisticTree());
        site.install();
        Fetcher fetcher;
        Discovery discovery(fetcher);
        const DiscoveryResult found = discover(discovery, site.home());
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(found->kind, Discovered::Kind::Site);
        QCOMPARE(found->title, site.siteName());
        // Every advertised feed, in the page's order, each read.
        QCOMPARE(feedUrls(found.value()),
                 (QStringList {server.url(u"/feed/"_s).toString(),
                               server.url(u"/comments/feed/"_s).toString()}));
        QCOMPARE(found->feeds.first().title, site.siteName());
        QVERIFY(found->feeds.first().items > 0);
        // The whole tree: 27 categories, four levels, 133 posts.
        QCOMPARE(countNodes(found->tree), 27);
        QCOMPARE(depthOf(found->tree), 4);
        int posts = 0;
        for (const auto &flat : DiscoveredValues::flatten(found->tree))
            posts += flat.node.posts;
        QCOMPARE(posts, 133);
        const DiscoveredCategory *deepest = findNode(found->tree, u"World Deepest"_s);
        QVERIFY(deepest);
        QCOMPARE(deepest->posts, 2);
        const DiscoveredCategory *world = findNode(found->tree, u"World"_s);
        QVERIFY(world && findNode(world->children, u"World Deepest"_s));
        // Names arrive escaped (&amp;) and are shown decoded.
        QVERIFY(findNode(found->tree, u"Politics & Policy"_s));
        QVERIFY(!findNode(found->tree, u"Politics &amp; Policy"_s));
        // A category with no posts is kept, marked by its count.
        const DiscoveredCategory *empty = findNode(found->tree, u"Empty Corner"_s);
        QVERIFY(empty);
        QCOMPARE(empty->posts, 0);
        // Each category's feed is its archive's feed/.
        QCOMPARE(deepest->feed, site.categoryFeed(deepest->id));
        QVERIFY(deepest->feed.path().endsWith(u"/feed/"_s));
        QVERIFY(found->notes.isEmpty());
    }

    void aCategoryArchivePageGivesItsFeedsAndTheWholeTree()
    {
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories(FakeWordPress::realisticTree());
        site.install();
        Fetcher fetcher;
        Discovery discovery(fetcher);
        const DiscoveryResult found = discover(discovery, site.categoryPage(2));
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        // The site's feeds and the category's own; its REST view (application/json) is no feed.
        QCOMPARE(feedUrls(found.value()),
                 (QStringList {server.url(u"/feed/"_s).toString(),
                               server.url(u"/comments/feed/"_s).toString(),
                               site.categoryFeed(2).toString()}));
        QCOMPARE(countNodes(found->tree), 27);
        QVERIFY2(found->notes.isEmpty(), qPrintable(found->notes.join(u'\n')));
        QCOMPARE(server.requestCount(u"/wp-json/wp/v2/categories/2"_s), 0);
    }

    void theApiIsFoundEveryWayWordPressAnnouncesIt_data()
    {
        QTest::addColumn<bool>("header");
        QTest::addColumn<bool>("tag");
        QTest::newRow("Link header and <link>") << true << true;
        QTest::newRow("Link header only") << true << false;
        QTest::newRow("<link> only") << false << true;
        QTest::newRow("neither: /wp-json/ tried") << false << false;
    }
    void theApiIsFoundEveryWayWordPressAnnouncesIt()
    {
        QFETCH(bool, header);
        QFETCH(bool, tag);
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories({{1, u"News"_s, 0, 4}, {2, u"Local"_s, 1, 2}});
        site.setAnnounceApi(header, tag);
        site.install();
        Fetcher fetcher;
        Discovery discovery(fetcher);
        const DiscoveryResult found = discover(discovery, site.home());
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(found->tree.size(), 1);
        QCOMPARE(found->tree.first().name, u"News"_s);
        QCOMPARE(found->tree.first().children.size(), 1);
        QCOMPARE(found->feeds.size(), 2);
    }

    void moreThanAHundredCategoriesComeOverSeveralPages()
    {
        TestHttpServer server;
        FakeWordPress site(server);
        QList<FakeWordPress::Category> many;
        for (int i = 1; i <= 250; ++i)
            many.append({i, u"Topic %1"_s.arg(i), i <= 50 ? 0 : 1 + (i - 51) % 50, i % 7});
        site.setCategories(many);
        site.install();
        Fetcher fetcher;
        Discovery discovery(fetcher);
        QStringList progress;
        connect(&discovery, &Discovery::progress, this,
                [&](const QString &what) { progress.append(what); });
        const DiscoveryResult found = discover(discovery, site.home());
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(countNodes(found->tree), 250);
        QCOMPARE(found->tree.size(), 50);
        QCOMPARE(site.categoryPagesServed(), 3); // per_page=100: pages 1, 2, 3 and no more
        for (const auto &request : server.requests(u"/wp-json/wp/v2/categories"_s))
            QCOMPARE(request.query.queryItemValue(u"per_page"_s), u"100"_s);
        QVERIFY(findNode(found->tree, u"Topic 250"_s));
        QVERIFY(progress.join(u'\n').contains(u"of 3"_s));
    }

    void aBrokenCategoryListFallsBackToTheFeedsWithANote_data()
    {
        QTest::addColumn<int>("rest");
        QTest::newRow("401") << int(FakeWordPress::Rest::Unauthorized);
        QTest::newRow("404") << int(FakeWordPress::Rest::NotFound);
        QTest::newRow("garbage") << int(FakeWordPress::Rest::Garbage);
        QTest::newRow("not a list") << int(FakeWordPress::Rest::NotAList);
    }
    void aBrokenCategoryListFallsBackToTheFeedsWithANote()
    {
        QFETCH(int, rest);
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories(FakeWordPress::realisticTree());
        site.setRest(FakeWordPress::Rest(rest));
        site.install();
        Fetcher fetcher;
        Discovery discovery(fetcher);
        const DiscoveryResult found = discover(discovery, site.home());
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(found->kind, Discovered::Kind::Site);
        QVERIFY(found->tree.isEmpty());
        QCOMPARE(found->feeds.size(), 2);
        QCOMPARE(found->notes.size(), 1);
        QVERIFY2(found->notes.first().contains(u"category list could not be read"_s),
                 qPrintable(found->notes.first()));
    }

    void aSiteThatIsNotWordPressHasNoNote()
    {
        TestHttpServer server;
        server.route(
                u"/"_s,
                TestHttpServer::Response::ok(
                        "<html><head><title>Blog</title>"
                        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\">"
                        "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"
                        "</head></html>",
                        "text/html"));
        server.route(u"/atom.xml"_s,
                     TestHttpServer::Response::ok(
                             "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Blog "
                             "(Atom)</title></feed>",
                             "application/atom+xml"));
        server.route(u"/rss.xml"_s, TestHttpServer::Response::ok(kFeed, "application/rss+xml"));
        Fetcher fetcher;
        Discovery discovery(fetcher);
        const DiscoveryResult found = discover(discovery, server.url(u"/"_s));
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(feedUrls(found.value()),
                 (QStringList {server.url(u"/atom.xml"_s).toString(),
                               server.url(u"/rss.xml"_s).toString()}));
        QCOMPARE(found->feeds.at(0).title, u"Blog (Atom)"_s);
        QCOMPARE(found->feeds.at(1).items, 3);
        QVERIFY(found->tree.isEmpty());
        QVERIFY(found->notes.isEmpty());
        QCOMPARE(server.requestCount(u"/wp-json/wp/v2/categories"_s), 1); // tried once, quietly
    }

    void aJsonApiThatIsNotWordPressIsNoTree()
    {
        // /wp-json/wp/v2/categories tried on a site that never said it is
        // WordPress answers a list that looks like categories, without
        // WordPress's X-WP-Total headers: not a category tree.
        TestHttpServer server;
        server.route(u"/"_s,
                     TestHttpServer::Response::ok(
                             "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                             "href=\"/rss.xml\"></head></html>",
                             "text/html"));
        server.route(u"/rss.xml"_s, TestHttpServer::Response::ok(kFeed, "application/rss+xml"));
        server.route(u"/wp-json/wp/v2/categories"_s,
                     TestHttpServer::Response::ok(R"([{"id":1,"name":"Products","parent":0}])",
                                                  "application/json"));
        Fetcher fetcher;
        Discovery discovery(fetcher);
        const DiscoveryResult found = discover(discovery, server.url(u"/"_s));
        QVERIFY(found.ok());
        QVERIFY(found->tree.isEmpty());
        QVERIFY(found->notes.isEmpty());
        QCOMPARE(found->feeds.size(), 1);
    }

    void aBrokenAdvertisedFeedIsANote()
    {
        TestHttpServer server;
        server.route(
                u"/"_s,
                TestHttpServer::Response::ok(
                        "<html><head>"
                        "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/gone.xml\">"
                        "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"
                        "</head></html>",
                        "text/html"));
        server.route(u"/rss.xml"_s, TestHttpServer::Response::ok(kFeed, "application/rss+xml"));
        Fetcher fetcher;
        Discovery discovery(fetcher);
        const DiscoveryResult found = discover(discovery, server.url(u"/"_s));
        QVERIFY(found.ok());
        QCOMPARE(feedUrls(found.value()), QStringList {server.url(u"/rss.xml"_s).toString()});
        QCOMPARE(found->notes.size(), 1);
        QVERIFY(found->notes.first().contains(u"gone.xml"_s));
    }

    void commonPathsAreTriedWhenThePageNamesNoFeed()
    {
        TestHttpServer server;
        server.route(u"/"_s,
                     TestHttpServer::Response::ok("<html><head><title>Plain</title></head></html>",
                                                  "text/html"));
        server.route(u"/rss.xml"_s, TestHttpServer::Response::ok(kFeed, "application/rss+xml"));
        Fetcher fetcher;
        Discovery discovery(fetcher);
        const DiscoveryResult found = discover(discovery, server.url(u"/"_s));
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(feedUrls(found.value()), QStringList {server.url(u"/rss.xml"_s).toString()});
        QCOMPARE(found->title, u"Site News"_s);
    }

    void anOpmlListByUrlAndByFile()
    {
        TestHttpServer server;
        server.route(u"/subs.opml"_s, TestHttpServer::Response::ok(kOpml, "text/x-opml"));
        QTemporaryDir dir;
        QFile file(dir.filePath(u"subs.opml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kOpml);
        file.close();
        Fetcher fetcher;
        Discovery discovery(fetcher);
        for (const QUrl &url :
             {server.url(u"/subs.opml"_s), QUrl::fromLocalFile(file.fileName())}) {
            const DiscoveryResult found = discover(discovery, url);
            QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
            QCOMPARE(found->kind, Discovered::Kind::Opml);
            QCOMPARE(found->title, u"Reading list"_s);
            QCOMPARE(
                    feedUrls(found.value()),
                    (QStringList {u"https://wire.example/feed"_s, u"https://loose.example/rss"_s}));
            QCOMPARE(found->tree.size(), 2);
            const DiscoveredCategory &news = found->tree.first();
            QCOMPARE(news.name, u"News"_s);
            QVERIFY(news.feed.isEmpty());
            QCOMPARE(news.children.size(), 2);
            QCOMPARE(news.children.first().children.first().feed,
                     QUrl(u"https://wire.example/feed"_s));
            QCOMPARE(news.children.last().name, u"Empty folder"_s);
        }
    }

    void failuresAreDistinct_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::newRow("404") << u"/missing"_s << int(DiscoveryError::Kind::NotFound);
        QTest::newRow("410") << u"/gone"_s << int(DiscoveryError::Kind::NotFound);
        QTest::newRow("page without feeds") << u"/plain"_s << int(DiscoveryError::Kind::NotAFeed);
        QTest::newRow("timeout") << u"/slow"_s << int(DiscoveryError::Kind::Timeout);
        QTest::newRow("too big") << u"/huge"_s << int(DiscoveryError::Kind::TooBig);
        QTest::newRow("too big, unannounced")
                << u"/huge-chunked"_s << int(DiscoveryError::Kind::TooBig);
        QTest::newRow("server error") << u"/broken"_s << int(DiscoveryError::Kind::Unreachable);
    }
    void failuresAreDistinct()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        TestHttpServer server;
        server.route(u"/gone"_s, TestHttpServer::Response::error(410));
        server.route(u"/broken"_s, TestHttpServer::Response::error(500));
        server.route(
                u"/plain"_s,
                TestHttpServer::Response::ok("<html><body>Nothing</body></html>", "text/html"));
        TestHttpServer::Response slow = TestHttpServer::Response::ok(kFeed, "application/rss+xml");
        slow.delayMs = 3000;
        server.route(u"/slow"_s, slow);
        server.route(
                u"/huge"_s,
                TestHttpServer::Response::ok(QByteArray(300 * 1024, 'x'), "application/rss+xml"));
        TestHttpServer::Response chunked =
                TestHttpServer::Response::ok(QByteArray(300 * 1024, 'x'), "text/html");
        chunked.framing = TestHttpServer::Framing::Chunked;
        server.route(u"/huge-chunked"_s, chunked);
        Fetcher fetcher;
        Discovery discovery(fetcher);
        Discovery::Limits limits;
        limits.timeoutMs = 500;
        limits.maxBytes = 100 * 1024;
        discovery.setLimits(limits);
        const DiscoveryResult found = discover(discovery, server.url(path));
        QVERIFY(!found.ok());
        QCOMPARE(int(found.error().kind), kind);
        QVERIFY(!found.error().message.isEmpty());
    }

    void offlineUnreachableAndBadAddresses()
    {
        Fetcher fetcher;
        Discovery discovery(fetcher);
        auto bad = discover(discovery, QUrl(u"ftp://example.com/feed"_s));
        QCOMPARE(bad.error().kind, DiscoveryError::Kind::BadAddress);
        QCOMPARE(bad.error().toError().kind, Error::BadInput);
        auto missing =
                discover(discovery, QUrl::fromLocalFile(u"/nonexistent/masthead/feed.xml"_s));
        QCOMPARE(missing.error().kind, DiscoveryError::Kind::NotFound);
        auto refused = discover(discovery, QUrl(u"http://127.0.0.1:9/"_s));
        QCOMPARE(refused.error().kind, DiscoveryError::Kind::Unreachable);
        QCOMPARE(refused.error().toError().kind, Error::Network);
        fetcher.setOffline(true);
        auto offline = discover(discovery, QUrl(u"http://127.0.0.1:9/"_s));
        QCOMPARE(offline.error().kind, DiscoveryError::Kind::Offline);
    }

    void tlsFailureIsItsOwnError()
    {
        // https spoken to a plain HTTP server: the handshake fails.
        TestHttpServer server;
        server.route(u"/"_s, TestHttpServer::Response::ok(kFeed, "application/rss+xml"));
        QUrl url = server.url(u"/"_s);
        url.setScheme(u"https"_s);
        Fetcher fetcher;
        Discovery discovery(fetcher);
        Discovery::Limits limits;
        limits.timeoutMs = 3000;
        discovery.setLimits(limits);
        auto found = discover(discovery, url);
        QVERIFY(!found.ok());
        QCOMPARE(found.error().kind, DiscoveryError::Kind::Tls);
    }

    void cancelStopsEverythingAndSaysNothing()
    {
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories(FakeWordPress::realisticTree());
        site.install();
        TestHttpServer::Response slow = TestHttpServer::Response::ok("[]", "application/json");
        slow.delayMs = 2000;
        server.route(u"/wp-json/wp/v2/categories"_s, slow);
        Fetcher fetcher;
        Discovery discovery(fetcher);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(site.home());
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(u"/wp-json/wp/v2/categories"_s) == 1, 10000);
        QVERIFY(discovery.isRunning());
        discovery.cancel();
        QVERIFY(!discovery.isRunning());
        QCOMPARE(fetcher.pendingCount(), 0);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
        // Starting again works, and a start cancels what runs.
        server.route(u"/wp-json/wp/v2/categories"_s, TestHttpServer::Response::error(404));
        discovery.start(site.home());
        discovery.start(site.home());
        QVERIFY(finished.wait(10000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
    }

    void cancelFromWithinProgressIsSafe()
    {
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories(FakeWordPress::realisticTree());
        site.install();
        Fetcher fetcher;
        Discovery discovery(fetcher);
        QSignalSpy finished(&discovery, &Discovery::finished);
        int seen = 0;
        connect(&discovery, &Discovery::progress, &discovery, [&](const QString &) {
            if (++seen == 2)
                discovery.cancel();
        });
        discovery.start(site.home());
        QTRY_VERIFY_WITH_TIMEOUT(seen >= 2, 10000);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(fetcher.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
