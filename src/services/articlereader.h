#pragma once

#include "articlepage.h"
#include "html/imagerewrite.h"
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

    static constexpr int DefaultRelatedLimit = 5;

    // The page fills uncachedImageCount with the remote images not stored
    // offline. They are left out by default; with KeepRemote they stay as
    // their http(s) URLs and the page is marked remoteImages, for "Load
    // Remote Images" while online.
    Result<ArticlePageData> page(qint64 articleId, int relatedLimit = DefaultRelatedLimit,
                                 UncachedImages uncached = UncachedImages::Remove) const;

private:
    const Library &m_library;
};
