#include "articleindexer.h"
#include "article.h"
#include "relatedindex.h"
#include "sqlutil.h"
#include "threadpriority.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

using namespace Qt::StringLiterals;

ArticleIndexer::ArticleIndexer(QSqlDatabase db, StoryBandIndex *bands) : m_db(db), m_statements(db), m_related(db, bands) { }

Result<int> ArticleIndexer::indexPending(int limit, Scope scope, QThreadPool *pool)
{
    // Nothing queued is the common case: answered by a read, so a caller
    // (`masthead search` while the app writes) never waits for the write lock.
    auto any = SqlUtil::run(m_db, u"SELECT EXISTS (SELECT 1 FROM index_queue), EXISTS (SELECT 1 FROM search_queue)"_s);
    if (!any)
        return any.error();
    const bool next = any.value().next();
    const bool queued = next && any.value().value(0).toBool();
    const bool searchQueued = next && any.value().value(1).toBool();
    any.value().finish();
    if (!queued)
        return searchQueued && scope == Scope::Everything ? indexSearchOnly(limit * SearchOnlyPerArticle) : 0;
    // The batch is read and indexed inside the write transaction: an article
    // changed between reading and indexing would otherwise be indexed with
    // features of its old text and leave the queue.
    // Every row written refers to an article read in this transaction: no
    // key to check (and none of the statement journals checking them costs).
    const SqlUtil::ForeignKeysOff keysOff(m_db);
    SqlUtil::Transaction tx(m_db);
    auto batch = m_statements.run(u"SELECT q.article_id, a.feed_id, a.published, a.title, a.summary,"
                              " a.content_text, a.sort_time FROM index_queue q JOIN articles a ON a.id = q.article_id"
                              " ORDER BY q.article_id LIMIT ?"_s,
                              {qMax(1, limit)});
    if (!batch)
        return batch.error();
    struct Pending
    {
        RelatedIndex::Entry entry; // its features computed below
        QString title, summary, text;
    };
    QList<Pending> pending;
    for (QSqlQuery &q = *batch.value(); q.next();) {
        pending.append({{q.value(0).toLongLong(), q.value(1).toLongLong(), SqlUtil::toTime(q.value(2)),
                         q.value(6).toLongLong(), {}, {}},
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    batch.value()->finish();
    if (pending.isEmpty()) {
        // Rows whose article is gone cannot stay (the delete trigger removes
        // them, but a queue must never be able to stall on one).
        if (auto q = SqlUtil::run(m_db, u"DELETE FROM index_queue WHERE article_id NOT IN"
                                        " (SELECT id FROM articles)"_s);
            !q)
            return q.error();
        if (auto done = tx.commit(); !done)
            return done.error();
        return 0;
    }
    // The features are pure functions of the text: computed on the pool
    // (below the window's priority) while this thread (the writer) adds the
    // batch's full-text entries, which need none of them.
    const auto compute = [](Pending &p) {
        const ArticleFeatures features = computeArticleFeatures(p.title, p.summary, p.text);
        p.entry.vector = features.termVector;
        p.entry.signature = features.storySignature;
    };
    QList<qint64> ids;
    for (const Pending &p : std::as_const(pending))
        ids.append(p.entry.articleId);
    const QString idList = SqlUtil::idList(ids);
    {
        QFuture<void> computing;
        // Waited for on every way out of this block: the pool works on `pending`.
        const auto waitForFeatures = qScopeGuard([&computing] { computing.waitForFinished(); });
        if (pool)
            computing = QtConcurrent::map(pool, pending, [&compute](Pending &p) {
                lowerThisThreadsPriority();
                compute(p);
            });
        if (auto added = addSearchEntries(idList); !added)
            return added.error();
        if (!pool)
            std::for_each(pending.begin(), pending.end(), compute);
    }
    QList<RelatedIndex::Entry> entries;
    entries.reserve(pending.size());
    for (Pending &p : pending)
        entries.append(std::move(p.entry));
    if (auto done = m_related.index(entries); !done)
        return done.error();
    m_related.pruneBands();
    return dequeue(tx, u"DELETE FROM index_queue WHERE article_id IN (SELECT value FROM json_each(?))"_s, idList,
                   int(ids.size()));
}

Result<int> ArticleIndexer::dequeue(SqlUtil::Transaction &tx, const QString &deleteFromQueue, const QString &idList,
                                    int count)
{
    if (auto q = m_statements.run(deleteFromQueue, {idList}); !q)
        return q.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return count;
}

Result<> ArticleIndexer::addSearchEntries(const QString &idList)
{
    auto q = m_statements.run(u"INSERT INTO articles_fts (rowid, title, author, summary, content_text)"
                              " SELECT id, title, author, summary, content_text FROM articles"
                              " WHERE id IN (SELECT value FROM json_each(?))"_s,
                              {idList});
    if (!q)
        return q.error();
    return {};
}

Result<int> ArticleIndexer::indexSearchOnly(int limit)
{
    SqlUtil::Transaction tx(m_db);
    auto batch = m_statements.run(u"SELECT article_id FROM search_queue ORDER BY article_id DESC LIMIT ?"_s,
                                  {qMax(1, limit)});
    if (!batch)
        return batch.error();
    QList<qint64> ids;
    while (batch.value()->next())
        ids.append(batch.value()->value(0).toLongLong());
    batch.value()->finish();
    // A row whose article is gone gets no entry and leaves the queue too.
    const QString idList = SqlUtil::idList(ids);
    if (auto added = addSearchEntries(idList); !added)
        return added.error();
    return dequeue(tx, u"DELETE FROM search_queue WHERE article_id IN (SELECT value FROM json_each(?))"_s, idList,
                   int(ids.size()));
}

Result<qint64> ArticleIndexer::indexAll(Scope scope, QThreadPool *pool)
{
    qint64 total = 0;
    for (;;) {
        auto done = indexPending(DefaultBatch, scope, pool);
        if (!done)
            return done.error();
        if (done.value() == 0)
            return total;
        total += done.value();
    }
}

Result<qint64> ArticleIndexer::pendingCount() const
{
    auto q = SqlUtil::run(m_db, u"SELECT (SELECT count(*) FROM index_queue) + (SELECT count(*) FROM search_queue)"_s);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}
