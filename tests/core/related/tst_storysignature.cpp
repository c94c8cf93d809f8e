#include "related/storysignature.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString quake = u"A magnitude 6.4 earthquake struck Napier in New Zealand early on Thursday. "
                      "At least 166 people were killed. Rescue teams searched through rubble."_s;

} // namespace

class TestStorySignature final : public QObject
{
    Q_OBJECT

private slots:
    void similarity();
    void namesWeighMore();
    void roundTrip();
    void hostileBlobs();
    void bandKeys();
};

void TestStorySignature::similarity()
{
    const StorySignature a = StorySignature::fromArticle(u"Deadly earthquake hits Napier"_s, {}, quake);
    QCOMPARE(a.values().size(), StorySignature::Slots);
    QCOMPARE(a.similarity(a), 1.0);
    // A rewrite: reordered, other words, same names and numbers.
    const StorySignature b = StorySignature::fromArticle(
        u"Napier quake: toll rises to 166"_s, {},
        u"Rescuers dug through debris for survivors. A 6.4-magnitude earthquake hit Napier in "
        "New Zealand on Thursday, and at least 166 people died."_s);
    // Another quake elsewhere, same words.
    const StorySignature c = StorySignature::fromArticle(
        u"Deadly earthquake hits Sendai"_s, {},
        u"A magnitude 5.1 earthquake struck Sendai in Japan early on Monday. At least 12 people "
        "were killed. Rescue teams searched through rubble."_s);
    QVERIFY2(a.similarity(b) > 0.4, qPrintable(QString::number(a.similarity(b))));
    QVERIFY2(a.similarity(c) < 0.25, qPrintable(QString::number(a.similarity(c))));
    // The summary, when there is one, is the lead.
    QCOMPARE(StorySignature::fromArticle(u"T"_s, quake, u"Unrelated body."_s),
             StorySignature::fromArticle(u"T"_s, {}, quake));
    QVERIFY(StorySignature::fromArticle({}, {}, {}).isEmpty());
    QCOMPARE(a.similarity(StorySignature()), 0.0);
}

void TestStorySignature::namesWeighMore()
{
    StorySignature::Options flat;
    flat.nameWeight = 1;
    const QString other = u"A magnitude 6.4 earthquake struck Napier in New Zealand early on Thursday. "
                          "Officials gave no toll."_s;
    const double weighted = StorySignature::fromArticle({}, {}, quake).similarity(
        StorySignature::fromArticle({}, {}, other));
    const double unweighted = StorySignature::fromArticle({}, {}, quake, flat).similarity(
        StorySignature::fromArticle({}, {}, other, flat));
    QVERIFY2(weighted > unweighted, qPrintable(u"%1 %2"_s.arg(weighted).arg(unweighted)));
}

void TestStorySignature::roundTrip()
{
    const StorySignature a = StorySignature::fromArticle(u"Deadly earthquake hits Napier"_s, {}, quake);
    const QByteArray blob = a.encode();
    QCOMPARE(blob.size(), 1 + StorySignature::Slots * 2);
    QCOMPARE(StorySignature::decode(blob), a);
    QCOMPARE(StorySignature().encode(), QByteArray());
    QCOMPARE(StorySignature::decode(QByteArray()), StorySignature());
}

void TestStorySignature::hostileBlobs()
{
    const QByteArray blob = StorySignature::fromArticle(u"Quake"_s, {}, quake).encode();
    for (qsizetype cut = 1; cut < blob.size(); ++cut)
        QVERIFY(!StorySignature::decode(blob.first(cut)));
    QVERIFY(!StorySignature::decode(blob + 'x'));
    QByteArray wrongVersion = blob;
    wrongVersion[0] = 9;
    QVERIFY(!StorySignature::decode(wrongVersion));
    QRandomGenerator random(7);
    for (int i = 0; i < 2000; ++i) {
        QByteArray noise(qsizetype(random.bounded(300)), Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        if (const auto decoded = StorySignature::decode(noise))
            QCOMPARE(decoded->encode(), noise);
    }
}

void TestStorySignature::bandKeys()
{
    const StorySignature a = StorySignature::fromArticle(u"Quake"_s, {}, quake);
    QCOMPARE(a.bandKeys(2).size(), StorySignature::Slots / 2);
    QCOMPARE(a.bandKeys(4).size(), StorySignature::Slots / 4);
    QCOMPARE(a.bandKeys(2), a.bandKeys(2));
    QVERIFY(a.bandKeys(0).isEmpty());
    QVERIFY(StorySignature().bandKeys().isEmpty());
    const StorySignature b = StorySignature::fromArticle(u"Napier quake toll rises"_s, {}, quake);
    const auto keysA = a.bandKeys();
    const auto keysB = b.bandKeys();
    const bool shared = std::any_of(keysA.cbegin(), keysA.cend(), [&](quint64 k) { return keysB.contains(k); });
    QVERIFY(shared);
}

QTEST_APPLESS_MAIN(TestStorySignature)
#include "tst_storysignature.moc"
