#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QUrl>

struct SearchHit
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString feedTitle;
    QString title;
    QUrl link;
    QDateTime published;
    double score = 0; // higher is better
    QString snippet;  // matches marked with [ and ]
};

// Full-text search (FTS5, ranked by BM25 with title matches weighted most,
// over the newest matches when a word is very common).
class SearchRepository final
{
public:
    // Relevance is ranked over at most `rankingPool` matches, the newest.
    static constexpr int DefaultRankingPool = 2000;
    explicit SearchRepository(QSqlDatabase db, int rankingPool = DefaultRankingPool);

    Result<QList<SearchHit>> search(const QString &query, int limit = 20) const;

    // Turns what a person types into an FTS5 query that cannot be a syntax
    // error: words and "quoted phrases" are kept, a trailing * makes a prefix,
    // every other FTS5 operator character is dropped. Empty if nothing is left.
    static QString toMatchExpression(const QString &query);

private:
    QSqlDatabase m_db;
    int m_rankingPool;
};
