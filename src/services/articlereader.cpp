#include "articlereader.h"
#include "html/imagerewrite.h"
#include "library.h"

#include <QSet>

ArticleReader::ArticleReader(const Library &library) : m_library(library) { }

Result<ArticlePageData> ArticleReader::page(qint64 articleId, int relatedLimit,
                                            UncachedImages uncached) const
{
    auto found = m_library.articles().find(articleId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(Error::NotFound, tr("no article with id %1").arg(articleId));
    const Article &article = *found.value();

    ArticlePageData page;
    page.articleId = article.id;
    page.headline = article.title.isEmpty() ? tr("(untitled)") : article.title;
    page.byline = article.author;
    page.published = article.published;
    if (article.contentHtml.isEmpty()) {
        page.bodyHtml = article.summary.toHtmlEscaped();
    } else {
        // By default the pane loads nothing remote: cached images come from
        // the cache scheme, the rest are left out (and counted, so the window
        // can offer to load them).
        auto cached = m_library.images().storedUrls(article.id);
        if (!cached)
            return cached.error();
        const QSet<QUrl> stored(cached->cbegin(), cached->cend());
        page.bodyHtml = rewriteImagesForCache(
                article.contentHtml, article.link,
                [&stored](const QUrl &url) { return stored.contains(url); }, uncached,
                &page.uncachedImageCount);
        page.remoteImages = uncached == UncachedImages::KeepRemote;
    }
    page.link = article.link;

    auto feed = m_library.feeds().find(article.feedId);
    if (!feed)
        return feed.error();
    if (feed.value() && feed.value()->categoryId) {
        auto path = m_library.categories().pathOf(feed.value()->categoryId);
        if (!path)
            return path.error();
        page.breadcrumb = path.value();
    }
    auto related = m_library.related().related(article.id, relatedLimit);
    if (!related)
        return related.error();
    for (const RelatedStories::Related &r : related.value())
        page.related.append({r.id, r.title, r.summary, r.feedTitle, r.sameStory});
    auto others = m_library.related().alsoCoveredBy(article.id);
    if (!others)
        return others.error();
    page.alsoCoveredBy = others.value();
    return page;
}
