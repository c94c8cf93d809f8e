#pragma once

#include "accountservice.h"

#include <QObject>
#include <QTimer>

#include <optional>

#include <chrono>

class OfflineMonitor;

// Syncs the server accounts by themselves, beside the refresh scheduler and
// on its interval: on start (when asked), then every interval; never while
// offline, and once at once when the network returns if a sync came due
// meanwhile. One sync at a time: asking while one runs queues one more
// (every account, when different ones were asked for). A sync with no
// account at all does nothing and says nothing.
class SyncScheduler final : public QObject
{
    Q_OBJECT

public:
    SyncScheduler(AccountService &accounts, OfflineMonitor &offline, QObject *parent = nullptr);

    void setIntervalMinutes(int minutes); // at least 1
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }

    // Starts the timer; syncs now too when syncNow is set (and online).
    void start(bool syncNow);
    // Syncs this account (0: every one) now. False, and nothing done, offline.
    bool syncNow(qint64 accountId = 0);
    bool isSyncing() const { return m_running; }
    // A sync came due while offline: it runs when the network returns.
    bool isDue() const { return m_due; }

Q_SIGNALS:
    void syncStarted(qint64 accountId); // 0: every account
    void syncFinished(qint64 accountId, const AccountService::Synced &report);

private:
    void due();
    void run(qint64 accountId);

    AccountService &m_accounts;
    OfflineMonitor &m_offline;
    QTimer m_timer;
    bool m_running = false;
    bool m_due = false;
    std::optional<qint64> m_queued; // asked for while one ran
};
