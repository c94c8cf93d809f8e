#include "related/storyclusterer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime noon(QDate(2024, 3, 4), QTime(12, 0), Qt::UTC);

StoryItem item(qint64 id, qint64 feed, int hours, const QString &title, const QString &text)
{
    return {id, feed, noon.addSecs(hours * 3600), StorySignature::fromArticle(title, {}, text)};
}

const QString quakeA = u"A magnitude 6.4 earthquake struck Napier in New Zealand early on Thursday. "
                       "At least 166 people were killed and 420 were injured."_s;
const QString quakeB = u"At least 166 people died when a 6.4-magnitude earthquake hit Napier in New "
                       "Zealand on Thursday. Some 420 were hurt."_s;
const QString quakeC = u"Rescuers searched for survivors in Napier, New Zealand, where a magnitude "
                       "6.4 quake killed at least 166 people and injured 420 on Thursday."_s;
const QString football = u"Porto United beat Lyon Athletic 3-1 in Porto on Saturday. Maria Lopez "
                         "scored twice for Porto United."_s;

} // namespace

class TestStoryClusterer final : public QObject
{
    Q_OBJECT

private slots:
    void sameStory();
    void clustersIncrementally();
    void findClusterIsStateless();
    void forgetBefore();
};

void TestStoryClusterer::sameStory()
{
    const StoryItem a = item(1, 1, 0, u"Deadly quake hits Napier"_s, quakeA);
    const StoryItem b = item(2, 2, 3, u"Napier earthquake kills 166"_s, quakeB);
    QVERIFY(StoryClusterer::sameStory(a, b));
    QVERIFY(StoryClusterer::sameStory(b, a));
    // Never for the same feed.
    StoryItem sameFeed = b;
    sameFeed.feedId = a.feedId;
    QVERIFY(!StoryClusterer::sameStory(a, sameFeed));
    // Outside the time window.
    StoryItem later = b;
    later.published = a.published.addDays(5);
    QVERIFY(!StoryClusterer::sameStory(a, later));
    // Unknown dates: the window does not apply.
    later.published = QDateTime();
    QVERIFY(StoryClusterer::sameStory(a, later));
    QVERIFY(!StoryClusterer::sameStory(a, item(3, 3, 1, u"Porto United win"_s, football)));
    QVERIFY(!StoryClusterer::sameStory(a, StoryItem{4, 4, noon, {}}));
}

void TestStoryClusterer::clustersIncrementally()
{
    StoryClusterer clusterer;
    const qint64 first = clusterer.add(item(1, 1, 0, u"Deadly quake hits Napier"_s, quakeA));
    const qint64 sport = clusterer.add(item(2, 1, 1, u"Porto United win"_s, football));
    const qint64 second = clusterer.add(item(3, 2, 2, u"Napier earthquake kills 166"_s, quakeB));
    const qint64 third = clusterer.add(item(4, 3, 5, u"Survivors sought in Napier"_s, quakeC));
    QCOMPARE(first, 1);
    QCOMPARE(sport, 2);
    QCOMPARE(second, first);
    QCOMPARE(third, first);
    QCOMPARE(clusterer.members(first), (QList<qint64>{1, 3, 4}));
    QCOMPARE(clusterer.clusterOf(2), sport);
    QCOMPARE(clusterer.clusterOf(99), 0);
    // Adding again changes nothing.
    QCOMPARE(clusterer.add(item(3, 2, 2, u"Napier earthquake kills 166"_s, quakeB)), first);
    QCOMPARE(clusterer.size(), 4);
}

void TestStoryClusterer::findClusterIsStateless()
{
    const QList<StoryClusterer::Member> recent = {
        {item(1, 1, 0, u"Deadly quake hits Napier"_s, quakeA), 10},
        {item(2, 1, 1, u"Porto United win"_s, football), 11},
    };
    const StoryClusterer::Options options;
    QCOMPARE(StoryClusterer::findCluster(item(3, 2, 2, u"Napier earthquake kills 166"_s, quakeB), recent, options),
             std::optional<qint64>(10));
    // Same feed as the only match: a new cluster.
    QCOMPARE(StoryClusterer::findCluster(item(3, 1, 2, u"Napier earthquake kills 166"_s, quakeB), recent, options),
             std::nullopt);
    QCOMPARE(StoryClusterer::findCluster(item(3, 2, 2, u"Napier earthquake kills 166"_s, quakeB), {}, options),
             std::nullopt);
}

void TestStoryClusterer::forgetBefore()
{
    StoryClusterer clusterer;
    const qint64 cluster = clusterer.add(item(1, 1, 0, u"Deadly quake hits Napier"_s, quakeA));
    clusterer.add(item(2, 1, 30, u"Porto United win"_s, football));
    clusterer.forgetBefore(noon.addSecs(3600));
    QCOMPARE(clusterer.size(), 1);
    QCOMPARE(clusterer.clusterOf(1), 0);
    // The forgotten article no longer attracts new ones; ids keep counting up.
    const qint64 next = clusterer.add(item(3, 2, 31, u"Napier earthquake kills 166"_s, quakeB));
    QVERIFY(next != cluster);
    QCOMPARE(next, 3);
}

QTEST_APPLESS_MAIN(TestStoryClusterer)
#include "tst_storyclusterer.moc"
