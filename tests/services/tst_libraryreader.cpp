// The window's read side and write side over a real library: answers come
// from threads of their own, never the caller's.

#include "demoimporter.h"
#include "libraryreader.h"
#include "librarywriter.h"
#include "storagethread.h"
#include "templibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

template<typename T>
T waitFor(QFuture<T> future)
{
    (void)QTest::qWaitFor([&] { return future.isFinished(); }, 20000);
    return future.result();
}

} // namespace

class TestLibraryReader final : public QObject
{
    Q_OBJECT

    TempLibrary m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_demo.isValid(), qPrintable(m_demo.errorString()));
        QVERIFY(DemoImporter(m_demo.library()).importBuiltIn().ok());
    }

    void readsTheTreeThePagesAndAnArticle()
    {
        LibraryReader reader(m_demo.dataDir());
        const auto tree = waitFor(reader.tree());
        QVERIFY(tree);
        QCOMPARE(tree->size(), 4);
        const auto first = waitFor(reader.articles({}, std::nullopt, 10));
        QVERIFY(first);
        QCOMPARE(first->size(), 10);
        const auto second = waitFor(reader.articles({}, first->last(), 100));
        QVERIFY(second);
        QCOMPARE(second->size(), 20);
        QVERIFY(first->last().sortTime >= second->first().sortTime);
        const auto page = waitFor(reader.page(first->first().id));
        QVERIFY(page);
        QCOMPARE(page->headline, first->first().title);
        const auto figures = waitFor(reader.figures());
        QVERIFY(figures);
        QCOMPARE(figures->articles, 30);
        QCOMPARE(figures->feeds, 8);
    }

    void scopesByCategoryAndFeed()
    {
        LibraryReader reader(m_demo.dataDir());
        const auto tree = waitFor(reader.tree()).value();
        ListScope micro{ListScope::Category, tree.first().category.id};
        const auto rows = waitFor(reader.articles(micro, std::nullopt, 100));
        QCOMPARE(int(rows->size()), tree.first().total);
        const auto feeds = waitFor(reader.feedIds(micro));
        QVERIFY(feeds && !feeds->isEmpty());
        ListScope feed{ListScope::Feed, feeds->first()};
        for (const ArticleHeader &row : waitFor(reader.articles(feed, std::nullopt, 100)).value())
            QCOMPARE(row.feedId, feeds->first());
        QCOMPARE(waitFor(reader.feedIds({})).value().size(), 8);
    }

    void searchesWithSnippetsInScope()
    {
        LibraryReader reader(m_demo.dataDir());
        const auto all = waitFor(reader.search(u"gaza"_s, {}, 50));
        QVERIFY(all);
        QVERIFY(!all->isEmpty());
        QVERIFY(all->first().snippet.contains(u'['));
        const auto tree = waitFor(reader.tree()).value();
        const ListScope technology{ListScope::Category, tree.at(1).category.id};
        const auto scoped = waitFor(reader.search(u"gaza"_s, technology, 50));
        QVERIFY(scoped);
        QVERIFY(scoped->size() < all->size());
        // Nothing but operators: no error, nothing found.
        const auto operators = waitFor(reader.search(u"\" ( * ) -"_s, {}, 50));
        QVERIFY(operators);
        QVERIFY(operators->isEmpty());
        // The opened result marks its words.
        const auto page = waitFor(reader.page(all->first().id, UncachedImages::Remove, u"gaza"_s));
        QVERIFY(page->bodyHtml.contains(u"<mark>"_s, Qt::CaseInsensitive));
    }

    void aMissingLibraryIsAnError()
    {
        LibraryReader reader(m_demo.dataDir() + u"/nowhere"_s);
        const auto tree = waitFor(reader.tree());
        QVERIFY(!tree);
        QVERIFY(!tree.error().message.isEmpty());
    }

    void markAllReadInAScopeAndUndo()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        StorageThread storage(fixture.dataDir());
        LibraryWriter writer(storage);
        LibraryReader reader(fixture.dataDir());
        const auto tree = waitFor(reader.tree()).value();
        const int unreadBefore = int(waitFor(reader.figures())->unread);
        const ListScope science{ListScope::Category, tree.at(2).category.id};
        const auto marked = waitFor(writer.markAllRead(science));
        QVERIFY(marked);
        QCOMPARE(int(marked->size()), tree.at(2).unread);
        QCOMPARE(int(waitFor(reader.figures())->unread), unreadBefore - tree.at(2).unread);
        QVERIFY(waitFor(writer.setRead(marked.value(), false)));
        QCOMPARE(int(waitFor(reader.figures())->unread), unreadBefore);
    }

    // A deleted feed's articles leave every list, search and count at once,
    // its starred ones aside: those stay in the whole library's starred list
    // (also once the delete is purged, the feed still out of the tree).
    void deletedFeedsLeaveTheListsButStarred()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 gone = fixture.addFeedWithArticles(u"News"_s, u"https://gone.example/feed"_s, 3);
        const qint64 stays = fixture.addFeedWithArticles(u"Other"_s, u"https://stays.example/feed"_s, 2);
        StorageThread storage(fixture.dataDir());
        LibraryWriter writer(storage);
        LibraryReader reader(fixture.dataDir());
        auto all = waitFor(reader.articles({}, std::nullopt, 100));
        QCOMPARE(all->size(), 5);
        qint64 starred = 0;
        for (const ArticleHeader &row : all.value())
            if (row.feedId == gone)
                starred = row.id;
        QVERIFY(waitFor(writer.setStarred(starred, true)));
        const auto marked = waitFor(writer.markFeedDeleted(gone));
        QVERIFY(marked);
        QCOMPARE(marked->starred, 1);
        for (bool purged : {false, true}) {
            all = waitFor(reader.articles({}, std::nullopt, 100));
            QCOMPARE(all->size(), 2);
            for (const ArticleHeader &row : all.value())
                QCOMPARE(row.feedId, stays);
            ListScope unread;
            unread.unreadOnly = true;
            QCOMPARE(waitFor(reader.articles(unread, std::nullopt, 100))->size(), 2);
            ListScope starredOnly;
            starredOnly.starredOnly = true;
            const auto kept = waitFor(reader.articles(starredOnly, std::nullopt, 100));
            QCOMPARE(kept->size(), 1);
            QCOMPARE(kept->first().id, starred);
            QVERIFY2(kept->first().feedTitle.endsWith(u" (unsubscribed)"_s), qPrintable(kept->first().feedTitle));
            QCOMPARE(waitFor(reader.figures())->articles, 2);
            QCOMPARE(waitFor(reader.feedIds({})).value(), QList<qint64>{stays});
            int feedsInTree = 0;
            for (const CategoryNode &root : waitFor(reader.tree()).value())
                feedsInTree += int(root.feeds.size());
            QCOMPARE(feedsInTree, 1); // its folder stays, empty
            if (!purged)
                QVERIFY(waitFor(writer.purgeDeleted(marked.value())));
        }
        // Every feed deleted: the whole library lists nothing but the starred.
        QVERIFY(waitFor(writer.markFeedDeleted(stays)));
        QVERIFY(waitFor(reader.articles({}, std::nullopt, 100))->isEmpty());
        QVERIFY(waitFor(writer.restoreDeleted({{}, {stays}, 0, 0})));
        QCOMPARE(waitFor(reader.articles({}, std::nullopt, 100))->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryReader)
#include "tst_libraryreader.moc"
