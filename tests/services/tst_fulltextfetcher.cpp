// Full text for summary-only feed items, against a real HTTP server on
// 127.0.0.1, alone and inside a refresh.

#include "articlepages.h"
#include "storagethread.h"
#include "fetcher.h"
#include "fulltextfetcher.h"
#include "fulltextmode.h"
#include "isolatedpagetext.h"
#include "pagetextsource.h"
#include "refreshservice.h"
#include "templibrary.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray rss(const TestHttpServer &server, const QString &teaser)
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>";
    for (int i = 0; i < 2; ++i) {
        xml += "<item><guid>g" + QByteArray::number(i) + "</guid><title>Item " + QByteArray::number(i)
                + "</title><link>" + server.url(u"/page/%1"_s.arg(i)).toEncoded() + "</link><description>"
                + teaser.toUtf8() + "</description></item>";
    }
    return xml + "</channel></rss>";
}

Article summaryOnly(const QUrl &link)
{
    Article a;
    a.guid = link.toString();
    a.link = link;
    a.title = u"T"_s;
    a.summary = u"Teaser."_s;
    a.contentHtml = u"<p>Teaser.</p>"_s;
    a.contentText = u"Teaser."_s;
    return a;
}

} // namespace

class TestFullTextFetcher final : public QObject
{
    Q_OBJECT

    static RefreshReport refresh(RefreshService &service, qint64 feedId)
    {
        QSignalSpy finished(&service, &RefreshService::finished);
        if (!service.start({feedId}) || !QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000))
            return {};
        return finished.first().first().value<RefreshReport>();
    }

