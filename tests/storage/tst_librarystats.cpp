#include "librarystats.h"
#include "templibrary.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLibraryStats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyLibraryCountsZero()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        Database &database = fixture.library().database();
        auto stats = readLibraryStats(database.connection(), database.path());
        QVERIFY(stats.ok());
        QCOMPARE(stats->feeds, 0);
        QCOMPARE(stats->categories, 0);
        QCOMPARE(stats->articles, 0);
        QCOMPARE(stats->unread, 0);
        QCOMPARE(stats->starred, 0);
        QCOMPARE(stats->images, 0);
        QCOMPARE(stats->cacheBytes, 0);
        QVERIFY(stats->databaseBytes > 0);
    }

    void countsMatch()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 a = fixture.addFeedWithArticles(u"News/World"_s, u"https://a.example/"_s, 12);
        const qint64 b = fixture.addFeedWithArticles(u"News/Business"_s, u"https://b.example/"_s, 5);
        QVERIFY(fixture.addFeedWithArticles(u"Tech"_s, u"https://c.example/"_s, 0));
        QVERIFY(a && b);
        ArticleRepository articles = fixture.library().articles();
        ArticleQuery query;
        query.feedIds = {a};
        const QList<ArticleHeader> rows = articles.headers(query).value();
        QVERIFY(articles.setRead({rows.at(0).id, rows.at(1).id, rows.at(2).id}, true).ok());
        QVERIFY(articles.setStarred(rows.at(0).id, true).ok());
        QVERIFY(articles.setStarred(rows.at(5).id, true).ok());

        // Two stored images, one pending and one failed: only stored ones count.
        QSqlQuery insert(fixture.library().database().connection());
        QVERIFY(insert.prepare(u"INSERT INTO images (url, bytes, state) VALUES (?, ?, ?)"_s));
        const QList<std::tuple<QString, int, int>> images{{u"https://i.example/1.jpg"_s, 1000, 1},
                                                          {u"https://i.example/2.jpg"_s, 2345, 1},
                                                          {u"https://i.example/3.jpg"_s, 0, 0},
                                                          {u"https://i.example/4.jpg"_s, 99, 2}};
        for (const auto &[url, bytes, state] : images) {
            insert.bindValue(0, url);
            insert.bindValue(1, bytes);
            insert.bindValue(2, state);
            QVERIFY(insert.exec());
        }

        Database &database = fixture.library().database();
        auto stats = readLibraryStats(database.connection(), database.path());
        QVERIFY(stats.ok());
        QCOMPARE(stats->feeds, 3);
        QCOMPARE(stats->categories, 4); // News, World, Business, Tech
        QCOMPARE(stats->articles, 17);
        QCOMPARE(stats->unread, 14);
        QCOMPARE(stats->starred, 2);
        QCOMPARE(stats->images, 2);
        QCOMPARE(stats->cacheBytes, 3345);
        const qint64 onDisk = QFileInfo(database.path()).size()
                + QFileInfo(database.path() + u"-wal"_s).size();
        QCOMPARE(stats->databaseBytes, onDisk);
        QVERIFY(stats->databaseBytes > 0);
    }

    void closedConnectionIsAnError()
    {
        QSqlDatabase none;
        auto stats = readLibraryStats(none, u"/nonexistent/library.sqlite"_s);
        QVERIFY(!stats.ok());
        QCOMPARE(stats.error().kind, Error::Database);
    }
};

QTEST_GUILESS_MAIN(TestLibraryStats)
#include "tst_librarystats.moc"
