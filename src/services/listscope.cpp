#include "listscope.h"
#include "articleheaderrows.h"
#include "library.h"
#include "sqlutil.h"
#include "topstories.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxTopStories = 200;
}

Result<QList<ArticleHeader>> topStoryRows(Library &library, const QDateTime &since, int limit)
{
    auto stories = TopStoriesQuery(library.database().connection()).since(since, 2, qBound(1, limit, MaxTopStories));
    if (!stories)
        return stories.error();
    QList<qint64> ids;
    for (const TopStory &story : stories.value())
        ids.append(story.articleId);
    auto rows = ArticleHeaderRows::read(SqlUtil::run(
            library.database().connection(),
            ArticleHeaderRows::select() + u" WHERE a.id IN (SELECT value FROM json_each(?))"_s, {SqlUtil::idList(ids)}));
    if (!rows)
        return rows.error();
    QHash<qint64, ArticleHeader> byId;
    for (const ArticleHeader &row : rows.value())
        byId.insert(row.id, row);
    QList<ArticleHeader> ranked; // as the stories rank, each with its sources
    for (const TopStory &story : stories.value()) {
        if (!byId.contains(story.articleId))
            continue;
        ArticleHeader row = byId.value(story.articleId);
        row.feedTitle = story.sources.join(u", "_s);
        ranked.append(row);
    }
    return ranked;
}

Result<QList<qint64>> unreadOfTopStories(Library &library, const QDateTime &since)
{
    auto stories = TopStoriesQuery(library.database().connection()).since(since, 2, MaxTopStories);
    if (!stories)
        return stories.error();
    QList<qint64> ids;
    for (const TopStory &story : stories.value())
        ids.append(story.articleIds);
    return SqlUtil::idColumn(library.database().connection(),
                             u"SELECT id FROM articles WHERE read = 0 AND id IN (SELECT value FROM json_each(?))"_s,
                             {SqlUtil::idList(ids)});
}

Result<QList<qint64>> feedsInScope(const Library &library, const ListScope &scope)
{
    switch (scope.kind) {
    case ListScope::Starred:
        return QList<qint64>();
    case ListScope::All:
    case ListScope::Unread:
    case ListScope::TopStories: {
        // A deleted feed's articles are hidden, its starred ones aside (they
        // stay reachable under Starred): with deleted feeds, the others are
        // listed by id.
        if (scope.starredOnly)
            return QList<qint64>();
        auto anyDeleted = library.feeds().anyDeleted();
        if (!anyDeleted)
            return anyDeleted.error();
        if (!anyDeleted.value())
            return QList<qint64>();
        auto live = library.feeds().liveIds();
        if (live && live->isEmpty())
            return QList<qint64>{-1};
        return live;
    }
    case ListScope::Feed:
        return QList<qint64>{scope.id};
    case ListScope::Category:
        break;
    }
    auto categories = library.categories().subtree(scope.id);
    if (!categories)
        return categories.error();
    auto feeds = library.feeds().inCategories(categories.value());
    if (feeds && feeds->isEmpty())
        return QList<qint64>{-1};
    return feeds;
}
