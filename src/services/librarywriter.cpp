#include "librarywriter.h"
#include "storagethread.h"

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
        auto feeds = feedsInScope(library, scope);
        if (!feeds)
            return feeds.error();
        auto unread = library.articles().unreadIn(feeds.value());
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
