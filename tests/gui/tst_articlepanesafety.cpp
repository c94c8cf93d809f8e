// Hostile bodies in the real article pane (offscreen WebEngine): no script
// runs and nothing remote is requested, even when a body reaches the pane
// unsanitized; cached images render from masthead-cache:.

#include "articlepane.h"
#include "cacheschemehandler.h"
#include "imagetype.h"
#include "panerequestinterceptor.h"
#include "panetesthelpers.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace {

QString hostileBody(const QString &origin)
{
    // `origin` is http://127.0.0.1:PORT; every way a page can reach it.
    return uR"HTML(
<p>HOSTILE-BODY-START</p>
<script>document.title = 'pwned-script'; document.write('SCRIPT-RAN');</script>
<script src="ORIGIN/script.js"></script>
<noscript><p>NOSCRIPT-SHOWN</p></noscript>
<img src="x" onerror="document.title='pwned-onerror'">
<img src="ORIGIN/img.png">
<img srcset="ORIGIN/srcset.png 2x">
<picture><source srcset="ORIGIN/source.webp"><img src="ORIGIN/picture.jpg"></picture>
<svg><image href="ORIGIN/svg-image.png" width="10" height="10"/></svg>
<svg onload="document.title='pwned-svg'"><a href="javascript:alert(1)"><text>svg</text></a></svg>
<a id="js" href="javascript:document.title='pwned-link'">click</a>
<div style="background-image:url(ORIGIN/inline-style.png);width:10px;height:10px"></div>
<style>@import url("ORIGIN/import.css"); body { background: url(ORIGIN/style-bg.png); }
@font-face { font-family: X; src: url(ORIGIN/font.woff); } p { font-family: X; }</style>
<link rel="stylesheet" href="ORIGIN/sheet.css">
<link rel="prefetch" href="ORIGIN/prefetch">
<link rel="preload" as="image" href="ORIGIN/preload.png">
<link rel="icon" href="ORIGIN/favicon.ico">
<iframe srcdoc="&lt;img src=ORIGIN/srcdoc.png&gt;&lt;script&gt;parent.document.title='pwned-srcdoc'&lt;/script&gt;"></iframe>
<iframe src="ORIGIN/frame.html"></iframe>
<object data="ORIGIN/object.swf"></object>
<embed src="ORIGIN/embed.swf">
<video poster="ORIGIN/poster.png" src="ORIGIN/video.mp4"></video>
<audio src="ORIGIN/audio.mp3" autoplay></audio>
<input type="image" src="ORIGIN/input.png">
<table background="ORIGIN/table-bg.png"><tr><td>t</td></tr></table>
<meta http-equiv="refresh" content="0;url=ORIGIN/refresh">
<base href="ORIGIN/">
<img src="relative-after-base.png">
<form action="ORIGIN/form" method="post"><button id="b">go</button></form>
<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">m</maction></math>
<p>HOSTILE-BODY-END</p>
)HTML"_s.replace(u"ORIGIN"_s, origin);
}

} // namespace

class TestArticlePaneSafety final : public QObject
{
    Q_OBJECT

    static ArticlePageData page(const QString &body)
    {
        ArticlePageData data;
        data.articleId = 1;
        data.headline = u"Safe headline"_s;
        data.bodyHtml = body;
        data.link = QUrl(u"https://example.com/story"_s);
        return data;
    }

    static bool show(ArticlePane &pane, const ArticlePageData &data)
    {
        QSignalSpy loaded(&pane, &ArticlePane::loadFinished);
        pane.showArticle(data);
        return QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000) && loaded.first().first().toBool();
    }

