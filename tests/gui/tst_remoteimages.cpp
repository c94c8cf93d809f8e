// "Load Remote Images" in the real article pane (offscreen WebEngine) against
// a local server: by default an image that is not stored offline is never
// requested; a page built with remoteImages fetches it, and still nothing
// else (scripts, style sheets, frames, prefetches, media) leaves; the next
// page shown blocks images again.

#include "articlepane.h"
#include "cacheschemehandler.h"
#include "panerequestinterceptor.h"
#include "panetesthelpers.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace {

QStringList requestedPaths(const TestHttpServer &server)
{
    QStringList paths;
    for (const TestHttpServer::Request &r : server.requests())
        paths.append(r.path);
    return paths;
}

} // namespace

class TestRemoteImages final : public QObject
{
    Q_OBJECT

    static ArticlePageData page(qint64 id, const QString &body)
    {
        ArticlePageData data;
        data.articleId = id;
        data.headline = u"Safe headline"_s;
        data.bodyHtml = body;
        data.link = QUrl(u"https://example.com/story"_s);
        data.uncachedImageCount = 1;
        return data;
    }

    static bool show(ArticlePane &pane, const ArticlePageData &data)
    {
        QSignalSpy loaded(&pane, &ArticlePane::loadFinished);
        pane.showArticle(data);
        return QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000) && loaded.first().first().toBool();
    }

    static int naturalWidth(ArticlePane &pane)
    {
        return PaneTest::evaluate(pane.view(), u"document.getElementById('remote').naturalWidth"_s).toInt();
    }

private Q_SLOTS:
    void remoteImagesLoadOnlyForThePageThatAsks()
    {
        TestHttpServer server;
        QVERIFY(server.isListening());
        server.route(u"/x.png"_s, TestHttpServer::Response::ok(PaneTest::solidPng(Qt::green, 24, 12), "image/png"));
        server.route(u"/y.png"_s, TestHttpServer::Response::ok(PaneTest::solidPng(Qt::green, 6, 6), "image/png"));
        server.setFallback([](const TestHttpServer::Request &) {
            return TestHttpServer::Response::ok("document.title='pwned-remote'", "text/javascript");
        });
        const QString origin = u"http://127.0.0.1:%1"_s.arg(server.port());
        // Unsanitized on purpose: the page policy and the interceptor alone
        // must keep the script, style sheet, frame and prefetch home.
        const auto body = [&](const QString &image) {
            return uR"HTML(<p>REMOTE-START</p><img id="remote" src="ORIGIN/IMAGE">
<script src="ORIGIN/script.js"></script><script>document.title = 'pwned-inline';</script>
<link rel="stylesheet" href="ORIGIN/sheet.css"><link rel="prefetch" href="ORIGIN/prefetch">
<iframe src="ORIGIN/frame.html"></iframe><object data="ORIGIN/object.swf"></object>
<video src="ORIGIN/video.mp4"></video><p>REMOTE-END</p>)HTML"_s.replace(u"ORIGIN"_s, origin)
                    .replace(u"IMAGE"_s, image);
        };

        ArticlePane pane;
        pane.resize(800, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        // Blocked by default.
        const ArticlePageData blocked = page(1, body(u"x.png"_s));
        QVERIFY(show(pane, blocked));
        QVERIFY(PaneTest::waitForImages(pane.view()));
        QTest::qWait(200);
        QVERIFY(PaneTest::plainText(pane.view()).contains(u"REMOTE-END"));
        QCOMPARE(server.totalRequests(), 0);
        QCOMPARE(naturalWidth(pane), 0);
        QVERIFY(!pane.remoteImagesShown());
        QCOMPARE(pane.uncachedImageCount(), 1);
        QVERIFY(!pane.requestInterceptor()->remoteImagesAllowed());

        // The person loads them: the image comes, nothing else does.
        ArticlePageData remote = blocked;
        remote.remoteImages = true;
        QVERIFY(show(pane, remote));
        QVERIFY(pane.requestInterceptor()->remoteImagesAllowed());
        QVERIFY(pane.remoteImagesShown());
        QTRY_COMPARE_WITH_TIMEOUT(naturalWidth(pane), 24, 20000);
        QTest::qWait(200);
        QCOMPARE(requestedPaths(server), QStringList{u"/x.png"_s});
        QVERIFY(!server.lastRequest(u"/x.png"_s).hasHeader("Cookie"));
        QVERIFY(!server.lastRequest(u"/x.png"_s).hasHeader("Referer"));
        QCOMPARE(pane.view()->page()->title(), u"Safe headline"_s);
        QVERIFY(!PaneTest::plainText(pane.view()).contains(u"pwned"));

        // Another article: blocked again, even on the same server.
        QVERIFY(show(pane, page(2, body(u"y.png"_s))));
        QVERIFY(!pane.requestInterceptor()->remoteImagesAllowed());
        QVERIFY(!pane.remoteImagesShown());
        QVERIFY(PaneTest::waitForImages(pane.view()));
        QTest::qWait(200);
        QCOMPARE(naturalWidth(pane), 0);
        QCOMPARE(requestedPaths(server), QStringList{u"/x.png"_s});

        // A message in the pane resets it too.
        pane.requestInterceptor()->setRemoteImagesAllowed(true);
        pane.showMessage(u"m"_s, u"t"_s);
        QVERIFY(!pane.requestInterceptor()->remoteImagesAllowed());
    }

    // With the page policy out of the way, the flag alone still lets only
    // images out.
    void interceptorFlagAloneStopsEverythingButImages()
    {
        TestHttpServer server;
        QVERIFY(server.isListening());
        server.route(u"/a.png"_s, TestHttpServer::Response::ok(PaneTest::solidPng(Qt::blue, 5, 7), "image/png"));
        const QString origin = u"http://127.0.0.1:%1"_s.arg(server.port());
        ArticlePane pane;
        pane.resize(800, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.requestInterceptor()->setRemoteImagesAllowed(true);
        QSignalSpy loaded(pane.view()->page(), &QWebEnginePage::loadFinished);
        pane.view()->page()->setHtml(
                u"<html><head><link rel=stylesheet href='ORIGIN/sheet.css'><script src='ORIGIN/s.js'></script>"
                "</head><body><p>NO-CSP</p><img src='ORIGIN/a.png'><iframe src='ORIGIN/frame'></iframe>"
                "<link rel=prefetch href='ORIGIN/prefetch'><video src='ORIGIN/v.mp4'></video></body></html>"_s
                        .replace(u"ORIGIN"_s, origin),
                QUrl(u"masthead-article:page"_s));
        QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000));
        QVERIFY(PaneTest::waitForImages(pane.view()));
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(u"/a.png"_s), 1, 10000);
        QTest::qWait(300);
        QCOMPARE(requestedPaths(server), QStringList{u"/a.png"_s});
        const QList<QUrl> blocked = pane.requestInterceptor()->blocked();
        QVERIFY2(blocked.contains(QUrl(origin + u"/sheet.css"_s)), qPrintable(QDebug::toString(blocked)));
        QVERIFY(!blocked.contains(QUrl(origin + u"/a.png"_s)));
    }
};

int main(int argc, char **argv)
{
    CacheSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestRemoteImages test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_remoteimages.moc"
