// The background indexer empties the queue in slices on the writer (the one
// StorageThread) while the window's writes go to the same writer between
// its slices.

#include "backgroundindexer.h"
#include "storagethread.h"
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

        StorageThread writer(fixture.dataDir());
        BackgroundIndexer indexer(writer);
        QSignalSpy finished(&indexer, &BackgroundIndexer::finished);
        QSignalSpy progress(&indexer, &BackgroundIndexer::progress);
        QSignalSpy failed(&indexer, &BackgroundIndexer::failed);
        indexer.schedule();
        indexer.schedule(); // folded into the run in hand
        QVERIFY(indexer.isRunning());

        // Meanwhile the window marks articles read through the same writer,
        // and a refresh stores more: none fails.
        ArticleQuery query;
        query.feedIds = {feedId};
        auto page = library.articles().headers(query);
        QVERIFY(page.ok());
        QList<qint64> ids;
        for (const ArticleHeader &header : page.value())
            ids.append(header.id);
        QFuture<Result<>> marked = writer.run([ids](Library &l) { return l.articles().setRead(ids, true); });
        QVERIFY(fixture.addFeedWithArticles(u"News/Sport"_s, u"https://b.example/feed"_s, 30) > 0);
        indexer.schedule();

        QTRY_VERIFY_WITH_TIMEOUT(!indexer.isRunning(), 30000);
        QVERIFY(marked.isFinished() && marked.result().ok());
        QCOMPARE(failed.size(), 0);
        QVERIFY(finished.size() >= 1);
        QVERIFY(progress.size() >= 1);
        QCOMPARE(library.indexer().pendingCount().valueOr(-1), 0);
        QCOMPARE(library.search().search(u"Summary"_s, 200)->size(), 150);
    }

    // One writer: a write sent while a long queue is indexed is done between
    // two slices, not after the whole queue.
    void aWriteWaitsForOneSliceNotTheQueue()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 feedId = fixture.addFeedWithArticles(u"News"_s, u"https://a.example/feed"_s, 3000);
        QVERIFY(feedId > 0);
        ArticleQuery query;
        query.feedIds = {feedId};
        query.limit = 1;
        auto first = fixture.library().articles().headers(query);
        QVERIFY(first.ok() && first->size() == 1);
        const qint64 articleId = first->first().id;
        StorageThread writer(fixture.dataDir());
        BackgroundIndexer indexer(writer);
        QSignalSpy progress(&indexer, &BackgroundIndexer::progress);
        indexer.schedule();
        qint64 queuedWhenMarked = -1;
        QFuture<Result<>> marked = writer.run([articleId, &queuedWhenMarked](Library &l) -> Result<> {
            queuedWhenMarked = l.indexer().pendingCount().valueOr(-1);
            return l.articles().setRead({articleId}, true);
        });
        QTRY_VERIFY_WITH_TIMEOUT(marked.isFinished(), 20000);
        QVERIFY(marked.result().ok());
        QVERIFY2(queuedWhenMarked > 0, "the write waited for the whole queue");
        QTRY_VERIFY_WITH_TIMEOUT(!indexer.isRunning(), 60000);
        QCOMPARE(fixture.library().indexer().pendingCount().valueOr(-1), 0);
    }

    void stopsPromptlyWithWorkLeft()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.addFeedWithArticles(u"News"_s, u"https://a.example/feed"_s, 2000) > 0);
        {
            StorageThread writer(fixture.dataDir());
            BackgroundIndexer indexer(writer);
            QSignalSpy progress(&indexer, &BackgroundIndexer::progress);
            indexer.schedule();
            QVERIFY(progress.wait(20000));
        } // destroyed mid-run: stops after its slice, nothing half-indexed
        const qint64 left = fixture.library().indexer().pendingCount().valueOr(-1);
        QVERIFY(left >= 0 && left < 2000);
        QVERIFY(fixture.library().indexer().indexAll().ok());
        QCOMPARE(fixture.library().search().search(u"Summary"_s, 2500)->size(), 2000);
    }

    void pausedWhileARefreshStores()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.addFeedWithArticles(u"News"_s, u"https://a.example/feed"_s, 40) > 0);
        StorageThread writer(fixture.dataDir());
        BackgroundIndexer indexer(writer);
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
        StorageThread writer(dir.path());
        BackgroundIndexer indexer(writer);
        QSignalSpy failed(&indexer, &BackgroundIndexer::failed);
        indexer.schedule();
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(!indexer.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundIndexer)
#include "tst_backgroundindexer.moc"
