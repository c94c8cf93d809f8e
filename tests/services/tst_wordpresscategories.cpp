// The pure part of reading a WordPress category list: pages to a tree,
// names decoded, feeds from links, hostile lists survived.

#include "fakewordpress.h"
#include "fetcher.h"
#include "wordpresscategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray page(const QJsonArray &items)
{
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

QJsonObject category(qint64 id, const QString &name, qint64 parent, const QString &link,
                     int count = 1)
{
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"parent"_L1, parent},
            {"link"_L1, link},
            {"count"_L1, count}};
}

} // namespace

Q_DECLARE_METATYPE(Result<QList<DiscoveredCategory>>)

class TestWordPressCategories final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Result<QList<DiscoveredCategory>>>(); }

    void pagesBecomeATree()
    {
        const QUrl api(u"http://site/wp-json/"_s);
        const auto tree = WordPressCategories::treeFromPages(
                {page({category(2, u"Child"_s, 1, u"http://site/category/top/child/"_s, 0),
                       category(1, u"Top &amp; More &#8211; &lt;b&gt;"_s, 0,
                                u"http://site/category/top/"_s, 7)}),
                 page({category(3, u"Orphan"_s, 99, u"http://site/category/orphan/"_s),
                       category(1, u"Duplicate"_s, 0, u"http://site/x/"_s)})},
                api);
        QVERIFY(tree.ok());
        QCOMPARE(tree->size(), 2);
        QCOMPARE(tree->first().name, u"Top & More \u2013 <b>"_s);
        QCOMPARE(tree->first().posts, 7);
        QCOMPARE(tree->first().feed, QUrl(u"http://site/category/top/feed/"_s));
        QCOMPARE(tree->first().children.size(), 1);
        QCOMPARE(tree->first().children.first().posts, 0);
        QCOMPARE(tree->last().name, u"Orphan"_s); // its parent is not in the list
    }

    void cyclesAndSelfParentsEndAtTheTop()
    {
        const auto tree = WordPressCategories::treeFromPages(
                {page({category(1, u"A"_s, 2, {}), category(2, u"B"_s, 1, {}),
                       category(3, u"C"_s, 3, {})})},
                QUrl(u"http://site/wp-json/"_s));
        QVERIFY(tree.ok());
        int nodes = 0;
        std::function<void(const QList<DiscoveredCategory> &)> count =
                [&](const QList<DiscoveredCategory> &list) {
                    for (const auto &n : list) {
                        ++nodes;
                        count(n.children);
                    }
                };
        count(tree.value());
        QCOMPARE(nodes, 3);
    }

    void aVeryDeepChainIsKeptWithoutRecursingForever()
    {
        QJsonArray items;
        for (int i = 1; i <= 3000; ++i)
            items.append(category(i, u"Level %1"_s.arg(i), i - 1, {}));
        const auto tree =
                WordPressCategories::treeFromPages({page(items)}, QUrl(u"http://site/wp-json/"_s));
        QVERIFY(tree.ok());
        QCOMPARE(DiscoveredValues::flatten(tree.value()).size(), 3000);
    }

    void feedsWithAndWithoutPrettyPermalinks()
    {
        const QUrl api(u"http://site/blog/wp-json/"_s);
        QCOMPARE(WordPressCategories::feedUrl(u"http://site/blog/category/news"_s, 3, api),
                 QUrl(u"http://site/blog/category/news/feed/"_s));
        QCOMPARE(WordPressCategories::feedUrl(u"http://site/blog/?cat=3"_s, 3, api),
                 QUrl(u"http://site/blog/?cat=3&feed=rss2"_s));
        QCOMPARE(WordPressCategories::feedUrl({}, 3, api),
                 QUrl(u"http://site/blog/?cat=3&feed=rss2"_s));
        QCOMPARE(WordPressCategories::feedUrl(u"javascript:alert(1)"_s, 4,
                                              QUrl(u"http://site/?rest_route=/"_s)),
                 QUrl(u"http://site/?cat=4&feed=rss2"_s));
        QCOMPARE(WordPressCategories::feedUrl({}, 5, QUrl(u"http://site/index.php?rest_route=/"_s)),
                 QUrl(u"http://site/?cat=5&feed=rss2"_s));
        QCOMPARE(WordPressCategories::pageUrl(QUrl(u"http://site/?rest_route=/"_s), 2),
                 QUrl(u"http://site/?rest_route=/wp/v2/categories&per_page=100&page=2"_s));
        QCOMPARE(WordPressCategories::pageUrl(QUrl(u"http://site/wp-json"_s), 1),
                 QUrl(u"http://site/wp-json/wp/v2/categories?per_page=100&page=1"_s));
    }

    void readsEveryAnnouncedPageAndCancelsSilently()
    {
        TestHttpServer server;
        FakeWordPress site(server);
        QList<FakeWordPress::Category> many;
        for (int i = 1; i <= 201; ++i)
            many.append({i, u"C%1"_s.arg(i), 0, 1});
        site.setCategories(many);
        site.install();
        Fetcher fetcher;
        WordPressCategories reader(fetcher, server.url(u"/wp-json/"_s));
        QSignalSpy finished(&reader, &WordPressCategories::finished);
        reader.start();
        QVERIFY(finished.wait(10000));
        const auto tree = finished.first().first().value<Result<QList<DiscoveredCategory>>>();
        QVERIFY(tree.ok());
        QCOMPARE(tree->size(), 201);
        QCOMPARE(site.categoryPagesServed(), 3);

        // Cancelled at any point, it says nothing more.
        for (int wait : {0, 5, 20, 50}) {
            finished.clear();
            reader.start();
            QTest::qWait(wait);
            const qsizetype before = finished.size(); // it may have been quicker
            reader.cancel();
            QTest::qWait(150);
            QCOMPARE(finished.size(), before);
        }
    }

    void garbageIsAnError()
    {
        const QUrl api(u"http://site/wp-json/"_s);
        QVERIFY(!WordPressCategories::treeFromPages({"<html>"}, api).ok());
        QVERIFY(!WordPressCategories::treeFromPages({"{\"code\":\"rest_forbidden\"}"}, api).ok());
        const auto junkItems = WordPressCategories::treeFromPages(
                {"[1, \"x\", null, {\"id\": -4}, {\"id\": 5}]"}, api);
        QVERIFY(junkItems.ok());
        QVERIFY(junkItems->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWordPressCategories)
#include "tst_wordpresscategories.moc"
