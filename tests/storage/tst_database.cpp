#include "database.h"
#include "migrator.h"
#include "rawsqlite.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QVariant pragma(const Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Creates a library at path with Masthead itself, with one category in it.
bool createLibrary(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        return false;
    QSqlQuery query(opened.value().connection());
    return query.exec(u"INSERT INTO categories (name) VALUES ('Kept')"_s);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndMigratesFreshLibrary()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"nested/folder/library.sqlite"_s);
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const Database &database = opened.value();
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(database.path(), path);
        QVERIFY(Migrator::builtIn().latestVersion() >= 1);
        QCOMPARE(database.schemaVersion(), Migrator::builtIn().latestVersion());
        QCOMPARE(pragma(database, u"user_version"_s).toInt(), Migrator::builtIn().latestVersion());
        QCOMPARE(pragma(database, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(database, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(database, u"synchronous"_s).toInt(), 1); // NORMAL

        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s));
        QStringList tables;
        while (query.next())
            tables.append(query.value(0).toString());
        for (const QString &expected : {u"categories"_s, u"feeds"_s, u"articles"_s,
                                        u"article_tags"_s, u"article_categories"_s, u"images"_s,
                                        u"article_images"_s})
            QVERIFY2(tables.contains(expected), qPrintable(expected));
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"library.sqlite"_s));
        QVERIFY(opened.ok());
        QSqlQuery query(opened.value().connection());
        QVERIFY(!query.exec(u"INSERT INTO articles (feed_id, dedupe_key, fetched_at, sort_time)"
                            " VALUES (12345, 'x', 0, 0)"_s));
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(createLibrary(path));
        QStringList schemaBefore;
        {
            RawConnection raw(path);
            schemaBefore = raw.schema();
        }
        const FileSnapshot before = FileSnapshot::of(path);
        QTest::qWait(20); // a write would now show in the modification time
        {
            auto again = Database::open(path);
            QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
            QCOMPARE(again.value().schemaVersion(), Migrator::builtIn().latestVersion());
        }
        QCOMPARE(FileSnapshot::of(path), before);
        RawConnection raw(path);
        QCOMPARE(raw.schema(), schemaBefore);
        QCOMPARE(raw.scalar(u"SELECT name FROM categories"_s).toString(), u"Kept"_s);
    }

    void refusesNewerLibrary_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("read-write") << int(Database::Mode::ReadWrite);
        QTest::newRow("read-only") << int(Database::Mode::ReadOnly);
    }
    void refusesNewerLibrary()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(createLibrary(path));
        const int newer = Migrator::builtIn().latestVersion() + 1;
        {
            RawConnection raw(path);
            QCOMPARE(raw.exec(u"PRAGMA user_version = %1"_s.arg(newer)), QString());
        }
        const FileSnapshot before = FileSnapshot::of(path);
        QTest::qWait(20);

        auto opened = Database::open(path, Database::Mode(mode));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Database);
        QVERIFY2(opened.error().message.contains(u"newer"_s), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));

        QCOMPARE(FileSnapshot::of(path), before);
        RawConnection raw(path);
        QCOMPARE(raw.userVersion(), newer);
        QCOMPARE(raw.scalar(u"SELECT name FROM categories"_s).toString(), u"Kept"_s);
    }

    void refusesNewerLibraryWithoutSwitchingItToWal()
    {
        // A library as some later Masthead might leave it: another journal
        // mode, tables we do not know. Nothing about it may change.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            RawConnection raw(path);
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.exec(u"CREATE TABLE future (x)"_s), QString());
            QCOMPARE(raw.exec(u"INSERT INTO future VALUES (42)"_s), QString());
            QCOMPARE(raw.exec(u"PRAGMA user_version = 9999"_s), QString());
        }
        const FileSnapshot before = FileSnapshot::of(path);
        const QStringList entries = entriesOf(dir.path());
        QTest::qWait(20);

        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Database);
        QVERIFY2(opened.error().message.contains(u"newer"_s), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(u"9999"_s), qPrintable(opened.error().message));

        QCOMPARE(FileSnapshot::of(path), before);
        QCOMPARE(entriesOf(dir.path()), entries);
        RawConnection raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
        QCOMPARE(raw.tables(), QStringList{u"future"_s});
    }

    void refusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");

        QByteArray random(8192, Qt::Uninitialized);
        QRandomGenerator generator(20261125);
        for (char &c : random)
            c = char(generator.bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("text file") << QByteArray("Dear diary,\nthis is not a database.\n");
        QTest::newRow("one byte") << QByteArray("x");
        QTest::newRow("json") << QByteArray(R"({"categories": [], "feeds": []})");
        QTest::newRow("magic only") << QByteArray("SQLite format 3\0", 16);
        QTest::newRow("truncated header")
                << (QByteArray("SQLite format 3\0", 16) + QByteArray("\x10\x00\x01\x01\x00", 5));
        QByteArray header100("SQLite format 3\0", 16);
        header100 += QByteArray(84, '\xff');
        QTest::newRow("header with nonsense fields") << header100;
        QByteArray magicThenRandom("SQLite format 3\0", 16);
        magicThenRandom += random;
        QTest::newRow("magic then random bytes") << magicThenRandom;
    }
    void refusesGarbage()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(writeFile(path, bytes));
        const FileSnapshot before = FileSnapshot::of(path);
        const QStringList entries = entriesOf(dir.path());
        QTest::qWait(20);

        for (const auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
            auto opened = Database::open(path, mode);
            QVERIFY2(!opened.ok(), "a non-library was accepted");
            QCOMPARE(opened.error().kind, Error::Database);
            QVERIFY(!opened.error().message.isEmpty());
            QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
            QVERIFY2(opened.error().message.contains(u"untouched"_s),
                     qPrintable(opened.error().message));
        }
        QCOMPARE(FileSnapshot::of(path), before);
        QCOMPARE(entriesOf(dir.path()), entries);
    }

    void refusesTruncatedLibrary()
    {
        // A real library cut short, as a full disk or a bad copy leaves it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(createLibrary(path));
        QByteArray bytes;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            bytes = file.readAll();
        }
        QVERIFY(bytes.size() > 4096);
        QVERIFY(writeFile(path, bytes.left(2000)));
        const FileSnapshot before = FileSnapshot::of(path);
        QTest::qWait(20);

        auto opened = Database::open(path);
        QVERIFY2(!opened.ok(), "a truncated library was accepted");
        QCOMPARE(opened.error().kind, Error::Database);
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
        QCOMPARE(FileSnapshot::of(path), before);
    }

    void emptyFileBecomesLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(writeFile(path, QByteArray()));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened.value().schemaVersion(), Migrator::builtIn().latestVersion());
        QCOMPARE(pragma(opened.value(), u"journal_mode"_s).toString(), u"wal"_s);
    }

    void directoryAsPathIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(QDir().mkpath(path));
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Database);
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(entriesOf(path).isEmpty());
    }

    void readOnlyDoesNotCreateMissingFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"not-there"_s);
        const QString path = QDir(folder).filePath(u"library.sqlite"_s);
        auto opened = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::NotFound);
        QVERIFY(opened.error().message.contains(path));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(entriesOf(dir.path()).isEmpty());
    }

    void readOnlyOpensLibraryWithoutWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(createLibrary(path));
        const FileSnapshot before = FileSnapshot::of(path);
        QTest::qWait(20);
        {
            auto opened = Database::open(path, Database::Mode::ReadOnly);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            QCOMPARE(opened.value().schemaVersion(), Migrator::builtIn().latestVersion());
            QSqlQuery query(opened.value().connection());
            QVERIFY(query.exec(u"SELECT name FROM categories"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), u"Kept"_s);
            query.finish();
            QVERIFY(!query.exec(u"INSERT INTO categories (name) VALUES ('Nope')"_s));
        }
        QCOMPARE(FileSnapshot::of(path), before);
    }

    void readerSeesWriterCommits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        auto writer = Database::open(path);
        QVERIFY(writer.ok());
        auto reader = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(reader.ok());
        QVERIFY(writer.value().connection().connectionName()
                != reader.value().connection().connectionName());
        QSqlQuery write(writer.value().connection());
        QVERIFY(write.exec(u"INSERT INTO categories (name) VALUES ('Shared')"_s));
        QSqlQuery read(reader.value().connection());
        QVERIFY(read.exec(u"SELECT count(*) FROM categories WHERE name = 'Shared'"_s));
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toInt(), 1);
    }

    void moveKeepsTheConnectionAndCloseRemovesIt()
    {
        QTemporaryDir dir;
        QString name;
        {
            auto opened = Database::open(dir.filePath(u"library.sqlite"_s));
            QVERIFY(opened.ok());
            Database moved = std::move(opened).value();
            name = moved.connection().connectionName();
            QVERIFY(moved.connection().isOpen());
            Database assigned = std::move(moved);
            QVERIFY(assigned.connection().isOpen());
            QCOMPARE(assigned.connection().connectionName(), name);
            QVERIFY(QSqlDatabase::contains(name));
        }
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void fileNameInDataDir()
    {
        QCOMPARE(Database::fileNameIn(u"/tmp/masthead-x"_s), u"/tmp/masthead-x/library.sqlite"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
