// Builds a synthetic library of N articles (~2 KB text each, 200 feeds in a
// nested tree, deterministic; every article stored through the real upsert,
// then indexed by the real ArticleIndexer: search index and related-stories
// features) and prints JSON figures: store and index rates, open + tree +
// first page, search and related-list latency, marking read, bytes per
// article and per index.
//
// The articles are news-shaped by default (NewsCorpus: real sentences, HTML
// bodies sanitized as a refresh does, wire copy across feeds, templated
// feeds); MASTHEAD_BENCH_CORPUS=synthetic uses the older syllable corpus.
// MASTHEAD_BENCH_REPLICATE=R grows either R times (news: NewsReplica, copies
// reworded by swapping the corpus's words; synthetic: replicate()). Indexing runs
// after every 2,000 stored articles, as behind a refresh, and its cost per
// article is reported at each size it reaches (index_ms_per_article_at).
//
// MASTHEAD_BENCH_ARTICLES sets N (default 100000). MASTHEAD_BENCH_DIR keeps
// the library in that directory, so a million-article library is generated
// once and measured again after a change (the insert rate is then left out).
// MASTHEAD_BENCH_GROW_BY=N adds N news-shaped articles to a kept library and
// indexes them: the indexing cost per article at that size (growAndIndex).
// MASTHEAD_BENCH_STORE_ONLY=1 stops after storing and prints the store
// figures alone: the rate on this noisy host wants several runs.

#include "articleindexer.h"
#include "html/htmlsanitizer.h"
#include "library.h"
#include "librarytree.h"
#include "newscorpus.h"
#include "newsreplica.h"
#include "related/termvector.h"
#include "sqlutil.h"
#include "storagethread.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

// A synthetic news corpus with the shape of real news: a 30,000-word
// vocabulary used with a Zipf-like skew, and 20,000 stories, each with its
// own handful of rarer words, that run for a while and are written up by
// several feeds. Words are made of syllables, so the tokenizer and stemmer
// see word-like text, and every run makes the same library.
class SyllableCorpus
{
public:
    SyllableCorpus()
    {
        static const char *consonants[] = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n",
                                           "p", "r", "s", "t", "v", "w", "z", "br", "st", "tr"};
        static const char *vowels[] = {"a", "e", "i", "o", "u", "ai", "ou"};
        QRandomGenerator rng(1);
        QSet<QString> seen;
        while (m_vocabulary.size() < VocabularySize) {
            QString word;
            const int syllables = 2 + int(rng.bounded(3));
            for (int i = 0; i < syllables; ++i)
                word += QLatin1StringView(consonants[rng.bounded(20)]) + QLatin1StringView(vowels[rng.bounded(7)]);
            if (!seen.contains(word)) {
                seen.insert(word);
                m_vocabulary.append(word);
            }
        }
        for (int story = 0; story < Stories; ++story) {
            QStringList words;
            for (int i = 0; i < 12; ++i)
                words.append(m_vocabulary.at(2000 + int(rng.bounded(VocabularySize - 2000))));
            m_stories.append(words);
        }
    }

    // Article i is about a story of its time (stories run for ~250 articles).
    int storyOf(QRandomGenerator &rng, int i) const
    {
        return std::min(Stories - 1, i / 50 + int(rng.bounded(5))) % Stories;
    }

    QString text(QRandomGenerator &rng, int story, int words, double topical) const
    {
        QString out;
        out.reserve(words * 9);
        const QStringList &own = m_stories.at(story);
        for (int i = 0; i < words; ++i) {
            if (rng.generateDouble() < topical) {
                out += own.at(int(rng.bounded(qsizetype(own.size()))));
            } else {
                // Zipf-like: low ranks far more often.
                const double u = rng.generateDouble();
                out += m_vocabulary.at(int(std::pow(u, 2.5) * VocabularySize) % VocabularySize);
            }
            out += (i % 17 == 16) ? u". "_s : u" "_s;
        }
        return out;
    }

    const QString &word(int rank) const { return m_vocabulary.at(rank % VocabularySize); }
    const QStringList &storyWords(int story) const { return m_stories.at(story % Stories); }

    static constexpr int VocabularySize = 30000;
    static constexpr int Stories = 20000;

private:
    QStringList m_vocabulary;
    QList<QStringList> m_stories;
};

