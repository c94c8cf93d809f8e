#pragma once

#include <optional>

#include <QDateTime>

// What the refresh schedule knows about one feed, as the library keeps it.
struct FeedRefreshState
{
    qint64 feedId = 0;
    QDateTime lastAttemptAt; // the last fetch that reached (or tried to reach) the source; invalid:
                             // never
    int hintMinutes = 0; // the feed's own ttl / sy:updatePeriod × sy:updateFrequency; 0: none
    std::optional<int> freshSeconds; // Cache-Control max-age / Expires of its last answer
    QDateTime retryAfterUntil; // 429/503 Retry-After: not before this; invalid: none
    int failures = 0; // consecutive failed refreshes
    // The person's interval for this feed (its Properties); 0: automatic.
    // It stands for the interval and the feed's own hints.
    int chosenMinutes = 0;
};

// When each feed is due: a pure function of what the library knows, the
// refresh interval and the time. The feed's own hints (ttl, sy:*, max-age,
// Expires, Retry-After) are lower bounds: a feed is never fetched more often
// than it asks. Each feed's refreshes fall on its own slots, `period` apart
// and offset by a stable hash of its id, so a thousand feeds refreshed
// together once spread over the interval from then on instead of coming due
// in the same second. A feed that keeps failing waits longer each time.
// A feed given its own interval by the person is refreshed on that, its
// hints aside; Retry-After and the backoff after failures still hold.
class RefreshPolicy final
{
public:
    static constexpr int DefaultIntervalMinutes = 30;
    static constexpr int MinIntervalMinutes = 1;
    static constexpr int MaxIntervalMinutes = 7 * 24 * 60;
    // Hints longer than this are taken as this: a feed that says "yearly"
    // (or a ttl of a million minutes) is still looked at once a day.
    static constexpr qint64 MaxHintSeconds = 24 * 60 * 60;
    // Retry-After further away than this is read as this.
    static constexpr qint64 MaxRetryAfterSeconds = 24 * 60 * 60;
    // How far failures stretch a feed's period (unless the interval is longer).
    static constexpr qint64 MaxBackoffSeconds = 24 * 60 * 60;

    explicit RefreshPolicy(int intervalMinutes = DefaultIntervalMinutes);

    int intervalMinutes() const { return int(m_interval / 60); }

    // The least time between two fetches that the feed's hints allow.
    qint64 minimumGapSeconds(const FeedRefreshState &feed) const;
    // The time between the feed's slots: the interval, stretched by hints
    // and by failures (doubling from the second failure in a row, capped).
    qint64 periodSeconds(const FeedRefreshState &feed) const;
    // Where in its period the feed's slots lie: the same for a feed id on
    // every run, and evenly spread over feeds.
    static qint64 phaseSeconds(qint64 feedId, qint64 period);

    // The earliest moment the feed may be fetched at all: its hints and
    // Retry-After, and its backoff after failures. A feed never fetched may
    // be fetched at once (unless a Retry-After says otherwise).
    QDateTime earliest(const FeedRefreshState &feed, const QDateTime &now) const;
    // When the feed is next due for a periodic refresh: its first slot at
    // or after both earliest() and half a period after its last fetch, and
    // at or after notBefore (when valid). A feed never fetched is due at
    // earliest(). A last fetch in the future (the clock went back) counts
    // as now.
    QDateTime nextDue(const FeedRefreshState &feed, const QDateTime &now,
                      const QDateTime &notBefore = QDateTime()) const;

private:
    qint64 backoffSeconds(const FeedRefreshState &feed) const;
    qint64 intervalSeconds(const FeedRefreshState &feed) const;

    qint64 m_interval; // seconds
};
