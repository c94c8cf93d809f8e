// The scheduler on a clock the test moves: real library, real refreshes
// against a local HTTP server, hours of schedule in seconds.

#include "clock.h"
#include "fetcher.h"
#include "offlinemonitor.h"
#include "refreshscheduler.h"
#include "refreshservice.h"
#include "storagethread.h"
#include "templibrary.h"
#include "testhttpserver.h"
#include "treeeditor.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Reachability = QNetworkInformation::Reachability;
using Response = TestHttpServer::Response;

namespace {

// Time moves when the test says so; a wake-up rings when its time is passed.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start) : m_now(start) { }

    QDateTime now() const override { return m_now; }
    void wakeIn(qint64 ms) override { m_wakeAt = m_now.addMSecs(qMax<qint64>(0, ms)); }
    void cancelWake() override { m_wakeAt = QDateTime(); }

    void advance(qint64 seconds)
    {
        const QDateTime target = m_now.addSecs(seconds);
        if (m_wakeAt.isValid() && m_wakeAt <= target) {
            m_now = qMax(m_now, m_wakeAt);
            m_wakeAt = QDateTime();
            Q_EMIT wake(); // the scheduler may start work: the test waits for it, then moves on
        }
        m_now = qMax(m_now, target);
    }
    // The system clock was set: time jumps, wake-ups keep their distance.
    void jump(qint64 seconds)
    {
        if (m_wakeAt.isValid())
            m_wakeAt = m_wakeAt.addSecs(seconds);
        m_now = m_now.addSecs(seconds);
    }

private:
    QDateTime m_now;
    QDateTime m_wakeAt;
};

QByteArray rss(const QByteArray &title, const QByteArray &channelExtra = {})
{
    return "<?xml version=\"1.0\"?><rss version=\"2.0\" "
           "xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\">"
           "<channel><title>"
            + title + "</title>" + channelExtra + "<item><guid>" + title
            + "-1</guid><title>Story of " + title
            + "</title><description>Text</description></item></channel></rss>";
}

// A library, a server, and the whole refresh stack on a manual clock.
struct Rig
{
    Rig()
    {
        refresh.setClock(clock);
        server.setFallback([](const TestHttpServer::Request &request) {
            return Response::ok(rss(request.path.toUtf8()), "application/rss+xml");
        });
        QObject::connect(&server, &TestHttpServer::requestReceived, &context,
                         [this](const TestHttpServer::Request &request) {
                             requests[request.path].append(clock.now());
                         });
        QObject::connect(&refresh, &RefreshService::started, &context, [this] {
            overlapped = overlapped || running || inFinished;
            running = true;
            ++refreshes;
        });
        QObject::connect(&refresh, &RefreshService::finished, &context, [this] {
            // As the window does: the library changed, read it again. No
            // refresh may start from within this signal.
            inFinished = true;
            scheduler.reload();
            inFinished = false;
            running = false;
        });
        QObject::connect(&scheduler, &RefreshScheduler::batchStarted, &context,
                         [this](const QList<qint64> &ids, bool automatic) {
                             batches.append({clock.now(), ids, automatic});
                         });
    }

    qint64 addFeed(const QString &path, TestHttpServer *on = nullptr)
    {
        Feed feed;
        feed.url = (on ? on : &server)->url(path);
        return fixture.library().feeds().add(feed).value();
    }
    // As if an earlier session had fetched it.
    void fetchedBefore(qint64 feedId, qint64 secondsAgo, int hintMinutes = 0)
    {
        FeedRepository::FetchOutcome outcome;
        outcome.fetchedAt = clock.now().addSecs(-secondsAgo);
        outcome.httpStatus = 200;
        outcome.refreshMinutes = hintMinutes;
        QVERIFY(fixture.library().feeds().recordFetch(feedId, outcome).ok());
    }
    int count(const QString &path) const { return int(requests.value(path).size()); }
    // Seconds between the fetches of a path.
    QList<qint64> gaps(const QString &path) const
    {
        QList<qint64> out;
        const QList<QDateTime> times = requests.value(path);
        for (qsizetype i = 1; i < times.size(); ++i)
            out.append(times.at(i - 1).secsTo(times.at(i)));
        return out;
    }

