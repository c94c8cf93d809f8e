// The image cache against a real HTTP server on 127.0.0.1 and a real library.

#include "fetcher.h"
#include "imagecache.h"
#include "imagetype.h"
#include "storagethread.h"
#include "templibrary.h"
#include "testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fakePng(int size = 64)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    bytes.append(QByteArray(std::max(0, size - 8), 'p'));
    return bytes;
}

QByteArray fakeGif()
{
    return QByteArray("GIF89a") + QByteArray(40, 'g');
}

} // namespace

class TestImageCache final : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TempLibrary library;
        TestHttpServer server;
        Fetcher fetcher;
        qint64 feedId = 0;

        Fixture()
        {
            Feed feed;
            feed.url = server.url(u"/feed"_s);
            feedId = library.library().feeds().add(feed).value();
        }

        // Stores articles with these bodies; returns their ids.
        QList<qint64> articles(const QStringList &bodies)
        {
            QList<Article> list;
            for (int i = 0; i < bodies.size(); ++i) {
                Article a;
                a.guid = u"a%1"_s.arg(i);
                a.link = server.url(u"/story/%1"_s.arg(i));
                a.title = u"Story %1"_s.arg(i);
                a.contentHtml = bodies.at(i);
                list.append(a);
            }
            return library.library().articles().upsert(feedId, list, QDateTime::currentDateTimeUtc())->ids;
        }

        QString img(const QString &path) const
        {
            return u"<p>x<img src=\"%1\"></p>"_s.arg(server.url(path).toString());
        }

        CachedImage row(const QString &path)
        {
            const auto found = library.library().images().find(server.url(path)).value();
            return found ? *found : CachedImage{};
        }
    };

    static bool waitIdle(ImageCache &cache)
    {
        return QTest::qWaitFor([&] { return cache.isIdle(); }, 20000);
    }

