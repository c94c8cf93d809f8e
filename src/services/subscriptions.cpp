#include "subscriptions.h"
#include "feed/feedparser.h"
#include "feed/opml.h"
#include "feeddiscovery.h"
#include "fetcher.h"
#include "library.h"
#include "librarytree.h"
#include "sqlutil.h"
#include "wordpresscategories.h"


using namespace Qt::StringLiterals;

namespace {

FetchRequest requestFor(const QUrl &url, FetchRequest::Kind kind)
{
    FetchRequest request;
    request.url = url;
    request.kind = kind;
    return request;
}

FeedParseResult parseFetched(const FetchResult &result)
{
    FeedParseOptions options;
    options.documentUrl = result.finalUrl;
    options.contentType = result.contentType;
    return FeedParser::parse(result.body, options);
}

} // namespace

Subscriptions::Subscriptions(Library &library, Fetcher &fetcher, QObject *parent)
    : QObject(parent), m_library(library), m_fetcher(fetcher)
{
}

Result<Subscriptions::Added> Subscriptions::subscribe(const QUrl &feedUrl, const QString &title,
                                                      const QString &categoryPath)
{
    SqlUtil::Transaction tx(m_library.database().connection());
    const QStringList segments = splitCategoryPath(categoryPath);
    Feed feed;
    if (!segments.isEmpty()) {
        auto category = m_library.categories().ensurePath(segments);
        if (!category)
            return category.error();
        feed.categoryId = category.value();
    }
    feed.url = feedUrl;
    feed.title = title;
    auto id = m_library.feeds().add(feed);
    if (!id)
        return id.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    feed.id = id.value();
    Added added;
    added.feeds.append({feed, joinCategoryPath(segments)});
    if (!segments.isEmpty())
        added.categories.append(joinCategoryPath(segments));
    return added;
}

void Subscriptions::add(const QUrl &url, const QString &categoryPath)
{
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1 && url.scheme() != "file"_L1)) {
        QMetaObject::invokeMethod(this, [this, url] {
            Q_EMIT added(makeError(Error::BadInput, tr("%1 is not an http, https or file URL")
                                                            .arg(url.toString())));
        }, Qt::QueuedConnection);
        return;
    }
    m_fetcher.fetchAsync(requestFor(url, FetchRequest::Kind::Feed))
            .then(this, [this, url, categoryPath](const FetchResult &result) {
                if (!result.ok()) {
                    Q_EMIT added(makeError(Error::Network, result.errorMessage));
                    return;
                }
                const FeedParseResult parsed = parseFetched(result);
                if (parsed.isFeed) {
                    Q_EMIT added(subscribe(result.permanentRedirect ? result.permanentUrl : url,
                                           parsed.feed.title, categoryPath));
                    return;
                }
                // A web page: ask it for its feeds.
                const DiscoveredFeeds found = discoverFeeds(result.body, result.finalUrl);
                const QString why = tr("%1 is neither a feed nor a page that links to one").arg(url.toString());
                if (found.advertised.isEmpty() && found.wordpressApi.isValid()) {
                    addWordPress(found.wordpressApi, categoryPath, why);
                    return;
                }
                tryCandidates(found.advertised + found.guesses, categoryPath, why);
            });
}

void Subscriptions::tryCandidates(QList<QUrl> candidates, const QString &categoryPath,
                                  const QString &firstError)
{
    if (candidates.isEmpty()) {
        Q_EMIT added(makeError(Error::BadInput, firstError));
        return;
    }
    const QUrl next = candidates.takeFirst();
    m_fetcher.fetchAsync(requestFor(next, FetchRequest::Kind::Feed))
            .then(this, [this, next, candidates, categoryPath, firstError](const FetchResult &result) {
                if (result.ok()) {
                    const FeedParseResult parsed = parseFetched(result);
                    if (parsed.isFeed) {
                        Q_EMIT added(subscribe(next, parsed.feed.title, categoryPath));
                        return;
                    }
                }
                tryCandidates(candidates, categoryPath, firstError);
            });
}

