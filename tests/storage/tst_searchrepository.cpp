#include "searchrepository.h"
#include "templibrary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSearchRepository final : public QObject
{
    Q_OBJECT

private:
    static Article article(const QString &guid, const QString &title, const QString &text)
    {
        Article a;
        a.guid = guid;
        a.title = title;
        a.contentText = text;
        a.published = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        return a;
    }

private Q_SLOTS:
    void matchExpressionNeverBreaks_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expression");
        QTest::newRow("words") << u"rocket launch"_s << u"\"rocket\" \"launch\""_s;
        QTest::newRow("phrase") << u"\"central bank\" rates"_s << u"\"central bank\" \"rates\""_s;
        QTest::newRow("prefix") << u"harbour*"_s << u"\"harbour\"*"_s;
        QTest::newRow("two-letter prefix") << u"ha*"_s << u"\"ha\"*"_s;
        QTest::newRow("one letter is not a prefix") << u"h*"_s << u"\"h\""_s;
        QTest::newRow("prefix of a phrase's last word") << u"covid-1*"_s << u"\"covid 1\""_s;
        QTest::newRow("operators dropped") << u"a AND (b OR c) NOT d: ^e"_s
                                           << u"\"a\" \"AND\" \"b\" \"OR\" \"c\" \"NOT\" \"d\" \"e\""_s;
        QTest::newRow("hyphen kept together") << u"covid-19"_s << u"\"covid 19\""_s;
        QTest::newRow("unclosed quote") << u"\"open phrase"_s << u"\"open phrase\""_s;
        QTest::newRow("nothing") << u"*** ()"_s << QString();
    }
    void matchExpressionNeverBreaks()
    {
        QFETCH(QString, query);
        QFETCH(QString, expression);
        QCOMPARE(SearchRepository::toMatchExpression(query), expression);
    }

    void ranksAndStaysInSync()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        Feed feed;
        feed.url = QUrl(u"https://example.com/feed"_s);
        const qint64 feedId = library.feeds().add(feed).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(library.articles()
                        .upsert(feedId,
                                {article(u"1"_s, u"Harbour strike ends"_s, u"Dock workers return to the harbours."_s),
                                 article(u"2"_s, u"Budget vote"_s, u"Parliament passes the budget; the harbour fund grows."_s),
                                 article(u"3"_s, u"Chess final"_s, u"A teenager wins."_s)},
                                now)
                        .ok());
        // Stored articles are found once indexed (behind the refresh).
        QCOMPARE(library.search().search(u"harbour"_s)->size(), 0);
        QCOMPARE(library.indexer().indexAll().valueOr(-1), 3);
        auto hits = library.search().search(u"harbour"_s);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->first().title, u"Harbour strike ends"_s); // the title weighs most
        QVERIFY(hits->first().snippet.contains(u'['));
        QVERIFY(hits->first().score >= hits->at(1).score);

        // Phrases and prefixes.
        QCOMPARE(library.search().search(u"\"dock workers\""_s)->size(), 1);
        QCOMPARE(library.search().search(u"teen*"_s)->size(), 1);

        // An update replaces the old words; nothing finds the old text.
        QVERIFY(library.articles().upsert(feedId, {article(u"3"_s, u"Chess final"_s, u"A grandmaster wins."_s)}, now).ok());
        QCOMPARE(library.search().search(u"teenager"_s)->size(), 0); // at once, before indexing
        QCOMPARE(library.indexer().indexAll().valueOr(-1), 1);
        QCOMPARE(library.search().search(u"teenager"_s)->size(), 0);
        QCOMPARE(library.search().search(u"grandmaster"_s)->size(), 1);
        // Reading state is not indexed text.
        QVERIFY(library.articles().setRead({hits->first().id}, true).ok());
        QCOMPARE(library.search().search(u"harbour"_s)->size(), 2);
        // Removing a feed takes its articles out of the index, indexed or
        // still queued (a queued one was never in it and must not be
        // deleted from it: the external-content index would break).
        QVERIFY(library.articles().upsert(feedId, {article(u"4"_s, u"Harbour queued"_s, u"Not indexed yet."_s)}, now).ok());
        QVERIFY(library.feeds().remove(feedId).ok());
        QCOMPARE(library.search().search(u"harbour"_s)->size(), 0);
        QCOMPARE(library.indexer().pendingCount().valueOr(-1), 0);
        QSqlQuery check(library.database().connection());
        QVERIFY2(check.exec(u"INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"_s),
                 qPrintable(check.lastError().text()));
        QVERIFY(!library.search().search(u"()"_s).ok());
    }

    void theIndexTakesABatchBeforeWritingAndMergesLate()
    {
        // resources/sql/0014: a 256-article batch is kept in memory until it
        // commits (16 MiB), and segments are merged 16 to a level, so a big
        // refresh's entries are not rewritten level after level.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QSqlQuery config(fixture.library().database().connection());
        QVERIFY(config.exec(u"SELECT k, v FROM articles_fts_config WHERE k IN ('hashsize', 'automerge') ORDER BY k"_s));
        QVERIFY(config.next());
        QCOMPARE(config.value(0).toString(), u"automerge"_s);
        QCOMPARE(config.value(1).toInt(), 16);
        QVERIFY(config.next());
        QCOMPARE(config.value(0).toString(), u"hashsize"_s);
        QCOMPARE(config.value(1).toInt(), 16 * 1024 * 1024);
    }

    void commonWordsAreRankedAmongTheNewestMatches()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        Feed feed;
        feed.url = QUrl(u"https://example.com/feed"_s);
        const qint64 feedId = library.feeds().add(feed).value();
        // 30 articles mention the harbour; the oldest says it most often.
        QList<Article> batch{article(u"old"_s, u"Harbour harbour harbour"_s, u"The harbour, the harbour."_s)};
        for (int i = 0; i < 29; ++i)
            batch.append(article(u"n%1"_s.arg(i), u"Council notes %1"_s.arg(i), u"A harbour fee is mentioned."_s));
        batch.append(article(u"rare"_s, u"Lighthouse keeper retires"_s, u"Forty years at the lighthouse."_s));
        QVERIFY(library.articles().upsert(feedId, batch, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(library.indexer().indexAll().ok());

        const SearchRepository everything(library.database().connection());
        QCOMPARE(everything.search(u"harbour"_s, 5)->first().title, u"Harbour harbour harbour"_s);
        // With a pool of ten only the ten newest matches are ranked…
        const SearchRepository newest(library.database().connection(), 10);
        auto hits = newest.search(u"harbour"_s, 5);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 5);
        for (const SearchHit &hit : hits.value())
            QVERIFY(hit.title.startsWith(u"Council notes"_s));
        // …and a rare word still finds an old article.
        QCOMPARE(newest.search(u"lighthouse"_s)->size(), 1);
        QCOMPARE(newest.search(u"lighthouse"_s)->first().title, u"Lighthouse keeper retires"_s);
    }
};

QTEST_GUILESS_MAIN(TestSearchRepository)
#include "tst_searchrepository.moc"
