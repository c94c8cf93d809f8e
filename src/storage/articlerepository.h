#pragma once

#include "article.h"
#include "result.h"

#include <QSqlDatabase>

namespace SqlUtil {
class RawStatementCache;
}

#include <optional>

// Which articles a list shows, and where the next page starts. Pages are
// keyset-paged by (sort time, id), newest first: never OFFSET, never all rows.
struct ArticleQuery
{
    QList<qint64> feedIds; // empty: every feed
    bool unreadOnly = false;
    bool starredOnly = false;
    // One row per same-story cluster: its newest article stands for the rest.
    bool collapseStories = false;
    int limit = 100;
    ArticleOrder order = ArticleOrder::Newest; // other orders show every row (no collapsing)
    // The last row of the previous page, if any.
    std::optional<std::pair<qint64, qint64>> after; // (sort time, id)
    // With a title or source order, that row's title, or its feed.
    QString afterTitle;
    qint64 afterFeedId = 0;
    QString afterFeedTitle;
};

// Articles: stored once per feed identity, updated in place when they change,
// read/starred state never lost to an update.
class ArticleRepository final
{
public:
    // With a cache, the store's statements are prepared once per connection.
    explicit ArticleRepository(QSqlDatabase db, SqlUtil::RawStatementCache *statements = nullptr);

    struct UpsertCounts
    {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        QList<qint64> ids; // stored id of each input article, in order
    };
    // Stores one feed's batch in one transaction. New and changed articles
    // are queued for the search and related indexes (ArticleIndexer).
    Result<UpsertCounts> upsert(qint64 feedId, const QList<Article> &articles,
                                const QDateTime &fetchedAt);

    Result<std::optional<Article>> find(qint64 id) const;
    // The stored id of this feed's copy of the article (same identity as
    // upsert: guid, else link, else title and date), 0 if none.
    Result<qint64> idInFeed(qint64 feedId, const Article &article) const;
    // The newest article with this link, 0 if none.
    Result<qint64> findIdByLink(const QString &link) const;
    Result<QList<ArticleHeader>> headers(const ArticleQuery &query) const;
    // Up to this many candidate rows (a small category, few unread) are
    // sorted for each page of a title, source or oldest-first list; larger
    // lists walk an index in that order instead.
    void setSortBudget(qint64 rows) { m_sortBudget = rows; }
    // The keyset position of a row, to ask for the page after it.
    Result<std::pair<qint64, qint64>> keyOf(qint64 id) const;

    Result<> setRead(const QList<qint64> &ids, bool read);
    // The other articles in the same-story cluster as this one.
    Result<QList<qint64>> sameStory(qint64 id) const;
    // The unread articles of these feeds (every feed when empty).
    Result<QList<qint64>> unreadIn(const QList<qint64> &feedIds) const;
    // Starred articles (of any feed, deleted ones too): the unread ones, and
    // how many there are (both walk the partial index of starred rows).
    Result<QList<qint64>> unreadStarred() const;
    Result<qint64> starredCount() const;
    Result<> setStarred(qint64 id, bool starred);

    // Recent articles with their text, newest first: candidates for related stories.
    Result<QList<Article>> recent(int limit) const;

private:
    QSqlDatabase m_db;
    SqlUtil::RawStatementCache *m_statements = nullptr;
    qint64 m_sortBudget = 20000;
};
