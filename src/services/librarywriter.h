#pragma once

#include "deleteditems.h"
#include "demoimporter.h"
#include "listscope.h"
#include "result.h"
#include "feedproperties.h"
#include "subscriptions.h"

#include <QFuture>

class StorageThread;

// The window's write side: every change the window makes goes to the one
// writing connection, on the storage thread, in the order sent. Each answer
// is a future the window continues on its own thread.
class LibraryWriter final
{
public:
    explicit LibraryWriter(StorageThread &storage);

    QFuture<Result<>> setRead(const QList<qint64> &ids, bool read);
    QFuture<Result<>> setStarred(qint64 articleId, bool starred);
    QFuture<Result<>> setSubscribed(qint64 categoryId, bool subscribed);
    // Marks every unread article in the scope read; resolves with those
    // articles, so that Undo can mark exactly them unread again.
    QFuture<Result<QList<qint64>>> markAllRead(const ListScope &scope);
    QFuture<Result<DemoImporter::Report>> importSampleLibrary();
    // Subscribes what a discovery found (or the part a person checked) under
    // the category `under`, in one transaction (Subscriptions::store).
    QFuture<Result<Subscriptions::Added>> subscribe(const Discovered &found, const QStringList &under);
    // Organising the tree (TreeEditor): ids of categories and feeds; 0 as a
    // parent or destination is the top level.
    QFuture<Result<qint64>> newFolder(qint64 parentId, const QString &name);
    QFuture<Result<>> renameCategory(qint64 id, const QString &name);
    QFuture<Result<>> renameFeed(qint64 id, const QString &title);
    QFuture<Result<>> moveCategory(qint64 id, qint64 parentId);
    QFuture<Result<>> moveFeed(qint64 id, qint64 categoryId);
    // A feed's articles go with it, except the starred ones.
    QFuture<Result<>> deleteFeed(qint64 id);
    QFuture<Result<>> deleteCategory(qint64 id);
    // Deletes that can be taken back (TreeEditor): marked, hidden at once;
    // restored as they were, or purged once the undo is no longer offered.
    QFuture<Result<DeletedItems>> markFeedDeleted(qint64 id);
    QFuture<Result<DeletedItems>> markCategoryDeleted(qint64 id);
    QFuture<Result<>> restoreDeleted(const DeletedItems &items);
    QFuture<Result<>> purgeDeleted(const DeletedItems &items);
    // What a run that stopped before its purge left marked (at start).
    QFuture<Result<int>> purgeAllDeleted();
    // What a feed's Properties change; refreshMinutes 0: automatic.
    QFuture<Result<>> setFeedSettings(qint64 id, const QString &title, FeedProperties::FullText fullText,
                                      int refreshMinutes);

private:
    StorageThread &m_storage;
};
