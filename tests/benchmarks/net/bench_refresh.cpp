// Refresh end to end on loopback: N feeds of 50 items (default 1000,
// MASTHEAD_BENCH_FEEDS) served with ETag/Last-Modified by local servers,
// news-shaped by default (NewsCorpus: HTML bodies, wire copy, templated
// feeds, an image in most items, which the refresh records and downloads as
// the app does) or filler words with MASTHEAD_BENCH_CORPUS=filler (a floor
// figure: no markup, the HTML parser never runs). Before the rounds, parse +
// sanitize alone is timed on one core over the first 100 feeds (MASTHEAD_BENCH_TRACE=1 logs every
// feed and page fetch to stderr); RefreshService fetches, parses and stores them into a real
// library in a temporary directory while the background indexer runs beside it, as in the app
// (paused while a refresh stores its feeds, indexing beside its offline copies and between refreshes). Three rounds: cold into an empty library, all
// unchanged (304), 10% of the feeds changed. Per round: `seconds`, until every feed's articles
// are stored and every image of them is recorded (known to the library, its download queued and
// resumable: RefreshService::feedsDone), with `cpu_seconds` until then; `offline_copies_done_s`
// and `cpu_seconds_total`, until the pages of summary-only items and the image downloads are done
// too (RefreshService::finished); images stored, failed and left pending; requests, articles
// stored, and
// the longest stall of the thread the refresh reports to (the GUI thread in the app), measured by a
// 1 ms timer. After the cold round and after the 10% round, the indexer catches up on the queue
// (at most MASTHEAD_BENCH_CATCH_UP_S seconds of it, default 120): its time and rate, and
// cold_until_indexed_s, from the cold round's start to its end plus that catch-up (until search
// and related find every article). Then the peak RSS. Prints one JSON document.

