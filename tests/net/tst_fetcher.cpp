#include "fetcher.h"
#include "fetchjob.h"
#include "testhttpserver.h"
#include "useragent.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace Qt::StringLiterals;
using Error = FetchResult::Error;
using Response = TestHttpServer::Response;

namespace {

// Runs one fetch to its end (or gives up after waitMs with a default result).
FetchResult fetchOne(Fetcher &fetcher, const FetchRequest &request, int waitMs = 5000)
{
    FetchResult result;
    result.errorMessage = u"test: no result in time"_s;
    QEventLoop loop;
    const Fetcher::RequestId id = fetcher.fetch(request);
    QObject::connect(&fetcher, &Fetcher::finished, &loop,
                     [&](Fetcher::RequestId done, const FetchResult &r) {
                         if (done == id) {
                             result = r;
                             loop.quit();
                         }
                     });
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

FetchRequest requestFor(const QUrl &url)
{
    FetchRequest request;
    request.url = url;
    request.timeoutMs = 2000;
    request.deadlineMs = 4000;
    return request;
}

// Collects the results of many fetches.
struct Collector
{
    explicit Collector(Fetcher &fetcher)
    {
        QObject::connect(
                &fetcher, &Fetcher::finished, &context,
                [this](Fetcher::RequestId id, const FetchResult &r) { results.insert(id, r); });
    }
    QObject context;
    QHash<Fetcher::RequestId, FetchResult> results;
};

} // namespace

class TestFetcher final : public QObject
{
    Q_OBJECT

private slots:
    void sendsUserAgentAndAccept();
    void plainFetch();
    void manualProxyCarriesTheRequests();
    void proxyIsSetOnTheFetchersThread();
    void conditionalGet();
    void notModifiedKeepsValidators();
    void reportsFreshness();
    void decodesGzipAndDeflate();
    void wrongContentTypePassesThrough();
    void followsRedirectChain();
    void detectsPermanentRedirects();
    void detectsRedirectLoops();
    void capsRedirects();
    void refusesRedirectToFile();
    void timesOutWithoutResponse();
    void slowDripHitsDeadline();
    void oversizedWithContentLength();
    void oversizedWithoutContentLength();
    void oversizedSlowDripStopsEarly();
    void gzipBombIsCapped();
    void retryAfterSeconds();
    void retryAfterDateAndShortWait();
    void notFoundAndGone();
    void serverErrorHasMessage();
    void connectionRefusedAndClosed();
    void hostileResponses_data();
    void hostileResponses();
    void tlsFailureIsTls();
    void transportErrorsAreClassified_data();
    void transportErrorsAreClassified();
    void usesInjectedManager();
    void perHostLimit();
    void feedsGoBeforeQueuedBackgroundFetches();
    void globalLimitAcrossHosts();
    void fileUrls();
    void offlineFailsFast();
    void goingOfflineStopsRunningFetches();
    void cancelRunningAndQueued();
    void unsupportedAddresses();
    void progressAndIdleSignals();
    void fetchAsyncFuture();
    void aBodyHoldsNoMoreMemoryThanItsBytes();
    void destroyedWhileBusy();
    void deletedFromFinishedSlot();
    void unreachableHostIsSkippedForPagesAndImages();
    void budgetBoundsQueueAndWire();
};

void TestFetcher::sendsUserAgentAndAccept()
{
    QVERIFY(userAgent().startsWith("Masthead/"));
    QVERIFY(userAgent().contains("(+desktop news reader)"));
    TestHttpServer server;
    server.route(u"/feed"_s, Response::ok("<rss/>", "application/rss+xml"));
    Fetcher fetcher;
    QVERIFY(fetchOne(fetcher, requestFor(server.url(u"/feed"_s))).ok());
    const TestHttpServer::Request seen = server.lastRequest(u"/feed"_s);
    QCOMPARE(seen.header("User-Agent"), userAgent());
    QVERIFY(seen.header("Accept").contains("application/rss+xml"));
    QVERIFY(!seen.hasHeader("If-None-Match"));
    QVERIFY(!seen.hasHeader("If-Modified-Since"));

    FetchRequest page = requestFor(server.url(u"/feed"_s));
    page.kind = FetchRequest::Kind::Page;
    fetchOne(fetcher, page);
    QVERIFY(server.lastRequest(u"/feed"_s).header("Accept").startsWith("text/html"));
}

void TestFetcher::manualProxyCarriesTheRequests()
{
    // The test server plays an HTTP proxy: it gets the absolute URL.
    TestHttpServer proxy;
    proxy.route(u"/feed"_s, Response::ok("<rss>via proxy</rss>", "application/rss+xml"));
    Fetcher fetcher;
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.host = proxy.address().toString();
    settings.port = proxy.port();
    fetcher.setProxy(settings);
    QCOMPARE(fetcher.proxy(), settings);
    const QUrl remote(u"http://masthead-proxy-test.invalid/feed"_s);
    FetchResult result = fetchOne(fetcher, requestFor(remote));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.body, QByteArray("<rss>via proxy</rss>"));
    QCOMPARE(proxy.requestCount(u"/feed"_s), 1);
    QCOMPARE(proxy.lastRequest(u"/feed"_s).header("Host"), QByteArray("masthead-proxy-test.invalid"));

    // Without a proxy the name does not resolve and the proxy hears nothing.
    settings.mode = ProxySettings::Mode::None;
    fetcher.setProxy(settings);
    result = fetchOne(fetcher, requestFor(remote));
    QVERIFY(!result.ok());
    QCOMPARE(proxy.requestCount(u"/feed"_s), 1);

    // A manual proxy without a host is not a proxy to nowhere.
    settings.mode = ProxySettings::Mode::Manual;
    settings.host.clear();
    fetcher.setProxy(settings);
    QCOMPARE(fetcher.proxy().mode, ProxySettings::Mode::System);
}

