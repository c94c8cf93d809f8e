#include "wordpresscategories.h"
#include "nextturn.h"

#include "feed/feedtext.h"
#include "fetchgroup.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxDepth = 32;

struct Flat
{
    DiscoveredCategory node;
    qint64 parent = 0;
};

// The site's home from its API root: http://site/wp-json/ -> http://site/,
// http://site/?rest_route=/ -> http://site/.
QUrl siteOf(const QUrl &apiRoot)
{
    QUrl site = apiRoot.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = site.path();
    const qsizetype at = path.lastIndexOf("/wp-json"_L1);
    if (at >= 0)
        path.truncate(at + 1);
    else if (!path.endsWith(u'/')) // http://site/index.php?rest_route=/
        path.truncate(path.lastIndexOf(u'/') + 1);
    if (!path.endsWith(u'/'))
        path += u'/';
    site.setPath(path);
    return site;
}

QList<DiscoveredCategory> childrenOf(qint64 parent, const QHash<qint64, QList<qint64>> &children,
                                     const QHash<qint64, DiscoveredCategory> &nodes,
                                     QSet<qint64> &placed, int depth)
{
    QList<DiscoveredCategory> out;
    for (const qint64 id : children.value(parent)) {
        if (placed.contains(id))
            continue;
        placed.insert(id);
        DiscoveredCategory node = nodes.value(id);
        if (depth < MaxDepth)
            node.children = childrenOf(id, children, nodes, placed, depth + 1);
        out.append(node);
    }
    return out;
}

} // namespace

WordPressCategories::WordPressCategories(Fetcher &fetcher, QUrl apiRoot, QObject *parent)
    : QObject(parent), m_apiRoot(std::move(apiRoot)), m_fetches(new FetchGroup(fetcher, this))
{
    m_template.kind = FetchRequest::Kind::Page;
}

WordPressCategories::~WordPressCategories() = default;

QUrl WordPressCategories::pageUrl(const QUrl &apiRoot, int page, int perPage)
{
    QUrl url;
    QUrlQuery query(apiRoot);
    if (query.hasQueryItem(u"rest_route"_s)) { // sites without pretty permalinks
        url = apiRoot;
        query.removeAllQueryItems(u"rest_route"_s);
        query.addQueryItem(u"rest_route"_s, u"/wp/v2/categories"_s);
    } else {
        QUrl root = apiRoot.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        if (!root.path().endsWith(u'/'))
            root.setPath(root.path() + u'/');
        url = root.resolved(QUrl(u"wp/v2/categories"_s));
        query = QUrlQuery();
    }
    query.addQueryItem(u"per_page"_s, QString::number(perPage));
    query.addQueryItem(u"page"_s, QString::number(page));
    url.setQuery(query);
    return url;
}

QUrl WordPressCategories::feedUrl(const QString &link, qint64 id, const QUrl &apiRoot)
{
    QUrl archive =
            link.trimmed().isEmpty() ? QUrl() : siteOf(apiRoot).resolved(QUrl(link.trimmed()));
    if (!archive.isValid() || archive.isEmpty()
        || (archive.scheme() != "http"_L1 && archive.scheme() != "https"_L1)) {
        archive = siteOf(apiRoot);
        archive.setQuery(u"cat=%1"_s.arg(id));
    }
    if (archive.hasQuery()) { // http://site/?cat=3: plain permalinks
        QUrlQuery query(archive);
        query.removeAllQueryItems(u"feed"_s);
        query.addQueryItem(u"feed"_s, u"rss2"_s);
        archive.setQuery(query);
        return archive.adjusted(QUrl::RemoveFragment);
    }
    archive = archive.adjusted(QUrl::RemoveFragment);
    if (!archive.path().endsWith(u'/'))
        archive.setPath(archive.path() + u'/');
    return archive.resolved(QUrl(u"feed/"_s));
}

void WordPressCategories::start()
{
    cancel();
    m_done = false;
    m_pages.clear();
    m_totalPages = 0;
    fetchPage(1);
}

void WordPressCategories::cancel()
{
    m_fetches->cancel();
    m_done = true;
    ++m_run;
}

void WordPressCategories::fetchPage(int page)
{
    FetchRequest request = m_template;
    request.url = pageUrl(m_apiRoot, page, PerPage);
    m_fetches->fetch(request,
                     [this, page](const FetchResult &result) { pageArrived(page, result); });
}

