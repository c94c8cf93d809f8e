#include "treescope.h"

#include "categorytreemodel.h"

#include <QModelIndex>

void placeScopeAtTreeItem(const QModelIndex &item, ListScope &scope)
{
    scope.kind = ListScope::All;
    scope.id = 0;
    if (!item.isValid())
        return;
    const qint64 id = item.data(CategoryTreeModel::IdRole).toLongLong();
    switch (item.data(CategoryTreeModel::KindRole).toInt()) {
    case CategoryTreeModel::FeedItem:
        scope.kind = ListScope::Feed;
        scope.id = id;
        return;
    case CategoryTreeModel::SmartItem:
        scope.kind = id == CategoryTreeModel::UnreadRow ? ListScope::Unread
                : id == CategoryTreeModel::StarredRow   ? ListScope::Starred
                : id == CategoryTreeModel::TopStoriesRow ? ListScope::TopStories
                                                        : ListScope::All;
        return;
    default:
        scope.kind = ListScope::Category;
        scope.id = id;
        return;
    }
}
