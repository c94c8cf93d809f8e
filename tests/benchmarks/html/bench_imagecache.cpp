// Image cache throughput: articles whose bodies name images served by a
// local HTTP server, cached through the real Fetcher into a real library.
// Prints one JSON document: images/s and MB/s, for cold downloads and for a
// second pass where everything is already cached.

#include "fetcher.h"
#include "imagecache.h"
#include "templibrary.h"
#include "testhttpserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int Articles = 200;
    constexpr int ImagesPerArticle = 4;
    constexpr int DistinctImages = 600; // some articles share pictures
    constexpr int ImageBytes = 64 * 1024;

    TempLibrary fixture;
    // The server answers from its own thread, as a remote host would.
    QThread serverThread;
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    serverThread.start();
    std::unique_ptr<TestHttpServer> server;
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.append(QByteArray(ImageBytes - png.size(), 'p'));
    QMetaObject::invokeMethod(&serverContext, [&] {
        server = std::make_unique<TestHttpServer>();
        server->setMaxRecordedRequests(100);
        server->setFallback([png](const TestHttpServer::Request &) {
            return TestHttpServer::Response::ok(png, "image/png");
        });
    }, Qt::BlockingQueuedConnection);

    Feed feed;
    feed.url = server->url(u"/feed"_s);
    const qint64 feedId = fixture.library().feeds().add(feed).value();
    QList<Article> articles;
    for (int a = 0; a < Articles; ++a) {
        Article article;
        article.guid = u"a%1"_s.arg(a);
        article.link = server->url(u"/story/%1"_s.arg(a));
        article.title = u"Story %1"_s.arg(a);
        QString body = u"<p>Text</p>"_s;
        for (int i = 0; i < ImagesPerArticle; ++i)
            body += u"<img src=\"%1\">"_s.arg(
                    server->url(u"/img/%1.png"_s.arg((a * ImagesPerArticle + i) % DistinctImages)).toString());
        article.contentHtml = body;
        articles.append(article);
    }
    const QList<qint64> ids = fixture.library().articles().upsert(feedId, articles, QDateTime::currentDateTimeUtc())->ids;

    Fetcher fetcher;
    ImageCache cache(fixture.library(), fetcher);
    const auto pass = [&](bool &ok) {
        QElapsedTimer clock;
        clock.start();
        cache.cacheArticles(ids);
        ok = QTest::qWaitFor([&] { return cache.isIdle(); }, 600000);
        return double(clock.nsecsElapsed()) / 1e9;
    };
    bool coldOk = false, warmOk = false;
    const double cold = pass(coldOk);
    const ImageCacheReport report = cache.report();
    const double warm = pass(warmOk);
    int requests = 0;
    QMetaObject::invokeMethod(&serverContext, [&] {
        requests = server->totalRequests();
        server.reset();
    }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    const QJsonObject result{
            {u"benchmark"_s, u"image_cache"_s},
            {u"articles"_s, Articles},
            {u"images_referenced"_s, Articles * ImagesPerArticle},
            {u"images_stored"_s, report.stored},
            {u"requests"_s, requests},
            {u"bytes"_s, report.bytes},
            {u"max_concurrent"_s, cache.maxConcurrent()},
            {u"cold_seconds"_s, cold},
            {u"cold_images_per_s"_s, report.stored / cold},
            {u"cold_mb_per_s"_s, double(report.bytes) / 1e6 / cold},
            {u"warm_seconds"_s, warm},
            {u"warm_articles_per_s"_s, Articles / warm},
            {u"ok"_s, coldOk && warmOk && report.stored == DistinctImages && report.failed == 0},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return result[u"ok"_s].toBool() ? 0 : 1;
}
