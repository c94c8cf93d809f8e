#pragma once

#include "categorytree.h"
#include "feed.h"
#include "refreshpolicy.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

// Subscriptions: where each feed lives in the tree and how its last fetch went.
class FeedRepository final
{
public:
    explicit FeedRepository(QSqlDatabase db);

    // Adds the feed, or returns the id of the one already at that URL.
    Result<qint64> add(const Feed &feed);
    Result<QList<Feed>> all() const;
    Result<std::optional<Feed>> find(qint64 id) const;
    Result<std::optional<Feed>> findByUrl(const QUrl &url) const;

    // Every feed with its category and article counts, for the tree.
    Result<QList<CategoryTreeBuilder::PlacedFeed>> withCounts() const;
    // The feeds not deleted, and whether any feed is deleted (a deleted
    // feed's articles are hidden from lists but its starred ones).
    Result<QList<qint64>> liveIds() const;
    Result<bool> anyDeleted() const;
    // The feeds filed under any of these categories.
    Result<QList<qint64>> inCategories(const QList<qint64> &categoryIds) const;

    // Feeds to refresh: those in subscribed categories (or in none), not gone.
    Result<QList<Feed>> subscribed() const;
    // The same feeds with what their refresh schedule depends on.
    Result<QList<FeedRefreshState>> refreshStates() const;

    // What one fetch of a feed found out, stored in one statement.
    struct FetchOutcome
    {
        QDateTime fetchedAt;
        // False when nothing was sent (offline, cancelled, the host's
        // backoff): the error is shown, but the fetch time, the validators
        // and the failure count stay as they were, so the feed is tried again
        // as soon as it can be.
        bool attempted = true;
        int httpStatus = 0;
        QString error; // empty: the fetch and parse went well
        QByteArray etag;
        QByteArray lastModified;
        QUrl newUrl;   // after a permanent redirect
        bool gone = false;
        QString title; // stored when the feed has none yet
        QUrl siteUrl;
        std::optional<int> refreshMinutes; // the document's ttl / sy:* hint; 0 clears it
        std::optional<int> freshSeconds; // Cache-Control max-age / Expires of the answer
        std::optional<int> retryAfterSeconds; // Retry-After (429/503, or the host's backoff)
    };
    Result<> recordFetch(qint64 feedId, const FetchOutcome &outcome);
    // Unsubscribes: removes the feed and its articles, except starred ones,
    // which stay readable under the feed (kept, marked deleted and gone).
    Result<> remove(qint64 feedId);

private:
    QSqlDatabase m_db;
};
