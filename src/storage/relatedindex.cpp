#include "relatedindex.h"
#include "sqlutil.h"

#include "related/storyclusterer.h"
#include "related/storysignature.h"
#include "related/termvector.h"

#include <QHash>

#include <algorithm>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Runs a statement of one parameter for `id`: true with its first row at
// hand, false for none.
Result<bool> stepFor(SqlUtil::RawStatement &statement, qint64 id)
{
    statement.reset();
    statement.bind(1, id);
    return statement.step();
}

// Adds `delta` for each term of an encoded term vector, and for the
// document itself (DocumentCountRow), to `changes`.
void countTerms(const QByteArray &blob, int delta, QHash<qint64, int> &changes)
{
    const auto vector = TermVector::decode(blob);
    if (!vector || vector->isEmpty())
        return;
    changes[RelatedIndex::DocumentCountRow] += delta;
    for (quint32 term : vector->terms())
        changes[qint64(term)] += delta;
}

} // namespace

RelatedIndex::RelatedIndex(QSqlDatabase db, StoryBandIndex *bands)
    : m_db(db),
      m_statements(db),
      m_raw(std::move(db)),
      m_ownBands(bands ? nullptr : std::make_unique<StoryBandIndex>()),
      m_bands(bands ? bands : m_ownBands.get())
{
}

namespace {

// How long a band is kept after the newest article indexed: the same-story
// window, and a day for articles arriving late.
qint64 bandKeepSeconds()
{
    return StoryClusterer::Options{}.windowSeconds + 24 * 3600;
}

} // namespace

Result<> RelatedIndex::loadBands()
{
    // PRAGMA data_version changes when another connection commits: another
    // process may have indexed articles this band index has not seen.
    auto version = m_raw.get("PRAGMA data_version");
    if (!version)
        return version.error();
    auto read = version.value()->step();
    if (!read)
        return read.error();
    const qint64 dataVersion = read.value() ? version.value()->int64(0) : 0;
    version.value()->reset();
    if (m_bands->isLoaded() && m_bands->loadedVersion() == dataVersion)
        return {};
    if (m_bands->isLoaded()) {
        // Only the window's articles are read again; this connection's own
        // commits do not change the version.
        m_bands->clear();
    }
    // The newest indexed article (walked down the time index to the first
    // with features), then the window's articles before it, newest first.
    auto newest = m_raw.get("SELECT a.sort_time FROM articles a JOIN article_features f ON f.article_id = a.id"
                            " ORDER BY a.sort_time DESC LIMIT 1");
    if (!newest)
        return newest.error();
    auto found = newest.value()->step();
    if (!found)
        return found.error();
    if (found.value()) {
        const qint64 since = newest.value()->int64(0) - bandKeepSeconds();
        newest.value()->reset();
        auto window = m_raw.get("SELECT a.id, a.sort_time, f.signature FROM articles a"
                                " JOIN article_features f ON f.article_id = a.id"
                                " WHERE a.sort_time >= ? ORDER BY a.sort_time DESC LIMIT ?");
        if (!window)
            return window.error();
        SqlUtil::RawStatement &rows = *window.value();
        rows.bind(1, since);
        rows.bind(2, qint64(StoryBandIndex::MaxArticles));
        for (;;) {
            auto row = rows.step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const auto signature = StorySignature::decode(rows.blob(2));
            if (signature && !signature->isEmpty())
                m_bands->fill(rows.int64(0), rows.int64(1), signature->bandKeys());
        }
        rows.reset();
    }
    newest.value()->reset();
    m_bands->settle();
    m_bands->setLoaded(dataVersion);
    return {};
}

Result<qint64> RelatedIndex::clusterFor(const Entry &entry)
{
    const auto signature = StorySignature::decode(entry.signature);
    if (!signature || signature->isEmpty())
        return qint64(0);
    const qint64 articleId = entry.articleId;
    const QList<quint64> bandKeys = signature->bandKeys();
    // The articles sharing the most bands are the likeliest copies: ranked
    // from the band index alone, then checked one by one, signature first,
    // the article's feed and date only for a match. One shared band is what
    // chance gives; a copy at the similarity threshold (0.28, 64 bands of 2
    // rows) shares two or more with probability 0.965, at 0.35 with 0.998.
    // Each band is read newest first and at most kRowsPerBand deep, so the
    // entries read per new article are bounded by bands x kRowsPerBand
    // whatever the window holds. A band shared by thousands of articles
    // (templated feeds, wire copy, boilerplate) used to make every new
    // article read and sort all of them; a true copy is recent and shares
    // many bands, so it is still among the entries read.
    constexpr int kRowsPerBand = 256;
    const QHash<qint64, int> shared = m_bands->sharing(bandKeys, articleId, kRowsPerBand, m_bandRowsRead);
    m_bands->add(articleId, entry.sortTime, bandKeys); // found by the rest of the batch
    QList<std::pair<int, qint64>> ranked; // (shared bands, article id)
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        if (it.value() >= 2)
            ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), std::greater<>());
    if (ranked.size() > 100)
        ranked.resize(100);

    const StoryItem self{articleId, entry.feedId, entry.published, *signature};
    const StoryClusterer::Options options;
    auto features = m_raw.get("SELECT signature, story_cluster FROM article_features WHERE article_id = ?");
    if (!features)
        return features.error();
    auto article = m_raw.get("SELECT feed_id, published FROM articles WHERE id = ?");
    if (!article)
        return article.error();
    for (const auto &[bands, id] : std::as_const(ranked)) {
        SqlUtil::RawStatement &f = *features.value();
        auto found = stepFor(f, id);
        if (!found)
            return found.error();
        if (!found.value())
            continue;
        const auto other = StorySignature::decode(f.blob(0));
        qint64 cluster = f.int64(1);
        f.reset();
        if (!other || signature->similarity(*other) < options.threshold)
            continue;
        SqlUtil::RawStatement &a = *article.value();
        auto row = stepFor(a, id);
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        const StoryItem candidate{id, a.int64(0),
                                  a.isNull(1) ? QDateTime() : QDateTime::fromSecsSinceEpoch(a.int64(1), Qt::UTC),
                                  *other};
        a.reset();
        if (!StoryClusterer::sameStory(self, candidate, options))
            continue;
        if (cluster == 0) { // the first match founds the cluster
            cluster = candidate.id;
            auto set = m_raw.get("UPDATE article_features SET story_cluster = ? WHERE article_id = ?");
            if (!set)
                return set.error();
            set.value()->bind(1, cluster);
            set.value()->bind(2, candidate.id);
            if (auto done = set.value()->step(); !done)
                return done.error();
            set.value()->reset();
        }
        return cluster;
    }
    return qint64(0);
}

