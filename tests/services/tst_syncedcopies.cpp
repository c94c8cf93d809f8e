// Synced articles read offline like local ones: what a sync stored (from
// FakeTtrss) goes through the refresh's pipeline. A summary-only article
// gets its page's full text (sanitized by the extractor), its images are
// stored, a long one keeps the server's text and its page is not fetched,
// a feed set to Never fetches nothing; read and starred stay, and nothing
// is queued back to the server.

#include "articlepages.h"
#include "fakettrss.h"
#include "fetcher.h"
#include "fulltextfetcher.h"
#include "fulltextmode.h"
#include "imagecache.h"
#include "library.h"
#include "pagetextsource.h"
#include "sqlutil.h"
#include "storagethread.h"
#include "syncedcopies.h"
#include "syncengine.h"
#include "synchttp.h"
#include "ttrssclient.h"
#include "templibrary.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncedCopies final : public QObject
{
    Q_OBJECT

    static qint64 local(Library &library, qint64 remote)
    {
        auto ids = SqlUtil::idColumn(library.database().connection(),
                                     u"SELECT article_id FROM remote_articles WHERE remote_id = ?"_s,
                                     {QString::number(remote)});
        return ids && !ids->isEmpty() ? ids->first() : 0;
    }

private slots:
    void syncedArticlesGetFullTextAndImages()
    {
        TempLibrary lib;
        QVERIFY(lib.isValid());
        TestHttpServer web;
        web.route(u"/story"_s, TestHttpServer::Response::ok(articlePageWith(u"Harbour"_s), "text/html"));
        web.route(u"/long"_s, TestHttpServer::Response::ok(articlePageWith(u"Unwanted"_s), "text/html"));
        web.route(u"/quiet"_s, TestHttpServer::Response::ok(articlePageWith(u"Quiet"_s), "text/html"));
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png.append(QByteArray(56, 'p'));
        web.route(u"/photo.png"_s, TestHttpServer::Response::ok(png, "image/png"));

        FakeTtrss server;
        const qint64 feed = server.addFeed(u"Wire"_s, u"https://wire.example/feed"_s);
        const qint64 quietFeed = server.addFeed(u"Quiet"_s, u"https://quiet.example/feed"_s);
        // The server's summary, with a script the sanitizer must take out.
        const qint64 summary = server.addArticle(feed, u"Harbour"_s,
                                                 u"<p>A short summary.</p><script>alert(1)</script>"_s);
        server.setLink(summary, web.url(u"/story"_s).toString());
        QString longText;
        for (int i = 0; i < 12; ++i)
            longText += u"<p>The whole story as the server has it, paragraph %1, long enough to count.</p>"_s.arg(i);
        longText += u"<img src=\"%1\">"_s.arg(web.url(u"/photo.png"_s).toString());
        const qint64 full = server.addArticle(feed, u"Long"_s, longText);
        server.setLink(full, web.url(u"/long"_s).toString());
        const qint64 quiet = server.addArticle(quietFeed, u"Quiet"_s, u"<p>Short.</p>"_s);
        server.setLink(quiet, web.url(u"/quiet"_s).toString());
        server.setMarked(summary, true);

        Account account;
        account.type = u"ttrss"_s;
        account.url = server.url();
        account.user = u"reader"_s;
        const qint64 accountId = lib.library().accounts().add(account).value();
        SyncHttp http(5000);
        TtrssClient client(http, server.url(), u"reader"_s, u"secret"_s);
        const auto report = SyncEngine(lib.library()).sync(*lib.library().accounts().find(accountId).value(), client);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.stored.size(), 3);
        Library &library = lib.library();
        const qint64 summaryId = local(library, summary);
        QVERIFY(summaryId > 0);
        QVERIFY(!library.articles().find(summaryId).value()->contentHtml.contains(u"script"_s));
        const qint64 quietLocal = library.articles().find(local(library, quiet)).value()->feedId;
        QVERIFY(setFeedFullTextMode(library.database().connection(), quietLocal, FullTextMode::Never));

        StorageThread storage(lib.dataDir());
        Fetcher fetcher;
        InProcessPageText pages;
        FullTextFetcher fullText(fetcher, pages);
        ImageCache images(library, fetcher);
        SyncedCopies copies(storage, fullText, images);
        QSignalSpy kept(&copies, &SyncedCopies::kept);
        copies.keep(report.stored);
        QVERIFY(copies.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(kept.size(), 1, 20000);
        QCOMPARE(kept.first().first().toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(images.isIdle(), 20000);

        const Article completed = *library.articles().find(summaryId).value();
        QVERIFY(completed.contentText.contains(u"Harbour paragraph 4"_s));
        QVERIFY(completed.starred); // the reader's flags stay
        QVERIFY(!completed.read);
        const Article kept2 = *library.articles().find(local(library, full)).value();
        QVERIFY(kept2.contentText.contains(u"paragraph 11"_s));
        QVERIFY(!kept2.contentText.contains(u"Unwanted"_s));
        QVERIFY(library.articles().find(local(library, quiet)).value()->contentText.contains(u"Short."_s));
        QCOMPARE(web.requestCount(u"/long"_s), 0);
        QCOMPARE(web.requestCount(u"/quiet"_s), 0);
        // The server's image is on disk, for the pane to show offline.
        const qint64 fullId = local(library, full);
        QTRY_COMPARE_WITH_TIMEOUT(library.images().storedUrls(fullId).value().size(), 1, 10000);
        QCOMPARE(web.requestCount(u"/photo.png"_s), 1);
        // Nothing of it goes back to the server.
        QCOMPARE(library.syncQueue().count(accountId).value(), 0);
        // Queued for the index (search, "More like this") with its new text.
        auto queued = SqlUtil::idColumn(library.database().connection(),
                                        u"SELECT article_id FROM index_queue WHERE article_id = ?"_s, {summaryId});
        QVERIFY(queued && queued->size() == 1);
    }
};

QTEST_MAIN(TestSyncedCopies)
#include "tst_syncedcopies.moc"
