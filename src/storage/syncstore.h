#pragma once

#include "article.h"
#include "result.h"
#include "syncqueue.h"

#include <QHash>
#include <QSqlDatabase>
#include <QUrl>

namespace SqlUtil {
class RawStatementCache;
}

// What a server says it holds, in the server's ids (as text).
struct RemoteCategory
{
    QString id;
    QString parentId; // empty: at the account's root
    QString name;
};

struct RemoteFeed
{
    QString id;
    QString categoryId; // empty: at the account's root
    QString title;
    QUrl url;
    QUrl siteUrl;
};

struct RemoteArticle
{
    QString id;
    QString feedId;
    Article article; // already sanitized, as a feed's would be
    bool read = false;
    bool starred = false;
};

// Where sync writes what it got from a server: the account's subtree, its
// articles and the server's read/starred state. Flags it sets are never
// queued back to the server, and a flag with a local change still waiting
// in the queue keeps the local value (the newer change wins).
class SyncStore final
{
public:
    SyncStore(QSqlDatabase db, SqlUtil::RawStatementCache *statements);

    struct TreeCounts
    {
        int categories = 0;
        int feeds = 0;
        int removedFeeds = 0;
    };
    // Makes the account's subtree what the server says: categories and feeds
    // added, renamed, moved; the ones the server dropped removed.
    Result<TreeCounts> applyTree(qint64 accountId, qint64 rootCategoryId, const QList<RemoteCategory> &categories,
                                 const QList<RemoteFeed> &feeds);
    struct StoreCounts
    {
        int inserted = 0;
        int updated = 0;
        int skipped = 0; // in a feed the account's tree does not have
        QList<qint64> ids; // the stored articles new or changed
    };
    // Stores one page of articles with their flags, in one transaction.
    Result<StoreCounts> storeArticles(qint64 accountId, const QList<RemoteArticle> &articles);
    // The server's whole set of unread (Read) or starred (Starred) ids: the
    // account's other articles are read, or not starred. Returns how many
    // articles changed.
    Result<int> applyFlagSet(qint64 accountId, QueuedChange::Flag flag, const QStringList &remoteIds,
                             bool idsAreTrue);
    // Of these server ids and change times, the ids of the articles stored
    // here with an older one (an edited story); ids not stored are left out
    // (they come as new articles).
    Result<QStringList> outdated(qint64 accountId, const QList<std::pair<QString, QDateTime>> &stamps) const;
    // How many articles the account has here.
    Result<int> articleCount(qint64 accountId) const;
    // The local feed of a server feed, 0 if none.
    Result<qint64> feedOf(qint64 accountId, const QString &remoteFeedId) const;
    Result<QString> remoteFeedOf(qint64 feedId) const;

private:
    Result<qint64> placeCategory(qint64 accountId, qint64 parentId, const RemoteCategory &category);
    Result<qint64> placeFeed(qint64 accountId, qint64 categoryId, const RemoteFeed &feed);
    Result<> setApplying(bool on);
    // What is stored of the articles a page brings again: their change
    // time and the text kept here.
    struct StoredVersion
    {
        QDateTime changed;
        QString html;
        QString text;
    };
    Result<QHash<QString, StoredVersion>> storedVersions(qint64 accountId, const QList<RemoteArticle> &articles) const;
    // An article the server gives again in the version stored keeps the
    // text stored (the full text fetched here for a summary).
    static void keepLocalText(const QHash<QString, StoredVersion> &stored, const RemoteArticle &remote,
                              Article &article);

    QSqlDatabase m_db;
    SqlUtil::RawStatementCache *m_statements = nullptr;
};
