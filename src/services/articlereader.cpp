#include "articlereader.h"
#include "library.h"

ArticleReader::ArticleReader(const Library &library) : m_library(library) { }

Result<ArticlePageData> ArticleReader::page(qint64 articleId, int relatedLimit) const
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
    page.bodyHtml = article.contentHtml.isEmpty() ? article.summary.toHtmlEscaped() : article.contentHtml;
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
    for (const RelatedIndex::Related &r : related.value())
        page.related.append({r.id, r.title, r.summary, r.feedTitle, r.sameStory});
    auto others = m_library.related().alsoCoveredBy(article.id);
    if (!others)
        return others.error();
    page.alsoCoveredBy = others.value();
    return page;
}