// Grows a generated library R times by copying its rows in SQL, for sizes
// the real upsert would take hours to build: copy k gets new ids after the
// originals (arrival order), later times, and its own vocabulary (one vowel
// swapped for another in every word), so search sees R times the distinct
// words and postings. Stored features are copied as they are; each copy's
// words get the document frequencies of the words they came from, so "More
// like this" chooses its search words for a copy as for an original (its
// cost, not its quality, is what a copy is for). Triggers keep the search
// index and counts as in real use.
// Copy k's vowel swap: every `from` in the text becomes `to`.
std::pair<QString, QString> swapOf(int copy)
{
    static const char *swaps[][2] = {{"a", "y"}, {"e", "y"}, {"i", "y"}, {"o", "y"}, {"u", "y"},
                                     {"a", "q"}, {"e", "q"}, {"i", "q"}, {"o", "q"}, {"u", "q"}};
    const auto *swap = swaps[(copy - 1) % 10];
    return {QString::fromLatin1(swap[0]), QString::fromLatin1(swap[1]) + QString(u'x').repeated((copy - 1) / 10)};
}

QString swapped(const QString &word, int copy)
{
    const auto [from, to] = swapOf(copy);
    return QString(word).replace(from, to);
}

std::optional<qint64> termOf(const QString &word)
{
    const TermVector term = TermVector::fromArticle(word, {}, {});
    return term.size() == 1 ? std::optional<qint64>(term.terms().first()) : std::nullopt;
}

// Document frequencies after `copies` copies of a library with `original`:
// a copy's word is found in as many articles as the word it came from.
bool copyFrequencies(QSqlDatabase db, const SyllableCorpus &corpus, int copies,
                     const QHash<qint64, qint64> &original)
{
    QHash<qint64, qint64> df = original;
    df[-1] = original.value(-1) * copies; // the document count
    for (int rank = 0; rank < SyllableCorpus::VocabularySize; ++rank) {
        const auto from = termOf(corpus.word(rank));
        if (!from || !original.contains(*from))
            continue;
        for (int k = 1; k < copies; ++k) {
            if (const auto to = termOf(swapped(corpus.word(rank), k)))
                df[*to] += original.value(*from);
        }
    }
    if (!db.transaction())
        return false;
    QSqlQuery write(db);
    if (!write.exec(u"DELETE FROM term_df"_s) || !write.prepare(u"INSERT INTO term_df (term, df) VALUES (?, ?)"_s))
        return false;
    for (auto it = df.cbegin(); it != df.cend(); ++it) {
        write.bindValue(0, it.key());
        write.bindValue(1, it.value());
        if (!write.exec())
            return false;
    }
    return db.commit();
}

bool replicate(QSqlDatabase db, const SyllableCorpus &corpus, int copies)
{
    QHash<qint64, qint64> frequencies;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT term, df FROM term_df"_s))
        return false;
    while (q.next())
        frequencies.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    // The copies land all over the indexes: a cache that holds them turns
    // random reads of the disk into memory ones.
    if (!q.exec(u"PRAGMA cache_size = -4000000"_s))
        return false;
    if (!q.exec(u"SELECT max(id), max(sort_time) - min(sort_time) + 30 FROM articles"_s) || !q.next())
        return false;
    const qint64 maxId = q.value(0).toLongLong();
    const qint64 span = q.value(1).toLongLong();
    q.finish();
    for (int k = 1; k < copies; ++k) {
        const auto [from, to] = swapOf(k);
        const QVariantList values{qint64(k) * maxId, u"#%1"_s.arg(k), from, to, qint64(k) * span, maxId};
        const QStringList statements{
                u"INSERT INTO articles (id, feed_id, dedupe_key, guid, link, title, author, published,"
                " updated, summary, content_html, content_text, content_hash, read, starred, fetched_at,"
                " sort_time) SELECT id + :off, feed_id, dedupe_key || :tag, guid || :tag, link || :tag,"
                " replace(title, :from, :to), author, published + :span, updated,"
                " replace(summary, :from, :to), content_html, replace(content_text, :from, :to),"
                " content_hash || :tag, read, starred, fetched_at, sort_time + :span"
                " FROM articles WHERE id <= :max"_s,
                u"INSERT INTO article_features (article_id, vector, signature, story_cluster)"
                " SELECT article_id + :off, vector, signature,"
                " CASE story_cluster WHEN 0 THEN 0 ELSE story_cluster + :off END"
                " FROM article_features WHERE article_id <= :max"_s,
                // Indexed like their originals: straight into the search
                // index, and off the queue the insert put them on.
                u"INSERT INTO articles_fts (rowid, title, author, summary, content_text)"
                " SELECT id, title, author, summary, content_text FROM articles"
                " WHERE id > :off AND id <= :off + :max"_s,
                u"DELETE FROM index_queue WHERE article_id > :off AND article_id <= :off + :max"_s};
        if (!db.transaction())
            return false;
        for (const QString &sql : statements) {
            QSqlQuery insert(db);
            if (!insert.prepare(sql))
                return false;
            const QStringList names{u":off"_s, u":tag"_s, u":from"_s, u":to"_s, u":span"_s, u":max"_s};
            for (int i = 0; i < names.size(); ++i) {
                if (sql.contains(names.at(i)))
                    insert.bindValue(names.at(i), values.at(i));
            }
            if (!insert.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(insert.lastError().text()));
                return false;
            }
        }
        if (!db.commit())
            return false;
        std::fprintf(stderr, "copy %d of %d stored\n", k, copies - 1);
    }
    return copyFrequencies(db, corpus, copies, frequencies);
}

