#pragma once

#include "result.h"
#include "searchhit.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QUrl>

// Full-text search (FTS5, ranked by BM25 with title matches weighted most,
// over the newest matches when a word is very common).
class SearchRepository final
{
public:
    // Relevance is ranked over at most `rankingPool` matches, the newest.
    static constexpr int DefaultRankingPool = 2000;
    explicit SearchRepository(QSqlDatabase db, int rankingPool = DefaultRankingPool);

    // With feedIds, only their articles are searched (the window's search in
    // one category).
    Result<QList<SearchHit>> search(const QString &query, int limit = 20,
                                    const QList<qint64> &feedIds = {}) const;

    // Turns what a person types into an FTS5 query that cannot be a syntax
    // error: words and "quoted phrases" are kept, a trailing * makes a prefix,
    // every other FTS5 operator character is dropped. Empty if nothing is left.
    static QString toMatchExpression(const QString &query);

private:
    QSqlDatabase m_db;
    int m_rankingPool;
};
