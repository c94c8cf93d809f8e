#include "sortedpages.h"
#include "articleheaderrows.h"
#include "sqlutil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr auto TitleKey = "ifnull(a.title, '') COLLATE NOCASE"_L1;
constexpr auto SourceKey = "coalesce(f.title, f.url) COLLATE NOCASE"_L1;

bool descending(ArticleOrder order)
{
    return order == ArticleOrder::TitleDescending || order == ArticleOrder::SourceDescending;
}

bool bySource(ArticleOrder order)
{
    return order == ArticleOrder::SourceAscending || order == ArticleOrder::SourceDescending;
}

// The list's filters; `walkingOrder`: keep the feed filter off the feed
// index so SQLite walks the order's index.
void appendFilters(QString &sql, QVariantList &values, const ArticleQuery &query, bool walkingOrder)
{
    if (!query.feedIds.isEmpty()) {
        sql += walkingOrder ? u" AND +a.feed_id IN (SELECT value FROM json_each(?))"_s
                            : u" AND a.feed_id IN (SELECT value FROM json_each(?))"_s;
        values.append(SqlUtil::idList(query.feedIds));
    }
    // Literal values, so that the partial indexes (WHERE read = 0, WHERE
    // starred = 1) apply.
    if (query.unreadOnly)
        sql += u" AND a.read = 0"_s;
    if (query.starredOnly)
        sql += u" AND a.starred = 1"_s;
}

// Rows after the previous page's last one, and the ORDER BY, for the order.
void appendKeysetAndOrder(QString &sql, QVariantList &values, const ArticleQuery &query)
{
    const bool desc = descending(query.order);
    const QString after = desc ? u"<"_s : u">"_s;
    const QString dir = desc ? u" DESC"_s : QString();
    switch (query.order) {
    case ArticleOrder::Newest:
    case ArticleOrder::Oldest: {
        const bool newest = query.order == ArticleOrder::Newest;
        if (query.after) {
            sql += newest ? u" AND (a.sort_time, a.id) < (?, ?)"_s : u" AND (a.sort_time, a.id) > (?, ?)"_s;
            values << query.after->first << query.after->second;
        }
        sql += newest ? u" ORDER BY a.sort_time DESC, a.id DESC"_s : u" ORDER BY a.sort_time, a.id"_s;
        return;
    }
    case ArticleOrder::TitleAscending:
    case ArticleOrder::TitleDescending:
        if (query.after) {
            // A range on the title index, then the ties with the last row cut by id.
            sql += u" AND "_s + TitleKey + (desc ? u" <= ?"_s : u" >= ?"_s) + u" AND NOT ("_s + TitleKey
                    + u" = ? AND a.id "_s + (desc ? u">="_s : u"<="_s) + u" ?)"_s;
            // A null QString would bind as NULL, which no title equals.
            const QString title = query.afterTitle.isNull() ? u""_s : query.afterTitle;
            values << title << title << query.after->second;
        }
        sql += u" ORDER BY "_s + TitleKey + dir + u", a.id"_s + dir;
        return;
    case ArticleOrder::SourceAscending:
    case ArticleOrder::SourceDescending:
        if (query.after) {
            sql += u" AND ("_s + SourceKey + u" "_s + after + u" ? OR ("_s + SourceKey + u" = ? AND (a.feed_id "_s
                    + after + u" ? OR (a.feed_id = ? AND (a.sort_time, a.id) < (?, ?)))))"_s;
            values << query.afterFeedTitle << query.afterFeedTitle << query.afterFeedId << query.afterFeedId
                   << query.after->first << query.after->second;
        }
        sql += u" ORDER BY "_s + SourceKey + dir + u", a.feed_id"_s + dir + u", a.sort_time DESC, a.id DESC"_s;
        return;
    }
}

} // namespace

SortedPages::SortedPages(QSqlDatabase db, qint64 sortBudget) : m_db(std::move(db)), m_sortBudget(sortBudget)
{
}

