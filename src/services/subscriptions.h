#pragma once

#include "discovered.h"
#include "feed.h"
#include "result.h"

#include <QObject>

class DiscoveryResult;
class Fetcher;
class Library;

// Subscribing: a feed URL, a web page (feed autodiscovery), a WordPress site
// (its category tree becomes a subtree, one category feed per category), or
// an OPML list (folders become categories). And the OPML export.
class Subscriptions final : public QObject
{
    Q_OBJECT

public:
    struct Added
    {
        struct Entry
        {
            Feed feed;
            QString categoryPath;
        };
        QList<Entry> feeds;
        QStringList categories; // paths created or used
    };

    Subscriptions(Library &library, Fetcher &fetcher, QObject *parent = nullptr);

    // Finds what the URL offers (Discovery) and subscribes to it; the answer
    // comes in added(). A feed, or a site's main feed, goes into categoryPath;
    // a site with a category tree brings its tree, under categoryPath or,
    // when that is empty, under a category named after the site; an OPML
    // list brings its folders under categoryPath.
    void add(const QUrl &url, const QString &categoryPath);
    // Subscribes what a discovery found (or the part of it a person chose),
    // in one transaction, under the category `under` (segments; empty: the
    // top). Feed and Site: every feed in found.feeds goes into `under`, and
    // every category of found.tree becomes a category holding its feed.
    // Opml: the outline's folders become categories holding their entries.
    // The answer is returned and also emitted in added(), as for add(), so
    // whoever refreshes new subscriptions sees these too.
    Result<Added> subscribe(const Discovered &found, const QStringList &under);
    // What add() subscribes of a discovery, and where.
    static Discovered whatAddTakes(const Discovered &found);
    static QStringList whereAddPuts(const Discovered &found, const QString &categoryPath);
    // What subscribe() writes, as a job for whichever thread owns `library`'s
    // writing connection (LibraryWriter::subscribe runs it on the storage
    // thread, so the window never writes itself). Emits nothing.
    static Result<Added> store(Library &library, const Discovered &found, const QStringList &under);
    Result<Added> importOpml(const QByteArray &bytes);
    Result<QByteArray> exportOpml() const;
    // The subscriptions of `library` as an OPML document, its folders as
    // nested outlines; only reads (LibraryReader runs it off the window's thread).
    static Result<QByteArray> exportOpml(const Library &library);

Q_SIGNALS:
    void added(const Result<Subscriptions::Added> &result);

private:
    static Result<> subscribeFeed(Library &library, const DiscoveredFeed &feed, const QStringList &path,
                                  Added &added);
    static Result<> subscribeCategories(Library &library, const QList<DiscoveredCategory> &nodes,
                                        const QStringList &path, bool outline, Added &added);

    Library &m_library;
    Fetcher &m_fetcher;
};
