#include "relatedstories.h"
#include "relatedindex.h"
#include "sqlutil.h"

#include "related/documentfrequencies.h"
#include "related/onelinesummary.h"
#include "related/relatedscorer.h"
#include "related/storysignature.h"
#include "related/termvector.h"
#include "related/tokenizer.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DocumentCountRow = RelatedIndex::DocumentCountRow;

// The term id a word has in the term vectors (stemmed), if it is a content
// word (not a stop word, not a number).
std::optional<quint32> wordTerm(const QString &word)
{
    const QList<Token> tokens = Tokenizer().tokenize(word);
    if (tokens.size() != 1 || tokens.first().number)
        return std::nullopt;
    return TermVector::termId(tokens.first().term);
}

// Distinct content words of the title and summary, in order: what the
// candidate pool is searched with.
QStringList candidateWords(const QString &title, const QString &summary)
{
    QStringList words;
    const QString text = title + u' ' + summary;
    QString word;
    const auto flush = [&] {
        const QString lower = word.toLower();
        if (word.size() >= 3 && !Tokenizer::isStopWord(lower) && !words.contains(lower))
            words.append(lower);
        word.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
        if (words.size() >= 32)
            break;
    }
    flush();
    return words;
}

// The words to search with: the rarest first, while the articles they match
// add up to at most `budget`. Common words make the pool no better and the
// search far slower (BM25 scores every match); rare ones are what the
// stories share. A word's frequency comes from the related index's own
// counts, through the same stemming as the term vectors.
struct PoolQuery
{
    QString match;
    qint64 matched = 0; // articles the words match, library-wide
};

PoolQuery poolQuery(const QStringList &words, const DocumentFrequencies &df, qint64 budget)
{
    QList<std::pair<quint32, QString>> byRarity;
    for (const QString &word : words) {
        const auto term = wordTerm(word);
        if (!term)
            continue;
        const quint32 frequency = df.frequency(*term);
        if (frequency >= 2) // 1: only the article itself has it
            byRarity.append({frequency, word});
    }
    std::stable_sort(byRarity.begin(), byRarity.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList chosen;
    qint64 matched = 0;
    for (const auto &[frequency, word] : byRarity) {
        if (!chosen.isEmpty() && (matched + frequency > budget || chosen.size() >= 12))
            break;
        matched += frequency;
        chosen.append(u'"' + word + u'"');
    }
    return {chosen.join(u" OR "_s), matched};
}

// What scoring needs of a stored article, read from `first` on: feed,
// category, published, vector, signature, story cluster. Exact copies are
// told by their stored term vectors: equal ones hold the same words, counted
// the same. (The article's own content hash sits after its text, and reading
// it cost a walk through each candidate's overflow pages.)
RelatedCandidate candidateFrom(const QSqlQuery &q, int first)
{
    RelatedCandidate c;
    c.feedId = q.value(first).toLongLong();
    c.categoryId = q.value(first + 1).toLongLong();
    c.published = SqlUtil::toTime(q.value(first + 2));
    c.contentHash = q.value(first + 3).toByteArray();
    c.vector = TermVector::decode(c.contentHash).value_or(TermVector());
    c.signature = StorySignature::decode(q.value(first + 4).toByteArray()).value_or(StorySignature());
    c.storyCluster = q.value(first + 5).toLongLong();
    return c;
}

// Document frequencies of `terms` (DocumentCountRow: the document count) into `df`.
Result<> loadFrequencies(const QSqlDatabase &db, const QList<qint64> &terms, DocumentFrequencies &df)
{
    auto freq = SqlUtil::run(db, u"SELECT term, df FROM term_df WHERE term IN (SELECT value FROM json_each(?))"_s,
                             {SqlUtil::idList(terms)});
    if (!freq)
        return freq.error();
    while (freq.value().next()) {
        const qint64 term = freq.value().value(0).toLongLong();
        if (term == DocumentCountRow)
            df.setDocumentCount(freq.value().value(1).toLongLong());
        else
            df.setFrequency(quint32(term), quint32(freq.value().value(1).toLongLong()));
    }
    freq.value().finish();
    return {};
}

} // namespace

RelatedStories::RelatedStories(QSqlDatabase db) : m_db(std::move(db)) { }

