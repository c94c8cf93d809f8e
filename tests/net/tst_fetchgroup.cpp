// FetchGroup: callbacks once per fetch, none after cancel or deletion, and
// the last response's headers in FetchResult (Link, X-WP-TotalPages).

#include "fetchgroup.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFetchGroup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsBackOncePerFetchWithEveryHeader()
    {
        TestHttpServer server;
        server.route(u"/a"_s,
                     TestHttpServer::Response::ok("a", "text/plain")
                             .header("Link", "<http://x/wp-json/>; rel=\"https://api.w.org/\"")
                             .header("Link", "<http://x/?p=2>; rel=shortlink")
                             .header("X-WP-TotalPages", "3"));
        server.route(u"/b"_s, TestHttpServer::Response::error(404));
        Fetcher fetcher;
        FetchGroup group(fetcher);
        QList<FetchResult> results;
        FetchRequest request;
        request.url = server.url(u"/a"_s);
        group.fetch(request, [&](const FetchResult &r) { results.append(r); });
        request.url = server.url(u"/b"_s);
        group.fetch(request, [&](const FetchResult &r) { results.append(r); });
        QCOMPARE(group.pendingCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 10000);
        QCOMPARE(group.pendingCount(), 0);
        const FetchResult &a =
                results.first().requestedUrl.path() == "/a"_L1 ? results.first() : results.last();
        QCOMPARE(a.header("x-wp-totalpages"), "3"_ba);
        const QByteArray link = a.header("Link");
        QVERIFY2(link.contains("rel=\"https://api.w.org/\"") && link.contains("shortlink"),
                 link.constData());
        QTest::qWait(100);
        QCOMPARE(results.size(), 2);
    }

    void cancelAndDeletionAreSilent()
    {
        TestHttpServer server;
        TestHttpServer::Response slow = TestHttpServer::Response::ok("late");
        slow.delayMs = 1000;
        server.route(u"/slow"_s, slow);
        Fetcher fetcher;
        int calls = 0;
        FetchRequest request;
        request.url = server.url(u"/slow"_s);
        {
            FetchGroup group(fetcher);
            group.fetch(request, [&](const FetchResult &) { ++calls; });
            group.fetch(request, [&](const FetchResult &) { ++calls; });
            QTRY_VERIFY_WITH_TIMEOUT(server.totalRequests() >= 1, 5000);
            group.cancel();
            QCOMPARE(group.pendingCount(), 0);
            group.fetch(request, [&](const FetchResult &) { ++calls; });
        } // deleted with one fetch in flight
        QCOMPARE(fetcher.pendingCount(), 0);
        QTest::qWait(1300);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestFetchGroup)
#include "tst_fetchgroup.moc"
