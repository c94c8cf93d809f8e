#include "library.h"
#include "migrator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

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
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
