// End to end, offline: a local server serves a feed whose items carry only a
// summary, and the article pages with their images. After one refresh the
// server goes away, and every article opens in the real pane with its full
// text and every picture from the cache, without a single remote request.

#include "storagethread.h"
#include "articlepane.h"
#include "articlereader.h"
#include "cacheschemehandler.h"
#include "fetcher.h"
#include "imagecache.h"
#include "panerequestinterceptor.h"
#include "panetesthelpers.h"
#include "refreshservice.h"
#include "templibrary.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int StoryCount = 3;

QString sentence(int story)
{
    return u"The unique finding of story %1 is that trains, planes and ferries all lack a network"_s.arg(story);
}

QByteArray articlePage(int story)
{
    QString paragraphs;
    for (int p = 0; p < 6; ++p) {
        paragraphs += u"<p>Paragraph %1 of story %2 goes on at length, with commas, clauses and detail, "
                      "so that a reader has something to read: the council met on Tuesday, the vote was "
                      "close, and the result surprised nobody who had followed the debate for months.</p>"_s
                              .arg(p)
                              .arg(story);
        if (p == 2)
            paragraphs += u"<p>%1.</p>"_s.arg(sentence(story));
    }
    QString images;
    if (story == 0) {
        images = u"<figure><img src=\"/img/0.png\" alt=\"zero\"><figcaption>Zero</figcaption></figure>"
                 "<picture><source srcset=\"/img/0-1x.png 1x, /img/0-2x.png 2x\" type=\"image/png\">"
                 "<img src=\"/img/0-fallback.png\" alt=\"\"></picture>"_s;
    } else if (story == 1) {
        images = u"<figure><img src=\"/img/shared.png\" srcset=\"/img/1-small.png 300w, /img/1-large.png 900w\">"
                 "</figure><figure><img src=\"/img/0.png\"></figure>"_s;
    } // story 2: only a lead image in its meta tags
    return (u"<!doctype html><html lang=\"en\"><head><title>Story %1 | The Local Paper</title>"
            "<meta property=\"og:image\" content=\"/img/lead-%1.png\"></head><body>"
            "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav>"
            "<article><h1>Story %1</h1>"_s.arg(story)
            + images + paragraphs
            + u"</article><footer class=\"footer\">Copyright</footer></body></html>"_s)
            .toUtf8();
}

QByteArray feed(const TestHttpServer &server)
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title><link>"
            + server.url(u"/"_s).toEncoded() + "</link>";
    for (int i = 0; i < StoryCount; ++i) {
        xml += "<item><guid>story-" + QByteArray::number(i) + "</guid><title>Story " + QByteArray::number(i)
                + "</title><link>" + server.url(u"/story/%1.html"_s.arg(i)).toEncoded()
                + "</link><pubDate>Mon, 0" + QByteArray::number(i + 1)
                + " Nov 2026 10:00:00 GMT</pubDate><description>A short teaser for story " + QByteArray::number(i)
                + ".</description></item>";
    }
    return xml + "</channel></rss>";
}

} // namespace

