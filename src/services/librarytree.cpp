#include "librarytree.h"
#include "categorytree.h"
#include "library.h"

Result<QList<CategoryNode>> readCategoryTree(const Library &library)
{
    auto categories = library.categories().all();
    if (!categories)
        return categories.error();
    auto feeds = library.feeds().withCounts();
    if (!feeds)
        return feeds.error();
    return CategoryTreeBuilder::build(categories.value(), feeds.value());
}
