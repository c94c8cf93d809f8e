#include "related/documentfrequencies.h"
#include "related/termvector.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDocumentFrequencies final : public QObject
{
    Q_OBJECT

private slots:
    void addAndRemove();
    void orderDoesNotMatter();
    void idf();
    void partialLoad();
};

void TestDocumentFrequencies::addAndRemove()
{
    const TermVector a = TermVector::fromArticle({}, {}, u"bank rates economy");
    const TermVector b = TermVector::fromArticle({}, {}, u"bank football");
    DocumentFrequencies df;
    df.add(a);
    df.add(b);
    QCOMPARE(df.documentCount(), 2);
    QCOMPARE(df.frequency(TermVector::termId(u"bank")), 2u);
    QCOMPARE(df.frequency(TermVector::termId(u"footbal")), 1u);
    df.remove(b);
    QCOMPARE(df.documentCount(), 1);
    QCOMPARE(df.frequency(TermVector::termId(u"bank")), 1u);
    QCOMPARE(df.frequency(TermVector::termId(u"footbal")), 0u);
    df.remove(a);
    QCOMPARE(df, DocumentFrequencies());
    // Removing what was never added never goes below zero.
    df.remove(a);
    QCOMPARE(df.documentCount(), 0);
    QCOMPARE(df.termCount(), 0);
}

void TestDocumentFrequencies::orderDoesNotMatter()
{
    const QList<TermVector> vectors = {
        TermVector::fromArticle(u"One", {}, u"bank rates economy"),
        TermVector::fromArticle(u"Two", {}, u"bank football goals"),
        TermVector::fromArticle(u"Three", {}, u"economy growth goals"),
    };
    DocumentFrequencies forward;
    DocumentFrequencies backward;
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        forward.add(vectors[i]);
        backward.add(vectors[vectors.size() - 1 - i]);
    }
    QCOMPARE(forward, backward);
    // Incremental = rebuild: add four, remove one == add the other three.
    const TermVector extra = TermVector::fromArticle(u"Four", {}, u"bank economy");
    forward.add(extra);
    forward.remove(extra);
    QCOMPARE(forward, backward);
}

void TestDocumentFrequencies::idf()
{
    DocumentFrequencies df;
    for (int i = 0; i < 10; ++i)
        df.add(TermVector::fromArticle({}, {}, i < 2 ? u"rare common"_s : u"common"_s));
    const double rare = df.idf(TermVector::termId(u"rare"));
    const double common = df.idf(TermVector::termId(u"common"));
    const double unseen = df.idf(TermVector::termId(u"unseen"));
    QVERIFY(unseen > rare);
    QVERIFY(rare > common);
    QVERIFY(common >= 1.0);
    QCOMPARE(common, std::log(11.0 / 11.0) + 1.0);
    QVERIFY(DocumentFrequencies().idf(1) >= 1.0);
}

void TestDocumentFrequencies::partialLoad()
{
    // Storage may load only the rows a query needs.
    DocumentFrequencies df;
    df.setDocumentCount(1'000'000);
    df.setFrequency(7, 10);
    df.setFrequency(8, 0);
    QCOMPARE(df.frequency(7), 10u);
    QCOMPARE(df.termCount(), 1);
    QVERIFY(df.idf(7) < df.idf(TermVector::termId(u"unseen")));
    QCOMPARE(df.idf(7), std::log(1'000'001.0 / 11.0) + 1.0);
    df.setDocumentCount(-5);
    QCOMPARE(df.documentCount(), 0);
    QVERIFY(std::isfinite(df.idf(7)));
}

QTEST_APPLESS_MAIN(TestDocumentFrequencies)
#include "tst_documentfrequencies.moc"
