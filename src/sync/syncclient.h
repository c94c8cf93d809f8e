#pragma once

#include "result.h"
#include "syncqueue.h"
#include "syncstore.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>

// What a sync asks of a server, whatever its protocol. Ids are the server's,
// as text. Every call may fail with a clear message and changes nothing
// locally; the engine (syncengine.h) decides what to store.
class SyncClient
{
public:
    virtual ~SyncClient() = default;

    struct Tree
    {
        QList<RemoteCategory> categories;
        QList<RemoteFeed> feeds;
    };
    struct Flags
    {
        bool read = false;
        bool starred = false;
    };
    // Takes a page of articles to store; an error stops the paging.
    using PageSink = std::function<Result<>(const QList<RemoteArticle> &)>;

    virtual Result<> login() = 0;
    virtual Result<Tree> tree() = 0;
    // The articles new or changed since the bookmarks in state, page by
    // page; state is advanced only once every page was taken.
    virtual Result<> articlesSince(QJsonObject &state, const PageSink &sink) = 0;
    // The server's ids of every unread, or every starred, article.
    virtual Result<QStringList> unreadIds() = 0;
    virtual Result<QStringList> starredIds() = 0;
    // Sets one flag on these articles.
    virtual Result<> setFlag(QueuedChange::Flag flag, bool value, const QStringList &ids) = 0;
    // The server's flags of these articles; ids it does not know are missing.
    virtual Result<QHash<QString, Flags>> flagsOf(const QStringList &ids) = 0;
    // Subscriptions made from here: the server fetches the feed from now on.
    // remoteCategoryId empty: at the account's root.
    virtual Result<> subscribe(const QUrl &feedUrl, const QString &remoteCategoryId) = 0;
    virtual Result<> unsubscribe(const QString &remoteFeedId) = 0;
    // How many ids one setFlag or flagsOf request may carry.
    virtual int batchSize() const { return 200; }
};
