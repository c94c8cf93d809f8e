#include "fetcher.h"
#include "offlinemonitor.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Reachability = QNetworkInformation::Reachability;

class TestOfflineMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheNetwork()
    {
        Fetcher fetcher;
        OfflineMonitor monitor(fetcher, OfflineMonitor::Detection::None);
        QSignalSpy changed(&monitor, &OfflineMonitor::offlineChanged);
        QVERIFY(!monitor.detectsNetwork());
        QVERIFY(!monitor.isOffline());

        monitor.setReachability(Reachability::Disconnected);
        QVERIFY(monitor.isOffline());
        QVERIFY(monitor.isNetworkDown());
        QVERIFY(!monitor.isWorkingOffline());
        QVERIFY(fetcher.isOffline());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().at(0).toBool(), true);
        // The same news again changes nothing.
        monitor.setReachability(Reachability::Disconnected);
        QCOMPARE(changed.size(), 1);

        monitor.setReachability(Reachability::Online);
        QVERIFY(!monitor.isOffline());
        QVERIFY(!fetcher.isOffline());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).toBool(), false);
    }

    void onlyDisconnectedIsDown_data()
    {
        QTest::addColumn<Reachability>("reachability");
        QTest::addColumn<bool>("offline");
        QTest::newRow("unknown") << Reachability::Unknown << false;
        QTest::newRow("local") << Reachability::Local << false; // a feed on the local network
        QTest::newRow("site") << Reachability::Site << false;
        QTest::newRow("online") << Reachability::Online << false;
        QTest::newRow("disconnected") << Reachability::Disconnected << true;
    }
    void onlyDisconnectedIsDown()
    {
        QFETCH(Reachability, reachability);
        QFETCH(bool, offline);
        Fetcher fetcher;
        OfflineMonitor monitor(fetcher, OfflineMonitor::Detection::None);
        monitor.setReachability(reachability);
        QCOMPARE(monitor.isOffline(), offline);
        QCOMPARE(fetcher.isOffline(), offline);
    }

    void workingOfflineWins()
    {
        Fetcher fetcher;
        OfflineMonitor monitor(fetcher, OfflineMonitor::Detection::None);
        QSignalSpy changed(&monitor, &OfflineMonitor::offlineChanged);
        monitor.setWorkOffline(true);
        QVERIFY(monitor.isOffline());
        QVERIFY(fetcher.isOffline());
        QCOMPARE(changed.size(), 1);
        // The network coming and going does not take the person online.
        monitor.setReachability(Reachability::Online);
        monitor.setReachability(Reachability::Disconnected);
        monitor.setReachability(Reachability::Online);
        QVERIFY(monitor.isOffline());
        QVERIFY(fetcher.isOffline());
        QCOMPARE(changed.size(), 1);
        monitor.setWorkOffline(false);
        QVERIFY(!monitor.isOffline());
        QVERIFY(!fetcher.isOffline());
        QCOMPARE(changed.size(), 2);
    }

    void goingOnlineWhileTheSystemSaysDownHoldsUntilItsNextNews()
    {
        Fetcher fetcher;
        OfflineMonitor monitor(fetcher, OfflineMonitor::Detection::None);
        monitor.setReachability(Reachability::Disconnected);
        QVERIFY(monitor.isOffline());
        monitor.setWorkOffline(true);
        monitor.setWorkOffline(false); // the person knows better (a detector can be wrong)
        QVERIFY(!monitor.isOffline());
        QVERIFY(!fetcher.isOffline());
        monitor.setReachability(Reachability::Disconnected); // no news
        QVERIFY(!monitor.isOffline());
        monitor.setReachability(Reachability::Online);
        monitor.setReachability(Reachability::Disconnected); // news: down again
        QVERIFY(monitor.isOffline());
        QVERIFY(fetcher.isOffline());
    }

    void offlineMeansNoRequest()
    {
        TestHttpServer server;
        server.route(u"/feed"_s, TestHttpServer::Response::ok("<rss/>"));
        Fetcher fetcher;
        OfflineMonitor monitor(fetcher, OfflineMonitor::Detection::None);
        monitor.setReachability(Reachability::Disconnected);
        FetchRequest request;
        request.url = server.url(u"/feed"_s);
        QFuture<FetchResult> result = fetcher.fetchAsync(request);
        QTRY_VERIFY(result.isFinished());
        QCOMPARE(result.result().error, FetchResult::Error::Offline);
        QCOMPARE(server.totalRequests(), 0);
        monitor.setReachability(Reachability::Online);
        result = fetcher.fetchAsync(request);
        QTRY_VERIFY(result.isFinished());
        QVERIFY(result.result().ok());
    }

    void startsFromTheFetchersState()
    {
        Fetcher fetcher;
        fetcher.setOffline(true); // `--offline` on the command line
        OfflineMonitor monitor(fetcher, OfflineMonitor::Detection::None);
        QVERIFY(monitor.isWorkingOffline());
        QVERIFY(fetcher.isOffline());
    }

    void systemDetectionNeverFails()
    {
        // With or without a backend on this machine: it works, and the
        // person's choice still counts.
        Fetcher fetcher;
        OfflineMonitor monitor(fetcher, OfflineMonitor::Detection::System);
        OfflineMonitor second(fetcher, OfflineMonitor::Detection::System); // the backend is shared
        monitor.setWorkOffline(true);
        QVERIFY(monitor.isOffline());
        QVERIFY(fetcher.isOffline());
        monitor.setWorkOffline(false);
        QCOMPARE(monitor.isOffline(), monitor.isNetworkDown());
        qInfo("reachability backend: %s", monitor.detectsNetwork() ? "loaded" : "none");
    }
};

QTEST_GUILESS_MAIN(TestOfflineMonitor)
#include "tst_offlinemonitor.moc"
