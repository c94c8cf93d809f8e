#pragma once

#include "listscope.h"

class QModelIndex;

// Where the list's articles come from for the tree's current item: a folder,
// a feed, or one of the smart rows at the top (All Articles, Unread,
// Starred). No item: the whole library. The scope's filters stay as given.
void placeScopeAtTreeItem(const QModelIndex &item, ListScope &scope);
