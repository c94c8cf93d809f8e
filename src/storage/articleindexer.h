#pragma once

#include "relatedindex.h"
#include "result.h"
#include "sqlutil.h"

#include <QSqlDatabase>

// Builds the search and related indexes of stored articles, behind the
// refresh: storing an article only queues it (resources/sql/0005), and this
// indexes the queue in batches, oldest first -- full-text entry, related
// features (computed here from the stored text), document frequencies and
// same-story cluster. Until then an article is listed and readable but not
// yet found by search or "More like this".
class ArticleIndexer final
{
public:
    explicit ArticleIndexer(QSqlDatabase db);

    // Indexes up to `limit` queued articles in one transaction (the write
    // lock is held for that batch only); returns how many were indexed.
    Result<int> indexPending(int limit = DefaultBatch);
    // Indexes the whole queue, a batch at a time.
    Result<qint64> indexAll();
    Result<qint64> pendingCount() const;

    static constexpr int DefaultBatch = 64;

private:
    QSqlDatabase m_db;
    // Kept across batches: their statements are prepared once per indexer.
    SqlUtil::StatementCache m_statements;
    RelatedIndex m_related;
};
