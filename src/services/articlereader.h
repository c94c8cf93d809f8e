#pragma once

#include "articlepage.h"
#include "result.h"

#include <QCoreApplication>

class Library;

// Gathers what the article pane shows for one stored article: the article,
// its place in the category tree, its source, and More like this.
class ArticleReader final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleReader)

public:
    explicit ArticleReader(const Library &library);

    Result<ArticlePageData> page(qint64 articleId, int relatedLimit = 5) const;

private:
    const Library &m_library;
};