void TestFetcher::proxyIsSetOnTheFetchersThread()
{
    TestHttpServer proxy;
    proxy.route(u"/feed"_s, Response::ok("proxied"));
    Fetcher fetcher;
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.host = proxy.address().toString();
    settings.port = proxy.port();
    QThread *other = QThread::create([&fetcher, settings] { fetcher.setProxy(settings); });
    other->start();
    QVERIFY(other->wait(5000));
    delete other;
    QTRY_COMPARE(fetcher.proxy(), settings);
    const FetchResult result = fetchOne(fetcher, requestFor(QUrl(u"http://masthead-proxy-test.invalid/feed"_s)));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(proxy.requestCount(u"/feed"_s), 1);
}

void TestFetcher::plainFetch()
{
    TestHttpServer server;
    server.route(u"/feed"_s,
                 Response::ok("<rss>hello</rss>", "application/rss+xml; charset=utf-8")
                         .header("ETag", "\"abc\"")
                         .header("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT")
                         .header("Content-Language", "de")
                         .header("Content-Location", "/feed.xml"));
    Fetcher fetcher;
    const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/feed"_s)));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.body, QByteArray("<rss>hello</rss>"));
    QCOMPARE(result.bytes, 16);
    QCOMPARE(result.contentType, QByteArray("application/rss+xml; charset=utf-8"));
    QCOMPARE(result.etag, QByteArray("\"abc\""));
    QCOMPARE(result.lastModified, QByteArray("Wed, 21 Oct 2015 07:28:00 GMT"));
    QCOMPARE(result.contentLanguage, QByteArray("de"));
    QCOMPARE(result.contentLocation, QByteArray("/feed.xml"));
    QCOMPARE(result.requestedUrl, server.url(u"/feed"_s));
    QCOMPARE(result.finalUrl, server.url(u"/feed"_s));
    QVERIFY(!result.notModified);
    QVERIFY(!result.permanentRedirect);
    QCOMPARE(result.redirects, 0);
    QVERIFY(result.errorMessage.isEmpty());
}

void TestFetcher::conditionalGet()
{
    TestHttpServer server;
    server.route(u"/feed"_s,
                 Response::ok("<rss/>")
                         .header("ETag", "\"v1\"")
                         .header("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT"));
    Fetcher fetcher;
    const FetchResult first = fetchOne(fetcher, requestFor(server.url(u"/feed"_s)));
    QVERIFY(first.ok());
    FetchRequest again = requestFor(server.url(u"/feed"_s));
    again.etag = first.etag;
    again.lastModified = first.lastModified;
    const FetchResult second = fetchOne(fetcher, again);
    const TestHttpServer::Request seen = server.lastRequest(u"/feed"_s);
    QCOMPARE(seen.header("If-None-Match"), QByteArray("\"v1\""));
    QCOMPARE(seen.header("If-Modified-Since"), QByteArray("Wed, 21 Oct 2015 07:28:00 GMT"));
    QVERIFY2(second.ok(), qPrintable(second.errorMessage));
    QCOMPARE(second.httpStatus, 304);
    QVERIFY(second.notModified);
    QVERIFY(second.body.isEmpty());
    QCOMPARE(second.bytes, 0);
    QCOMPARE(second.etag, QByteArray("\"v1\""));

    // Only Last-Modified known: sent alone, still 304.
    FetchRequest byDate = requestFor(server.url(u"/feed"_s));
    byDate.lastModified = first.lastModified;
    QVERIFY(fetchOne(fetcher, byDate).notModified);
    QVERIFY(!server.lastRequest(u"/feed"_s).hasHeader("If-None-Match"));

    // A changed resource answers 200 with the new validators.
    server.route(u"/feed"_s, Response::ok("<rss>new</rss>").header("ETag", "\"v2\""));
    const FetchResult changed = fetchOne(fetcher, again);
    QVERIFY(!changed.notModified);
    QCOMPARE(changed.etag, QByteArray("\"v2\""));
    QCOMPARE(changed.body, QByteArray("<rss>new</rss>"));
}

void TestFetcher::notModifiedKeepsValidators()
{
    TestHttpServer server;
    server.route(u"/bare304"_s, [](const TestHttpServer::Request &) {
        Response response;
        response.status = 304;
        return response;
    });
    Fetcher fetcher;
    FetchRequest request = requestFor(server.url(u"/bare304"_s));
    request.etag = "\"keep\"";
    request.lastModified = "Thu, 01 Jan 2015 00:00:00 GMT";
    const FetchResult result = fetchOne(fetcher, request);
    QVERIFY(result.notModified);
    QCOMPARE(result.etag, request.etag);
    QCOMPARE(result.lastModified, request.lastModified);

    // A 304 announcing the unchanged resource's (large) length is no oversized body.
    server.route(u"/bare304"_s, [](const TestHttpServer::Request &) {
        Response response;
        response.status = 304;
        response.header("Content-Length", "999999999");
        return response;
    });
    request.maxBytes = 1000;
    const FetchResult announced = fetchOne(fetcher, request);
    QVERIFY2(announced.ok(), qPrintable(announced.errorMessage));
    QVERIFY(announced.notModified);
}

void TestFetcher::reportsFreshness()
{
    // How long the server asks not to be asked again, from 200s and 304s alike.
    TestHttpServer server;
    server.route(u"/fresh"_s, Response::ok("<rss/>").header("Cache-Control", "public, max-age=900").header("ETag", "\"a\""));
    // The server sends its own Date (now); Expires counts from it.
    const QByteArray inAnHour = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(3600),
                                                  u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                                        .toLatin1();
    server.route(u"/expires"_s, Response::ok("<rss/>").header("Expires", inAnHour));
    server.route(u"/silent"_s, Response::ok("<rss/>"));
    server.route(u"/missing"_s, Response::error(404).header("Cache-Control", "max-age=900"));
    Fetcher fetcher;
    QCOMPARE(fetchOne(fetcher, requestFor(server.url(u"/fresh"_s))).freshSeconds, 900);
    const int expires = fetchOne(fetcher, requestFor(server.url(u"/expires"_s))).freshSeconds.value_or(-1);
    QVERIFY2(expires >= 3597 && expires <= 3600, qPrintable(QString::number(expires)));
    QVERIFY(!fetchOne(fetcher, requestFor(server.url(u"/silent"_s))).freshSeconds);
    QVERIFY(!fetchOne(fetcher, requestFor(server.url(u"/missing"_s))).freshSeconds);
    FetchRequest again = requestFor(server.url(u"/fresh"_s));
    again.etag = "\"a\"";
    const FetchResult unchanged = fetchOne(fetcher, again);
    QVERIFY(unchanged.notModified);
    QCOMPARE(unchanged.freshSeconds, 900);
}

