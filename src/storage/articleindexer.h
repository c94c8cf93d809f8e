#pragma once

#include "relatedindex.h"
#include "result.h"
#include "sqlutil.h"

#include <QSqlDatabase>

class QThreadPool;

// Builds the search and related indexes of stored articles, behind the
// refresh: storing an article only queues it (resources/sql/0005), and this
// indexes the queue in batches, oldest first -- full-text entry, related
// features (computed here from the stored text), document frequencies and
// same-story cluster. Until then an article is listed and readable but not
// yet found by search or "More like this".
//
// When that queue is empty it works through search_queue (resources/sql/0006):
// articles that only need their full-text entry again, newest first, after
// the search index was rebuilt with a new layout.
class ArticleIndexer final
{
public:
    // Everything: both queues. NewArticles: index_queue only, all that
    // "More like this" needs.
    enum class Scope { Everything, NewArticles };

    // `bands`: the connection's same-story band index (see RelatedIndex).
    explicit ArticleIndexer(QSqlDatabase db, StoryBandIndex *bands = nullptr);

    // Indexes up to `limit` queued articles in one transaction (the write
    // lock is held for that batch only); returns how many were indexed. With
    // only full-text entries to write, up to SearchOnlyPerArticle times as
    // many: each costs that much less. The articles' features are computed
    // on `pool`'s threads when given (while this thread writes the
    // full-text entries), else on this one.
    Result<int> indexPending(int limit = DefaultBatch, Scope scope = Scope::Everything, QThreadPool *pool = nullptr);
    // Indexes the whole queue, a batch at a time.
    Result<qint64> indexAll(Scope scope = Scope::Everything, QThreadPool *pool = nullptr);
    Result<qint64> pendingCount() const;

    // One transaction each: larger batches write the search index's
    // segments fewer times (at 64, the commits were a sixth of the cost).
    static constexpr int DefaultBatch = 256;
    static constexpr int SearchOnlyPerArticle = 8;

    // Band entries the same-story search read so far (see RelatedIndex).
    qint64 bandRowsRead() const { return m_related.bandRowsRead(); }

private:
    Result<int> indexSearchOnly(int limit);
    Result<> addSearchEntries(const QString &idList);
    // Takes a batch off its queue and commits: the batch's size, or why not.
    Result<int> dequeue(SqlUtil::Transaction &tx, const QString &deleteFromQueue, const QString &idList, int count);

    QSqlDatabase m_db;
    // Kept across batches: their statements are prepared once per indexer.
    SqlUtil::StatementCache m_statements;
    RelatedIndex m_related;
};
