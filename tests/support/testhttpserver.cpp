#include "testhttpserver.h"

#include <array>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 512 * 1024;

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool statusHasNoBody(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

QByteArray contentTypeFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const QHash<QString, QByteArray> types = {
            {u"xml"_s, "application/xml"},
            {u"rss"_s, "application/rss+xml"},
            {u"atom"_s, "application/atom+xml"},
            {u"json"_s, "application/json"},
            {u"opml"_s, "text/x-opml"},
            {u"html"_s, "text/html; charset=utf-8"},
            {u"htm"_s, "text/html; charset=utf-8"},
            {u"txt"_s, "text/plain; charset=utf-8"},
            {u"png"_s, "image/png"},
            {u"jpg"_s, "image/jpeg"},
            {u"jpeg"_s, "image/jpeg"},
            {u"gif"_s, "image/gif"},
            {u"webp"_s, "image/webp"},
            {u"svg"_s, "image/svg+xml"},
    };
    return types.value(suffix, "application/octet-stream");
}

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> entries {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int bit = 0; bit < 8; ++bit)
                c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
            entries[n] = c;
        }
        return entries;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data)
        crc = table[(crc ^ static_cast<quint8>(c)) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

void appendLittleEndian(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xFF));
}

QByteArray findHeader(const TestHttpServer::Headers &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

// One accepted TCP connection: parses requests one after another (keep-alive,
// pipelining in order) and writes the responses the server chooses.
class TestHttpConnection final : public QObject
{
public:
    TestHttpConnection(TestHttpServer *server, QTcpSocket *socket, int id)
        : QObject(server), m_server(server), m_socket(socket), m_id(id)
    {
        m_socket->setParent(this);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_idle.setSingleShot(true);
        m_idle.setInterval(server->m_idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
        connect(&m_dripTimer, &QTimer::timeout, this, &TestHttpConnection::drip);
        connect(m_socket, &QTcpSocket::readyRead, this, &TestHttpConnection::readMore);
        connect(m_socket, &QTcpSocket::disconnected, this, &TestHttpConnection::closed);
        m_idle.start();
    }

    ~TestHttpConnection() override
    {
        if (m_busy && m_server)
            m_server->noteRequestFinished();
        if (m_server)
            m_server->noteConnectionClosed(this);
    }

private:
    void closed()
    {
        m_dripTimer.stop();
        deleteLater();
    }

    void readMore()
    {
        m_buffer.append(m_socket->readAll());
        if (!m_busy)
            parseNext();
    }

    void parseNext()
    {
        if (!m_buffer.isEmpty() && (m_buffer.at(0) < 'A' || m_buffer.at(0) > 'Z')) {
            sendRaw(400, "not HTTP"); // e.g. a TLS handshake sent to plain HTTP
            return;
        }
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > MaxHeadBytes)
                sendRaw(431, "request head too large");
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3) {
            sendRaw(400, "bad request line");
            return;
        }
        TestHttpServer::Request request;
        request.method = requestLine.at(0);
        request.connectionId = m_id;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const QUrl target = QUrl::fromEncoded(requestLine.at(1));
        request.path = target.path();
        request.query = QUrlQuery(target);
        const QByteArray version = requestLine.at(2);
        const QByteArray connection = request.header("Connection").toLower();
        m_keepAlive = version == "HTTP/1.1" ? !connection.contains("close")
                                            : connection.contains("keep-alive");
        if (request.hasHeader("Transfer-Encoding")) {
            sendRaw(501, "chunked request bodies are not supported");
            return;
        }
        bool ok = true;
        const qsizetype length = request.hasHeader("Content-Length")
                ? request.header("Content-Length").toLongLong(&ok)
                : 0;
        if (!ok || length < 0 || length > MaxBodyBytes) {
            sendRaw(413, "request body too large");
            return;
        }
        if (m_buffer.size() < headEnd + 4 + length)
            return; // wait for the rest of the body
        request.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        m_head = request.method == "HEAD";

        m_busy = true;
        m_idle.stop();
        m_server->noteRequestStarted(request);
        const TestHttpServer::Response response = m_server->respond(request);
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, this, [this, response] { send(response); });
        else
            send(response);
    }

    void sendRaw(int status, const QByteArray &message)
    {
        m_keepAlive = false;
        m_busy = true;
        m_buffer.clear();
        TestHttpServer::Request invalid; // recorded, so counts stay balanced
        invalid.method = "INVALID";
        invalid.connectionId = m_id;
        m_server->noteRequestStarted(invalid);
        TestHttpServer::Response response = TestHttpServer::Response::ok(message);
        response.status = status;
        send(response);
    }

    void send(const TestHttpServer::Response &response)
    {
        if (response.closeWithoutResponse) {
            m_socket->abort();
            return;
        }
        if (!response.raw.isEmpty()) {
            write(response.raw);
            m_keepAlive = false;
            finishResponse();
            return;
        }
        QByteArray body = response.body;
        if (response.contentEncoding == "gzip")
            body = TestHttpServer::gzip(body);
        else if (response.contentEncoding == "deflate")
            body = TestHttpServer::deflate(body);
        const bool noBody = statusHasNoBody(response.status);
        if (noBody)
            body.clear();
        m_chunked = !noBody && response.framing == TestHttpServer::Framing::Chunked;
        const bool closeDelimited =
                !noBody && response.framing == TestHttpServer::Framing::CloseDelimited;
        if (closeDelimited)
            m_keepAlive = false;

        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                + reasonPhrase(response.status) + "\r\n";
        head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
        head += "Server: masthead-test\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        if (!response.contentEncoding.isEmpty() && !noBody)
            head += "Content-Encoding: " + response.contentEncoding + "\r\n";
        if (m_chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else if (!noBody && !closeDelimited)
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        head += m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
        head += "\r\n";

        m_pending = m_head ? QByteArray() : body;
        if (response.dripBytesPerChunk > 0 && !m_pending.isEmpty()) {
            write(head);
            m_dripSize = response.dripBytesPerChunk;
            m_dripTimer.setInterval(qMax(0, response.dripIntervalMs));
            m_dripTimer.start();
            drip();
        } else {
            // One write for head and body, as real servers do: split writes
            // meet Nagle and delayed ACKs and cost 40 ms on loopback.
            QByteArray whole = head + framed(m_pending);
            if (m_chunked && !m_head)
                whole += "0\r\n\r\n";
            m_chunked = false; // already terminated
            write(whole);
            m_pending.clear();
            finishResponse();
        }
    }

    void drip()
    {
        writeBody(m_pending.left(m_dripSize));
        m_pending.remove(0, qMin<qsizetype>(m_dripSize, m_pending.size()));
        if (m_pending.isEmpty()) {
            m_dripTimer.stop();
            finishResponse();
        }
    }

    QByteArray framed(const QByteArray &piece) const
    {
        if (piece.isEmpty() || !m_chunked)
            return piece;
        return QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }

    void writeBody(const QByteArray &piece)
    {
        if (!piece.isEmpty())
            write(framed(piece));
    }

    void finishResponse()
    {
        if (m_chunked && !m_head)
            write("0\r\n\r\n");
        m_busy = false;
        m_server->noteRequestFinished();
        if (!m_keepAlive) {
            m_socket->disconnectFromHost();
            return;
        }
        m_idle.start();
        if (!m_buffer.isEmpty())
            parseNext();
    }

    void write(const QByteArray &data)
    {
        m_socket->write(data);
        m_server->noteBytesSent(data.size());
    }

    QPointer<TestHttpServer> m_server;
    QTcpSocket *m_socket;
    int m_id;
    QByteArray m_buffer;
    QByteArray m_pending;
    QTimer m_idle;
    QTimer m_dripTimer;
    int m_dripSize = 0;
    bool m_busy = false;
    bool m_keepAlive = true;
    bool m_chunked = false;
    bool m_head = false;
};

