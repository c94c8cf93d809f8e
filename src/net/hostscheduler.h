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
class HostScheduler final
{
public:
    using Id = quint64;

    void setPerHostLimit(int limit);
    int perHostLimit() const { return m_perHostLimit; }
    void setGlobalLimit(int limit);
    int globalLimit() const { return m_globalLimit; }

    // Queues a request; atFront puts it before the host's other requests
    // (used for the next hop of a redirect).
    void enqueue(Id id, const QString &host, bool atFront = false);
    // Removes a queued request; false when it was not queued.
    bool remove(Id id);
    // The next request allowed to start at nowMs; it counts as active until
    // release(host) is called.
    std::optional<Id> takeNext(qint64 nowMs);
    void release(const QString &host);

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
    int queuedCount() const { return int(m_queuedHost.size()); }
    bool isQueued(Id id) const { return m_queuedHost.contains(id); }

private:
    struct Host
    {
        int active = 0;
        qint64 backoffUntil = 0;
        std::deque<Id> queue;
    };

    int limitFor(const QString &host) const;
    void forgetIfUnused(const QString &host);

    struct Unreachable
    {
        qint64 until = 0;
        int failures = 0;
    };

    QHash<QString, Host> m_hosts;
    QHash<QString, Unreachable> m_unreachable;
    QList<QString> m_turns; // hosts with queued requests, in turn order
    QHash<Id, QString> m_queuedHost;
    int m_perHostLimit = 2;
    int m_globalLimit = 16;
    int m_active = 0;
};
