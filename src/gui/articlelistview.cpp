#include "articlelistview.h"

#include "articlelistmodel.h"

void ArticleListView::doItemsLayout()
{
    auto *articles = qobject_cast<ArticleListModel *>(model());
    if (articles)
        articles->setFetchHeld(true);
    QTreeView::doItemsLayout();
    if (articles)
        articles->setFetchHeld(false);
}