private Q_SLOTS:
    void hostileBodyRunsNothingAndRequestsNothing()
    {
        TestHttpServer server;
        QVERIFY(server.isListening());
        server.setFallback([](const TestHttpServer::Request &) {
            return TestHttpServer::Response::ok("<script>document.title='pwned-remote'</script>", "text/html");
        });
        const QString origin = u"http://127.0.0.1:%1"_s.arg(server.port());

        ArticlePane pane;
        pane.resize(800, 2000);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(show(pane, page(hostileBody(origin))));
        // Time for anything that would go out late: the meta refresh, lazy
        // images, style sheets, fonts.
        QVERIFY(PaneTest::waitForImages(pane.view()));
        QTest::qWait(1000);

        const QString text = PaneTest::plainText(pane.view());
        QVERIFY2(text.contains(u"HOSTILE-BODY-START") && text.contains(u"HOSTILE-BODY-END"), qPrintable(text));
        QVERIFY2(text.contains(u"NOSCRIPT-SHOWN"), "noscript content shows only when scripting is off");
        QVERIFY(!text.contains(u"SCRIPT-RAN"));
        QCOMPARE(pane.view()->page()->title(), u"Safe headline"_s);
        QCOMPARE(PaneTest::evaluate(pane.view(), u"document.title"_s).toString(), u"Safe headline"_s);
        QCOMPARE(PaneTest::evaluate(pane.view(), u"document.body.innerText.includes('SCRIPT-RAN')"_s).toBool(), false);
        // Still the page we loaded: the meta refresh did not navigate.
        QVERIFY(PaneTest::evaluate(pane.view(), u"document.body.innerText"_s).toString().contains(u"HOSTILE-BODY-END"));

        QCOMPARE(server.totalRequests(), 0);
        QCOMPARE(server.connectionCount(), 0);
        for (const QUrl &url : pane.requestInterceptor()->blocked())
            QVERIFY2(url.scheme() != imageCacheScheme(), qPrintable(url.toString()));

        // A click on a javascript: link does nothing either.
        QSignalSpy external(&pane, &ArticlePane::externalLinkRequested);
        const QVariant rect = PaneTest::evaluate(
                pane.view(), u"(function(){var r=document.getElementById('js').getBoundingClientRect();"
                             "return [r.left + 2, r.top + 2];})()"_s);
        const QVariantList xy = rect.toList();
        if (xy.size() == 2) {
            QWidget *target = pane.view()->focusProxy() ? pane.view()->focusProxy() : pane.view();
            QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(xy[0].toInt(), xy[1].toInt()));
            QTest::qWait(300);
        }
        QCOMPARE(pane.view()->page()->title(), u"Safe headline"_s);
        QVERIFY(external.isEmpty());
        QCOMPARE(server.totalRequests(), 0);
    }

    // The page template's Content-Security-Policy already refuses remote
    // loads; a page without it shows that the interceptor refuses them too.
    void interceptorBlocksWhatNoPolicyStops()
    {
        TestHttpServer server;
        QVERIFY(server.isListening());
        const QString origin = u"http://127.0.0.1:%1"_s.arg(server.port());
        ArticlePane pane;
        pane.resize(800, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy loaded(pane.view()->page(), &QWebEnginePage::loadFinished);
        pane.view()->page()->setHtml(
                u"<html><head><link rel=stylesheet href='ORIGIN/sheet.css'></head><body><p>NO-CSP</p>"
                "<img src='ORIGIN/a.png'><div style='background:url(ORIGIN/bg.png);height:9px'></div>"
                "<iframe src='ORIGIN/frame'></iframe></body></html>"_s.replace(u"ORIGIN"_s, origin),
                QUrl(u"masthead-article:page"_s));
        QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000));
        QVERIFY(PaneTest::waitForImages(pane.view()));
        QTest::qWait(500);
        QVERIFY(PaneTest::plainText(pane.view()).contains(u"NO-CSP"));
        QCOMPARE(server.totalRequests(), 0);
        QCOMPARE(server.connectionCount(), 0);
        const QList<QUrl> blocked = pane.requestInterceptor()->blocked();
        QVERIFY2(blocked.contains(QUrl(origin + u"/a.png"_s)), qPrintable(QDebug::toString(blocked)));
        QVERIFY(blocked.contains(QUrl(origin + u"/sheet.css"_s)));
    }

    void interceptorAllowsOnlyLocalSchemes()
    {
        using Info = QWebEngineUrlRequestInfo;
        const QString key = QString(64, u'a');
        QVERIFY(PaneRequestInterceptor::isAllowed(QUrl(u"masthead-cache:"_s + key), Info::ResourceTypeImage));
        QVERIFY(!PaneRequestInterceptor::isAllowed(QUrl(u"masthead-cache:"_s + key), Info::ResourceTypeSubFrame));
        QVERIFY(PaneRequestInterceptor::isAllowed(QUrl(u"data:text/html,x"_s), Info::ResourceTypeMainFrame));
        QVERIFY(PaneRequestInterceptor::isAllowed(QUrl(u"data:image/png;base64,AA=="_s), Info::ResourceTypeImage));
        QVERIFY(!PaneRequestInterceptor::isAllowed(QUrl(u"data:text/css,x"_s), Info::ResourceTypeStylesheet));
        QVERIFY(!PaneRequestInterceptor::isAllowed(QUrl(u"data:text/html,x"_s), Info::ResourceTypeSubFrame));
        QVERIFY(PaneRequestInterceptor::isAllowed(QUrl(u"about:blank"_s), Info::ResourceTypeSubFrame));
        for (const QString &url : {u"http://127.0.0.1/x.png"_s, u"https://example.com/x.png"_s,
                                   u"file:///etc/passwd"_s, u"ftp://example.com/x"_s, u"ws://example.com/"_s,
                                   u"qrc:/article/article.css"_s, u"blob:null/1"_s, u"javascript:alert(1)"_s}) {
            for (auto type : {Info::ResourceTypeImage, Info::ResourceTypeMainFrame, Info::ResourceTypeStylesheet,
                              Info::ResourceTypeSubFrame, Info::ResourceTypePrefetch, Info::ResourceTypePing})
                QVERIFY2(!PaneRequestInterceptor::isAllowed(QUrl(url), type), qPrintable(url));
        }
    }

    void remoteImageFlagLetsOnlyHttpImagesThrough()
    {
        using Info = QWebEngineUrlRequestInfo;
        const QUrl http(u"http://127.0.0.1:9/x.png"_s);
        const QUrl https(u"https://example.com/x.png"_s);
        QVERIFY(PaneRequestInterceptor::isAllowed(http, Info::ResourceTypeImage, true));
        QVERIFY(PaneRequestInterceptor::isAllowed(https, Info::ResourceTypeImage, true));
        QVERIFY(!PaneRequestInterceptor::isAllowed(http, Info::ResourceTypeImage, false));
        QVERIFY(!PaneRequestInterceptor::isAllowed(https, Info::ResourceTypeImage));
        for (auto type : {Info::ResourceTypeMainFrame, Info::ResourceTypeSubFrame, Info::ResourceTypeStylesheet,
                          Info::ResourceTypeScript, Info::ResourceTypeFontResource, Info::ResourceTypeSubResource,
                          Info::ResourceTypeObject, Info::ResourceTypeMedia, Info::ResourceTypeWorker,
                          Info::ResourceTypeSharedWorker, Info::ResourceTypePrefetch, Info::ResourceTypeFavicon,
                          Info::ResourceTypeXhr, Info::ResourceTypePing, Info::ResourceTypeServiceWorker,
                          Info::ResourceTypeCspReport, Info::ResourceTypePluginResource,
                          Info::ResourceTypeNavigationPreloadMainFrame, Info::ResourceTypeNavigationPreloadSubFrame,
                          Info::ResourceTypeWebSocket, Info::ResourceTypeUnknown}) {
            QVERIFY(!PaneRequestInterceptor::isAllowed(http, type, true));
            QVERIFY(!PaneRequestInterceptor::isAllowed(https, type, true));
        }
        for (const QString &url : {u"file:///etc/passwd"_s, u"ftp://example.com/x.png"_s, u"ws://example.com/"_s,
                                   u"wss://example.com/"_s, u"qrc:/article/article.css"_s, u"blob:null/1"_s,
                                   u"javascript:alert(1)"_s, u"http:x.png"_s, u"filesystem:http://e.com/x"_s})
            QVERIFY2(!PaneRequestInterceptor::isAllowed(QUrl(url), Info::ResourceTypeImage, true), qPrintable(url));

        PaneRequestInterceptor interceptor;
        QVERIFY(!interceptor.remoteImagesAllowed());
        interceptor.setRemoteImagesAllowed(true);
        QVERIFY(interceptor.remoteImagesAllowed());
        interceptor.setRemoteImagesAllowed(false);
        QVERIFY(!interceptor.remoteImagesAllowed());
    }

    void cachedImageRendersFromTheCacheScheme()
    {
        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        const QString key = imageCacheKey(QUrl(u"https://example.com/red.png"_s));
        QFile file(cache.filePath(key + u".png"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(PaneTest::solidPng(Qt::red, 40, 30));
        file.close();

        ArticlePane pane;
        pane.setImageCacheDirectory(cache.path());
        pane.resize(800, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QString missing = QString(64, u'b');
        QVERIFY(show(pane, page(u"<p>pic</p><img id=\"red\" src=\"masthead-cache:%1\">"
                                "<img id=\"missing\" src=\"masthead-cache:%2\">"
                                "<img id=\"escape\" src=\"masthead-cache:../../../etc/passwd\">"_s
                                        .arg(key, missing))));
        QVERIFY(PaneTest::waitForImages(pane.view()));
        const auto size = [&](const QString &id) {
            return PaneTest::evaluate(pane.view(), u"(function(){var i=document.getElementById('%1');"
                                                   "return i.naturalWidth + 'x' + i.naturalHeight;})()"_s.arg(id))
                    .toString();
        };
        QCOMPARE(size(u"red"_s), u"40x30"_s);
        QCOMPARE(size(u"missing"_s), u"0x0"_s);
        QCOMPARE(size(u"escape"_s), u"0x0"_s);
        QVERIFY(pane.requestInterceptor()->blocked().isEmpty());
    }

    void handlerServesOnlyKeysInsideItsFolder()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QDir(root.path()).mkdir(u"images"_s);
        const QString dir = root.filePath(u"images"_s);
        const QString key = QString(64, u'c');
        QFile png(dir + u'/' + key + u".png"_s);
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write("x");
        png.close();
        QFile outside(root.filePath(u"secret.png"_s));
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.write("secret");
        outside.close();
        const QString linkKey = QString(64, u'd');
        QVERIFY(QFile::link(outside.fileName(), dir + u'/' + linkKey + u".png"_s));
        QFile svg(dir + u'/' + QString(64, u'e') + u".svg"_s);
        QVERIFY(svg.open(QIODevice::WriteOnly));
        svg.close();

        CacheSchemeHandler handler;
        QVERIFY(handler.fileFor(key).isEmpty()); // no folder yet
        handler.setDirectory(dir);
        QCOMPARE(QFileInfo(handler.fileFor(key)).fileName(), key + u".png"_s);
        QVERIFY(handler.fileFor(linkKey).isEmpty());
        QVERIFY(handler.fileFor(QString(64, u'e')).isEmpty());
        QVERIFY(handler.fileFor(u"../secret"_s).isEmpty());
        QVERIFY(handler.fileFor(key.toUpper()).isEmpty());
    }
};

int main(int argc, char **argv)
{
    CacheSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestArticlePaneSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_articlepanesafety.moc"
