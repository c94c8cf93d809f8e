#pragma once

#include "discovered.h"
#include "fetchrequest.h"
#include "result.h"

#include <QObject>
#include <QUrl>

class FetchGroup;
class Fetcher;
struct FetchResult;

// Reads a WordPress site's category tree from its REST API
// (wp/v2/categories?per_page=100&page=N over every page X-WP-TotalPages
// announces), with parents, post counts, names decoded (&amp; -> &) and each
// category's feed (<category link>feed/, or ?cat=ID&feed=rss2 on a site
// without pretty permalinks). Categories with no posts are kept (posts 0).
// Deleting it, or cancel(), stops it silently.
class WordPressCategories final : public QObject
{
    Q_OBJECT

public:
    static constexpr int PerPage = 100;
    static constexpr int DefaultMaxPages = 50; // 5,000 categories: far more than any real site

    WordPressCategories(Fetcher &fetcher, QUrl apiRoot, QObject *parent = nullptr);
    ~WordPressCategories() override;

    // Timeout, deadline and size cap of each page's request (the URL is set here).
    void setRequestTemplate(const FetchRequest &request) { m_template = request; }
    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    // For an API root guessed rather than announced: only an answer with
    // WordPress's X-WP-Total(Pages) headers counts as a category list.
    void setRequireWordPressHeaders(bool require) { m_requireSignature = require; }
    void start();
    void cancel();

    // Pure: the tree of one or more API pages (in page order).
    static Result<QList<DiscoveredCategory>> treeFromPages(const QList<QByteArray> &pages,
                                                           const QUrl &apiRoot);
    static QUrl pageUrl(const QUrl &apiRoot, int page, int perPage = PerPage);
    // A category's feed from its archive link, or from its id when it has none.
    static QUrl feedUrl(const QString &link, qint64 id, const QUrl &apiRoot);

Q_SIGNALS:
    void progress(int pagesRead, int pagesTotal); // pagesTotal 0 while unknown
    void finished(const Result<QList<DiscoveredCategory>> &tree);

private:
    void fetchPage(int page);
    void pageArrived(int page, const FetchResult &result);
    void finish();

    QUrl m_apiRoot;
    FetchGroup *m_fetches;
    FetchRequest m_template;
    int m_maxPages = DefaultMaxPages;
    int m_totalPages = 0; // from X-WP-TotalPages; 0 while unknown or when not sent
    bool m_done = false;
    bool m_requireSignature = false;
    quint64 m_run = 0; // counts cancels: a late parse of a cancelled run is dropped
    QMap<int, QByteArray> m_pages;
};
