// The window's one undoable change: a newer one forgets the older, Undo
// takes the newest back once, and the Edit menu's action follows.

#include "undohistory.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUndoHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewerChangeForgetsTheOlder()
    {
        UndoHistory history;
        QAction action(u"x"_s);
        history.attach(&action);
        QVERIFY(!action.isEnabled());
        QCOMPARE(action.text(), u"&Undo"_s);
        QStringList log;
        history.push(
                {u"Delete Folder"_s, [&] { log << u"undo 1"_s; }, [&] { log << u"forget 1"_s; }});
        QVERIFY(history.canUndo());
        QVERIFY(action.isEnabled());
        QCOMPARE(action.text(), u"&Undo Delete Folder"_s);
        history.push({u"Mark All Read"_s, [&] { log << u"undo 2"_s; }, nullptr});
        QCOMPARE(log, QStringList {u"forget 1"_s});
        QCOMPARE(action.text(), u"&Undo Mark All Read"_s);
        history.undo();
        QCOMPARE(log, (QStringList {u"forget 1"_s, u"undo 2"_s}));
        QVERIFY(!history.canUndo());
        QVERIFY(!action.isEnabled());
        history.undo(); // nothing left: nothing happens
        history.forget();
        QCOMPARE(log.size(), 2);
    }

    void forgettingLetsTheChangeGo()
    {
        UndoHistory history;
        int undone = 0;
        int forgotten = 0;
        history.push({u"Unsubscribe"_s, [&] { ++undone; }, [&] { ++forgotten; }});
        QSignalSpy changed(&history, &UndoHistory::changed);
        history.forget();
        QCOMPARE(forgotten, 1);
        QCOMPARE(undone, 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!history.canUndo());
        history.forget();
        QCOMPARE(forgotten, 1);
    }
};

QTEST_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"
