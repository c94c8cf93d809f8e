#include "nextturn.h"

#include <QFuture>
#include <QPromise>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

// The continuation of an answer that is already there must not run inside
// then(): the code that asked still has its next statement to run.
class TestNextTurn : public QObject
{
    Q_OBJECT

private slots:
    void aReadyAnswerComesAfterTheQuestion()
    {
        QObject context;
        QStringList order;
        QtFuture::makeReadyFuture(7).then(&context, nextTurn(&context, [&order](int value) {
            order.append(QString::number(value));
        }));
        order.append(QStringLiteral("asked"));
        QTRY_COMPARE(order, (QStringList{QStringLiteral("asked"), QStringLiteral("7")}));
    }

    void anAnswerFromAnotherThreadArrivesOnTheContextsThread()
    {
        QObject context;
        QThread *seen = nullptr;
        int got = 0;
        QtConcurrent::run([] { return 42; }).then(&context, nextTurn(&context, [&](int value) {
            seen = QThread::currentThread();
            got = value;
        }));
        QTRY_COMPARE(got, 42);
        QCOMPARE(seen, context.thread());
    }

    void aContextGoneDropsTheAnswer()
    {
        bool called = false;
        {
            QObject context;
            QtFuture::makeReadyFuture(1).then(&context, nextTurn(&context, [&called](int) { called = true; }));
        }
        QTest::qWait(20);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestNextTurn)
#include "tst_nextturn.moc"
