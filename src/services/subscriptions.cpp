#include "subscriptions.h"

#include "discovery.h"
#include "feed/opml.h"
#include "library.h"
#include "librarytree.h"
#include "sqlutil.h"

using namespace Qt::StringLiterals;

Subscriptions::Subscriptions(Library &library, Fetcher &fetcher, QObject *parent)
    : QObject(parent), m_library(library), m_fetcher(fetcher)
{ }

void Subscriptions::add(const QUrl &url, const QString &categoryPath)
{
    auto *discovery = new Discovery(m_fetcher, this);
    connect(discovery, &Discovery::finished, this,
            [this, discovery, categoryPath](const DiscoveryResult &result) {
                discovery->deleteLater();
                if (!result) {
                    Q_EMIT added(result.error().toError());
                    return;
                }
                Q_EMIT added(store(m_library, whatAddTakes(result.value()),
                                   whereAddPuts(result.value(), categoryPath)));
            });
    discovery->start(url);
}

Discovered Subscriptions::whatAddTakes(const Discovered &found)
{
    Discovered taken = found;
    if (found.kind != Discovered::Kind::Site)
        return taken;
    // A site's category tree stands for the site (its main feed carries the
    // same posts); without one, its first advertised feed is the site's own
    // (the others are comments and the like).
    if (!found.tree.isEmpty())
        taken.feeds.clear();
    else
        taken.feeds = found.feeds.mid(0, 1);
    return taken;
}

QStringList Subscriptions::whereAddPuts(const Discovered &found, const QString &categoryPath)
{
    QStringList path = splitCategoryPath(categoryPath);
    if (path.isEmpty() && found.kind == Discovered::Kind::Site && !found.tree.isEmpty()) {
        const QString site = found.title.simplified();
        path.append(site.isEmpty() ? found.url.host() : site);
    }
    return path;
}

Result<> Subscriptions::subscribeFeed(Library &library, const DiscoveredFeed &found,
                                      const QStringList &path, Added &added)
{
    Feed feed;
    if (!path.isEmpty()) {
        auto category = library.categories().ensurePath(path);
        if (!category)
            return category.error();
        feed.categoryId = category.value();
    }
    feed.url = found.url;
    feed.title = found.title;
    feed.siteUrl = found.siteUrl;
    auto id = library.feeds().add(feed);
    if (!id)
        return id.error();
    feed.id = id.value();
    added.feeds.append({feed, joinCategoryPath(path)});
    return {};
}

Result<> Subscriptions::subscribeCategories(Library &library, const QList<DiscoveredCategory> &nodes,
                                            const QStringList &path, bool outline, Added &added)
{
    for (const DiscoveredCategory &node : nodes) {
        const bool entry = outline && !node.feed.isEmpty(); // an OPML entry: a feed, not a folder
        const QString name = node.name.simplified();
        const QStringList here = entry || name.isEmpty() ? path : path + QStringList {name};
        if (!here.isEmpty()) {
            if (auto made = library.categories().ensurePath(here); !made)
                return made.error();
            const QString joined = joinCategoryPath(here);
            if (!added.categories.contains(joined))
                added.categories.append(joined);
        }
        if (!node.feed.isEmpty()) {
            DiscoveredFeed feed;
            feed.url = node.feed;
            feed.title = node.name;
            if (auto done = subscribeFeed(library, feed, here, added); !done)
                return done;
        }
        if (auto done = subscribeCategories(library, node.children, here, outline, added); !done)
            return done;
    }
    return {};
}

Result<Subscriptions::Added> Subscriptions::subscribe(const Discovered &found,
                                                      const QStringList &under)
{
    Result<Added> result = store(m_library, found, under);
    Q_EMIT added(result);
    return result;
}

Result<Subscriptions::Added> Subscriptions::store(Library &library, const Discovered &found,
                                                  const QStringList &under)
{
    QStringList path;
    for (const QString &segment : under) {
        if (!segment.simplified().isEmpty())
            path.append(segment.simplified());
    }
    SqlUtil::Transaction tx(library.database().connection());
    Added added;
    if (!path.isEmpty()) {
        if (auto made = library.categories().ensurePath(path); !made)
            return made.error();
        added.categories.append(joinCategoryPath(path));
    }
    const bool outline = found.kind == Discovered::Kind::Opml;
    if (!outline) {
        for (const DiscoveredFeed &feed : found.feeds) {
            if (auto done = subscribeFeed(library, feed, path, added); !done)
                return done.error();
        }
    }
    if (auto done = subscribeCategories(library, found.tree, path, outline, added); !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return added;
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
    return exportOpml(m_library);
}

Result<QByteArray> Subscriptions::exportOpml(const Library &library)
{
    auto tree = readCategoryTree(library);
    if (!tree)
        return tree.error();
    auto feeds = library.feeds().all();
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