Result<QList<RelatedStories::Related>> RelatedStories::related(qint64 articleId, int limit, int candidates) const
{
    auto t = SqlUtil::run(m_db,
                          u"SELECT a.title, a.summary, a.feed_id, coalesce(fd.category_id, 0), a.published,"
                          " f.vector, f.signature, f.story_cluster"
                          " FROM articles a JOIN feeds fd ON fd.id = a.feed_id"
                          " LEFT JOIN article_features f ON f.article_id = a.id WHERE a.id = ?"_s,
                          {articleId});
    if (!t)
        return t.error();
    if (!t.value().next())
        return makeError(Error::NotFound, QStringLiteral("no article with id %1").arg(articleId));
    const QSqlQuery &r = t.value();
    const QString title = r.value(0).toString();
    const QString summary = r.value(1).toString();
    RelatedCandidate target = candidateFrom(r, 2);
    target.id = articleId;
    t.value().finish();
    if (target.vector.isEmpty())
        return QList<Related>();

    // Document frequencies of the target's terms (and of its title and
    // summary words), for idf and for choosing the search words.
    const QStringList words = candidateWords(title, summary);
    DocumentFrequencies df;
    QList<qint64> terms{DocumentCountRow};
    for (quint32 term : target.vector.terms())
        terms.append(qint64(term));
    for (const QString &word : words) {
        if (const auto term = wordTerm(word))
            terms.append(qint64(*term));
    }
    if (auto loaded = loadFrequencies(m_db, terms, df); !loaded)
        return loaded.error();

    // The pool: what full-text search finds for the rarer title and summary
    // words among the articles stored around this one (rowids grow with
    // arrival: a window keeps the cost flat however large the library), plus
    // the rest of the story's cluster.
    constexpr qint64 MatchBudget = 600;
    // The story's cluster joins the pool by its members stored nearest this
    // article, this many on each side: a story told thousands of times
    // (a templated feed, wire copy chained into one cluster) made every
    // related list read and score all of its copies (0.5 s at 100k).
    constexpr qint64 ClusterSide = 32;
    constexpr qint64 MaxWindow = 200000;
    const auto fetchPool = [&](const QStringList &poolWords, QList<RelatedCandidate> &into,
                               QSet<qint64> &seen) -> Result<> {
        const PoolQuery query = poolQuery(poolWords, df, MatchBudget);
        const QString &match = query.match;
        // Matches spread over the library: when even the rarest word is common,
        // narrow the window so about MatchBudget of them fall inside it.
        qint64 window = MaxWindow;
        if (query.matched > MatchBudget && df.documentCount() > 0)
            window = std::clamp<qint64>(MatchBudget * df.documentCount() / (2 * query.matched), 1000, MaxWindow);
        auto pool = SqlUtil::run(
                m_db,
                u"WITH pool(id) AS (SELECT id FROM (SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?"
                " AND rowid BETWEEN ? AND ?"
                " ORDER BY masthead_rank(articles_fts, (SELECT max(id) FROM articles)) LIMIT ?)"
                " UNION SELECT article_id FROM (SELECT article_id FROM article_features WHERE story_cluster <> 0"
                " AND story_cluster = ? AND article_id < ? ORDER BY article_id DESC LIMIT ?)"
                " UNION SELECT article_id FROM (SELECT article_id FROM article_features WHERE story_cluster <> 0"
                " AND story_cluster = ? AND article_id > ? ORDER BY article_id LIMIT ?))"
                " SELECT a.id, a.feed_id, coalesce(fd.category_id, 0), a.published, f.vector, f.signature,"
                " f.story_cluster FROM pool JOIN articles a ON a.id = pool.id"
                " JOIN feeds fd ON fd.id = a.feed_id JOIN article_features f ON f.article_id = a.id"
                " WHERE a.id <> ?"_s,
                {match.isEmpty() ? u"\"\""_s : match, articleId - window, articleId + window, candidates,
                 target.storyCluster, articleId, ClusterSide, target.storyCluster, articleId, ClusterSide,
                 articleId});
        if (!pool)
            return pool.error();
        while (pool.value().next()) {
            const qint64 id = pool.value().value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            RelatedCandidate c = candidateFrom(pool.value(), 1);
            c.id = id;
            into.append(std::move(c));
        }
        pool.value().finish();
        return {};
    };
    QList<RelatedCandidate> pooled;
    QSet<qint64> seen;
    if (auto fetched = fetchPool(words, pooled, seen); !fetched)
        return fetched.error();

    RelatedScorer::Options options;
    options.limit = limit;
    options.halfLifeHours = 24.0 * 14;
    options.recencyWeight = 0.3;
    // A short target's query is widened by its best matches' words: their
    // frequencies too (a few hundred terms at most, one lookup).
    QSet<quint32> known(target.vector.terms().cbegin(), target.vector.terms().cend());
    const auto loadFeedbackFrequencies = [&](const QList<qsizetype> &sources) -> Result<> {
        QList<qint64> missing;
        for (qsizetype index : sources) {
            for (quint32 term : pooled[index].vector.terms()) {
                if (!known.contains(term)) {
                    known.insert(term);
                    missing.append(qint64(term));
                }
            }
        }
        return missing.isEmpty() ? Result<>() : loadFrequencies(m_db, missing, df);
    };
    const QList<qsizetype> sources = RelatedScorer::feedbackSources(target, pooled, df, options);
    if (auto loaded = loadFeedbackFrequencies(sources); !loaded)
        return loaded.error();
    if (!sources.isEmpty()) {
        // A few words find few articles: search again with the words of the
        // best matches' titles and summaries (what feedback adds to the
        // query), so the widened query has more to choose from.
        QList<qint64> ids;
        for (qsizetype index : sources)
            ids.append(pooled[index].id);
        auto texts = SqlUtil::run(m_db, u"SELECT title, summary FROM articles WHERE id IN (SELECT value FROM json_each(?))"_s,
                                  {SqlUtil::idList(ids)});
        if (!texts)
            return texts.error();
        QStringList more;
        while (texts.value().next()) {
            for (const QString &word : candidateWords(texts.value().value(0).toString(),
                                                      texts.value().value(1).toString())) {
                if (!words.contains(word) && !more.contains(word))
                    more.append(word);
            }
        }
        texts.value().finish();
        if (!more.isEmpty()) {
            QList<qint64> moreTerms;
            for (const QString &word : std::as_const(more)) {
                if (const auto term = wordTerm(word); term && !known.contains(*term)) {
                    known.insert(*term);
                    moreTerms.append(qint64(*term));
                }
            }
            if (!moreTerms.isEmpty()) {
                if (auto loaded = loadFrequencies(m_db, moreTerms, df); !loaded)
                    return loaded.error();
            }
            if (auto fetched = fetchPool(more, pooled, seen); !fetched)
                return fetched.error();
            // The larger pool may hold better feedback sources.
            if (auto loaded = loadFeedbackFrequencies(RelatedScorer::feedbackSources(target, pooled, df, options));
                !loaded)
                return loaded.error();
        }
    }
    m_candidatesScored += pooled.size();
    const QList<RelatedItem> ranked = RelatedScorer::rank(target, pooled, df, options);

    QList<Related> out;
    for (const RelatedItem &item : ranked) {
        auto row = SqlUtil::run(m_db,
                                u"SELECT a.feed_id, coalesce(fd.title, fd.url), a.title, a.link, a.summary"
                                " FROM articles a JOIN feeds fd ON fd.id = a.feed_id WHERE a.id = ?"_s,
                                {item.id});
        if (!row)
            return row.error();
        if (!row.value().next())
            continue;
        const QSqlQuery &x = row.value();
        QString line = oneLineSummary(x.value(4).toString(), {});
        if (line.isEmpty()) {
            // Only then the text, which lies on the row's overflow pages.
            auto text = SqlUtil::run(m_db, u"SELECT content_text FROM articles WHERE id = ?"_s, {item.id});
            if (!text)
                return text.error();
            if (text.value().next())
                line = oneLineSummary({}, text.value().value(0).toString());
        }
        out.append({item.id, x.value(0).toLongLong(), x.value(1).toString(), x.value(2).toString(),
                    x.value(3).toString(), line, item.score, item.sameStory});
    }
    return out;
}

