#pragma once

#include "refreshpolicy.h"

#include <memory>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

class Clock;
class OfflineMonitor;
class RefreshService;
class StorageThread;

// Refreshes by itself: on start (a setting, on by default), then each feed
// every interval (default 30 minutes), never more often than the feed asks
// (ttl, sy:*, Cache-Control max-age / Expires, Retry-After: RefreshPolicy),
// with each feed on its own slot in the interval so that the feeds spread
// out instead of all coming due at once. Due feeds start in batches: at most
// maxFeeds at a time, batches at least minGap apart, never while a refresh
// runs (a batch waits for it). A feed that keeps failing waits longer each
// time. While offline nothing starts; when the network returns, the feeds
// that came due meanwhile are refreshed once, in batches.
//
// What it knows about the feeds it reads on the storage thread after each
// refresh (RefreshService stores it with each fetch), so it never touches a
// database itself. Settings come in through the setters, applied at once.
class RefreshScheduler final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultBatchFeeds = 100;
    static constexpr int DefaultBatchGapSeconds = 10;
    // A feed the scheduler started is not started again sooner than this,
    // whatever came of it (say, cancelled): no loop of instant retries.
    static constexpr int MinRetrySeconds = 60;
    // The longest wait between two looks at the plan: a suspended machine
    // or a changed system clock is noticed within this.
    static constexpr int MaxSleepSeconds = 5 * 60;

    // Uses the system clock unless one is given; clock, refresh, storage
    // and offline must outlive the scheduler. Hand the same clock to
    // RefreshService::setClock.
    RefreshScheduler(RefreshService &refresh, StorageThread &storage, OfflineMonitor &offline,
                     Clock *clock = nullptr, QObject *parent = nullptr);
    ~RefreshScheduler() override;

    // Settings, applied live.
    void setIntervalMinutes(int minutes); // clamped to RefreshPolicy's bounds
    int intervalMinutes() const { return m_policy.intervalMinutes(); }
    void setRefreshOnStart(bool on);
    bool refreshesOnStart() const { return m_refreshOnStart; }
    void setBatchLimits(int maxFeeds, int minGapSeconds);

    // Starts planning: reads the feeds, then refreshes those due (on start,
    // when that is on) and goes on by itself. Once.
    void start();
    bool isStarted() const { return m_started; }

    // Refreshes these feeds now (one feed, or a category's from the tree;
    // empty: every subscribed feed), before their time: the person asked.
    // Only a source's Retry-After still holds (those feeds come when it
    // ends). Queued while a refresh runs. False, and nothing done, offline.
    bool refreshNow(const QList<qint64> &feedIds = {});

    // When the next refresh is due; invalid when none is planned (not
    // started, offline, nothing subscribed). Never in the past.
    QDateTime nextDue() const { return m_nextDue; }
    // For the status bar's tooltip: "Next refresh at 14:05", or why none is.
    QString nextDueText() const;
    bool isPaused() const; // offline: nothing starts
    // Nothing is being refreshed or read: waiting for the next due time.
    bool isSettled() const;

public Q_SLOTS:
    // The subscriptions changed (added, removed, (un)subscribed): read the
    // feeds again.
    void reload();

Q_SIGNALS:
    void nextDueChanged(const QDateTime &due);
    // A refresh of these feeds was started: by the plan (automatic) or by
    // refreshNow(). An empty list with automatic false: every feed.
    void batchStarted(const QList<qint64> &feedIds, bool automatic);

private:
    void statesRead(const QList<FeedRefreshState> &states);
    void refreshFinished();
    void plan();
    void planSoon();
    bool startManual();
    QDateTime dueAt(const FeedRefreshState &feed, const QDateTime &now) const;
    void setNextDue(const QDateTime &due);

    RefreshService &m_refresh;
    StorageThread &m_storage;
    OfflineMonitor &m_offline;
    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock;
    RefreshPolicy m_policy;
    bool m_refreshOnStart = true;
    int m_batchFeeds = DefaultBatchFeeds;
    int m_batchGapSeconds = DefaultBatchGapSeconds;

    bool m_started = false;
    QDateTime m_startedAt;
    QList<FeedRefreshState> m_states; // by feed id
    bool m_statesKnown = false;
    int m_readsPending = 0;
    QHash<qint64, QDateTime> m_startedFeedAt; // when this session last started each feed
    QDateTime m_lastBatchAt;
    // refreshNow() while a refresh ran: started when it ends.
    QList<qint64> m_manual;
    bool m_manualAll = false;
    bool m_planning = false;
    bool m_planQueued = false;
    QDateTime m_nextDue;
};
