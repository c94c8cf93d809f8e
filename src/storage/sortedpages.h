#pragma once

#include "articlerepository.h"

// Pages of an article list in an order other than newest first: oldest
// first, by title, by source. Keyset-paged like the default order. A list
// with few candidate rows (a small category, the unread or starred of a big
// one) is sorted for each page; a larger one walks an index in list order,
// so a page of a million-article library reads about a page of rows.
class SortedPages final
{
public:
    SortedPages(QSqlDatabase db, qint64 sortBudget);

    Result<QList<ArticleHeader>> page(const ArticleQuery &query) const;

private:
    Result<bool> fitsBudget(const ArticleQuery &query) const;
    Result<QList<ArticleHeader>> pageUsing(const ArticleQuery &query, const QString &index) const;
    Result<QList<ArticleHeader>> walkSources(const ArticleQuery &query) const;
    Result<QList<qint64>> sourcesFrom(const ArticleQuery &query) const;

    QSqlDatabase m_db;
    qint64 m_sortBudget = 0;
};
