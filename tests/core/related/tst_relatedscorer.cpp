#include "related/documentfrequencies.h"
#include "related/relatedscorer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

RelatedCandidate article(qint64 id, const QString &title, const QString &text, qint64 feed = 1,
                         qint64 category = 0)
{
    RelatedCandidate candidate;
    candidate.id = id;
    candidate.feedId = feed;
    candidate.categoryId = category;
    candidate.vector = TermVector::fromArticle(title, {}, text);
    candidate.contentHash = RelatedScorer::contentHash(title, text);
    return candidate;
}

const QString centralBank = u"The central bank raised interest rates by half a point to fight "
                            "inflation, and signalled further increases as prices keep rising."_s;

QList<qint64> ids(const QList<RelatedItem> &items)
{
    QList<qint64> out;
    for (const RelatedItem &item : items)
        out.append(item.id);
    return out;
}

// A corpus to give idf some meaning, with the candidates in it.
DocumentFrequencies frequencies(const QList<RelatedCandidate> &candidates)
{
    DocumentFrequencies df;
    for (const RelatedCandidate &candidate : candidates)
        df.add(candidate.vector);
    for (int i = 0; i < 20; ++i) {
        df.add(TermVector::fromArticle(u"Weather"_s, {},
                                       u"Rain and wind are expected across the country today %1"_s.arg(i)));
    }
    return df;
}

} // namespace

class TestRelatedScorer final : public QObject
{
    Q_OBJECT

private slots:
    void ranksBySimilarity();
    void excludesSelfAndDuplicates();
    void diversity();
    void categoryBonus();
    void recency();
    void sameStoryFlag();
    void headlineFeedback();
    void sameHeadlineStory();
    void edgeCases();
    void contentHash();
};

void TestRelatedScorer::ranksBySimilarity()
{
    const RelatedCandidate target = article(1, u"Central bank raises rates"_s, centralBank);
    const QList<RelatedCandidate> candidates = {
        article(2, u"Striker scores twice"_s, u"The striker scored two goals in the derby."_s),
        article(3, u"Inflation hits new high"_s, u"Prices rose again as inflation hit a new high, putting pressure on the central bank."_s),
        article(4, u"Mortgage rates climb"_s, u"Lenders raised mortgage rates after the central bank increase in interest rates."_s),
    };
    const QList<RelatedItem> related = RelatedScorer::rank(target, candidates, frequencies(candidates));
    QCOMPARE(ids(related).size(), 2); // the football story shares no term
    QVERIFY(ids(related).contains(3) && ids(related).contains(4));
    QVERIFY(related[0].score >= related[1].score);
    QVERIFY(related[0].score > 0 && related[0].score <= 1.0);
    QVERIFY(RelatedScorer::relevance(target.vector, candidates[2].vector, frequencies(candidates))
            > RelatedScorer::relevance(target.vector, candidates[0].vector, frequencies(candidates)));
}

void TestRelatedScorer::excludesSelfAndDuplicates()
{
    const RelatedCandidate target = article(1, u"Central bank raises rates"_s, centralBank);
    RelatedCandidate copyByHash = article(2, u"Central bank raises rates"_s, centralBank);
    // Same text, different spacing and case: same content hash.
    RelatedCandidate respaced = article(3, u"CENTRAL bank  raises rates"_s, u"  "_s + centralBank);
    // Near-identical vector without a hash (a syndicated copy with a credit line).
    RelatedCandidate nearCopy = article(4, u"Central bank raises rates"_s, centralBank + u" Reuters."_s);
    nearCopy.contentHash.clear();
    const RelatedCandidate other = article(5, u"Mortgage rates climb"_s,
                                           u"Lenders raised mortgage rates after the central bank increase."_s);
    const QList<RelatedCandidate> candidates = {target, copyByHash, respaced, nearCopy, other};
    QCOMPARE(respaced.contentHash, target.contentHash);
    const QList<RelatedItem> related = RelatedScorer::rank(target, candidates, frequencies(candidates));
    QCOMPARE(ids(related), QList<qint64>{5});
}

