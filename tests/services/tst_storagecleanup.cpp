// "Clean up now" on the storage thread of a real library: the future
// brings the report back, the caller's thread is never blocked.

#include "storagecleanup.h"
#include "storagethread.h"
#include "templibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestStorageCleanup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnTheStorageThreadAndReports()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        QVERIFY(fixture.addFeedWithArticles(u"News"_s, u"https://example.com/f"_s, 40));
        const QString images = QDir(fixture.library().cacheDir()).filePath(u"images"_s);
        QVERIFY(QDir().mkpath(images));
        const QString old = QDir(images).filePath(u"orphan.png"_s);
        const QString fresh = QDir(images).filePath(u"fresh.png"_s);
        for (const QString &path : {old, fresh}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(2048, 'x'));
        }
        {
            QFile f(old);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-1),
                                  QFileDevice::FileModificationTime));
        }

        StorageThread storage(fixture.dataDir());
        StorageCleanup cleanup(storage);
        AppSettings::Storage limits;
        limits.keepPerFeed = 10;
        QThread *ranOn = nullptr;
        auto future = cleanup.run(limits);
        // Continues on this thread once the storage thread is done.
        QObject context;
        bool done = false;
        Result<CleanupReport> result = makeError(Error::Database, u"not run"_s);
        future.then(&context, [&](const Result<CleanupReport> &r) {
            result = r;
            ranOn = QThread::currentThread();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(ranOn, QThread::currentThread());
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result->removedArticles, 30);
        QCOMPARE(result->removedCacheFiles, 1);
        QCOMPARE(result->cacheBytesFreed, 2048);
        QVERIFY(result->bytesFreed() >= 2048);
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(fresh)); // written moments ago: perhaps its row is on the way
    }
};

QTEST_GUILESS_MAIN(TestStorageCleanup)
#include "tst_storagecleanup.moc"
