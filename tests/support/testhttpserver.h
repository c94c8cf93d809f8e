#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTimer;
class TestHttpConnection;

// A small HTTP/1.1 server for tests, listening on a free port of 127.0.0.1
// (or another loopback address). It answers each path with a canned response,
// a handler, or a file from a served directory, records what it was asked,
// and counts requests, connections and bytes. Keep-alive, chunked and
// Content-Length framing, gzip/deflate bodies, delays, slow drips and abrupt
// closes are supported. It is bounded: requests larger than a few hundred KB
// are refused, idle connections are closed after a while, and the whole
// server shuts itself down after its lifetime (default 10 minutes) or with
// its owner, whichever comes first.
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Request
    {
        QByteArray method;
        QString path; // decoded path without query
        QUrlQuery query;
        Headers headers; // in arrival order, names as sent
        QByteArray body;
        int connectionId = 0; // which TCP connection carried it (1-based)

        // Case-insensitive header lookup; empty when absent.
        QByteArray header(QByteArrayView name) const;
        bool hasHeader(QByteArrayView name) const;
    };

    enum class Framing { ContentLength, Chunked, CloseDelimited };

    struct Response
    {
        int status = 200;
        Headers headers;
        QByteArray body;
        int delayMs = 0; // before the status line is sent
        int dripBytesPerChunk = 0; // >0: send the body in pieces of this size…
        int dripIntervalMs = 0; // …this far apart
        bool closeWithoutResponse = false; // close the connection, send nothing
        Framing framing = Framing::ContentLength;
        QByteArray contentEncoding; // "gzip" or "deflate": body is compressed when sent
        QByteArray raw; // when set: sent verbatim instead of a response, then the connection closes

        static Response ok(const QByteArray &body, const QByteArray &contentType = "text/plain");
        static Response redirect(int status, const QByteArray &location);
        static Response error(int status);
        Response &header(const QByteArray &name, const QByteArray &value);
    };

    using Handler = std::function<Response(const Request &)>;

    explicit TestHttpServer(QObject *parent = nullptr,
                            const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    ~TestHttpServer() override;

    bool isListening() const;
    QString errorString() const;
    QHostAddress address() const;
    quint16 port() const;
    // http://<address>:<port><path>; path may carry a query ("/feed?page=2").
    QUrl url(const QString &path = QStringLiteral("/")) const;

    // Routes match the exact path (without query). An empty method matches
    // every method. Later routes for the same (method, path) replace earlier ones.
    void route(const QString &path, const Response &response);
    void route(const QByteArray &method, const QString &path, const Response &response);
    void route(const QString &path, Handler handler);
    void route(const QByteArray &method, const QString &path, Handler handler);
    void removeRoute(const QString &path);
    // Paths under urlPrefix ("/files/") are served from directory, with
    // Content-Type from the suffix and ETag/Last-Modified from the file.
    void serveDirectory(const QString &urlPrefix, const QString &directory);
    // Answers what no route or directory matches (default: 404).
    void setFallback(Handler handler);
    // When on (default), a 200 canned or file response that carries an ETag or
    // Last-Modified answers 304 to a request with a matching validator.
    void setConditionalResponses(bool on);
    // Connections with no request in flight are closed after this long.
    void setIdleTimeout(int ms);
    // The server stops listening and closes every connection after this long.
    void setLifetime(int ms);
    // Requests are recorded up to this many (older ones are dropped); default 10000.
    void setMaxRecordedRequests(int count);

    int requestCount(const QString &path) const;
    int totalRequests() const;
    QList<Request> requests() const;
    QList<Request> requests(const QString &path) const;
    Request lastRequest(const QString &path) const;
    int connectionCount() const; // accepted since start (or resetCounters)
    int openConnections() const;
    int peakOpenConnections() const;
    int peakConcurrentRequests() const; // requests received and not yet fully answered
    qint64 bytesSent() const;
    void resetCounters();

    // Encoders for Content-Encoding bodies (used by Response::contentEncoding).
    static QByteArray gzip(const QByteArray &data);
    static QByteArray deflate(const QByteArray &data); // RFC 1950 zlib stream

    void close();

signals:
    void requestReceived(const TestHttpServer::Request &request);

private:
    friend class TestHttpConnection;

    struct Route
    {
        QByteArray method;
        QString path;
        Handler handler; // null for a canned response
        std::optional<Response> canned;
    };

    void addRoute(Route route);
    void acceptConnections();
    Response respond(const Request &request);
    std::optional<Response> fileResponse(const Request &request) const;
    bool matchesValidators(const Request &request, const Response &response) const;
    void noteRequestStarted(const Request &request);
    void noteRequestFinished();
    void noteConnectionClosed(TestHttpConnection *connection);
    void noteBytesSent(qint64 bytes);

    QTcpServer *m_server = nullptr;
    QTimer *m_lifetime = nullptr;
    QList<Route> m_routes;
    QSet<TestHttpConnection *> m_live;
    QMultiHash<QString, qsizetype> m_routeIndex; // path -> index in m_routes, rebuilt lazily
    QList<QPair<QString, QString>> m_directories;
    Handler m_fallback;
    bool m_conditional = true;
    int m_idleTimeoutMs = 10000;
    int m_maxRecorded = 10000;
    QList<Request> m_requests;
    QHash<QString, int> m_counts;
    int m_total = 0;
    int m_connections = 0;
    int m_open = 0;
    int m_peakOpen = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    qint64 m_bytesSent = 0;
};