void TestRelatedScorer::diversity()
{
    const RelatedCandidate target = article(1, u"Central bank raises rates"_s, centralBank);
    QList<RelatedCandidate> candidates;
    // Five rewrites of one story (close to each other, not identical)...
    const QStringList rewrites = {
        u"Mortgage costs jumped for millions of homeowners after the central bank raised interest rates to fight inflation. Lenders repriced deals within hours."_s,
        u"Millions of homeowners face higher mortgage costs after the central bank raised interest rates. Lenders pulled fixed deals."_s,
        u"Homeowners saw mortgage costs jump as lenders reacted to the central bank raising interest rates to tackle inflation."_s,
        u"The central bank's decision to raise interest rates pushed up mortgage costs for homeowners, lenders said."_s,
        u"Mortgage costs rose for homeowners after the interest rates rise from the central bank; lenders warned of more."_s};
    for (int i = 0; i < 5; ++i)
        candidates.append(article(10 + i, u"Mortgage costs jump after rate rise"_s, rewrites[i]));
    // ...and three other related stories.
    candidates.append(article(20, u"Inflation at new high"_s, u"Inflation hit a new high as food and energy prices kept rising."_s));
    candidates.append(article(21, u"Savers welcome rate rise"_s, u"Savers welcomed the rise in interest rates after years of low returns."_s));
    candidates.append(article(22, u"Pound rallies on bank decision"_s, u"The pound rallied after the central bank decision on rates."_s));
    const DocumentFrequencies df = frequencies(candidates);

    const auto copiesOfStory = [](const QList<RelatedItem> &items) {
        return std::count_if(items.cbegin(), items.cend(),
                             [](const RelatedItem &item) { return item.id >= 10 && item.id < 20; });
    };
    RelatedScorer::Options plain;
    plain.diversity = 0;
    plain.duplicateThreshold = 1.01;
    const QList<RelatedItem> undiversified = RelatedScorer::rank(target, candidates, df, plain);
    const QList<RelatedItem> diversified = RelatedScorer::rank(target, candidates, df);
    for (int i = 11; i < 15; ++i) // rewrites, not copies: the duplicate test alone keeps them
        QVERIFY(candidates[i - 10].vector.cosine(candidates[0].vector) < 0.9);
    QVERIFY(diversified.size() >= 4);
    QVERIFY2(copiesOfStory(undiversified) >= 4, qPrintable(QString::number(copiesOfStory(undiversified))));
    QVERIFY2(copiesOfStory(diversified) <= 2, qPrintable(QString::number(copiesOfStory(diversified))));

    // With story clusters known, one article per story.
    for (RelatedCandidate &candidate : candidates)
        candidate.storyCluster = candidate.id < 20 ? 77 : 0;
    QCOMPARE(copiesOfStory(RelatedScorer::rank(target, candidates, df, plain)), 1);
}

void TestRelatedScorer::categoryBonus()
{
    const RelatedCandidate target = article(1, u"Central bank raises rates"_s, centralBank, 1, 7);
    const QString text = u"Lenders raised mortgage rates after the central bank increase."_s;
    const QList<RelatedCandidate> candidates = {article(2, u"Mortgage rates climb"_s, text, 1, 3),
                                                article(3, u"Mortgage rates climb"_s, text + u" "_s, 1, 7)};
    RelatedScorer::Options options;
    options.duplicateThreshold = 1.01;
    options.diversity = 0;
    QList<RelatedCandidate> distinct = candidates;
    distinct[1].contentHash = "other";
    const QList<RelatedItem> related = RelatedScorer::rank(target, distinct, frequencies(distinct), options);
    QCOMPARE(ids(related), (QList<qint64>{3, 2}));
    QVERIFY(related[0].score > related[1].score);
}

