#include "relatedindex.h"
#include "templibrary.h"

#include <algorithm>

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRelatedIndex final : public QObject
{
    Q_OBJECT

private:
    static Article story(const QString &guid, const QString &title, const QString &text, int hoursAgo = 0)
    {
        Article a;
        a.guid = guid;
        a.title = title;
        a.summary = text; // the lead the signature reads
        a.contentText = text;
        a.published = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC).addSecs(-3600LL * hoursAgo);
        return a;
    }
    static qint64 feed(Library &library, const QString &url, const QString &title)
    {
        Feed f;
        f.url = QUrl(url);
        f.title = title;
        return library.feeds().add(f).value();
    }

private Q_SLOTS:
    void relatedAndSameStory()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 wire = feed(library, u"https://wire.example/feed"_s, u"Wire"_s);
        const qint64 daily = feed(library, u"https://daily.example/feed"_s, u"Daily"_s);
        const QString launch = u"The Halcyon Space Agency launched the Lumen-1 lander on a Tern Heavy rocket from "
                               "Corvid Bay on Tuesday. Mission director Ilse Marchetti said the lander separated "
                               "cleanly and will reach lunar orbit in five days. The launch had been delayed twice "
                               "by high winds over Corvid Bay."_s;
        const QString launchRewrite = u"Mission director Ilse Marchetti said the Lumen-1 lander is healthy after "
                                      "Tuesday's launch. A Tern Heavy rocket lifted off from Corvid Bay carrying the "
                                      "Halcyon Space Agency craft, which reaches lunar orbit in five days after two "
                                      "wind delays."_s;
        const auto stored = library.articles().upsert(
                wire,
                {story(u"w1"_s, u"Lumen-1 lander lifts off from Corvid Bay"_s, launch),
                 story(u"w2"_s, u"Rocket engines tested for next lunar mission"_s,
                       u"Engineers fired the rocket engines that will carry the next lunar lander into orbit. The "
                       "agency said the test went well."_s, 30),
                 story(u"w3"_s, u"Bank holds interest rates"_s,
                       u"The central bank kept interest rates unchanged, citing slowing inflation."_s, 2)},
                QDateTime::currentDateTimeUtc());
        QVERIFY(stored.ok());
        const qint64 launchId = stored->ids.at(0);
        auto other = library.articles().upsert(
                daily, {story(u"d1"_s, u"Halcyon's moon lander on its way after Tuesday launch"_s, launchRewrite, 1)},
                QDateTime::currentDateTimeUtc());
        QVERIFY(other.ok());
        const qint64 rewriteId = other->ids.first();
        QCOMPARE(library.indexer().indexAll().valueOr(-1), 4);

        auto related = library.related().related(launchId, 5);
        QVERIFY2(related.ok(), related.ok() ? "" : qPrintable(related.error().message));
        QVERIFY(!related->isEmpty());
        QCOMPARE(related->first().id, rewriteId);
        QVERIFY(related->first().sameStory);
        QCOMPARE(related->first().feedTitle, u"Daily"_s);
        QCOMPARE(related->first().summary, u"Mission director Ilse Marchetti said the Lumen-1 lander is healthy"
                                           " after Tuesday's launch."_s);
        for (const auto &r : related.value()) {
            QVERIFY(r.id != launchId);               // never itself
            QVERIFY(r.title != u"Bank holds interest rates"_s || r.score < related->first().score);
        }
        QCOMPARE(library.related().alsoCoveredBy(launchId).value(), QStringList{u"Daily"_s});
        QCOMPARE(library.related().alsoCoveredBy(rewriteId).value(), QStringList{u"Wire"_s});
        QVERIFY(library.related().alsoCoveredBy(stored->ids.at(2)).value().isEmpty());

        // The list can show a story once, under its newest article, and the
        // reader can reach the other sources' copies.
        QCOMPARE(library.articles().sameStory(launchId).value(), QList<qint64>{rewriteId});
        QCOMPARE(library.articles().sameStory(rewriteId).value(), QList<qint64>{launchId});
        QVERIFY(library.articles().sameStory(stored->ids.at(2)).value().isEmpty());
        ArticleQuery collapsed;
        collapsed.collapseStories = true;
        auto rows = library.articles().headers(collapsed);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        const auto rowOf = [](const QList<ArticleHeader> &list, qint64 id) {
            return std::find_if(list.cbegin(), list.cend(), [id](const ArticleHeader &h) { return h.id == id; });
        };
        QVERIFY(rowOf(rows.value(), launchId) != rows->cend());
        QVERIFY(rowOf(rows.value(), rewriteId) == rows->cend());
        QCOMPARE(rowOf(rows.value(), launchId)->storySize, 2);
        QCOMPARE(rowOf(rows.value(), stored->ids.at(2))->storySize, 1);
        // Filters pick the representative: with the newest read, the other stands in.
        QVERIFY(library.articles().setRead({launchId}, true).ok());
        collapsed.unreadOnly = true;
        rows = library.articles().headers(collapsed);
        QVERIFY(rowOf(rows.value(), rewriteId) != rows->cend());
        // A list of one feed shows its own copy.
        collapsed.unreadOnly = false;
        collapsed.feedIds = {daily};
        rows = library.articles().headers(collapsed);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().id, rewriteId);

        // Unknown ids are not found; articles without features have no list.
        QCOMPARE(library.related().related(999999).error().kind, Error::NotFound);
    }

    void exactDuplicatesNeverListed()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 a = feed(library, u"https://a.example/feed"_s, u"A"_s);
        const QString text = u"Heat pump installations reached a record this autumn as households replaced old "
                             "boilers. Installers reported long waiting lists."_s;
        const auto stored = library.articles().upsert(
                a, {story(u"1"_s, u"Heat pumps hit a record"_s, text), story(u"2"_s, u"Heat pumps hit a record"_s, text, 1),
                    story(u"3"_s, u"Boiler scrappage scheme extended"_s,
                          u"The government extended the boiler scrappage scheme as heat pump demand grew."_s, 2)},
                QDateTime::currentDateTimeUtc());
        QVERIFY(stored.ok());
        QVERIFY(library.indexer().indexAll().ok());
        const auto related = library.related().related(stored->ids.at(0), 5).value();
        for (const auto &r : related)
            QVERIFY2(r.id != stored->ids.at(1), "an exact duplicate was listed");
    }

    void aTemplatedFeedIndexesTheNextArticleInBoundedRows()
    {
        // 5,000 near-identical articles (a templated weather feed) share
        // every band: the next article must not read all of them.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 weather = feed(library, u"https://weather.example/feed"_s, u"Weather"_s);
        const auto templated = [](int i) {
            return story(u"t%1"_s.arg(i), u"Weather for Corvid Bay, day %1"_s.arg(i),
                         u"Forecast for Corvid Bay: sunny spells with light winds from the west, highs of "
                         "fourteen degrees and lows of six. Pollen count moderate, UV index low. Outlook: "
                         "settled for the rest of the week, issue %1."_s.arg(i),
                         i % 48);
        };
        QList<Article> batch;
        for (int i = 0; i < 5000; ++i)
            batch.append(templated(i));
        QVERIFY(library.articles().upsert(weather, batch, QDateTime::currentDateTimeUtc()).ok());
        ArticleIndexer indexer = library.indexer();
        QVERIFY(indexer.indexAll().ok());
        const qint64 before = indexer.bandRowsRead();
        QVERIFY(library.articles().upsert(weather, {templated(5000)}, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(indexer.indexAll().ok());
        const qint64 read = indexer.bandRowsRead() - before;
        QVERIFY2(read > 0, "the candidate search read no band rows");
        // 64 bands x 256 rows each at most; reading every copy would be 64 x 5,000.
        QVERIFY2(read <= 64 * 256, qPrintable(u"read %1 band rows"_s.arg(read)));
    }

    void theBandIndexHoldsTheSameStoryWindowNotTheLibrary()
    {
        // 60 days of a feed, four stories a day, indexed as they arrive:
        // only the last days' articles can still meet a copy, so only their
        // bands are kept, however long the history.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 a = feed(library, u"https://a.example/feed"_s, u"A"_s);
        StoryBandIndex bands;
        ArticleIndexer indexer(library.database().connection(), &bands);
        const QStringList topics {u"harbour"_s, u"election"_s, u"rainfall"_s,
                                  u"vaccine"_s, u"ferry"_s,    u"budget"_s};
        for (int day = 59; day >= 0; --day) {
            QList<Article> batch;
            for (int i = 0; i < 4; ++i) {
                const QString topic = topics.at((day * 4 + i) % topics.size());
                batch.append(story(u"d%1-%2"_s.arg(day).arg(i),
                                   u"The %1 story, day %2"_s.arg(topic).arg(day),
                                   u"Reports on the %1 from day %2, part %3: officials met, "
                                   u"residents spoke and the "
                                   "council published its figures for the %1 plan."_s.arg(topic)
                                           .arg(day)
                                           .arg(i),
                                   day * 24 + i));
            }
            QVERIFY(library.articles().upsert(a, batch, QDateTime::currentDateTimeUtc()).ok());
            QVERIFY(indexer.indexAll().ok());
        }
        const auto count = [&](const QString &sql) {
            QSqlQuery q(library.database().connection());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 withBands = bands.articleCount();
        // The window (2 days) and a day's margin, plus what the last batch
        // has not pruned yet: far below the 240 articles stored.
        QVERIFY2(withBands > 0 && withBands <= 4 * 4 + 8, qPrintable(QString::number(withBands)));
        // Another outlet's copy of today's story still finds it.
        const qint64 b = feed(library, u"https://b.example/feed"_s, u"B"_s);
        QVERIFY(library.articles()
                        .upsert(b,
                                {story(u"copy"_s, u"The harbour story, day 0"_s,
                                       u"Reports on the harbour from day 0, part 0: officials met, "
                                       u"residents spoke and "
                                       "the council published its figures for the harbour plan."_s)},
                                QDateTime::currentDateTimeUtc())
                        .ok());
        QVERIFY(indexer.indexAll().ok());
        QVERIFY(count(u"SELECT count(*) FROM article_features me JOIN article_features o ON "
                      u"o.story_cluster = "
                      "me.story_cluster AND o.article_id <> me.article_id WHERE me.story_cluster <> 0"_s)
                > 0);
    }

    void aChangedArticleKeepsOnlyItsNewBands()
    {
        // An article indexed again after its text changed: the bands of the
        // old text go (its old story's copies no longer find it through
        // them), and the new text's take their place.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 a = feed(library, u"https://a.example/feed"_s, u"A"_s);
        StoryBandIndex bands;
        ArticleIndexer indexer(library.database().connection(), &bands);
        Article first = story(u"g"_s, u"Harbour ferry cancelled after storm damage"_s,
                              u"The harbour ferry was cancelled for a week after the storm damaged its pier, "
                              "the operator said on Monday."_s);
        QVERIFY(library.articles().upsert(a, {first}, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(indexer.indexAll().ok());
        QCOMPARE(bands.articleCount(), 1);
        const qsizetype entries = bands.entryCount();
        QVERIFY(entries > 0 && entries <= 64);
        Article changed = first;
        changed.summary = changed.contentText =
                u"Council approves a new budget for schools, libraries and road repairs after a long "
                "debate on Tuesday night."_s;
        QVERIFY(library.articles().upsert(a, {changed}, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(indexer.indexAll().ok());
        QCOMPARE(bands.articleCount(), 1);
        // One signature's bands, not the old ones and the new together.
        QVERIFY2(bands.entryCount() <= 64, qPrintable(QString::number(bands.entryCount())));
    }

    void aNewConnectionFindsTheStoriesIndexedBeforeIt()
    {
        // The band index lives in memory: a library opened again fills it
        // from the stored signatures of the window's articles, so a copy
        // arriving after a restart still joins its story.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const QString text = u"Floodwater closed the coastal railway between Portmere and Halby on Sunday after "
                             "the river burst its banks, and engineers said repairs to the embankment would "
                             "take at least a fortnight."_s;
        qint64 original = 0;
        {
            auto first = Library::open(fixture.dataDir());
            QVERIFY(first.ok());
            const qint64 a = feed(*first.value(), u"https://a.example/feed"_s, u"A"_s);
            const Article article = story(u"orig"_s, u"Floods close coastal railway"_s, text, 2);
            QVERIFY(first.value()->articles().upsert(a, {article}, QDateTime::currentDateTimeUtc()).ok());
            QVERIFY(first.value()->indexer().indexAll().ok());
            original = first.value()->articles().idInFeed(a, article).value();
        }
        auto again = Library::open(fixture.dataDir());
        QVERIFY(again.ok());
        const qint64 b = feed(*again.value(), u"https://b.example/feed"_s, u"B"_s);
        const Article copy = story(u"copy"_s, u"Floods close coastal railway line"_s, text);
        QVERIFY(again.value()->articles().upsert(b, {copy}, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(again.value()->indexer().indexAll().ok());
        const qint64 copyId = again.value()->articles().idInFeed(b, copy).value();
        QSqlQuery q(again.value()->database().connection());
        QVERIFY(q.exec(u"SELECT article_id, story_cluster FROM article_features ORDER BY article_id"_s));
        QHash<qint64, qint64> clusters;
        while (q.next())
            clusters.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        QVERIFY(clusters.value(original) != 0);
        QCOMPARE(clusters.value(copyId), clusters.value(original));
    }

    void storiesIndexedByAnotherConnectionAreFound()
    {
        // Another process (`masthead search` while the app runs) indexes a
        // story; this connection's band index, loaded before, is filled
        // again, so a copy indexed here still joins the story.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &here = fixture.library();
        const qint64 a = feed(here, u"https://a.example/feed"_s, u"A"_s);
        const qint64 b = feed(here, u"https://b.example/feed"_s, u"B"_s);
        ArticleIndexer indexer = here.indexer();
        QVERIFY(here.articles().upsert(a, {story(u"other"_s, u"Budget vote delayed"_s,
                                                   u"The council delayed its budget vote until March after "
                                                   "a long debate on school funding."_s)},
                                       QDateTime::currentDateTimeUtc())
                        .ok());
        QVERIFY(indexer.indexAll().ok()); // loads the band index
        const QString text = u"Floodwater closed the coastal railway between Portmere and Halby on Sunday after "
                             "the river burst its banks, and engineers said repairs to the embankment would "
                             "take at least a fortnight."_s;
        const Article original = story(u"orig"_s, u"Floods close coastal railway"_s, text, 1);
        {
            auto there = Library::open(fixture.dataDir());
            QVERIFY(there.ok());
            QVERIFY(there.value()->articles().upsert(a, {original}, QDateTime::currentDateTimeUtc()).ok());
            QVERIFY(there.value()->indexer().indexAll().ok());
        }
        const Article copy = story(u"copy"_s, u"Floods close coastal railway line"_s, text);
        QVERIFY(here.articles().upsert(b, {copy}, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(indexer.indexAll().ok());
        QSqlQuery q(here.database().connection());
        q.prepare(u"SELECT story_cluster FROM article_features WHERE article_id = ?"_s);
        const auto clusterOf = [&](qint64 id) {
            q.addBindValue(id);
            return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 originalCluster = clusterOf(here.articles().idInFeed(a, original).value());
        QVERIFY(originalCluster > 0);
        QCOMPARE(clusterOf(here.articles().idInFeed(b, copy).value()), originalCluster);
    }

    void aStoryToldThousandsOfTimesIsNotReadWhole()
    {
        // A story cluster of 400 copies (a templated feed, wire copy chained
        // into one cluster): the related list reads its members stored
        // nearest the article, not all of them, and so does "also covered by".
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        QList<qint64> feeds;
        for (int f = 0; f < 400; ++f)
            feeds.append(feed(library, u"https://f%1.example/feed"_s.arg(f), u"Outlet %1"_s.arg(f)));
        QList<qint64> ids;
        for (int i = 0; i < 400; ++i) {
            // Words of their own: only the cluster brings them into the pool.
            const auto word = [i](int n) {
                QString w = u"zq"_s;
                for (int v = i * 16 + n + 1; v > 0; v /= 26)
                    w += QChar(u'a' + v % 26);
                return w + u"vk"_s;
            };
            QStringList text;
            for (int n = 3; n < 14; ++n)
                text.append(word(n));
            const Article a = story(u"s%1"_s.arg(i), word(0) + u' ' + word(1) + u' ' + word(2), text.join(u' '),
                                    i % 40);
            QVERIFY(library.articles().upsert(feeds.at(i), {a}, QDateTime::currentDateTimeUtc()).ok());
            ids.append(library.articles().idInFeed(feeds.at(i), a).value());
        }
        QVERIFY(library.indexer().indexAll().ok());
        QSqlQuery cluster(library.database().connection());
        QVERIFY(cluster.exec(u"UPDATE article_features SET story_cluster = %1"_s.arg(ids.first())));
        RelatedStories related = library.related();
        QVERIFY(related.related(ids.at(200)).ok());
        QVERIFY2(related.candidatesScored() <= 2 * 32, qPrintable(QString::number(related.candidatesScored())));
        QVERIFY(related.candidatesScored() >= 32);
        const QStringList outlets = related.alsoCoveredBy(ids.at(200)).value();
        QVERIFY2(outlets.size() >= 64 && outlets.size() <= 2 * 64, qPrintable(QString::number(outlets.size())));
    }

    void anItemWithoutSummaryIsSummedUpFromItsText()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const qint64 a = feed(library, u"https://a.example/feed"_s, u"A"_s);
        Article bare = story(u"2"_s, u"Ferry strike halts island crossings"_s,
                             u"Ferry crews on the island routes walked out at dawn. Crossings are cancelled until"
                             " Friday, the ferry operator said."_s, 1);
        bare.summary = u" \n "_s;
        const auto stored = library.articles().upsert(
                a, {story(u"1"_s, u"Ferry strike enters second day"_s,
                          u"The ferry strike on the island routes entered its second day as crews and the operator met."_s),
                    bare},
                QDateTime::currentDateTimeUtc());
        QVERIFY(stored.ok());
        QVERIFY(library.indexer().indexAll().ok());
        const auto related = library.related().related(stored->ids.at(0), 5);
        QVERIFY(related.ok());
        QCOMPARE(related->size(), 1);
        QCOMPARE(related->first().summary, u"Ferry crews on the island routes walked out at dawn."_s);
    }
};

QTEST_GUILESS_MAIN(TestRelatedIndex)
#include "tst_relatedindex.moc"
