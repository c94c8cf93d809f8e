#include "refreshpolicy.h"

#include <algorithm>

#include <QTest>

namespace {

const QDateTime t0(QDate(2026, 11, 2), QTime(9, 0, 17), Qt::UTC);

FeedRefreshState fetchedAt(const QDateTime &when, qint64 id = 7)
{
    FeedRefreshState feed;
    feed.feedId = id;
    feed.lastAttemptAt = when;
    return feed;
}

} // namespace

class TestRefreshPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverFetchedIsDueAtOnce()
    {
        const RefreshPolicy policy;
        FeedRefreshState feed;
        feed.feedId = 3;
        QVERIFY(policy.nextDue(feed, t0) <= t0);
        QVERIFY(policy.earliest(feed, t0) <= t0);
        // …unless the source asked to wait.
        feed.retryAfterUntil = t0.addSecs(600);
        QCOMPARE(policy.nextDue(feed, t0), t0.addSecs(600));
    }

    void intervalIsClamped()
    {
        QCOMPARE(RefreshPolicy().intervalMinutes(), 30);
        QCOMPARE(RefreshPolicy(0).intervalMinutes(), RefreshPolicy::MinIntervalMinutes);
        QCOMPARE(RefreshPolicy(-40).intervalMinutes(), RefreshPolicy::MinIntervalMinutes);
        QCOMPARE(RefreshPolicy(1 << 30).intervalMinutes(), RefreshPolicy::MaxIntervalMinutes);
    }

    void slotsComeOncePerInterval()
    {
        const RefreshPolicy policy(30);
        for (qint64 id = 1; id < 200; ++id) {
            const FeedRefreshState feed = fetchedAt(t0, id);
            const QDateTime due = policy.nextDue(feed, t0);
            QVERIFY(due >= t0.addSecs(15 * 60));
            QVERIFY(due < t0.addSecs(45 * 60));
            // Fetched on its slot (or a little late), the next slot is one interval on.
            const QDateTime late = due.addSecs(id % 90);
            QCOMPARE(policy.nextDue(fetchedAt(late, id), late), due.addSecs(30 * 60));
            // Stable: the same feed gets the same slots.
            QCOMPARE(policy.nextDue(feed, t0), due);
        }
    }

    void notBeforeHolds()
    {
        const RefreshPolicy policy(30);
        const FeedRefreshState feed = fetchedAt(t0.addDays(-3));
        const QDateTime start = t0;
        const QDateTime due = policy.nextDue(feed, start, start);
        QVERIFY(due >= start);
        QVERIFY(due < start.addSecs(30 * 60));
        // Without it, a feed not fetched for days is overdue.
        QVERIFY(policy.nextDue(feed, start) < start);
    }

    void hintsAreLowerBounds_data()
    {
        QTest::addColumn<int>("intervalMinutes");
        QTest::addColumn<int>("hintMinutes");
        QTest::addColumn<int>("freshSeconds"); // -1: none
        QTest::addColumn<int>("gapSeconds"); // the least gap expected
        QTest::newRow("ttl longer than the interval") << 30 << 120 << -1 << 120 * 60;
        QTest::newRow("ttl shorter than the interval") << 30 << 5 << -1 << 5 * 60;
        QTest::newRow("max-age longer") << 30 << 0 << 7200 << 7200;
        QTest::newRow("max-age and ttl: the larger") << 30 << 60 << 10800 << 10800;
        QTest::newRow("ttl and max-age: the larger") << 30 << 240 << 600 << 240 * 60;
        QTest::newRow("daily") << 30 << 24 * 60 << -1 << 24 * 3600;
        QTest::newRow("yearly is read as daily") << 30 << 365 * 24 * 60 << -1 << 24 * 3600;
        QTest::newRow("huge max-age is read as daily") << 30 << 0 << 30 * 24 * 3600 << 24 * 3600;
        QTest::newRow("negative hint") << 30 << -5 << -3 << 0;
        QTest::newRow("int max ttl") << 30 << std::numeric_limits<int>::max() << -1 << 24 * 3600;
    }
    void hintsAreLowerBounds()
    {
        QFETCH(int, intervalMinutes);
        QFETCH(int, hintMinutes);
        QFETCH(int, freshSeconds);
        QFETCH(int, gapSeconds);
        const RefreshPolicy policy(intervalMinutes);
        for (qint64 id = 1; id < 100; ++id) {
            FeedRefreshState feed = fetchedAt(t0, id);
            feed.hintMinutes = hintMinutes;
            if (freshSeconds >= 0)
                feed.freshSeconds = freshSeconds;
            QCOMPARE(policy.minimumGapSeconds(feed), qint64(gapSeconds));
            QVERIFY(policy.earliest(feed, t0) >= t0.addSecs(gapSeconds));
            const QDateTime due = policy.nextDue(feed, t0);
            QVERIFY(due >= t0.addSecs(gapSeconds));
            const qint64 period = policy.periodSeconds(feed);
            QCOMPARE(period, qMax<qint64>(intervalMinutes * 60, gapSeconds));
            // The first slot after the bound: at most a period later.
            QVERIFY(due < t0.addSecs(qMax<qint64>(gapSeconds, period / 2) + period));
            // Even when the app was restarted in between (a later "now").
            QVERIFY(policy.nextDue(feed, t0.addSecs(gapSeconds / 2)) >= t0.addSecs(gapSeconds));
        }
    }

    // A feed given its own interval (its Properties) is refreshed on that:
    // shorter or longer than Settings', its ttl / sy:* / max-age aside;
    // Retry-After and the backoff after failures still hold.
    void aChosenIntervalStandsForSettingsAndHints()
    {
        const RefreshPolicy policy(30);
        FeedRefreshState feed = fetchedAt(t0);
        feed.hintMinutes = 120;
        feed.freshSeconds = 5400;
        QCOMPARE(policy.periodSeconds(feed), 120 * 60); // automatic: the hint is a lower bound
        feed.chosenMinutes = 10;
        QCOMPARE(policy.minimumGapSeconds(feed), 0);
        QCOMPARE(policy.periodSeconds(feed), 10 * 60);
        QVERIFY(policy.nextDue(feed, t0) <= t0.addSecs(15 * 60));
        feed.chosenMinutes = 6 * 60;
        QCOMPARE(policy.periodSeconds(feed), 6 * 3600);
        QVERIFY(policy.nextDue(feed, t0) >= t0.addSecs(3 * 3600));
        feed.chosenMinutes = 10 * RefreshPolicy::MaxIntervalMinutes; // clamped
        QCOMPARE(policy.periodSeconds(feed), qint64(RefreshPolicy::MaxIntervalMinutes) * 60);
        feed.chosenMinutes = 10;
        feed.retryAfterUntil = t0.addSecs(3600);
        QVERIFY(policy.nextDue(feed, t0) >= feed.retryAfterUntil);
        feed.retryAfterUntil = QDateTime();
        feed.failures = 3; // backs off from its own interval
        QCOMPARE(policy.periodSeconds(feed), 10 * 60 * 4);
    }

    void retryAfterHolds()
    {
        const RefreshPolicy policy(30);
        FeedRefreshState feed = fetchedAt(t0);
        feed.retryAfterUntil = t0.addSecs(3 * 3600);
        QVERIFY(policy.earliest(feed, t0) >= feed.retryAfterUntil);
        QVERIFY(policy.nextDue(feed, t0) >= feed.retryAfterUntil);
        QVERIFY(policy.nextDue(feed, t0) < feed.retryAfterUntil.addSecs(30 * 60));
        // A Retry-After years away (a stored value, a clock that jumped) holds a day at most.
        feed.retryAfterUntil = t0.addYears(5);
        QVERIFY(policy.earliest(feed, t0) <= t0.addSecs(RefreshPolicy::MaxRetryAfterSeconds));
        QVERIFY(policy.nextDue(feed, t0)
                <= t0.addSecs(RefreshPolicy::MaxRetryAfterSeconds + 30 * 60));
        // Past: no effect.
        feed.retryAfterUntil = t0.addSecs(-60);
        QCOMPARE(policy.earliest(feed, t0), t0);
    }

    void failuresBackOffExponentiallyAndCapped()
    {
        const RefreshPolicy policy(30);
        FeedRefreshState feed = fetchedAt(t0);
        QList<qint64> periods;
        for (int failures = 0; failures <= 40; ++failures) {
            feed.failures = failures;
            periods.append(policy.periodSeconds(feed));
            QVERIFY(policy.nextDue(feed, t0) >= t0.addSecs(failures >= 2 ? periods.last() : 0));
        }
        QCOMPARE(periods.at(0), 1800);
        QCOMPARE(periods.at(1), 1800); // one failure: tried again on the next slot
        QCOMPARE(periods.at(2), 3600);
        QCOMPARE(periods.at(3), 7200);
        QCOMPARE(periods.at(4), 14400);
        QVERIFY(std::is_sorted(periods.begin(), periods.end()));
        QCOMPARE(periods.last(), RefreshPolicy::MaxBackoffSeconds);
        // A weekly interval is never shortened by the cap.
        const RefreshPolicy weekly(7 * 24 * 60);
        QCOMPARE(weekly.periodSeconds(feed), qint64(7 * 24 * 3600));
    }

    void aThousandFeedsFetchedTogetherSpreadOut()
    {
        const RefreshPolicy policy(30);
        QList<qint64> due;
        for (qint64 id = 1; id <= 1000; ++id)
            due.append(t0.secsTo(policy.nextDue(fetchedAt(t0, id), t0)));
        std::sort(due.begin(), due.end());
        // Within the interval, and never many in the same 10 seconds.
        QVERIFY(due.first() >= 15 * 60);
        QVERIFY(due.last() < 45 * 60);
        int most = 0;
        for (qsizetype i = 0, j = 0; i < due.size(); ++i) {
            while (due.at(i) - due.at(j) >= 10)
                ++j;
            most = qMax(most, int(i - j + 1));
        }
        qInfo("1000 feeds fetched together: the most due in any 10 s is %d", most);
        // 1000 feeds over 1800 s average 5.6 per 10 s.
        QVERIFY2(most <= 20, qPrintable(QString::number(most)));
        // Every ten minutes of the interval gets its share.
        for (int window = 0; window < 3; ++window) {
            const auto count = std::count_if(due.begin(), due.end(), [window](qint64 s) {
                return (s - 15 * 60) / 600 == window;
            });
            QVERIFY2(count > 250 && count < 420, qPrintable(QString::number(count)));
        }
    }

    void aClockThatWentBackDoesNotStallAFeed()
    {
        const RefreshPolicy policy(30);
        const FeedRefreshState feed = fetchedAt(t0.addYears(3));
        const QDateTime due = policy.nextDue(feed, t0);
        QVERIFY(due >= t0);
        QVERIFY(due <= t0.addSecs(45 * 60));
        QVERIFY(policy.earliest(feed, t0) <= t0);
    }
};

QTEST_GUILESS_MAIN(TestRefreshPolicy)
#include "tst_refreshpolicy.moc"