    struct Batch
    {
        QDateTime at;
        QList<qint64> ids;
        bool automatic = false;
    };

    QObject context;
    TempLibrary fixture;
    TestHttpServer server;
    Fetcher fetcher;
    StorageThread storage {fixture.dataDir()};
    RefreshService refresh {fixture.library(), fetcher, storage};
    OfflineMonitor offline {fetcher, OfflineMonitor::Detection::None};
    ManualClock clock {QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC)};
    RefreshScheduler scheduler {refresh, storage, offline, &clock};
    QHash<QString, QList<QDateTime>> requests; // by path, at the manual clock's time
    QList<Batch> batches;
    int refreshes = 0;
    bool running = false;
    bool inFinished = false;
    bool overlapped = false;
};

} // namespace

namespace {

// Lets what the scheduler started finish (QTRY_VERIFY's 50 ms polls would
// make hours of steps slow).
bool settled(Rig &rig)
{
    QElapsedTimer waited;
    waited.start();
    while (!rig.scheduler.isSettled()) {
        if (waited.elapsed() > 20000)
            return false;
        QTest::qWait(1);
    }
    return true;
}

} // namespace

#define SETTLE(rig) QVERIFY(settled(rig))

// Moves the rig's clock on in steps, letting what each step started finish.
#define RUN_FOR(rig, seconds, step)                                                                \
    for (qint64 done_ = 0; done_ < (seconds); done_ += (step)) {                                   \
        (rig).clock.advance(step);                                                                 \
        SETTLE(rig);                                                                               \
    }

class TestRefreshScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshesOnStartWhatMayBeRefreshed()
    {
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        const qint64 recent = rig.addFeed(u"/recent.xml"_s);
        rig.fetchedBefore(recent, 5 * 60);
        const qint64 hinted = rig.addFeed(u"/hinted.xml"_s);
        rig.fetchedBefore(hinted, 10 * 60, 120); // ttl 120: not before 110 minutes from now
        rig.server.route(u"/hinted.xml"_s,
                         Response::ok(rss("hinted", "<ttl>120</ttl>"), "application/rss+xml"));
        const qint64 fresh = rig.addFeed(u"/new.xml"_s);
        const QDateTime start = rig.clock.now();

        QVERIFY(rig.scheduler.refreshesOnStart());
        QCOMPARE(rig.scheduler.intervalMinutes(), 30);
        rig.scheduler.start();
        SETTLE(rig);
        QCOMPARE(rig.count(u"/recent.xml"_s), 1);
        QCOMPARE(rig.count(u"/new.xml"_s), 1);
        QCOMPARE(rig.count(u"/hinted.xml"_s), 0);
        QCOMPARE(rig.batches.size(), 1);
        QVERIFY(rig.batches.first().automatic);
        // The longest overdue first: the one never fetched.
        QCOMPARE(rig.batches.first().ids, (QList<qint64> {fresh, recent}));
        QVERIFY(rig.scheduler.nextDue() > start);
        QVERIFY(rig.scheduler.nextDueText().contains(u"Next refresh"_s));

        RUN_FOR(rig, 115 * 60, 60);
        QCOMPARE(rig.count(u"/hinted.xml"_s), 1);
        QVERIFY(rig.requests.value(u"/hinted.xml"_s).first() >= start.addSecs(110 * 60));
        QVERIFY(!rig.overlapped);
    }

    void withoutRefreshOnStartFeedsKeepTheirSlots()
    {
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        const qint64 recent = rig.addFeed(u"/recent.xml"_s);
        rig.fetchedBefore(recent, 5 * 60);
        const qint64 old = rig.addFeed(u"/old.xml"_s);
        rig.fetchedBefore(old, 3 * 24 * 3600); // days ago: overdue, but not refreshed at start
        rig.addFeed(u"/new.xml"_s);
        const QDateTime start = rig.clock.now();
        rig.scheduler.setRefreshOnStart(false);
        rig.scheduler.start();
        SETTLE(rig);
        QCOMPARE(rig.count(u"/new.xml"_s), 1); // never fetched: no slot to wait for
        QCOMPARE(rig.count(u"/recent.xml"_s), 0);
        QCOMPARE(rig.count(u"/old.xml"_s), 0);
        // Each on its first slot from the start; the recent one not
        // before half an interval after its last fetch.
        RUN_FOR(rig, 30 * 60, 60);
        QCOMPARE(rig.count(u"/old.xml"_s), 1);
        RUN_FOR(rig, 10 * 60, 60);
        QCOMPARE(rig.count(u"/recent.xml"_s), 1);
        QVERIFY(rig.requests.value(u"/recent.xml"_s).first() >= start.addSecs(10 * 60));
    }

    void refreshesEveryIntervalAndFollowsItsChange()
    {
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        for (int i = 0; i < 4; ++i)
            rig.addFeed(u"/f%1.xml"_s.arg(i));
        rig.scheduler.start();
        SETTLE(rig);
        RUN_FOR(rig, 2 * 3600, 60);
        for (int i = 0; i < 4; ++i) {
            const QList<qint64> gaps = rig.gaps(u"/f%1.xml"_s.arg(i));
            QVERIFY2(gaps.size() >= 3, qPrintable(QString::number(gaps.size())));
            QVERIFY(gaps.first() >= 15 * 60 && gaps.first() <= 46 * 60);
            for (qsizetype g = 1; g < gaps.size(); ++g)
                QVERIFY2(qAbs(gaps.at(g) - 30 * 60) <= 60, qPrintable(QString::number(gaps.at(g))));
        }

        QSignalSpy nextDue(&rig.scheduler, &RefreshScheduler::nextDueChanged);
        rig.scheduler.setIntervalMinutes(10);
        QCOMPARE(rig.scheduler.intervalMinutes(), 10);
        QVERIFY(rig.scheduler.nextDue() <= rig.clock.now().addSecs(15 * 60));
        rig.requests.clear();
        RUN_FOR(rig, 3600, 60);
        for (int i = 0; i < 4; ++i) {
            // The first fetch after the change may fall between slots;
            // from then on, one every ten minutes.
            const QList<qint64> gaps = rig.gaps(u"/f%1.xml"_s.arg(i));
            QVERIFY(gaps.size() >= 4);
            QVERIFY(gaps.first() >= 5 * 60 && gaps.first() <= 16 * 60);
            for (qsizetype g = 1; g < gaps.size(); ++g)
                QVERIFY2(qAbs(gaps.at(g) - 10 * 60) <= 60, qPrintable(QString::number(gaps.at(g))));
        }
        rig.scheduler.setIntervalMinutes(0); // clamped
        QCOMPARE(rig.scheduler.intervalMinutes(), 1);
        QVERIFY(!rig.overlapped);
    }

    void feedHintsAreLowerBounds()
    {
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        rig.server.route(u"/ttl.xml"_s,
                         Response::ok(rss("ttl", "<ttl>120</ttl>"), "application/rss+xml"));
        rig.server.route(u"/sy.xml"_s,
                         Response::ok(rss("sy",
                                          "<sy:updatePeriod>hourly</sy:updatePeriod>"
                                          "<sy:updateFrequency>1</sy:updateFrequency>"),
                                      "application/rss+xml"));
        rig.server.route(u"/maxage.xml"_s,
                         Response::ok(rss("maxage"), "application/rss+xml")
                                 .header("Cache-Control", "max-age=5400"));
        rig.server.route(u"/expires.xml"_s, [](const TestHttpServer::Request &) {
            // 75 minutes after the server's own Date.
            const QByteArray expires =
                    QLocale::c()
                            .toString(QDateTime::currentDateTimeUtc().addSecs(75 * 60),
                                      u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                            .toLatin1();
            return Response::ok(rss("expires"), "application/rss+xml").header("Expires", expires);
        });
        // Its own host: the fetcher holds back a busy host as a whole.
        TestHttpServer busyHost(nullptr, QHostAddress(u"127.0.0.2"_s));
        QVERIFY(busyHost.isListening());
        busyHost.route(u"/busy.xml"_s, Response::error(503).header("Retry-After", "7200"));
        int busyRequests = 0;
        connect(&busyHost, &TestHttpServer::requestReceived, this,
                [&busyRequests] { ++busyRequests; });
        rig.addFeed(u"/ttl.xml"_s);
        rig.addFeed(u"/sy.xml"_s);
        rig.addFeed(u"/maxage.xml"_s);
        rig.addFeed(u"/expires.xml"_s);
        rig.addFeed(u"/plain.xml"_s);
        const qint64 busy = rig.addFeed(u"/busy.xml"_s, &busyHost);
        const QDateTime start = rig.clock.now();
        rig.scheduler.start();
        SETTLE(rig);
        RUN_FOR(rig, 5 * 3600, 60);

        const auto checkGaps = [&rig](const QString &path, qint64 least) {
            const QList<qint64> gaps = rig.gaps(path);
            if (gaps.isEmpty())
                return false;
            return std::all_of(gaps.begin(), gaps.end(),
                               [least](qint64 gap) { return gap >= least; });
        };
        QVERIFY2(checkGaps(u"/ttl.xml"_s, 120 * 60),
                 qPrintable(QString::number(rig.count(u"/ttl.xml"_s))));
        QVERIFY(checkGaps(u"/sy.xml"_s, 60 * 60));
        QVERIFY(checkGaps(u"/maxage.xml"_s, 90 * 60));
        QVERIFY(checkGaps(u"/expires.xml"_s, 75 * 60 - 5));
        QVERIFY(checkGaps(u"/plain.xml"_s, 15 * 60));
        QVERIFY(rig.count(u"/plain.xml"_s) >= 10);
        QVERIFY(rig.count(u"/ttl.xml"_s) <= 3);
        QVERIFY(rig.count(u"/sy.xml"_s) <= 6);
        // Asked once; no refresh of it started before the two hours were up.
        QCOMPARE(busyRequests, 1);
        for (const Rig::Batch &batch : std::as_const(rig.batches)) {
            if (batch.ids.contains(busy) && batch.at > start)
                QVERIFY(batch.at >= start.addSecs(7200));
        }
        QVERIFY(!rig.overlapped);
    }

    // A refresh interval set in a feed's Properties is what the schedule
    // follows for that feed: more often than Settings and its ttl, or less.
    void aFeedsOwnIntervalIsFollowed()
    {
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        rig.server.route(u"/often.xml"_s,
                         Response::ok(rss("often", "<ttl>120</ttl>"), "application/rss+xml"));
        const qint64 often = rig.addFeed(u"/often.xml"_s);
        const qint64 seldom = rig.addFeed(u"/seldom.xml"_s);
        rig.addFeed(u"/plain.xml"_s);
        TreeEditor editor(rig.fixture.library().database().connection());
        QVERIFY(editor.setFeedSettings(often, u"Often"_s, FullTextMode::Auto, 10));
        QVERIFY(editor.setFeedSettings(seldom, u"Seldom"_s, FullTextMode::Auto, 3 * 60));
        rig.scheduler.start();
        SETTLE(rig);
        RUN_FOR(rig, 6 * 3600, 60);
        const auto within = [&rig](const QString &path, qint64 least, qint64 most) {
            const QList<qint64> gaps = rig.gaps(path);
            return !gaps.isEmpty() && std::all_of(gaps.begin(), gaps.end(), [&](qint64 gap) {
                return gap >= least && gap <= most;
            });
        };
        // Every 10 minutes, its ttl of two hours aside (a slot may come a little early or late).
        QVERIFY2(within(u"/often.xml"_s, 5 * 60, 16 * 60), qPrintable(QString::number(rig.count(u"/often.xml"_s))));
        QVERIFY(rig.count(u"/often.xml"_s) >= 30);
        // Slots stand on a fixed phase per feed (from its id and the clock),
        // at least half a period after the last fetch: 1.5 to 4.5 hours.
        QVERIFY(within(u"/seldom.xml"_s, 90 * 60, 4 * 3600 + 30 * 60));
        QVERIFY(rig.count(u"/seldom.xml"_s) <= 3);
        QVERIFY(within(u"/plain.xml"_s, 15 * 60, 50 * 60)); // Settings' 30 minutes
        // Back to automatic: the ttl holds again (after the reload a change brings).
        QVERIFY(editor.setFeedSettings(often, u"Often"_s, FullTextMode::Auto, 0));
        rig.scheduler.reload();
        SETTLE(rig);
        const int before = rig.count(u"/often.xml"_s);
        RUN_FOR(rig, 4 * 3600, 60);
        QVERIFY(rig.count(u"/often.xml"_s) - before <= 3);
        QVERIFY(!rig.overlapped);
    }

    void aThousandFeedsStartInSpreadBatches()
    {
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        {
            auto tx = rig.fixture.library().database().connection();
            tx.transaction();
            for (int i = 0; i < 1000; ++i)
                rig.addFeed(u"/s%1.xml"_s.arg(i));
            tx.commit();
        }
        rig.scheduler.start();
        SETTLE(rig);
        // Not a thousand requests in one go: the first batch only.
        QCOMPARE(rig.batches.size(), 1);
        QCOMPARE(rig.batches.first().ids.size(), RefreshScheduler::DefaultBatchFeeds);
        QCOMPARE(rig.server.totalRequests(), RefreshScheduler::DefaultBatchFeeds);
        rig.clock.advance(RefreshScheduler::DefaultBatchGapSeconds - 1);
        SETTLE(rig);
        QCOMPARE(rig.batches.size(), 1);
        RUN_FOR(rig, 120, 1);
        QCOMPARE(rig.server.totalRequests(), 1000);
        QCOMPARE(rig.batches.size(), 10);
        for (qsizetype i = 1; i < rig.batches.size(); ++i)
            QVERIFY(rig.batches.at(i - 1).at.secsTo(rig.batches.at(i).at)
                    >= RefreshScheduler::DefaultBatchGapSeconds);

        // Fetched within two minutes of each other, they come due spread
        // over the interval from then on.
        const QDateTime fetched = rig.clock.now();
        rig.batches.clear();
        rig.requests.clear();
        RUN_FOR(rig, 46 * 60, 10);
        // Every feed, none before half an interval, the early ones again
        // one interval later; a few at a time.
        QCOMPARE(rig.requests.size(), 1000);
        for (auto it = rig.requests.cbegin(); it != rig.requests.cend(); ++it) {
            QVERIFY(it->size() <= 2);
            QVERIFY(it->first() >= fetched.addSecs(15 * 60 - 120));
            if (it->size() == 2)
                QVERIFY(qAbs(it->at(0).secsTo(it->at(1)) - 30 * 60) <= 10); // one step's slack
        }
        int largest = 0;
        for (const Rig::Batch &batch : std::as_const(rig.batches))
            largest = qMax(largest, int(batch.ids.size()));
        qInfo("1000 feeds after a cold start: %d batches in the next 46 minutes, the largest %d feeds",
              int(rig.batches.size()), largest);
        QVERIFY2(rig.batches.size() >= 150, qPrintable(QString::number(rig.batches.size())));
        QVERIFY2(largest <= 30, qPrintable(QString::number(largest)));
        QVERIFY(!rig.overlapped);
    }

    void pausesOfflineAndCatchesUpOnce()
    {
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        for (int i = 0; i < 5; ++i)
            rig.addFeed(u"/o%1.xml"_s.arg(i));
        rig.scheduler.setBatchLimits(2, 10);
        rig.scheduler.start();
        RUN_FOR(rig, 30, 1);
        QCOMPARE(rig.server.totalRequests(), 5);

        QSignalSpy nextDue(&rig.scheduler, &RefreshScheduler::nextDueChanged);
        rig.offline.setReachability(Reachability::Disconnected);
        QVERIFY(rig.scheduler.isPaused());
        QVERIFY(!rig.scheduler.nextDue().isValid());
        QVERIFY(!nextDue.isEmpty());
        QVERIFY(rig.scheduler.nextDueText().contains(u"offline"_s));
        QVERIFY(!rig.scheduler.refreshNow());
        RUN_FOR(rig, 3 * 3600, 60);
        QCOMPARE(rig.server.totalRequests(), 5);

        // Back: everything that came due is refreshed once, in batches.
        rig.batches.clear();
        rig.offline.setReachability(Reachability::Online);
        SETTLE(rig);
        RUN_FOR(rig, 60, 1);
        QCOMPARE(rig.server.totalRequests(), 10);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(rig.count(u"/o%1.xml"_s.arg(i)), 2);
        QCOMPARE(rig.batches.size(), 3);
        QVERIFY(rig.batches.at(0).at.secsTo(rig.batches.at(2).at) >= 20);
        RUN_FOR(rig, 10 * 60, 60);
        QCOMPARE(rig.server.totalRequests(), 10);

        // Working offline by choice pauses it the same way.
        rig.offline.setWorkOffline(true);
        RUN_FOR(rig, 3600, 60);
        QCOMPARE(rig.server.totalRequests(), 10);
        rig.offline.setWorkOffline(false);
        SETTLE(rig);
        RUN_FOR(rig, 60, 1);
        QCOMPARE(rig.server.totalRequests(), 15);
    }

    void changingRefreshOnStartAppliesLive()
    {
        // Offline at start: the start refresh waits; switched off meanwhile,
        // the network's return brings only what is due by its slot.
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        const qint64 recent = rig.addFeed(u"/recent.xml"_s);
        rig.fetchedBefore(recent, 60);
        rig.offline.setReachability(Reachability::Disconnected);
        rig.scheduler.start();
        SETTLE(rig);
        rig.scheduler.setRefreshOnStart(false);
        QVERIFY(!rig.scheduler.refreshesOnStart());
        rig.offline.setReachability(Reachability::Online);
        SETTLE(rig);
        QCOMPARE(rig.server.totalRequests(), 0);
        QVERIFY(rig.scheduler.nextDue() > rig.clock.now());
        rig.scheduler.setRefreshOnStart(true);
        SETTLE(rig);
        QCOMPARE(rig.count(u"/recent.xml"_s), 1);
    }

    void failingFeedsBackOff()
    {
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        rig.server.route(u"/bad.xml"_s, Response::error(500));
        rig.addFeed(u"/bad.xml"_s);
        rig.addFeed(u"/good.xml"_s);
        rig.scheduler.start();
        SETTLE(rig);
        RUN_FOR(rig, 16 * 3600, 120);
        const QList<qint64> bad = rig.gaps(u"/bad.xml"_s);
        QVERIFY(rig.count(u"/good.xml"_s) >= 30);
        QVERIFY2(bad.size() >= 3 && bad.size() <= 6, qPrintable(QString::number(bad.size())));
        for (qsizetype i = 1; i < bad.size(); ++i)
            QVERIFY2(bad.at(i) >= bad.at(i - 1), qPrintable(QString::number(bad.at(i))));
        QVERIFY(bad.last() >= 4 * 3600);

        // It mends: back to every interval.
        rig.server.route(u"/bad.xml"_s, Response::ok(rss("mended"), "application/rss+xml"));
        RUN_FOR(rig, 24 * 3600, 120); // past the capped wait
        rig.requests.clear();
        RUN_FOR(rig, 2 * 3600, 60);
        QVERIFY(rig.count(u"/bad.xml"_s) >= 3);
    }

    void neverTwoRefreshesAtOnce()
    {
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        Response slow = Response::ok(rss("slow"), "application/rss+xml");
        slow.delayMs = 1500;
        rig.server.route(u"/slow.xml"_s, slow);
        rig.addFeed(u"/slow.xml"_s);
        const qint64 quick = rig.addFeed(u"/quick.xml"_s);
        rig.scheduler.start();
        QTRY_VERIFY(rig.running);
        // While it runs: the person's refresh and the plan both wait.
        QVERIFY(rig.scheduler.refreshNow({quick}));
        rig.clock.advance(3600);
        QCOMPARE(rig.refreshes, 1);
        QVERIFY(!rig.refresh.start()); // the service itself refuses too
        SETTLE(rig);
        QVERIFY(rig.refreshes >= 2);
        QCOMPARE(rig.batches.at(1).ids, QList<qint64> {quick});
        QVERIFY(!rig.batches.at(1).automatic);
        QCOMPARE(rig.count(u"/quick.xml"_s), 2);
        QVERIFY(!rig.overlapped);
    }

    void refreshNowGoesPastHintsButNotRetryAfter()
    {
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        rig.server.route(u"/ttl.xml"_s,
                         Response::ok(rss("ttl", "<ttl>600</ttl>"), "application/rss+xml"));
        TestHttpServer busyHost(nullptr, QHostAddress(u"127.0.0.2"_s));
        QVERIFY(busyHost.isListening());
        busyHost.route(u"/busy.xml"_s, Response::error(429).header("Retry-After", "3600"));
        const qint64 hinted = rig.addFeed(u"/ttl.xml"_s);
        const qint64 busy = rig.addFeed(u"/busy.xml"_s, &busyHost);
        const qint64 other = rig.addFeed(u"/other.xml"_s);
        rig.scheduler.start();
        SETTLE(rig);
        QCOMPARE(rig.count(u"/ttl.xml"_s), 1);
        QCOMPARE(busyHost.totalRequests(), 1);

        QVERIFY(rig.scheduler.refreshNow({hinted}));
        SETTLE(rig);
        QCOMPARE(rig.count(u"/ttl.xml"_s), 2);
        QCOMPARE(rig.count(u"/other.xml"_s), 1);
        QVERIFY(!rig.scheduler.refreshNow({busy}));
        SETTLE(rig);
        QCOMPARE(busyHost.totalRequests(), 1);
        // All: every feed but the one that asked to wait.
        QVERIFY(rig.scheduler.refreshNow());
        SETTLE(rig);
        QCOMPARE(rig.batches.last().ids, (QList<qint64> {hinted, other}));
        QCOMPARE(rig.count(u"/other.xml"_s), 2);
        QCOMPARE(busyHost.totalRequests(), 1);
    }

    void aClockSetBackDoesNotStallTheSchedule()
    {
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        for (int i = 0; i < 3; ++i)
            rig.addFeed(u"/c%1.xml"_s.arg(i));
        rig.scheduler.start();
        SETTLE(rig);
        QCOMPARE(rig.server.totalRequests(), 3);
        rig.clock.jump(-3 * 3600);
        rig.refresh.start(); // the person's refresh, at the new time
        SETTLE(rig);
        QCOMPARE(rig.server.totalRequests(), 6);
        // Within an interval and a half of the new time, every feed again.
        RUN_FOR(rig, 46 * 60, 60);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(rig.count(u"/c%1.xml"_s.arg(i)) >= 3 && rig.count(u"/c%1.xml"_s.arg(i)) <= 4,
                     qPrintable(QString::number(rig.count(u"/c%1.xml"_s.arg(i)))));
    }

    void newSubscriptionsAreFoundOnReload()
    {
        Rig rig;
        QVERIFY(rig.fixture.isValid());
        rig.addFeed(u"/a.xml"_s);
        rig.scheduler.start();
        SETTLE(rig);
        rig.addFeed(u"/b.xml"_s);
        rig.scheduler.reload();
        SETTLE(rig);
        QCOMPARE(rig.count(u"/b.xml"_s), 0); // batches stay apart
        rig.clock.advance(RefreshScheduler::DefaultBatchGapSeconds);
        SETTLE(rig);
        QCOMPARE(rig.count(u"/b.xml"_s), 1);
        QCOMPARE(rig.count(u"/a.xml"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