void TestRelatedScorer::recency()
{
    RelatedCandidate target = article(1, u"Central bank raises rates"_s, centralBank);
    target.published = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    const QString text = u"Lenders raised mortgage rates after the central bank increase."_s;
    QList<RelatedCandidate> candidates = {article(2, u"Mortgage rates climb"_s, text),
                                          article(3, u"Mortgage rates climb"_s, text)};
    candidates[0].published = target.published.addDays(-30);
    candidates[1].published = target.published.addDays(-1);
    candidates[1].contentHash = "other";
    RelatedScorer::Options options;
    options.duplicateThreshold = 1.01;
    options.diversity = 0;
    options.halfLifeHours = 72;
    const QList<RelatedItem> related = RelatedScorer::rank(target, candidates, frequencies(candidates), options);
    QCOMPARE(ids(related), (QList<qint64>{3, 2}));
    QVERIFY(related[1].score < related[0].score * 0.6);
    // Off by default: equal scores, id order.
    options.halfLifeHours = 0;
    const QList<RelatedItem> flat = RelatedScorer::rank(target, candidates, frequencies(candidates), options);
    QCOMPARE(flat[0].score, flat[1].score);
}

void TestRelatedScorer::sameStoryFlag()
{
    const RelatedCandidate target = article(1, u"Central bank raises rates"_s, centralBank, 1);
    const QString text = u"Lenders raised mortgage rates after the central bank increase."_s;
    QList<RelatedCandidate> candidates = {article(2, u"Rates up"_s, text, 2),
                                          article(3, u"Rates up again"_s, text + u" Today."_s, 1)};
    RelatedCandidate withCluster = target;
    withCluster.storyCluster = 5;
    candidates[0].storyCluster = 5;
    candidates[1].storyCluster = 5; // same feed as the target: never the same story
    RelatedScorer::Options options;
    options.duplicateThreshold = 1.01;
    options.diversity = 0;
    options.feedbackDocuments = 0; // plain relevance: 2 is the closer text
    const QList<RelatedItem> related = RelatedScorer::rank(withCluster, candidates, frequencies(candidates), options);
    QCOMPARE(related.size(), 1); // one article per story cluster
    QCOMPARE(related[0].id, 2);
    QVERIFY(related[0].sameStory);
    QVERIFY(!RelatedScorer::sameStory(withCluster, candidates[1], {}));
    // Signatures only.
    RelatedCandidate a = target;
    RelatedCandidate b = candidates[0];
    b.storyCluster = 0;
    a.signature = StorySignature::fromArticle(u"Central bank raises rates"_s, {}, centralBank);
    b.signature = StorySignature::fromArticle(u"Bank lifts interest rates"_s, {}, centralBank);
    QVERIFY(RelatedScorer::sameStory(a, b, {}));
    b.feedId = a.feedId;
    QVERIFY(!RelatedScorer::sameStory(a, b, {}));
}

void TestRelatedScorer::headlineFeedback()
{
    // Headline-only items: the target shares a word with 2 only, but 2 and 3
    // tell the same story in other words; 4 is unrelated to all of them.
    const auto headline = [](qint64 id, const QString &title) {
        return article(id, title, {}, id);
    };
    const RelatedCandidate target = headline(1, u"Lagarde signals pause"_s);
    const QList<RelatedCandidate> candidates = {
        headline(2, u"Lagarde: ECB will hold borrowing costs"_s),
        headline(3, u"ECB expected to hold borrowing costs steady"_s),
        headline(4, u"Striker joins Lyon on loan"_s),
    };
    DocumentFrequencies df = frequencies(candidates);
    RelatedScorer::Options plain;
    plain.feedbackDocuments = 0;
    QCOMPARE(ids(RelatedScorer::rank(target, candidates, df, plain)), (QList<qint64>{2}));
    // With feedback the words of 2 find 3 as well, and nothing unrelated.
    QCOMPARE(ids(RelatedScorer::rank(target, candidates, df)), (QList<qint64>{2, 3}));
    // A long target is not widened.
    RelatedScorer::Options narrow;
    narrow.feedbackMaxTerms = 1;
    QCOMPARE(ids(RelatedScorer::rank(target, candidates, df, narrow)), (QList<qint64>{2}));
}

