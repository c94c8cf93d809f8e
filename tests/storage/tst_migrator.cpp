#include "articleindexer.h"
#include "migrator.h"
#include "rawsqlite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Three steps that build on each other, like real schema changes do.
Migrator threeSteps()
{
    return Migrator({{1, u"first"_s, "CREATE TABLE one (id INTEGER PRIMARY KEY, x TEXT);"},
                     {2, u"second"_s,
                      "ALTER TABLE one ADD COLUMN y INTEGER NOT NULL DEFAULT 0;\n"
                      "CREATE TABLE two (id INTEGER PRIMARY KEY, one_id INTEGER REFERENCES one(id));\n"
                      "CREATE INDEX two_one ON two (one_id);"},
                     {3, u"third"_s,
                      "-- a comment at the end without a newline\n"
                      "CREATE TABLE three (z);\nDROP INDEX two_one; -- trailing"}});
}

QStringList schemaAtOnce(const Migrator &migrator, const QString &path)
{
    RawConnection raw(path);
    QSqlDatabase db = raw.db();
    if (!migrator.migrate(db))
        return {u"migration failed"_s};
    return raw.schema();
}

} // namespace

class TestMigrator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInMigrationsAreNumberedFromOne()
    {
        const Migrator migrator = Migrator::builtIn();
        QVERIFY(!migrator.migrations().isEmpty());
        int expected = 1;
        for (const Migrator::Migration &migration : migrator.migrations()) {
            QCOMPARE(migration.version, expected++);
            QVERIFY(!migration.name.isEmpty());
            QVERIFY(!migration.sql.trimmed().isEmpty());
        }
        QCOMPARE(migrator.latestVersion(), migrator.migrations().last().version);
    }

    void sortsMigrationsByVersion()
    {
        const Migrator migrator({{3, u"c"_s, "SELECT 3;"}, {1, u"a"_s, "SELECT 1;"},
                                 {2, u"b"_s, "SELECT 2;"}});
        QCOMPARE(migrator.latestVersion(), 3);
        QCOMPARE(migrator.migrations().at(0).name, u"a"_s);
        QCOMPARE(migrator.migrations().at(2).name, u"c"_s);
        QCOMPARE(Migrator({}).latestVersion(), 0);
    }

    void migratesEmptyToLatest()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(u"library.sqlite"_s));
        QVERIFY(raw.isOpen());
        QSqlDatabase db = raw.db();
        const Migrator migrator = Migrator::builtIn();
        const auto done = migrator.migrate(db);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QCOMPARE(raw.userVersion(), migrator.latestVersion());
        QVERIFY(raw.tables().contains(u"articles"_s));

        // Again: nothing to do, nothing changes.
        const QStringList schema = raw.schema();
        QVERIFY(migrator.migrate(db).ok());
        QCOMPARE(raw.schema(), schema);
        QCOMPARE(raw.userVersion(), migrator.latestVersion());
    }

    void targetVersionStopsEarlyAndIsClamped()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(u"library.sqlite"_s));
        QSqlDatabase db = raw.db();
        const Migrator migrator = threeSteps();
        QVERIFY(migrator.migrate(db, 1).ok());
        QCOMPARE(raw.userVersion(), 1);
        QCOMPARE(raw.tables(), QStringList{u"one"_s});
        QVERIFY(migrator.migrate(db, 999).ok());
        QCOMPARE(raw.userVersion(), 3);
        // A target below the current version does nothing (no downgrades).
        QVERIFY(migrator.migrate(db, 1).ok());
        QCOMPARE(raw.userVersion(), 3);
    }

    void refusesNewerLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            RawConnection raw(path);
            QCOMPARE(raw.exec(u"CREATE TABLE later (x)"_s), QString());
            QCOMPARE(raw.exec(u"PRAGMA user_version = 7"_s), QString());
        }
        const FileSnapshot before = FileSnapshot::of(path);
        QTest::qWait(20);
        {
            RawConnection raw(path);
            QSqlDatabase db = raw.db();
            const auto done = threeSteps().migrate(db);
            QVERIFY(!done.ok());
            QCOMPARE(done.error().kind, Error::Database);
            QVERIFY2(done.error().message.contains(u"newer"_s), qPrintable(done.error().message));
            QCOMPARE(raw.userVersion(), 7);
            QCOMPARE(raw.tables(), QStringList{u"later"_s});
        }
        QCOMPARE(FileSnapshot::of(path), before);
    }

    void failedMigrationLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(u"library.sqlite"_s));
        QSqlDatabase db = raw.db();
        const Migrator broken({{1, u"first"_s, "CREATE TABLE one (x);"},
                               {2, u"second"_s,
                                "CREATE TABLE two (x);\n"
                                "CREATE TABLE three (y);\n"
                                "INSERT INTO one VALUES (1);\n"
                                "THIS IS NOT SQL;\n"
                                "CREATE TABLE four (z);"},
                               {3, u"third"_s, "CREATE TABLE five (x);"}});
        const auto done = broken.migrate(db);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().kind, Error::Database);
        QVERIFY2(done.error().message.contains(u"second"_s), qPrintable(done.error().message));
        QVERIFY2(done.error().message.contains(u"2"_s), qPrintable(done.error().message));

        QCOMPARE(raw.userVersion(), 1);
        QCOMPARE(raw.tables(), QStringList{u"one"_s}); // no partial tables from step 2
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM one"_s).toInt(), 0);

        // The connection is not left inside a transaction.
        QCOMPARE(raw.exec(u"BEGIN"_s), QString());
        QCOMPARE(raw.exec(u"COMMIT"_s), QString());

        // A fixed program picks up from version 1.
        const Migrator fixed({{1, u"first"_s, "CREATE TABLE one (x);"},
                              {2, u"second"_s, "CREATE TABLE two (x);"}});
        QVERIFY(fixed.migrate(db).ok());
        QCOMPARE(raw.userVersion(), 2);
        QCOMPARE(raw.tables(), (QStringList{u"one"_s, u"two"_s}));
    }

    void failedFirstMigrationLeavesAnEmptyLibrary()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(u"library.sqlite"_s));
        QSqlDatabase db = raw.db();
        const Migrator broken({{1, u"first"_s, "CREATE TABLE one (x); CREATE TABLE one (x);"}});
        QVERIFY(!broken.migrate(db).ok());
        QCOMPARE(raw.userVersion(), 0);
        QVERIFY(raw.tables().isEmpty());
    }

    void stepwiseEqualsAtOnce_data()
    {
        QTest::addColumn<bool>("builtIn");
        QTest::newRow("built-in") << true;
        QTest::newRow("three steps") << false;
    }
    void stepwiseEqualsAtOnce()
    {
        QFETCH(bool, builtIn);
        const Migrator migrator = builtIn ? Migrator::builtIn() : threeSteps();
        QTemporaryDir dir;
        const QStringList atOnce = schemaAtOnce(migrator, dir.filePath(u"at-once.sqlite"_s));
        QVERIFY(!atOnce.isEmpty());
        QVERIFY(!atOnce.first().startsWith(u"migration failed"_s));

        // From every earlier version (0 = empty) up to the latest in one go…
        for (int from = 0; from <= migrator.latestVersion(); ++from) {
            RawConnection raw(dir.filePath(u"from-%1.sqlite"_s.arg(from)));
            QSqlDatabase db = raw.db();
            QVERIFY(migrator.migrate(db, from).ok());
            QCOMPARE(raw.userVersion(), from);
            QVERIFY(migrator.migrate(db).ok());
            QCOMPARE(raw.userVersion(), migrator.latestVersion());
            QCOMPARE(raw.schema(), atOnce);
        }
        // …and one step at a time.
        RawConnection raw(dir.filePath(u"steps.sqlite"_s));
        QSqlDatabase db = raw.db();
        for (int to = 1; to <= migrator.latestVersion(); ++to) {
            QVERIFY(migrator.migrate(db, to).ok());
            QCOMPARE(raw.userVersion(), to);
        }
        QCOMPARE(raw.schema(), atOnce);
    }

    void builtInUpgradesKeepALibrarysData()
    {
        // A library filled at every earlier version, then upgraded to the latest:
        // nothing is lost and the file is consistent.
        const Migrator migrator = Migrator::builtIn();
        for (int from = 1; from < migrator.latestVersion(); ++from) {
            QTemporaryDir dir;
            RawConnection raw(dir.filePath(u"library.sqlite"_s));
            QSqlDatabase db = raw.db();
            QVERIFY(migrator.migrate(db, from).ok());
            QCOMPARE(raw.exec(u"PRAGMA foreign_keys = ON"_s), QString());
            for (const QString &sql :
                 {u"INSERT INTO categories (id, name) VALUES (1, 'News')"_s,
                  u"INSERT INTO feeds (id, category_id, url, title, created_at)"
                  " VALUES (1, 1, 'https://example.com/feed', 'Example', 0)"_s,
                  u"INSERT INTO articles (id, feed_id, dedupe_key, guid, title, summary,"
                  " content_text, read, starred, fetched_at, sort_time) VALUES (1, 1, 'g:a', 'a',"
                  " 'Harbour strike ends', 'Dock workers accept pay deal', 'The strike ended.',"
                  " 1, 1, 100, 100)"_s,
                  u"INSERT INTO article_tags (article_id, term) VALUES (1, 'labour')"_s})
                QCOMPARE(raw.exec(sql), QString());

            const auto done = migrator.migrate(db);
            QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
            QCOMPARE(raw.userVersion(), migrator.latestVersion());
            QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
            QVERIFY(raw.column(u"PRAGMA foreign_key_check"_s).isEmpty());
            QCOMPARE(raw.scalar(u"SELECT name FROM categories WHERE id = 1"_s).toString(), u"News"_s);
            QCOMPARE(raw.scalar(u"SELECT url FROM feeds WHERE id = 1"_s).toString(),
                     u"https://example.com/feed"_s);
            QCOMPARE(raw.scalar(u"SELECT title || '|' || read || '|' || starred FROM articles"_s)
                             .toString(),
                     u"Harbour strike ends|1|1"_s);
            QCOMPARE(raw.scalar(u"SELECT term FROM article_tags"_s).toString(), u"labour"_s);
            // A feed from before the schedule columns (0009) has a clean schedule.
            QCOMPARE(raw.scalar(u"SELECT failures || '|' || coalesce(fresh_seconds, 'none') || '|'"
                                " || coalesce(retry_after_until, 'none') FROM feeds WHERE id = 1"_s)
                             .toString(),
                     u"0|none|none"_s);
            if (raw.tables().contains(u"feed_counts"_s)) {
                // Counts of articles stored before the counters existed.
                QCOMPARE(raw.scalar(u"SELECT total || '|' || unread FROM feed_counts WHERE feed_id = 1"_s)
                                 .toString(),
                         u"1|0"_s);
            }
            if (raw.tables().contains(u"search_queue"_s)) {
                // The search index is rebuilt behind the app (0006): the
                // article waits on a queue and is found once indexed.
                QCOMPARE(ArticleIndexer(db).indexAll().valueOr(-1), 1);
                QCOMPARE(raw.scalar(u"SELECT count(*) FROM search_queue"_s).toInt(), 0);
            }
            if (raw.tables().contains(u"articles_fts"_s)) {
                // Articles stored before search existed can be found.
                QCOMPARE(raw.scalar(u"SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'strike'"_s)
                                 .toInt(),
                         1);
                // Already indexed: nothing queued, and the index matches.
                if (raw.tables().contains(u"index_queue"_s))
                    QCOMPARE(raw.scalar(u"SELECT count(*) FROM index_queue"_s).toInt(), 0);
                QCOMPARE(raw.exec(u"INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"_s),
                         QString());
            }
        }
    }

    void dataSurvivesUpgrades()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(u"library.sqlite"_s));
        QSqlDatabase db = raw.db();
        const Migrator migrator = threeSteps();
        QVERIFY(migrator.migrate(db, 1).ok());
        QCOMPARE(raw.exec(u"INSERT INTO one (x) VALUES ('kept')"_s), QString());
        QVERIFY(migrator.migrate(db).ok());
        QCOMPARE(raw.scalar(u"SELECT x || ':' || y FROM one"_s).toString(), u"kept:0"_s);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
