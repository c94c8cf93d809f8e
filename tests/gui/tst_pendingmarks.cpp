#include "pendingmarks.h"

#include <QTest>

class TestPendingMarks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheNewestWriteSetsARow()
    {
        PendingMarks marks;
        const quint64 first = marks.begin({1, 2});
        const quint64 second = marks.begin({2}); // article 2 marked again
        QVERIFY(marks.end(1, first));            // article 1 had no newer write
        QVERIFY(!marks.end(2, first));           // the older write of 2 ends late
        QVERIFY(!marks.isEmpty());
        QVERIFY(marks.end(2, second));
        QVERIFY(marks.isEmpty());
    }

    void aWriteEndsOnce()
    {
        PendingMarks marks;
        const quint64 mark = marks.begin({7});
        QVERIFY(marks.end(7, mark));
        QVERIFY(!marks.end(7, mark));
        QVERIFY(!marks.end(8, mark)); // never written
    }

    void theNewestEndingFirstLeavesNothingForTheOlder()
    {
        PendingMarks marks;
        const quint64 older = marks.begin({3});
        const quint64 newer = marks.begin({3});
        QVERIFY(marks.end(3, newer));
        QVERIFY(!marks.end(3, older));
        QVERIFY(marks.isEmpty());
    }

    void anIdNeverBegunIsFreeUnlessANewerWriteHasIt()
    {
        // A write that began with only the rows shown then (Undo of Mark All
        // Read over a whole library) may set any row no newer write holds.
        PendingMarks marks;
        const quint64 bulk = marks.begin({1});
        const quint64 single = marks.begin({7});
        QVERIFY(marks.settle(1, bulk));  // begun with it
        QVERIFY(marks.settle(5, bulk));  // never begun: free
        QVERIFY(!marks.settle(7, bulk)); // a newer write holds it
        QVERIFY(marks.settle(7, single));
        QVERIFY(marks.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestPendingMarks)
#include "tst_pendingmarks.moc"
