#pragma once

#include "categorytree.h"
#include "feed.h"
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
    // The feeds filed under any of these categories.
    Result<QList<qint64>> inCategories(const QList<qint64> &categoryIds) const;

private:
    QSqlDatabase m_db;
};
