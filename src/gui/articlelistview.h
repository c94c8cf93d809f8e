#pragma once

#include <QTreeView>

// The article list's view. Qt 6.4's QTreeView asks its model for more rows
// whenever it lays itself out, and every page that arrives lays it out
// again: the list read page after page of a large library with nobody
// scrolling (23,000 rows of a 100k library in its first second, and on to
// the end). Here a layout never fetches; rows come when the person scrolls
// to the end of the list or moves past its last row.
class ArticleListView final : public QTreeView
{
    Q_OBJECT

public:
    using QTreeView::QTreeView;

    void doItemsLayout() override;
};
