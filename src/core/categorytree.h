#pragma once

#include "category.h"

#include <QCoreApplication>

// Builds the nested category tree from flat rows and rolls the counts up:
// a node's unread and total include its feeds and every node below it.
// Feeds without a category are gathered under a pseudo-node with id 0.
class CategoryTreeBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(CategoryTreeBuilder)

public:
    struct PlacedFeed
    {
        qint64 categoryId = 0;
        FeedNode feed;
    };

    static QList<CategoryNode> build(const QList<Category> &categories,
                                     const QList<PlacedFeed> &feeds);
};