void Subscriptions::addWordPress(const QUrl &api, const QString &categoryPath, const QString &fallbackError)
{
    auto *loader = new WordPressCategories(m_fetcher, api, this);
    connect(loader, &WordPressCategories::finished, this,
            [this, loader, categoryPath, fallbackError](const Result<QList<WordPressCategories::Category>> &tree) {
                loader->deleteLater();
                if (!tree || tree->isEmpty()) {
                    Q_EMIT added(makeError(Error::BadInput, tree ? fallbackError : tree.error().message));
                    return;
                }
                Added all;
                for (const WordPressCategories::Category &category : tree.value()) {
                    QStringList path = splitCategoryPath(categoryPath);
                    path += category.path;
                    auto one = subscribe(category.feedUrl, category.name, joinCategoryPath(path));
                    if (!one) {
                        Q_EMIT added(one.error());
                        return;
                    }
                    all.feeds += one->feeds;
                    for (const QString &p : one->categories) {
                        if (!all.categories.contains(p))
                            all.categories.append(p);
                    }
                }
                Q_EMIT added(all);
            });
    loader->start();
}

Result<Subscriptions::Added> Subscriptions::importOpml(const QByteArray &bytes)
{
    const OpmlParseResult parsed = parseOpml(bytes);
    if (!parsed.ok)
        return makeError(Error::BadInput, parsed.error);
    SqlUtil::Transaction tx(m_library.database().connection());
    Added all;
    for (const OpmlSubscription &sub : opmlSubscriptions(parsed.document)) {
        const QUrl url(sub.outline.xmlUrl);
        if (!url.isValid())
            continue;
        const QStringList segments = splitCategoryPath(sub.categoryPath.join(u'/'));
        Feed feed;
        if (!segments.isEmpty()) {
            auto category = m_library.categories().ensurePath(segments);
            if (!category)
                return category.error();
            feed.categoryId = category.value();
            const QString path = joinCategoryPath(segments);
            if (!all.categories.contains(path))
                all.categories.append(path);
        }
        feed.url = url;
        feed.title = !sub.outline.title.isEmpty() ? sub.outline.title : sub.outline.text;
        feed.siteUrl = QUrl(sub.outline.htmlUrl);
        feed.description = sub.outline.description;
        auto id = m_library.feeds().add(feed);
        if (!id)
            return id.error();
        feed.id = id.value();
        all.feeds.append({feed, joinCategoryPath(segments)});
    }
    // Empty folders are part of the list too.
    std::function<Result<>(const QList<OpmlOutline> &, QStringList)> folders =
            [&](const QList<OpmlOutline> &outlines, QStringList path) -> Result<> {
        for (const OpmlOutline &o : outlines) {
            if (o.isFeed())
                continue;
            QStringList here = path;
            here.append(o.title.isEmpty() ? o.text : o.title);
            if (splitCategoryPath(here.join(u'/')).isEmpty())
                continue;
            if (auto made = m_library.categories().ensurePath(here); !made)
                return made.error();
            if (auto below = folders(o.children, here); !below)
                return below;
        }
        return {};
    };
    if (auto done = folders(parsed.document.outlines, {}); !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return all;
}

Result<QByteArray> Subscriptions::exportOpml() const
{
    auto tree = readCategoryTree(m_library);
    if (!tree)
        return tree.error();
    auto feeds = m_library.feeds().all();
    if (!feeds)
        return feeds.error();
    QHash<qint64, Feed> byId;
    for (const Feed &feed : feeds.value())
        byId.insert(feed.id, feed);
    std::function<OpmlOutline(const CategoryNode &)> outline = [&](const CategoryNode &node) {
        OpmlOutline folder;
        folder.text = folder.title = node.category.name;
        for (const CategoryNode &child : node.children)
            folder.children.append(outline(child));
        for (const FeedNode &f : node.feeds) {
            const Feed feed = byId.value(f.id);
            OpmlOutline sub;
            sub.type = u"rss"_s;
            sub.text = sub.title = feed.title.isEmpty() ? feed.url.toString() : feed.title;
            sub.xmlUrl = feed.url.toString(QUrl::FullyEncoded);
            sub.htmlUrl = feed.siteUrl.isEmpty() ? QString() : feed.siteUrl.toString(QUrl::FullyEncoded);
            sub.description = feed.description;
            folder.children.append(sub);
        }
        return folder;
    };
    OpmlDocument doc;
    doc.title = tr("Masthead subscriptions");
    doc.created = QDateTime::currentDateTimeUtc();
    for (const CategoryNode &root : tree.value()) {
        if (root.category.id == 0) { // unfiled feeds stand at the top level
            doc.outlines += outline(root).children;
            continue;
        }
        doc.outlines.append(outline(root));
    }
    return writeOpml(doc);
}
