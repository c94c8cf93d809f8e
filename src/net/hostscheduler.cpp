#include "hostscheduler.h"

#include <algorithm>

void HostScheduler::setPerHostLimit(int limit) { m_perHostLimit = qMax(1, limit); }

void HostScheduler::setGlobalLimit(int limit) { m_globalLimit = qMax(1, limit); }

void HostScheduler::enqueue(Id id, const QString &host, bool atFront, Priority priority)
{
    if (m_queuedHost.contains(id))
        return;
    Host &state = m_hosts[host];
    std::deque<Id> &queue = state.queueOf(priority);
    if (atFront)
        queue.push_front(id);
    else
        queue.push_back(id);
    m_queuedHost.insert(id, {host, priority});
    if (queue.size() == 1)
        turnsOf(priority).append(host);
}

bool HostScheduler::remove(Id id)
{
    const auto found = m_queuedHost.constFind(id);
    if (found == m_queuedHost.cend())
        return false;
    const Queued queued = found.value();
    m_queuedHost.erase(found);
    std::deque<Id> &queue = m_hosts[queued.host].queueOf(queued.priority);
    queue.erase(std::remove(queue.begin(), queue.end(), id), queue.end());
    if (queue.empty())
        turnsOf(queued.priority).removeOne(queued.host);
    forgetIfUnused(queued.host);
    return true;
}

std::optional<HostScheduler::Id> HostScheduler::takeNext(qint64 nowMs)
{
    if (m_active >= m_globalLimit)
        return std::nullopt;
    if (const auto id = takeFrom(Priority::Normal, nowMs))
        return id;
    if (m_backgroundActive >= backgroundGlobalLimit())
        return std::nullopt;
    return takeFrom(Priority::Background, nowMs);
}

std::optional<HostScheduler::Id> HostScheduler::takeFrom(Priority priority, qint64 nowMs)
{
    const bool background = priority == Priority::Background;
    QList<QString> &turns = turnsOf(priority);
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const QString host = turns.at(i);
        Host &state = m_hosts[host];
        if (state.active >= limitFor(host) || state.backoffUntil > nowMs)
            continue;
        if (background && state.backgroundActive >= backgroundHostLimit(host))
            continue;
        std::deque<Id> &queue = state.queueOf(priority);
        const Id id = queue.front();
        queue.pop_front();
        m_queuedHost.remove(id);
        ++state.active;
        ++m_active;
        if (background) {
            ++state.backgroundActive;
            ++m_backgroundActive;
        }
        turns.removeAt(i);
        if (!queue.empty())
            turns.append(host); // its next request waits for the other hosts' turn
        return id;
    }
    return std::nullopt;
}

void HostScheduler::release(const QString &host, Priority priority)
{
    const auto found = m_hosts.find(host);
    if (found == m_hosts.end() || found->active <= 0)
        return;
    --found->active;
    --m_active;
    if (priority == Priority::Background && found->backgroundActive > 0) {
        --found->backgroundActive;
        --m_backgroundActive;
    }
    forgetIfUnused(host);
}

bool HostScheduler::hasNormalWork() const
{
    return m_active > m_backgroundActive || !m_turns.isEmpty();
}

int HostScheduler::backgroundHostLimit(const QString &host) const
{
    if (host.isEmpty())
        return backgroundGlobalLimit();
    return hasNormalWork() ? qMax(1, m_perHostLimit - 1) : m_perHostLimit;
}

int HostScheduler::backgroundGlobalLimit() const
{
    return hasNormalWork() ? qMax(1, m_globalLimit - qMax(1, m_globalLimit / 4)) : m_globalLimit;
}

void HostScheduler::setBackoffUntil(const QString &host, qint64 untilMs)
{
    Host &state = m_hosts[host];
    state.backoffUntil = qMax(state.backoffUntil, untilMs);
}

qint64 HostScheduler::backoffUntil(const QString &host) const
{
    return m_hosts.value(host).backoffUntil;
}

QList<HostScheduler::Id> HostScheduler::takeBackedOff(qint64 nowMs, qint64 maxWaitMs)
{
    QList<Id> taken = takeBackedOffFrom(Priority::Normal, nowMs, maxWaitMs);
    taken += takeBackedOffFrom(Priority::Background, nowMs, maxWaitMs);
    return taken;
}

QList<HostScheduler::Id> HostScheduler::takeBackedOffFrom(Priority priority, qint64 nowMs,
                                                          qint64 maxWaitMs)
{
    QList<Id> taken;
    QList<QString> &turns = turnsOf(priority);
    for (qsizetype i = 0; i < turns.size();) {
        const QString host = turns.at(i);
        Host &state = m_hosts[host];
        if (state.backoffUntil - nowMs <= maxWaitMs) {
            ++i;
            continue;
        }
        std::deque<Id> &queue = state.queueOf(priority);
        for (const Id id : queue) {
            taken.append(id);
            m_queuedHost.remove(id);
        }
        queue.clear();
        turns.removeAt(i);
    }
    return taken;
}

qint64 HostScheduler::markUnreachable(const QString &host, qint64 nowMs)
{
    Unreachable &state = m_unreachable[host];
    if (state.until > nowMs)
        return state.until; // failures already under way count once
    const int doublings = qMin(state.failures, 16);
    state.failures += 1;
    state.until = nowMs + qMin(UnreachableBackoffMs << doublings, MaxUnreachableBackoffMs);
    return state.until;
}

void HostScheduler::markReachable(const QString &host) { m_unreachable.remove(host); }

bool HostScheduler::isUnreachable(const QString &host, qint64 nowMs) const
{
    const auto found = m_unreachable.constFind(host);
    return found != m_unreachable.cend() && found->until > nowMs;
}

std::optional<qint64> HostScheduler::nextWakeMs(qint64 nowMs) const
{
    std::optional<qint64> wake;
    for (const QList<QString> *turns : {&m_turns, &m_backgroundTurns}) {
        for (const QString &host : *turns) {
            const qint64 until = m_hosts.value(host).backoffUntil;
            if (until > nowMs && (!wake || until < *wake))
                wake = until;
        }
    }
    return wake;
}

int HostScheduler::activeCount(const QString &host) const { return m_hosts.value(host).active; }

int HostScheduler::limitFor(const QString &host) const
{
    return host.isEmpty() ? m_globalLimit : m_perHostLimit;
}

void HostScheduler::forgetIfUnused(const QString &host)
{
    // Keep a host's backoff deadline; forget hosts with nothing left to remember.
    const auto found = m_hosts.constFind(host);
    if (found != m_hosts.cend() && found->active == 0 && found->queue.empty()
        && found->backgroundQueue.empty() && found->backoffUntil == 0)
        m_hosts.erase(found);
}
