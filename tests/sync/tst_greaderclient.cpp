// Sync of a Google Reader API account against FakeGReader (tests/support),
// which follows the protocol as FreshRSS and Miniflux document it.

#include "fakegreader.h"
#include "greaderclient.h"
#include "syncengine.h"
#include "synchttp.h"
#include "templibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestGReaderClient final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLibrary> m_lib;
    std::unique_ptr<FakeGReader> m_server;
    qint64 m_accountId = 0;
    QString m_world;

    SyncEngine::Report syncNow(const QString &password = u"secret"_s)
    {
        SyncHttp http(5000);
        GReaderClient client(http, m_server->url(), u"reader"_s, password);
        return SyncEngine(m_lib->library()).sync(*m_lib->library().accounts().find(m_accountId).value(), client);
    }
    qint64 local(qint64 remote)
    {
        auto ids = SqlUtil::idColumn(m_lib->library().database().connection(),
                                     u"SELECT article_id FROM remote_articles WHERE remote_id = ?"_s,
                                     {QString::number(remote)});
        return ids && !ids->isEmpty() ? ids->first() : 0;
    }
    Article article(qint64 remote) { return *m_lib->library().articles().find(local(remote)).value(); }

private slots:
    void itemIdsInBothForms()
    {
        QCOMPARE(GReaderClient::shortItemId(u"tag:google.com,2005:reader/item/000000000000001f"_s), u"31"_s);
        QCOMPARE(GReaderClient::shortItemId(u"tag:google.com,2005:reader/item/FFFFFFFFFFFFFFFF"_s), u"-1"_s);
        QCOMPARE(GReaderClient::shortItemId(u"31"_s), u"31"_s);
        QCOMPARE(GReaderClient::shortItemId(u"-5"_s), u"-5"_s);
        QCOMPARE(GReaderClient::shortItemId(u"tag:google.com,2005:reader/item/zz"_s), QString());
        QCOMPARE(GReaderClient::longItemId(u"31"_s), u"tag:google.com,2005:reader/item/000000000000001f"_s);
    }

    void init()
    {
        m_lib = std::make_unique<TempLibrary>();
        QVERIFY(m_lib->isValid());
        m_server = std::make_unique<FakeGReader>();
        const QString world = m_server->addFeed(u"World Wire"_s, u"https://wire.example/feed"_s, u"World"_s);
        const QString loose = m_server->addFeed(u"Loose"_s, u"https://loose.example/rss"_s);
        for (int i = 0; i < 2500; ++i) // three pages of 1000
            m_server->addItem(i % 2 ? world : loose, u"Story %1"_s.arg(i));
        m_server->setRead(1, true);
        m_server->setStarred(2, true);
        Account a;
        a.type = u"greader"_s;
        a.url = m_server->url();
        a.user = u"reader"_s;
        m_accountId = m_lib->library().accounts().add(a).value();
    }

    void firstSyncPagesByContinuation()
    {
        const auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.fetched, 2500);
        QCOMPARE(m_server->calls(u"reader/api/0/stream/contents"_s), 3);
        QVERIFY(article(1).read);
        QVERIFY(article(2).starred);
        QVERIFY(!article(3).read);
        QCOMPARE(article(4).title, u"Story 3"_s);
        const QString root = m_lib->library().categories().find(
                m_lib->library().accounts().find(m_accountId).value()->categoryId).value()->name;
        QVERIFY(m_lib->library().categories().findByPath(root + u"/World"_s).value());
    }

    void unchangedSyncIsOneRequestPerKind()
    {
        QVERIFY(syncNow().error.isEmpty());
        m_server->resetCalls();
        m_server->server().resetCounters();
        const auto report = syncNow();
        QVERIFY(report.error.isEmpty());
        QCOMPARE(report.fetched, 0);
        // ClientLogin, tag/list, subscription/list, contents since ot,
        // unread ids, starred ids.
        QCOMPARE(m_server->server().totalRequests(), 6);
        QVERIFY(m_server->server().requests().at(3).query.hasQueryItem(u"ot"_s));
        m_server->addItem(u"feed/1"_s, u"Fresh"_s, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(syncNow().fetched, 1);
    }

    void changesGoBothWaysByPostWithTheToken()
    {
        QVERIFY(syncNow().error.isEmpty());
        Library &library = m_lib->library();
        QVERIFY(library.articles().setRead({local(3), local(5)}, true));
        QVERIFY(library.articles().setStarred(local(4), true));
        QVERIFY(library.articles().setRead({local(1)}, false));
        m_server->setRead(6, true);
        m_server->setStarred(2, false);
        m_server->expireTokens(); // a stale T token is renewed once
        const auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.sent, 4);
        QVERIFY(m_server->item(3).read && m_server->item(5).read);
        QVERIFY(m_server->item(4).starred);
        QVERIFY(!m_server->item(1).read);
        QVERIFY(article(6).read);
        QVERIFY(!article(2).starred);
        const auto edits = m_server->edits();
        QCOMPARE(edits.size(), 3);
        QStringList first = edits.at(0).ids;
        first.sort();
        QCOMPARE(first, (QStringList{u"3"_s, u"5"_s})); // one request for both
        QCOMPARE(edits.at(0).add, u"user/-/state/com.google/read"_s);
        QCOMPARE(edits.at(2).remove, u"user/-/state/com.google/read"_s);
    }

    void expiredAuthLogsInAgain()
    {
        QVERIFY(syncNow().error.isEmpty());
        SyncHttp http(5000);
        GReaderClient client(http, m_server->url(), u"reader"_s, u"secret"_s);
        QVERIFY(client.login());
        m_server->expireAuth();
        auto tree = client.tree();
        QVERIFY2(tree, qPrintable(tree ? QString() : tree.error().message));
        QCOMPARE(m_server->calls(u"accounts/ClientLogin"_s), 3);
    }

    void subscribeAndUnsubscribe()
    {
        SyncHttp http(5000);
        GReaderClient client(http, m_server->url(), u"reader"_s, u"secret"_s);
        QVERIFY(client.subscribe(QUrl(u"https://fresh.example/feed.xml"_s), u"World"_s));
        auto tree = client.tree();
        QVERIFY(tree);
        const auto fresh = std::find_if(tree->feeds.cbegin(), tree->feeds.cend(), [](const RemoteFeed &f) {
            return f.url == QUrl(u"https://fresh.example/feed.xml"_s);
        });
        QVERIFY(fresh != tree->feeds.cend());
        QCOMPARE(fresh->categoryId, u"World"_s);
        QVERIFY(client.unsubscribe(fresh->id));
        QCOMPARE(client.tree()->feeds.size(), 2);
        QVERIFY(!client.unsubscribe(u"feed/999"_s));
    }

    void anItemGivenAgainIsUpdatedInPlace()
    {
        QVERIFY(syncNow().error.isEmpty());
        // The server read the feed again and the story had changed: it comes
        // again (a new crawl time) with a later "updated".
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_server->editItem(3, u"Story 2, corrected"_s, u"<p>Corrected <script>x()</script></p>"_s, now);
        const qint64 before = local(3);
        const auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.fetched, 1);
        QCOMPARE(local(3), before);
        const Article edited = article(3);
        QCOMPARE(edited.title, u"Story 2, corrected"_s);
        QVERIFY(edited.contentText.contains(u"Corrected"_s));
        QVERIFY(!edited.contentHtml.contains(u"script"_s));
        QCOMPARE(edited.updated, QDateTime::fromSecsSinceEpoch(now / 1000, Qt::UTC));
        QCOMPARE(m_lib->library().syncStore().articleCount(m_accountId).value(), 2500);
    }

    void theSameItemGivenAgainKeepsTheFullTextFetchedHere()
    {
        QVERIFY(syncNow().error.isEmpty());
        // The newest item comes again with every sync ("ot" counts from its
        // crawl time): its full text, fetched here from its page, stays.
        Article completed = article(2500);
        QString text;
        for (int i = 0; i < 10; ++i)
            text += u"<p>The whole story from its page, paragraph %1.</p>"_s.arg(i);
        completed.contentHtml = text;
        completed.contentText = text;
        QVERIFY(m_lib->library().articles().upsert(completed.feedId, {completed}, QDateTime::currentDateTimeUtc()));
        m_server->resetCalls();
        const auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.fetched, 0);
        QVERIFY(article(2500).contentText.contains(u"paragraph 9"_s));
        // A newer version from the server replaces it.
        m_server->editItem(2500, u"Story 2499, corrected"_s, u"<p>Short correction</p>"_s,
                           QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(syncNow().fetched, 1);
        QVERIFY(article(2500).contentText.contains(u"Short correction"_s));
    }

    void nestedLabelsBecomeNestedCategories()
    {
        // FreshRSS nests labels with "/": News/World is World inside News.
        const QString world = m_server->addFeed(u"World Desk"_s, u"https://news.example/world"_s, u"News/World"_s);
        const QString east = m_server->addFeed(u"East"_s, u"https://news.example/east"_s, u"News/Europe/East"_s);
        const QString news = m_server->addFeed(u"Front Page"_s, u"https://news.example/front"_s, u"News"_s);
        const QString odd = m_server->addFeed(u"Odd"_s, u"https://odd.example/feed"_s, u"/Odd//Label/"_s);
        m_server->addItem(east, u"From the east"_s);
        const auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));

        Library &library = m_lib->library();
        const QString root = library.categories().find(library.accounts().find(m_accountId).value()->categoryId)
                                     .value()->name;
        const auto categoryOf = [&](const QString &remoteFeed) {
            const qint64 feed = library.syncStore().feedOf(m_accountId, remoteFeed).value();
            return feed > 0 ? library.feeds().find(feed).value()->categoryId : -1;
        };
        const auto pathId = [&](const QString &path) {
            auto found = library.categories().findByPath(root + u'/' + path);
            return found && found.value() ? found.value()->id : 0;
        };
        QVERIFY(pathId(u"News"_s) > 0);
        QVERIFY(pathId(u"News/World"_s) > 0);
        QVERIFY(pathId(u"News/Europe/East"_s) > 0);
        QCOMPARE(categoryOf(world), pathId(u"News/World"_s));
        QCOMPARE(categoryOf(east), pathId(u"News/Europe/East"_s));
        QCOMPARE(categoryOf(news), pathId(u"News"_s));
        QCOMPARE(categoryOf(odd), pathId(u"Odd/Label"_s));
        // No flat "News/World" folder beside the nested one.
        auto flat = SqlUtil::idColumn(library.database().connection(),
                                      u"SELECT id FROM categories WHERE name LIKE '%/%'"_s, {});
        QVERIFY(flat && flat->isEmpty());
        // The article came into the deepest one.
        auto ids = SqlUtil::idColumn(library.database().connection(),
                                     u"SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id"
                                     " WHERE f.category_id = ? AND a.title = ?"_s,
                                     {pathId(u"News/Europe/East"_s), u"From the east"_s});
        QVERIFY(ids && ids->size() == 1);

        // A second sync changes nothing; subscribing into a nested folder
        // names the whole label.
        QCOMPARE(syncNow().fetched, 0);
        QCOMPARE(pathId(u"News/World"_s) > 0, true);
        SyncHttp http(5000);
        GReaderClient client(http, m_server->url(), u"reader"_s, u"secret"_s);
        QVERIFY(client.subscribe(QUrl(u"https://news.example/asia"_s), u"News/Asia"_s));
        QVERIFY(syncNow().error.isEmpty());
        QVERIFY(pathId(u"News/Asia"_s) > 0);
    }

    void badServers()
    {
        QCOMPARE(syncNow(u"wrong"_s).error.contains(u"refused the user name or password"_s), true);
        m_server->setFault(u"reader/api/0/subscription/list"_s,
                           TestHttpServer::Response::ok("<html><body>FreshRSS: API disabled</body></html>", "text/html"));
        QVERIFY(syncNow().error.contains(u"web page instead"_s));
        m_server->setFault(u"reader/api/0/subscription/list"_s, TestHttpServer::Response::ok("{\"subscriptions\":[{\"id\":", "application/json"));
        QVERIFY(syncNow().error.contains(u"cut off"_s));
        m_server->setFault(u"reader/api/0/subscription/list"_s, TestHttpServer::Response::error(502));
        QVERIFY(syncNow().error.contains(u"HTTP 502"_s));
        QCOMPARE(m_lib->library().syncStore().articleCount(m_accountId).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGReaderClient)
#include "tst_greaderclient.moc"
