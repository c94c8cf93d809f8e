#include "feedrepository.h"
#include "relatedindex.h"
#include "sqlutil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

#define FEED_COLUMNS                                                                          \
    "id, coalesce(category_id, 0), url, title, site_url, description, etag, last_modified, "   \
    "last_fetched_at, last_status, last_error, refresh_minutes, gone, deleted_at IS NOT NULL, "   \
    "refresh_choice"

// Feeds to refresh: in subscribed categories (or in none), not gone nor
// deleted, and not an account's (its server fetches those; sync brings their
// articles).
#define SUBSCRIBED_FEEDS                                                                       \
    "gone = 0 AND deleted_at IS NULL AND (category_id IS NULL OR category_id IN"                                     \
    " (SELECT id FROM categories WHERE subscribed = 1))"                                      \
    " AND id NOT IN (SELECT feed_id FROM remote_feeds)"

namespace {

Feed feedFrom(const QSqlQuery &q)
{
    Feed f;
    f.id = q.value(0).toLongLong();
    f.categoryId = q.value(1).toLongLong();
    f.url = QUrl(q.value(2).toString());
    f.title = q.value(3).toString();
    f.siteUrl = QUrl(q.value(4).toString());
    f.description = q.value(5).toString();
    f.etag = q.value(6).toString().toUtf8();
    f.lastModified = q.value(7).toString().toUtf8();
    f.lastFetchedAt = SqlUtil::toTime(q.value(8));
    f.lastStatus = q.value(9).toInt();
    f.lastError = q.value(10).toString();
    f.refreshIntervalMinutes = q.value(11).toInt();
    f.gone = q.value(12).toBool();
    f.deleted = q.value(13).toBool();
    f.chosenRefreshMinutes = q.value(14).toInt();
    return f;
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

FeedRepository::FeedRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<qint64> FeedRepository::add(const Feed &feed)
{
    auto existing = findByUrl(feed.url);
    if (!existing)
        return existing.error();
    if (existing.value() && existing.value()->deleted) {
        // Subscribed again after a delete: the same row comes back (its
        // starred articles with it), where it is asked for.
        auto revived = SqlUtil::run(m_db,
                                    u"UPDATE feeds SET deleted_at = NULL, gone = 0, category_id = nullif(?, 0)"
                                    " WHERE id = ?"_s,
                                    {feed.categoryId, existing.value()->id});
        if (!revived)
            return revived.error();
    }
    if (existing.value())
        return existing.value()->id;
    auto q = SqlUtil::run(
            m_db,
            u"INSERT INTO feeds (category_id, url, title, site_url, description, refresh_minutes,"
            " gone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, strftime('%s', 'now'))"_s,
            {feed.categoryId ? QVariant(feed.categoryId) : QVariant(QMetaType(QMetaType::LongLong)),
             feed.url.toString(QUrl::FullyEncoded), nullable(feed.title),
             nullable(feed.siteUrl.toString(QUrl::FullyEncoded)), nullable(feed.description),
             feed.refreshIntervalMinutes, feed.gone ? 1 : 0});
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<QList<Feed>> FeedRepository::all() const
{
    auto q = SqlUtil::run(m_db, QStringLiteral("SELECT " FEED_COLUMNS " FROM feeds WHERE deleted_at IS NULL ORDER BY title, id"));
    if (!q)
        return q.error();
    QList<Feed> feeds;
    while (q.value().next())
        feeds.append(feedFrom(q.value()));
    return feeds;
}

Result<std::optional<Feed>> FeedRepository::find(qint64 id) const
{
    auto q = SqlUtil::run(m_db, QStringLiteral("SELECT " FEED_COLUMNS " FROM feeds WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Feed>();
    return std::optional<Feed>(feedFrom(q.value()));
}

Result<std::optional<Feed>> FeedRepository::findByUrl(const QUrl &url) const
{
    auto q = SqlUtil::run(m_db, QStringLiteral("SELECT " FEED_COLUMNS " FROM feeds WHERE url = ?"),
                          {url.toString(QUrl::FullyEncoded)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Feed>();
    return std::optional<Feed>(feedFrom(q.value()));
}

Result<QList<CategoryTreeBuilder::PlacedFeed>> FeedRepository::withCounts() const
{
    auto q = SqlUtil::run(
            m_db,
            u"SELECT f.id, coalesce(f.category_id, 0), coalesce(f.title, f.url), f.url, f.last_error,"
            " coalesce(c.unread, 0), coalesce(c.total, 0)"
            " FROM feeds f LEFT JOIN feed_counts c ON c.feed_id = f.id WHERE f.deleted_at IS NULL"
            " ORDER BY 3 COLLATE NOCASE, f.id"_s);
    if (!q)
        return q.error();
    QList<CategoryTreeBuilder::PlacedFeed> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(1).toLongLong(),
                    FeedNode{r.value(0).toLongLong(), r.value(2).toString(),
                             QUrl(r.value(3).toString()), r.value(5).toInt(), r.value(6).toInt(),
                             r.value(4).toString()}});
    }
    return out;
}

Result<QList<qint64>> FeedRepository::liveIds() const
{
    return SqlUtil::idColumn(m_db, u"SELECT id FROM feeds WHERE deleted_at IS NULL ORDER BY id"_s, {});
}

Result<bool> FeedRepository::anyDeleted() const
{
    auto q = SqlUtil::run(m_db, u"SELECT 1 FROM feeds WHERE deleted_at IS NOT NULL LIMIT 1"_s);
    if (!q)
        return q.error();
    return q.value().next();
}

Result<QList<qint64>> FeedRepository::inCategories(const QList<qint64> &categoryIds) const
{
    return SqlUtil::idColumn(m_db, u"SELECT id FROM feeds WHERE deleted_at IS NULL AND category_id IN (SELECT value FROM json_each(?))"_s,
                             {SqlUtil::idList(categoryIds)});
}

Result<QList<Feed>> FeedRepository::subscribed() const
{
    auto q = SqlUtil::run(m_db, QStringLiteral("SELECT " FEED_COLUMNS " FROM feeds WHERE " SUBSCRIBED_FEEDS
                                               " ORDER BY id"));
    if (!q)
        return q.error();
    QList<Feed> feeds;
    while (q.value().next())
        feeds.append(feedFrom(q.value()));
    return feeds;
}

Result<QList<FeedRefreshState>> FeedRepository::refreshStates() const
{
    auto q = SqlUtil::run(m_db, QStringLiteral("SELECT id, last_fetched_at, refresh_minutes, fresh_seconds,"
                                               " retry_after_until, failures, refresh_choice FROM feeds WHERE " SUBSCRIBED_FEEDS
                                               " ORDER BY id"));
    if (!q)
        return q.error();
    QList<FeedRefreshState> states;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        FeedRefreshState state;
        state.feedId = r.value(0).toLongLong();
        state.lastAttemptAt = SqlUtil::toTime(r.value(1));
        state.hintMinutes = r.value(2).toInt();
        if (!r.value(3).isNull())
            state.freshSeconds = r.value(3).toInt();
        state.retryAfterUntil = SqlUtil::toTime(r.value(4));
        state.failures = r.value(5).toInt();
        state.chosenMinutes = r.value(6).toInt();
        states.append(state);
    }
    return states;
}

Result<> FeedRepository::recordFetch(qint64 feedId, const FetchOutcome &o)
{
    const bool ok = o.error.isEmpty();
    const QVariant noInt(QMetaType(QMetaType::Int));
    const QVariant retryUntil = o.retryAfterSeconds
            ? SqlUtil::fromTime(o.fetchedAt.addSecs(qMax(0, *o.retryAfterSeconds)))
            : QVariant(QMetaType(QMetaType::LongLong));
    SqlUtil::Transaction tx(m_db);
    auto q = SqlUtil::run(
            m_db,
            u"UPDATE feeds SET last_fetched_at = CASE WHEN ? THEN ? ELSE last_fetched_at END,"
            " last_status = ?, last_error = ?,"
            " etag = CASE WHEN ? THEN ? ELSE etag END,"
            " last_modified = CASE WHEN ? THEN ? ELSE last_modified END,"
            " gone = ?, title = coalesce(nullif(title, ''), ?), site_url = coalesce(?, site_url),"
            " refresh_minutes = coalesce(?, refresh_minutes),"
            " fresh_seconds = CASE WHEN ? THEN ? ELSE fresh_seconds END,"
            " retry_after_until = CASE WHEN ? IS NOT NULL OR ? THEN ? ELSE retry_after_until END,"
            " failures = CASE WHEN ? THEN 0 WHEN ? THEN failures + 1 ELSE failures END"
            " WHERE id = ?"_s,
            {o.attempted ? 1 : 0, SqlUtil::fromTime(o.fetchedAt), o.httpStatus, nullable(o.error),
             ok ? 1 : 0, nullable(QString::fromUtf8(o.etag)),
             ok ? 1 : 0, nullable(QString::fromUtf8(o.lastModified)),
             o.gone ? 1 : 0, nullable(o.title),
             nullable(o.siteUrl.toString(QUrl::FullyEncoded)),
             o.refreshMinutes ? QVariant(qMax(0, *o.refreshMinutes)) : noInt,
             ok ? 1 : 0, o.freshSeconds ? QVariant(qMax(0, *o.freshSeconds)) : noInt,
             retryUntil, o.attempted ? 1 : 0, retryUntil,
             ok ? 1 : 0, o.attempted ? 1 : 0,
             feedId});
    if (!q)
        return q.error();
    if (o.newUrl.isValid() && !o.newUrl.isEmpty()) {
        // A feed already stored at the new address keeps its own row.
        auto moved = SqlUtil::run(m_db,
                                  u"UPDATE OR IGNORE feeds SET url = ? WHERE id = ?"_s,
                                  {o.newUrl.toString(QUrl::FullyEncoded), feedId});
        if (!moved)
            return moved.error();
    }
    return tx.commit();
}

Result<> FeedRepository::remove(qint64 feedId)
{
    SqlUtil::Transaction tx(m_db);
    auto doomed = SqlUtil::run(m_db, u"SELECT id FROM articles WHERE feed_id = ? AND starred = 0"_s, {feedId});
    if (!doomed)
        return doomed.error();
    QList<qint64> ids;
    while (doomed.value().next())
        ids.append(doomed.value().value(0).toLongLong());
    doomed.value().finish();
    RelatedIndex related(m_db);
    for (qint64 id : ids) {
        if (auto done = related.forget(id); !done)
            return done;
    }
    if (auto q = SqlUtil::run(m_db, u"DELETE FROM articles WHERE feed_id = ? AND starred = 0"_s, {feedId}); !q)
        return q.error();
    auto left = SqlUtil::run(m_db, u"SELECT count(*) FROM articles WHERE feed_id = ?"_s, {feedId});
    if (!left)
        return left.error();
    const bool keep = left.value().next() && left.value().value(0).toLongLong() > 0;
    left.value().finish();
    auto q = keep ? SqlUtil::run(m_db,
                                 u"UPDATE feeds SET gone = 1,"
                                 " deleted_at = coalesce(deleted_at, CAST(strftime('%s', 'now') AS INTEGER))"
                                 " WHERE id = ?"_s,
                                 {feedId})
                  : SqlUtil::run(m_db, u"DELETE FROM feeds WHERE id = ?"_s, {feedId});
    if (!q)
        return q.error();
    return tx.commit();
}