void TestFetcher::decodesGzipAndDeflate()
{
    const QByteArray feed = QByteArray("<item><title>Compressible</title></item>").repeated(500);
    TestHttpServer server;
    Response gz = Response::ok(feed, "application/rss+xml");
    gz.contentEncoding = "gzip";
    server.route(u"/gz"_s, gz);
    Response df = gz;
    df.contentEncoding = "deflate";
    df.framing = TestHttpServer::Framing::Chunked;
    server.route(u"/df"_s, df);
    Fetcher fetcher;
    const FetchResult zipped = fetchOne(fetcher, requestFor(server.url(u"/gz"_s)));
    QVERIFY2(zipped.ok(), qPrintable(zipped.errorMessage));
    QCOMPARE(zipped.body, feed);
    QCOMPARE(zipped.bytes, feed.size());
    QVERIFY(server.bytesSent() < feed.size() / 5);
    QVERIFY(server.lastRequest(u"/gz"_s).header("Accept-Encoding").contains("gzip"));
    QCOMPARE(fetchOne(fetcher, requestFor(server.url(u"/df"_s))).body, feed);
}

void TestFetcher::wrongContentTypePassesThrough()
{
    TestHttpServer server;
    server.route(u"/feed"_s, Response::ok("<html><body>Not a feed</body></html>", "text/html"));
    server.route(u"/none"_s, Response::ok("<rss/>", QByteArray()));
    Fetcher fetcher;
    const FetchResult html = fetchOne(fetcher, requestFor(server.url(u"/feed"_s)));
    QVERIFY(html.ok());
    QCOMPARE(html.contentType, QByteArray("text/html"));
    QVERIFY(html.body.startsWith("<html>"));
    const FetchResult none = fetchOne(fetcher, requestFor(server.url(u"/none"_s)));
    QVERIFY(none.ok());
    QVERIFY(none.contentType.isEmpty());
}

void TestFetcher::followsRedirectChain()
{
    TestHttpServer server;
    server.route(u"/a"_s, Response::redirect(302, "/b"));
    server.route(u"/b"_s, Response::redirect(307, server.url(u"/dir/c"_s).toEncoded()));
    server.route(u"/dir/c"_s, Response::redirect(303, "d?x=1")); // relative
    server.route(u"/dir/d"_s, Response::ok("end").header("ETag", "\"d\""));
    Fetcher fetcher;
    const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/a"_s)));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.body, QByteArray("end"));
    QCOMPARE(result.redirects, 3);
    QCOMPARE(result.finalUrl, server.url(u"/dir/d?x=1"_s));
    QCOMPARE(result.requestedUrl, server.url(u"/a"_s));
    QCOMPARE(result.etag, QByteArray("\"d\""));
    QVERIFY(!result.permanentRedirect);
    QVERIFY(result.permanentUrl.isEmpty());
}

void TestFetcher::detectsPermanentRedirects()
{
    TestHttpServer server;
    server.route(u"/old"_s, Response::redirect(301, "/newer"));
    server.route(u"/newer"_s, Response::redirect(308, "/newest"));
    server.route(u"/newest"_s, Response::redirect(302, "/today"));
    server.route(u"/today"_s, Response::ok("feed"));
    server.route(u"/temp"_s, Response::redirect(307, "/old"));
    Fetcher fetcher;
    const FetchResult moved = fetchOne(fetcher, requestFor(server.url(u"/old"_s)));
    QVERIFY(moved.ok());
    QVERIFY(moved.permanentRedirect);
    // Store the URL reached through permanent hops only, not the temporary target.
    QCOMPARE(moved.permanentUrl, server.url(u"/newest"_s));
    QCOMPARE(moved.finalUrl, server.url(u"/today"_s));

    const FetchResult temporaryFirst = fetchOne(fetcher, requestFor(server.url(u"/temp"_s)));
    QVERIFY(temporaryFirst.ok());
    QVERIFY(!temporaryFirst.permanentRedirect);
    QVERIFY(temporaryFirst.permanentUrl.isEmpty());
}

void TestFetcher::detectsRedirectLoops()
{
    TestHttpServer server;
    server.route(u"/x"_s, Response::redirect(302, "/y"));
    server.route(u"/y"_s, Response::redirect(301, "/x"));
    server.route(u"/self"_s, Response::redirect(302, "/self"));
    Fetcher fetcher;
    const FetchResult loop = fetchOne(fetcher, requestFor(server.url(u"/x"_s)));
    QCOMPARE(loop.error, Error::RedirectLoop);
    QVERIFY(!loop.errorMessage.isEmpty());
    QCOMPARE(server.requestCount(u"/x"_s), 1);
    QCOMPARE(fetchOne(fetcher, requestFor(server.url(u"/self"_s))).error, Error::RedirectLoop);
}

void TestFetcher::capsRedirects()
{
    TestHttpServer server;
    for (int i = 0; i < 10; ++i)
        server.route(u"/r%1"_s.arg(i), Response::redirect(302, "/r" + QByteArray::number(i + 1)));
    server.route(u"/r10"_s, Response::ok("end"));
    Fetcher fetcher;
    const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/r0"_s)));
    QCOMPARE(result.error, Error::TooManyRedirects);
    QCOMPARE(server.totalRequests(), 6); // the first request and 5 redirects
    FetchRequest patient = requestFor(server.url(u"/r0"_s));
    patient.maxRedirects = 10;
    QVERIFY(fetchOne(fetcher, patient).ok());
}

void TestFetcher::refusesRedirectToFile()
{
    TestHttpServer server;
    server.route(u"/evil"_s, Response::redirect(302, "file:///etc/passwd"));
    Fetcher fetcher;
    const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/evil"_s)));
    QCOMPARE(result.error, Error::Network);
    QVERIFY(result.body.isEmpty());
}