#include "backgroundindexer.h"
#include "walcheckpoints.h"
#include "benchservers.h"
#include "feed/feedparser.h"
#include "feedarticles.h"
#include "fetcher.h"
#include "library.h"
#include "refreshservice.h"
#include "sqlutil.h"
#include "storagethread.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
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
    // When the last feed's articles were stored (images may still be downloading).
    int feedsDone = 0;
    double lastFeedStoredS = 0;
    double allFeedsS = 0;
    double cpuAtFeedsDone = 0;
    QElapsedTimer sinceStart;
    const auto counting = QObject::connect(&service, &RefreshService::feedRefreshed, &loop, [&] {
        ++feedsDone;
        lastFeedStoredS = double(sinceStart.nsecsElapsed()) / 1e9;
        if (qEnvironmentVariableIsSet("MASTHEAD_BENCH_TRACE"))
            std::fprintf(stderr, "feed %d done at %.3f\n", feedsDone, lastFeedStoredS);
    });
    const auto allFeeds = QObject::connect(&service, &RefreshService::feedsDone, &loop, [&] {
        allFeedsS = double(sinceStart.nsecsElapsed()) / 1e9;
        cpuAtFeedsDone = cpuSeconds();
        if (qEnvironmentVariableIsSet("MASTHEAD_BENCH_TRACE"))
            std::fprintf(stderr, "every feed done at %.3f\n", allFeedsS);
    });
    QObject::connect(&service, &RefreshService::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(RoundTimeoutMs, &loop, &QEventLoop::quit);
    const qint64 before = count(library, u"SELECT count(*) FROM articles"_s);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    sinceStart.start();
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
    QObject::disconnect(counting);
    QObject::disconnect(allFeeds);
    // Every feed's articles stored and their images recorded.
    out.insert(u"seconds"_s, allFeedsS);
    out.insert(u"cpu_seconds"_s, cpuAtFeedsDone - cpuBefore);
    out.insert(u"last_feed_stored_s"_s, lastFeedStoredS);
    // Pages and image downloads done too (finished()).
    out.insert(u"offline_copies_done_s"_s, seconds);
    out.insert(u"cpu_seconds_total"_s, cpuSeconds() - cpuBefore);
    out.insert(u"images_stored"_s, report.imagesStored);
    out.insert(u"images_failed"_s, report.imagesFailed);
    out.insert(u"images_pending_after"_s,
               count(library, u"SELECT count(*) FROM images WHERE state = 0"_s));
    out.insert(u"full_text_articles"_s, report.fullTextArticles);
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

// Parse + sanitize alone (what a refresh worker does per feed body) on this
// thread over the given feed files: items/s and MB/s of item HTML per core.
QJsonObject parseAndSanitize(const QString &directory, int feeds)
{
    QList<QByteArray> bodies;
    for (int f = 0; f < feeds; ++f) {
        QFile file(QDir(directory).filePath(u"%1.xml"_s.arg(f)));
        if (file.open(QIODevice::ReadOnly))
            bodies.append(file.readAll());
    }
    qint64 items = 0;
    qint64 htmlBytes = 0;
    qint64 feedBytes = 0;
    const double cpu = threadCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : std::as_const(bodies)) {
        FeedParseOptions options;
        options.documentUrl = QUrl(u"http://127.0.0.1/feeds/x.xml"_s);
        const FeedParseResult parsed = FeedParser::parse(body, options);
        const FeedArticles articles = articlesFromFeed(parsed.feed, options.documentUrl);
        items += articles.articles.size();
        feedBytes += body.size();
        for (const FeedEntry &item : parsed.feed.entries)
            htmlBytes += item.contentHtml.size(); // UTF-16 units: about the UTF-8 bytes of English
    }
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = threadCpuSeconds() - cpu;
    return {{u"feeds"_s, int(bodies.size())},
            {u"items"_s, items},
            {u"feed_mb"_s, feedBytes / 1e6},
            {u"html_mb"_s, htmlBytes / 1e6},
            {u"wall_s"_s, wall},
            {u"cpu_s"_s, cpuSeconds},
            {u"items_per_s_per_core"_s, items / cpuSeconds},
            {u"html_mb_per_s_per_core"_s, htmlBytes / 1e6 / cpuSeconds},
            {u"feed_mb_per_s_per_core"_s, feedBytes / 1e6 / cpuSeconds}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int feeds = qEnvironmentVariableIsSet("MASTHEAD_BENCH_FEEDS")
            ? qBound(1, qEnvironmentVariableIntValue("MASTHEAD_BENCH_FEEDS"), 100000)
            : 1000;
    const bool news = qEnvironmentVariable("MASTHEAD_BENCH_CORPUS") != u"filler"_s;
    QTemporaryDir feedsDir;
    std::unique_ptr<NewsCorpus> corpus;
    if (news)
        corpus = std::make_unique<NewsCorpus>(1);
    ServerFarm farm(feeds, corpus.get(), feedsDir.path());
    QJsonObject corpusReport {{u"kind"_s, news ? u"news"_s : u"filler"_s}};
    QJsonObject parseAlone;
    if (news) {
        QElapsedTimer generating;
        generating.start();
        farm.writeNewsFeeds(feeds);
        if (farm.writeFailed()) {
            std::fprintf(stderr, "cannot write the feeds into %s\n", qPrintable(feedsDir.path()));
            return 1;
        }
        corpusReport.insert(u"words"_s, corpus->source());
        corpusReport.insert(u"feed_mb"_s, farm.newsFeedBytes() / 1e6);
        corpusReport.insert(u"item_html_mb"_s, farm.newsHtmlBytes() / 1e6);
        corpusReport.insert(u"items"_s, farm.newsItems());
        corpusReport.insert(u"mean_item_html_bytes"_s,
                            double(farm.newsHtmlBytes()) / farm.newsItems());
        corpusReport.insert(u"generate_s"_s, double(generating.nsecsElapsed()) / 1e9);
        parseAlone = parseAndSanitize(feedsDir.path(), qMin(feeds, 100));
        if (qEnvironmentVariableIsSet("MASTHEAD_BENCH_PARSE_ONLY")) { // for profiling that alone
            QTextStream(stdout) << QJsonDocument(parseAlone).toJson(QJsonDocument::Indented);
            return 0;
        }
    } else {
        corpusReport.insert(u"feed_bytes"_s, qint64(feedBody(0, 0).size()));
    }
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
    QElapsedTimer traceClock;
    traceClock.start();
    if (qEnvironmentVariableIsSet("MASTHEAD_BENCH_TRACE")) {
        QObject::connect(&fetcher, &Fetcher::started, [&](Fetcher::RequestId id, const QUrl &url) {
            std::fprintf(stderr, "%.3f start %llu %s\n", traceClock.elapsed() / 1e3, id,
                         qPrintable(url.toString()));
        });
        QObject::connect(
                &fetcher, &Fetcher::finished, [&](Fetcher::RequestId id, const FetchResult &r) {
                    if (r.bytes > 0 && r.finalUrl.path().startsWith(u"/img"_s)
                        && !qEnvironmentVariableIsSet("MASTHEAD_BENCH_TRACE_ALL"))
                        return;
                    std::fprintf(stderr, "%.3f done %llu %s %d %s\n", traceClock.elapsed() / 1e3,
                                 id, qPrintable(r.finalUrl.toString()), r.httpStatus,
                                 qPrintable(r.errorMessage));
                });
    }
    StorageThread storage(library.dataDir(), StorageThread::Checkpoints::ByAnotherConnection); // as in the app
    RefreshService service(library, fetcher, storage);
    // As in the app: full text for summary-only items, images kept for
    // offline reading (MASTHEAD_BENCH_OFFLINE_COPIES=0 leaves them out).
    const bool offlineCopies = qEnvironmentVariable("MASTHEAD_BENCH_OFFLINE_COPIES") != u"0"_s;
    service.setKeepOfflineCopies(offlineCopies);
    // As in the app: indexed on the writer, checkpointed on a connection of its own.
    WalCheckpoints checkpoints(dir.path());
    BackgroundIndexer indexer(storage);
    if (!library.database().setAutoCheckpoint(false))
        return 1;
    // As in the app: paused while a refresh stores its feeds, going on
    // beside the offline copies. (MASTHEAD_BENCH_INDEX_AT=finished waits
    // for those too, as the app did: on this corpus, whose pages and images
    // come from loopback at once, the indexes were complete 2 s later.)
    QObject::connect(&service, &RefreshService::started, &indexer, [&] { indexer.setPaused(true); });
    if (qEnvironmentVariable("MASTHEAD_BENCH_INDEX_AT") != u"finished"_s)
        QObject::connect(&service, &RefreshService::feedsDone, &indexer, [&] {
            indexer.schedule();
            indexer.setPaused(false);
        });
    QObject::connect(&service, &RefreshService::finished, &indexer, [&] {
        indexer.schedule();
        indexer.setPaused(false);
    });

    // The search and related indexes catch up behind a refresh: the
    // articles indexed in that time, and those still queued at its end.
    const int catchUpCap = qEnvironmentVariableIsSet("MASTHEAD_BENCH_CATCH_UP_S")
            ? qEnvironmentVariableIntValue("MASTHEAD_BENCH_CATCH_UP_S")
            : 120;
    const auto catchUp = [&] {
        const qint64 queued = count(library, u"SELECT count(*) FROM index_queue"_s);
        QElapsedTimer elapsed;
        elapsed.start();
        QEventLoop loop;
        const auto finished = QObject::connect(&indexer, &BackgroundIndexer::finished, &loop, [&] {
            if (!indexer.isRunning())
                loop.quit();
        });
        const auto failed = QObject::connect(&indexer, &BackgroundIndexer::failed, &loop, &QEventLoop::quit);
        indexer.schedule();
        QTimer::singleShot(catchUpCap * 1000, &loop, &QEventLoop::quit);
        if (indexer.isRunning())
            loop.exec();
        QObject::disconnect(finished);
        QObject::disconnect(failed);
        const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
        const qint64 left = count(library, u"SELECT count(*) FROM index_queue"_s);
        return QJsonObject {{u"queued"_s, queued},
                            {u"seconds"_s, seconds},
                            {u"articles_per_s"_s, double(queued - left) / seconds},
                            {u"left"_s, left}};
    };

    const QJsonObject cold = round(service, farm, library);
    // Until the cold refresh's articles are found by search and related.
    const QJsonObject coldIndex = catchUp();
    const QJsonObject unchanged = round(service, farm, library);
    for (int f = 0; f < feeds; f += 10)
        farm.change(f, 1);
    farm.takeCounters();
    const QJsonObject tenth = round(service, farm, library);
    const QJsonObject tenthIndex = catchUp();
    const qint64 articles = count(library, u"SELECT count(*) FROM articles"_s);

    const QJsonObject document {
            {u"benchmark"_s, u"refresh"_s},
            {u"feeds"_s, feeds},
            {u"items_per_feed"_s, ItemsPerFeed},
            {u"corpus"_s, corpusReport},
            {u"offline_copies"_s, offlineCopies},
            {u"parse_and_sanitize_alone"_s, parseAlone},
            {u"hosts"_s, farm.hosts()},
            {u"cold"_s, cold},
            {u"all_304"_s, unchanged},
            {u"changed_10_percent"_s, tenth},
            {u"articles"_s, articles},
            {u"index_catch_up_after_cold"_s, coldIndex},
            // From the refresh's start: its end (offline copies done too)
            // and the catch-up after it.
            {u"cold_until_indexed_s"_s,
             cold.value(u"offline_copies_done_s"_s).toDouble() + coldIndex.value(u"seconds"_s).toDouble()},
            {u"index_catch_up_after_10_percent"_s, tenthIndex},
            {u"rss_before_refresh_mb"_s, rssBeforeKb / 1024.0},
            {u"peak_rss_mb"_s, peakRssKb() / 1024.0},
            {u"load_average"_s, loadAverage()},
    };
    QTextStream(stdout) << QJsonDocument(document).toJson(QJsonDocument::Indented);
    return cold.value(u"failed"_s).toInt() == 0 && unchanged.value(u"not_modified"_s).toInt() == feeds ? 0 : 1;
}
