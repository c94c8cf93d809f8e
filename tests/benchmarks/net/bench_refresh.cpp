// Refresh end to end on loopback: N synthetic feeds of 50 items (default
// 1000, MASTHEAD_BENCH_FEEDS) served with ETag/Last-Modified by local
// servers; RefreshService fetches, parses and stores them into a real library
// in a temporary directory while the background indexer runs beside it, as
// in the app (paused while a refresh runs, indexing between). Three rounds: cold into an empty library, all unchanged (304),
// 10% of the feeds changed. Per round: wall time, requests, articles stored,
// and the longest stall of the thread the refresh reports to (the GUI thread
// in the app), measured by a 1 ms timer. Then the indexer's rate on the
// queue left (at most MASTHEAD_BENCH_CATCH_UP_S seconds of it, default 120),
// and the peak RSS. Prints one JSON document.

#include "storagethread.h"
#include "backgroundindexer.h"
#include "benchservers.h"
#include "fetcher.h"
#include "library.h"
#include "refreshservice.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace BenchServers;

namespace {

constexpr int RoundTimeoutMs = 300 * 1000;

// The longest gap between ticks of a 1 ms timer: how long the event loop
// of this thread was kept from running.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = qMax(m_longest, m_clock.nsecsElapsed());
            m_clock.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return double(qMax(m_longest, m_clock.nsecsElapsed())) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

qint64 count(Library &library, const QString &sql)
{
    auto ids = SqlUtil::idColumn(library.database().connection(), sql);
    return ids && !ids->isEmpty() ? ids->first() : -1;
}

QJsonObject round(RefreshService &service, ServerFarm &farm, Library &library)
{
    StallMeter stalls;
    QEventLoop loop;
    QObject::connect(&service, &RefreshService::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(RoundTimeoutMs, &loop, &QEventLoop::quit);
    const qint64 before = count(library, u"SELECT count(*) FROM articles"_s);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    stalls.start();
    QElapsedTimer startCall;
    startCall.start();
    if (!service.start())
        return {{u"error"_s, u"a refresh was already running"_s}};
    const double startCallMs = double(startCall.nsecsElapsed()) / 1e6;
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double longestStall = stalls.stopMs();
    const RefreshReport &report = service.report();
    QJsonObject out = farm.takeCounters();
    const qint64 stored = count(library, u"SELECT count(*) FROM articles"_s) - before;
    out.insert(u"seconds"_s, seconds);
    out.insert(u"cpu_seconds"_s, cpuSeconds() - cpuBefore);
    out.insert(u"fetched"_s, report.fetched);
    out.insert(u"not_modified"_s, report.notModified);
    out.insert(u"failed"_s, int(report.failed.size()));
    out.insert(u"new_articles"_s, report.newArticles);
    out.insert(u"updated_articles"_s, report.updatedArticles);
    out.insert(u"articles_added"_s, stored);
    out.insert(u"longest_event_loop_stall_ms"_s, longestStall);
    out.insert(u"start_call_ms"_s, startCallMs); // RefreshService::start itself
    out.insert(u"index_queue_after"_s, count(library, u"SELECT count(*) FROM index_queue"_s));
    if (!report.failed.isEmpty())
        out.insert(u"first_error"_s, report.failed.first().error);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int feeds = qEnvironmentVariableIsSet("MASTHEAD_BENCH_FEEDS")
            ? qBound(1, qEnvironmentVariableIntValue("MASTHEAD_BENCH_FEEDS"), 100000)
            : 1000;
    ServerFarm farm(feeds);
    QTemporaryDir dir;
    auto opened = Library::open(dir.path());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Library &library = *opened.value();
    for (int f = 0; f < feeds; ++f) {
        Feed feed;
        feed.url = farm.urlFor(f);
        feed.title = u"Feed %1"_s.arg(f);
        if (!library.feeds().add(feed))
            return 1;
    }
    farm.takeCounters();
    const qint64 rssBeforeKb = peakRssKb();

    Fetcher fetcher;
    StorageThread storage(library.dataDir(), StorageThread::Checkpoints::ByAnotherConnection); // as in the app
    RefreshService service(library, fetcher, storage);
    BackgroundIndexer indexer(dir.path());
    if (!library.database().setAutoCheckpoint(false)) // as in the app: the indexer's thread checkpoints
        return 1;
    QObject::connect(&service, &RefreshService::started, &indexer, [&] { indexer.setPaused(true); });
    QObject::connect(&service, &RefreshService::finished, &indexer, [&] {
        indexer.schedule();
        indexer.setPaused(false);
    });

    const QJsonObject cold = round(service, farm, library);
    const QJsonObject unchanged = round(service, farm, library);
    for (int f = 0; f < feeds; f += 10)
        farm.change(f, 1);
    farm.takeCounters();
    const QJsonObject tenth = round(service, farm, library);

    // The search and related indexes catch up behind the refreshes.
    const qint64 queued = count(library, u"SELECT count(*) FROM index_queue"_s);
    const int catchUpCap = qEnvironmentVariableIsSet("MASTHEAD_BENCH_CATCH_UP_S")
            ? qEnvironmentVariableIntValue("MASTHEAD_BENCH_CATCH_UP_S")
            : 120;
    QElapsedTimer catchUp;
    catchUp.start();
    QEventLoop loop;
    QObject::connect(&indexer, &BackgroundIndexer::finished, &loop, [&] {
        if (!indexer.isRunning())
            loop.quit();
    });
    QObject::connect(&indexer, &BackgroundIndexer::failed, &loop, &QEventLoop::quit);
    indexer.schedule();
    QTimer::singleShot(catchUpCap * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double catchUpSeconds = double(catchUp.nsecsElapsed()) / 1e9;
    const qint64 left = count(library, u"SELECT count(*) FROM index_queue"_s);
    const qint64 articles = count(library, u"SELECT count(*) FROM articles"_s);

    const QJsonObject document {
            {u"benchmark"_s, u"refresh"_s},
            {u"feeds"_s, feeds},
            {u"items_per_feed"_s, ItemsPerFeed},
            {u"feed_bytes"_s, qint64(feedBody(0, 0).size())},
            {u"hosts"_s, farm.hosts()},
            {u"cold"_s, cold},
            {u"all_304"_s, unchanged},
            {u"changed_10_percent"_s, tenth},
            {u"articles"_s, articles},
            {u"index_queue_after_rounds"_s, queued},
            {u"index_catch_up_s"_s, catchUpSeconds},
            {u"index_catch_up_articles_per_s"_s, double(queued - left) / catchUpSeconds},
            {u"index_queue_left"_s, left},
            {u"rss_before_refresh_mb"_s, rssBeforeKb / 1024.0},
            {u"peak_rss_mb"_s, peakRssKb() / 1024.0},
            {u"load_average"_s, loadAverage()},
    };
    QTextStream(stdout) << QJsonDocument(document).toJson(QJsonDocument::Indented);
    return cold.value(u"failed"_s).toInt() == 0 && unchanged.value(u"not_modified"_s).toInt() == feeds ? 0 : 1;
}
