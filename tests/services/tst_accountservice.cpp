// AccountService against FakeTtrss beside the app's writer StorageThread:
// adding, syncing and removing an account write through that one writer
// (no other connection commits to the library meanwhile), a sync that
// waits on its server does not hold the writer up, and a library that does
// not open is a clear failure of each job.

#include "accountservice.h"
#include "credentialstore.h"
#include "fakettrss.h"
#include "library.h"
#include "storagethread.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAccountService final : public QObject
{
    Q_OBJECT

    struct Setup
    {
        QTemporaryDir dir;
        FakeTtrss server;
        SessionCredentials keyring;
        SessionCredentials session;
        StorageThread storage{dir.path()};
        AccountService accounts{storage, keyring, session};
    };

    // The server answers on this thread: wait with its event loop running.
    template<typename T>
    static T wait(QFuture<T> future, int ms = 20000)
    {
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, ms))
            qWarning("timed out");
        return future.result();
    }

    // SQLite's data_version of the writer's connection: it changes when any
    // other connection commits to the library, never for its own commits.
    static qint64 othersCommits(StorageThread &storage)
    {
        auto version = storage.run([](Library &library) -> Result<qint64> {
            QSqlQuery q(library.database().connection());
            if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
                return makeError(Error::Database, q.lastError().text());
            return q.value(0).toLongLong();
        });
        return wait(version).valueOr(-1);
    }

    static int rows(StorageThread &storage, const QString &table)
    {
        auto count = storage.run([table](Library &library) -> Result<int> {
            QSqlQuery q(library.database().connection());
            // A table name of the test's own, not data.
            if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
                return makeError(Error::Database, q.lastError().text());
            return q.value(0).toInt();
        });
        return wait(count).valueOr(-1);
    }

private slots:
    void addSyncAndRemoveWriteThroughTheOneWriter()
    {
        Setup s;
        const qint64 feed = s.server.addFeed(u"Wire"_s, u"https://wire.example/feed"_s);
        s.server.addArticle(feed, u"First"_s, u"<p>One</p>"_s);
        s.server.addArticle(feed, u"Second"_s, u"<p>Two</p>"_s);
        const qint64 before = othersCommits(s.storage);
        QVERIFY(before >= 0);

        const auto added = wait(s.accounts.add(u"ttrss"_s, s.server.url(), u"reader"_s, u"secret"_s));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(rows(s.storage, u"accounts"_s), 1);

        const AccountService::Synced synced = wait(s.accounts.sync(added->id));
        QVERIFY2(synced.failures.isEmpty(), qPrintable(synced.failures.join(u"; "_s)));
        QCOMPARE(synced.fetched, 2);
        QCOMPARE(rows(s.storage, u"remote_articles"_s), 2);
        const auto listed = wait(s.accounts.accounts());
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QVERIFY(listed->first().lastSync.isValid());

        QVERIFY(wait(s.accounts.remove(added->id)));
        QCOMPARE(rows(s.storage, u"accounts"_s), 0);
        QCOMPARE(othersCommits(s.storage), before);
    }

    void aSyncWaitingOnItsServerDoesNotHoldTheWriter()
    {
        Setup s;
        const qint64 feed = s.server.addFeed(u"Wire"_s, u"https://wire.example/feed"_s);
        s.server.addArticle(feed, u"First"_s, u"<p>One</p>"_s);
        const auto added = wait(s.accounts.add(u"ttrss"_s, s.server.url(), u"reader"_s, u"secret"_s));
        QVERIFY(added);
        s.server.setDelay(u"getHeadlines"_s, 5000);
        auto sync = s.accounts.sync(added->id);
        QTRY_VERIFY_WITH_TIMEOUT(s.server.calls(u"getHeadlines"_s) > 0, 20000);
        s.server.setDelay(u"getHeadlines"_s, 0); // only the first answer is late
        // The sync waits on the server; the writer and the account list do not.
        auto write = s.storage.run([](Library &library) { return library.categories().ensurePath({u"Local"_s}); });
        auto listed = s.accounts.accounts();
        QTRY_VERIFY_WITH_TIMEOUT(write.isFinished() && listed.isFinished(), 4000);
        QVERIFY(!sync.isFinished());
        QVERIFY(write.result());
        QVERIFY(listed.result());
        QCOMPARE(listed.result()->size(), 1);
        const AccountService::Synced synced = wait(sync);
        QVERIFY2(synced.failures.isEmpty(), qPrintable(synced.failures.join(u"; "_s)));
        QCOMPARE(synced.fetched, 1);
    }

    void aLibraryThatDoesNotOpenIsAClearFailure()
    {
        QTemporaryDir dir;
        const QString notADirectory = dir.filePath(u"file"_s);
        QFile file(notADirectory);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the data directory should be
        file.close();
        FakeTtrss server;
        SessionCredentials keyring;
        SessionCredentials session;
        StorageThread storage(notADirectory);
        AccountService accounts(storage, keyring, session);
        const auto added = wait(accounts.add(u"ttrss"_s, server.url(), u"reader"_s, u"secret"_s));
        QVERIFY(!added);
        QVERIFY(!added.error().message.isEmpty());
        QVERIFY(keyring.load(CredentialStore::keyFor(u"ttrss"_s, server.url().toString(), u"reader"_s))
                        .valueOr(QString())
                        .isEmpty()); // nothing kept for an account not saved
        const auto listed = wait(accounts.accounts());
        QVERIFY(!listed);
        const AccountService::Synced synced = wait(accounts.sync());
        QCOMPARE(synced.accounts, 0);
        QCOMPARE(synced.failures.size(), 1);
        const auto removed = wait(accounts.remove(1));
        QVERIFY(!removed);
    }

    void removingAnUnknownAccountSaysSo()
    {
        Setup s;
        const auto removed = wait(s.accounts.remove(42));
        QVERIFY(!removed);
        QCOMPARE(removed.error().kind, Error::NotFound);
    }
};

QTEST_MAIN(TestAccountService)
#include "tst_accountservice.moc"
