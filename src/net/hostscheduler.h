#pragma once

#include <deque>
#include <optional>

#include <QHash>
#include <QList>
#include <QString>

// Bookkeeping for polite fetching: which queued request may start now, given
// a per-host limit, a global limit and per-host backoff deadlines. Hosts take
// turns (round robin), requests of one host go first in, first out. Plain
// value logic, no timers and no I/O: the caller passes the current time.
// An empty host key (file://) is bound by the global limit only.
//
// Requests are Normal (feeds, what a person asked for) or Background (the
// pages and images a refresh keeps for offline reading). A background
// request starts only when no normal one can, and while normal requests are
// queued or running it takes neither a host's last slot nor the last
// quarter of the global ones: a feed finds a free slot even while its
// host's images are downloading, so the pictures never hold up the list of
// articles. With no normal work, background requests have every slot.
class HostScheduler final
{
public:
    using Id = quint64;
    enum class Priority { Normal, Background };

    void setPerHostLimit(int limit);
    int perHostLimit() const { return m_perHostLimit; }
    void setGlobalLimit(int limit);
    int globalLimit() const { return m_globalLimit; }

    // Queues a request; atFront puts it before the host's other requests of
    // its priority (used for the next hop of a redirect).
    void enqueue(Id id, const QString &host, bool atFront = false,
                 Priority priority = Priority::Normal);
    // Removes a queued request; false when it was not queued.
    bool remove(Id id);
    // The next request allowed to start at nowMs; it counts as active until
    // release(host, its priority) is called.
    std::optional<Id> takeNext(qint64 nowMs);
    void release(const QString &host, Priority priority = Priority::Normal);
    // How many slots background requests may hold now: per host, and in all.
    int backgroundHostLimit(const QString &host) const;
    int backgroundGlobalLimit() const;

    void setBackoffUntil(const QString &host, qint64 untilMs);
    qint64 backoffUntil(const QString &host) const; // 0 when none
    // Queued requests whose host stays in backoff longer than maxWaitMs from
    // nowMs; they are removed from the queue.
    QList<Id> takeBackedOff(qint64 nowMs, qint64 maxWaitMs);
    // When the earliest backoff of a host with queued requests ends; nullopt
    // when no queued request waits for a backoff.
    std::optional<qint64> nextWakeMs(qint64 nowMs) const;

    // Hosts that could not be reached (DNS failed, connection refused, no
    // answer): optional downloads (article pages, images) skip them until
    // the returned time. The wait starts at UnreachableBackoffMs and doubles
    // with each failure in a row, up to MaxUnreachableBackoffMs; an answer
    // from the host ends it.
    static constexpr qint64 UnreachableBackoffMs = 5 * 60 * 1000;
    static constexpr qint64 MaxUnreachableBackoffMs = 6 * 3600 * 1000;
    qint64 markUnreachable(const QString &host, qint64 nowMs);
    void markReachable(const QString &host);
    bool isUnreachable(const QString &host, qint64 nowMs) const;

    int activeCount() const { return m_active; }
    int activeCount(const QString &host) const;
    int backgroundActiveCount() const { return m_backgroundActive; }
    int queuedCount() const { return int(m_queuedHost.size()); }
    bool isQueued(Id id) const { return m_queuedHost.contains(id); }

private:
    struct Host
    {
        int active = 0;
        int backgroundActive = 0;
        qint64 backoffUntil = 0;
        std::deque<Id> queue;
        std::deque<Id> backgroundQueue;
        std::deque<Id> &queueOf(Priority priority)
        {
            return priority == Priority::Normal ? queue : backgroundQueue;
        }
    };
    struct Queued
    {
        QString host;
        Priority priority = Priority::Normal;
    };

    int limitFor(const QString &host) const;
    bool hasNormalWork() const;
    QList<QString> &turnsOf(Priority priority)
    {
        return priority == Priority::Normal ? m_turns : m_backgroundTurns;
    }
    std::optional<Id> takeFrom(Priority priority, qint64 nowMs);
    QList<Id> takeBackedOffFrom(Priority priority, qint64 nowMs, qint64 maxWaitMs);
    void forgetIfUnused(const QString &host);

    struct Unreachable
    {
        qint64 until = 0;
        int failures = 0;
    };

    QHash<QString, Host> m_hosts;
    QHash<QString, Unreachable> m_unreachable;
    QList<QString> m_turns; // hosts with queued normal requests, in turn order
    QList<QString> m_backgroundTurns; // the same for background requests
    QHash<Id, Queued> m_queuedHost;
    int m_perHostLimit = 2;
    int m_globalLimit = 16;
    int m_active = 0;
    int m_backgroundActive = 0;
};
