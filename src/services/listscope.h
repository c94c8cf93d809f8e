#pragma once

#include "article.h"
#include "result.h"

#include <QList>

class Library;

// Which articles the list shows: a place in the tree and the filters.
struct ListScope
{
    // Unread and Starred: the whole library's unread or starred articles
    // (the tree's smart rows), whatever the filters say. TopStories: one
    // row per story of the last 24 hours several sources cover (its newest
    // article, its sources as the row's source), most sources first.
    enum Kind { All, Category, Feed, Unread, Starred, TopStories };
    Kind kind = All;
    qint64 id = 0; // the category or feed
    bool unreadOnly = false;
    bool starredOnly = false;
    bool collapseStories = false; // one row per same-story cluster (newest first only)
    ArticleOrder order = ArticleOrder::Newest;
};

// Top Stories as list rows (ListScope::TopStories), since `since`.
Result<QList<ArticleHeader>> topStoryRows(Library &library, const QDateTime &since, int limit);
// Every unread article of those stories.
Result<QList<qint64>> unreadOfTopStories(Library &library, const QDateTime &since);

// The feeds a scope covers: empty for every feed, {-1} for a category
// without feeds (which shows nothing, not everything). Deleted feeds are
// covered only by the whole library's starred articles.
Result<QList<qint64>> feedsInScope(const Library &library, const ListScope &scope);