private Q_SLOTS:
    void storesEachUrlOnceUnderItsKey()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        f.server.route(u"/a.png"_s, TestHttpServer::Response::ok(fakePng(100), "image/png"));
        f.server.route(u"/b.gif"_s, TestHttpServer::Response::ok(fakeGif(), "image/gif"));
        const QList<qint64> ids = f.articles({f.img(u"/a.png"_s), f.img(u"/a.png"_s) + f.img(u"/b.gif"_s)});
        ImageCache cache(f.library.library(), f.fetcher);
        QSignalSpy idle(&cache, &ImageCache::idle);
        QCOMPARE(cache.cacheArticles(ids), 2);
        QVERIFY(waitIdle(cache));
        QCOMPARE(idle.size(), 1);
        QCOMPARE(f.server.requestCount(u"/a.png"_s), 1);
        QCOMPARE(f.server.requestCount(u"/b.gif"_s), 1);
        QCOMPARE(cache.report().stored, 2);
        QCOMPARE(cache.report().bytes, 100 + fakeGif().size());

        const CachedImage a = f.row(u"/a.png"_s);
        QCOMPARE(a.state, CachedImage::State::Stored);
        QCOMPARE(a.mimeType, u"image/png"_s);
        QCOMPARE(a.bytes, 100);
        const QString key = imageCacheKey(f.server.url(u"/a.png"_s));
        QCOMPARE(a.localPath, u"images/%1.png"_s.arg(key));
        QFile file(QDir(cache.directory()).filePath(key + u".png"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), fakePng(100));
        QCOMPARE(QDir(f.library.library().cacheDir()).filePath(a.localPath), file.fileName());
        QCOMPARE(f.row(u"/b.gif"_s).localPath, u"images/%1.gif"_s.arg(imageCacheKey(f.server.url(u"/b.gif"_s))));

        // Again: everything is on disk already, nothing is fetched.
        QCOMPARE(cache.cacheArticles(ids), 0);
        QCOMPARE(f.library.library().images().storedUrls(ids.at(1))->size(), 2);
        QCOMPARE(f.server.totalRequests(), 2);
    }

    // Outcomes are recorded in batches: by the time the cache says it is
    // idle every row says what happened, for more images than one batch.
    void recordsEveryOutcomeBeforeIdle()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        QStringList bodies;
        const int count = ImageCache::RecordBatch * 2 + 7;
        for (int i = 0; i < count; ++i) {
            const QString path = u"/i%1.png"_s.arg(i);
            if (i % 10 == 3)
                f.server.route(path, TestHttpServer::Response::ok("not an image", "image/png"));
            else
                f.server.route(path, TestHttpServer::Response::ok(fakePng(64 + i), "image/png"));
            bodies.append(f.img(path));
        }
        const QList<qint64> ids = f.articles(bodies);
        ImageCache cache(f.library.library(), f.fetcher);
        QSignalSpy idle(&cache, &ImageCache::idle);
        QSignalSpy cached(&cache, &ImageCache::imageCached);
        QCOMPARE(cache.cacheArticles(ids), count);
        QVERIFY(QTest::qWaitFor([&] { return !idle.isEmpty(); }, 20000));
        const int bad = (count + 6) / 10;
        QCOMPARE(cache.report().stored, count - bad);
        QCOMPARE(cache.report().failed, bad);
        QCOMPARE(cached.size(), count - bad);
        for (int i = 0; i < count; ++i) {
            const CachedImage row = f.row(u"/i%1.png"_s.arg(i));
            QCOMPARE(row.state,
                     i % 10 == 3 ? CachedImage::State::Failed : CachedImage::State::Stored);
            if (row.state == CachedImage::State::Stored)
                QVERIFY(QFile::exists(
                        QDir(f.library.library().cacheDir()).filePath(row.localPath)));
        }
        QVERIFY(f.library.library().images().pending(1000).value().isEmpty());
    }

    // As in a refresh: files written beside the storage thread, rows
    // recorded on it. Idle means every file is complete on disk under its
    // key, no partial file is left, and every row says stored.
    void withAStorageThreadEveryFileIsOnDiskBeforeIdle()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        QStringList bodies;
        const int count = ImageCache::RecordBatch + 5;
        for (int i = 0; i < count; ++i) {
            const QString path = u"/s%1.png"_s.arg(i);
            f.server.route(path, TestHttpServer::Response::ok(fakePng(80 + i), "image/png"));
            bodies.append(f.img(path));
        }
        const QList<qint64> ids = f.articles(bodies);
        StorageThread storage(f.library.library().dataDir());
        ImageCache cache(f.library.library(), f.fetcher);
        cache.setStorage(storage);
        QSignalSpy cached(&cache, &ImageCache::imageCached);
        QCOMPARE(cache.cacheArticles(ids), count);
        QVERIFY(waitIdle(cache));
        QCOMPARE(cache.report().stored, count);
        QCOMPARE(cached.size(), count);
        for (int i = 0; i < count; ++i) {
            const QString path = u"/s%1.png"_s.arg(i);
            const CachedImage row = f.row(path);
            QCOMPARE(row.state, CachedImage::State::Stored);
            QCOMPARE(row.localPath, u"images/%1.png"_s.arg(imageCacheKey(f.server.url(path))));
            QFile file(QDir(f.library.library().cacheDir()).filePath(row.localPath));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), fakePng(80 + i));
        }
        QCOMPARE(QDir(cache.directory()).entryList({u"*.part"_s}, QDir::Files).size(), 0);
        QVERIFY(f.library.library().images().pending(1000).value().isEmpty());
    }

    void picksOneCandidateOfSrcsetAndPicture()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        for (const QString &p : {u"/400.png"_s, u"/800.png"_s, u"/1600.png"_s, u"/p.png"_s, u"/p.jpg"_s})
            f.server.route(p, TestHttpServer::Response::ok(fakePng(), "image/png"));
        const QString base = f.server.url(u"/"_s).toString();
        const QList<qint64> ids = f.articles(
                {u"<img src=\"BASE400.png\" srcset=\"BASE400.png 400w, BASE800.png 800w, BASE1600.png 1600w\">"
                 "<picture><source srcset=\"BASEp.png\" type=\"image/png\"><img src=\"BASEp.jpg\"></picture>"_s
                         .replace(u"BASE"_s, base)});
        ImageCache cache(f.library.library(), f.fetcher);
        QCOMPARE(cache.cacheArticles(ids), 2);
        QVERIFY(waitIdle(cache));
        QCOMPARE(f.server.requestCount(u"/800.png"_s), 1);
        QCOMPARE(f.server.requestCount(u"/p.png"_s), 1);
        QCOMPARE(f.server.totalRequests(), 2);
    }

    void rejectsWhatIsNotAnImage()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        f.server.route(u"/fake.png"_s, TestHttpServer::Response::ok("<!doctype html><script>x</script>", "image/png"));
        f.server.route(u"/v.png"_s, TestHttpServer::Response::ok("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "image/png"));
        const QList<qint64> ids = f.articles({f.img(u"/fake.png"_s) + f.img(u"/v.png"_s)});
        ImageCache cache(f.library.library(), f.fetcher);
        QCOMPARE(cache.cacheArticles(ids), 2);
        QVERIFY(waitIdle(cache));
        QCOMPARE(f.row(u"/fake.png"_s).state, CachedImage::State::Failed);
        QCOMPARE(f.row(u"/v.png"_s).state, CachedImage::State::Failed);
        QCOMPARE(cache.report().failed, 2);
        QVERIFY(QDir(cache.directory()).entryList(QDir::Files).isEmpty());
    }

    void capsTheSize()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        f.server.route(u"/big.png"_s, TestHttpServer::Response::ok(fakePng(5000), "image/png"));
        f.server.route(u"/small.png"_s, TestHttpServer::Response::ok(fakePng(500), "image/png"));
        const QList<qint64> ids = f.articles({f.img(u"/big.png"_s) + f.img(u"/small.png"_s)});
        ImageCache cache(f.library.library(), f.fetcher);
        cache.setMaxImageBytes(1000);
        QCOMPARE(cache.cacheArticles(ids), 2);
        QVERIFY(waitIdle(cache));
        QCOMPARE(f.row(u"/big.png"_s).state, CachedImage::State::TooLarge);
        QCOMPARE(f.row(u"/small.png"_s).state, CachedImage::State::Stored);
        QCOMPARE(cache.report().tooLarge, 1);
        QCOMPARE(QDir(cache.directory()).entryList(QDir::Files).size(), 1);
    }

    void recordsFailuresAndDoesNotRetryThem()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        f.server.route(u"/gone.png"_s, TestHttpServer::Response::error(404));
        const QList<qint64> ids = f.articles({f.img(u"/gone.png"_s)});
        ImageCache cache(f.library.library(), f.fetcher);
        QCOMPARE(cache.cacheArticles(ids), 1);
        QVERIFY(waitIdle(cache));
        QCOMPARE(f.row(u"/gone.png"_s).state, CachedImage::State::Failed);
        QVERIFY(f.row(u"/gone.png"_s).fetchedAt.isValid());
        QCOMPARE(cache.cacheArticles(ids), 0);
        QCOMPARE(f.server.requestCount(u"/gone.png"_s), 1);
    }

    void offlineAttemptsNothing()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        f.server.route(u"/a.png"_s, TestHttpServer::Response::ok(fakePng(), "image/png"));
        const QList<qint64> ids = f.articles({f.img(u"/a.png"_s)});
        ImageCache cache(f.library.library(), f.fetcher);
        f.fetcher.setOffline(true);
        QCOMPARE(cache.cacheArticles(ids), 0);
        QVERIFY(cache.isIdle());
        QTest::qWait(50);
        QCOMPARE(f.server.totalRequests(), 0);
        QCOMPARE(f.row(u"/a.png"_s).state, CachedImage::State::Pending);

        // Back online, the pending images are fetched.
        f.fetcher.setOffline(false);
        QCOMPARE(cache.resumePending(), 1);
        QVERIFY(waitIdle(cache));
        QCOMPARE(f.row(u"/a.png"_s).state, CachedImage::State::Stored);
    }

    void boundsConcurrency()
    {
        Fixture f;
        QVERIFY(f.library.isValid());
        QStringList bodies;
        for (int i = 0; i < 6; ++i) {
            TestHttpServer::Response r = TestHttpServer::Response::ok(fakePng(), "image/png");
            r.delayMs = 30;
            f.server.route(u"/%1.png"_s.arg(i), r);
            bodies.append(f.img(u"/%1.png"_s.arg(i)));
        }
        const QList<qint64> ids = f.articles(bodies);
        ImageCache cache(f.library.library(), f.fetcher);
        cache.setMaxConcurrent(1);
        QCOMPARE(cache.cacheArticles(ids), 6);
        QVERIFY(waitIdle(cache));
        QCOMPARE(cache.report().stored, 6);
        QCOMPARE(f.server.peakConcurrentRequests(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImageCache)
#include "tst_imagecache.moc"
