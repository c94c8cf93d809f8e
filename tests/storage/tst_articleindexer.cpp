// ArticleIndexer: what upsert queues is indexed in batches, a change is
// indexed again, and nothing the queue does can put the external-content
// full-text index out of step with the articles.

#include "articleindexer.h"
#include "rawsqlite.h"
#include "related/termvector.h"
#include "templibrary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThreadPool>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Article story(const QString &guid, const QString &title, const QString &text)
{
    Article a;
    a.guid = guid;
    a.title = title;
    a.summary = text.left(120);
    a.contentText = text;
    a.contentHtml = u"<p>"_s + text + u"</p>"_s;
    a.published = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    return a;
}

QString ftsCheck(Library &library)
{
    QSqlQuery q(library.database().connection());
    if (!q.exec(u"INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"_s))
        return q.lastError().text();
    return {};
}

qint64 scalar(Library &library, const QString &sql)
{
    QSqlQuery q(library.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 addFeed(Library &library)
{
    Feed feed;
    feed.url = QUrl(u"https://a.example/feed"_s);
    return library.feeds().add(feed).value();
}

} // namespace

class TestArticleIndexer final : public QObject
{
    Q_OBJECT

private slots:
    void indexesInBatchesOldestFirst()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 feedId = fixture.addFeedWithArticles(u"News"_s, u"https://a.example/feed"_s, 10);
        QCOMPARE(library.indexer().pendingCount().valueOr(-1), 10);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM article_features"_s), 0);

        ArticleIndexer indexer = library.indexer();
        QCOMPARE(indexer.indexPending(4).valueOr(-1), 4);
        QCOMPARE(indexer.pendingCount().valueOr(-1), 6);
        // the four with the lowest ids went first
        QCOMPARE(scalar(library, u"SELECT max(article_id) FROM article_features"_s),
                 scalar(library, u"SELECT min(id) + 3 FROM articles"_s));
        QCOMPARE(indexer.indexAll().valueOr(-1), 6);
        QCOMPARE(indexer.indexPending().valueOr(-1), 0);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM article_features"_s), 10);
        QCOMPARE(library.search().search(u"Summary"_s, 50)->size(), 10);
        QCOMPARE(ftsCheck(library), QString());
        QVERIFY(feedId > 0);
    }

    void aChangedArticleIsIndexedAgain()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 feedId = addFeed(library);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(library.articles().upsert(feedId, {story(u"1"_s, u"Harbour strike"_s, u"Dock workers walk out."_s)}, now));
        QVERIFY(library.indexer().indexAll());
        QVERIFY(scalar(library, u"SELECT length(vector) FROM article_features"_s) > 0);

        // Changed twice before the indexer runs: indexed once, with the last text.
        QVERIFY(library.articles().upsert(feedId, {story(u"1"_s, u"Harbour strike"_s, u"Cranes stand idle."_s)}, now));
        QVERIFY(library.articles().upsert(feedId, {story(u"1"_s, u"Harbour strike ends"_s, u"Dock workers accept a deal."_s)}, now));
        QCOMPARE(library.indexer().pendingCount().valueOr(-1), 1);
        QCOMPARE(library.search().search(u"walk"_s)->size(), 0); // old words leave at once
        QCOMPARE(library.indexer().indexAll().valueOr(-1), 1);
        QCOMPARE(library.search().search(u"cranes"_s)->size(), 0);
        QCOMPARE(library.search().search(u"deal"_s)->size(), 1);
        QCOMPARE(ftsCheck(library), QString());
        // Marking read is not a change of text: nothing is queued.
        QVERIFY(library.articles().setRead({scalar(library, u"SELECT id FROM articles"_s)}, true));
        QCOMPARE(library.indexer().pendingCount().valueOr(-1), 0);
    }

    // The document frequencies (written once per term per batch) are what
    // the stored vectors add up to, after new articles, after changed ones
    // (whose old terms leave: indexed in batches, in a pool or not) and
    // after a feed's articles are removed.
    void documentFrequenciesAreTheStoredVectorsCounted()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 feedId = addFeed(library);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QStringList words{u"harbour"_s, u"strike"_s, u"ferry"_s, u"budget"_s, u"council"_s,
                                u"election"_s, u"rainfall"_s, u"vaccine"_s};
        QList<Article> first;
        for (int i = 0; i < 30; ++i)
            first.append(story(QString::number(i), u"Story %1 about the %2"_s.arg(i).arg(words.at(i % 8)),
                               u"The %1 and the %2 were in the news today."_s.arg(words.at(i % 8), words.at((i + 3) % 8))));
        QVERIFY(library.articles().upsert(feedId, first, now));
        QThreadPool pool;
        QCOMPARE(library.indexer().indexPending(7, ArticleIndexer::Scope::Everything, &pool).valueOr(-1), 7);
        QVERIFY(library.indexer().indexAll().ok());
        // Ten of them rewritten: their old words go, the new ones come.
        QList<Article> changed;
        for (int i = 0; i < 10; ++i)
            changed.append(story(QString::number(i), u"Story %1 about the %2"_s.arg(i).arg(words.at(i % 8)),
                                 u"Now only the %1 is said to matter."_s.arg(words.at((i + 5) % 8))));
        QVERIFY(library.articles().upsert(feedId, changed, now));
        QVERIFY(library.indexer().indexAll(ArticleIndexer::Scope::Everything, &pool).ok());

        // What the stored vectors add up to, and what term_df holds; a
        // query that fails or a vector that does not decode is a problem.
        int problems = 0;
        const auto frequencies = [&library, &problems] {
            QHash<qint64, qint64> counted;
            QSqlQuery vectors(library.database().connection());
            problems += vectors.exec(u"SELECT vector FROM article_features"_s) ? 0 : 1;
            while (vectors.next()) {
                const auto vector = TermVector::decode(vectors.value(0).toByteArray());
                problems += vector ? 0 : 1;
                if (!vector || vector->isEmpty())
                    continue;
                ++counted[-1]; // the document count's row
                for (quint32 term : vector->terms())
                    ++counted[qint64(term)];
            }
            QHash<qint64, qint64> stored;
            QSqlQuery df(library.database().connection());
            problems += df.exec(u"SELECT term, df FROM term_df WHERE df <> 0"_s) ? 0 : 1;
            while (df.next())
                stored.insert(df.value(0).toLongLong(), df.value(1).toLongLong());
            return std::pair{counted, stored};
        };
        auto [expected, stored] = frequencies();
        QCOMPARE(problems, 0);
        QCOMPARE(expected.value(-1), 30);
        QCOMPARE(stored, expected);

        // A feed removed: its articles' terms leave the counts (forget).
        const qint64 other = library.feeds().add([] {
            Feed f;
            f.url = QUrl(u"https://b.example/feed"_s);
            return f;
        }()).value();
        QList<Article> more;
        for (int i = 0; i < 6; ++i)
            more.append(story(u"b%1"_s.arg(i), u"Other story %1"_s.arg(i),
                              u"The %1 ferry and the %2 budget."_s.arg(words.at(i % 8), words.at((i + 2) % 8))));
        QVERIFY(library.articles().upsert(other, more, now));
        QVERIFY(library.indexer().indexAll().ok());
        std::tie(expected, stored) = frequencies();
        QCOMPARE(problems, 0);
        QCOMPARE(expected.value(-1), 36);
        QCOMPARE(stored, expected);
        QVERIFY(library.feeds().remove(other).ok());
        std::tie(expected, stored) = frequencies();
        QCOMPARE(problems, 0);
        QCOMPARE(expected.value(-1), 30);
        QCOMPARE(stored, expected);
    }

    void aStaleQueueRowNeverStopsStoring()
    {
        // Articles are inserted OR FAIL, which their triggers inherit: the
        // next article's id already queued must not fail the refresh.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        QSqlQuery q(library.database().connection());
        QVERIFY(q.exec(u"INSERT INTO index_queue (article_id) VALUES (1)"_s));
        fixture.addFeedWithArticles(u"News"_s, u"https://a.example/feed"_s, 3);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM articles"_s), 3);
        QCOMPARE(library.indexer().indexAll().valueOr(-1), 3);
        QCOMPARE(ftsCheck(library), QString());
    }

    void removingQueuedOrIndexedArticlesKeepsTheIndexInStep()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 indexedFeed = fixture.addFeedWithArticles(u"A"_s, u"https://a.example/feed"_s, 5);
        QVERIFY(library.indexer().indexAll());
        const qint64 queuedFeed = fixture.addFeedWithArticles(u"B"_s, u"https://b.example/feed"_s, 5);
        QCOMPARE(library.indexer().pendingCount().valueOr(-1), 5);
        QVERIFY(library.feeds().remove(queuedFeed));
        QCOMPARE(library.indexer().pendingCount().valueOr(-1), 0);
        QVERIFY(library.feeds().remove(indexedFeed));
        QCOMPARE(scalar(library, u"SELECT count(*) FROM articles"_s), 0);
        QCOMPARE(ftsCheck(library), QString());
        QCOMPARE(library.search().search(u"Summary"_s)->size(), 0);
    }

    void nothingQueuedNeedsNoWriteLock()
    {
        // `masthead search` while the app is writing: with an empty queue
        // the indexer must not wait for (or fail on) the write lock.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.library().indexer().indexAll());
        RawConnection other(fixture.library().database().path());
        QVERIFY(other.isOpen());
        QCOMPARE(other.exec(u"BEGIN IMMEDIATE"_s), QString());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(fixture.library().indexer().indexAll().valueOr(-1), 0);
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(other.exec(u"ROLLBACK"_s), QString());
    }

    void aQueueRowWithoutItsArticleNeverStallsIt()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        QSqlQuery q(library.database().connection());
        QVERIFY(q.exec(u"INSERT INTO index_queue (article_id) VALUES (424242)"_s));
        QCOMPARE(library.indexer().indexAll().valueOr(-1), 0);
        QCOMPARE(library.indexer().pendingCount().valueOr(-1), 0);
    }

    // The state resources/sql/0006 leaves: every indexed article queued for
    // a new full-text entry, the index empty, the related features kept.
    static void queueForNewSearchEntries(Library &library)
    {
        QSqlQuery q(library.database().connection());
        QVERIFY(q.exec(u"INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')"_s));
        QVERIFY(q.exec(u"INSERT INTO search_queue (article_id) SELECT id FROM articles"_s));
    }

    void searchQueueGivesEntriesNewestFirstAndKeepsFeatures()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        fixture.addFeedWithArticles(u"News"_s, u"https://a.example/feed"_s, 20);
        QCOMPARE(library.indexer().indexAll().valueOr(-1), 20);
        const qint64 features = scalar(library, u"SELECT sum(length(vector)) FROM article_features"_s);
        queueForNewSearchEntries(library);
        QCOMPARE(library.indexer().pendingCount().valueOr(-1), 20);
        QCOMPARE(library.search().search(u"Summary"_s, 50)->size(), 0);

        // One batch: up to SearchOnlyPerArticle times the batch, newest first.
        QCOMPARE(library.indexer().indexPending(1).valueOr(-1), ArticleIndexer::SearchOnlyPerArticle);
        QCOMPARE(scalar(library, u"SELECT min(article_id) FROM search_queue"_s),
                 scalar(library, u"SELECT min(id) FROM articles"_s));
        QCOMPARE(library.search().search(u"Summary"_s, 50)->size(), ArticleIndexer::SearchOnlyPerArticle);
        // "More like this" needs nothing of it.
        QCOMPARE(library.indexer().indexAll(ArticleIndexer::Scope::NewArticles).valueOr(-1), 0);
        QCOMPARE(library.indexer().indexAll().valueOr(-1), 20 - ArticleIndexer::SearchOnlyPerArticle);
        QCOMPARE(library.search().search(u"Summary"_s, 50)->size(), 20);
        QCOMPARE(scalar(library, u"SELECT sum(length(vector)) FROM article_features"_s), features);
        QCOMPARE(ftsCheck(library), QString());
    }

    void changingOrRemovingASearchQueuedArticleKeepsTheIndexInStep()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 feedId = fixture.addFeedWithArticles(u"News"_s, u"https://a.example/feed"_s, 6);
        QVERIFY(library.indexer().indexAll());
        queueForNewSearchEntries(library);
        QSqlQuery q(library.database().connection());
        // Changed: it moves to index_queue, new features and one entry.
        QVERIFY(q.exec(u"UPDATE articles SET title = 'Lighthouse keeper retires' WHERE id = (SELECT min(id) FROM articles)"_s));
        QCOMPARE(scalar(library, u"SELECT count(*) FROM index_queue"_s), 1);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM search_queue"_s), 5);
        // Removed while queued: no entry to delete, the queue row goes.
        QVERIFY(q.exec(u"DELETE FROM articles WHERE id = (SELECT max(id) FROM articles)"_s));
        QCOMPARE(scalar(library, u"SELECT count(*) FROM search_queue"_s), 4);
        QCOMPARE(library.indexer().indexAll().valueOr(-1), 5);
        QCOMPARE(library.search().search(u"lighthouse"_s)->size(), 1);
        QCOMPARE(library.search().search(u"Summary"_s, 50)->size(), 5);
        QCOMPARE(ftsCheck(library), QString());
        QVERIFY(library.feeds().remove(feedId));
        QCOMPARE(ftsCheck(library), QString());
        QCOMPARE(library.search().search(u"Summary"_s)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestArticleIndexer)
#include "tst_articleindexer.moc"