QByteArray TestHttpServer::Request::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

bool TestHttpServer::Request::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (QByteArrayView(entry.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

TestHttpServer::Response TestHttpServer::Response::ok(const QByteArray &body,
                                                      const QByteArray &contentType)
{
    Response response;
    response.body = body;
    if (!contentType.isEmpty())
        response.headers.append({"Content-Type", contentType});
    return response;
}

TestHttpServer::Response TestHttpServer::Response::redirect(int status, const QByteArray &location)
{
    Response response;
    response.status = status;
    response.headers.append({"Location", location});
    return response;
}

TestHttpServer::Response TestHttpServer::Response::error(int status)
{
    Response response = ok(reasonPhrase(status));
    response.status = status;
    return response;
}

TestHttpServer::Response &TestHttpServer::Response::header(const QByteArray &name,
                                                           const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

TestHttpServer::TestHttpServer(QObject *parent, const QHostAddress &address)
    : QObject(parent), m_server(new QTcpServer(this)), m_lifetime(new QTimer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TestHttpServer::acceptConnections);
    m_server->setMaxPendingConnections(256);
    if (!m_server->listen(address, 0))
        qWarning("TestHttpServer: cannot listen: %s", qPrintable(m_server->errorString()));
    m_lifetime->setSingleShot(true);
    connect(m_lifetime, &QTimer::timeout, this, [this] {
        qWarning("TestHttpServer: lifetime over, closing");
        close();
    });
    setLifetime(10 * 60 * 1000);
}

TestHttpServer::~TestHttpServer() { close(); }

bool TestHttpServer::isListening() const { return m_server->isListening(); }
QString TestHttpServer::errorString() const { return m_server->errorString(); }
QHostAddress TestHttpServer::address() const { return m_server->serverAddress(); }
quint16 TestHttpServer::port() const { return m_server->serverPort(); }

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(u"http://%1:%2%3"_s.arg(address().toString()).arg(port()).arg(path));
}

void TestHttpServer::route(const QString &path, const Response &response)
{
    route(QByteArray(), path, response);
}

void TestHttpServer::route(const QByteArray &method, const QString &path, const Response &response)
{
    addRoute(Route {method, path, nullptr, response});
}

void TestHttpServer::route(const QString &path, Handler handler)
{
    route(QByteArray(), path, std::move(handler));
}

void TestHttpServer::route(const QByteArray &method, const QString &path, Handler handler)
{
    addRoute(Route {method, path, std::move(handler), std::nullopt});
}

void TestHttpServer::addRoute(Route route)
{
    const QString path = route.path;
    const QByteArray method = route.method;
    m_routes.removeIf([&](const Route &r) { return r.path == path && r.method == method; });
    m_routes.append(std::move(route));
    m_routeIndex.clear();
}

void TestHttpServer::removeRoute(const QString &path)
{
    m_routes.removeIf([&](const Route &r) { return r.path == path; });
    m_routeIndex.clear();
}

void TestHttpServer::serveDirectory(const QString &urlPrefix, const QString &directory)
{
    m_directories.append({urlPrefix, QDir(directory).absolutePath()});
}

void TestHttpServer::setFallback(Handler handler) { m_fallback = std::move(handler); }
void TestHttpServer::setConditionalResponses(bool on) { m_conditional = on; }
void TestHttpServer::setIdleTimeout(int ms) { m_idleTimeoutMs = qMax(1, ms); }
void TestHttpServer::setLifetime(int ms) { m_lifetime->start(qMax(1, ms)); }
void TestHttpServer::setMaxRecordedRequests(int count) { m_maxRecorded = qMax(0, count); }

int TestHttpServer::requestCount(const QString &path) const { return m_counts.value(path); }
int TestHttpServer::totalRequests() const { return m_total; }
QList<TestHttpServer::Request> TestHttpServer::requests() const { return m_requests; }

QList<TestHttpServer::Request> TestHttpServer::requests(const QString &path) const
{
    QList<Request> matching;
    for (const Request &request : m_requests) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

TestHttpServer::Request TestHttpServer::lastRequest(const QString &path) const
{
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
        if (it->path == path)
            return *it;
    }
    return {};
}

int TestHttpServer::connectionCount() const { return m_connections; }
int TestHttpServer::openConnections() const { return m_open; }
int TestHttpServer::peakOpenConnections() const { return m_peakOpen; }
int TestHttpServer::peakConcurrentRequests() const { return m_peakInFlight; }
qint64 TestHttpServer::bytesSent() const { return m_bytesSent; }

void TestHttpServer::resetCounters()
{
    m_requests.clear();
    m_counts.clear();
    m_total = 0;
    m_connections = 0;
    m_peakOpen = m_open;
    m_peakInFlight = m_inFlight;
    m_bytesSent = 0;
}

QByteArray TestHttpServer::gzip(const QByteArray &data)
{
    // A zlib stream is a 2-byte header, raw deflate and a 4-byte Adler-32;
    // gzip wants its own header, the raw deflate, CRC-32 and size.
    const QByteArray zlib = deflate(data);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += zlib.mid(2, zlib.size() - 6);
    appendLittleEndian(out, crc32(data));
    appendLittleEndian(out, static_cast<quint32>(data.size()));
    return out;
}

QByteArray TestHttpServer::deflate(const QByteArray &data)
{
    if (data.isEmpty()) // qCompress gives no stream at all for empty input
        return QByteArray("\x78\x9c\x03\x00\x00\x00\x00\x01", 8);
    return qCompress(data, 6).mid(4);
}

void TestHttpServer::close()
{
    m_lifetime->stop();
    m_server->close();
    const QList<TestHttpConnection *> connections = m_live.values();
    for (TestHttpConnection *connection : connections)
        delete connection;
}

void TestHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        m_peakOpen = qMax(m_peakOpen, ++m_open);
        m_live.insert(new TestHttpConnection(this, socket, m_connections));
    }
}

