#include "wordpresscategories.h"
#include "fetcher.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr int PerPage = 100;
constexpr int MaxPages = 50; // 5,000 categories: far more than any real site
} // namespace

WordPressCategories::WordPressCategories(Fetcher &fetcher, QUrl apiRoot, QObject *parent)
    : QObject(parent), m_fetcher(fetcher), m_apiRoot(std::move(apiRoot))
{
}

QUrl WordPressCategories::pageUrl(const QUrl &apiRoot, int page, int perPage)
{
    QUrl url;
    QUrlQuery query(apiRoot);
    if (query.hasQueryItem(u"rest_route"_s)) { // sites without pretty permalinks
        url = apiRoot;
        query.removeAllQueryItems(u"rest_route"_s);
        query.addQueryItem(u"rest_route"_s, u"/wp/v2/categories"_s);
    } else {
        QUrl root = apiRoot;
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

void WordPressCategories::start()
{
    m_pages.clear();
    fetchPage(1);
}

void WordPressCategories::fetchPage(int page)
{
    FetchRequest request;
    request.url = pageUrl(m_apiRoot, page, PerPage);
    request.kind = FetchRequest::Kind::Page;
    m_fetcher.fetchAsync(request).then(this, [this, page](const FetchResult &result) {
        // WordPress answers 400 for a page past the end.
        const bool pastEnd = !result.ok() && result.httpStatus == 400 && page > 1;
        if (!result.ok() && !pastEnd) {
            Q_EMIT finished(makeError(Error::Network, result.errorMessage));
            return;
        }
        if (!pastEnd)
            m_pages.append(result.body);
        const QJsonArray items = QJsonDocument::fromJson(result.body).array();
        if (!pastEnd && items.size() >= PerPage && page < MaxPages) {
            fetchPage(page + 1);
            return;
        }
        Q_EMIT finished(fromPages(m_pages, m_apiRoot));
    });
}

Result<QList<WordPressCategories::Category>> WordPressCategories::fromPages(const QList<QByteArray> &pages,
                                                                          const QUrl &apiRoot)
{
    QList<Category> all;
    QHash<qint64, qsizetype> index;
    for (const QByteArray &page : pages) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(page, &error);
        if (!doc.isArray())
            return makeError(Error::BadInput, QStringLiteral("the WordPress category list is not JSON: %1")
                                                      .arg(error.errorString()));
        for (const QJsonValue &value : doc.array()) {
            const QJsonObject o = value.toObject();
            Category c;
            c.id = o.value("id"_L1).toInteger();
            c.parent = o.value("parent"_L1).toInteger();
            c.name = o.value("name"_L1).toString().simplified();
            QString link = o.value("link"_L1).toString();
            if (c.id <= 0 || c.name.isEmpty() || index.contains(c.id))
                continue;
            if (link.isEmpty()) {
                link = apiRoot.resolved(QUrl(u"/category/"_s + o.value("slug"_L1).toString() + u'/'))
                               .toString();
            }
            if (!link.endsWith(u'/'))
                link += u'/';
            c.feedUrl = QUrl(link).resolved(QUrl(u"feed/"_s));
            index.insert(c.id, all.size());
            all.append(c);
        }
    }
    for (Category &c : all) {
        QStringList path{c.name};
        qint64 parent = c.parent;
        for (int depth = 0; parent && index.contains(parent) && depth < 32; ++depth) {
            const Category &p = all.at(index.value(parent));
            path.prepend(p.name);
            parent = p.parent;
        }
        c.path = path;
    }
    return all;
}