class TestOfflineReading final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyArticleReadsOfflineWithItsImages()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        auto server = std::make_unique<TestHttpServer>();
        QVERIFY(server->isListening());
        server->route(u"/feed.xml"_s, TestHttpServer::Response::ok(feed(*server), "application/rss+xml"));
        for (int i = 0; i < StoryCount; ++i)
            server->route(u"/story/%1.html"_s.arg(i), TestHttpServer::Response::ok(articlePage(i), "text/html"));
        const QList<std::pair<QString, QSize>> images{
                {u"/img/0.png"_s, {40, 30}},        {u"/img/0-1x.png"_s, {20, 10}},
                {u"/img/0-2x.png"_s, {41, 21}},     {u"/img/0-fallback.png"_s, {5, 5}},
                {u"/img/shared.png"_s, {8, 8}},     {u"/img/1-small.png"_s, {30, 20}},
                {u"/img/1-large.png"_s, {90, 60}},  {u"/img/lead-0.png"_s, {7, 7}},
                {u"/img/lead-1.png"_s, {7, 7}},     {u"/img/lead-2.png"_s, {64, 48}}};
        for (const auto &[path, size] : images)
            server->route(path, TestHttpServer::Response::ok(PaneTest::solidPng(Qt::blue, size.width(), size.height()), "image/png"));

        Feed subscription;
        subscription.url = server->url(u"/feed.xml"_s);
        const qint64 feedId = fixture.library().feeds().add(subscription).value();

        Fetcher fetcher;
        StorageThread storage(fixture.dataDir());
        RefreshService refresh(fixture.library(), fetcher, storage);
        refresh.setKeepOfflineCopies(true);
        QSignalSpy finished(&refresh, &RefreshService::finished);
        QVERIFY(refresh.start({feedId}));
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        const RefreshReport report = finished.first().first().value<RefreshReport>();
        QVERIFY2(report.failed.isEmpty(), qPrintable(report.failed.value(0).error));
        QCOMPARE(report.newArticles, StoryCount);
        QCOMPARE(report.fullTextArticles, StoryCount);
        // 0: /img/0.png and the 2x source; 1: the 900w candidate (and /img/0.png
        // again, downloaded once); 2: its lead image.
        QCOMPARE(report.imagesStored, 4);
        QCOMPARE(report.imagesFailed, 0);
        QCOMPARE(server->requestCount(u"/img/0.png"_s), 1);
        QCOMPARE(server->requestCount(u"/img/1-large.png"_s), 1);
        QCOMPARE(server->requestCount(u"/img/1-small.png"_s), 0);

        // The network goes away.
        server.reset();

        ArticlePane pane;
        pane.setImageCacheDirectory(refresh.imageCache()->directory());
        pane.resize(900, 1200);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        const QList<ArticleHeader> headers = fixture.library().articles().headers(ArticleQuery{}).value();
        QCOMPARE(headers.size(), StoryCount);
        const QHash<int, int> expectedImages{{0, 2}, {1, 2}, {2, 1}};
        for (const ArticleHeader &header : headers) {
            const int story = header.title.mid(6).toInt();
            auto page = ArticleReader(fixture.library()).page(header.id);
            QVERIFY(page);
            QVERIFY2(!page->bodyHtml.contains(u"<img src=\"http"), qPrintable(page->bodyHtml));
            QSignalSpy loaded(&pane, &ArticlePane::loadFinished);
            pane.showArticle(page.value());
            QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000));
            QVERIFY(PaneTest::waitForImages(pane.view()));

            const QString text = PaneTest::plainText(pane.view());
            QVERIFY2(text.contains(sentence(story)), qPrintable(text));
            QVERIFY(text.contains(u"Paragraph 5 of story %1"_s.arg(story)));
            QVERIFY(!text.contains(u"A short teaser"));

            const QVariantList shown = PaneTest::evaluate(
                    pane.view(), u"Array.from(document.images).map(i => i.getAttribute('src') + ' '"
                                 " + i.naturalWidth + 'x' + i.naturalHeight)"_s).toList();
            QCOMPARE(shown.size(), expectedImages.value(story));
            for (const QVariant &entry : shown) {
                const QString s = entry.toString();
                QVERIFY2(s.startsWith(u"masthead-cache:"), qPrintable(s));
                QVERIFY2(!s.endsWith(u" 0x0"), qPrintable(s)); // broken image
            }
            if (story == 2)
                QCOMPARE(shown.first().toString().section(u' ', 1), u"64x48"_s);
            if (story == 0)
                QCOMPARE(shown.last().toString().section(u' ', 1), u"41x21"_s);
        }
        QVERIFY2(pane.requestInterceptor()->blocked().isEmpty(),
                 qPrintable(QDebug::toString(pane.requestInterceptor()->blocked())));
    }
};

int main(int argc, char **argv)
{
    CacheSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestOfflineReading test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_offlinereading.moc"
