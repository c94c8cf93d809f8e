// The account's subtree, articles and server flags as sync stores them, and
// the rule that a flag with a local change still queued keeps the local value.

#include "templibrary.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

RemoteArticle remote(const QString &id, const QString &feed, bool read = false, bool starred = false)
{
    RemoteArticle r;
    r.id = id;
    r.feedId = feed;
    r.read = read;
    r.starred = starred;
    r.article.title = u"Story %1"_s.arg(id);
    r.article.link = QUrl(u"https://news.example/%1"_s.arg(id));
    r.article.contentHtml = u"<p>Body %1</p>"_s.arg(id);
    r.article.contentText = u"Body %1"_s.arg(id);
    r.article.published = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC).addSecs(id.toInt() * 60);
    return r;
}

qint64 localId(Library &library, qint64 accountId, const QString &remoteId)
{
    auto ids = SqlUtil::idColumn(library.database().connection(),
                                 u"SELECT article_id FROM remote_articles WHERE account_id = ? AND remote_id = ?"_s,
                                 {accountId, remoteId});
    return ids && !ids->isEmpty() ? ids->first() : 0;
}

} // namespace

class TestSyncStore final : public QObject
{
    Q_OBJECT

    TempLibrary m_lib;
    Account m_account;

    void addAccount()
    {
        Account a;
        a.type = u"ttrss"_s;
        a.url = QUrl(u"https://rss.example/tt-rss/"_s);
        a.user = u"reader"_s;
        auto id = m_lib.library().accounts().add(a);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        m_account = *m_lib.library().accounts().find(id.value()).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lib.isValid(), qPrintable(m_lib.errorString()));
        addAccount();
        QVERIFY(m_account.categoryId > 0);
    }

    void treeNestsAndFollowsTheServer()
    {
        SyncStore store = m_lib.library().syncStore();
        // Listed child first: parents are placed first anyway.
        QList<RemoteCategory> categories{{u"2"_s, u"1"_s, u"Europe"_s}, {u"1"_s, QString(), u"World"_s}};
        QList<RemoteFeed> feeds{{u"10"_s, u"2"_s, u"Euro Wire"_s, QUrl(u"https://wire.example/feed"_s), {}},
                                {u"11"_s, QString(), u"Loose"_s, QUrl(u"https://loose.example/feed"_s), {}}};
        auto placed = store.applyTree(m_account.id, m_account.categoryId, categories, feeds);
        QVERIFY2(placed, qPrintable(placed ? QString() : placed.error().message));
        QCOMPARE(placed->categories, 2);
        auto europe = m_lib.library().categories().findByPath(u"reader@rss.example/World/Europe"_s);
        QVERIFY(europe && europe.value());
        auto feed = store.feedOf(m_account.id, u"10"_s);
        QVERIFY(feed && feed.value() > 0);
        QCOMPARE(m_lib.library().feeds().find(feed.value()).value()->categoryId, europe.value()->id);
        // The same feed may be subscribed locally too.
        Feed local;
        local.url = QUrl(u"https://wire.example/feed"_s);
        QVERIFY(m_lib.library().feeds().add(local));
        // A server feed is never refreshed locally.
        auto subscribed = m_lib.library().feeds().subscribed();
        QVERIFY(subscribed);
        for (const Feed &f : subscribed.value())
            QVERIFY(f.id != feed.value());

        // Renamed on the server; "Loose" dropped.
        categories[1].name = u"Worldwide"_s;
        feeds.removeLast();
        placed = store.applyTree(m_account.id, m_account.categoryId, categories, feeds);
        QVERIFY(placed);
        QCOMPARE(placed->removedFeeds, 1);
        QVERIFY(m_lib.library().categories().findByPath(u"reader@rss.example/Worldwide/Europe"_s).value());
        QCOMPARE(store.feedOf(m_account.id, u"11"_s).value(), 0);
    }

    void placeOfACategory()
    {
        AccountRepository accounts = m_lib.library().accounts();
        auto root = accounts.placeOfCategory(m_account.categoryId);
        QVERIFY(root && root.value());
        QCOMPARE(root.value()->accountId, m_account.id);
        QCOMPARE(root.value()->remoteCategoryId, QString());
        const auto europe = m_lib.library().categories().findByPath(u"reader@rss.example/Worldwide/Europe"_s).value();
        auto mapped = accounts.placeOfCategory(europe->id);
        QVERIFY(mapped && mapped.value());
        QCOMPARE(mapped.value()->remoteCategoryId, u"2"_s);
        // Made here inside the account's subtree: not on the server.
        auto made = m_lib.library().categories().ensurePath({u"reader@rss.example"_s, u"Worldwide"_s, u"Mine"_s});
        QVERIFY(made);
        auto mine = accounts.placeOfCategory(made.value());
        QVERIFY(!mine);
        QCOMPARE(mine.error().kind, Error::Usage);
        auto local = m_lib.library().categories().ensurePath({u"Elsewhere"_s});
        QVERIFY(!accounts.placeOfCategory(local.value()).value());
        const auto feed = m_lib.library().syncStore().feedOf(m_account.id, u"10"_s).value();
        QCOMPARE(accounts.remoteFeed(feed).value()->second, u"10"_s);
    }

    void articlesCarryTheServerFlags()
    {
        SyncStore store = m_lib.library().syncStore();
        auto stored = store.storeArticles(m_account.id, {remote(u"1"_s, u"10"_s), remote(u"2"_s, u"10"_s, true, true),
                                                         remote(u"3"_s, u"99"_s)});
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->inserted, 2);
        QCOMPARE(stored->skipped, 1); // no such feed in the tree
        const qint64 two = localId(m_lib.library(), m_account.id, u"2"_s);
        auto article = m_lib.library().articles().find(two);
        QVERIFY(article && article.value());
        QVERIFY(article.value()->read);
        QVERIFY(article.value()->starred);
        QCOMPARE(m_lib.library().syncQueue().remoteIdOf(two).value(), u"2"_s);
        // What the server set is not queued back to it.
        QCOMPARE(m_lib.library().syncQueue().count(m_account.id).value(), 0);
        // Stored again: the same rows, no duplicates.
        stored = store.storeArticles(m_account.id, {remote(u"1"_s, u"10"_s)});
        QVERIFY(stored);
        QCOMPARE(stored->inserted, 0);
        QCOMPARE(store.articleCount(m_account.id).value(), 2);
    }

    void localChangesAreQueuedInOrderAndCoalesced()
    {
        Library &library = m_lib.library();
        const qint64 one = localId(library, m_account.id, u"1"_s);
        QVERIFY(library.articles().setRead({one}, true));
        QVERIFY(library.articles().setStarred(one, true));
        QVERIFY(library.articles().setRead({one}, false)); // the newest change of a flag wins
        auto pending = library.syncQueue().pending(m_account.id);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).flag, QueuedChange::Flag::Starred);
        QCOMPARE(pending->at(1).flag, QueuedChange::Flag::Read);
        QCOMPARE(pending->at(1).value, false);
        QCOMPARE(pending->at(1).remoteId, u"1"_s);
        // A local article is never queued.
        const qint64 localFeed = m_lib.addFeedWithArticles(u"Local"_s, u"https://local.example/feed"_s, 1);
        auto localArticle = SqlUtil::idColumn(library.database().connection(),
                                              u"SELECT id FROM articles WHERE feed_id = ?"_s, {localFeed});
        QVERIFY(library.articles().setRead(localArticle.value(), true));
        QCOMPARE(library.syncQueue().count(m_account.id).value(), 2);
    }

    void serverSetsSkipFlagsWithQueuedChanges()
    {
        Library &library = m_lib.library();
        SyncStore store = library.syncStore();
        const qint64 one = localId(library, m_account.id, u"1"_s);
        const qint64 two = localId(library, m_account.id, u"2"_s);
        // The server says nothing is unread and nothing starred.
        QVERIFY(store.applyFlagSet(m_account.id, QueuedChange::Flag::Read, {}, false));
        QVERIFY(store.applyFlagSet(m_account.id, QueuedChange::Flag::Starred, {}, true));
        // Article 1 has queued changes of both flags: they stand.
        QCOMPARE(library.articles().find(one).value()->read, false);
        QCOMPARE(library.articles().find(one).value()->starred, true);
        QCOMPARE(library.articles().find(two).value()->starred, false);
        // Once sent, the server's state comes through.
        auto pending = library.syncQueue().pending(m_account.id);
        QList<qint64> ids;
        for (const QueuedChange &c : pending.value())
            ids.append(c.id);
        QVERIFY(library.syncQueue().remove(ids));
        auto changed = store.applyFlagSet(m_account.id, QueuedChange::Flag::Read, {u"2"_s}, false);
        QVERIFY(changed);
        QCOMPARE(changed.value(), 2); // 1 is read now, 2 unread
        QCOMPARE(library.articles().find(one).value()->read, true);
        QCOMPARE(library.articles().find(two).value()->read, false);
        QCOMPARE(library.syncQueue().count(m_account.id).value(), 0);
    }

    void removingTheAccountRemovesItsSubtree()
    {
        Library &library = m_lib.library();
        const qint64 one = localId(library, m_account.id, u"1"_s);
        QVERIFY(library.articles().setStarred(one, false));
        QVERIFY(library.accounts().remove(m_account.id));
        QVERIFY(!library.articles().find(one).value());
        QVERIFY(!library.categories().findByPath(u"reader@rss.example"_s).value());
        QCOMPARE(library.accounts().all().value().size(), 0);
        QVERIFY(library.categories().findByPath(u"Local"_s).value()); // local ones stay
        QCOMPARE(library.accounts().remove(m_account.id).error().kind, Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
