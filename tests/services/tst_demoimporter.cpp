#include "demoimporter.h"
#include "demojson.h"
#include "librarystats.h"
#include "templibrary.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

LibraryStats statsOf(TempLibrary &fixture)
{
    Database &database = fixture.library().database();
    auto stats = readLibraryStats(database.connection(), database.path());
    return stats ? stats.value() : LibraryStats{-1, -1, -1, -1, -1, -1, -1, -1};
}

QStringList dumpTable(TempLibrary &fixture, const QString &table)
{
    // Table names come from the test itself, never from data.
    QStringList rows;
    QSqlQuery query(fixture.library().database().connection());
    if (!query.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1"_s))
        return {u"error"_s};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

qint64 articleIdByGuid(TempLibrary &fixture, const QString &guid)
{
    QSqlQuery query(fixture.library().database().connection());
    query.prepare(u"SELECT id FROM articles WHERE guid = ?"_s);
    query.addBindValue(guid);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

class TestDemoImporter final : public QObject
{
    Q_OBJECT

private:
    DemoJson m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = DemoJson::load();
        QVERIFY2(m_demo.valid, "the built-in demo.json is missing or empty");
        // What the sample library is meant to show; change together with demo.json.
        QVERIFY(m_demo.categories >= 5);
        QVERIFY(m_demo.feeds >= 3);
        QVERIFY(m_demo.articles >= 20);
        QVERIFY(m_demo.articleFeed.contains(u"demo-seed"_s));
    }

    void importsTheBuiltInLibrary()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        DemoImporter importer(fixture.library());
        auto report = importer.importBuiltIn();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->categories, m_demo.categories);
        QCOMPARE(report->feeds, m_demo.feeds);
        QCOMPARE(report->articles, m_demo.articles);

        const LibraryStats stats = statsOf(fixture);
        QCOMPARE(stats.categories, m_demo.categories);
        QCOMPARE(stats.feeds, m_demo.feeds);
        QCOMPARE(stats.articles, m_demo.articles);
        QCOMPARE(stats.unread, m_demo.unread);
        QCOMPARE(stats.starred, m_demo.starred);
        QVERIFY(stats.unread < stats.articles); // some are shown as read
        QVERIFY(stats.starred > 0);
    }

    // Sample sources on reserved names exist nowhere: a refresh leaves them
    // out instead of reporting them failed at every start; a real source of
    // the sample is refreshed as usual.
    void sampleSourcesOnReservedNamesAreNotRefreshed()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        const QList<Feed> refreshed = fixture.library().feeds().subscribed().value();
        QVERIFY(!refreshed.isEmpty());
        for (const Feed &feed : refreshed)
            QVERIFY2(!feed.url.host().endsWith(u".example"_s), qPrintable(feed.url.toString()));
        QVERIFY(fixture.library().feeds().all().value().size() > refreshed.size());
    }

    void everyFeedAndArticleLandsWhereTheJsonSays()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        CategoryRepository categories = fixture.library().categories();
        FeedRepository feeds = fixture.library().feeds();
        QHash<QString, qint64> feedIdByKey;
        for (auto it = m_demo.feedUrl.cbegin(); it != m_demo.feedUrl.cend(); ++it) {
            auto feed = feeds.findByUrl(QUrl(it.value()));
            QVERIFY(feed.ok());
            QVERIFY2(feed.value().has_value(), qPrintable(it.value()));
            QCOMPARE(joinCategoryPath(categories.pathOf(feed.value()->categoryId).value()),
                     m_demo.feedCategory.value(it.key()));
            QVERIFY(!feed.value()->title.isEmpty());
            feedIdByKey.insert(it.key(), feed.value()->id);
        }
        for (auto it = m_demo.articleFeed.cbegin(); it != m_demo.articleFeed.cend(); ++it) {
            const qint64 id = articleIdByGuid(fixture, it.key());
            QVERIFY2(id, qPrintable(it.key()));
            const Article article = *fixture.library().articles().find(id).value();
            QCOMPARE(article.feedId, feedIdByKey.value(it.value()));
            QVERIFY2(!article.title.isEmpty(), qPrintable(it.key()));
            QVERIFY2(article.published.isValid(), qPrintable(it.key()));
            QVERIFY2(!article.contentHtml.isEmpty() || !article.summary.isEmpty(),
                     qPrintable(it.key()));
        }
    }

    void importingTwiceAddsNothing()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        // The person reads the seed article before importing again.
        const qint64 seed = articleIdByGuid(fixture, u"demo-seed"_s);
        QVERIFY(seed);
        QVERIFY(fixture.library().articles().setRead({seed}, true).ok());
        const LibraryStats before = statsOf(fixture);
        QStringList tables[4];
        const QStringList names{u"categories"_s, u"feeds"_s, u"articles"_s, u"article_tags"_s};
        for (int i = 0; i < 4; ++i)
            tables[i] = dumpTable(fixture, names.at(i));

        auto again = DemoImporter(fixture.library()).importBuiltIn();
        QVERIFY(again.ok());
        QCOMPARE(again->articles, 0);

        const LibraryStats after = statsOf(fixture);
        QCOMPARE(after.categories, before.categories);
        QCOMPARE(after.feeds, before.feeds);
        QCOMPARE(after.articles, before.articles);
        QCOMPARE(after.unread, before.unread);
        QCOMPARE(after.starred, before.starred);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(dumpTable(fixture, names.at(i)), tables[i]);
        QVERIFY(fixture.library().articles().find(seed).value()->read);
    }

    void seedArticleIsUnderMicroNewsPolitics()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        const qint64 seed = articleIdByGuid(fixture, u"demo-seed"_s);
        QVERIFY(seed);
        const Article article = *fixture.library().articles().find(seed).value();
        QCOMPARE(article.title, u"US-Israel Talks Aim for Peace and Security in Gaza"_s);
        QCOMPARE(article.published, QDateTime(QDate(2026, 11, 25), QTime(7, 45), Qt::UTC));
        QCOMPARE(article.link.host(), u"www.timesofisrael.com"_s);
        QVERIFY(article.contentHtml.contains(u"<h2>"_s)); // section headings
        const Feed feed = *fixture.library().feeds().find(article.feedId).value();
        QCOMPARE(fixture.library().categories().pathOf(feed.categoryId).value(),
                 (QStringList{u"Micro News"_s, u"Politics"_s}));
    }

    void malformedJsonStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("{categories: [}");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("string") << QByteArray("\"demo\"");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
        QTest::newRow("truncated demo") << DemoJson::load().bytes.left(DemoJson::load().bytes.size() / 2);
        QTest::newRow("trailing garbage") << (DemoJson::load().bytes + "}{");
    }
    void malformedJsonStoresNothing()
    {
        QFETCH(QByteArray, json);
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        auto report = DemoImporter(fixture.library()).import(json);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::BadInput);
        QVERIFY(!report.error().message.isEmpty());
        const LibraryStats stats = statsOf(fixture);
        QCOMPARE(stats.categories, 0);
        QCOMPARE(stats.feeds, 0);
        QCOMPARE(stats.articles, 0);
    }

    void wrongShapesAreIgnoredNotFatal()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        auto report = DemoImporter(fixture.library())
                              .import("{\"categories\": \"none\", \"feeds\": 5, \"articles\": {\"a\": 1}}");
        QVERIFY(report.ok());
        QCOMPARE(report->categories, 0);
        QCOMPARE(report->feeds, 0);
        QCOMPARE(report->articles, 0);
        QCOMPARE(statsOf(fixture).articles, 0);
    }

    void articlesOfUnknownFeedsAreSkipped()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const QByteArray json =
                "{\"categories\": [{\"name\": \"News\"}],"
                " \"feeds\": [{\"key\": \"k\", \"title\": \"K\", \"url\": \"https://k.example/feed\","
                " \"category\": \"News\"}],"
                " \"articles\": ["
                " {\"feed\": \"k\", \"guid\": \"one\", \"title\": \"One\","
                " \"published\": \"2026-11-01T10:00:00Z\"},"
                " {\"feed\": \"nobody\", \"guid\": \"two\", \"title\": \"Two\"}]}";
        auto report = DemoImporter(fixture.library()).import(json);
        QVERIFY(report.ok());
        QCOMPARE(report->categories, 1);
        QCOMPARE(report->feeds, 1);
        QCOMPARE(report->articles, 1);
        QVERIFY(articleIdByGuid(fixture, u"one"_s));
        QVERIFY(!articleIdByGuid(fixture, u"two"_s));
    }

    void deeplyNestedCategoriesDoNotRunAway()
    {
        // Hostile input: categories nested as deep as the JSON parser allows.
        QByteArray json = "{\"categories\": ";
        const int depth = 200;
        for (int i = 0; i < depth; ++i)
            json += "[{\"name\": \"c" + QByteArray::number(i) + "\", \"children\": ";
        json += "[]";
        for (int i = 0; i < depth; ++i)
            json += "}]";
        json += "}";
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QElapsedTimer timer;
        timer.start();
        auto report = DemoImporter(fixture.library()).import(json);
        QVERIFY(report.ok());
        QCOMPARE(report->categories, depth);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestDemoImporter)
#include "tst_demoimporter.moc"
