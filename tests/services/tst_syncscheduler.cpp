// Scheduled sync beside the refresh scheduler, against FakeTtrss: every
// interval; nothing while offline, then one catch-up sync when the network
// returns (not one per missed interval); asking while a sync runs queues
// one more, however often asked; Sync Now offline does nothing.

#include "accountservice.h"
#include "credentialstore.h"
#include "fakettrss.h"
#include "fetcher.h"
#include "offlinemonitor.h"
#include "storagethread.h"
#include "syncscheduler.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestSyncScheduler final : public QObject
{
    Q_OBJECT

    struct Setup
    {
        QTemporaryDir dir;
        FakeTtrss server;
        SessionCredentials keyring;
        SessionCredentials session;
        Fetcher fetcher;
        OfflineMonitor offline{fetcher, OfflineMonitor::Detection::None};
        StorageThread storage{dir.path()};
        AccountService accounts{storage, keyring, session};
        SyncScheduler syncs{accounts, offline};
        qint64 accountId = 0;
        bool addAccount()
        {
            const qint64 feed = server.addFeed(u"Wire"_s, u"https://wire.example/feed"_s);
            server.addArticle(feed, u"First"_s, u"<p>One</p>"_s);
            auto added = accounts.add(u"ttrss"_s, server.url(), u"reader"_s, u"secret"_s);
            // The server answers on this thread: wait with its event loop running.
            if (!QTest::qWaitFor([&added] { return added.isFinished(); }, 20000))
                return false; // result() would wait for good
            accountId = added.result() ? added.result()->id : 0;
            return accountId > 0;
        }
    };

private slots:
    void syncsAtStartWhenAskedThenEachInterval()
    {
        Setup s;
        QVERIFY(s.addAccount());
        QSignalSpy finished(&s.syncs, &SyncScheduler::syncFinished);
        s.syncs.setInterval(200ms);
        s.syncs.start(true);
        QVERIFY(s.syncs.isSyncing());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 20000);
        const auto report = finished.first().at(1).value<AccountService::Synced>();
        QCOMPARE(report.accounts, 1);
        QCOMPARE(report.fetched, 1);
        QVERIFY(report.failures.isEmpty());
        QCOMPARE(report.stored.size(), 1);
        s.syncs.setIntervalMinutes(30);
        QCOMPARE(s.syncs.interval(), std::chrono::milliseconds(30min));
    }

    void pausesOfflineAndCatchesUpOnceWhenTheNetworkReturns()
    {
        Setup s;
        QVERIFY(s.addAccount());
        QSignalSpy started(&s.syncs, &SyncScheduler::syncStarted);
        QSignalSpy finished(&s.syncs, &SyncScheduler::syncFinished);
        s.offline.setWorkOffline(true);
        QVERIFY(!s.syncs.syncNow());
        s.syncs.setInterval(50ms);
        s.syncs.start(true);
        QTest::qWait(400); // several intervals go by offline
        QCOMPARE(started.size(), 0);
        QVERIFY(s.syncs.isDue());
        QCOMPARE(s.server.logins(), 1); // the one of adding the account
        s.syncs.setInterval(1h); // only the catch-up from here on
        s.offline.setWorkOffline(false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTest::qWait(300);
        QCOMPARE(started.size(), 1);
        QVERIFY(!s.syncs.isDue());
    }

    void askingWhileASyncRunsQueuesOneMore()
    {
        Setup s;
        QVERIFY(s.addAccount());
        s.server.setDelay(u"getHeadlines"_s, 150);
        QSignalSpy started(&s.syncs, &SyncScheduler::syncStarted);
        QSignalSpy finished(&s.syncs, &SyncScheduler::syncFinished);
        QVERIFY(s.syncs.syncNow(s.accountId));
        QVERIFY(s.syncs.syncNow(s.accountId));
        QVERIFY(s.syncs.syncNow(s.accountId));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QTest::qWait(300);
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.at(1).first().toLongLong(), s.accountId);
        // Different accounts asked for while one runs: the next sync takes all.
        QVERIFY(s.syncs.syncNow(s.accountId)); // runs
        QVERIFY(s.syncs.syncNow(s.accountId)); // waits
        QVERIFY(s.syncs.syncNow(s.accountId + 1)); // waits too: all then
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
        QCOMPARE(started.at(3).first().toLongLong(), 0);
    }

    void aSyncWithoutAccountsSyncsNothing()
    {
        Setup s;
        QSignalSpy finished(&s.syncs, &SyncScheduler::syncFinished);
        QVERIFY(s.syncs.syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto report = finished.first().at(1).value<AccountService::Synced>();
        QCOMPARE(report.accounts, 0);
        QVERIFY(report.failures.isEmpty());
        QCOMPARE(s.server.logins(), 0);
    }
};

QTEST_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
