#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = TestHttpServer::Response;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QNetworkReply *raw = nullptr; // for headers; owned by the manager
};

Reply get(QNetworkAccessManager &manager, const QUrl &url,
          const TestHttpServer::Headers &headers = {}, const QByteArray &method = "GET")
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.sendCustomRequest(request, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->error(), reply};
}

// Sends raw bytes on a fresh connection and collects everything until the
// server closes it or timeoutMs passes.
QByteArray exchange(const TestHttpServer &server, const QByteArray &bytes, int timeoutMs = 3000)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    socket.connectToHost(server.address(), server.port());
    socket.write(bytes);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    closed.wait(timeoutMs);
    received += socket.readAll();
    return received;
}

} // namespace

class TestTestHttpServer final : public QObject
{
    Q_OBJECT

private slots:
    void listensOnLoopback();
    void cannedResponse();
    void handlerSeesRequest();
    void unknownPathIs404();
    void routesByMethod();
    void keepAliveServesSeveralRequests();
    void chunkedFraming();
    void closeDelimitedFraming();
    void headHasNoBody();
    void gzipAndDeflateBodies();
    void delayedResponse();
    void dripsSlowly();
    void closeWithoutResponse();
    void rawResponse();
    void conditionalResponses();
    void servesDirectory();
    void refusesHugeRequestHeads();
    void countsConcurrentRequests();
    void stopsAfterLifetime();
};

void TestTestHttpServer::listensOnLoopback()
{
    TestHttpServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    QVERIFY(server.port() > 0);
    QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(server.url(u"/a?b=1"_s).toString(), u"http://127.0.0.1:%1/a?b=1"_s.arg(server.port()));
}

