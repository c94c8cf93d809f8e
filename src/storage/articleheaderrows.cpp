#include "articleheaderrows.h"
#include "sqlutil.h"

using namespace Qt::StringLiterals;

namespace ArticleHeaderRows {

namespace {

// `a` is the article, `f` its feed, `s` its features.
constexpr auto Columns =
        "SELECT a.id, a.feed_id, coalesce(f.title, f.url), a.title, a.author, a.published,"
        " a.read, a.starred, a.sort_time, coalesce(s.story_cluster, 0),"
        " CASE WHEN coalesce(s.story_cluster, 0) = 0 THEN 1 ELSE"
        " (SELECT count(*) FROM article_features c WHERE c.story_cluster <> 0 AND c.story_cluster = s.story_cluster)"
        " END"
        " FROM articles a"_L1;
constexpr auto Joins = " JOIN feeds f ON f.id = a.feed_id LEFT JOIN article_features s ON s.article_id = a.id"_L1;

} // namespace

QString select()
{
    return Columns + Joins;
}

QString selectIndexedBy(const QString &index)
{
    // Index names come from this layer's own constants, never from input.
    return Columns + u" INDEXED BY "_s + index + Joins;
}

Result<QList<ArticleHeader>> read(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<ArticleHeader> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                    r.value(3).toString(), r.value(4).toString(), SqlUtil::toTime(r.value(5)),
                    r.value(6).toBool(), r.value(7).toBool(), r.value(8).toLongLong(),
                    r.value(9).toLongLong(), r.value(10).toInt()});
    }
    return out;
}

} // namespace ArticleHeaderRows