void TestFetcher::timesOutWithoutResponse()
{
    TestHttpServer server;
    Response silent = Response::ok("too late");
    silent.delayMs = 3000;
    server.route(u"/silent"_s, silent);
    Fetcher fetcher;
    FetchRequest request = requestFor(server.url(u"/silent"_s));
    request.timeoutMs = 200;
    QElapsedTimer timer;
    timer.start();
    const FetchResult result = fetchOne(fetcher, request);
    QCOMPARE(result.error, Error::Timeout);
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!result.errorMessage.isEmpty());
}

void TestFetcher::slowDripHitsDeadline()
{
    TestHttpServer server;
    Response drip = Response::ok(QByteArray(4000, 'x'));
    drip.dripBytesPerChunk = 20;
    drip.dripIntervalMs = 30; // 6 s for the whole body, but never idle for long
    server.route(u"/drip"_s, drip);
    Fetcher fetcher;
    FetchRequest request = requestFor(server.url(u"/drip"_s));
    request.timeoutMs = 500;
    request.deadlineMs = 400;
    QElapsedTimer timer;
    timer.start();
    const FetchResult result = fetchOne(fetcher, request);
    QCOMPARE(result.error, Error::Timeout);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(result.body.isEmpty());
}

void TestFetcher::oversizedWithContentLength()
{
    TestHttpServer server;
    server.route(u"/big"_s, Response::ok(QByteArray(300 * 1024, 'b')));
    server.route(u"/small"_s, Response::ok("fine"));
    Fetcher fetcher;
    FetchRequest request = requestFor(server.url(u"/big"_s));
    request.maxBytes = 100 * 1024;
    const FetchResult result = fetchOne(fetcher, request);
    QCOMPARE(result.error, Error::TooLarge);
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.body.isEmpty());
    QVERIFY(!result.errorMessage.isEmpty());
    // The fetcher keeps working afterwards.
    QVERIFY(fetchOne(fetcher, requestFor(server.url(u"/small"_s))).ok());
    request.maxBytes = 300 * 1024;
    QVERIFY(fetchOne(fetcher, request).ok()); // exactly at the cap is fine
}

void TestFetcher::oversizedWithoutContentLength()
{
    TestHttpServer server;
    Response chunked = Response::ok(QByteArray(300 * 1024, 'c'));
    chunked.framing = TestHttpServer::Framing::Chunked;
    chunked.dripBytesPerChunk = 16 * 1024;
    server.route(u"/chunked"_s, chunked);
    Response closing = Response::ok(QByteArray(300 * 1024, 'c'));
    closing.framing = TestHttpServer::Framing::CloseDelimited;
    server.route(u"/closing"_s, closing);
    Fetcher fetcher;
    for (const QString &path : {u"/chunked"_s, u"/closing"_s}) {
        FetchRequest request = requestFor(server.url(path));
        request.maxBytes = 100 * 1024;
        const FetchResult result = fetchOne(fetcher, request);
        QCOMPARE(result.error, Error::TooLarge);
        QVERIFY(result.bytes > request.maxBytes);
        QVERIFY(result.body.isEmpty());
    }
}

