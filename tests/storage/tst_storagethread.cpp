#include "storagethread.h"
#include "templibrary.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// A file where a data directory should be: a library that cannot open.
bool putFileAt(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

class TestStorageThread final : public QObject
{
    Q_OBJECT

private slots:
    void jobsRunInOrderOffTheCallersThread()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 feed = fixture.addFeedWithArticles(u"News"_s, u"https://example.com/feed"_s, 0);
        StorageThread storage(fixture.dataDir());
        QList<QFuture<Result<qint64>>> futures;
        QList<QThread *> threads;
        for (int i = 0; i < 20; ++i) {
            futures.append(storage.run([&threads, feed, i](Library &library) -> Result<qint64> {
                threads.append(QThread::currentThread()); // one thread at a time: no race
                Article article;
                article.guid = u"g%1"_s.arg(i);
                article.title = u"Story %1"_s.arg(i);
                auto stored = library.articles().upsert(feed, {article}, QDateTime::currentDateTimeUtc());
                if (!stored)
                    return stored.error();
                return stored->ids.at(0);
            }));
        }
        qint64 previous = 0;
        for (auto &future : futures) {
            future.waitForFinished();
            const Result<qint64> id = future.result();
            QVERIFY(id.ok());
            QVERIFY(id.value() > previous); // stored in the order sent
            previous = id.value();
        }
        QCOMPARE(threads.size(), 20);
        QVERIFY(threads.first() != QThread::currentThread());
        QCOMPARE(threads.count(threads.first()), 20); // always the same thread
        // Written for everyone: this thread's own connection sees them.
        QSqlQuery query(fixture.library().database().connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM articles"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 20);
    }

    void theWritersCacheIsSmallAndTheReadersIsNot()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        StorageThread storage(fixture.dataDir());
        const auto cacheKiB = [](const QSqlDatabase &db) -> Result<int> {
            QSqlQuery query(db);
            if (!query.exec(u"PRAGMA cache_size"_s) || !query.next())
                return makeError(Error::Database, u"no cache size"_s);
            return -query.value(0).toInt(); // negative: KiB
        };
        auto writer = storage.run([&](Library &library) { return cacheKiB(library.database().connection()); });
        writer.waitForFinished();
        QCOMPARE(writer.result().valueOr(0), StorageThread::WriterCacheKiB);
        QCOMPARE(cacheKiB(fixture.library().database().connection()).valueOr(0), 64 * 1024);
    }

    void resultsComeBackToTheSendersThread()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        StorageThread storage(fixture.dataDir());
        QThread *continuedOn = nullptr;
        bool done = false;
        storage.run([](Library &library) { return library.feeds().subscribed(); })
                .then(this, [&](const Result<QList<Feed>> &feeds) {
                    QVERIFY(feeds.ok());
                    continuedOn = QThread::currentThread();
                    done = true;
                });
        QTRY_VERIFY(done);
        QCOMPARE(continuedOn, QThread::currentThread());
    }

    void aLibraryThatCannotOpenAnswersEveryJobWithItsError()
    {
        QTemporaryDir dir;
        const QString notADirectory = dir.filePath(u"file"_s);
        QVERIFY(putFileAt(notADirectory));
        StorageThread storage(notADirectory);
        for (int i = 0; i < 2; ++i) {
            bool ran = false;
            auto future = storage.run([&ran](Library &) -> Result<> {
                ran = true;
                return {};
            });
            future.waitForFinished();
            QVERIFY(!future.result().ok());
            QVERIFY(!future.result().error().message.isEmpty());
            QVERIFY(!ran);
        }
    }

    void aLibraryThatOpensLaterIsUsedOnceTheRetryTimeIsUp()
    {
        // Not openable at first (a file stands where the folder should be),
        // then fixed: within the retry time the error still answers, after
        // it the next job opens the library.
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(u"library"_s);
        QVERIFY(putFileAt(dataDir));
        StorageThread storage(dataDir);
        storage.setRetryOpenAfter(300);
        const auto countFeeds = [&storage] {
            auto future = storage.run([](Library &library) { return library.feeds().subscribed(); });
            future.waitForFinished();
            return future.result();
        };
        QVERIFY(!countFeeds().ok());
        QVERIFY(QFile::remove(dataDir));
        QVERIFY(QDir().mkpath(dataDir));
        QVERIFY(!countFeeds().ok()); // still within the retry time
        QThread::msleep(400);
        const auto opened = countFeeds();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened.value().size(), 0);
    }

    void closingRunsTheJobsAlreadySent()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 feed = fixture.addFeedWithArticles(u"News"_s, u"https://example.com/feed"_s, 0);
        {
            StorageThread storage(fixture.dataDir(), StorageThread::Checkpoints::ByAnotherConnection);
            for (int i = 0; i < 50; ++i) {
                (void)storage.run([feed, i](Library &library) -> Result<> {
                    Article article;
                    article.guid = u"g%1"_s.arg(i);
                    auto stored = library.articles().upsert(feed, {article}, QDateTime::currentDateTimeUtc());
                    if (!stored)
                        return stored.error();
                    return {};
                });
            }
        } // not waited for: the destructor does
        QSqlQuery query(fixture.library().database().connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM articles"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 50);
    }
};

QTEST_GUILESS_MAIN(TestStorageThread)
#include "tst_storagethread.moc"