Result<> RelatedIndex::index(const QList<Entry> &entries)
{
    // The vectors the batch replaces (articles indexed before, whose text
    // changed): their terms leave the frequencies.
    QList<qint64> ids;
    for (const Entry &entry : entries)
        if (!entry.vector.isEmpty())
            ids.append(entry.articleId);
    if (ids.isEmpty())
        return {};
    if (auto loaded = loadBands(); !loaded)
        return loaded;
    QHash<qint64, int> changes;
    auto old = m_statements.run(u"SELECT vector FROM article_features"
                                " WHERE article_id IN (SELECT value FROM json_each(?))"_s,
                                {SqlUtil::idList(ids)});
    if (!old)
        return old.error();
    while (old.value()->next())
        countTerms(old.value()->value(0).toByteArray(), -1, changes);
    old.value()->finish();
    for (const Entry &entry : entries)
        countTerms(entry.vector, +1, changes);
    if (auto done = applyFrequencyChanges(changes); !done)
        return done;
    for (const Entry &entry : entries) {
        if (entry.vector.isEmpty())
            continue;
        auto cluster = clusterFor(entry);
        if (!cluster)
            return cluster.error();
        auto store = m_raw.get("INSERT OR REPLACE INTO article_features (article_id, vector, signature,"
                               " story_cluster) VALUES (?, ?, ?, ?)");
        if (!store)
            return store.error();
        SqlUtil::RawStatement &row = *store.value();
        row.bind(1, entry.articleId);
        row.bindBlob(2, entry.vector);
        row.bindBlob(3, entry.signature);
        row.bind(4, cluster.value());
        if (auto done = row.step(); !done)
            return done.error();
        row.reset();
    }
    m_bands->settle();
    return {};
}

Result<> RelatedIndex::applyFrequencyChanges(const QHash<qint64, int> &changes)
{
    // As JSON pairs [term, change]: one statement for the rises, one for the
    // falls (which never take a count below zero nor add a row).
    QByteArray rises = "[";
    QByteArray falls = "[";
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value() == 0)
            continue;
        QByteArray &into = it.value() > 0 ? rises : falls;
        if (into.size() > 1)
            into += ',';
        into += '[' + QByteArray::number(it.key()) + ',' + QByteArray::number(it.value()) + ']';
    }
    rises += ']';
    falls += ']';
    if (rises.size() > 2) {
        auto q = m_statements.run(u"INSERT INTO term_df (term, df) SELECT value ->> 0, value ->> 1 FROM json_each(?)"
                                  " WHERE true ON CONFLICT (term) DO UPDATE SET df = df + excluded.df"_s,
                                  {QString::fromLatin1(rises)});
        if (!q)
            return q.error();
    }
    if (falls.size() > 2) {
        auto q = m_statements.run(u"UPDATE term_df SET df = max(0, df + c.change)"
                                  " FROM (SELECT value ->> 0 AS term, value ->> 1 AS change FROM json_each(?)) AS c"
                                  " WHERE term_df.term = c.term"_s,
                                  {QString::fromLatin1(falls)});
        if (!q)
            return q.error();
    }
    return {};
}

void RelatedIndex::pruneBands()
{
    if (const qint64 newest = m_bands->newestSortTime(); newest > 0)
        m_bands->pruneBefore(newest - bandKeepSeconds());
}

Result<> RelatedIndex::forget(qint64 articleId)
{
    auto old = SqlUtil::run(m_db, u"SELECT vector FROM article_features WHERE article_id = ?"_s, {articleId});
    if (!old)
        return old.error();
    QHash<qint64, int> changes;
    if (old.value().next())
        countTerms(old.value().value(0).toByteArray(), -1, changes);
    old.value().finish();
    return applyFrequencyChanges(changes);
}
