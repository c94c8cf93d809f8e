#include "articleheaderrows.h"
#include "sqlutil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ArticleHeaderRows {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArticleHeaderRows)
};

// `a` is the article, `f` its feed, `s` its features.
constexpr auto Columns =
        "SELECT a.id, a.feed_id, coalesce(f.title, f.url), a.title, a.author, a.published,"
        " a.read, a.starred, a.sort_time, coalesce(s.story_cluster, 0),"
        " CASE WHEN coalesce(s.story_cluster, 0) = 0 THEN 1 ELSE"
        " (SELECT count(*) FROM article_features c WHERE c.story_cluster <> 0 AND c.story_cluster = s.story_cluster)"
        " END, f.deleted_at IS NOT NULL"
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
        // A starred article kept from a feed the person deleted says so.
        const QString source = r.value(11).toBool() ? Tr::tr("%1 (unsubscribed)").arg(r.value(2).toString())
                                                    : r.value(2).toString();
        out.append({r.value(0).toLongLong(), r.value(1).toLongLong(), source,
                    r.value(3).toString(), r.value(4).toString(), SqlUtil::toTime(r.value(5)),
                    r.value(6).toBool(), r.value(7).toBool(), r.value(8).toLongLong(),
                    r.value(9).toLongLong(), r.value(10).toInt(), {}});
    }
    return out;
}

} // namespace ArticleHeaderRows