Result<QList<ArticleHeader>> SortedPages::page(const ArticleQuery &query) const
{
    // Starred articles are few: sorting them is always cheaper than a walk.
    if (query.starredOnly)
        return pageUsing(query, u"articles_starred"_s);
    auto small = fitsBudget(query);
    if (!small)
        return small.error();
    if (small.value()) {
        if (query.unreadOnly)
            return pageUsing(query, u"articles_unread_time"_s);
        return pageUsing(query, query.feedIds.isEmpty() ? QString() : u"articles_feed_time"_s);
    }
    if (bySource(query.order))
        return walkSources(query);
    return pageUsing(query, query.order == ArticleOrder::Oldest ? u"articles_time"_s : u"articles_title"_s);
}

// Whether the list's candidate rows (from the maintained per-feed counts,
// never a count over the articles) are few enough to sort for each page.
Result<bool> SortedPages::fitsBudget(const ArticleQuery &query) const
{
    QString sql = query.unreadOnly ? u"SELECT coalesce(sum(unread), 0) FROM feed_counts"_s
                                   : u"SELECT coalesce(sum(total), 0) FROM feed_counts"_s;
    QVariantList values;
    if (!query.feedIds.isEmpty()) {
        sql += u" WHERE feed_id IN (SELECT value FROM json_each(?))"_s;
        values.append(SqlUtil::idList(query.feedIds));
    }
    auto q = SqlUtil::run(m_db, sql, values);
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toLongLong() <= m_sortBudget;
}

// One page read through `index` (none: SQLite's choice): a narrow index
// whose rows are sorted, or the order's own index walked.
Result<QList<ArticleHeader>> SortedPages::pageUsing(const ArticleQuery &query, const QString &index) const
{
    QString sql = (index.isEmpty() ? ArticleHeaderRows::select() : ArticleHeaderRows::selectIndexedBy(index))
            + u" WHERE 1"_s;
    QVariantList values;
    appendFilters(sql, values, query, index != u"articles_feed_time"_s);
    appendKeysetAndOrder(sql, values, query);
    sql += u" LIMIT ?"_s;
    values.append(std::max(1, query.limit));
    return ArticleHeaderRows::read(SqlUtil::run(m_db, sql, values));
}

// The sources of the list in order, from the previous page's source on.
Result<QList<qint64>> SortedPages::sourcesFrom(const ArticleQuery &query) const
{
    const bool desc = descending(query.order);
    QString sql = u"SELECT f.id FROM feeds f JOIN feed_counts c ON c.feed_id = f.id WHERE "_s
            + (query.unreadOnly ? u"c.unread > 0"_s : u"c.total > 0"_s);
    QVariantList values;
    if (!query.feedIds.isEmpty()) {
        sql += u" AND f.id IN (SELECT value FROM json_each(?))"_s;
        values.append(SqlUtil::idList(query.feedIds));
    }
    if (query.after) {
        // That source itself too: its rows after the last one come first.
        const QString key = SourceKey;
        sql += u" AND ("_s + key + (desc ? u" < ?"_s : u" > ?"_s) + u" OR ("_s + key + u" = ? AND f.id "_s
                + (desc ? u"<="_s : u">="_s) + u" ?))"_s;
        values << query.afterFeedTitle << query.afterFeedTitle << query.afterFeedId;
    }
    sql += u" ORDER BY "_s + SourceKey + (desc ? u" DESC, f.id DESC"_s : u", f.id"_s);
    return SqlUtil::idColumn(m_db, sql, values);
}

// A source at a time, each from its own time index, until the page is full.
Result<QList<ArticleHeader>> SortedPages::walkSources(const ArticleQuery &query) const
{
    auto sources = sourcesFrom(query);
    if (!sources)
        return sources.error();
    const int limit = std::max(1, query.limit);
    QList<ArticleHeader> out;
    for (qint64 feedId : sources.value()) {
        QString sql = ArticleHeaderRows::select() + u" WHERE a.feed_id = ?"_s;
        QVariantList values{feedId};
        if (query.after && feedId == query.afterFeedId) {
            sql += u" AND (a.sort_time, a.id) < (?, ?)"_s;
            values << query.after->first << query.after->second;
        }
        if (query.unreadOnly)
            sql += u" AND a.read = 0"_s;
        sql += u" ORDER BY a.sort_time DESC, a.id DESC LIMIT ?"_s;
        values.append(limit - out.size());
        auto rows = ArticleHeaderRows::read(SqlUtil::run(m_db, sql, values));
        if (!rows)
            return rows.error();
        out.append(rows.value());
        if (out.size() >= limit)
            break;
    }
    return out;
}
