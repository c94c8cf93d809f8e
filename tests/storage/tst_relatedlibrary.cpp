// "More like this" end to end through the library: the BBC labelled set
// stored through the real upsert and indexed by the real ArticleIndexer
// (features, search index, clusters), then
// RelatedIndex::related for a sample of articles. Precision@5 (relevant =
// same BBC category) checks that the candidate pool the index searches —
// rare title/summary words in a window of nearby articles — keeps the
// scorer's quality (tst_relatedcorpus measures the scorer over everything).

#include "relatedindex.h"
#include "templibrary.h"

#include "corpora.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

class TestRelatedLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precisionAt5ThroughTheIndex_data()
    {
        QTest::addColumn<bool>("headlineOnly");
        QTest::addColumn<double>("minimum");
        QTest::newRow("full text") << false << 0.90;
        // Items that carry a headline only: the pool comes from its few
        // words, the scorer widens them by feedback (tst_relatedcorpus
        // measures the scorer alone at 0.65 on this set).
        QTest::newRow("headline only") << true << 0.60;
    }

    void precisionAt5ThroughTheIndex()
    {
        QFETCH(bool, headlineOnly);
        QFETCH(double, minimum);
        MASTHEAD_REQUIRE_CORPUS(u"related/bbc.jsonl"_s);
        QFile file(corpusPath(u"related/bbc.jsonl"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<Article> articles;
        QStringList labels;
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        while (!file.atEnd()) {
            const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
            if (object.isEmpty())
                continue;
            Article a;
            a.guid = object.value("id"_L1).toString();
            a.title = object.value("title"_L1).toString();
            if (!headlineOnly)
                a.contentText = object.value("text"_L1).toString();
            // Interleaved in time, so neither recency nor a window can tell categories apart.
            a.published = start.addSecs(3600LL * ((articles.size() * 7919) % 2300));
            articles.append(a);
            labels.append(object.value("category"_L1).toString());
        }
        QVERIFY(articles.size() > 2000);

        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        // Eight sources in one category: the same-category bonus is the same for all.
        const qint64 category = library.categories().ensurePath({u"News"_s}).value();
        QList<qint64> feeds;
        for (int f = 0; f < 8; ++f) {
            Feed feed;
            feed.url = QUrl(u"https://source%1.example/feed"_s.arg(f));
            feed.title = u"Source %1"_s.arg(f);
            feed.categoryId = category;
            feeds.append(library.feeds().add(feed).value());
        }
        QHash<qint64, QString> labelOf;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype from = 0; from < articles.size(); from += 40) {
            const QList<Article> batch = articles.mid(from, 40);
            auto stored = library.articles().upsert(feeds.at((from / 40) % feeds.size()), batch,
                                                    QDateTime::currentDateTimeUtc());
            QVERIFY(stored.ok());
            for (qsizetype i = 0; i < stored->ids.size(); ++i)
                labelOf.insert(stored->ids.at(i), labels.at(from + i));
        }
        QCOMPARE(library.indexer().indexAll().valueOr(-1), qint64(articles.size()));
        const double storeSeconds = double(timer.nsecsElapsed()) / 1e9;

        int queries = 0;
        int relevant = 0;
        int listed = 0;
        timer.start();
        for (auto it = labelOf.cbegin(); it != labelOf.cend(); ++it) {
            if (it.key() % 5 != 0)
                continue;
            auto related = library.related().related(it.key(), 5);
            QVERIFY(related.ok());
            ++queries;
            for (const RelatedStories::Related &r : related.value()) {
                ++listed;
                relevant += labelOf.value(r.id) == it.value() ? 1 : 0;
            }
        }
        const double precision = double(relevant) / double(std::max(1, queries * 5));
        std::printf("bbc (%s) through the library: %lld articles stored and indexed in %.1f s; %d queries, %.1f ms each;"
                    " %d listed; precision@5 %.4f\n",
                    headlineOnly ? "headline only" : "full text", qint64(articles.size()), storeSeconds, queries,
                    double(timer.nsecsElapsed()) / 1e6 / std::max(1, queries), listed, precision);
        QVERIFY(listed >= queries * 5 * 95 / 100); // a list nearly always fills
        QVERIFY2(precision >= minimum, qPrintable(QString::number(precision)));
    }
};

QTEST_GUILESS_MAIN(TestRelatedLibrary)
#include "tst_relatedlibrary.moc"
