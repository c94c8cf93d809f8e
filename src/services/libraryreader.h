#pragma once

#include "article.h"
#include "articlepage.h"
#include "category.h"
#include "html/imagerewrite.h"
#include "listscope.h"
#include "result.h"
#include "feedproperties.h"
#include "topstory.h"

#include <QCoreApplication>
#include <QFuture>

#include <memory>
#include <optional>

class StorageThread;

// The figures the status bar shows, from the counters the library keeps per
// feed (never a count over the articles).
struct LibraryFigures
{
    qint64 feeds = 0;
    qint64 articles = 0;
    qint64 unread = 0;
    qint64 starred = 0; // also of deleted feeds
};

// The window's read side: everything the window shows, read on connections
// of its own, off the thread that asks. Each answer is a future the window
// continues on its own thread (QFuture::then(this, …)). Lists, the tree and
// search share one reader thread; the article pane has another, so opening
// an article never waits behind a list. Nothing here writes.
class LibraryReader final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryReader)

public:
    explicit LibraryReader(const QString &dataDir);
    ~LibraryReader();

    QFuture<Result<QList<CategoryNode>>> tree();
    // The next page of the list after `after` (keyset: newest first).
    QFuture<Result<QList<ArticleHeader>>> articles(const ListScope &scope,
                                                   const std::optional<ArticleHeader> &after, int limit);
    // With `highlight` (a search's query), its words are marked in the body.
    QFuture<Result<ArticlePageData>> page(qint64 articleId, UncachedImages uncached = UncachedImages::Remove,
                                          const QString &highlight = QString());
    // The other sources' articles of the same story.
    QFuture<Result<QList<qint64>>> sameStory(qint64 articleId);
    QFuture<Result<QUrl>> link(qint64 articleId);
    QFuture<Result<LibraryFigures>> figures();
    // Every subscription as an OPML document (File › Export OPML).
    QFuture<Result<QByteArray>> opml();
    // The feeds a scope covers (every feed for All), e.g. to refresh them.
    QFuture<Result<QList<qint64>>> feedIds(const ListScope &scope);
    // Search results as list rows, best first, each with its snippet;
    // ranked as `masthead search` ranks, in the scope's feeds (its filters
    // aside). Never a syntax error: a query of operators only finds nothing.
    QFuture<Result<QList<ArticleHeader>>> search(const QString &text, const ListScope &scope, int limit);

    // A feed's Properties (title, addresses, settings, last fetch, counts).
    QFuture<Result<FeedProperties>> feedProperties(qint64 feedId);
    // Top Stories: the stories since `since` that at least two sources
    // cover, most sources first, then the newest.
    QFuture<Result<QList<TopStory>>> topStories(const QDateTime &since, int limit = 50);

private:
    std::unique_ptr<StorageThread> m_lists;
    std::unique_ptr<StorageThread> m_pages;
};
