// Subscribing to feeds, pages with autodiscovery, WordPress category trees
// and OPML lists, against a real local HTTP server and a real library.

#include "fakewordpress.h"
#include "feed/opml.h"
#include "fetcher.h"
#include "subscriptions.h"
#include "discovery.h"
#include "templibrary.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kFeed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site News</title>"
                         "<item><guid>1</guid><title>One</title></item></channel></rss>";

Result<Subscriptions::Added> addAndWait(Subscriptions &subscriptions, const QUrl &url, const QString &category = {})
{
    QSignalSpy spy(&subscriptions, &Subscriptions::added);
    subscriptions.add(url, category);
    if (spy.isEmpty() && !spy.wait(20000))
        return makeError(Error::Network, u"timed out"_s);
    return spy.first().first().value<Result<Subscriptions::Added>>();
}

} // namespace

Q_DECLARE_METATYPE(Result<Subscriptions::Added>)

class TestSubscriptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Result<Subscriptions::Added>>(); }

    void addsAFeedUnderACategory()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/rss"_s, TestHttpServer::Response::ok(kFeed, "application/rss+xml"));
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        auto added = addAndWait(subscriptions, server.url(u"/rss"_s), u"News/Local"_s);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added->feeds.size(), 1);
        QCOMPARE(added->feeds.first().feed.title, u"Site News"_s);
        QCOMPARE(added->feeds.first().categoryPath, u"News/Local"_s);
        QVERIFY(fixture.library().categories().findByPath(u"News/Local"_s).value().has_value());
        // Adding it again gives the same subscription, not a second one.
        auto again = addAndWait(subscriptions, server.url(u"/rss"_s), u"News/Local"_s);
        QCOMPARE(again->feeds.first().feed.id, added->feeds.first().feed.id);
    }

    void discoversTheFeedOfAPage()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/"_s, TestHttpServer::Response::ok(
                                     "<!doctype html><html><head><title>Blog</title>"
                                     "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/posts.rss\">"
                                     "</head><body>Hello</body></html>",
                                     "text/html"));
        server.route(u"/posts.rss"_s, TestHttpServer::Response::ok(kFeed, "application/rss+xml"));
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        auto added = addAndWait(subscriptions, server.url(u"/"_s));
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added->feeds.first().feed.url, server.url(u"/posts.rss"_s));
    }

    void aPageWithoutFeedsIsAClearError()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/"_s, TestHttpServer::Response::ok("<html><body>No feed here</body></html>", "text/html"));
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        auto added = addAndWait(subscriptions, server.url(u"/"_s));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::BadInput);
        QVERIFY(added.error().message.contains(u"neither a feed"_s));
        QCOMPARE(fixture.library().feeds().all().value().size(), 0);
    }

    void wordPressCategoryTreeBecomesASubtree()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/"_s, TestHttpServer::Response::ok(
                                     "<html><head><link rel=\"https://api.w.org/\" href=\"" + server.url(u"/wp-json/"_s).toEncoded()
                                             + "\"></head><body>WordPress</body></html>",
                                     "text/html"));
        // 120 categories over two pages: 20 top-level ones, each with 5 children.
        QJsonArray all;
        for (int i = 1; i <= 120; ++i) {
            const int parent = i <= 20 ? 0 : 1 + (i - 21) / 5;
            const QString slug = u"cat-%1"_s.arg(i);
            all.append(QJsonObject{{"id"_L1, i}, {"name"_L1, u"Category %1"_s.arg(i)}, {"slug"_L1, slug},
                                   {"parent"_L1, parent},
                                   {"link"_L1, server.url(u"/category/%1/"_s.arg(slug)).toString()}});
        }
        server.route(u"/wp-json/wp/v2/categories"_s, [all](const TestHttpServer::Request &request) {
            const int page = request.query.queryItemValue(u"page"_s).toInt();
            const int perPage = request.query.queryItemValue(u"per_page"_s).toInt();
            if (page < 1 || perPage < 1 || (page - 1) * perPage >= all.size())
                return TestHttpServer::Response::error(400);
            QJsonArray items;
            for (qsizetype i = qsizetype(page - 1) * perPage; i < std::min<qsizetype>(all.size(), qsizetype(page) * perPage); ++i)
                items.append(all.at(i));
            return TestHttpServer::Response::ok(QJsonDocument(items).toJson(), "application/json");
        });
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        auto added = addAndWait(subscriptions, server.url(u"/"_s), u"Sites/Example"_s);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added->feeds.size(), 120);
        QCOMPARE(server.requestCount(u"/wp-json/wp/v2/categories"_s), 2);
        auto child = fixture.library().categories().findByPath(u"Sites/Example/Category 1/Category 21"_s);
        QVERIFY(child.value().has_value());
        auto feed = fixture.library().feeds().findByUrl(server.url(u"/category/cat-21/feed/"_s));
        QVERIFY(feed.value().has_value());
        QCOMPARE(feed.value()->categoryId, child.value()->id);
    }

    // The bug: a real WordPress page advertises /feed/ AND announces
    // its REST API; add took the feed and left the 27 categories behind.
    void aWordPressSiteThatAdvertisesAFeedBringsItsTree()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories(FakeWordPress::realisticTree());
        site.install();
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        auto added = addAndWait(subscriptions, site.home());
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added->feeds.size(), 27);
        // Under a category named after the site, nested as on the site.
        const QString deepest = site.siteName() + u"/World/World 1/World Deep/World Deepest"_s;
        auto category = fixture.library().categories().findByPath(deepest);
        QVERIFY2(category.value().has_value(), qPrintable(deepest));
        QVERIFY(added->categories.contains(deepest));
        QVERIFY(fixture.library().categories().findByPath(site.siteName() + u"/Politics & Policy"_s).value().has_value());
        QVERIFY(fixture.library().categories().findByPath(site.siteName() + u"/Empty Corner"_s).value().has_value());
        for (const auto &entry : added->feeds) {
            QVERIFY(entry.feed.url.path().startsWith(u"/category/"_s));
            QVERIFY(entry.categoryPath.startsWith(site.siteName() + u'/'));
        }
        // The site's main feed is not subscribed beside its categories.
        QVERIFY(!fixture.library().feeds().findByUrl(server.url(u"/feed/"_s)).value().has_value());
        QCOMPARE(fixture.library().feeds().all().value().size(), 27);
    }

    void aWordPressTreeGoesUnderTheCategoryGiven()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories({{1, u"News & Views"_s, 0, 3}, {2, u"Local"_s, 1, 0}});
        site.install();
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        auto added = addAndWait(subscriptions, site.home(), u"Sites/Mine"_s);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added->feeds.size(), 2);
        auto local = fixture.library().categories().findByPath(u"Sites/Mine/News & Views/Local"_s);
        QVERIFY(local.value().has_value());
        auto feed = fixture.library().feeds().findByUrl(site.categoryFeed(2));
        QVERIFY(feed.value().has_value());
        QCOMPARE(feed.value()->categoryId, local.value()->id);
        QCOMPARE(feed.value()->title, u"Local"_s);
    }

    void aWordPressSiteWhoseCategoriesCannotBeReadGivesItsFeed()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories(FakeWordPress::realisticTree());
        site.setRest(FakeWordPress::Rest::Unauthorized);
        site.install();
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        auto added = addAndWait(subscriptions, site.home());
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added->feeds.size(), 1); // the main feed, not the comments feed
        QCOMPARE(added->feeds.first().feed.url, server.url(u"/feed/"_s));
        QCOMPARE(added->feeds.first().feed.title, site.siteName());
    }

    // What a subscribe dialog does: discover, let the person check two
    // categories, subscribe exactly those.
    void aChosenPartOfADiscoveryIsSubscribedExactly()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories(FakeWordPress::realisticTree());
        site.install();
        Fetcher fetcher;
        Discovery discovery(fetcher);
        QSignalSpy found(&discovery, &Discovery::finished);
        discovery.start(site.home());
        QVERIFY(found.wait(20000));
        const DiscoveryResult result = found.first().first().value<DiscoveryResult>();
        QVERIFY(result.ok());
        Discovered chosen = result.value();
        chosen.feeds.clear();
        chosen.tree.clear();
        for (const DiscoveredCategory &top : result->tree) {
            if (top.name == "Business"_L1 || top.name == "Culture"_L1) {
                DiscoveredCategory leaf = top;
                leaf.children.clear(); // only the category itself, not its subtree
                chosen.tree.append(leaf);
            }
        }
        QCOMPARE(chosen.tree.size(), 2);
        Subscriptions subscriptions(fixture.library(), fetcher);
        QSignalSpy added(&subscriptions, &Subscriptions::added);
        auto done = subscriptions.subscribe(chosen, {u"Picked"_s});
        QVERIFY(done.ok());
        QCOMPARE(added.size(), 1); // whoever refreshes new feeds hears of them
        QCOMPARE(done->feeds.size(), 2);
        QCOMPARE(fixture.library().feeds().all().value().size(), 2);
        QVERIFY(fixture.library().categories().findByPath(u"Picked/Business"_s).value().has_value());
        QVERIFY(!fixture.library().categories().findByPath(u"Picked/Business/Business 1"_s).value().has_value());
    }

    void anOpmlUrlBringsItsFolders()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/list.opml"_s,
                     TestHttpServer::Response::ok(
                             "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"Tech\">"
                             "<outline type=\"rss\" text=\"Wire\" xmlUrl=\"https://wire.example/feed\"/></outline>"
                             "<outline type=\"rss\" text=\"Loose\" xmlUrl=\"https://loose.example/rss\"/></body></opml>",
                             "text/x-opml"));
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        auto added = addAndWait(subscriptions, server.url(u"/list.opml"_s), u"Imported"_s);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added->feeds.size(), 2);
        auto wire = fixture.library().feeds().findByUrl(QUrl(u"https://wire.example/feed"_s));
        QVERIFY(wire.value().has_value());
        QCOMPARE(wire.value()->categoryId,
                 fixture.library().categories().findByPath(u"Imported/Tech"_s).value()->id);
        QCOMPARE(fixture.library().feeds().findByUrl(QUrl(u"https://loose.example/rss"_s)).value()->categoryId,
                 fixture.library().categories().findByPath(u"Imported"_s).value()->id);
    }

    void anUnreachableAddressSubscribesNothing()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        auto added = addAndWait(subscriptions, QUrl(u"http://127.0.0.1:9/"_s));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::Network);
        QCOMPARE(fixture.library().feeds().all().value().size(), 0);
    }

    void opmlImportAndLosslessExport()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const QByteArray opml =
                "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Mine</title></head><body>"
                "<outline text=\"News\"><outline text=\"World\">"
                "<outline type=\"rss\" text=\"Wire\" title=\"Wire\" xmlUrl=\"https://wire.example/feed\" htmlUrl=\"https://wire.example/\"/>"
                "</outline><outline text=\"Empty folder\"/></outline>"
                "<outline type=\"rss\" text=\"Loose\" title=\"Loose\" xmlUrl=\"https://loose.example/rss\"/>"
                "</body></opml>";
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        auto added = subscriptions.importOpml(opml);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added->feeds.size(), 2);
        QVERIFY(fixture.library().categories().findByPath(u"News/Empty folder"_s).value().has_value());

        auto exported = subscriptions.exportOpml();
        QVERIFY(exported.ok());
        const OpmlParseResult back = parseOpml(exported.value());
        QVERIFY(back.ok);
        const QList<OpmlSubscription> subs = opmlSubscriptions(back.document);
        QCOMPARE(subs.size(), 2);
        bool sawWire = false;
        for (const OpmlSubscription &sub : subs) {
            if (sub.outline.xmlUrl == "https://wire.example/feed"_L1) {
                sawWire = true;
                QCOMPARE(sub.categoryPath, (QStringList{u"News"_s, u"World"_s}));
                QCOMPARE(sub.outline.htmlUrl, u"https://wire.example/"_s);
                QCOMPARE(sub.outline.title, u"Wire"_s);
            }
        }
        QVERIFY(sawWire);
        // Importing the export into a fresh library gives the same export.
        TempLibrary second;
        Subscriptions secondSubs(second.library(), fetcher);
        QVERIFY(secondSubs.importOpml(exported.value()).ok());
        OpmlDocument a = parseOpml(exported.value()).document;
        OpmlDocument b = parseOpml(secondSubs.exportOpml().value()).document;
        a.created = b.created = {};
        QVERIFY(a == b);
    }

    void badOpmlIsBadInput()
    {
        TempLibrary fixture;
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        auto added = subscriptions.importOpml("this is not opml");
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "tst_subscriptions.moc"
