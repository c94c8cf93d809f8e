#include "hostscheduler.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHostScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void perHostLimit();
    void globalLimit();
    void hostsTakeTurns();
    void redirectHopGoesFirst();
    void removeQueued();
    void fileUrlsHaveNoHostLimit();
    void backoffHoldsHost();
    void backoffTooLongIsTaken();
    void manyHostsStayFast();
    void unreachableHostBacksOffLongerEachTime();
    void backgroundWaitsForNormalRequests();
    void backgroundLeavesAHostSlotForNormalRequests();
    void backgroundLeavesAShareOfGlobalSlots();
};

// Images queued before a feed of the same host: the feed goes first.
void TestHostScheduler::backgroundWaitsForNormalRequests()
{
    using P = HostScheduler::Priority;
    HostScheduler scheduler;
    scheduler.setPerHostLimit(1);
    scheduler.enqueue(1, u"a"_s, false, P::Background);
    scheduler.enqueue(2, u"a"_s, false, P::Background);
    scheduler.enqueue(3, u"a"_s);
    scheduler.enqueue(4, u"b"_s, false, P::Background);
    scheduler.enqueue(5, u"b"_s);
    QList<quint64> order;
    while (const auto id = scheduler.takeNext(0))
        order.append(*id);
    QCOMPARE(order, (QList<quint64> {3, 5}));
    scheduler.release(u"a"_s);
    scheduler.release(u"b"_s);
    order.clear();
    while (const auto id = scheduler.takeNext(0))
        order.append(*id);
    QCOMPARE(order, (QList<quint64> {1, 4}));
    QCOMPARE(scheduler.backgroundActiveCount(), 2);
    scheduler.release(u"a"_s, P::Background);
    QCOMPARE(scheduler.backgroundActiveCount(), 1);
    QCOMPARE(scheduler.takeNext(0), 2u);
}

// Background requests already running on a host leave it a slot: a feed
// asked for later starts at once, not after an image.
void TestHostScheduler::backgroundLeavesAHostSlotForNormalRequests()
{
    using P = HostScheduler::Priority;
    HostScheduler scheduler;
    scheduler.setPerHostLimit(3);
    scheduler.enqueue(20, u"b"_s); // a feed of another host, under way
    QCOMPARE(scheduler.takeNext(0), 20u);
    for (quint64 id = 1; id <= 5; ++id)
        scheduler.enqueue(id, u"a"_s, false, P::Background);
    QCOMPARE(scheduler.takeNext(0), 1u);
    QCOMPARE(scheduler.takeNext(0), 2u);
    QVERIFY(!scheduler.takeNext(0)); // the third slot stays free
    scheduler.enqueue(10, u"a"_s);
    QCOMPARE(scheduler.takeNext(0), 10u);
    QCOMPARE(scheduler.activeCount(u"a"_s), 3);
    QVERIFY(!scheduler.takeNext(0));
    scheduler.release(u"a"_s); // the feed
    QVERIFY(!scheduler.takeNext(0));
    scheduler.release(u"a"_s, P::Background);
    QCOMPARE(scheduler.takeNext(0), 3u);
    QVERIFY(!scheduler.takeNext(0));
    // No feed left anywhere: the pictures may have every slot.
    scheduler.release(u"b"_s);
    QCOMPARE(scheduler.takeNext(0), 4u);
    QCOMPARE(scheduler.activeCount(u"a"_s), 3);
}

void TestHostScheduler::backgroundLeavesAShareOfGlobalSlots()
{
    using P = HostScheduler::Priority;
    HostScheduler scheduler;
    scheduler.setGlobalLimit(8);
    scheduler.enqueue(50, u"busy"_s);
    QCOMPARE(scheduler.takeNext(0), 50u); // a feed under way
    for (quint64 id = 1; id <= 20; ++id)
        scheduler.enqueue(id, u"h%1"_s.arg(id), false, P::Background);
    int started = 0;
    while (scheduler.takeNext(0))
        ++started;
    QCOMPARE(started, scheduler.backgroundGlobalLimit());
    QVERIFY(started < 8);
    for (quint64 id = 100; id < 110; ++id)
        scheduler.enqueue(id, u"h%1"_s.arg(id));
    int feeds = 0;
    while (scheduler.takeNext(0))
        ++feeds;
    QCOMPARE(feeds, 8 - started - 1);
}

void TestHostScheduler::unreachableHostBacksOffLongerEachTime()
{
    HostScheduler scheduler;
    const QString host = u"dead.example"_s;
    QVERIFY(!scheduler.isUnreachable(host, 0));
    const qint64 first = scheduler.markUnreachable(host, 1000);
    QCOMPARE(first, 1000 + HostScheduler::UnreachableBackoffMs);
    QVERIFY(scheduler.isUnreachable(host, first - 1));
    QVERIFY(!scheduler.isUnreachable(u"other.example"_s, 1000));
    // Failures that were under way when it was marked count once.
    QCOMPARE(scheduler.markUnreachable(host, 2000), first);
    // Tried again after the wait, failed again: twice as long.
    QVERIFY(!scheduler.isUnreachable(host, first));
    QCOMPARE(scheduler.markUnreachable(host, first),
             first + 2 * HostScheduler::UnreachableBackoffMs);
    // Never longer than the cap.
    qint64 now = first;
    for (int i = 0; i < 40; ++i)
        now = scheduler.markUnreachable(host, now);
    QCOMPARE(scheduler.markUnreachable(host, now), now + HostScheduler::MaxUnreachableBackoffMs);
    // An answer ends it at once, and the next failure starts from the first wait.
    scheduler.markReachable(host);
    QVERIFY(!scheduler.isUnreachable(host, now + 1));
    QCOMPARE(scheduler.markUnreachable(host, now + 1),
             now + 1 + HostScheduler::UnreachableBackoffMs);
}

