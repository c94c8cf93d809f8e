// Organising the category tree on a real SQLite library: folders, renames,
// moves and deletes, and every refusal leaving the tree as it was.

#include "library.h"
#include "sqlutil.h"
#include "refreshpolicy.h"
#include "templibrary.h"
#include "treeeditor.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 categoryAt(TempLibrary &fixture, const QString &path)
{
    auto found = fixture.library().categories().findByPath(path);
    return found && found.value() ? found.value()->id : 0;
}

qint64 countOf(TempLibrary &fixture, const QString &sql, const QVariantList &values = {})
{
    auto q = SqlUtil::run(fixture.library().database().connection(), sql, values);
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace

class TestTreeEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFoldersAndRenames()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TreeEditor editor(fixture.library().database().connection());
        auto news = editor.newFolder(0, u"  News  "_s);
        QVERIFY(news);
        auto world = editor.newFolder(news.value(), u"World"_s);
        QVERIFY(world);
        QCOMPARE(categoryAt(fixture, u"News/World"_s), world.value());
        // A sibling's name, an empty name or a slash are refused.
        QCOMPARE(editor.newFolder(0, u"News"_s).error().kind, Error::BadInput);
        QCOMPARE(editor.newFolder(0, u"  "_s).error().kind, Error::BadInput);
        QCOMPARE(editor.newFolder(0, u"a/b"_s).error().kind, Error::BadInput);
        QCOMPARE(editor.newFolder(999, u"Orphan"_s).error().kind, Error::NotFound);
        QVERIFY(editor.newFolder(0, u"Sport"_s));
        QCOMPARE(editor.renameCategory(world.value(), u"Sport"_s).ok(), true); // another parent's name is fine
        QCOMPARE(categoryAt(fixture, u"News/Sport"_s), world.value());
        QCOMPARE(editor.renameCategory(news.value(), u"Sport"_s).error().kind, Error::BadInput);
        QVERIFY(editor.renameCategory(news.value(), u"Headlines"_s));
        QCOMPARE(categoryAt(fixture, u"Headlines/Sport"_s), world.value());
        QCOMPARE(editor.renameCategory(12345, u"X"_s).error().kind, Error::NotFound);
        const qint64 feed = fixture.addFeedWithArticles(u"Headlines"_s, u"https://a.example/feed"_s, 1);
        QVERIFY(editor.renameFeed(feed, u"  My Wire "_s));
        QCOMPARE(fixture.library().feeds().find(feed).value()->title, u"My Wire"_s);
        QCOMPARE(editor.renameFeed(feed, u""_s).error().kind, Error::BadInput);
        QCOMPARE(editor.renameFeed(999, u"X"_s).error().kind, Error::NotFound);
    }

    void movesRefuseCyclesAndNameClashes()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TreeEditor editor(fixture.library().database().connection());
        const qint64 deep = fixture.library().categories().ensurePath({u"A"_s, u"B"_s, u"C"_s}).value();
        const qint64 a = categoryAt(fixture, u"A"_s);
        const qint64 b = categoryAt(fixture, u"A/B"_s);
        QCOMPARE(editor.moveCategory(a, deep).error().kind, Error::BadInput); // into its own subtree
        QCOMPARE(editor.moveCategory(a, a).error().kind, Error::BadInput);
        QVERIFY(editor.moveCategory(deep, 0)); // C to the top
        QCOMPARE(categoryAt(fixture, u"C"_s), deep);
        fixture.library().categories().ensurePath({u"C"_s, u"B"_s}).value();
        QCOMPARE(editor.moveCategory(b, deep).error().kind, Error::BadInput); // C already has a B
        QCOMPARE(categoryAt(fixture, u"A/B"_s), b);
        const qint64 feed = fixture.addFeedWithArticles(u"A/B"_s, u"https://a.example/feed"_s, 2);
        QVERIFY(editor.moveFeed(feed, deep));
        QCOMPARE(fixture.library().feeds().find(feed).value()->categoryId, deep);
        QVERIFY(editor.moveFeed(feed, 0));
        QCOMPARE(fixture.library().feeds().find(feed).value()->categoryId, 0);
        QCOMPARE(editor.moveFeed(feed, 4242).error().kind, Error::NotFound);
    }

    void feedPropertiesAndSettings()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TreeEditor editor(fixture.library().database().connection());
        const qint64 feed = fixture.addFeedWithArticles(u"News"_s, u"https://w.example/feed"_s, 4);
        auto before = editor.feedProperties(feed);
        QVERIFY(before);
        QCOMPARE(before->feed.url, QUrl(u"https://w.example/feed"_s));
        QCOMPARE(before->articles, 4);
        QVERIFY(before->bytes > 0);
        QCOMPARE(before->fullText, FullTextMode::Auto);
        QCOMPARE(before->feed.chosenRefreshMinutes, 0); // automatic
        QVERIFY(editor.setFeedSettings(feed, u"Desk"_s, FullTextMode::Always, 45));
        auto after = editor.feedProperties(feed);
        QCOMPARE(after->feed.title, u"Desk"_s);
        QCOMPARE(after->fullText, FullTextMode::Always);
        QCOMPARE(after->feed.chosenRefreshMinutes, 45);
        // The scheduler reads it with the feed's hints.
        const auto states = fixture.library().feeds().refreshStates().value();
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.first().chosenMinutes, 45);
        // A refused title changes nothing else either (one transaction).
        QCOMPARE(editor.setFeedSettings(feed, u" "_s, FullTextMode::Never, 0).error().kind, Error::BadInput);
        QCOMPARE(editor.feedProperties(feed)->fullText, FullTextMode::Always);
        QCOMPARE(editor.feedProperties(feed)->feed.chosenRefreshMinutes, 45);
        // Beyond the bounds it is clamped; 0 or less is automatic again.
        QVERIFY(editor.setFeedSettings(feed, u"Desk"_s, FullTextMode::Always, 1000000));
        QCOMPARE(editor.feedProperties(feed)->feed.chosenRefreshMinutes, RefreshPolicy::MaxIntervalMinutes);
        QVERIFY(editor.setFeedSettings(feed, u"Desk"_s, FullTextMode::Always, -5));
        QCOMPARE(editor.feedProperties(feed)->feed.chosenRefreshMinutes, 0);
        QCOMPARE(editor.feedProperties(999).error().kind, Error::NotFound);
    }

    // A sync account's own folder is removed with its account, never alone.
    void anAccountsFolderIsNotDeletedAlone()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TreeEditor editor(fixture.library().database().connection());
        Account account;
        account.type = u"ttrss"_s;
        account.url = QUrl(u"https://rss.example/tt-rss/"_s);
        account.user = u"ana"_s;
        const qint64 id = fixture.library().accounts().add(account).value();
        const qint64 root = fixture.library().accounts().find(id).value()->categoryId;
        QVERIFY(root > 0);
        auto refused = editor.deleteCategory(root);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"Remove Account"_s));
        QVERIFY(fixture.library().categories().find(root).value());
        QCOMPARE(fixture.library().accounts().find(id).value()->categoryId, root);
    }

    // A deleted feed's articles go, its starred ones stay; deleting a
    // folder takes its sub-folders and their feeds.
    void deletesKeepStarredArticles()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        TreeEditor editor(fixture.library().database().connection());
        const qint64 kept = fixture.addFeedWithArticles(u"News/World"_s, u"https://w.example/feed"_s, 3);
        const qint64 plain = fixture.addFeedWithArticles(u"News/World/Deep"_s, u"https://d.example/feed"_s, 2);
        const qint64 other = fixture.addFeedWithArticles(u"Other"_s, u"https://o.example/feed"_s, 2);
        const qint64 starred = countOf(fixture, u"SELECT min(id) FROM articles WHERE feed_id = ?"_s, {kept});
        QVERIFY(fixture.library().articles().setStarred(starred, true));
        QVERIFY(editor.deleteCategory(categoryAt(fixture, u"News"_s)));
        QCOMPARE(categoryAt(fixture, u"News"_s), 0);
        QCOMPARE(categoryAt(fixture, u"News/World/Deep"_s), 0);
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM articles WHERE feed_id IN (?, ?)"_s, {kept, plain}), 1);
        QCOMPARE(countOf(fixture, u"SELECT starred FROM articles WHERE feed_id = ?"_s, {kept}), 1);
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM feeds WHERE id = ?"_s, {plain}), 0);
        // The feed kept for its starred article is no longer refreshed.
        QCOMPARE(countOf(fixture, u"SELECT gone FROM feeds WHERE id = ?"_s, {kept}), 1);
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM articles WHERE feed_id = ?"_s, {other}), 2);
        QVERIFY(editor.deleteFeed(other));
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM feeds WHERE id = ?"_s, {other}), 0);
        QCOMPARE(categoryAt(fixture, u"Other"_s) != 0, true); // the folder stays
    }

    // A delete from the window only marks: the feed and folder are hidden
    // from every read at once, and restore() brings them back as they were
    // (articles, read and starred state, place in the tree).
    void markedDeletesRestoreAsTheyWere()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        TreeEditor editor(library.database().connection());
        const qint64 world = fixture.addFeedWithArticles(u"News/World"_s, u"https://w.example/feed"_s, 3);
        const qint64 deep = fixture.addFeedWithArticles(u"News/World/Deep"_s, u"https://d.example/feed"_s, 2);
        const qint64 other = fixture.addFeedWithArticles(u"Other"_s, u"https://o.example/feed"_s, 2);
        const qint64 first = countOf(fixture, u"SELECT min(id) FROM articles WHERE feed_id = ?"_s, {world});
        QVERIFY(library.articles().setStarred(first, true));
        QVERIFY(library.articles().setRead({first}, true));
        const qint64 newsId = categoryAt(fixture, u"News"_s);
        const qint64 worldId = categoryAt(fixture, u"News/World"_s);
        const auto stateSql = u"SELECT group_concat(id || ':' || read || starred, ',') FROM"
                              " (SELECT id, read, starred FROM articles ORDER BY id)"_s;
        auto stateBefore = SqlUtil::run(library.database().connection(), stateSql);
        QVERIFY(stateBefore && stateBefore.value().next());
        const QString before = stateBefore.value().value(0).toString();
        stateBefore.value().finish();

        auto marked = editor.markCategoryDeleted(newsId);
        QVERIFY(marked);
        QCOMPARE(QSet<qint64>(marked->feeds.cbegin(), marked->feeds.cend()), (QSet<qint64>{world, deep}));
        QCOMPARE(marked->categories.first(), newsId);
        QCOMPARE(marked->categories.size(), 3);
        QCOMPARE(marked->articles, 5);
        QCOMPARE(marked->starred, 1);
        // Hidden from every read of the tree, the refreshes and the paths.
        QCOMPARE(library.categories().all().value().size(), 1);
        QCOMPARE(library.feeds().withCounts().value().size(), 1);
        QCOMPARE(library.feeds().subscribed().value().size(), 1);
        QCOMPARE(library.feeds().liveIds().value(), QList<qint64>{other});
        QVERIFY(library.feeds().anyDeleted().value());
        QCOMPARE(categoryAt(fixture, u"News"_s), 0);
        // Nothing is gone yet.
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM articles"_s), 7);
        // Its name is free meanwhile; while taken, the folder cannot come back.
        auto again = editor.newFolder(0, u"News"_s);
        QVERIFY(again);
        QCOMPARE(editor.restore(marked.value()).error().kind, Error::BadInput);
        QCOMPARE(library.feeds().withCounts().value().size(), 1); // the refusal changed nothing
        QVERIFY(editor.markCategoryDeleted(again.value()));
        QVERIFY(editor.purge({{again.value()}, {}, 0, 0}));

        QVERIFY(editor.restore(marked.value()));
        QCOMPARE(categoryAt(fixture, u"News"_s), newsId);
        QCOMPARE(categoryAt(fixture, u"News/World"_s), worldId);
        QCOMPARE(library.feeds().find(world).value()->categoryId, worldId);
        QCOMPARE(library.feeds().withCounts().value().size(), 3);
        QVERIFY(!library.feeds().anyDeleted().value());
        auto stateAfter = SqlUtil::run(library.database().connection(), stateSql);
        QVERIFY(stateAfter && stateAfter.value().next());
        QCOMPARE(stateAfter.value().value(0).toString(), before);
    }

    // Once the undo is no longer offered the marked rows are purged: the
    // articles go but the starred ones, which stay under a feed that stays
    // deleted (out of the tree, of refreshes and of the lists but Starred).
    void purgeKeepsStarredUnderADeletedFeed()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        TreeEditor editor(library.database().connection());
        const qint64 kept = fixture.addFeedWithArticles(u"News"_s, u"https://w.example/feed"_s, 3);
        const qint64 plain = fixture.addFeedWithArticles(u"Plain"_s, u"https://p.example/feed"_s, 2);
        const qint64 starred = countOf(fixture, u"SELECT min(id) FROM articles WHERE feed_id = ?"_s, {kept});
        QVERIFY(library.articles().setStarred(starred, true));
        auto keptMark = editor.markFeedDeleted(kept);
        auto plainMark = editor.markFeedDeleted(plain);
        QVERIFY(keptMark && plainMark);
        QCOMPARE(keptMark->starred, 1);
        QCOMPARE(plainMark->starred, 0);
        QCOMPARE(editor.markFeedDeleted(kept).error().kind, Error::NotFound); // already
        QVERIFY(editor.purge(keptMark.value()));
        QVERIFY(editor.purge(plainMark.value()));
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM articles WHERE feed_id = ?"_s, {kept}), 1);
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM feeds WHERE id = ?"_s, {plain}), 0);
        QVERIFY(library.feeds().find(kept).value()->deleted);
        QVERIFY(library.feeds().withCounts().value().isEmpty());
        QVERIFY(library.feeds().all().value().isEmpty());
        // A second purge of the same delete changes nothing.
        QVERIFY(editor.purge(keptMark.value()));
        // Subscribing to it again brings the feed back, its starred article with it.
        Feed again;
        again.url = QUrl(u"https://w.example/feed"_s);
        again.categoryId = categoryAt(fixture, u"Plain"_s);
        QCOMPARE(library.feeds().add(again).value(), kept);
        QVERIFY(!library.feeds().find(kept).value()->deleted);
        QCOMPARE(library.feeds().find(kept).value()->categoryId, again.categoryId);
        QCOMPARE(library.feeds().subscribed().value().size(), 1);
    }

    // A run that stopped between the delete and its purge (a crash) leaves
    // the rows marked: the next start purges them.
    void marksLeftByAStoppedRunArePurged()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 feed = fixture.addFeedWithArticles(u"News/World"_s, u"https://w.example/feed"_s, 3);
        const qint64 loose = fixture.addFeedWithArticles(u"Loose"_s, u"https://l.example/feed"_s, 1);
        const qint64 starred = countOf(fixture, u"SELECT min(id) FROM articles WHERE feed_id = ?"_s, {feed});
        QVERIFY(fixture.library().articles().setStarred(starred, true));
        {
            TreeEditor editor(fixture.library().database().connection());
            QVERIFY(editor.markCategoryDeleted(categoryAt(fixture, u"News"_s)));
            QVERIFY(editor.markFeedDeleted(loose));
        }
        TreeEditor nextStart(fixture.library().database().connection());
        auto purged = nextStart.purgeAllDeleted();
        QVERIFY(purged);
        QCOMPARE(purged.value(), 3); // two folders and the loose feed; the starred one's feed stays
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM categories WHERE name IN ('News', 'World')"_s), 0);
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM articles"_s), 1);
        QCOMPARE(countOf(fixture, u"SELECT coalesce(category_id, 0) FROM feeds WHERE id = ?"_s, {feed}), 0);
        QCOMPARE(nextStart.purgeAllDeleted().value(), 0);
        // Unstarred since, the last article goes at the next purge, and its feed too.
        QVERIFY(fixture.library().articles().setStarred(starred, false));
        QCOMPARE(nextStart.purgeAllDeleted().value(), 1);
        QCOMPARE(countOf(fixture, u"SELECT count(*) FROM feeds"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestTreeEditor)
#include "tst_treeeditor.moc"
