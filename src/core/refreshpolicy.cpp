#include "refreshpolicy.h"

#include <algorithm>

#include <QtGlobal>

namespace {

// SplitMix64's finalizer: a fixed, well-mixed hash, the same on every run
// and platform (qHash is seeded per process).
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

qint64 secondsOf(const QDateTime &time) { return time.toSecsSinceEpoch(); }

QDateTime timeOf(qint64 seconds) { return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC); }

} // namespace

RefreshPolicy::RefreshPolicy(int intervalMinutes)
    : m_interval(qint64(std::clamp(intervalMinutes, MinIntervalMinutes, MaxIntervalMinutes)) * 60)
{ }

qint64 RefreshPolicy::intervalSeconds(const FeedRefreshState &feed) const
{
    if (feed.chosenMinutes <= 0)
        return m_interval;
    return qint64(std::clamp(feed.chosenMinutes, MinIntervalMinutes, MaxIntervalMinutes)) * 60;
}

qint64 RefreshPolicy::minimumGapSeconds(const FeedRefreshState &feed) const
{
    if (feed.chosenMinutes > 0)
        return 0; // the person's choice for this feed stands for its hints
    const qint64 hint = qint64(qMax(0, feed.hintMinutes)) * 60;
    const qint64 fresh = qMax(0, feed.freshSeconds.value_or(0));
    return qMin(qMax(hint, fresh), MaxHintSeconds);
}

qint64 RefreshPolicy::backoffSeconds(const FeedRefreshState &feed) const
{
    if (feed.failures < 2)
        return 0;
    // 2, 4, 8… intervals; the shift stays far below overflow.
    const int doublings = qMin(feed.failures - 1, 20);
    const qint64 interval = intervalSeconds(feed);
    const qint64 stretched = qMin(interval << doublings, MaxBackoffSeconds);
    return qMax(stretched, interval);
}

qint64 RefreshPolicy::periodSeconds(const FeedRefreshState &feed) const
{
    return std::max({intervalSeconds(feed), minimumGapSeconds(feed), backoffSeconds(feed)});
}

qint64 RefreshPolicy::phaseSeconds(qint64 feedId, qint64 period)
{
    if (period <= 0)
        return 0;
    return qint64(mix(quint64(feedId)) % quint64(period));
}

QDateTime RefreshPolicy::earliest(const FeedRefreshState &feed, const QDateTime &now) const
{
    const qint64 nowSeconds = secondsOf(now);
    qint64 at = 0;
    if (feed.lastAttemptAt.isValid()) {
        const qint64 last = qMin(secondsOf(feed.lastAttemptAt), nowSeconds);
        at = last + qMax(minimumGapSeconds(feed), backoffSeconds(feed));
    }
    if (feed.retryAfterUntil.isValid())
        at = qMax(at, qMin(secondsOf(feed.retryAfterUntil), nowSeconds + MaxRetryAfterSeconds));
    return timeOf(at);
}

QDateTime RefreshPolicy::nextDue(const FeedRefreshState &feed, const QDateTime &now,
                                 const QDateTime &notBefore) const
{
    const qint64 floorByBounds = secondsOf(earliest(feed, now));
    const qint64 floorByNotBefore = notBefore.isValid() ? secondsOf(notBefore) : 0;
    if (!feed.lastAttemptAt.isValid())
        return timeOf(qMax(floorByBounds, floorByNotBefore));
    const qint64 period = periodSeconds(feed);
    const qint64 last = qMin(secondsOf(feed.lastAttemptAt), secondsOf(now));
    const qint64 from = std::max({floorByBounds, last + period / 2, floorByNotBefore});
    // The first slot (phase + k × period) at or after `from`.
    const qint64 phase = phaseSeconds(feed.feedId, period);
    qint64 k = (from - phase) / period;
    qint64 slot = phase + k * period;
    while (slot < from) // division truncates toward zero; from may be below the phase
        slot += period;
    while (slot - period >= from)
        slot -= period;
    return timeOf(slot);
}