void TestFetcher::oversizedSlowDripStopsEarly()
{
    TestHttpServer server;
    Response endless = Response::ok(QByteArray(1024 * 1024, 'e'));
    endless.framing = TestHttpServer::Framing::Chunked;
    endless.dripBytesPerChunk = 1024;
    endless.dripIntervalMs = 5; // ~5 s for the whole body
    server.route(u"/endless"_s, endless);
    Fetcher fetcher;
    FetchRequest request = requestFor(server.url(u"/endless"_s));
    request.maxBytes = 8 * 1024;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(fetchOne(fetcher, request).error, Error::TooLarge);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestFetcher::gzipBombIsCapped()
{
    TestHttpServer server;
    // 8 MB of zeros, a few KB on the wire; encoded here, not while the clock runs.
    Response bomb = Response::ok(TestHttpServer::gzip(QByteArray(8 * 1024 * 1024, '\0')));
    bomb.header("Content-Encoding", "gzip");
    server.route(u"/bomb"_s, bomb);
    Fetcher fetcher;
    FetchRequest request = requestFor(server.url(u"/bomb"_s));
    request.maxBytes = 1024 * 1024;
    QCOMPARE(fetchOne(fetcher, request).error, Error::TooLarge);
    QVERIFY(server.bytesSent() < 100 * 1024);
}

void TestFetcher::retryAfterSeconds()
{
    TestHttpServer server;
    server.route(u"/busy"_s, Response::error(429).header("Retry-After", "30"));
    server.route(u"/other"_s, Response::ok("ok"));
    Fetcher fetcher;
    fetcher.setMaxBackoffWaitMs(500);
    const FetchResult busy = fetchOne(fetcher, requestFor(server.url(u"/busy"_s)));
    QCOMPARE(busy.error, Error::Http);
    QCOMPARE(busy.httpStatus, 429);
    QCOMPARE(busy.retryAfterSeconds, 30);
    QVERIFY(busy.errorMessage.contains(u"30"_s));
    QVERIFY(fetcher.backoffUntil(u"127.0.0.1"_s).isValid());
    QVERIFY(fetcher.backoffUntil(u"127.0.0.1"_s) > QDateTime::currentDateTimeUtc().addSecs(25));

    // The host is left alone: the next request fails at once without reaching it.
    QElapsedTimer timer;
    timer.start();
    const FetchResult held = fetchOne(fetcher, requestFor(server.url(u"/other"_s)));
    QCOMPARE(held.error, Error::Backoff);
    QVERIFY(held.retryAfterSeconds.value_or(0) >= 25);
    QVERIFY(!held.errorMessage.isEmpty());
    QCOMPARE(server.requestCount(u"/other"_s), 0);
    QVERIFY(timer.elapsed() < 2000);
}

void TestFetcher::retryAfterDateAndShortWait()
{
    TestHttpServer server;
    const QByteArray soon = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                              u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                                    .toLatin1();
    server.route(u"/unavailable"_s, Response::error(503).header("Retry-After", soon));
    server.route(u"/later"_s, Response::ok("ok"));
    Fetcher fetcher;
    fetcher.setMaxBackoffWaitMs(5000);
    const FetchResult unavailable = fetchOne(fetcher, requestFor(server.url(u"/unavailable"_s)));
    QCOMPARE(unavailable.httpStatus, 503);
    QVERIFY(unavailable.retryAfterSeconds.has_value());
    QVERIFY(*unavailable.retryAfterSeconds >= 0 && *unavailable.retryAfterSeconds <= 2);

    // A short backoff is waited out in the queue, then the request goes through.
    const int waitMs = *unavailable.retryAfterSeconds * 1000;
    QElapsedTimer timer;
    timer.start();
    const FetchResult later = fetchOne(fetcher, requestFor(server.url(u"/later"_s)), 8000);
    QVERIFY2(later.ok(), qPrintable(later.errorMessage));
    QVERIFY(timer.elapsed() >= waitMs - 1100);
}

void TestFetcher::notFoundAndGone()
{
    TestHttpServer server;
    server.route(u"/gone"_s, Response::error(410));
    Fetcher fetcher;
    const FetchResult missing = fetchOne(fetcher, requestFor(server.url(u"/missing"_s)));
    QCOMPARE(missing.error, Error::Http);
    QCOMPARE(missing.httpStatus, 404);
    QVERIFY(missing.errorMessage.contains(u"404"_s));
    const FetchResult gone = fetchOne(fetcher, requestFor(server.url(u"/gone"_s)));
    QCOMPARE(gone.error, Error::Gone);
    QCOMPARE(gone.httpStatus, 410);
    QVERIFY(gone.errorMessage.contains(u"410"_s));
    QCOMPARE(fetchErrorName(gone.error), u"gone"_s);
}

void TestFetcher::serverErrorHasMessage()
{
    TestHttpServer server;
    server.route(u"/broken"_s, Response::error(500));
    server.route(u"/no-target"_s, Response::error(302));
    Fetcher fetcher;
    const FetchResult broken = fetchOne(fetcher, requestFor(server.url(u"/broken"_s)));
    QCOMPARE(broken.error, Error::Http);
    QCOMPARE(broken.httpStatus, 500);
    QVERIFY(broken.errorMessage.contains(u"500"_s));
    QVERIFY(broken.errorMessage.contains(u"127.0.0.1"_s));
    QCOMPARE(fetchOne(fetcher, requestFor(server.url(u"/no-target"_s))).error, Error::Http);
}

void TestFetcher::connectionRefusedAndClosed()
{
    QUrl deadUrl;
    {
        TestHttpServer dead;
        deadUrl = dead.url(u"/feed"_s);
    } // nothing listens there any more
    Fetcher fetcher;
    const FetchResult refused = fetchOne(fetcher, requestFor(deadUrl));
    QCOMPARE(refused.error, Error::Network);
    QVERIFY(refused.errorMessage.contains(u"refused"_s));

    TestHttpServer server;
    Response hangUp;
    hangUp.closeWithoutResponse = true;
    server.route(u"/hangup"_s, hangUp);
    const FetchResult closed = fetchOne(fetcher, requestFor(server.url(u"/hangup"_s)));
    QCOMPARE(closed.error, Error::Network);
    QVERIFY(!closed.errorMessage.isEmpty());
}

void TestFetcher::hostileResponses_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("garbage") << QByteArray("NOT HTTP AT ALL\r\n\r\n");
    QTest::newRow("binary") << QByteArray(4096, '\xff');
    // Qt 6.4 reads header lines slowly (about 3 µs a byte) and has no size limit;
    // the deadline bounds what a hostile server can cost.
    QTest::newRow("huge header") << "HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(256 * 1024, 'h')
                    + "\r\nContent-Length: 2\r\n\r\nok";
    QTest::newRow("short body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nabc");
    QTest::newRow("bad chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                             "zz\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("bad gzip") << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n"
                                            "Content-Length: 10\r\n\r\n0123456789");
    QTest::newRow("bad location") << QByteArray("HTTP/1.1 301 Moved\r\nLocation: http://[::1\r\n"
                                                "Content-Length: 0\r\n\r\n");
    QTest::newRow("absurd length") << QByteArray("HTTP/1.1 200 OK\r\n"
                                                 "Content-Length: 99999999999999999999\r\n\r\nx");
}

void TestFetcher::hostileResponses()
{
    // Whatever comes back, the fetch ends, with an error or a capped body.
    QFETCH(QByteArray, raw);
    TestHttpServer server;
    Response response;
    response.raw = raw;
    server.route(u"/hostile"_s, response);
    Fetcher fetcher;
    FetchRequest request = requestFor(server.url(u"/hostile"_s));
    request.maxBytes = 64 * 1024;
    request.timeoutMs = 1000;
    const FetchResult result = fetchOne(fetcher, request, 8000);
    QVERIFY(result.errorMessage != u"test: no result in time"_s);
    QVERIFY(result.body.size() <= request.maxBytes);
    if (!result.ok())
        QVERIFY(!result.errorMessage.isEmpty());
}

void TestFetcher::tlsFailureIsTls()
{
    // Speaking TLS to a plain-HTTP server fails the handshake.
    TestHttpServer server;
    QUrl url = server.url(u"/feed"_s);
    url.setScheme(u"https"_s);
    Fetcher fetcher;
    FetchRequest request = requestFor(url);
    request.timeoutMs = 10000; // loading the TLS library can be slow on a busy machine
    request.deadlineMs = 10000;
    const FetchResult result = fetchOne(fetcher, request, 15000);
    QCOMPARE(result.error, Error::Tls);
    QVERIFY(!result.errorMessage.isEmpty());
}

void TestFetcher::transportErrorsAreClassified_data()
{
    // DNS failures cannot be provoked without a resolver; their mapping is checked here.
    QTest::addColumn<QNetworkReply::NetworkError>("qtError");
    QTest::addColumn<FetchResult::Error>("expected");
    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << Error::Dns;
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << Error::Tls;
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << Error::Timeout;
    QTest::newRow("qt timeout") << QNetworkReply::OperationCanceledError << Error::Timeout;
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << Error::Network;
    QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << Error::Network;
    QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << Error::Network;
    QTest::newRow("other") << QNetworkReply::UnknownNetworkError << Error::Network;
}

