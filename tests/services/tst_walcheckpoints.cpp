// The write-ahead log reaches the library file without the writer
// checkpointing: WalCheckpoints does it on a connection of its own.

#include "templibrary.h"
#include "walcheckpoints.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWalCheckpoints final : public QObject
{
    Q_OBJECT

private slots:
    void copiesTheWritersLogIntoTheFile()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const QString file = fixture.dataDir() + u"/library.sqlite"_s;
        // The writer leaves checkpoints to another connection, as in the app.
        QVERIFY(fixture.library().database().setAutoCheckpoint(false).ok());
        QVERIFY(fixture.addFeedWithArticles(u"News"_s, u"https://a.example/feed"_s, 2000) > 0);
        const qint64 before = QFileInfo(file).size();
        QTest::qWait(2 * WalCheckpoints::IntervalMs);
        QCOMPARE(QFileInfo(file).size(), before); // nobody checkpoints yet

        WalCheckpoints checkpoints(fixture.dataDir());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > before, 10000);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpoints)
#include "tst_walcheckpoints.moc"
