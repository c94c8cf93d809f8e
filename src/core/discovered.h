#pragma once

#include "feed/feeddocument.h"
#include "feed/opml.h"
#include "feeddiscovery.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// What an address offers to subscribe to, as values: the feed itself, the
// feeds a site advertises, an OPML outline, or a site's own category tree.
// Built by the Discovery service (services/discovery.h); shown by the
// subscribe dialog and `masthead discover --json`; subscribed by
// Subscriptions::add.

struct DiscoveredHeadline
{
    QString title;
    QUrl link;
    QDateTime published; // UTC; invalid when the feed gives none
};

struct DiscoveredFeed
{
    QUrl url;
    QString title;
    QUrl siteUrl;
    int items = -1; // entries in the feed now; -1: not fetched (an OPML entry)
    QDateTime newest; // the newest entry's date; invalid when unknown
    QList<DiscoveredHeadline> headlines; // newest first, a few, for a preview
};

// A node of a site's category tree or of an OPML outline. A WordPress
// category has its own feed and may have sub-categories; an OPML folder has
// no feed and holds its entries as children; an OPML entry has a feed and no
// children.
struct DiscoveredCategory
{
    qint64 id = 0; // the site's own id (WordPress term id); 0 for OPML
    QString name;
    QUrl feed; // empty for an OPML folder
    int posts = -1; // the site's post count; 0 is an empty category; -1 unknown
    QList<DiscoveredCategory> children;
};

struct Discovered
{
    enum class Kind { Feed, Site, Opml };

    QUrl url; // as asked (or where a permanent redirect said it lives now)
    Kind kind = Kind::Feed;
    QString title; // the feed's, the site's or the OPML list's name
    QList<DiscoveredFeed> feeds; // the feed itself, a site's feeds, or every OPML entry
    QList<DiscoveredCategory> tree; // a site's category tree, or the OPML outline
    QStringList notes; // what was tried and did not work, for the person

    static QString kindName(Kind kind); // "feed", "site", "opml"
};

// Pure helpers for the Discovery service (no I/O; any thread).
namespace DiscoveredValues {

// What one fetched document is.
struct Probe
{
    enum class What { Feed, Opml, Page };
    What what = What::Page;
    DiscoveredFeed feed; // What::Feed
    OpmlDocument opml; // What::Opml
    DiscoveredFeeds page; // What::Page
};

// Classifies bytes fetched from url: a feed, an OPML list, or else a web
// page with its advertised feeds. maxHeadlines bounds the preview.
Probe probe(const QByteArray &bytes, const QUrl &url, const QByteArray &contentType,
            int maxHeadlines = 10);

// A parsed feed as a DiscoveredFeed: entry count, newest date, headlines.
DiscoveredFeed fromFeed(const FeedDocument &feed, const QUrl &url, int maxHeadlines = 10);

// An OPML list as a Discovered of kind Opml: every entry in feeds, the
// outline (folders and entries) in tree. Entries without a usable URL are
// left out with a note.
Discovered fromOpml(const OpmlDocument &opml, const QUrl &url);

// Every node of the tree with the names leading to it, depth first.
struct FlatCategory
{
    QStringList path;
    DiscoveredCategory node; // without its children
};
QList<FlatCategory> flatten(const QList<DiscoveredCategory> &tree);

} // namespace DiscoveredValues

Q_DECLARE_METATYPE(Discovered)
