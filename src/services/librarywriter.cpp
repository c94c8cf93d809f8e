#include "librarywriter.h"
#include "storagethread.h"
#include "treeeditor.h"

LibraryWriter::LibraryWriter(StorageThread &storage) : m_storage(storage) { }

QFuture<Result<>> LibraryWriter::setRead(const QList<qint64> &ids, bool read)
{
    return m_storage.run([ids, read](Library &library) { return library.articles().setRead(ids, read); });
}

QFuture<Result<>> LibraryWriter::setStarred(qint64 articleId, bool starred)
{
    return m_storage.run(
            [articleId, starred](Library &library) { return library.articles().setStarred(articleId, starred); });
}

QFuture<Result<>> LibraryWriter::setSubscribed(qint64 categoryId, bool subscribed)
{
    return m_storage.run([categoryId, subscribed](Library &library) {
        return library.categories().setSubscribed(categoryId, subscribed);
    });
}

QFuture<Result<QList<qint64>>> LibraryWriter::markAllRead(const ListScope &scope)
{
    return m_storage.run([scope](Library &library) -> Result<QList<qint64>> {
        Result<QList<qint64>> unread = QList<qint64>();
        if (scope.kind == ListScope::Starred) {
            unread = library.articles().unreadStarred();
        } else if (scope.kind == ListScope::TopStories) {
            unread = unreadOfTopStories(library, QDateTime::currentDateTimeUtc().addDays(-1));
        } else {
            auto feeds = feedsInScope(library, scope);
            if (!feeds)
                return feeds.error();
            unread = library.articles().unreadIn(feeds.value());
        }
        if (!unread)
            return unread.error();
        if (auto done = library.articles().setRead(unread.value(), true); !done)
            return done.error();
        return unread;
    });
}

QFuture<Result<DemoImporter::Report>> LibraryWriter::importSampleLibrary()
{
    return m_storage.run([](Library &library) { return DemoImporter(library).importBuiltIn(); });
}

QFuture<Result<Subscriptions::Added>> LibraryWriter::subscribe(const Discovered &found, const QStringList &under)
{
    return m_storage.run([found, under](Library &library) { return Subscriptions::store(library, found, under); });
}

QFuture<Result<qint64>> LibraryWriter::newFolder(qint64 parentId, const QString &name)
{
    return m_storage.run([parentId, name](Library &library) {
        return TreeEditor(library.database().connection()).newFolder(parentId, name);
    });
}

QFuture<Result<>> LibraryWriter::renameCategory(qint64 id, const QString &name)
{
    return m_storage.run(
            [id, name](Library &library) { return TreeEditor(library.database().connection()).renameCategory(id, name); });
}

QFuture<Result<>> LibraryWriter::renameFeed(qint64 id, const QString &title)
{
    return m_storage.run(
            [id, title](Library &library) { return TreeEditor(library.database().connection()).renameFeed(id, title); });
}

QFuture<Result<>> LibraryWriter::moveCategory(qint64 id, qint64 parentId)
{
    return m_storage.run([id, parentId](Library &library) {
        return TreeEditor(library.database().connection()).moveCategory(id, parentId);
    });
}

QFuture<Result<>> LibraryWriter::moveFeed(qint64 id, qint64 categoryId)
{
    return m_storage.run([id, categoryId](Library &library) {
        return TreeEditor(library.database().connection()).moveFeed(id, categoryId);
    });
}

QFuture<Result<>> LibraryWriter::deleteFeed(qint64 id)
{
    return m_storage.run([id](Library &library) { return TreeEditor(library.database().connection()).deleteFeed(id); });
}

QFuture<Result<>> LibraryWriter::deleteCategory(qint64 id)
{
    return m_storage.run(
            [id](Library &library) { return TreeEditor(library.database().connection()).deleteCategory(id); });
}

QFuture<Result<DeletedItems>> LibraryWriter::markFeedDeleted(qint64 id)
{
    return m_storage.run(
            [id](Library &library) { return TreeEditor(library.database().connection()).markFeedDeleted(id); });
}

QFuture<Result<DeletedItems>> LibraryWriter::markCategoryDeleted(qint64 id)
{
    return m_storage.run(
            [id](Library &library) { return TreeEditor(library.database().connection()).markCategoryDeleted(id); });
}

QFuture<Result<>> LibraryWriter::restoreDeleted(const DeletedItems &items)
{
    return m_storage.run(
            [items](Library &library) { return TreeEditor(library.database().connection()).restore(items); });
}

QFuture<Result<>> LibraryWriter::purgeDeleted(const DeletedItems &items)
{
    return m_storage.run(
            [items](Library &library) { return TreeEditor(library.database().connection()).purge(items); });
}

QFuture<Result<int>> LibraryWriter::purgeAllDeleted()
{
    return m_storage.run([](Library &library) { return TreeEditor(library.database().connection()).purgeAllDeleted(); });
}

QFuture<Result<>> LibraryWriter::setFeedSettings(qint64 id, const QString &title, FeedProperties::FullText fullText,
                                                 int refreshMinutes)
{
    return m_storage.run([id, title, fullText, refreshMinutes](Library &library) {
        return TreeEditor(library.database().connection())
                .setFeedSettings(id, title, FullTextMode(int(fullText)), refreshMinutes);
    });
}