TestHttpServer::Response TestHttpServer::respond(const Request &request)
{
    if (m_routeIndex.isEmpty()) {
        for (qsizetype i = 0; i < m_routes.size(); ++i)
            m_routeIndex.insert(m_routes.at(i).path, i);
    }
    const Route *match = nullptr;
    for (auto it = m_routeIndex.constFind(request.path);
         it != m_routeIndex.cend() && it.key() == request.path; ++it) {
        const Route &candidate = m_routes.at(it.value());
        if (candidate.method == request.method) {
            match = &candidate;
            break;
        }
        if (candidate.method.isEmpty())
            match = &candidate;
    }
    if (match && match->handler)
        return match->handler(request);
    std::optional<Response> canned;
    if (match)
        canned = match->canned;
    else
        canned = fileResponse(request);
    if (canned) {
        if (canned->status == 200 && m_conditional && matchesValidators(request, *canned)) {
            Response notModified;
            notModified.status = 304;
            for (const auto &[name, value] : canned->headers) {
                if (name.compare("Content-Type", Qt::CaseInsensitive) != 0)
                    notModified.headers.append({name, value});
            }
            notModified.delayMs = canned->delayMs;
            return notModified;
        }
        return *canned;
    }
    if (m_fallback)
        return m_fallback(request);
    return Response::error(404);
}

