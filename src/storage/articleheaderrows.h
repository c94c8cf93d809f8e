#pragma once

#include "article.h"
#include "result.h"

#include <QSqlQuery>

// What a list row shows, read the same way by every list statement.
namespace ArticleHeaderRows {

// "SELECT <row columns> FROM articles a JOIN feeds f … LEFT JOIN
// article_features s …": append WHERE and ORDER BY to it.
QString select();
// `INDEXED BY index` placed on the articles table of select().
QString selectIndexedBy(const QString &index);
Result<QList<ArticleHeader>> read(Result<QSqlQuery> q);

} // namespace ArticleHeaderRows
