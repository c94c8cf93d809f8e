// The background indexer empties the queue on its own thread and connection
// while the GUI thread keeps writing to the same library.

#include "backgroundindexer.h"
#include "templibrary.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBackgroundIndexer final : public QObject
{
    Q_OBJECT

private slots:
    void indexesWhatIsQueuedWhileTheWindowWrites()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 feedId = fixture.addFeedWithArticles(u"News/World"_s, u"https://a.example/feed"_s, 120);
        QVERIFY(feedId > 0);
        QCOMPARE(library.indexer().pendingCount().valueOr(-1), 120);
        QCOMPARE(library.search().search(u"Summary"_s, 200)->size(), 0);

        BackgroundIndexer indexer(fixture.dataDir());
        QSignalSpy finished(&indexer, &BackgroundIndexer::finished);
        QSignalSpy progress(&indexer, &BackgroundIndexer::progress);
        QSignalSpy failed(&indexer, &BackgroundIndexer::failed);
        indexer.schedule();
        indexer.schedule(); // folded into the run in hand
        QVERIFY(indexer.isRunning());

        // Meanwhile the window marks articles read and a refresh stores
        // more: each waits for one batch at most, and none fails.
        ArticleQuery query;
        query.feedIds = {feedId};
        auto page = library.articles().headers(query);
        QVERIFY(page.ok());
        for (const ArticleHeader &header : page.value()) {
            QVERIFY(library.articles().setRead({header.id}, true).ok());
            QTest::qWait(1);
        }
        QVERIFY(fixture.addFeedWithArticles(u"News/Sport"_s, u"https://b.example/feed"_s, 30) > 0);
        indexer.schedule();

        QVERIFY(QTest::qWaitFor([&] { return !indexer.isRunning(); }, 30000));
        QCOMPARE(failed.size(), 0);
        QVERIFY(finished.size() >= 1);
        QVERIFY(progress.size() >= 150 / BackgroundIndexer::BatchSize);
        QCOMPARE(library.indexer().pendingCount().valueOr(-1), 0);
        QCOMPARE(library.search().search(u"Summary"_s, 200)->size(), 150);
    }

    void stopsPromptlyWithWorkLeft()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.addFeedWithArticles(u"News"_s, u"https://a.example/feed"_s, 400) > 0);
        {
            BackgroundIndexer indexer(fixture.dataDir());
            QSignalSpy progress(&indexer, &BackgroundIndexer::progress);
            indexer.schedule();
            QVERIFY(progress.wait(10000));
        } // destroyed mid-run: stops after its batch, nothing half-indexed
        const qint64 left = fixture.library().indexer().pendingCount().valueOr(-1);
        QVERIFY(left >= 0 && left < 400);
        QVERIFY(fixture.library().indexer().indexAll().ok());
        QCOMPARE(fixture.library().search().search(u"Summary"_s, 500)->size(), 400);
    }

    void pausedWhileARefreshStores()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.addFeedWithArticles(u"News"_s, u"https://a.example/feed"_s, 40) > 0);
        BackgroundIndexer indexer(fixture.dataDir());
        QSignalSpy finished(&indexer, &BackgroundIndexer::finished);
        indexer.setPaused(true);
        indexer.schedule(); // remembered, not started
        QVERIFY(!indexer.isRunning());
        QTest::qWait(200);
        QCOMPARE(fixture.library().indexer().pendingCount().valueOr(-1), 40);
        indexer.setPaused(false);
        QVERIFY(finished.wait(10000));
        QCOMPARE(fixture.library().indexer().pendingCount().valueOr(-1), 0);
    }

    void aLibraryThatCannotBeOpenedIsReported()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"library.sqlite"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x')); // not a database
        file.close();
        BackgroundIndexer indexer(dir.path());
        QSignalSpy failed(&indexer, &BackgroundIndexer::failed);
        indexer.schedule();
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(!indexer.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundIndexer)
#include "tst_backgroundindexer.moc"