std::optional<TestHttpServer::Response> TestHttpServer::fileResponse(const Request &request) const
{
    for (const auto &[prefix, directory] : m_directories) {
        if (!request.path.startsWith(prefix))
            continue;
        const QString relative = QDir::cleanPath(request.path.mid(prefix.size()));
        if (relative.startsWith(u".."_s) || QDir::isAbsolutePath(relative))
            return Response::error(403);
        const QFileInfo info(QDir(directory).filePath(relative));
        if (!info.isFile())
            return Response::error(404);
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            return Response::error(403);
        Response response = Response::ok(file.readAll(), contentTypeFor(info.fileName()));
        const QDateTime modified = info.lastModified();
        response.header("Last-Modified", httpDate(modified));
        response.header("ETag",
                        '"' + QByteArray::number(info.size()) + '-'
                                + QByteArray::number(modified.toMSecsSinceEpoch()) + '"');
        return response;
    }
    return std::nullopt;
}

bool TestHttpServer::matchesValidators(const Request &request, const Response &response) const
{
    const QByteArray etag = findHeader(response.headers, "ETag");
    const QByteArray ifNoneMatch = request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty() && !etag.isEmpty()) {
        const QByteArray strong = etag.startsWith("W/") ? etag.mid(2) : etag;
        for (QByteArray candidate : ifNoneMatch.split(',')) {
            candidate = candidate.trimmed();
            if (candidate.startsWith("W/"))
                candidate = candidate.mid(2);
            if (candidate == "*" || candidate == strong)
                return true;
        }
        return false; // If-None-Match takes precedence over If-Modified-Since
    }
    const QByteArray lastModified = findHeader(response.headers, "Last-Modified");
    return !lastModified.isEmpty() && request.header("If-Modified-Since") == lastModified;
}

void TestHttpServer::noteRequestStarted(const Request &request)
{
    ++m_total;
    ++m_counts[request.path];
    m_peakInFlight = qMax(m_peakInFlight, ++m_inFlight);
    if (m_maxRecorded > 0) {
        if (m_requests.size() >= m_maxRecorded)
            m_requests.removeFirst();
        m_requests.append(request);
    }
    emit requestReceived(request);
}

void TestHttpServer::noteRequestFinished() { --m_inFlight; }
void TestHttpServer::noteConnectionClosed(TestHttpConnection *connection)
{
    if (m_live.remove(connection))
        --m_open;
}
void TestHttpServer::noteBytesSent(qint64 bytes) { m_bytesSent += bytes; }