void TestFetcher::transportErrorsAreClassified()
{
    QFETCH(QNetworkReply::NetworkError, qtError);
    QFETCH(FetchResult::Error, expected);
    const auto [error, message] = FetchJob::describeTransportError(
            qtError, QUrl(u"https://news.example/feed"_s), u"detail"_s, 5000);
    QCOMPARE(error, expected);
    QVERIFY2(message.contains(u"news.example"_s), qPrintable(message));
}

void TestFetcher::usesInjectedManager()
{
    TestHttpServer server;
    server.route(u"/feed"_s, Response::ok("<rss/>"));
    QNetworkAccessManager manager;
    {
        Fetcher fetcher(&manager);
        QCOMPARE(fetcher.networkAccessManager(), &manager);
        QVERIFY(fetchOne(fetcher, requestFor(server.url(u"/feed"_s))).ok());
    }
    // The manager outlives the fetcher and still works.
    QNetworkReply *reply = manager.get(QNetworkRequest(server.url(u"/feed"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    QCOMPARE(reply->readAll(), QByteArray("<rss/>"));
    delete reply;
}

void TestFetcher::perHostLimit()
{
    TestHttpServer server;
    Response slow = Response::ok("slow");
    slow.delayMs = 80;
    for (int i = 0; i < 8; ++i)
        server.route(u"/f%1"_s.arg(i), slow);
    Fetcher fetcher;
    QCOMPARE(fetcher.perHostLimit(), 2);
    Collector collector(fetcher);
    QSignalSpy idle(&fetcher, &Fetcher::idle);
    for (int i = 0; i < 8; ++i)
        fetcher.fetch(requestFor(server.url(u"/f%1"_s.arg(i))));
    QCOMPARE(fetcher.pendingCount(), 8);
    QVERIFY(idle.wait(5000));
    QCOMPARE(collector.results.size(), 8);
    for (const FetchResult &result : std::as_const(collector.results))
        QVERIFY(result.ok());
    QCOMPARE(server.peakConcurrentRequests(), 2);
    QVERIFY2(server.peakOpenConnections() <= 2,
             qPrintable(QString::number(server.peakOpenConnections())));
    QCOMPARE(fetcher.activeCount(), 0);
    QCOMPARE(fetcher.queuedCount(), 0);
}

// Images (background) fill the host's slots; a feed asked for then starts
// as soon as one frees, before the images still queued, and while it runs
// the images leave it a slot.
void TestFetcher::feedsGoBeforeQueuedBackgroundFetches()
{
    TestHttpServer server;
    Response slow = Response::ok("x");
    slow.delayMs = 60;
    server.setFallback([slow](const TestHttpServer::Request &) { return slow; });
    Fetcher fetcher;
    QList<QString> started;
    connect(&fetcher, &Fetcher::started, this,
            [&](Fetcher::RequestId, const QUrl &url) { started.append(url.path()); });
    QSignalSpy idle(&fetcher, &Fetcher::idle);
    for (int i = 0; i < 6; ++i) {
        FetchRequest image = requestFor(server.url(u"/img%1"_s.arg(i)));
        image.kind = FetchRequest::Kind::Image;
        image.priority = FetchRequest::Priority::Background;
        fetcher.fetch(image);
    }
    QVERIFY(QTest::qWaitFor([&] { return started.size() == 2; }, 5000));
    fetcher.fetch(requestFor(server.url(u"/feed"_s))); // both slots are taken
    QVERIFY(idle.wait(5000));
    QCOMPARE(started.size(), 7);
    QCOMPARE(started.at(2), u"/feed"_s);
    // Queued together, the feed goes first and the images take one slot.
    started.clear();
    for (int i = 0; i < 3; ++i) {
        FetchRequest image = requestFor(server.url(u"/img%1"_s.arg(i)));
        image.priority = FetchRequest::Priority::Background;
        fetcher.fetch(image);
    }
    fetcher.fetch(requestFor(server.url(u"/feed"_s)));
    QVERIFY(idle.wait(5000));
    QCOMPARE(started.value(0), u"/feed"_s);
    QVERIFY2(server.peakConcurrentRequests() <= 2,
             qPrintable(QString::number(server.peakConcurrentRequests())));
}

void TestFetcher::globalLimitAcrossHosts()
{
    TestHttpServer first;
    TestHttpServer second(nullptr, QHostAddress(u"127.0.0.2"_s));
    if (!second.isListening())
        QSKIP("127.0.0.2 is not available on this machine");
    Response slow = Response::ok("slow");
    slow.delayMs = 60;
    first.route(u"/f"_s, slow);
    second.route(u"/f"_s, slow);
    Fetcher fetcher;
    QSignalSpy idle(&fetcher, &Fetcher::idle);
    for (int i = 0; i < 4; ++i) {
        fetcher.fetch(requestFor(first.url(u"/f"_s)));
        fetcher.fetch(requestFor(second.url(u"/f"_s)));
    }
    QVERIFY(idle.wait(5000));
    QCOMPARE(first.peakConcurrentRequests(), 2); // two hosts, two each, at once
    QCOMPARE(second.peakConcurrentRequests(), 2);

    first.resetCounters();
    second.resetCounters();
    fetcher.setGlobalLimit(1);
    int concurrent = 0;
    int peak = 0;
    connect(&fetcher, &Fetcher::started, this, [&] { peak = qMax(peak, ++concurrent); });
    connect(&fetcher, &Fetcher::finished, this, [&] { --concurrent; });
    for (int i = 0; i < 2; ++i) {
        fetcher.fetch(requestFor(first.url(u"/f"_s)));
        fetcher.fetch(requestFor(second.url(u"/f"_s)));
    }
    QVERIFY(idle.wait(5000));
    QCOMPARE(peak, 1);
    QCOMPARE(first.peakConcurrentRequests() + second.peakConcurrentRequests(), 2);
}

void TestFetcher::fileUrls()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"feed.xml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<rss>local</rss>");
    file.close();
    Fetcher fetcher;
    fetcher.setOffline(true); // local files do not need the network
    const QUrl url = QUrl::fromLocalFile(file.fileName());
    const FetchResult result = fetchOne(fetcher, requestFor(url));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.body, QByteArray("<rss>local</rss>"));
    QCOMPARE(result.bytes, 16);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(!result.lastModified.isEmpty());

    FetchRequest again = requestFor(url);
    again.lastModified = result.lastModified;
    const FetchResult unchanged = fetchOne(fetcher, again);
    QVERIFY(unchanged.ok());
    QVERIFY(unchanged.notModified);
    QVERIFY(unchanged.body.isEmpty());

    FetchRequest capped = requestFor(url);
    capped.maxBytes = 10;
    QCOMPARE(fetchOne(fetcher, capped).error, Error::TooLarge);

    const FetchResult missing =
            fetchOne(fetcher, requestFor(QUrl::fromLocalFile(dir.filePath(u"missing.xml"_s))));
    QCOMPARE(missing.error, Error::Network);
    QVERIFY(missing.errorMessage.contains(u"missing.xml"_s));

    const FetchResult directory = fetchOne(fetcher, requestFor(QUrl::fromLocalFile(dir.path())));
    QCOMPARE(directory.error, Error::Network);
    QVERIFY(!directory.errorMessage.isEmpty());
}