void TestRelatedScorer::sameHeadlineStory()
{
    const QDateTime noon(QDate(2024, 5, 2), QTime(12, 0), Qt::UTC);
    const auto headline = [&](qint64 id, qint64 feed, const QString &title, int hours) {
        RelatedCandidate candidate = article(id, title, {}, feed);
        candidate.published = noon.addSecs(3600LL * hours);
        return candidate;
    };
    const RelatedCandidate a = headline(1, 1, u"Plosser urges faster Fed taper"_s, 0);
    const RelatedCandidate b = headline(2, 2, u"Fed's Plosser calls for faster taper"_s, 5);
    QList<RelatedCandidate> all{a, b};
    // A library where "Fed" and "says" are everywhere, "Plosser" is not.
    for (int i = 0; i < 400; ++i)
        all.append(headline(10 + i, 3, u"Fed says stocks %1"_s.arg(i), 0));
    DocumentFrequencies df = frequencies(all);
    const RelatedScorer::Options options;
    QVERIFY2(RelatedScorer::sameHeadlineStory(a, b, df, options),
             qPrintable(QString::number(RelatedScorer::relevance(a.vector, b.vector, df))));
    QVERIFY(RelatedScorer::sameHeadlineStory(b, a, df, options));
    // The same feed, undated items, items days apart: not the same story.
    RelatedCandidate sameFeed = b;
    sameFeed.feedId = a.feedId;
    QVERIFY(!RelatedScorer::sameHeadlineStory(a, sameFeed, df, options));
    RelatedCandidate undated = b;
    undated.published = {};
    QVERIFY(!RelatedScorer::sameHeadlineStory(a, undated, df, options));
    QVERIFY(!RelatedScorer::sameHeadlineStory(a, headline(3, 2, u"Fed's Plosser calls for faster taper"_s, 24 * 5), df, options));
    // Only common words in common: another day's report on the subject.
    const RelatedCandidate c = headline(4, 4, u"Fed says stocks 7"_s, 1);
    const RelatedCandidate d = headline(5, 5, u"Fed says stocks 7 again"_s, 2);
    QVERIFY(!RelatedScorer::sameHeadlineStory(c, d, df, options));
    // The rule off.
    RelatedScorer::Options off;
    off.headlineStoryRelevance = 0;
    QVERIFY(!RelatedScorer::sameHeadlineStory(a, b, df, off));
    // And in a ranked list, the flag follows.
    const QList<RelatedItem> ranked = RelatedScorer::rank(a, all, df, options);
    QVERIFY(!ranked.isEmpty());
    QCOMPARE(ranked.first().id, 2);
    QVERIFY(ranked.first().sameStory);
}

void TestRelatedScorer::edgeCases()
{
    const RelatedCandidate target = article(1, u"Central bank raises rates"_s, centralBank);
    QVERIFY(RelatedScorer::rank(target, {}, DocumentFrequencies()).isEmpty());
    QVERIFY(RelatedScorer::rank(RelatedCandidate(), {target}, DocumentFrequencies()).isEmpty());
    RelatedScorer::Options none;
    none.limit = 0;
    QVERIFY(RelatedScorer::rank(target, {target}, DocumentFrequencies(), none).isEmpty());
    // Many candidates, limit respected, empty frequencies (a fresh library) still rank.
    QList<RelatedCandidate> many;
    const auto word = [](int i) {
        QString w = u"zq"_s;
        for (; i > 0; i /= 26)
            w += QChar(u'a' + i % 26);
        return w;
    };
    for (int i = 0; i < 200; ++i) {
        many.append(article(100 + i, u"Rates story"_s,
                            u"The bank and rates, with %1 %2 %3."_s.arg(word(i), word(i + 1000), word(i + 2000))));
    }
    QCOMPARE(RelatedScorer::rank(target, many, DocumentFrequencies()).size(), 5);
}

void TestRelatedScorer::contentHash()
{
    QCOMPARE(RelatedScorer::contentHash(u"A title", u"Some  text"),
             RelatedScorer::contentHash(u"a TITLE ", u"some text"));
    QVERIFY(RelatedScorer::contentHash(u"A title", u"Some text")
            != RelatedScorer::contentHash(u"A title", u"Other text"));
}

QTEST_APPLESS_MAIN(TestRelatedScorer)
#include "tst_relatedscorer.moc"
