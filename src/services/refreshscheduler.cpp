#include "refreshscheduler.h"
#include "nextturn.h"

#include "clock.h"
#include "library.h"
#include "offlinemonitor.h"
#include "refreshservice.h"
#include "storagethread.h"

#include <algorithm>

#include <QLocale>
#include <QScopeGuard>

RefreshScheduler::RefreshScheduler(RefreshService &refresh, StorageThread &storage,
                                   OfflineMonitor &offline, Clock *clock, QObject *parent)
    : QObject(parent), m_refresh(refresh), m_storage(storage), m_offline(offline),
      m_ownClock(clock ? nullptr : std::make_unique<SystemClock>()),
      m_clock(clock ? clock : m_ownClock.get())
{
    connect(m_clock, &Clock::wake, this, [this] {
        if (m_started && !m_statesKnown && m_readsPending == 0)
            reload(); // the last read failed: try again
        else
            plan();
    });
    // Whoever started it (the plan, the person, a new subscription): what
    // it stored decides what comes next.
    connect(&m_refresh, &RefreshService::finished, this, &RefreshScheduler::refreshFinished);
    connect(&m_offline, &OfflineMonitor::offlineChanged, this, [this](bool offline) {
        if (offline)
            plan();
        else if (m_started)
            reload(); // back: a fresh look, then what came due meanwhile
    });
}

RefreshScheduler::~RefreshScheduler() = default;

void RefreshScheduler::setIntervalMinutes(int minutes)
{
    m_policy = RefreshPolicy(minutes);
    plan();
}

void RefreshScheduler::setRefreshOnStart(bool on)
{
    m_refreshOnStart = on;
    plan();
}

void RefreshScheduler::setBatchLimits(int maxFeeds, int minGapSeconds)
{
    m_batchFeeds = qMax(1, maxFeeds);
    m_batchGapSeconds = qMax(0, minGapSeconds);
    plan();
}

void RefreshScheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    // Whole seconds, as the library stores fetch times: a feed fetched in
    // this second counts as fetched in this session.
    m_startedAt = QDateTime::fromSecsSinceEpoch(m_clock->now().toSecsSinceEpoch(), Qt::UTC);
    reload();
}

void RefreshScheduler::reload()
{
    ++m_readsPending;
    m_storage.run([](Library &library) { return library.feeds().refreshStates(); })
            .then(this, nextTurn(this, [this](const Result<QList<FeedRefreshState>> &states) {
                --m_readsPending;
                if (states) {
                    statesRead(states.value());
                } else if (!m_statesKnown && m_readsPending == 0 && m_started) {
                    // Nothing to plan with yet: look again in a while.
                    m_clock->wakeIn(qint64(MinRetrySeconds) * 1000);
                    return;
                }
                planSoon();
            }));
}

void RefreshScheduler::statesRead(const QList<FeedRefreshState> &states)
{
    m_states = states;
    m_statesKnown = true;
}

void RefreshScheduler::refreshFinished()
{
    if (m_started)
        reload();
}

void RefreshScheduler::planSoon()
{
    // From the event loop, never from within a caller's signal: a future
    // the storage thread already answered continues at once, and a batch
    // started inside RefreshService::finished() would reset the report its
    // other listeners are still being handed.
    if (m_planQueued)
        return;
    m_planQueued = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_planQueued = false;
                plan();
            },
            Qt::QueuedConnection);
}

bool RefreshScheduler::isPaused() const { return m_offline.isOffline(); }

bool RefreshScheduler::isSettled() const
{
    return !m_refresh.isRunning() && m_readsPending == 0 && !m_planQueued && m_manual.isEmpty()
            && !m_manualAll;
}

bool RefreshScheduler::refreshNow(const QList<qint64> &feedIds)
{
    if (m_offline.isOffline())
        return false;
    if (feedIds.isEmpty())
        m_manualAll = true;
    for (qint64 id : feedIds) {
        if (!m_manual.contains(id))
            m_manual.append(id);
    }
    if (m_refresh.isRunning())
        return true; // when it ends
    if (startManual())
        return true;
    plan();
    return false;
}

bool RefreshScheduler::startManual()
{
    const QDateTime now = m_clock->now();
    QList<qint64> ids;
    if (m_manualAll) {
        for (const FeedRefreshState &state : std::as_const(m_states))
            ids.append(state.feedId);
    } else {
        ids = m_manual;
    }
    const bool everyFeed = m_manualAll && !m_statesKnown; // not read yet: the service knows them
    m_manual.clear();
    m_manualAll = false;
    // What a source said about waiting still holds; those come when it ends.
    ids.removeIf([this, &now](qint64 id) {
        const auto found =
                std::lower_bound(m_states.cbegin(), m_states.cend(), id,
                                 [](const FeedRefreshState &s, qint64 v) { return s.feedId < v; });
        return found != m_states.cend() && found->feedId == id && found->retryAfterUntil.isValid()
                && found->retryAfterUntil > now;
    });
    if (ids.isEmpty() && !everyFeed)
        return false;
    for (qint64 id : std::as_const(ids))
        m_startedFeedAt.insert(id, now);
    if (!m_refresh.start(ids))
        return false;
    Q_EMIT batchStarted(ids, false);
    return true;
}

