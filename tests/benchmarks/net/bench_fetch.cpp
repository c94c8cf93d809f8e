// Fetch benchmark on loopback: N synthetic feeds (~50 KB each, ETag and
// Last-Modified) served by TestHttpServers on their own thread, spread over
// several loopback hosts. Measures a cold fetch, an all-304 refetch and a
// refetch with 10% of the feeds changed. Prints one JSON document.
// MASTHEAD_BENCH_FEEDS overrides the feed count (default 1000).

#include "fetcher.h"
#include "testhttpserver.h"

#include <memory>
#include <sys/resource.h>
#include <time.h>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using Response = TestHttpServer::Response;

namespace {

constexpr int ItemsPerFeed = 50;
constexpr int MaxHosts = 8;
constexpr int RoundTimeoutMs = 120 * 1000;

QByteArray feedBody(int feed, int version)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                     "<title>Synthetic feed "
            + QByteArray::number(feed) + "</title>\n";
    for (int item = 0; item < ItemsPerFeed; ++item) {
        const QByteArray id = QByteArray::number(feed) + '-' + QByteArray::number(item) + '-'
                + QByteArray::number(version);
        xml += "<item><title>Story " + id + "</title><link>https://example.com/s/" + id
                + "</link><guid>" + id
                + "</guid><pubDate>Wed, 21 Oct 2015 07:28:00 GMT</pubDate>"
                  "<description>";
        // ~1 KB of deterministic filler per item
        for (int word = 0; word < 135; ++word)
            xml += "w" + QByteArray::number((feed * 7919 + item * 104729 + word * 31) % 9973) + ' ';
        xml += "</description></item>\n";
    }
    return xml + "</channel></rss>\n";
}

Response feedResponse(int feed, int version)
{
    return Response::ok(feedBody(feed, version), "application/rss+xml")
            .header("ETag",
                    "\"f" + QByteArray::number(feed) + 'v' + QByteArray::number(version) + '"')
            .header("Last-Modified",
                    "Wed, 21 Oct 2015 07:" + QByteArray::number(10 + version) + ":00 GMT");
}

double cpuSeconds() // user + system, every thread of the process (servers included)
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return t.tv_sec + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Servers live on their own thread; every call into them goes there and waits.
class ServerFarm final
{
public:
    explicit ServerFarm(int feeds)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        onServerThread([&] {
            for (int host = 0; host < MaxHosts; ++host) {
                auto server = std::make_unique<TestHttpServer>(
                        nullptr, QHostAddress(u"127.0.0.%1"_s.arg(host + 1)));
                if (!server->isListening())
                    break; // only 127.0.0.1 on this machine
                server->setMaxRecordedRequests(0);
                server->setIdleTimeout(60 * 1000);
                m_servers.push_back(std::move(server));
            }
            for (int feed = 0; feed < feeds; ++feed)
                serverFor(feed).route(pathFor(feed), feedResponse(feed, 0));
            m_serverCpu = threadCpuSeconds();
        });
    }

    ~ServerFarm()
    {
        onServerThread([&] { m_servers.clear(); });
        m_thread.quit();
        m_thread.wait();
    }

    int hosts() const { return int(m_servers.size()); }
    QUrl urlFor(int feed) { return serverFor(feed).url(pathFor(feed)); }

    void change(int feed, int version)
    {
        onServerThread([&] { serverFor(feed).route(pathFor(feed), feedResponse(feed, version)); });
    }

    QJsonObject takeCounters()
    {
        QJsonObject counters;
        onServerThread([&] {
            qint64 requests = 0;
            qint64 bytes = 0;
            qint64 connections = 0;
            int peakOpen = 0;
            for (const auto &server : m_servers) {
                requests += server->totalRequests();
                bytes += server->bytesSent();
                connections += server->connectionCount();
                peakOpen = qMax(peakOpen, server->peakOpenConnections());
                server->resetCounters();
            }
            const double cpu = threadCpuSeconds();
            counters = QJsonObject {{u"requests"_s, requests},
                                    {u"bytes_sent"_s, bytes},
                                    {u"new_connections"_s, connections},
                                    {u"peak_open_connections_per_host"_s, peakOpen},
                                    {u"server_cpu_seconds"_s, cpu - m_serverCpu}};
            m_serverCpu = cpu;
        });
        return counters;
    }

private:
    static QString pathFor(int feed) { return u"/feeds/%1.xml"_s.arg(feed); }
    TestHttpServer &serverFor(int feed) { return *m_servers.at(size_t(feed) % m_servers.size()); }

    template<typename F>
    void onServerThread(F &&work)
    {
        QMetaObject::invokeMethod(&m_context, std::forward<F>(work), Qt::BlockingQueuedConnection);
    }

    QThread m_thread;
    QObject m_context;
    std::vector<std::unique_ptr<TestHttpServer>> m_servers;
    double m_serverCpu = 0; // server thread CPU time at the last takeCounters()
};

