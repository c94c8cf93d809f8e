#include "libraryreader.h"
#include "articlereader.h"
#include "html/highlight.h"
#include "librarytree.h"
#include "storagethread.h"
#include "subscriptions.h"
#include "topstories.h"
#include "treeeditor.h"

using namespace Qt::StringLiterals;

LibraryReader::LibraryReader(const QString &dataDir)
    : m_lists(std::make_unique<StorageThread>(dataDir, StorageThread::Access::ReadsOnly)),
      m_pages(std::make_unique<StorageThread>(dataDir, StorageThread::Access::ReadsOnly))
{
}

LibraryReader::~LibraryReader() = default;

QFuture<Result<QList<CategoryNode>>> LibraryReader::tree()
{
    return m_lists->run([](Library &library) { return readCategoryTree(library); });
}

QFuture<Result<QList<ArticleHeader>>> LibraryReader::articles(const ListScope &scope,
                                                              const std::optional<ArticleHeader> &after, int limit)
{
    return m_lists->run([scope, after, limit](Library &library) -> Result<QList<ArticleHeader>> {
        if (scope.kind == ListScope::TopStories) // one page: the stories of the last 24 hours
            return after ? QList<ArticleHeader>()
                         : topStoryRows(library, QDateTime::currentDateTimeUtc().addDays(-1), limit);
        auto feeds = feedsInScope(library, scope);
        if (!feeds)
            return feeds.error();
        ArticleQuery query;
        query.feedIds = feeds.value();
        query.unreadOnly = scope.unreadOnly || scope.kind == ListScope::Unread;
        query.starredOnly = scope.starredOnly || scope.kind == ListScope::Starred;
        query.collapseStories = scope.collapseStories;
        query.order = scope.order;
        query.limit = limit;
        if (after) {
            query.after = std::pair{after->sortTime, after->id};
            query.afterTitle = after->title;
            query.afterFeedId = after->feedId;
            query.afterFeedTitle = after->feedTitle;
        }
        return library.articles().headers(query);
    });
}

QFuture<Result<ArticlePageData>> LibraryReader::page(qint64 articleId, UncachedImages uncached,
                                                     const QString &highlight)
{
    return m_pages->run([articleId, uncached, highlight](Library &library) {
        auto page = ArticleReader(library).page(articleId, ArticleReader::DefaultRelatedLimit, uncached);
        if (page && !highlight.isEmpty())
            page.value().bodyHtml = highlightTerms(page->bodyHtml, searchTerms(highlight));
        return page;
    });
}

QFuture<Result<QList<qint64>>> LibraryReader::sameStory(qint64 articleId)
{
    return m_pages->run([articleId](Library &library) { return library.articles().sameStory(articleId); });
}

QFuture<Result<QUrl>> LibraryReader::link(qint64 articleId)
{
    return m_pages->run([articleId](Library &library) -> Result<QUrl> {
        auto article = library.articles().find(articleId);
        if (!article)
            return article.error();
        if (!article.value())
            return makeError(Error::NotFound, tr("no article with id %1").arg(articleId));
        return article.value()->link;
    });
}

QFuture<Result<QByteArray>> LibraryReader::opml()
{
    return m_lists->run([](Library &library) { return Subscriptions::exportOpml(library); });
}

QFuture<Result<LibraryFigures>> LibraryReader::figures()
{
    return m_lists->run([](Library &library) -> Result<LibraryFigures> {
        auto feeds = library.feeds().withCounts(); // one row per feed, from feed_counts
        if (!feeds)
            return feeds.error();
        auto starred = library.articles().starredCount(); // walks the partial index of starred rows only
        if (!starred)
            return starred.error();
        LibraryFigures figures;
        figures.starred = starred.value();
        for (const auto &placed : feeds.value()) {
            ++figures.feeds;
            figures.articles += placed.feed.total;
            figures.unread += placed.feed.unread;
        }
        return figures;
    });
}

QFuture<Result<QList<qint64>>> LibraryReader::feedIds(const ListScope &scope)
{
    return m_lists->run([scope](Library &library) -> Result<QList<qint64>> {
        if (scope.kind == ListScope::All || scope.kind == ListScope::Unread || scope.kind == ListScope::Starred
            || scope.kind == ListScope::TopStories) {
            auto feeds = library.feeds().all();
            if (!feeds)
                return feeds.error();
            QList<qint64> ids;
            for (const Feed &feed : feeds.value())
                ids.append(feed.id);
            return ids;
        }
        auto feeds = feedsInScope(library, scope);
        if (feeds && feeds.value() == QList<qint64>{-1})
            return QList<qint64>();
        return feeds;
    });
}

QFuture<Result<QList<ArticleHeader>>> LibraryReader::search(const QString &text, const ListScope &scope, int limit)
{
    return m_lists->run([text, scope, limit](Library &library) -> Result<QList<ArticleHeader>> {
        if (SearchRepository::toMatchExpression(text).isEmpty())
            return QList<ArticleHeader>();
        auto feeds = feedsInScope(library, scope);
        if (!feeds)
            return feeds.error();
        auto hits = library.search().search(text, limit, feeds.value());
        if (!hits)
            return hits.error();
        QList<ArticleHeader> rows;
        rows.reserve(hits->size());
        for (const SearchHit &hit : hits.value()) {
            ArticleHeader row;
            row.id = hit.id;
            row.feedId = hit.feedId;
            row.feedTitle = hit.feedTitle;
            row.title = hit.title;
            row.published = hit.published;
            row.read = hit.read;
            row.starred = hit.starred;
            row.snippet = hit.snippet;
            rows.append(row);
        }
        return rows;
    });
}

QFuture<Result<FeedProperties>> LibraryReader::feedProperties(qint64 feedId)
{
    return m_lists->run([feedId](Library &library) -> Result<FeedProperties> {
        auto stored = TreeEditor(library.database().connection()).feedProperties(feedId);
        if (!stored)
            return stored.error();
        FeedProperties properties;
        properties.feed = stored->feed;
        properties.fullText = FeedProperties::FullText(int(stored->fullText));
        properties.articles = stored->articles;
        properties.bytes = stored->bytes;
        return properties;
    });
}

QFuture<Result<QList<TopStory>>> LibraryReader::topStories(const QDateTime &since, int limit)
{
    return m_lists->run([since, limit](Library &library) {
        return TopStoriesQuery(library.database().connection()).since(since, 2, limit);
    });
}
