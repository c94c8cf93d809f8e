#include "related/documentfrequencies.h"
#include "related/termvector.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTermVector final : public QObject
{
    Q_OBJECT

private slots:
    void buildsFromArticle();
    void headlineOnly();
    void termIdIsStable();
    void cosine();
    void topTerms();
    void maxTerms();
    void roundTrip();
    void hostileBlobs();
    void randomBlobs();
};

void TestTermVector::buildsFromArticle()
{
    const TermVector vector = TermVector::fromArticle(
        u"Markets rally", u"Stock markets rallied.", u"The markets rallied on Monday, traders said.");
    // market: title 2 + summary 2 + text 1; ralli: 2 + 2 + 1; stock 2; monday 1; trader 1.
    QCOMPARE(vector.size(), 5);
    QCOMPARE(vector.counts().at(vector.terms().indexOf(TermVector::termId(u"market"))), 5u);
    QCOMPARE(vector.counts().at(vector.terms().indexOf(TermVector::termId(u"stock"))), 2u);
    QVERIFY(std::is_sorted(vector.terms().cbegin(), vector.terms().cend()));
    double norm = 0;
    for (float w : vector.weights())
        norm += double(w) * w;
    QCOMPARE(qRound(norm * 1e6), 1'000'000);
    QVERIFY(vector.weight(TermVector::termId(u"market")) > vector.weight(TermVector::termId(u"trader")));
    QCOMPARE(vector.weight(TermVector::termId(u"the")), 0.0f);
    QVERIFY(TermVector::fromArticle({}, {}, {}).isEmpty());
}

void TestTermVector::headlineOnly()
{
    // No body: the headline's numbers count, its names count more, and
    // character trigrams join word forms the stemmer keeps apart.
    const TermVector ukraine = TermVector::fromArticle(u"Ukraine grain deal extended by 120 days"_s, {}, {});
    const TermVector ukrainian = TermVector::fromArticle(u"Ukrainian exports resume"_s, {}, {});
    QVERIFY(ukraine.weight(TermVector::termId(u"120")) > 0);
    QVERIFY(ukraine.weight(TermVector::gramId(u"<uk")) > 0);
    QVERIFY(ukraine.cosine(ukrainian) > 0.1); // no word in common
    const TermVector names = TermVector::fromArticle(u"Talks with Lagarde stall in Paris"_s, {}, {});
    QCOMPARE(names.counts().at(names.terms().indexOf(TermVector::termId(u"lagard"))), 3u);
    QCOMPARE(names.counts().at(names.terms().indexOf(TermVector::termId(u"stall"))), 2u);
    // In a title-case headline capitals name nothing.
    const TermVector title = TermVector::fromArticle(u"Talks With Lagarde Stall In Paris"_s, {}, {});
    QCOMPARE(title.counts().at(title.terms().indexOf(TermVector::termId(u"lagard"))), 2u);
    // With a body the headline is counted as words only, numbers dropped.
    const TermVector full = TermVector::fromArticle(u"Ukraine grain deal extended by 120 days"_s, {},
                                                    u"The agreement lets ships carry grain from three ports."_s);
    QCOMPARE(full.weight(TermVector::gramId(u"<uk")), 0.0f);
    QCOMPARE(full.weight(TermVector::termId(u"120")), 0.0f);
    QVERIFY(TermVector::termId(u"<uk") != TermVector::gramId(u"<uk"));
}

void TestTermVector::termIdIsStable()
{
    // FNV-1a 64 over UTF-16 code units, folded: fixed forever (stored on disk).
    QCOMPARE(TermVector::termId(u""), quint32(0xcbf29ce484222325ull ^ (0xcbf29ce484222325ull >> 32)));
    QCOMPARE(TermVector::termId(u"market"), TermVector::termId(u"market"_s));
    QVERIFY(TermVector::termId(u"market") != TermVector::termId(u"markets"));
}

void TestTermVector::cosine()
{
    const TermVector a = TermVector::fromArticle(u"Bank raises interest rates", {}, u"The central bank raised rates.");
    const TermVector b = TermVector::fromArticle(u"Striker scores twice", {}, u"The striker scored two goals.");
    QCOMPARE(qRound(a.cosine(a) * 1e5), 100000);
    QCOMPARE(a.cosine(b), 0.0);
    QCOMPARE(a.cosine(TermVector()), 0.0);
}