// What a caller keeps of a result: the validators, not the body.
struct Outcome
{
    QByteArray etag;
    QByteArray lastModified;
};

struct Round
{
    double seconds = 0;
    double cpuSeconds = 0;
    int ok = 0;
    int notModified = 0;
    int failed = 0;
    qint64 bodyBytes = 0;
    QStringList errors;
};

Round fetchAll(Fetcher &fetcher, const QList<FetchRequest> &requests, QList<Outcome> &outcomes)
{
    Round round;
    QHash<Fetcher::RequestId, int> index;
    outcomes = QList<Outcome>(requests.size());
    QEventLoop loop;
    const auto connection =
            QObject::connect(&fetcher, &Fetcher::finished, &loop,
                             [&](Fetcher::RequestId id, const FetchResult &result) {
                                 outcomes[index.value(id)] = {result.etag, result.lastModified};
                                 if (!result.ok()) {
                                     ++round.failed;
                                     if (round.errors.size() < 5)
                                         round.errors.append(result.errorMessage);
                                 } else if (result.notModified) {
                                     ++round.notModified;
                                 } else {
                                     ++round.ok;
                                 }
                                 round.bodyBytes += result.bytes;
                             });
    QObject::connect(&fetcher, &Fetcher::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(RoundTimeoutMs, &loop, &QEventLoop::quit);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < requests.size(); ++i)
        index.insert(fetcher.fetch(requests.at(i)), int(i));
    loop.exec();
    round.seconds = timer.nsecsElapsed() / 1e9;
    round.cpuSeconds = cpuSeconds() - cpuBefore;
    fetcher.cancelAll(); // only if the round timed out
    QObject::disconnect(connection);
    return round;
}

QJsonObject report(const Round &round, QJsonObject counters)
{
    counters.insert(u"seconds"_s, round.seconds);
    counters.insert(u"cpu_seconds"_s, round.cpuSeconds);
    counters.insert(u"client_cpu_seconds"_s,
                    round.cpuSeconds - counters.value(u"server_cpu_seconds"_s).toDouble());
    counters.insert(u"fetched"_s, round.ok);
    counters.insert(u"not_modified"_s, round.notModified);
    counters.insert(u"failed"_s, round.failed);
    counters.insert(u"body_bytes"_s, round.bodyBytes);
    if (!round.errors.isEmpty())
        counters.insert(u"first_errors"_s, QJsonArray::fromStringList(round.errors));
    return counters;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = qEnvironmentVariableIsSet("MASTHEAD_BENCH_FEEDS")
            ? qBound(1, qEnvironmentVariableIntValue("MASTHEAD_BENCH_FEEDS"), 100000)
            : 1000;

    ServerFarm farm(count);
    const qint64 rssBeforeKb = peakRssKb();
    Fetcher fetcher;

    QList<FetchRequest> requests;
    for (int feed = 0; feed < count; ++feed) {
        FetchRequest request;
        request.url = farm.urlFor(feed);
        request.timeoutMs = 10000;
        request.deadlineMs = 30000;
        requests.append(request);
    }

    QList<Outcome> results;
    const Round cold = fetchAll(fetcher, requests, results);
    const QJsonObject coldReport = report(cold, farm.takeCounters());

    for (qsizetype i = 0; i < requests.size(); ++i) {
        requests[i].etag = results.at(i).etag;
        requests[i].lastModified = results.at(i).lastModified;
    }
    const Round unchanged = fetchAll(fetcher, requests, results);
    const QJsonObject unchangedReport = report(unchanged, farm.takeCounters());

    for (int feed = 0; feed < count; feed += 10)
        farm.change(feed, 1);
    farm.takeCounters();
    const Round tenth = fetchAll(fetcher, requests, results);
    const QJsonObject tenthReport = report(tenth, farm.takeCounters());

    const QJsonObject document {
            {u"benchmark"_s, u"net_fetch"_s},
            {u"feeds"_s, count},
            {u"feed_bytes"_s, qint64(feedBody(0, 0).size())},
            {u"hosts"_s, farm.hosts()},
            {u"per_host_limit"_s, fetcher.perHostLimit()},
            {u"global_limit"_s, fetcher.globalLimit()},
            {u"cold"_s, coldReport},
            {u"all_304"_s, unchangedReport},
            {u"changed_10_percent"_s, tenthReport},
            {u"rss_before_fetch_mb"_s, rssBeforeKb / 1024.0},
            {u"peak_rss_mb"_s, peakRssKb() / 1024.0},
            {u"load_average"_s, loadAverage()},
    };
    QTextStream(stdout) << QJsonDocument(document).toJson(QJsonDocument::Indented);
    const bool allOk = cold.failed == 0 && unchanged.failed == 0 && tenth.failed == 0
            && unchanged.notModified == count;
    return allOk ? 0 : 1;
}
