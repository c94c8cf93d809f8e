// Extraction quality on Mozilla Readability's test pages
// (shared/corpora/readability): token 4-gram F1 of the extracted text against
// the text of expected.html, and the title against expected-metadata.json.

#include "corpora.h"
#include "html/articleextractor.h"
#include "html/htmltext.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QHash<QString, int> shingles(const QString &text)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    const QStringList tokens = text.split(whitespace, Qt::SkipEmptyParts);
    QHash<QString, int> counts;
    for (qsizetype i = 0; i + 4 <= tokens.size(); ++i)
        ++counts[tokens.mid(i, 4).join(u' ')];
    return counts;
}

struct Score
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

Score shingleF1(const QString &got, const QString &expected)
{
    const QHash<QString, int> g = shingles(got);
    const QHash<QString, int> e = shingles(expected);
    qint64 totalGot = 0;
    qint64 totalExpected = 0;
    qint64 overlap = 0;
    for (auto it = g.cbegin(); it != g.cend(); ++it) {
        totalGot += it.value();
        overlap += qMin(it.value(), e.value(it.key()));
    }
    for (const int n : e)
        totalExpected += n;
    Score s;
    if (totalGot == 0 && totalExpected == 0)
        return {1, 1, 1};
    s.precision = totalGot ? double(overlap) / double(totalGot) : 0;
    s.recall = totalExpected ? double(overlap) / double(totalExpected) : 0;
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
    return s;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_ExtractionCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void readabilityPages();
};

void tst_ExtractionCorpus::readabilityPages()
{
    MASTHEAD_REQUIRE_CORPUS(u"readability"_s);
    const QDir root(corpusPath(u"readability"_s));
    const QStringList pages = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!pages.isEmpty());
    // Readability's test harness loads every page from this address.
    const QUrl pageUrl(u"http://fakehost/test/page.html"_s);

    double sumF1 = 0;
    int titleMatches = 0;
    int counted = 0;
    for (const QString &name : pages) {
        const QString dir = root.filePath(name);
        if (!QFile::exists(dir + u"/expected.html"_s) || !QFile::exists(dir + u"/source.html"_s))
            continue;
        const ExtractedArticle article = extractArticle(readFile(dir + u"/source.html"_s), pageUrl);
        const QString expectedText = htmlToText(QString::fromUtf8(readFile(dir + u"/expected.html"_s)));
        const Score s = shingleF1(article.text, expectedText);
        const QJsonObject meta = QJsonDocument::fromJson(readFile(dir + u"/expected-metadata.json"_s)).object();
        const QString expectedTitle = meta.value(u"title").toString().simplified();
        const bool titleOk = article.title.simplified() == expectedTitle;
        sumF1 += s.f1;
        titleMatches += titleOk ? 1 : 0;
        ++counted;
        qInfo("%-44s P=%.3f R=%.3f F1=%.3f title=%s", qPrintable(name), s.precision, s.recall, s.f1,
              titleOk ? "ok" : qPrintable(u"MISMATCH got \""_s + article.title + u"\" want \""_s + expectedTitle + u'"'));
    }
    QVERIFY(counted > 0);
    const double meanF1 = sumF1 / counted;
    const double titleRate = double(titleMatches) / counted;
    qInfo("pages=%d mean F1=%.4f title match=%d/%d (%.1f%%)", counted, meanF1, titleMatches, counted,
          100 * titleRate);
    QVERIFY2(meanF1 >= 0.95, qPrintable(u"mean F1 %1 < 0.95"_s.arg(meanF1)));
    QVERIFY2(titleRate >= 0.95, qPrintable(u"title match %1 < 95%"_s.arg(100 * titleRate)));
}

QTEST_GUILESS_MAIN(tst_ExtractionCorpus)
#include "tst_extractioncorpus.moc"
