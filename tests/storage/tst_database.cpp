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

// Creates a library with enough rows to fill a few pages, then overwrites
// the start of one b-tree page (the page of `object`, or page 1 past its
// 100-byte header) with garbage, as a failing disk or a bad copy would.
bool createDamagedLibrary(const QString &path, const QString &object)
{
    {
        auto opened = Database::open(path);
        if (!opened)
            return false;
        QSqlQuery query(opened.value().connection());
        for (int i = 0; i < 300; ++i) {
            if (!query.exec(u"INSERT INTO categories (name) VALUES ('Category %1 %2')"_s.arg(i).arg(
                        QString(40, u'x'))))
                return false;
        }
    }
    qint64 offset = 100;
    qint64 pageSize = 4096;
    {
        RawConnection raw(path);
        pageSize = raw.scalar(u"PRAGMA page_size"_s).toLongLong();
        if (!object.isEmpty()) {
            const qint64 page = raw.scalar(
                    u"SELECT rootpage FROM sqlite_schema WHERE name = '%1'"_s.arg(object)).toLongLong();
            if (page < 2)
                return false;
            offset = (page - 1) * pageSize;
        }
        if (raw.scalar(u"PRAGMA journal_mode"_s).toString() != u"wal"_s)
            return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    const QByteArray garbage(512, '\xa7');
    return file.write(garbage) == garbage.size();
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

    void refusesDamagedLibrary_data()
    {
        QTest::addColumn<QString>("object");
        QTest::newRow("a table page") << u"categories"_s;
        QTest::newRow("an index page") << u"categories_sibling_name"_s;
        QTest::newRow("the schema page") << QString();
    }
    void refusesDamagedLibrary()
    {
        QFETCH(QString, object);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(createDamagedLibrary(path, object));
        const FileSnapshot before = FileSnapshot::of(path);
        const QStringList entries = entriesOf(dir.path());
        QTest::qWait(20);

        for (const auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
            auto opened = Database::open(path, mode);
            QVERIFY2(!opened.ok(), "a damaged library was accepted");
            QCOMPARE(opened.error().kind, Error::Database);
            const QString message = opened.error().message;
            QVERIFY2(message.contains(u"damaged"_s), qPrintable(message));
            QVERIFY2(message.contains(path), qPrintable(message));
            QVERIFY2(message.contains(u"untouched"_s), qPrintable(message));
            QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        }
        auto damaged = Database::isDamaged(path);
        QVERIFY(damaged.ok());
        QVERIFY(damaged.value());
        QCOMPARE(FileSnapshot::of(path), before);
        QCOMPARE(entriesOf(dir.path()), entries);
    }

    void thoroughCheckIsNotFooledBySize()
    {
        // The fast check skips quick_check on a big file; Thorough never does.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(createDamagedLibrary(path, u"categories_sibling_name"_s));
        auto opened = Database::open(path, Database::Mode::ReadWrite, Database::Check::Thorough);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"damaged"_s), qPrintable(opened.error().message));
    }

    void soundMissingAndForeignFilesAreNotDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QCOMPARE(Database::isDamaged(path).value(), false);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(writeFile(path, QByteArray()));
        QCOMPARE(Database::isDamaged(path).value(), false);
        QVERIFY(writeFile(path, "Dear diary,\nthis is not a database.\n"));
        QCOMPARE(Database::isDamaged(path).value(), false);
        QVERIFY(QFile::remove(path));
        QVERIFY(createLibrary(path));
        const FileSnapshot before = FileSnapshot::of(path);
        const QStringList entries = entriesOf(dir.path());
        QCOMPARE(Database::isDamaged(path).value(), false);
        QCOMPARE(FileSnapshot::of(path), before);
        QCOMPARE(entriesOf(dir.path()), entries);
    }

    void moveAsideKeepsEveryFileUnderADatedName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(writeFile(path, "main"));
        QVERIFY(writeFile(path + u"-wal"_s, "wal"));
        QVERIFY(writeFile(path + u"-shm"_s, "shm"));
        const QDateTime when(QDate(2026, 11, 25), QTime(10, 30, 5));
        auto moved = Database::moveAside(path, when);
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
        QCOMPARE(moved.value(), path + u".corrupt-20261125-103005"_s);
        QCOMPARE(entriesOf(dir.path()),
                 (QStringList{u"library.sqlite.corrupt-20261125-103005"_s,
                              u"library.sqlite.corrupt-20261125-103005-shm"_s,
                              u"library.sqlite.corrupt-20261125-103005-wal"_s}));
        for (const auto &[suffix, bytes] : {std::pair{u""_s, "main"_ba}, std::pair{u"-wal"_s, "wal"_ba},
                                            std::pair{u"-shm"_s, "shm"_ba}}) {
            QFile file(moved.value() + suffix);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), bytes);
        }

        // The same second again: a new name, nothing overwritten.
        QVERIFY(writeFile(path, "second"));
        auto again = Database::moveAside(path, when);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), path + u".corrupt-20261125-103005-2"_s);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(entriesOf(dir.path()).size(), 4);
    }

    void fileNameInDataDir()
    {
        QCOMPARE(Database::fileNameIn(u"/tmp/masthead-x"_s), u"/tmp/masthead-x/library.sqlite"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
