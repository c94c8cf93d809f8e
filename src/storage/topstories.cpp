#include "topstories.h"

#include "sqlutil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

TopStoriesQuery::TopStoriesQuery(QSqlDatabase db) : m_db(std::move(db)) { }

Result<QList<TopStory>> TopStoriesQuery::since(const QDateTime &since, int minSources, int limit) const
{
    const QVariant from = SqlUtil::fromTime(since);
    auto clusters = SqlUtil::run(m_db,
                                 u"SELECT af.story_cluster, count(DISTINCT a.feed_id) AS sources, max(a.sort_time) AS newest"
                                 " FROM articles a JOIN article_features af ON af.article_id = a.id"
                                 " WHERE a.sort_time >= ? AND af.story_cluster <> 0"
                                 " AND a.feed_id NOT IN (SELECT id FROM feeds WHERE deleted_at IS NOT NULL)"
                                 " GROUP BY af.story_cluster HAVING count(DISTINCT a.feed_id) >= ?"
                                 " ORDER BY sources DESC, newest DESC LIMIT ?"_s,
                                 {from, qMax(1, minSources), qBound(1, limit, 1000)});
    if (!clusters)
        return clusters.error();
    QList<qint64> ids;
    while (clusters.value().next())
        ids.append(clusters.value().value(0).toLongLong());
    clusters.value().finish();

    QList<TopStory> stories;
    for (qint64 cluster : std::as_const(ids)) {
        auto rows = SqlUtil::run(m_db,
                                 u"SELECT a.id, coalesce(a.title, ''), coalesce(nullif(f.title, ''), f.url), a.sort_time"
                                 " FROM article_features af JOIN articles a ON a.id = af.article_id"
                                 " JOIN feeds f ON f.id = a.feed_id"
                                 " WHERE af.story_cluster = ? AND a.sort_time >= ? AND f.deleted_at IS NULL"
                                 " ORDER BY a.sort_time DESC, a.id DESC"_s,
                                 {cluster, from});
        if (!rows)
            return rows.error();
        TopStory story;
        while (rows.value().next()) {
            const QSqlQuery &r = rows.value();
            if (story.articleIds.isEmpty()) {
                story.articleId = r.value(0).toLongLong();
                story.title = r.value(1).toString();
                story.newest = SqlUtil::toTime(r.value(3));
            }
            story.articleIds.append(r.value(0).toLongLong());
            const QString source = r.value(2).toString();
            if (!story.sources.contains(source))
                story.sources.append(source);
        }
        if (!story.articleIds.isEmpty())
            stories.append(story);
    }
    return stories;
}
