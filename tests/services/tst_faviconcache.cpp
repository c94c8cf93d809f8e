// Site icons against the local test server: the page's <link rel="icon">,
// the /favicon.ico fallback, fetched once and kept on disk (read offline by
// a new cache over the same folder), a site without one remembered, and
// what is not an image refused.

#include "faviconcache.h"
#include "fetcher.h"
#include "testhttpserver.h"

#include <QFile>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A 1×1 PNG.
QByteArray png()
{
    return QByteArray("\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\x0d\x49\x44\x41\x54\x78\x9c\x63\x60\x60\xf8\xff\x1f\x00\x03\x02\x01\xff\xe6\x77\x0b\xae\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82", 70);
}

// A minimal ICO header and directory entry pointing at a PNG image.
QByteArray ico()
{
    const QByteArray image = png();
    QByteArray bytes("\0\0\1\0\1\0", 6);
    QByteArray entry(16, '\0');
    entry[0] = 16;
    entry[1] = 16;
    entry[4] = 1;
    entry[6] = 32;
    const quint32 size = quint32(image.size());
    const quint32 offset = 6 + 16;
    for (int i = 0; i < 4; ++i) {
        entry[8 + i] = char((size >> (8 * i)) & 0xff);
        entry[12 + i] = char((offset >> (8 * i)) & 0xff);
    }
    return bytes + entry + image;
}

} // namespace

class TestFaviconCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePageIconIsFetchedOnceAndKept()
    {
        TestHttpServer server;
        server.route(u"/"_s, TestHttpServer::Response::ok(
                                     "<html><head><link rel=\"shortcut icon\" href=\"/static/logo.png\"></head></html>",
                                     "text/html"));
        server.route(u"/static/logo.png"_s, TestHttpServer::Response::ok(png(), "image/png"));
        QTemporaryDir dir;
        Fetcher fetcher;
        FaviconCache cache(fetcher, dir.path() + u"/favicons"_s);
        const QUrl feed = server.url(u"/feed.xml"_s);
        QVERIFY(cache.iconFile(feed).isEmpty());
        QSignalSpy stored(&cache, &FaviconCache::iconStored);
        cache.ensure(feed);
        cache.ensure(feed); // asked once
        QVERIFY(stored.wait(10000));
        QVERIFY(!cache.iconFile(feed).isEmpty());
        QFile file(cache.iconFile(feed));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), png());
        QCOMPARE(server.requestCount(u"/static/logo.png"_s), 1);
        QCOMPARE(server.requestCount(u"/favicon.ico"_s), 0);
        // Another session over the same folder, offline: the icon is there,
        // nothing is asked.
        Fetcher offline;
        offline.setOffline(true);
        FaviconCache later(offline, dir.path() + u"/favicons"_s);
        QVERIFY(!later.iconFile(server.url(u"/other/path"_s)).isEmpty());
        later.ensure(feed);
        QTest::qWait(200);
        QCOMPARE(server.requestCount(u"/"_s), 1);
    }

    void faviconIcoIsTheFallback()
    {
        TestHttpServer server;
        server.route(u"/"_s, TestHttpServer::Response::ok("<html><head><title>No icon named</title></head></html>",
                                                          "text/html"));
        server.route(u"/favicon.ico"_s, TestHttpServer::Response::ok(ico(), "image/x-icon"));
        QTemporaryDir dir;
        Fetcher fetcher;
        FaviconCache cache(fetcher, dir.path());
        QSignalSpy stored(&cache, &FaviconCache::iconStored);
        cache.ensure(server.url(u"/rss"_s));
        QVERIFY(stored.wait(10000));
        QVERIFY(!cache.iconFile(server.url(u"/rss"_s)).isEmpty());
    }

    // No icon anywhere, or HTML where the icon should be: nothing stored,
    // and the site is not asked again, even by the next session.
    void aSiteWithoutAnIconIsRemembered()
    {
        TestHttpServer server;
        server.route(u"/"_s, TestHttpServer::Response::ok(
                                     "<html><head><link rel=icon href=/icon.png></head></html>", "text/html"));
        server.route(u"/icon.png"_s, TestHttpServer::Response::ok("<html>not an image</html>", "image/png"));
        server.route(u"/favicon.ico"_s, TestHttpServer::Response::error(404));
        QTemporaryDir dir;
        Fetcher fetcher;
        {
            FaviconCache cache(fetcher, dir.path());
            cache.ensure(server.url(u"/feed"_s));
            QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(u"/favicon.ico"_s), 1, 10000);
            QTest::qWait(200);
            QVERIFY(cache.iconFile(server.url(u"/feed"_s)).isEmpty());
        }
        FaviconCache next(fetcher, dir.path());
        next.ensure(server.url(u"/feed"_s));
        QTest::qWait(300);
        QCOMPARE(server.requestCount(u"/"_s), 1);
        QVERIFY(next.iconFile(server.url(u"/feed"_s)).isEmpty());
    }

    // A refused connection is no answer: tried again by the next session.
    void anUnreachableSiteIsTriedAgainLater()
    {
        QTemporaryDir dir;
        Fetcher fetcher;
        FaviconCache cache(fetcher, dir.path());
        cache.ensure(QUrl(u"http://127.0.0.1:1/feed"_s));
        QTest::qWait(1500);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestFaviconCache)
#include "tst_faviconcache.moc"