Result<QStringList> RelatedStories::alsoCoveredBy(qint64 articleId) const
{
    // The story's members stored nearest this article, as for the related
    // pool: a story told thousands of times is not read whole to name the
    // outlets that told it alongside this one.
    constexpr qint64 Side = 64;
    return SqlUtil::textColumn(
            m_db,
            u"WITH me(cluster, feed) AS (SELECT f.story_cluster, a.feed_id FROM article_features f"
            " JOIN articles a ON a.id = f.article_id WHERE f.article_id = ? AND f.story_cluster <> 0),"
            " other(id) AS (SELECT article_id FROM (SELECT article_id FROM article_features"
            " WHERE story_cluster = (SELECT cluster FROM me) AND article_id < ? ORDER BY article_id DESC LIMIT ?)"
            " UNION ALL SELECT article_id FROM (SELECT article_id FROM article_features"
            " WHERE story_cluster = (SELECT cluster FROM me) AND article_id > ? ORDER BY article_id LIMIT ?))"
            " SELECT DISTINCT coalesce(fd.title, fd.url) FROM other JOIN articles a ON a.id = other.id"
            " JOIN feeds fd ON fd.id = a.feed_id WHERE a.feed_id <> (SELECT feed FROM me)"_s,
            {articleId, articleId, Side, articleId, Side});
}