void TestTestHttpServer::cannedResponse()
{
    TestHttpServer server;
    server.route(u"/hello"_s, Response::ok("hi there", "text/plain").header("X-Test", "yes"));
    QNetworkAccessManager manager;
    const Reply reply = get(manager, server.url(u"/hello?x=1"_s), {{"X-Mixed-Case", "v"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("hi there"));
    QCOMPARE(reply.raw->rawHeader("X-Test"), QByteArray("yes"));
    QCOMPARE(reply.raw->rawHeader("Content-Length"), QByteArray("8"));
    QCOMPARE(server.requestCount(u"/hello"_s), 1);
    QCOMPARE(server.totalRequests(), 1);
    const TestHttpServer::Request request = server.lastRequest(u"/hello"_s);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.query.queryItemValue(u"x"_s), u"1"_s);
    QCOMPARE(request.header("x-mixed-case"), QByteArray("v"));
    QVERIFY(request.hasHeader("USER-AGENT"));
    QVERIFY(!request.hasHeader("X-Absent"));
}

void TestTestHttpServer::handlerSeesRequest()
{
    TestHttpServer server;
    server.route(u"/echo"_s, [](const TestHttpServer::Request &request) {
        return Response::ok(request.query.queryItemValue(u"q"_s).toUtf8() + '|'
                            + request.header("If-None-Match"));
    });
    QNetworkAccessManager manager;
    const Reply reply = get(manager, server.url(u"/echo?q=word"_s), {{"If-None-Match", "\"v1\""}});
    QCOMPARE(reply.body, QByteArray("word|\"v1\""));
}

void TestTestHttpServer::unknownPathIs404()
{
    TestHttpServer server;
    QNetworkAccessManager manager;
    QCOMPARE(get(manager, server.url(u"/nothing"_s)).status, 404);
    server.setFallback([](const TestHttpServer::Request &) { return Response::error(410); });
    QCOMPARE(get(manager, server.url(u"/nothing"_s)).status, 410);
}

void TestTestHttpServer::routesByMethod()
{
    TestHttpServer server;
    server.route(u"/r"_s, Response::ok("any"));
    server.route("POST", u"/r"_s, Response::ok("post"));
    QNetworkAccessManager manager;
    QCOMPARE(get(manager, server.url(u"/r"_s)).body, QByteArray("any"));
    QCOMPARE(get(manager, server.url(u"/r"_s), {}, "POST").body, QByteArray("post"));
    server.route(u"/r"_s, Response::ok("replaced"));
    QCOMPARE(get(manager, server.url(u"/r"_s)).body, QByteArray("replaced"));
}

void TestTestHttpServer::keepAliveServesSeveralRequests()
{
    TestHttpServer server;
    server.route(u"/a"_s, Response::ok("AAA"));
    server.route(u"/b"_s, Response::ok("BB"));
    // Two pipelined requests, the second asks to close.
    const QByteArray answer = exchange(server,
                                       "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
                                       "GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(answer.count("HTTP/1.1 200 OK"), 2);
    QVERIFY(answer.contains("Connection: keep-alive"));
    QVERIFY(answer.endsWith("BB"));
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.requests().at(1).connectionId, server.requests().at(0).connectionId);

    QNetworkAccessManager manager; // Qt reuses the connection too
    get(manager, server.url(u"/a"_s));
    get(manager, server.url(u"/b"_s));
    QCOMPARE(server.connectionCount(), 2);
}

void TestTestHttpServer::chunkedFraming()
{
    TestHttpServer server;
    Response response = Response::ok(QByteArray(10000, 'x'));
    response.framing = TestHttpServer::Framing::Chunked;
    response.dripBytesPerChunk = 4096;
    server.route(u"/c"_s, response);
    const QByteArray raw = exchange(server, "GET /c HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY(raw.contains("Transfer-Encoding: chunked"));
    QVERIFY(!raw.contains("Content-Length"));
    QVERIFY(raw.contains("\r\n1000\r\n"));
    QVERIFY(raw.endsWith("\r\n0\r\n\r\n"));
    QNetworkAccessManager manager;
    QCOMPARE(get(manager, server.url(u"/c"_s)).body, QByteArray(10000, 'x'));
}

void TestTestHttpServer::closeDelimitedFraming()
{
    TestHttpServer server;
    Response response = Response::ok("until close");
    response.framing = TestHttpServer::Framing::CloseDelimited;
    server.route(u"/d"_s, response);
    const QByteArray raw = exchange(server, "GET /d HTTP/1.1\r\n\r\n");
    QVERIFY(raw.contains("Connection: close"));
    QVERIFY(!raw.contains("Content-Length"));
    QVERIFY(raw.endsWith("\r\n\r\nuntil close"));
}

void TestTestHttpServer::headHasNoBody()
{
    TestHttpServer server;
    server.route(u"/h"_s, Response::ok("12345"));
    const QByteArray raw = exchange(server, "HEAD /h HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY(raw.contains("Content-Length: 5"));
    QVERIFY(raw.endsWith("\r\n\r\n"));
}

void TestTestHttpServer::gzipAndDeflateBodies()
{
    const QByteArray text = QByteArray("<rss>compressible text </rss>").repeated(200);
    TestHttpServer server;
    Response gz = Response::ok(text, "application/rss+xml");
    gz.contentEncoding = "gzip";
    server.route(u"/gz"_s, gz);
    Response df = gz;
    df.contentEncoding = "deflate";
    server.route(u"/df"_s, df);

    const QByteArray raw = exchange(server, "GET /gz HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY(raw.contains("Content-Encoding: gzip"));
    QVERIFY(raw.size() < text.size() / 4);
    QVERIFY(raw.contains(QByteArray("\x1f\x8b\x08", 3)));

    QNetworkAccessManager manager; // decodes both itself
    QCOMPARE(get(manager, server.url(u"/gz"_s)).body, text);
    QCOMPARE(get(manager, server.url(u"/df"_s)).body, text);
    QCOMPARE(TestHttpServer::gzip(QByteArray()).size(), 20);
    server.route(u"/empty"_s, [](const TestHttpServer::Request &) {
        Response empty = Response::ok(QByteArray());
        empty.contentEncoding = "gzip";
        return empty;
    });
    const Reply emptyReply = get(manager, server.url(u"/empty"_s));
    QCOMPARE(emptyReply.error, QNetworkReply::NoError);
    QVERIFY(emptyReply.body.isEmpty());
}

void TestTestHttpServer::delayedResponse()
{
    TestHttpServer server;
    Response response = Response::ok("late");
    response.delayMs = 200;
    server.route(u"/late"_s, response);
    QNetworkAccessManager manager;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(manager, server.url(u"/late"_s)).body, QByteArray("late"));
    QVERIFY(timer.elapsed() >= 190);
}

void TestTestHttpServer::dripsSlowly()
{
    TestHttpServer server;
    Response response = Response::ok(QByteArray(50, 'd'));
    response.dripBytesPerChunk = 10;
    response.dripIntervalMs = 40;
    server.route(u"/drip"_s, response);
    QNetworkAccessManager manager;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(manager, server.url(u"/drip"_s)).body, QByteArray(50, 'd'));
    QVERIFY2(timer.elapsed() >= 150, qPrintable(QString::number(timer.elapsed())));
}

void TestTestHttpServer::closeWithoutResponse()
{
    TestHttpServer server;
    Response response;
    response.closeWithoutResponse = true;
    server.route(u"/x"_s, response);
    QNetworkAccessManager manager;
    const Reply reply = get(manager, server.url(u"/x"_s));
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QVERIFY(server.requestCount(u"/x"_s) >= 1);
}

void TestTestHttpServer::rawResponse()
{
    TestHttpServer server;
    Response garbage;
    garbage.raw = "NOT HTTP AT ALL\r\n\r\n";
    server.route(u"/garbage"_s, garbage);
    QCOMPARE(exchange(server, "GET /garbage HTTP/1.1\r\n\r\n"), garbage.raw);
}

void TestTestHttpServer::conditionalResponses()
{
    TestHttpServer server;
    server.route(u"/feed"_s,
                 Response::ok("body", "application/rss+xml")
                         .header("ETag", "\"v7\"")
                         .header("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT"));
    QNetworkAccessManager manager;
    QCOMPARE(get(manager, server.url(u"/feed"_s)).status, 200);
    Reply reply = get(manager, server.url(u"/feed"_s), {{"If-None-Match", "\"v6\", W/\"v7\""}});
    QCOMPARE(reply.status, 304);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(reply.raw->rawHeader("ETag"), QByteArray("\"v7\""));
    QCOMPARE(get(manager, server.url(u"/feed"_s), {{"If-None-Match", "\"v6\""}}).status, 200);
    QCOMPARE(get(manager, server.url(u"/feed"_s),
                 {{"If-Modified-Since", "Wed, 21 Oct 2015 07:28:00 GMT"}})
                     .status,
             304);
    server.setConditionalResponses(false);
    QCOMPARE(get(manager, server.url(u"/feed"_s), {{"If-None-Match", "\"v7\""}}).status, 200);
}

void TestTestHttpServer::servesDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"feed.xml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<rss/>");
    file.close();

    TestHttpServer server;
    server.serveDirectory(u"/files/"_s, dir.path());
    QNetworkAccessManager manager;
    Reply reply = get(manager, server.url(u"/files/feed.xml"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("<rss/>"));
    QCOMPARE(reply.raw->rawHeader("Content-Type"), QByteArray("application/xml"));
    const QByteArray etag = reply.raw->rawHeader("ETag");
    QVERIFY(!etag.isEmpty());
    QCOMPARE(get(manager, server.url(u"/files/feed.xml"_s), {{"If-None-Match", etag}}).status, 304);
    QCOMPARE(get(manager, server.url(u"/files/missing.xml"_s)).status, 404);
    const QByteArray escape = exchange(server,
                                       "GET /files/../../etc/passwd HTTP/1.1\r\n"
                                       "Connection: close\r\n\r\n");
    QVERIFY(!escape.startsWith("HTTP/1.1 200"));
}

void TestTestHttpServer::refusesHugeRequestHeads()
{
    TestHttpServer server;
    const QByteArray head = "GET / HTTP/1.1\r\nX-Junk: " + QByteArray(100 * 1024, 'j');
    const QByteArray raw = exchange(server, head);
    QVERIFY(raw.startsWith("HTTP/1.1 431"));
}

void TestTestHttpServer::countsConcurrentRequests()
{
    TestHttpServer server;
    Response response = Response::ok("slow");
    response.delayMs = 150;
    server.route(u"/slow"_s, response);
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 3; ++i)
        replies.append(manager.get(QNetworkRequest(server.url(u"/slow"_s))));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             5000);
    QCOMPARE(server.peakConcurrentRequests(), 3);
    QCOMPARE(server.peakOpenConnections(), 3);
    QCOMPARE(server.requestCount(u"/slow"_s), 3);
    QVERIFY(server.bytesSent() > 3 * 4);
    server.resetCounters();
    QCOMPARE(server.totalRequests(), 0);
    QCOMPARE(server.bytesSent(), 0);
}

void TestTestHttpServer::stopsAfterLifetime()
{
    auto *server = new TestHttpServer(this);
    server->setLifetime(50);
    QTRY_VERIFY_WITH_TIMEOUT(!server->isListening(), 2000);
    delete server;
}

QTEST_GUILESS_MAIN(TestTestHttpServer)
#include "tst_testhttpserver.moc"
