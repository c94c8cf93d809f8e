#include "listscope.h"
#include "library.h"

Result<QList<qint64>> feedsInScope(const Library &library, const ListScope &scope)
{
    switch (scope.kind) {
    case ListScope::Starred:
        return QList<qint64>();
    case ListScope::All:
    case ListScope::Unread: {
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