private Q_SLOTS:
    void tellsSummariesFromArticles()
    {
        Article a = summaryOnly(QUrl(u"https://ex.com/1"_s));
        QVERIFY(FullTextFetcher::carriesOnlySummary(a));
        a.contentText = QString(800, u'x');
        a.summary = u"Short."_s;
        QVERIFY(!FullTextFetcher::carriesOnlySummary(a));
        a.summary = u"<p>"_s + QString(800, u'x') + u"</p>"_s; // long, but only the summary again
        QVERIFY(FullTextFetcher::carriesOnlySummary(a));
        // Lengths are counted as simplified() counts them: runs of white
        // space are one, at either end none.
        a.contentText = u"  \n"_s + QString(250, u'y') + u" \t\n "_s + QString(249, u'y') + u"\n"_s;
        a.summary.clear();
        QVERIFY(!FullTextFetcher::carriesOnlySummary(a)); // 500 characters
        a.contentText = u" "_s + QString(250, u'y') + u"    "_s + QString(248, u'y') + u" "_s;
        QVERIFY(FullTextFetcher::carriesOnlySummary(a)); // 499
        a.summary = u"<p>"_s + a.contentText + u"</p>"_s;
        QVERIFY(FullTextFetcher::carriesOnlySummary(a));
        // The same text as the summary, with entities and white space.
        a.contentText = u"Fish & chips "_s + QString(600, u'z') + u"  end"_s;
        a.summary = u"<p>Fish &amp; chips "_s + QString(600, u'z') + u"\n end</p>"_s;
        QVERIFY(FullTextFetcher::carriesOnlySummary(a));
        a.summary = u"<p>Fish &amp; chips</p>"_s; // shorter than the body: not parsed
        QVERIFY(!FullTextFetcher::carriesOnlySummary(a));
        // A feed's summary is plain text (the parser stripped its markup):
        // the body's text again, white space aside.
        a.contentText = u"Prices rose\n\n"_s + QString(600, u'p') + u" in May"_s;
        a.summary = u" Prices rose "_s + QString(600, u'p') + u"\tin May "_s;
        QVERIFY(FullTextFetcher::carriesOnlySummary(a));
        a.summary = u" Prices fell "_s + QString(600, u'p') + u"\tin May "_s;
        QVERIFY(!FullTextFetcher::carriesOnlySummary(a));
        a.summary = u"Prices rose "_s + QString(600, u'p') + u" in Ma"_s; // a word cut short
        QVERIFY(!FullTextFetcher::carriesOnlySummary(a));
        a.summary = u"Prices rose "_s + QString(600, u'p') + u" in May 2026"_s; // a word more
        QVERIFY(!FullTextFetcher::carriesOnlySummary(a));
    }

    void completesFromTheArticlePage()
    {
        TestHttpServer server;
        server.route(u"/ok"_s, TestHttpServer::Response::ok(articlePageWith(u"Marker"_s), "text/html"));
        server.route(u"/gone"_s, TestHttpServer::Response::error(404));
        server.route(u"/empty"_s, TestHttpServer::Response::ok("<html><body><p>x</p></body></html>", "text/html"));
        Fetcher fetcher;
        InProcessPageText pages;
        FullTextFetcher fullText(fetcher, pages);
        const QList<Article> input{summaryOnly(server.url(u"/ok"_s)), summaryOnly(server.url(u"/gone"_s)),
                                   summaryOnly(server.url(u"/empty"_s)), summaryOnly(QUrl(u"mailto:a@b.c"_s))};
        QFuture<QList<Article>> future = fullText.complete(input);
        QVERIFY(QTest::qWaitFor([&] { return future.isFinished(); }, 20000));
        const QList<Article> out = future.result();
        QCOMPARE(out.size(), 4);
        QVERIFY(out[0].contentText.contains(u"Marker paragraph 4"));
        QVERIFY(out[0].contentHtml.contains(u"<p>"));
        QVERIFY(!out[0].contentText.contains(u"Home"));
        QCOMPARE(out[1].contentHtml, input[1].contentHtml);
        QCOMPARE(out[2].contentHtml, input[2].contentHtml);
        QCOMPARE(out[3].contentHtml, input[3].contentHtml);
        QCOMPARE(server.totalRequests(), 3);
    }

    void offlineFetchesNothing()
    {
        TestHttpServer server;
        server.route(u"/ok"_s, TestHttpServer::Response::ok(articlePageWith(u"Marker"_s), "text/html"));
        Fetcher fetcher;
        fetcher.setOffline(true);
        InProcessPageText pages;
        FullTextFetcher fullText(fetcher, pages);
        QFuture<QList<Article>> future = fullText.complete({summaryOnly(server.url(u"/ok"_s))});
        QVERIFY(QTest::qWaitFor([&] { return future.isFinished(); }, 5000));
        QCOMPARE(future.result().first().contentText, u"Teaser."_s);
        QCOMPARE(server.totalRequests(), 0);
    }

    void refreshKeepsTheFullTextAndWhatTheReaderDid()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/feed"_s, TestHttpServer::Response::ok(rss(server, u"Teaser."_s), "application/rss+xml"));
        server.route(u"/page/0"_s, TestHttpServer::Response::ok(articlePageWith(u"Page0"_s), "text/html"));
        server.route(u"/page/1"_s, TestHttpServer::Response::error(503));
        Feed feed;
        feed.url = server.url(u"/feed"_s);
        const qint64 feedId = fixture.library().feeds().add(feed).value();
        Fetcher fetcher;
        StorageThread storage(fixture.dataDir());
        RefreshService service(fixture.library(), fetcher, storage);
        service.setKeepOfflineCopies(true);

        RefreshReport first = refresh(service, feedId);
        QCOMPARE(first.newArticles, 2);
        QCOMPARE(first.fullTextArticles, 1);
        const qint64 id = fixture.library().articles().findIdByLink(server.url(u"/page/0"_s).toString()).value();
        QVERIFY(id > 0);
        QVERIFY(fixture.library().articles().find(id).value()->contentText.contains(u"Page0 paragraph 3"));
        QVERIFY(fixture.library().articles().setRead({id}, true));
        QVERIFY(fixture.library().articles().setStarred(id, true));

        // The feed still carries only teasers: the stored full text stays,
        // no page is fetched again (not even the one that failed), nothing
        // counts as updated.
        server.removeRoute(u"/feed"_s);
        server.route(u"/feed"_s, TestHttpServer::Response::ok(rss(server, u"Teaser."_s), "application/rss+xml"));
        RefreshReport second = refresh(service, feedId);
        QVERIFY(second.failed.isEmpty());
        QCOMPARE(second.updatedArticles, 0);
        QCOMPARE(second.fullTextArticles, 0);
        QCOMPARE(server.requestCount(u"/page/0"_s), 1);
        QCOMPARE(server.requestCount(u"/page/1"_s), 1);
        const Article stored = *fixture.library().articles().find(id).value();
        QVERIFY(stored.contentText.contains(u"Page0 paragraph 3"));
        QVERIFY(stored.read);
        QVERIFY(stored.starred);
    }

    // A page that crashes the extractor (run in worker processes, as the app
    // and the command line run it) leaves its article with the feed's text
    // and a note in the report; the refresh and the other pages go on.
    void aPageThatCrashesTheExtractorKeepsTheFeedText()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/feed"_s, TestHttpServer::Response::ok(rss(server, u"Teaser."_s), "application/rss+xml"));
        server.route(u"/page/0"_s, TestHttpServer::Response::ok(articlePageWith(u"Page0"_s), "text/html"));
        server.route(u"/page/1"_s, TestHttpServer::Response::ok(articlePageWith(u"CRASH"_s), "text/html"));
        Feed feed;
        feed.url = server.url(u"/feed"_s);
        const qint64 feedId = fixture.library().feeds().add(feed).value();
        Fetcher fetcher;
        StorageThread storage(fixture.dataDir());
        IsolatedPageText pages(QStringLiteral(FAKE_WORKER), {}, 1);
        RefreshService service(fixture.library(), fetcher, storage);
        service.setPageTextSource(pages);
        service.setKeepOfflineCopies(true);

        const RefreshReport report = refresh(service, feedId);
        QCOMPARE(report.newArticles, 2);
        QCOMPARE(report.fullTextArticles, 1);
        QCOMPARE(report.fullTextFailed.size(), 1);
        QCOMPARE(report.fullTextFailed.first().link, server.url(u"/page/1"_s));
        QVERIFY(!report.fullTextFailed.first().error.isEmpty());
        const auto find = [&](const QString &path) {
            const qint64 id = fixture.library().articles().findIdByLink(server.url(path).toString()).value();
            return *fixture.library().articles().find(id).value();
        };
        QVERIFY(find(u"/page/0"_s).contentText.contains(u"Page0 paragraph 3"));
        QCOMPARE(find(u"/page/1"_s).contentText, u"Teaser."_s);
    }

    void perFeedSettingTurnsItOff()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TestHttpServer server;
        server.route(u"/feed"_s, TestHttpServer::Response::ok(rss(server, u"Teaser."_s), "application/rss+xml"));
        Feed feed;
        feed.url = server.url(u"/feed"_s);
        const qint64 feedId = fixture.library().feeds().add(feed).value();
        QVERIFY(setFeedFullTextMode(fixture.library().database().connection(), feedId, FullTextMode::Never));
        QCOMPARE(feedFullTextMode(fixture.library().database().connection(), feedId).value(), FullTextMode::Never);
        Fetcher fetcher;
        StorageThread storage(fixture.dataDir());
        RefreshService service(fixture.library(), fetcher, storage);
        service.setKeepOfflineCopies(true);
        const RefreshReport report = refresh(service, feedId);
        QCOMPARE(report.newArticles, 2);
        QCOMPARE(report.fullTextArticles, 0);
        QCOMPARE(server.totalRequests(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFullTextFetcher)
#include "tst_fulltextfetcher.moc"
