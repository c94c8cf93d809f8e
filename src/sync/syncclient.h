#pragma once

#include "result.h"
#include "syncqueue.h"
#include "syncstore.h"

#include <QDateTime>
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
    // An article the server has, with the time it last changed it.
    struct Stamp
    {
        QString id;
        QDateTime updated;
    };
    // Articles the server may have changed after it gave them (an edited
    // story keeps its id, so articlesSince() does not bring it again), from
    // the bookmarks in state (which it may advance, like articlesSince());
    // none on the first sync. The engine asks for those changed later than
    // stored again, through articles(). Default: the protocol cannot tell.
    virtual Result<QList<Stamp>> changedSince(QJsonObject &state)
    {
        Q_UNUSED(state);
        return QList<Stamp>();
    }
    // These articles in full, page by page.
    virtual Result<> articles(const QStringList &ids, const PageSink &sink)
    {
        Q_UNUSED(ids);
        Q_UNUSED(sink);
        return {};
    }
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