void WordPressCategories::pageArrived(int page, const FetchResult &result)
{
    if (m_done)
        return;
    // WordPress answers 400 (rest_post_invalid_page_number) past the last page.
    const bool pastEnd = !result.ok() && result.httpStatus == 400 && page > 1;
    if (!result.ok() && !pastEnd) {
        m_fetches->cancel();
        m_done = true;
        Q_EMIT finished(makeError(Error::Network, result.errorMessage));
        return;
    }
    if (!pastEnd)
        m_pages.insert(page, result.body);
    if (page == 1 && m_requireSignature && result.header("X-WP-Total").isEmpty()
        && result.header("X-WP-TotalPages").isEmpty()) {
        m_fetches->cancel();
        m_done = true;
        Q_EMIT finished(
                makeError(Error::BadInput, tr("the answer is not a WordPress category list")));
        return;
    }
    if (page == 1) {
        bool ok = false;
        const int announced = result.header("X-WP-TotalPages").trimmed().toInt(&ok);
        if (ok && announced > 0) {
            m_totalPages = qMin(announced, m_maxPages);
            for (int next = 2; next <= m_totalPages; ++next)
                fetchPage(next);
        }
    }
    Q_EMIT progress(int(m_pages.size()), m_totalPages);
    if (m_totalPages == 0 && !pastEnd) {
        // No count announced: a full page may have a next one.
        const qsizetype items = QJsonDocument::fromJson(result.body).array().size();
        if (items >= PerPage && page < m_maxPages) {
            fetchPage(page + 1);
            return;
        }
    }
    if (m_fetches->pendingCount() == 0)
        finish();
}

void WordPressCategories::finish()
{
    m_done = true;
    // Parsing thousands of categories is no work for the caller's (GUI) thread.
    QtConcurrent::run([pages = m_pages.values(), apiRoot = m_apiRoot] {
        return treeFromPages(pages, apiRoot);
    }).then(this, nextTurn(this, [this, run = m_run](const Result<QList<DiscoveredCategory>> &tree) {
        if (run == m_run) // not cancelled or restarted meanwhile
            Q_EMIT finished(tree);
    }));
}

Result<QList<DiscoveredCategory>> WordPressCategories::treeFromPages(const QList<QByteArray> &pages,
                                                                     const QUrl &apiRoot)
{
    QList<qint64> order;
    QHash<qint64, DiscoveredCategory> nodes;
    QHash<qint64, qint64> parents;
    for (const QByteArray &page : pages) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(page, &error);
        if (!doc.isArray()) {
            return makeError(
                    Error::BadInput,
                    error.error != QJsonParseError::NoError
                            ? tr("the category list is not JSON (%1)").arg(error.errorString())
                            : tr("the category list is not a list of categories"));
        }
        for (const QJsonValue &value : doc.array()) {
            const QJsonObject o = value.toObject();
            DiscoveredCategory c;
            c.id = o.value("id"_L1).toInteger();
            c.name = FeedText::collapseWhitespace(
                    FeedText::decodeEntities(o.value("name"_L1).toString()));
            if (c.id <= 0 || c.name.isEmpty() || nodes.contains(c.id))
                continue;
            const QJsonValue count = o.value("count"_L1);
            c.posts = count.isDouble() ? qMax(0, count.toInt()) : -1;
            c.feed = feedUrl(o.value("link"_L1).toString(), c.id, apiRoot);
            nodes.insert(c.id, c);
            parents.insert(c.id, o.value("parent"_L1).toInteger());
            order.append(c.id);
        }
    }
    // Children in the site's order; a parent that is missing (or a cycle)
    // leaves its categories at the top.
    QHash<qint64, QList<qint64>> children;
    for (const qint64 id : order) {
        const qint64 parent = parents.value(id);
        children[parent != id && nodes.contains(parent) ? parent : 0].append(id);
    }
    QSet<qint64> placed;
    QList<DiscoveredCategory> tree = childrenOf(0, children, nodes, placed, 0);
    for (const qint64 id : order) { // cut out of a cycle, or deeper than MaxDepth
        if (placed.contains(id))
            continue;
        placed.insert(id);
        DiscoveredCategory node = nodes.value(id);
        node.children = childrenOf(id, children, nodes, placed, 1);
        tree.append(node);
    }
    return tree;
}