void TestFetcher::offlineFailsFast()
{
    TestHttpServer server;
    server.route(u"/feed"_s, Response::ok("<rss/>"));
    Fetcher fetcher;
    QSignalSpy changed(&fetcher, &Fetcher::offlineChanged);
    fetcher.setOffline(true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(fetcher.isOffline());
    QElapsedTimer timer;
    timer.start();
    const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/feed"_s)));
    QCOMPARE(result.error, Error::Offline);
    QVERIFY(!result.errorMessage.isEmpty());
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(server.connectionCount(), 0);
    fetcher.setOffline(false);
    QVERIFY(fetchOne(fetcher, requestFor(server.url(u"/feed"_s))).ok());
}

void TestFetcher::goingOfflineStopsRunningFetches()
{
    TestHttpServer server;
    Response slow = Response::ok("slow");
    slow.delayMs = 2000;
    server.route(u"/slow"_s, slow);
    Fetcher fetcher;
    Collector collector(fetcher);
    for (int i = 0; i < 4; ++i) // two run, two wait in the queue
        fetcher.fetch(requestFor(server.url(u"/slow"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(server.totalRequests(), 2, 2000);
    fetcher.setOffline(true);
    QCOMPARE(collector.results.size(), 4); // all reported before setOffline returns
    for (const FetchResult &result : std::as_const(collector.results))
        QCOMPARE(result.error, Error::Offline);
    QCOMPARE(fetcher.pendingCount(), 0);
}

void TestFetcher::cancelRunningAndQueued()
{
    TestHttpServer server;
    Response slow = Response::ok("slow");
    slow.delayMs = 2000;
    server.route(u"/slow"_s, slow);
    Fetcher fetcher;
    Collector collector(fetcher);
    QList<Fetcher::RequestId> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(fetcher.fetch(requestFor(server.url(u"/slow"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(server.totalRequests(), 2, 2000);
    fetcher.cancel(ids.at(2)); // queued
    QCOMPARE(collector.results.value(ids.at(2)).error, Error::Cancelled);
    fetcher.cancel(ids.at(0)); // running
    QCOMPARE(collector.results.value(ids.at(0)).error, Error::Cancelled);
    fetcher.cancelAll();
    QCOMPARE(collector.results.value(ids.at(1)).error, Error::Cancelled);
    fetcher.cancel(ids.at(1)); // again: nothing happens
    QCOMPARE(collector.results.size(), 3);
    QTest::qWait(50);
    QCOMPARE(server.totalRequests(), 2);
}

void TestFetcher::unsupportedAddresses()
{
    Fetcher fetcher;
    for (const QUrl &url : {QUrl(u"ftp://127.0.0.1/feed"_s), QUrl(), QUrl(u"http:///nohost"_s),
                            QUrl(u"javascript:alert(1)"_s)}) {
        const FetchResult result = fetchOne(fetcher, requestFor(url));
        QCOMPARE(result.error, Error::Network);
        QVERIFY(!result.errorMessage.isEmpty());
    }
}

void TestFetcher::progressAndIdleSignals()
{
    TestHttpServer server;
    Response big = Response::ok(QByteArray(256 * 1024, 'p'));
    big.dripBytesPerChunk = 64 * 1024;
    big.dripIntervalMs = 20;
    server.route(u"/big"_s, big);
    Fetcher fetcher;
    QSignalSpy started(&fetcher, &Fetcher::started);
    QSignalSpy progress(&fetcher, &Fetcher::progress);
    QSignalSpy idle(&fetcher, &Fetcher::idle);
    const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/big"_s)));
    QVERIFY(result.ok());
    QCOMPARE(started.size(), 1);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().at(1).toLongLong(), 256 * 1024);
    QCOMPARE(progress.last().at(2).toLongLong(), 256 * 1024);
    QCOMPARE(idle.size(), 1);
}

// A refresh keeps thousands of small bodies (images) until they are on disk:
// each must hold about its own size, not the reply's read buffer (readAll()
// gave a 2 KB image a buffer of 16 KB and more), whether it came in one
// piece or in many.
void TestFetcher::aBodyHoldsNoMoreMemoryThanItsBytes()
{
    TestHttpServer server;
    server.route(u"/small.jpg"_s, Response::ok(QByteArray(2048, 'j'), "image/jpeg"));
    server.route(u"/large.xml"_s, Response::ok(QByteArray(3 * 1024 * 1024 + 17, 'x'), "application/rss+xml"));
    Fetcher fetcher;
    for (const QString &path : {u"/small.jpg"_s, u"/large.xml"_s}) {
        const FetchResult result = fetchOne(fetcher, requestFor(server.url(path)));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QCOMPARE(result.bytes, qint64(result.body.size()));
        QVERIFY2(result.body.capacity() <= result.body.size() + 64,
                 qPrintable(u"%1: %2 bytes in %3"_s.arg(path).arg(result.body.size()).arg(result.body.capacity())));
    }
}

void TestFetcher::fetchAsyncFuture()
{
    TestHttpServer server;
    server.route(u"/feed"_s, Response::ok("<rss/>"));
    Fetcher fetcher;
    QFuture<FetchResult> future = fetcher.fetchAsync(requestFor(server.url(u"/feed"_s)));
    QVERIFY(!future.isFinished());
    bool thenRan = false;
    future.then(this, [&](const FetchResult &result) { thenRan = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 5000);
    QCOMPARE(future.result().body, QByteArray("<rss/>"));
    QTRY_VERIFY(thenRan);
}

void TestFetcher::destroyedWhileBusy()
{
    TestHttpServer server;
    Response slow = Response::ok("slow");
    slow.delayMs = 1000;
    server.route(u"/slow"_s, slow);
    QFuture<FetchResult> future;
    {
        Fetcher fetcher;
        for (int i = 0; i < 3; ++i)
            fetcher.fetch(requestFor(server.url(u"/slow"_s)));
        future = fetcher.fetchAsync(requestFor(server.url(u"/slow"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(server.totalRequests() >= 1, 2000);
    }
    QVERIFY(future.isFinished());
    QCOMPARE(future.result().error, Error::Cancelled);
    QTest::qWait(50); // nothing left behind fires
}

void TestFetcher::deletedFromFinishedSlot()
{
    TestHttpServer server;
    server.route(u"/feed"_s, Response::ok("<rss/>"));
    auto *fetcher = new Fetcher;
    bool finished = false;
    connect(fetcher, &Fetcher::finished, this, [&] {
        finished = true;
        delete fetcher;
    });
    fetcher->fetch(requestFor(server.url(u"/feed"_s)));
    fetcher->fetch(requestFor(server.url(u"/feed"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
    QTest::qWait(50);
}

// A host that timed out on an optional page is skipped for optional pages
// and images at once, queued ones included, without a connection; its feeds
// and the pages someone asked for still go out.
void TestFetcher::unreachableHostIsSkippedForPagesAndImages()
{
    TestHttpServer server;
    Response silent = Response::ok("late");
    silent.delayMs = 60 * 1000;
    server.route(u"/silent"_s, silent);
    server.route(u"/feed"_s, Response::ok("<rss/>", "application/rss+xml"));
    server.route(u"/image"_s, Response::ok("GIF89a"));
    Fetcher fetcher;
    fetcher.setPerHostLimit(1);
    FetchRequest page;
    page.url = server.url(u"/silent"_s);
    page.kind = FetchRequest::Kind::Page;
    page.timeoutMs = 300;
    page.skipUnreachableHost = true;
    FetchRequest image;
    image.url = server.url(u"/image"_s);
    image.kind = FetchRequest::Kind::Image;
    image.skipUnreachableHost = true;
    // One page times out while an image waits behind it (one per host).
    QEventLoop loop;
    QList<FetchResult> results;
    connect(&fetcher, &Fetcher::finished, &loop, [&](Fetcher::RequestId, const FetchResult &r) {
        results.append(r);
        if (results.size() == 2)
            loop.quit();
    });
    fetcher.fetch(page);
    fetcher.fetch(image);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).error, Error::Timeout);
    QCOMPARE(results.at(1).error, Error::Backoff); // the queued image
    QVERIFY(results.at(1).errorMessage.contains(server.url().host()));
    QCOMPARE(server.requestCount(u"/image"_s), 0);
    // New pages and images too, at once.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(fetchOne(fetcher, image).error, Error::Backoff);
    QVERIFY(timer.elapsed() < 250);
    QCOMPARE(server.requestCount(u"/image"_s), 0);
    // A feed from that host is still fetched, and so is a page someone
    // asked for (discovery); their answers do not clear the skip for
    // optional downloads (only an optional download's answer would).
    FetchRequest feed;
    feed.url = server.url(u"/feed"_s);
    QVERIFY(fetchOne(fetcher, feed).ok());
    FetchRequest asked = image;
    asked.skipUnreachableHost = false;
    QVERIFY(fetchOne(fetcher, asked).ok());
    QCOMPARE(fetchOne(fetcher, image).error, Error::Backoff);
}

// A request's budget ends it on the wire, and one that ran out in the queue
// never goes out; running out is not the host's fault (no skip follows).
void TestFetcher::budgetBoundsQueueAndWire()
{
    TestHttpServer server;
    Response silent = Response::ok("late");
    silent.delayMs = 60 * 1000;
    server.route(u"/silent"_s, silent);
    server.route(u"/image"_s, Response::ok("GIF89a"));
    Fetcher fetcher;
    fetcher.setPerHostLimit(1);
    FetchRequest page;
    page.url = server.url(u"/silent"_s);
    page.kind = FetchRequest::Kind::Page;
    page.budget = QDeadlineTimer(400);
    page.skipUnreachableHost = true;
    FetchRequest queued = page;
    queued.url = server.url(u"/image"_s);
    queued.kind = FetchRequest::Kind::Image;
    QEventLoop loop;
    QList<FetchResult> results;
    connect(&fetcher, &Fetcher::finished, &loop, [&](Fetcher::RequestId, const FetchResult &r) {
        results.append(r);
        if (results.size() == 2)
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    fetcher.fetch(page);
    fetcher.fetch(queued);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(results.size(), 2);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(results.at(0).error, Error::Timeout);
    QCOMPARE(results.at(1).error, Error::Timeout);
    QCOMPARE(server.requestCount(u"/image"_s), 0);
    FetchRequest fresh;
    fresh.url = server.url(u"/image"_s);
    fresh.kind = FetchRequest::Kind::Image;
    QVERIFY(fetchOne(fetcher, fresh).ok());
}

QTEST_GUILESS_MAIN(TestFetcher)
#include "tst_fetcher.moc"
