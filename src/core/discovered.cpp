#include "discovered.h"

#include "feed/feedparser.h"

#include <algorithm>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// OPML is recognised by its root element, before any feed parser sees it.
bool looksLikeOpml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    const qsizetype at = head.indexOf("<opml");
    if (at < 0)
        return false;
    // Nothing but a prolog (declaration, comments, doctype) before it.
    return !head.left(at).contains("<rss") && !head.left(at).contains("<feed")
            && !head.left(at).contains("<html") && !head.left(at).contains("<rdf");
}

bool usableFeedUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
            ? (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
            : url.scheme() == "file"_L1;
}

DiscoveredCategory fromOutline(const OpmlOutline &outline, const QUrl &base, QStringList &notes)
{
    DiscoveredCategory node;
    node.name = (outline.title.isEmpty() ? outline.text : outline.title).simplified();
    if (outline.isFeed()) {
        node.feed = base.resolved(QUrl(outline.xmlUrl.trimmed()));
        if (node.name.isEmpty())
            node.name = node.feed.toString();
    }
    for (const OpmlOutline &child : outline.children) {
        DiscoveredCategory c = fromOutline(child, base, notes);
        if (child.isFeed() && !usableFeedUrl(c.feed)) {
            notes.append(QCoreApplication::translate(
                                 "Discovered", "The entry \"%1\" has no usable feed address (%2).")
                                 .arg(c.name, child.xmlUrl.left(200)));
            continue;
        }
        node.children.append(c);
    }
    return node;
}

void collectFeeds(const QList<DiscoveredCategory> &nodes, QList<DiscoveredFeed> &feeds)
{
    for (const DiscoveredCategory &node : nodes) {
        if (!node.feed.isEmpty()
            && std::none_of(feeds.cbegin(), feeds.cend(),
                            [&](const DiscoveredFeed &f) { return f.url == node.feed; })) {
            DiscoveredFeed feed;
            feed.url = node.feed;
            feed.title = node.name;
            feeds.append(feed);
        }
        collectFeeds(node.children, feeds);
    }
}

void flattenInto(const QList<DiscoveredCategory> &nodes, const QStringList &above,
                 QList<DiscoveredValues::FlatCategory> &out)
{
    for (const DiscoveredCategory &node : nodes) {
        DiscoveredValues::FlatCategory flat;
        flat.path = above;
        flat.path.append(node.name);
        flat.node = node;
        flat.node.children.clear();
        out.append(flat);
        flattenInto(node.children, flat.path, out);
    }
}

} // namespace

QString Discovered::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Feed:
        return u"feed"_s;
    case Kind::Site:
        return u"site"_s;
    case Kind::Opml:
        return u"opml"_s;
    }
    return u"feed"_s;
}

namespace DiscoveredValues {

DiscoveredFeed fromFeed(const FeedDocument &feed, const QUrl &url, int maxHeadlines)
{
    DiscoveredFeed found;
    found.url = url;
    found.title = feed.title.simplified();
    found.siteUrl = QUrl(feed.link);
    found.items = int(feed.entries.size());
    QList<DiscoveredHeadline> all;
    all.reserve(feed.entries.size());
    for (const FeedEntry &entry : feed.entries) {
        DiscoveredHeadline headline;
        headline.title = entry.title.simplified();
        headline.link = QUrl(entry.link);
        headline.published = entry.published.isValid() ? entry.published : entry.updated;
        if (headline.published.isValid()
            && (!found.newest.isValid() || headline.published > found.newest))
            found.newest = headline.published;
        all.append(headline);
    }
    // Newest first; undated entries keep the feed's order after the dated ones.
    std::stable_sort(all.begin(), all.end(),
                     [](const DiscoveredHeadline &a, const DiscoveredHeadline &b) {
                         if (a.published.isValid() != b.published.isValid())
                             return a.published.isValid();
                         return a.published > b.published;
                     });
    found.headlines = all.mid(0, qMax(0, maxHeadlines));
    return found;
}

Discovered fromOpml(const OpmlDocument &opml, const QUrl &url)
{
    Discovered found;
    found.url = url;
    found.kind = Discovered::Kind::Opml;
    found.title = opml.title.simplified();
    OpmlOutline root;
    root.children = opml.outlines;
    found.tree = fromOutline(root, url, found.notes).children;
    collectFeeds(found.tree, found.feeds);
    return found;
}

Probe probe(const QByteArray &bytes, const QUrl &url, const QByteArray &contentType,
            int maxHeadlines)
{
    Probe result;
    if (looksLikeOpml(bytes)) {
        const OpmlParseResult opml = parseOpml(bytes);
        if (opml.ok) {
            result.what = Probe::What::Opml;
            result.opml = opml.document;
            return result;
        }
    }
    FeedParseOptions options;
    options.documentUrl = url;
    options.contentType = contentType;
    const FeedParseResult parsed = FeedParser::parse(bytes, options);
    if (parsed.isFeed) {
        result.what = Probe::What::Feed;
        result.feed = fromFeed(parsed.feed, url, maxHeadlines);
        return result;
    }
    result.what = Probe::What::Page;
    result.page = discoverFeeds(bytes, url);
    return result;
}

QList<FlatCategory> flatten(const QList<DiscoveredCategory> &tree)
{
    QList<FlatCategory> out;
    flattenInto(tree, {}, out);
    return out;
}

} // namespace DiscoveredValues
