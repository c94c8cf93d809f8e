// LibraryCleanup on a real library with a real cache folder: what retention
// no longer keeps goes, files no stored image names go (but not the ones
// written a moment ago), and the bytes given back are counted.

#include "imagetype.h"
#include "librarycleanup.h"
#include "templibrary.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QList<qint64> articleIds(Library &library)
{
    ArticleQuery all;
    all.limit = 1000;
    QList<qint64> ids;
    for (const ArticleHeader &h : library.articles().headers(all).value())
        ids.append(h.id); // newest first
    return ids;
}

// Stores an image of `bytes` bytes for the article, file and row.
QString storeImage(Library &library, qint64 articleId, const QString &url, int bytes)
{
    const auto image = library.images().link(articleId, {QUrl(url)});
    if (!image || image.value().isEmpty())
        return {};
    const QString name = imageCacheKey(QUrl(url)) + u".png"_s;
    const QString dir = QDir(library.cacheDir()).filePath(u"images"_s);
    if (!QDir().mkpath(dir) || !writeFile(QDir(dir).filePath(name), QByteArray(bytes, 'i')))
        return {};
    if (!library.images().markStored(image.value().first().id, u"images/"_s + name, u"image/png"_s,
                                     bytes, QDateTime::currentDateTimeUtc()))
        return {};
    return QDir(dir).filePath(name);
}

} // namespace

class TestLibraryCleanup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesWhatRetentionDropsAndCountsTheBytes()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        Library &library = fixture.library();
        QVERIFY(fixture.addFeedWithArticles(u"News"_s, u"https://example.com/f"_s, 20));
        const QList<qint64> ids = articleIds(library);
        QCOMPARE(ids.size(), 20);
        const QString kept =
                storeImage(library, ids.first(), u"https://example.com/new.png"_s, 1000);
        const QString dropped =
                storeImage(library, ids.last(), u"https://example.com/old.png"_s, 5000);
        QVERIFY(!kept.isEmpty() && !dropped.isEmpty());
        const QString stray = QDir(library.cacheDir()).filePath(u"images/stray.tmp"_s);
        QVERIFY(writeFile(stray, QByteArray(700, 's')));

        RetentionPolicy policy;
        policy.maxPerFeed = 5;
        const auto report = LibraryCleanup(library).run(policy);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->removedArticles, 15);
        QCOMPARE(report->removedCacheFiles, 2);
        QCOMPARE(report->cacheBytesFreed, 5700);
        QVERIFY(report->bytesFreed() >= 5700);
        QVERIFY(report->databaseBytesBefore > 0);
        QVERIFY(report->databaseBytesAfter > 0);
        QVERIFY(QFile::exists(kept));
        QVERIFY(!QFile::exists(dropped));
        QVERIFY(!QFile::exists(stray));
        QCOMPARE(articleIds(library).size(), 5);
    }

    void leavesFilesWrittenSinceItStarted()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const QString images = QDir(library.cacheDir()).filePath(u"images"_s);
        QVERIFY(QDir().mkpath(images));
        const QString fresh = QDir(images).filePath(u"just-downloaded.png"_s);
        QVERIFY(writeFile(fresh, "png"));
        // Its row is not written yet: a clean-up in the app keeps it.
        auto report = LibraryCleanup(library).run({}, QDateTime::currentDateTime().addSecs(-600));
        QVERIFY(report.ok());
        QCOMPARE(report->removedCacheFiles, 0);
        QVERIFY(QFile::exists(fresh));
        // `masthead vacuum` (no grace) takes it.
        report = LibraryCleanup(library).run({});
        QVERIFY(report.ok());
        QCOMPARE(report->removedCacheFiles, 1);
        QCOMPARE(report->cacheBytesFreed, 3);
        QVERIFY(!QFile::exists(fresh));
    }

    void cacheLimitEvictsTheOldestImages()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        QVERIFY(fixture.addFeedWithArticles(u"News"_s, u"https://example.com/f"_s, 3));
        const QList<qint64> ids = articleIds(library);
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            files.append(
                    storeImage(library, ids.at(i), u"https://example.com/%1.png"_s.arg(i), 4000));
            QVERIFY(!files.last().isEmpty());
            QTest::qWait(5); // distinct fetch times
        }
        RetentionPolicy policy;
        policy.maxCacheBytes = 8000;
        const auto report = LibraryCleanup(library).run(policy);
        QVERIFY(report.ok());
        QCOMPARE(report->removedArticles, 0);
        QCOMPARE(report->removedCacheFiles, 1);
        QCOMPARE(report->cacheBytesFreed, 4000);
    }

    void nothingToDoFreesNothingFromTheCache()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const auto report = LibraryCleanup(fixture.library()).run({});
        QVERIFY(report.ok());
        QCOMPARE(report->removedArticles, 0);
        QCOMPARE(report->removedCacheFiles, 0);
        QCOMPARE(report->cacheBytesFreed, 0);
        QVERIFY(report->bytesFreed() >= 0);
    }
};

QTEST_GUILESS_MAIN(TestLibraryCleanup)
#include "tst_librarycleanup.moc"
