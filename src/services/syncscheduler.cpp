#include "syncscheduler.h"
#include "nextturn.h"
#include "offlinemonitor.h"

SyncScheduler::SyncScheduler(AccountService &accounts, OfflineMonitor &offline, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_offline(offline)
{
    m_timer.setInterval(std::chrono::minutes(30));
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::due);
    connect(&m_offline, &OfflineMonitor::offlineChanged, this, [this](bool offline) {
        if (!offline && m_due)
            due(); // caught up once, not once per missed interval
    });
}

void SyncScheduler::setIntervalMinutes(int minutes)
{
    setInterval(std::chrono::minutes(qMax(1, minutes)));
}

void SyncScheduler::setInterval(std::chrono::milliseconds interval)
{
    const bool active = m_timer.isActive();
    m_timer.setInterval(qMax(std::chrono::milliseconds(1), interval));
    if (active)
        m_timer.start();
}

void SyncScheduler::start(bool now)
{
    m_timer.start();
    if (now)
        due();
}

void SyncScheduler::due()
{
    if (m_offline.isOffline()) {
        m_due = true;
        return;
    }
    m_due = false;
    syncNow(0);
}

bool SyncScheduler::syncNow(qint64 accountId)
{
    if (m_offline.isOffline())
        return false;
    if (m_running) {
        m_queued = m_queued && *m_queued != accountId ? 0 : accountId;
        return true;
    }
    run(accountId);
    return true;
}

void SyncScheduler::run(qint64 accountId)
{
    m_running = true;
    Q_EMIT syncStarted(accountId);
    m_accounts.sync(accountId).then(this, nextTurn(this, [this, accountId](const AccountService::Synced &report) {
        m_running = false;
        Q_EMIT syncFinished(accountId, report);
        if (m_queued) {
            const qint64 next = *m_queued;
            m_queued.reset();
            if (!m_offline.isOffline())
                run(next);
        }
    }));
}
