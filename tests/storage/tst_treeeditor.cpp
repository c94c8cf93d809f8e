// Organising the category tree on a real SQLite library: folders, renames,
// moves and deletes, and every refusal leaving the tree as it was.

#include "library.h"
#include "sqlutil.h"
#include "templibrary.h"
#include "treeeditor.h"

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
        QVERIFY(editor.setFeedSettings(feed, u"Desk"_s, FullTextMode::Always));
        auto after = editor.feedProperties(feed);
        QCOMPARE(after->feed.title, u"Desk"_s);
        QCOMPARE(after->fullText, FullTextMode::Always);
        // A refused title changes nothing else either (one transaction).
        QCOMPARE(editor.setFeedSettings(feed, u" "_s, FullTextMode::Never).error().kind, Error::BadInput);
        QCOMPARE(editor.feedProperties(feed)->fullText, FullTextMode::Always);
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
};

QTEST_GUILESS_MAIN(TestTreeEditor)
#include "tst_treeeditor.moc"