void TestTermVector::topTerms()
{
    DocumentFrequencies df;
    const TermVector target = TermVector::fromArticle({}, {}, u"bank bank rates rates economy");
    df.add(target);
    for (int i = 0; i < 50; ++i)
        df.add(TermVector::fromArticle({}, {}, u"bank news"));
    const QList<TermWeight> top = target.topTerms(2, df);
    QCOMPARE(top.size(), 2);
    // "rate" is as frequent as "bank" in the article but far rarer in the corpus.
    QCOMPARE(top[0].term, TermVector::termId(u"rate"));
    QCOMPARE(target.topTerms(100, df).size(), 3);
}

void TestTermVector::maxTerms()
{
    QString text;
    for (int i = 0; i < 500; ++i)
        text += u"word%1 "_s.arg(i);
    text += u"economy economy economy"_s;
    TermVector::Options options;
    options.maxTerms = 10;
    options.numbers = true;
    const TermVector vector = TermVector::fromArticle({}, {}, text, options);
    QCOMPARE(vector.size(), 10);
    QVERIFY(vector.weight(TermVector::termId(u"economi")) > 0);
}

void TestTermVector::roundTrip()
{
    const TermVector article = TermVector::fromArticle(
        u"Ad sales boost Time Warner profit", {},
        u"Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December.");
    for (const TermVector &vector :
         {article, TermVector(),
          TermVector::fromCounts({{0u, 1u}, {1u, TermVector::MaxCount}, {0xffffffffu, 7u}}),
          TermVector::fromCounts({{5u, 1u}, {5u, 2u}, {9u, 0u}})}) {
        const QByteArray blob = vector.encode();
        const std::optional<TermVector> decoded = TermVector::decode(blob);
        QVERIFY(decoded);
        QCOMPARE(*decoded, vector);
        QCOMPARE(decoded->weights(), vector.weights());
    }
    QCOMPARE(TermVector::fromCounts({{5u, 1u}, {5u, 2u}, {9u, 0u}}).size(), 1);
    // Compact: a few bytes per term.
    QVERIFY(article.encode().size() <= article.size() * 6 + 3);
}

void TestTermVector::hostileBlobs()
{
    const QByteArray good = TermVector::fromArticle(u"Title words here", {}, u"some body text words").encode();
    for (qsizetype cut = 0; cut < good.size(); ++cut)
        QVERIFY2(!TermVector::decode(good.first(cut)), qPrintable(QString::number(cut)));
    QVERIFY(!TermVector::decode(good + '\0'));                              // trailing garbage
    QVERIFY(!TermVector::decode(QByteArray("\x02\x00", 2)));                // unknown version
    QVERIFY(!TermVector::decode(QByteArray("\x01\xff\xff\xff\xff\x0f", 6))); // absurd count
    QVERIFY(!TermVector::decode(QByteArray("\x01\x01\x05\x00", 4)));        // zero count
    QVERIFY(!TermVector::decode(QByteArray("\x01\x01\x80\x00\x01", 5)));    // non-minimal varint
    // Term id beyond 32 bits, and a gap that overflows.
    QVERIFY(!TermVector::decode(QByteArray("\x01\x01\x80\x80\x80\x80\x10\x01", 8)));
    QVERIFY(!TermVector::decode(QByteArray("\x01\x02\xff\xff\xff\xff\x0f\x00\x01\x01", 10)));
    // An 11-byte varint.
    QVERIFY(!TermVector::decode(QByteArray("\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 12)));
    QVERIFY(!TermVector::decode(QByteArrayView()));
}

void TestTermVector::randomBlobs()
{
    QRandomGenerator random(42);
    int decoded = 0;
    for (int i = 0; i < 20'000; ++i) {
        QByteArray blob(qsizetype(random.bounded(40)), Qt::Uninitialized);
        for (char &c : blob)
            c = char(random.bounded(256));
        if (i % 2 == 0 && !blob.isEmpty())
            blob[0] = 1; // past the version check
        if (const auto vector = TermVector::decode(blob)) {
            ++decoded;
            QCOMPARE(vector->encode(), blob); // only canonical blobs decode
        }
    }
    qInfo("%d of 20000 random blobs decoded (canonical ones)", decoded);
}

QTEST_APPLESS_MAIN(TestTermVector)
#include "tst_termvector.moc"
