#include "listscope.h"
#include "library.h"

Result<QList<qint64>> feedsInScope(const Library &library, const ListScope &scope)
{
    switch (scope.kind) {
    case ListScope::All:
        return QList<qint64>();
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
