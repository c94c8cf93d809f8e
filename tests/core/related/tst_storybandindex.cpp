#include "related/storybandindex.h"

#include <QSet>
#include <QTest>

class TestStoryBandIndex final : public QObject
{
    Q_OBJECT

private:
    // 64 band keys, the first `shared` of them the same for every seed.
    static QList<quint64> bands(quint64 seed, int shared = 0)
    {
        QList<quint64> keys;
        for (int i = 0; i < 64; ++i)
            keys.append(i < shared ? 0x9e3779b97f4a7c15ull * quint64(i + 1)
                                   : (seed + 1) * 0xbf58476d1ce4e5b9ull + quint64(i) * 0x94d049bb133111ebull);
        return keys;
    }

private Q_SLOTS:
    void findsTheArticlesSharingBandsWithCounts()
    {
        StoryBandIndex index;
        index.add(1, 100, bands(1, 10));
        index.add(2, 100, bands(2, 3));
        index.add(3, 100, bands(3, 0));
        index.settle();
        qint64 read = 0;
        const QHash<qint64, int> shared = index.sharing(bands(9, 10), 9, 256, read);
        QCOMPARE(shared.value(1), 10);
        QCOMPARE(shared.value(2), 3);
        QVERIFY(!shared.contains(3));
        QCOMPARE(read, 13);
    }

    void aBatchFindsItsOwnEarlierArticlesBeforeItSettles()
    {
        StoryBandIndex index;
        index.add(1, 100, bands(1, 5));
        index.settle();
        index.add(2, 100, bands(2, 5)); // not settled yet
        qint64 read = 0;
        const QHash<qint64, int> shared = index.sharing(bands(3, 5), 3, 256, read);
        QCOMPARE(shared.value(1), 5);
        QCOMPARE(shared.value(2), 5);
        // An article never counts itself.
        QVERIFY(!index.sharing(bands(2, 5), 2, 256, read).contains(2));
    }

    void eachBandIsReadNewestFirstAndBounded()
    {
        // 300 articles share every band (a templated feed): with a depth of
        // 8, each band gives its 8 newest, settled or not.
        StoryBandIndex index;
        for (qint64 id = 1; id <= 200; ++id)
            index.add(id, 100, bands(quint64(id), 64));
        index.settle();
        for (qint64 id = 201; id <= 300; id += 2)
            index.add(id, 100, bands(quint64(id), 64));
        index.settle();
        for (qint64 id = 202; id <= 300; id += 2)
            index.add(id, 100, bands(quint64(id), 64));
        qint64 read = 0;
        const QHash<qint64, int> shared = index.sharing(bands(0, 64), 1000, 8, read);
        QCOMPARE(read, 64 * 8);
        QCOMPARE(shared.size(), 8);
        for (qint64 id = 293; id <= 300; ++id)
            QCOMPARE(shared.value(id), 64);
    }

    void findsEveryBandAcrossALargeIndex()
    {
        // Thousands of articles whose bands come from a small set, so bands
        // are held by 1 to hundreds of articles and their runs cross the
        // index's search fences: every lookup must agree with a count by hand.
        StoryBandIndex index;
        QHash<qint64, QList<quint64>> held;
        quint64 state = 42;
        const auto next = [&state] {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            return state >> 33;
        };
        for (qint64 id = 1; id <= 3000; ++id) {
            QList<quint64> keys;
            for (int i = 0; i < 64; ++i)
                keys.append((next() % 4000) * 0x9e3779b97f4a7c15ull);
            held.insert(id, keys);
            index.add(id, 100, keys);
            if (id % 256 == 0)
                index.settle();
        }
        index.settle();
        for (qint64 probe = 1; probe <= 3000; probe += 97) {
            const QList<quint64> &keys = held.value(probe);
            QHash<qint64, int> expected;
            for (auto it = held.cbegin(); it != held.cend(); ++it) {
                if (it.key() == probe)
                    continue;
                const QSet<quint64> theirs(it.value().cbegin(), it.value().cend());
                const QSet<quint64> mine(keys.cbegin(), keys.cend());
                if (const int n = int(QSet<quint64>(mine).intersect(theirs).size()); n > 0)
                    expected.insert(it.key(), n);
            }
            qint64 read = 0;
            QCOMPARE(index.sharing(QList<quint64>(QSet<quint64>(keys.cbegin(), keys.cend()).values()), probe,
                                   100000, read),
                     expected);
        }
    }

    void anArticleAddedAgainKeepsOnlyItsNewBands()
    {
        StoryBandIndex index;
        index.add(1, 100, bands(1, 0));
        index.settle();
        index.add(1, 100, bands(2, 0));
        index.settle();
        QCOMPARE(index.articleCount(), 1);
        QCOMPARE(index.entryCount(), 64);
        qint64 read = 0;
        QVERIFY(index.sharing(bands(1, 0), 5, 256, read).isEmpty());
        QCOMPARE(index.sharing(bands(2, 0), 5, 256, read).value(1), 64);
    }

    void pruningForgetsTheOldAndBoundsTheSize()
    {
        StoryBandIndex index;
        for (qint64 id = 1; id <= 100; ++id)
            index.add(id, id * 10, bands(quint64(id), 4));
        index.settle();
        QCOMPARE(index.newestSortTime(), 1000);
        index.pruneBefore(505); // articles 1..50 are older
        QCOMPARE(index.articleCount(), 50);
        qint64 read = 0;
        const QHash<qint64, int> shared = index.sharing(bands(0, 4), 0, 256, read);
        QCOMPARE(shared.size(), 50);
        for (auto it = shared.cbegin(); it != shared.cend(); ++it)
            QVERIFY(it.key() > 50);
        // Half gone: their entries were dropped, not only skipped.
        QCOMPARE(index.entryCount(), 50 * 64);
        // A pruned article indexed again is held again, once.
        index.add(7, 2000, bands(7, 4));
        index.settle();
        QCOMPARE(index.articleCount(), 51);
        QCOMPARE(index.sharing(bands(0, 4), 0, 256, read).value(7), 4);
    }

    void fillingIsOneSortAndFindsAfterSettling()
    {
        // Filled from the library: 3,000 articles in any order, sorted once.
        StoryBandIndex index;
        for (qint64 id = 3000; id >= 1; --id)
            index.fill(id, id, bands(quint64(id), id % 2 == 0 ? 6 : 0));
        index.fill(10, 10, bands(99, 64)); // held already: ignored
        index.settle();
        QCOMPARE(index.articleCount(), 3000);
        QCOMPARE(index.newestSortTime(), 3000);
        qint64 read = 0;
        const QHash<qint64, int> shared = index.sharing(bands(0, 6), 0, 4000, read);
        QCOMPARE(shared.size(), 1500);
        QCOMPARE(shared.value(3000), 6);
        QVERIFY(!shared.contains(2999));
        // add() after a fill() without settle() sorts first.
        StoryBandIndex other;
        other.fill(1, 1, bands(1, 6));
        other.fill(2, 2, bands(2, 6));
        other.add(3, 3, bands(3, 6));
        QCOMPARE(other.sharing(bands(9, 6), 9, 256, read).size(), 3);
    }

    void idsPast32BitsAreNotHeld()
    {
        StoryBandIndex index;
        index.add(qint64(1) << 33, 100, bands(1, 0));
        index.add(0, 100, bands(2, 0));
        index.add(-5, 100, bands(3, 0));
        index.settle();
        QCOMPARE(index.articleCount(), 0);
        QCOMPARE(index.entryCount(), 0);
    }
};

QTEST_APPLESS_MAIN(TestStoryBandIndex)
#include "tst_storybandindex.moc"