// A news-shaped item as a refresh stores it: its body sanitized.
Article newsArticle(const NewsCorpus &corpus, int feed, int index, const QDateTime &published)
{
    const NewsItem item = corpus.item(feed, index);
    Article a;
    a.guid = item.guid;
    a.link = QUrl(item.link);
    a.title = item.title;
    a.author = item.author;
    a.tags = item.categories;
    a.summary = item.summary;
    SanitizeOptions options;
    options.baseUrl = a.link;
    SanitizedHtml body = sanitizeHtmlWithText(item.html, options);
    a.contentHtml = std::move(body.html);
    a.contentText = std::move(body.text);
    a.published = published;
    return a;
}

// MASTHEAD_BENCH_GROW_BY=N on a kept library: N more news-shaped articles
// stored after its newest, then indexed as behind a refresh, 2,000 at a
// time (features on a pool, as in the app): indexing's cost per article at
// this library's size, for the curve a generated library gives at 10k and 100k.
std::optional<double> growAndIndex(Library &library, const NewsCorpus &corpus, int count)
{
    auto feeds = SqlUtil::run(library.database().connection(), u"SELECT id FROM feeds ORDER BY id"_s);
    auto newest = SqlUtil::run(library.database().connection(), u"SELECT max(id), max(sort_time) FROM articles"_s);
    if (!feeds || !newest || !newest.value().next())
        return std::nullopt;
    QList<qint64> feedIds;
    while (feeds.value().next())
        feedIds.append(feeds.value().value(0).toLongLong());
    const qint64 offset = newest.value().value(0).toLongLong();
    const QDateTime after = QDateTime::fromSecsSinceEpoch(newest.value().value(1).toLongLong(), Qt::UTC);
    newest.value().finish();
    if (feedIds.isEmpty())
        return std::nullopt;
    ArticleIndexer indexer = library.indexer();
    QThreadPool features;
    qint64 indexNs = 0;
    qint64 indexed = 0;
    const int perBatch = 50;
    for (int n = 0; n < count; n += perBatch) {
        QList<Article> batch;
        const int feed = (n / perBatch) % int(feedIds.size());
        for (int i = n; i < std::min(count, n + perBatch); ++i) {
            // Items past those of the generated library: new guids, new text.
            const int index = int(offset / feedIds.size()) + (i / (perBatch * int(feedIds.size()))) * perBatch
                    + i % perBatch;
            Article a = newsArticle(corpus, feed, index, after.addSecs(qint64(i + 1) * 30));
            // New on every run: the same guids again would be stored as unchanged, with nothing to index.
            a.guid += u"-grown-%1"_s.arg(offset);
            batch.append(std::move(a));
        }
        if (!library.articles().upsert(feedIds.at(feed), batch, after))
            return std::nullopt;
        if ((n + perBatch) % 2000 == 0 || n + perBatch >= count) {
            QElapsedTimer timer;
            timer.start();
            auto done = indexer.indexAll(ArticleIndexer::Scope::NewArticles, &features);
            if (!done)
                return std::nullopt;
            indexNs += timer.nsecsElapsed();
            indexed += done.value();
        }
    }
    return double(indexNs) / 1e6 / double(std::max<qint64>(1, indexed));
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = qEnvironmentVariableIntValue("MASTHEAD_BENCH_ARTICLES") > 0
            ? qEnvironmentVariableIntValue("MASTHEAD_BENCH_ARTICLES")
            : 100000;
    const int feeds = 200;
    QTemporaryDir temporary;
    const QString keep = qEnvironmentVariable("MASTHEAD_BENCH_DIR");
    const QString dirPath = keep.isEmpty() ? temporary.path() : keep;
    QDir().mkpath(dirPath);
    // MASTHEAD_BENCH_REPLICATE=R grows the generated library R times (see replicate()).
    const int copies = std::max(1, qEnvironmentVariableIntValue("MASTHEAD_BENCH_REPLICATE"));
    const int articles = total * copies;
    const QString marker = QDir(dirPath).filePath(u"generated-%1x%2"_s.arg(total).arg(copies));
    // A kept library of N articles is grown to N x R without generating it again.
    const bool generated = QFileInfo::exists(QDir(dirPath).filePath(u"generated-%1x1"_s.arg(total)));
    const bool generate = !QFileInfo::exists(marker) && !generated;
    const bool grow = copies > 1 && !QFileInfo::exists(marker);
    QRandomGenerator rng(42);
    QJsonObject result{{"benchmark"_L1, "library"_L1}, {"articles"_L1, total}};

    const SyllableCorpus corpus;
    const bool news = qEnvironmentVariable("MASTHEAD_BENCH_CORPUS") != u"synthetic"_s;
    const NewsCorpus newsCorpus(1, qEnvironmentVariable("MASTHEAD_CORPORA"));
    result.insert("corpus"_L1, news ? newsCorpus.source() : u"synthetic syllable words"_s);
    QJsonObject indexCurve; // articles in the library -> ms per article indexed at that size
    QJsonObject bandRowsCurve; // the same -> band rows the same-story search read per article
    qint64 indexedUpTo = 0;
    constexpr int IndexEvery = 2000;
    qint64 insertNs = 0;
    qint64 indexNs = 0;
    std::clock_t insertCpu = 0; // user + system time of the stores: the rest of the wall time is waiting on the disk
    if (generate) {
        auto library = Library::open(dirPath);
        if (!library) {
            std::fprintf(stderr, "%s\n", qPrintable(library.error().message));
            return 1;
        }
        QList<qint64> feedIds;
        for (int f = 0; f < feeds; ++f) {
            const QStringList path{u"Section %1"_s.arg(f % 5), u"Desk %1"_s.arg(f % 20), u"Beat %1"_s.arg(f % 40)};
            Feed feed;
            feed.categoryId = library.value()->categories().ensurePath(path).value();
            feed.url = QUrl(u"https://feed%1.example/rss"_s.arg(f));
            feed.title = u"Feed %1"_s.arg(f);
            feedIds.append(library.value()->feeds().add(feed).value());
        }
        // Stored as the app stores: the writing connection leaves checkpoints
        // (and their fsyncs) to another thread, which runs one a second.
        if (!library.value()->database().setAutoCheckpoint(false)
            || !library.value()->database().setPageCacheKiB(StorageThread::WriterCacheKiB))
            return 1;
        std::atomic<bool> storing{true};
        ArticleIndexer indexer =
                library.value()->indexer(); // one, so its statements and counters last
        QThreadPool features; // each batch's features on every core, as in the app
        std::unique_ptr<QThread> checkpointer(QThread::create([&] {
            auto own = Library::open(dirPath);
            while (own && storing) {
                for (int i = 0; i < 100 && storing; ++i)
                    QThread::msleep(10);
                (void)own.value()->database().checkpoint();
            }
        }));
        checkpointer->start();
        const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const int perBatch = 50;
        QElapsedTimer timer;
        for (int n = 0; n < total; n += perBatch) {
            QList<Article> batch;
            qint64 feedOfBatch = feedIds.at((n / perBatch) % feeds);
            for (int i = n; i < std::min(total, n + perBatch); ++i) {
                Article a;
                if (news) {
                    // One feed's 50 items per batch; the feeds take turns,
                    // so items at the same place share the wire stories.
                    const int feed = (i / perBatch) % feeds;
                    const int index = (i / (perBatch * feeds)) * perBatch + i % perBatch;
                    a = newsArticle(newsCorpus, feed, index, start.addSecs(qint64(i) * 30));
                    a.read = rng.bounded(3) == 0;
                    feedOfBatch = feedIds.at(feed);
                    batch.append(std::move(a));
                    continue;
                }
                const int story = corpus.storyOf(rng, i);
                a.guid = u"g%1"_s.arg(i);
                a.link = QUrl(u"https://example.com/a/%1"_s.arg(i));
                a.title = corpus.text(rng, story, 8, 0.6);
                a.summary = corpus.text(rng, story, 30, 0.3);
                a.contentText = corpus.text(rng, story, 260, 0.15); // ~2 KB
                a.contentHtml = u"<p>"_s + a.contentText + u"</p>"_s;
                a.published = start.addSecs(qint64(i) * 30);
                a.read = rng.bounded(3) == 0;
                batch.append(std::move(a));
            }
            timer.start();
            const std::clock_t cpu = std::clock();
            if (!library.value()->articles().upsert(feedOfBatch, batch, start))
                return 1;
            insertCpu += std::clock() - cpu;
            insertNs += timer.nsecsElapsed();
            // Indexed behind the store, a block at a time: its cost per
            // article at this library size.
            const qint64 stored = std::min(total, n + perBatch);
            if (qEnvironmentVariableIntValue("MASTHEAD_BENCH_STORE_ONLY") != 1
                && (stored % IndexEvery == 0 || stored == total)) {
                timer.start();
                const qint64 rowsBefore = indexer.bandRowsRead();
                auto indexed = indexer.indexAll(ArticleIndexer::Scope::Everything, &features);
                if (!indexed) {
                    std::fprintf(stderr, "indexing failed\n");
                    return 1;
                }
                const qint64 blockNs = timer.nsecsElapsed();
                indexNs += blockNs;
                const double msPerArticle =
                        double(blockNs) / 1e6 / double(std::max<qint64>(1, indexed.value()));
                const double rowsPerArticle = double(indexer.bandRowsRead() - rowsBefore)
                        / double(std::max<qint64>(1, indexed.value()));
                for (const qint64 mark :
                     {qint64(10000), qint64(100000), qint64(1000000), qint64(total)}) {
                    if (stored == mark || (mark > indexedUpTo && mark <= stored)) {
                        indexCurve.insert(QString::number(mark), msPerArticle);
                        bandRowsCurve.insert(QString::number(mark), rowsPerArticle);
                    }
                }
                indexedUpTo = stored;
                if (stored % 10000 == 0)
                    std::fprintf(stderr,
                                 "%lld stored and indexed, %.2f ms and %.0f same-story band rows "
                                 "per article indexed\n",
                                 static_cast<long long>(stored), msPerArticle, rowsPerArticle);
            }
        }
        storing = false;
        checkpointer->wait();
        (void)library.value()->database().setAutoCheckpoint(true);
        // Stored: listed, counted and readable. Said at once: indexing a
        // large library takes minutes.
        const double storeRate = double(total) / (double(insertNs) / 1e9);
        std::fprintf(stderr, "stored %d articles: %.0f articles/s\n", total, storeRate);
        result.insert("insert_articles_per_s"_L1, storeRate);
        result.insert("insert_cpu_share"_L1, double(insertCpu) / CLOCKS_PER_SEC / (double(insertNs) / 1e9));
        if (qEnvironmentVariableIntValue("MASTHEAD_BENCH_STORE_ONLY") == 1) {
            std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
            return 0;
        }
        result.insert("index_ms_per_article_at"_L1, indexCurve);
        result.insert("same_story_band_rows_per_article_at"_L1, bandRowsCurve);
    }
    if (generate) {
        // Indexed: also found by search and "More like this".
        result.insert("index_articles_per_s"_L1, double(total) / (double(indexNs) / 1e9));
        result.insert("insert_and_index_articles_per_s"_L1,
                      double(total) / (double(insertNs + indexNs) / 1e9));
        QFile(QDir(dirPath).filePath(u"generated-%1x1"_s.arg(total))).open(QIODevice::WriteOnly);
    }
    if (!generate) {
        // A kept library from an earlier schema is upgraded here, and what
        // the upgrade queued (a new search index, say) indexed before any
        // figure is taken.
        auto library = Library::open(dirPath);
        if (!library)
            return 1;
        QElapsedTimer indexing;
        indexing.start();
        if (auto indexed = library.value()->indexer().indexAll(); !indexed)
            return 1;
        else if (indexed.value() > 0)
            result.insert("caught_up_index_s"_L1, double(indexing.nsecsElapsed()) / 1e9);
    }
    if (const int more = qEnvironmentVariableIntValue("MASTHEAD_BENCH_GROW_BY"); more > 0 && !generate && news) {
        auto library = Library::open(dirPath);
        if (!library)
            return 1;
        auto size = SqlUtil::run(library.value()->database().connection(), u"SELECT count(*) FROM articles"_s);
        const qint64 before = size && size.value().next() ? size.value().value(0).toLongLong() : 0;
        const auto msPerArticle = growAndIndex(*library.value(), newsCorpus, more);
        if (!msPerArticle) {
            std::fprintf(stderr, "growing the kept library failed\n");
            return 1;
        }
        indexCurve.insert(QString::number(before), *msPerArticle);
        result.insert("index_ms_per_article_at"_L1, indexCurve);
        result.insert("grown_by"_L1, more);
    }
    if (grow) {
        auto library = Library::open(dirPath);
        QElapsedTimer copying;
        copying.start();
        if (!library)
            return 1;
        if (news) {
            NewsReplica replica(library.value()->database().connection());
            auto grown = replica.learn();
            if (grown) {
                std::fprintf(stderr, "swapping %lld words in pairs per copy\n",
                             static_cast<long long>(replica.vocabularySize()));
                grown = replica.grow(copies, [](const QString &line) {
                    std::fprintf(stderr, "%s\n", qPrintable(line));
                });
            }
            if (!grown) {
                std::fprintf(stderr, "%s\n", qPrintable(grown.error().message));
                return 1;
            }
        } else if (!replicate(library.value()->database().connection(), corpus, copies)) {
            return 1;
        }
        result.insert("replicate_s"_L1, double(copying.nsecsElapsed()) / 1e9);
        QFile(marker).open(QIODevice::WriteOnly);
    }
    result.insert("articles"_L1, articles);

    // Open, the tree with unread counts, the first 100 articles of the top category.
    QElapsedTimer timer;
    timer.start();
    auto library = Library::open(dirPath);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error().message));
        return 1;
    }
    const qint64 opened = timer.nsecsElapsed();
    auto tree = readCategoryTree(*library.value());
    const qint64 treeRead = timer.nsecsElapsed();
    const qint64 top = tree->first().category.id;
    auto ids = library.value()->categories().subtree(top);
    ArticleQuery query;
    query.feedIds = library.value()->feeds().inCategories(ids.value()).value();
    query.limit = 100;
    auto page = library.value()->articles().headers(query);
    result.insert("open_tree_first_page_ms"_L1, double(timer.nsecsElapsed()) / 1e6);
    // Its parts: a cold first run spends most of it loading the SQLite driver.
    result.insert("open_ms"_L1, double(opened) / 1e6);
    result.insert("tree_ms"_L1, double(treeRead - opened) / 1e6);
    result.insert("first_page_ms"_L1, double(timer.nsecsElapsed() - treeRead) / 1e6);
    result.insert("first_page_rows"_L1, page->size());

    // Varied queries: very common words, mid-frequency ones, a story's rare
    // words, two-word queries, phrases and prefixes.
    QList<double> searches;
    QList<std::pair<double, QString>> searched;
    QRandomGenerator qrng(7);
    static const QStringList common {u"government"_s, u"said"_s, u"market"_s, u"police"_s,
                                     u"minister"_s,   u"year"_s, u"people"_s, u"company"_s,
                                     u"election"_s,   u"club"_s};
    const auto titleWord = [&] {
        const int i = int(qrng.bounded(total));
        const QStringList words =
                newsCorpus.item(i / 50 % feeds, (i / (50 * feeds)) * 50 + i % 50).title.split(u' ');
        QString longest;
        for (const QString &w : words) {
            QString clean = w;
            clean.remove(QRegularExpression(u"[^\\p{L}]"_s));
            if (clean.size() >= 4 && (longest.isEmpty() || qrng.bounded(2)))
                longest = clean.toLower();
        }
        return longest.isEmpty() ? common.first() : longest;
    };
    const auto someWord = [&](int i) {
        if (news)
            return i % 3 == 0 ? common.at(int(qrng.bounded(common.size()))) : titleWord();
        switch (i % 3) {
        case 0:
            return corpus.word(int(qrng.bounded(50)));
        case 1:
            return corpus.word(500 + int(qrng.bounded(5000)));
        default:
            return corpus.storyWords(int(qrng.bounded(std::max(1, total / 50)))).first();
        }
    };
    for (int i = 0; i < 100; ++i) {
        QString q = someWord(i);
        if (i % 4 == 1)
            q += u' ' + someWord(i + 1);
        if (i % 5 == 2)
            q = u'"' + q + u' ' + someWord(i + 2) + u'"';
        if (i % 7 == 3)
            q = q.left(4) + u'*';
        timer.start();
        auto hits = library.value()->search().search(q, 20);
        searches.append(double(timer.nsecsElapsed()) / 1e6);
        if (!hits)
            return 1;
        searched.append({searches.last(), q});
    }
    // The slowest queries, to see which shape costs.
    std::sort(searched.begin(), searched.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QJsonArray slowest;
    for (qsizetype i = 0; i < std::min<qsizetype>(6, searched.size()); ++i)
        slowest.append(u"%1 ms: %2"_s.arg(searched.at(i).first, 0, 'f', 1).arg(searched.at(i).second));
    result.insert("search_slowest"_L1, slowest);
    result.insert("search_p50_ms"_L1, percentile(searches, 0.5));
    result.insert("search_p95_ms"_L1, percentile(searches, 0.95));

    // More like this for 100 articles spread over the library.
    QList<double> related;
    QRandomGenerator rrng(11);
    for (int i = 0; i < 100; ++i) {
        const qint64 id = 1 + rrng.bounded(articles);
        timer.start();
        auto list = library.value()->related().related(id, 5);
        related.append(double(timer.nsecsElapsed()) / 1e6);
        if (!list)
            return 1;
    }
    result.insert("related_p50_ms"_L1, percentile(related, 0.5));
    result.insert("related_p95_ms"_L1, percentile(related, 0.95));
    if (qEnvironmentVariableIntValue("MASTHEAD_BENCH_QUERIES_ONLY") == 1) { // for profiling them alone
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
        return 0;
    }

    // 10k articles spread over the library, marked read then unread again
    // (so a kept library measures the same next time).
    QList<qint64> toRead;
    for (qint64 id = 1; id <= 10000; ++id)
        toRead.append(1 + (id * 7919) % articles);
    timer.start();
    if (!library.value()->articles().setRead(toRead, true))
        return 1;
    result.insert("mark_10k_read_ms"_L1, double(timer.nsecsElapsed()) / 1e6);
    if (!library.value()->articles().setRead(toRead, false))
        return 1;

    // Where the bytes go, when SQLite was built with the dbstat table.
    QSqlQuery sizes(library.value()->database().connection());
    if (sizes.exec(u"SELECT name, sum(pgsize) FROM dbstat GROUP BY name"_s)) {
        qint64 search = 0, relatedIndex = 0, articleBytes = 0;
        while (sizes.next()) {
            const QString name = sizes.value(0).toString();
            const qint64 bytes = sizes.value(1).toLongLong();
            if (name.startsWith(u"articles_fts"_s))
                search += bytes;
            else if (name.startsWith(u"article_features"_s) || name.startsWith(u"term_df"_s))
                relatedIndex += bytes;
            else if (name.startsWith(u"articles"_s))
                articleBytes += bytes;
        }
        result.insert("articles_table_bytes_per_article"_L1, double(articleBytes) / articles);
        result.insert("search_index_bytes_per_article"_L1, double(search) / articles);
        result.insert("related_index_bytes_per_article"_L1, double(relatedIndex) / articles);
    }

    const QString db = library.value()->database().path();
    const qint64 bytes = QFileInfo(db).size() + QFileInfo(db + u"-wal"_s).size();
    result.insert("database_bytes"_L1, bytes);
    result.insert("bytes_per_article"_L1, double(bytes) / articles);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
