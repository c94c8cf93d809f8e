#include "categorytree.h"

#include <QHash>

namespace {

void finish(CategoryNode &node, const QString &parentPath,
            const QMultiHash<qint64, Category> &children,
            const QHash<qint64, QList<FeedNode>> &feeds, int depth)
{
    node.path = parentPath.isEmpty() ? node.category.name : parentPath + u'/' + node.category.name;
    node.feeds = feeds.value(node.category.id);
    for (const FeedNode &feed : std::as_const(node.feeds)) {
        node.unread += feed.unread;
        node.total += feed.total;
    }
    if (depth > 64) // a cycle cannot be stored, but never recurse without bound
        return;
    QList<Category> kids = children.values(node.category.id);
    std::sort(kids.begin(), kids.end(), [](const Category &a, const Category &b) {
        return a.position != b.position ? a.position < b.position : a.name < b.name;
    });
    for (const Category &kid : kids) {
        CategoryNode child{kid, {}, 0, 0, {}, {}};
        finish(child, node.path, children, feeds, depth + 1);
        node.unread += child.unread;
        node.total += child.total;
        node.children.append(std::move(child));
    }
}

} // namespace

QList<CategoryNode> CategoryTreeBuilder::build(const QList<Category> &categories,
                                               const QList<PlacedFeed> &feeds)
{
    QMultiHash<qint64, Category> children;
    QHash<qint64, bool> known;
    for (const Category &category : categories)
        known.insert(category.id, true);
    for (const Category &category : categories)
        children.insert(known.contains(category.parentId) ? category.parentId : 0, category);
    QHash<qint64, QList<FeedNode>> byCategory;
    for (const PlacedFeed &placed : feeds)
        byCategory[known.contains(placed.categoryId) ? placed.categoryId : 0].append(placed.feed);

    CategoryNode root{Category{0, 0, QString(), 0, true}, {}, 0, 0, {}, {}};
    finish(root, QString(), children, byCategory, 0);
    QList<CategoryNode> roots = root.children;
    if (!root.feeds.isEmpty()) {
        CategoryNode unfiled{Category{0, 0, tr("Unfiled"), INT_MAX, true}, {}, 0, 0, root.feeds, {}};
        unfiled.path = unfiled.category.name;
        for (const FeedNode &feed : std::as_const(unfiled.feeds)) {
            unfiled.unread += feed.unread;
            unfiled.total += feed.total;
        }
        roots.append(std::move(unfiled));
    }
    return roots;
}
