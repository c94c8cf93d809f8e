#include "threadpriority.h"

#include <QTest>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

int niceOfThisThread()
{
#ifdef Q_OS_LINUX
    return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
#else
    return 0;
#endif
}

} // namespace

// Background threads give way to the window: only the thread that asks is
// lowered, once, by the same step whatever the process's own value.
class TestThreadPriority : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheCallingThreadIsLoweredOnce()
    {
#ifndef Q_OS_LINUX
        QSKIP("per-thread nice values are a Linux feature");
#endif
        const int window = niceOfThisThread();
        int before = 0;
        int after = 0;
        int again = 0;
        QThread *worker = QThread::create([&] {
            before = niceOfThisThread();
            lowerThisThreadsPriority();
            after = niceOfThisThread();
            lowerThisThreadsPriority();
            again = niceOfThisThread();
        });
        worker->start();
        QVERIFY(worker->wait(5000));
        delete worker;
        QCOMPARE(after, std::min(19, before + 10));
        QCOMPARE(again, after);
        QCOMPARE(niceOfThisThread(), window);
    }
};

QTEST_GUILESS_MAIN(TestThreadPriority)
#include "tst_threadpriority.moc"
