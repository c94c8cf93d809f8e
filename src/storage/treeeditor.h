#pragma once

#include "deleteditems.h"
#include "feed.h"
#include "fulltextmode.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

// Organising the category tree: new folders, renames, moves and deletes of
// categories and feeds, each one transaction. Names are trimmed; a name a
// sibling already has, a move into its own subtree, or an empty name is a
// BadInput error with a message for the person, and nothing changes.
// Deleting a feed deletes its articles except the starred ones (those stay,
// readable, with the feed kept out of the tree and out of refreshes).
//
// The window's deletes can be taken back: markDeleted…() only marks the rows
// (hidden from every read from then on), restore() brings them back as they
// were, purge() then does what a delete does. Every step is one transaction,
// so a crash in between leaves either the marks (purged at the next start:
// purgeAllDeleted()) or nothing changed.
class TreeEditor final
{
public:
    explicit TreeEditor(QSqlDatabase db);

    // A folder named `name` in `parentId` (0: the top); returns its id.
    Result<qint64> newFolder(qint64 parentId, const QString &name);
    Result<> renameCategory(qint64 id, const QString &name);
    Result<> renameFeed(qint64 id, const QString &title);
    // Into `parentId` (0: the top).
    Result<> moveCategory(qint64 id, qint64 parentId);
    // Into `categoryId` (0: unfiled).
    Result<> moveFeed(qint64 id, qint64 categoryId);
    Result<> deleteFeed(qint64 id);
    // The category, everything below it, and their feeds.
    Result<> deleteCategory(qint64 id);

    Result<DeletedItems> markFeedDeleted(qint64 id);
    Result<DeletedItems> markCategoryDeleted(qint64 id);
    // Refused (BadInput) when a folder of the same name took the place meanwhile.
    Result<> restore(const DeletedItems &items);
    // Those of the items still marked deleted (a feed subscribed again is not).
    Result<> purge(const DeletedItems &items);
    // Every row marked deleted; returns how many feeds and folders went.
    Result<int> purgeAllDeleted();

    // A feed's Properties: what it is, how it is fetched, what it stores.
    struct FeedProperties
    {
        Feed feed;
        FullTextMode fullText = FullTextMode::Auto;
        qint64 articles = 0;
        qint64 bytes = 0; // its articles' text and their stored images
    };
    Result<FeedProperties> feedProperties(qint64 id) const;
    // What the person can change there: its title, full text, and its
    // refresh interval in minutes (0: automatic; else clamped to RefreshPolicy's bounds).
    Result<> setFeedSettings(qint64 id, const QString &title, FullTextMode fullText, int refreshMinutes);

private:
    Result<> checkName(qint64 parentId, const QString &name, qint64 except) const;
    Result<bool> categoryExists(qint64 id) const;
    Result<> countArticles(DeletedItems &items) const;

    QSqlDatabase m_db;
};
