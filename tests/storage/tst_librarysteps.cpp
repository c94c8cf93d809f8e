// LibrarySteps: a step run directly runs on the caller's thread and
// library; one run on a StorageThread runs on that thread's connection and
// its result comes back to the caller, who waited; a library that does not
// open, or a runner that does not run the step, is an error, never a crash.

#include "librarysteps.h"
#include "storagethread.h"
#include "templibrary.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLibrarySteps final : public QObject
{
    Q_OBJECT

    static Result<qint64> addCategory(Library &library, const QString &name)
    {
        return library.categories().ensurePath({name});
    }

private slots:
    void directStepsRunHereOnTheGivenLibrary()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const LibrarySteps steps = LibrarySteps::direct(fixture.library());
        QThread *ranOn = nullptr;
        Library *ranWith = nullptr;
        const Result<qint64> id = steps.run([&](Library &library) {
            ranOn = QThread::currentThread();
            ranWith = &library;
            return addCategory(library, u"Here"_s);
        });
        QVERIFY(id);
        QVERIFY(id.value() > 0);
        QCOMPARE(ranOn, QThread::currentThread());
        QCOMPARE(ranWith, &fixture.library());
    }

    void stepsOnTheStorageThreadRunThereAndAreWaitedFor()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        StorageThread storage(fixture.dataDir());
        const LibrarySteps steps = LibrarySteps::on(storage);
        QList<QThread *> threads;
        for (int i = 0; i < 5; ++i) {
            const Result<qint64> id = steps.run([&threads, i](Library &library) {
                threads.append(QThread::currentThread()); // waited for: one at a time
                return addCategory(library, u"Step %1"_s.arg(i));
            });
            QVERIFY(id); // already there: the call returned once the step had run
        }
        QCOMPARE(threads.size(), 5);
        QVERIFY(threads.first() != QThread::currentThread());
        QCOMPARE(threads.count(threads.first()), 5);
        QCOMPARE(threads.first()->objectName(), u"masthead-storage"_s);
        // The step's error comes back as it was.
        const Result<int> failed = steps.run(
                [](Library &) -> Result<int> { return makeError(Error::NotFound, u"no such thing"_s); });
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, Error::NotFound);
        QCOMPARE(failed.error().message, u"no such thing"_s);
        // Written by the storage thread's connection, for everyone.
        QSqlQuery query(fixture.library().database().connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM categories WHERE name LIKE 'Step %'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 5);
    }

    void aLibraryThatDoesNotOpenIsTheStepsError()
    {
        QTemporaryDir dir;
        const QString notADirectory = dir.filePath(u"file"_s);
        QFile file(notADirectory);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the data directory should be
        file.close();
        StorageThread storage(notADirectory);
        bool ran = false;
        const Result<qint64> id = LibrarySteps::on(storage).run([&ran](Library &library) {
            ran = true;
            return addCategory(library, u"Never"_s);
        });
        QVERIFY(!id);
        QVERIFY(!id.error().message.isEmpty());
        QVERIFY(!ran);
    }

    void aRunnerThatDoesNotRunTheStepIsAnError()
    {
        const LibrarySteps steps([](const LibrarySteps::Job &) -> Result<> { return {}; });
        bool ran = false;
        const Result<QString> text = steps.run([&ran](Library &) -> Result<QString> {
            ran = true;
            return u"ran"_s;
        });
        QVERIFY(!ran);
        QVERIFY(!text);
        QVERIFY(!text.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibrarySteps)
#include "tst_librarysteps.moc"
