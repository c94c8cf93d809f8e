#pragma once

#include "category.h"
#include "result.h"

class Library;

// The category tree with feeds and rolled-up unread counts, read in two
// aggregate queries.
Result<QList<CategoryNode>> readCategoryTree(const Library &library);
