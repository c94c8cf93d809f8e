#include "hostscheduler.h"

#include <algorithm>

void HostScheduler::setPerHostLimit(int limit) { m_perHostLimit = qMax(1, limit); }

void HostScheduler::setGlobalLimit(int limit) { m_globalLimit = qMax(1, limit); }

void HostScheduler::enqueue(Id id, const QString &host, bool atFront)
{
    if (m_queuedHost.contains(id))
        return;
    Host &state = m_hosts[host];
    if (atFront)
        state.queue.push_front(id);
    else
        state.queue.push_back(id);
    m_queuedHost.insert(id, host);
    if (state.queue.size() == 1)
        m_turns.append(host);
}

bool HostScheduler::remove(Id id)
{
    const auto found = m_queuedHost.constFind(id);
    if (found == m_queuedHost.cend())
        return false;
    const QString host = found.value();
    m_queuedHost.erase(found);
    Host &state = m_hosts[host];
    state.queue.erase(std::remove(state.queue.begin(), state.queue.end(), id), state.queue.end());
    if (state.queue.empty())
        m_turns.removeOne(host);
    forgetIfUnused(host);
    return true;
}

std::optional<HostScheduler::Id> HostScheduler::takeNext(qint64 nowMs)
{
    if (m_active >= m_globalLimit)
        return std::nullopt;
    for (qsizetype i = 0; i < m_turns.size(); ++i) {
        const QString host = m_turns.at(i);
        Host &state = m_hosts[host];
        if (state.active >= limitFor(host) || state.backoffUntil > nowMs)
            continue;
        const Id id = state.queue.front();
        state.queue.pop_front();
        m_queuedHost.remove(id);
        ++state.active;
        ++m_active;
        m_turns.removeAt(i);
        if (!state.queue.empty())
            m_turns.append(host); // its next request waits for the other hosts' turn
        return id;
    }
    return std::nullopt;
}

void HostScheduler::release(const QString &host)
{
    const auto found = m_hosts.find(host);
    if (found == m_hosts.end() || found->active <= 0)
        return;
    --found->active;
    --m_active;
    forgetIfUnused(host);
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
    QList<Id> taken;
    for (qsizetype i = 0; i < m_turns.size();) {
        const QString host = m_turns.at(i);
        Host &state = m_hosts[host];
        if (state.backoffUntil - nowMs <= maxWaitMs) {
            ++i;
            continue;
        }
        for (const Id id : state.queue) {
            taken.append(id);
            m_queuedHost.remove(id);
        }
        state.queue.clear();
        m_turns.removeAt(i);
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
    for (const QString &host : m_turns) {
        const qint64 until = m_hosts.value(host).backoffUntil;
        if (until > nowMs && (!wake || until < *wake))
            wake = until;
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
        && found->backoffUntil == 0)
        m_hosts.erase(found);
}
