#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

// Organising the category tree: new folders, renames, moves and deletes of
// categories and feeds, each one transaction. Names are trimmed; a name a
// sibling already has, a move into its own subtree, or an empty name is a
// BadInput error with a message for the person, and nothing changes.
// Deleting a feed deletes its articles except the starred ones (those stay,
// readable, with the feed kept out of the tree and out of refreshes).
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

private:
    Result<> checkName(qint64 parentId, const QString &name, qint64 except) const;
    Result<bool> categoryExists(qint64 id) const;

    QSqlDatabase m_db;
};
