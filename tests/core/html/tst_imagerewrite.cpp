#include "html/htmlsanitizer.h"
#include "html/imagerewrite.h"
#include "imagetype.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString cacheUrl(const QString &url)
{
    return imageCacheUrl(imageCacheKey(QUrl(url)));
}

// The number of distinct remote images the pane would leave out: what
// "Load Remote Images" would fetch.
int uncachedCount(QStringView html, const QUrl &base, const std::function<bool(const QUrl &)> &isCached)
{
    int missing = -1;
    rewriteImagesForCache(html, base, isCached, UncachedImages::Remove, &missing);
    return missing;
}

} // namespace

class TestImageRewrite final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cachedImagesPointAtTheCache()
    {
        const QString html = u"<p>a<img src=\"https://ex.com/a.png\" alt=\"A\" width=\"40\"></p>"_s;
        const QString out = rewriteImagesForCache(html, QUrl(), [](const QUrl &) { return true; });
        QCOMPARE(out, u"<p>a<img src=\"%1\" alt=\"A\" width=\"40\"></p>"_s.arg(cacheUrl(u"https://ex.com/a.png"_s)));
    }

    void remoteImagesNotCachedAreRemoved()
    {
        const QString html = u"<p>text<img src=\"https://ex.com/a.png\"><img src=\"https://ex.com/b.png\"></p>"_s;
        const QString out = rewriteImagesForCache(html, QUrl(), [](const QUrl &url) {
            return url.path() == u"/b.png";
        });
        QVERIFY(!out.contains(u"ex.com"));
        QCOMPARE(out.count(u"<img"), 1);
        QVERIFY(out.contains(cacheUrl(u"https://ex.com/b.png"_s)));
        QVERIFY(out.contains(u"text"));
        // No callback: nothing is cached, nothing remote stays.
        QCOMPARE(rewriteImagesForCache(html, QUrl(), {}), u"<p>text</p>"_s);
    }

    void relativeUrlsResolveAgainstTheArticle()
    {
        QUrl seen;
        const QString out = rewriteImagesForCache(u"<img src=\"../img/x.jpg\">"_s, QUrl(u"https://ex.com/news/a/story"_s),
                                                  [&](const QUrl &url) {
                                                      seen = url;
                                                      return true;
                                                  });
        QCOMPARE(seen, QUrl(u"https://ex.com/news/img/x.jpg"_s));
        QVERIFY(out.contains(cacheUrl(u"https://ex.com/news/img/x.jpg"_s)));
    }

    void srcsetIsReducedToTheCachedCandidate()
    {
        const QString html = u"<img src=\"https://ex.com/s.jpg\" srcset=\"https://ex.com/400.jpg 400w, "
                             "https://ex.com/800.jpg 800w, https://ex.com/1600.jpg 1600w\">"_s;
        const QList<QUrl> wanted = imageUrls(html, QUrl());
        QCOMPARE(wanted, QList<QUrl>{QUrl(u"https://ex.com/800.jpg"_s)});
        const QSet<QUrl> cached{wanted.first()};
        const QString out = rewriteImagesForCache(html, QUrl(), [&](const QUrl &url) { return cached.contains(url); });
        QCOMPARE(out, u"<img src=\"%1\">"_s.arg(cacheUrl(u"https://ex.com/800.jpg"_s)));
        QVERIFY(!out.contains(u"srcset"));
    }

    void pictureIsReducedToOneImage()
    {
        const QString html = u"<picture><source type=\"image/svg+xml\" srcset=\"https://ex.com/v.svg\">"
                             "<source srcset=\"https://ex.com/p.webp 1x, https://ex.com/p2.webp 2x\" type=\"image/webp\">"
                             "<img src=\"https://ex.com/p.jpg\" alt=\"P\"></picture>"_s;
        const QList<QUrl> wanted = imageUrls(html, QUrl());
        QCOMPARE(wanted.size(), 1);
        const QString out = rewriteImagesForCache(html, QUrl(), [&](const QUrl &url) { return url == wanted.first(); });
        QCOMPARE(out, u"<img src=\"%1\" alt=\"P\">"_s.arg(imageCacheUrl(imageCacheKey(wanted.first()))));
        QVERIFY(!out.contains(u"<source"));
        QVERIFY(!out.contains(u"picture"));
    }

    void dataImagesStay()
    {
        const QString data = u"data:image/png;base64,iVBORw0KGgo="_s;
        const QString out = rewriteImagesForCache(u"<img src=\"%1\">"_s.arg(data), QUrl(), {});
        QCOMPARE(out, u"<img src=\"%1\">"_s.arg(data));
        QVERIFY(rewriteImagesForCache(u"<img src=\"data:image/svg+xml,<svg/>\">"_s, QUrl(), {}).isEmpty());
    }

    void everyCollectedUrlIsRewritten()
    {
        // What the cache collects (imageUrls) is exactly what the rewrite maps.
        const QString html = u"<figure><img data-src=\"/lazy.png\"><figcaption>c</figcaption></figure>"
                             "<img srcset=\"/a.png 1x, /a2.png 2x\"><img src=\"https://cdn.ex.com/b.gif\">"
                             "<picture><source srcset=\"/c.avif\" type=\"image/avif\"><img src=\"/c.jpg\"></picture>"_s;
        const QUrl base(u"https://ex.com/story"_s);
        const QList<QUrl> urls = imageUrls(html, base);
        QCOMPARE(urls.size(), 4);
        const QSet<QUrl> cached(urls.cbegin(), urls.cend());
        const QString out = rewriteImagesForCache(html, base, [&](const QUrl &url) { return cached.contains(url); });
        QCOMPARE(out.count(u"src=\"masthead-cache:"), 4);
        QVERIFY(!out.contains(u"http"));
        for (const QUrl &url : urls)
            QVERIFY(out.contains(imageCacheUrl(imageCacheKey(url))));
    }

    void uncachedImagesCanBeKeptAsRemoteUrls()
    {
        const QString html = u"<p>t<img src=\"/a.png\" alt=\"A\"><img src=\"https://ex.com/b.png\">"
                             "<img srcset=\"/s1.png 1x, /s2.png 2x\">"
                             "<picture><source srcset=\"/p.webp\" type=\"image/webp\"><img src=\"/p.jpg\"></picture>"
                             "<img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>"_s;
        const QUrl base(u"https://ex.com/news/story"_s);
        const auto cachedB = [](const QUrl &url) { return url.path() == u"/b.png"; };
        int missing = -1;
        const QString out = rewriteImagesForCache(html, base, cachedB, UncachedImages::KeepRemote, &missing);
        QCOMPARE(missing, 3);
        QVERIFY2(out.contains(u"<img src=\"https://ex.com/a.png\" alt=\"A\">"_s), qPrintable(out));
        QVERIFY(out.contains(cacheUrl(u"https://ex.com/b.png"_s)));
        QVERIFY(!out.contains(u"https://ex.com/b.png"_s));
        // srcset and <picture> still come down to the one candidate.
        QCOMPARE(out.count(u"<img"), 5);
        QCOMPARE(out.count(u"https://ex.com/s"_s), 1);
        QCOMPARE(out.count(u"https://ex.com/p."_s), 1);
        QVERIFY(!out.contains(u"srcset"));
        QVERIFY(!out.contains(u"<source"));
        QVERIFY(out.contains(u"data:image/png"));
        QCOMPARE(uncachedCount(html, base, cachedB), 3);

        // The default removes them, and counts them just the same.
        missing = -1;
        const QString blocked = rewriteImagesForCache(html, base, cachedB, UncachedImages::Remove, &missing);
        QCOMPARE(missing, 3);
        QCOMPARE(blocked.count(u"<img"), 2);
        QVERIFY(!blocked.contains(u"http"));
        QCOMPARE(rewriteImagesForCache(html, base, cachedB), blocked);
    }

    void keepingRemoteImagesKeepsNoOtherScheme()
    {
        const QString html = u"<img src=\"file:///etc/passwd\"><img src=\"ftp://ex.com/a.png\">"
                             "<img src=\"javascript:alert(1)\"><img src=\"relative.png\">"
                             "<img src=\"data:image/svg+xml,&lt;svg/&gt;\"><img src=\"blob:null/1\">"
                             "<img src=\"//cdn.ex.com/x.png\"><img src=\"HTTP://EX.COM/Y.PNG\">"_s;
        int missing = -1;
        // No base URL: relative and protocol-relative URLs cannot become http(s).
        const QString out = rewriteImagesForCache(html, QUrl(), {}, UncachedImages::KeepRemote, &missing);
        QCOMPARE(missing, 1);
        QCOMPARE(out.count(u"<img"), 1);
        QVERIFY2(out.contains(u"src=\"http://ex.com/Y.PNG\""_s), qPrintable(out));
        for (const auto bad : {u"file:", u"ftp:", u"javascript:", u"relative", u"svg", u"blob:", u"cdn.ex.com"})
            QVERIFY2(!out.contains(bad), qPrintable(out));
        // Against the article's URL the relative ones resolve to https and stay.
        const QString based = rewriteImagesForCache(html, QUrl(u"https://ex.com/a/"_s), {},
                                                    UncachedImages::KeepRemote, &missing);
        QCOMPARE(missing, 3);
        QVERIFY(based.contains(u"src=\"https://ex.com/a/relative.png\""_s));
        QVERIFY(based.contains(u"src=\"https://cdn.ex.com/x.png\""_s));
        QVERIFY(!based.contains(u"file:") && !based.contains(u"javascript:"));
    }

    void countsDistinctUncachedImages()
    {
        const QString html = u"<img src=\"https://ex.com/a.png\"><img src=\"https://ex.com/a.png\">"
                             "<img src=\"https://ex.com/b.png\"><img src=\"data:image/gif;base64,R0lGOD==\">"_s;
        QCOMPARE(uncachedCount(html, QUrl(), {}), 2);
        QCOMPARE(uncachedCount(html, QUrl(), [](const QUrl &) { return true; }), 0);
        QCOMPARE(uncachedCount(u"<p>no images</p>"_s, QUrl(), {}), 0);
        int missing = -1;
        rewriteImagesForCache(html, QUrl(), [](const QUrl &url) { return url.path() == u"/a.png"; },
                              UncachedImages::Remove, &missing);
        QCOMPARE(missing, 1);
    }

    void otherMarkupIsUntouched()
    {
        const QString html = u"<h2>T</h2><p>One <a href=\"https://ex.com/\" rel=\"noopener noreferrer\">link</a></p>"
                             "<ul><li>x</li></ul>"_s;
        QCOMPARE(rewriteImagesForCache(html, QUrl(), {}), html);
    }
};

QTEST_APPLESS_MAIN(TestImageRewrite)
#include "tst_imagerewrite.moc"
