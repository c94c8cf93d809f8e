// Fetch benchmark on loopback: N synthetic feeds (~50 KB each, ETag and
// Last-Modified) served by TestHttpServers on their own thread, spread over
// several loopback hosts. Measures a cold fetch, an all-304 refetch and a
// refetch with 10% of the feeds changed. Prints one JSON document.
// MASTHEAD_BENCH_FEEDS overrides the feed count (default 1000).

#include "fetcher.h"
#include "benchservers.h"

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
using namespace BenchServers;

namespace {

constexpr int RoundTimeoutMs = 120 * 1000;

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