QDateTime RefreshScheduler::dueAt(const FeedRefreshState &feed, const QDateTime &now) const
{
    QDateTime due;
    const bool fetchedThisSession =
            feed.lastAttemptAt.isValid() && feed.lastAttemptAt >= m_startedAt;
    if (fetchedThisSession)
        due = m_policy.nextDue(feed, now);
    else if (m_refreshOnStart)
        due = m_policy.earliest(feed, now); // as soon as the feed allows
    else
        due = m_policy.nextDue(feed, now, m_startedAt); // its next slot from now on
    const auto started = m_startedFeedAt.constFind(feed.feedId);
    if (started != m_startedFeedAt.cend())
        due = qMax(due, started->addSecs(MinRetrySeconds));
    return due;
}

void RefreshScheduler::plan()
{
    if (!m_started || m_planning)
        return;
    m_planning = true;
    const auto done = qScopeGuard([this] { m_planning = false; });
    m_clock->cancelWake();
    if (!m_statesKnown || m_offline.isOffline()) {
        // Reading (its end plans again), or offline (coming back does).
        setNextDue({});
        return;
    }
    const QDateTime now = m_clock->now();
    if (now < m_startedAt) {
        // The system clock was set back: times noted since are in the
        // future. Count from the new time, or feeds would wait for it.
        m_startedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
        for (auto it = m_startedFeedAt.begin(); it != m_startedFeedAt.end(); ++it)
            it.value() = qMin(it.value(), now);
        if (m_lastBatchAt > now)
            m_lastBatchAt = now;
    }
    const auto soonest = [this, &now] {
        QDateTime first;
        for (const FeedRefreshState &state : std::as_const(m_states)) {
            const QDateTime due = dueAt(state, now);
            if (!first.isValid() || due < first)
                first = due;
        }
        return first;
    };
    if (m_refresh.isRunning() || m_readsPending > 0) {
        // Its end plans again.
        setNextDue(soonest());
        return;
    }
    if ((m_manualAll || !m_manual.isEmpty()) && startManual()) {
        setNextDue(soonest());
        return;
    }

    QList<std::pair<QDateTime, qint64>> due;
    QDateTime next;
    for (const FeedRefreshState &state : std::as_const(m_states)) {
        const QDateTime at = dueAt(state, now);
        if (at <= now)
            due.append({at, state.feedId});
        else if (!next.isValid() || at < next)
            next = at;
    }
    if (!due.isEmpty()) {
        const QDateTime allowed =
                m_lastBatchAt.isValid() ? m_lastBatchAt.addSecs(m_batchGapSeconds) : now;
        if (allowed > now) {
            setNextDue(allowed);
            m_clock->wakeIn(now.msecsTo(allowed));
            return;
        }
        // The longest overdue first.
        std::sort(due.begin(), due.end());
        QList<qint64> batch;
        for (qsizetype i = 0; i < due.size() && batch.size() < m_batchFeeds; ++i)
            batch.append(due.at(i).second);
        for (qint64 id : std::as_const(batch))
            m_startedFeedAt.insert(id, now);
        m_lastBatchAt = now;
        if (m_refresh.start(batch))
            Q_EMIT batchStarted(batch, true);
        setNextDue(soonest());
        return;
    }
    setNextDue(next);
    const qint64 sleep = qint64(MaxSleepSeconds) * 1000;
    m_clock->wakeIn(next.isValid() ? qMin(now.msecsTo(next), sleep) : sleep);
}

void RefreshScheduler::setNextDue(const QDateTime &due)
{
    QDateTime when = due;
    if (when.isValid()) {
        const QDateTime now = m_clock->now();
        if (when < now)
            when = now;
    }
    if (when == m_nextDue)
        return;
    m_nextDue = when;
    Q_EMIT nextDueChanged(m_nextDue);
}

QString RefreshScheduler::nextDueText() const
{
    if (m_offline.isOffline())
        return tr("Automatic refresh is paused while offline");
    if (m_refresh.isRunning())
        return tr("Refreshing");
    if (!m_nextDue.isValid())
        return m_started ? tr("No refresh planned") : tr("Automatic refresh has not started");
    const QLocale locale;
    const QDateTime local = m_nextDue.toLocalTime();
    if (local.date() == m_clock->now().toLocalTime().date())
        return tr("Next refresh at %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    return tr("Next refresh on %1").arg(locale.toString(local, QLocale::ShortFormat));
}
