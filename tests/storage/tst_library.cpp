#include "library.h"
#include "migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A library with a category in it, then one of its index pages overwritten
// with garbage, as a failing disk would leave it.
bool createDamagedLibrary(const QString &dataDir)
{
    qint64 page = 0;
    {
        auto opened = Library::open(dataDir);
        if (!opened || !opened.value()->categories().ensurePath({u"Kept"_s}))
            return false;
        QSqlQuery query(opened.value()->database().connection());
        if (!query.exec(u"SELECT rootpage FROM sqlite_schema WHERE name = 'categories_sibling_name'"_s)
            || !query.next())
            return false;
        page = query.value(0).toLongLong();
    }
    QFile file(Database::fileNameIn(dataDir));
    if (page < 2 || !file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * 4096 + 8))
        return false;
    return file.write(QByteArray(256, '\x5a')) == 256;
}

Article bigArticle(const QString &guid)
{
    Article article;
    article.guid = guid;
    article.title = u"Headline "_s + guid;
    article.contentText = QString(2048, u'w');
    article.contentHtml = u"<p>"_s + article.contentText + u"</p>"_s;
    return article;
}

} // namespace

class TestLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensInADataDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dataDir = dir.filePath(u"masthead/data"_s);
        auto opened = Library::open(dataDir);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        Library &library = *opened.value();
        QCOMPARE(library.dataDir(), QDir(dataDir).absolutePath());
        QCOMPARE(library.cacheDir(), QDir(dataDir).filePath(u"cache"_s));
        QCOMPARE(library.database().path(), Database::fileNameIn(QDir(dataDir).absolutePath()));
        QVERIFY(QFile::exists(library.database().path()));
        QCOMPARE(library.database().schemaVersion(), Migrator::builtIn().latestVersion());
    }

    void repositoriesShareTheConnection()
    {
        QTemporaryDir dir;
        auto opened = Library::open(dir.path());
        QVERIFY(opened.ok());
        Library &library = *opened.value();
        const qint64 category = library.categories().ensurePath({u"News"_s}).value();
        Feed feed;
        feed.url = QUrl(u"https://example.com/feed"_s);
        feed.categoryId = category;
        const qint64 feedId = library.feeds().add(feed).value();
        QCOMPARE(library.feeds().find(feedId).value()->categoryId, category);
        QCOMPARE(library.feeds().inCategories({category}).value(), QList<qint64>{feedId});
    }

    void reopenSeesTheData()
    {
        QTemporaryDir dir;
        {
            auto opened = Library::open(dir.path());
            QVERIFY(opened.ok());
            QVERIFY(opened.value()->categories().ensurePath({u"Kept"_s}).ok());
        }
        auto again = Library::open(dir.path(), Database::Mode::ReadOnly);
        QVERIFY(again.ok());
        QVERIFY(again.value()->categories().findByPath(u"Kept"_s).value().has_value());
    }

    void closingAfterStoringClosesTheFile()
    {
        // The store keeps its prepared statements for the life of the
        // library; they must be gone before the connection closes, or the
        // close fails and the WAL is left behind unmerged.
        QTemporaryDir dir;
        {
            auto opened = Library::open(dir.path());
            QVERIFY(opened.ok());
            Feed feed;
            feed.url = QUrl(u"https://example.com/feed"_s);
            const qint64 feedId = opened.value()->feeds().add(feed).value();
            for (int round = 0; round < 3; ++round) {
                Article article;
                article.guid = u"g%1"_s.arg(round);
                article.title = u"Story %1"_s.arg(round);
                QVERIFY(opened.value()->articles().upsert(feedId, {article}, QDateTime::currentDateTimeUtc()).ok());
            }
        }
        QVERIFY(!QFile::exists(Database::fileNameIn(dir.path()) + u"-wal"_s));
        auto again = Library::open(dir.path(), Database::Mode::ReadOnly);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->articles().headers({}).value().size(), 3);
    }

    void missingLibraryReadOnlyIsNotFound()
    {
        QTemporaryDir dir;
        auto opened = Library::open(dir.filePath(u"none"_s), Database::Mode::ReadOnly);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(u"none"_s)));
    }

    void garbageLibraryIsAnError()
    {
        QTemporaryDir dir;
        {
            QFile file(Database::fileNameIn(dir.path()));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a database at all");
        }
        auto opened = Library::open(dir.path());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Database);
    }

    void damagedLibraryIsRefusedUntilThePersonAgrees()
    {
        QTemporaryDir dir;
        QVERIFY(createDamagedLibrary(dir.path()));
        const QString path = Database::fileNameIn(dir.path());
        const QByteArray damagedBytes = sha256Of(path);

        auto refused = Library::open(dir.path());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Database);
        QVERIFY2(refused.error().message.contains(u"damaged"_s), qPrintable(refused.error().message));
        QCOMPARE(sha256Of(path), damagedBytes);
        QCOMPARE(Library::isDamaged(dir.path()).value(), true);
        QCOMPARE(sha256Of(path), damagedBytes);

        auto fresh = Library::open(dir.path(), Database::Mode::ReadWrite, Library::IfDamaged::MoveAside);
        QVERIFY2(fresh.ok(), qPrintable(fresh.ok() ? QString() : fresh.error().message));
        const QString moved = fresh.value()->movedAside();
        QVERIFY2(QRegularExpression(u"^library\\.sqlite\\.corrupt-\\d{8}-\\d{6}$"_s)
                         .match(QFileInfo(moved).fileName())
                         .hasMatch(),
                 qPrintable(moved));
        QCOMPARE(QFileInfo(moved).absolutePath(), QDir(dir.path()).absolutePath());
        QCOMPARE(sha256Of(moved), damagedBytes); // kept, byte for byte
        QVERIFY(!fresh.value()->categories().findByPath(u"Kept"_s).value().has_value());
        QCOMPARE(fresh.value()->database().schemaVersion(), Migrator::builtIn().latestVersion());
        QVERIFY(fresh.value()->categories().ensurePath({u"New"_s}).ok());
        fresh = Error{};
        auto again = Library::open(dir.path());
        QVERIFY(again.ok());
        QVERIFY(again.value()->categories().findByPath(u"New"_s).value().has_value());
    }

    void consentMovesNothingThatIsNotDamaged()
    {
        QTemporaryDir dir;
        {
            auto opened = Library::open(dir.path());
            QVERIFY(opened.ok());
            QVERIFY(opened.value()->categories().ensurePath({u"Kept"_s}).ok());
        }
        auto sound = Library::open(dir.path(), Database::Mode::ReadWrite, Library::IfDamaged::MoveAside);
        QVERIFY(sound.ok());
        QVERIFY(sound.value()->movedAside().isEmpty());
        QVERIFY(sound.value()->categories().findByPath(u"Kept"_s).value().has_value());
        sound = Error{};

        // Not SQLite at all: perhaps someone's file; refused, never moved.
        QTemporaryDir other;
        const QString path = Database::fileNameIn(other.path());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("my notes, not a database");
        }
        auto refused = Library::open(other.path(), Database::Mode::ReadWrite, Library::IfDamaged::MoveAside);
        QVERIFY(!refused.ok());
        QCOMPARE(QDir(other.path()).entryList(QDir::Files), QStringList{u"library.sqlite"_s});
    }

    void lockedLibraryFailsSoonWithAClearMessage()
    {
        // Another Masthead in the middle of a write: ours waits a bounded
        // time, then says so, and works again once the other is done.
        QTemporaryDir dir;
        auto opened = Library::open(dir.path());
        QVERIFY(opened.ok());
        Library &library = *opened.value();
        const qint64 category = library.categories().ensurePath({u"News"_s}).value();
        {
            auto other = Library::open(dir.path());
            QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
            QSqlQuery hold(other.value()->database().connection());
            QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));
            QVERIFY(hold.exec(u"INSERT INTO categories (name) VALUES ('Other')"_s));

            // Opening beside it still works (WAL: the lock is only for writes).
            auto third = Library::open(dir.path());
            QVERIFY2(third.ok(), qPrintable(third.ok() ? QString() : third.error().message));

            QElapsedTimer clock;
            clock.start();
            auto blocked = library.categories().ensurePath({u"News"_s, u"Local"_s});
            const qint64 waited = clock.elapsed();
            QVERIFY(!blocked.ok());
            QCOMPARE(blocked.error().kind, Error::Database);
            QVERIFY2(blocked.error().message.contains(u"locked"_s), qPrintable(blocked.error().message));
            QVERIFY2(waited >= 2000 && waited < 6000, qPrintable(QString::number(waited)));
            QVERIFY(hold.exec(u"ROLLBACK"_s));
        }
        QVERIFY(library.categories().ensurePath({u"News"_s, u"Local"_s}).ok());
        QVERIFY(library.categories().findByPath(u"News"_s).value().has_value());
        Q_UNUSED(category);
    }

    void fullDiskFailsTheRefreshAndKeepsTheLibrary()
    {
        // max_page_count stands in for a full disk: SQLite answers SQLITE_FULL
        // exactly where a write runs out of room.
        QTemporaryDir dir;
        auto opened = Library::open(dir.path());
        QVERIFY(opened.ok());
        Library &library = *opened.value();
        Feed feed;
        feed.url = QUrl(u"https://example.com/feed"_s);
        const qint64 feedId = library.feeds().add(feed).value();
        QList<Article> first;
        for (int i = 0; i < 20; ++i)
            first.append(bigArticle(u"first-%1"_s.arg(i)));
        auto stored = library.articles().upsert(feedId, first, QDateTime::currentDateTimeUtc());
        QVERIFY(stored.ok());
        QVERIFY(library.articles().setStarred(stored.value().ids.at(3), true).ok());
        QVERIFY(library.articles().setRead({stored.value().ids.at(5)}, true).ok());
        QCOMPARE(library.indexer().indexAll().valueOr(-1), 20);

        QSqlQuery query(library.database().connection());
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const qint64 pages = query.value(0).toLongLong();
        query.finish();
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 5)));
        query.finish();

        QList<Article> second;
        for (int i = 0; i < 200; ++i)
            second.append(bigArticle(u"second-%1"_s.arg(i)));
        second.append(bigArticle(u"first-1"_s)); // an update in the same refresh
        second.last().contentText = u"changed"_s;
        auto full = library.articles().upsert(feedId, second, QDateTime::currentDateTimeUtc());
        QVERIFY(!full.ok());
        QCOMPARE(full.error().kind, Error::Database);
        QVERIFY2(full.error().message.contains(u"full"_s), qPrintable(full.error().message));

        // Nothing of the failed refresh, everything from before.
        const auto count = [&](const QString &sql) {
            QSqlQuery q(library.database().connection());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        QCOMPARE(count(u"SELECT count(*) FROM articles"_s), 20);
        QCOMPARE(count(u"SELECT count(*) FROM articles WHERE starred"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM articles WHERE read"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM articles WHERE content_text = 'changed'"_s), 0);
        {
            QSqlQuery check(library.database().connection());
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
            check.finish();
            QVERIFY2(check.exec(u"INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"_s),
                     qPrintable(check.lastError().text()));
        }

        // Room again: the same refresh goes through.
        QVERIFY(query.exec(u"PRAGMA max_page_count = 1073741823"_s));
        query.finish();
        auto retried = library.articles().upsert(feedId, second, QDateTime::currentDateTimeUtc());
        QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().message));
        QCOMPARE(count(u"SELECT count(*) FROM articles"_s), 220);
        QCOMPARE(count(u"SELECT count(*) FROM articles WHERE starred"_s), 1);

        // The disk fills while the new articles are indexed: the batch fails
        // whole and stays queued, and indexes once there is room.
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const qint64 now = query.value(0).toLongLong();
        query.finish();
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(now + 2)));
        query.finish();
        const qint64 queued = library.indexer().pendingCount().valueOr(-1);
        QCOMPARE(queued, 201);
        auto indexed = library.indexer().indexAll();
        QVERIFY(!indexed.ok());
        QVERIFY2(indexed.error().message.contains(u"full"_s), qPrintable(indexed.error().message));
        QVERIFY(library.indexer().pendingCount().valueOr(-1) > 0);
        QVERIFY(query.exec(u"PRAGMA max_page_count = 1073741823"_s));
        query.finish();
        QVERIFY(library.indexer().indexAll().ok());
        QCOMPARE(library.indexer().pendingCount().valueOr(-1), 0);
        QSqlQuery check(library.database().connection());
        QVERIFY2(check.exec(u"INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"_s),
                 qPrintable(check.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