void TestHostScheduler::perHostLimit()
{
    HostScheduler scheduler;
    for (quint64 id = 1; id <= 5; ++id)
        scheduler.enqueue(id, u"a.example"_s);
    QCOMPARE(scheduler.takeNext(0), 1u);
    QCOMPARE(scheduler.takeNext(0), 2u);
    QVERIFY(!scheduler.takeNext(0));
    QCOMPARE(scheduler.activeCount(u"a.example"_s), 2);
    scheduler.release(u"a.example"_s);
    QCOMPARE(scheduler.takeNext(0), 3u);
    QCOMPARE(scheduler.queuedCount(), 2);
}

void TestHostScheduler::globalLimit()
{
    HostScheduler scheduler;
    scheduler.setGlobalLimit(3);
    for (quint64 id = 1; id <= 10; ++id)
        scheduler.enqueue(id, u"h%1"_s.arg(id));
    int started = 0;
    while (scheduler.takeNext(0))
        ++started;
    QCOMPARE(started, 3);
    QCOMPARE(scheduler.activeCount(), 3);
    scheduler.release(u"h1"_s);
    QCOMPARE(scheduler.takeNext(0), 4u);
}

void TestHostScheduler::hostsTakeTurns()
{
    HostScheduler scheduler;
    scheduler.setPerHostLimit(10);
    scheduler.enqueue(1, u"a"_s);
    scheduler.enqueue(2, u"a"_s);
    scheduler.enqueue(3, u"a"_s);
    scheduler.enqueue(4, u"b"_s);
    scheduler.enqueue(5, u"c"_s);
    QList<quint64> order;
    while (const auto id = scheduler.takeNext(0))
        order.append(*id);
    QCOMPARE(order, (QList<quint64> {1, 4, 5, 2, 3}));
}

void TestHostScheduler::redirectHopGoesFirst()
{
    HostScheduler scheduler;
    scheduler.setPerHostLimit(1);
    scheduler.enqueue(1, u"a"_s);
    scheduler.enqueue(2, u"a"_s);
    QCOMPARE(scheduler.takeNext(0), 1u);
    scheduler.release(u"a"_s);
    scheduler.enqueue(1, u"a"_s, true);
    QCOMPARE(scheduler.takeNext(0), 1u);
}

void TestHostScheduler::removeQueued()
{
    HostScheduler scheduler;
    scheduler.enqueue(1, u"a"_s);
    scheduler.enqueue(2, u"b"_s);
    QVERIFY(scheduler.remove(1));
    QVERIFY(!scheduler.remove(1));
    QVERIFY(!scheduler.isQueued(1));
    QCOMPARE(scheduler.takeNext(0), 2u);
    QVERIFY(!scheduler.takeNext(0));
}

void TestHostScheduler::fileUrlsHaveNoHostLimit()
{
    HostScheduler scheduler;
    for (quint64 id = 1; id <= 5; ++id)
        scheduler.enqueue(id, QString());
    int started = 0;
    while (scheduler.takeNext(0))
        ++started;
    QCOMPARE(started, 5);
}

void TestHostScheduler::backoffHoldsHost()
{
    HostScheduler scheduler;
    scheduler.setBackoffUntil(u"a"_s, 1000);
    scheduler.enqueue(1, u"a"_s);
    scheduler.enqueue(2, u"b"_s);
    QCOMPARE(scheduler.takeNext(0), 2u);
    QVERIFY(!scheduler.takeNext(500));
    QCOMPARE(scheduler.nextWakeMs(500), 1000);
    QCOMPARE(scheduler.takeNext(1000), 1u);
    QVERIFY(!scheduler.nextWakeMs(1000));
    scheduler.setBackoffUntil(u"a"_s, 10); // an earlier deadline never shortens one
    QCOMPARE(scheduler.backoffUntil(u"a"_s), 1000);
}

void TestHostScheduler::backoffTooLongIsTaken()
{
    HostScheduler scheduler;
    scheduler.setBackoffUntil(u"slow"_s, 60000);
    scheduler.setBackoffUntil(u"soon"_s, 2000);
    scheduler.enqueue(1, u"slow"_s);
    scheduler.enqueue(2, u"soon"_s);
    scheduler.enqueue(3, u"slow"_s);
    QCOMPARE(scheduler.takeBackedOff(0, 5000), (QList<quint64> {1, 3}));
    QCOMPARE(scheduler.queuedCount(), 1);
    QCOMPARE(scheduler.takeNext(2000), 2u);
}

void TestHostScheduler::manyHostsStayFast()
{
    HostScheduler scheduler;
    for (quint64 id = 1; id <= 20000; ++id)
        scheduler.enqueue(id, u"host%1"_s.arg(id % 2000));
    QElapsedTimer timer;
    timer.start();
    int done = 0;
    while (done < 20000) {
        while (const auto id = scheduler.takeNext(0)) {
            scheduler.release(u"host%1"_s.arg(*id % 2000));
            ++done;
        }
    }
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestHostScheduler)
#include "tst_hostscheduler.moc"
