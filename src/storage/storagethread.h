#pragma once

#include "library.h"
#include "result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

class StorageWorker;

// The storage thread: a thread with its own connection to the library,
// where writes run one after another, in the order they were sent, off the
// window's thread. The same class, read-only, is where the window's reads run. Jobs get the thread's Library and return a Result; the
// future brings it back (QFuture::then(context, …) to continue on the
// sender's thread). Nothing from the thread's Library may leave the job.
class StorageThread final : public QObject
{
    Q_OBJECT

public:
    // Who copies the WAL into the database file. A checkpoint fsyncs, and
    // run inline it halves the store rate: where another connection runs
    // them on its own thread (WalCheckpoints, in the app), leave them to it.
    enum class Checkpoints { Itself, ByAnotherConnection };

    // The writing connection's page cache. At each commit SQLite drops the
    // pages past the file's end from its cache, and in a file under 1 GiB
    // that is a walk over the whole cache (a b-tree rebalance numbers pages
    // at the 1 GiB lock page for a moment). With 64 MiB that walk took 6% of
    // all the CPU samples of bench_library's store run, at 16 MiB 1.3%.
    // Writes touch few pages beyond the ends of the tables and the feeds'
    // index leaves, which 16 MiB holds: 100k articles stored at a median of
    // 33k/s against 29k (9 runs each, interleaved).
    static constexpr int WriterCacheKiB = 16 * 1024;
    // Readers keep the hot index pages of a large library (a read-only
    // connection otherwise gets SQLite's 2 MiB).
    static constexpr int ReaderCacheKiB = 64 * 1024;

    // A thread that only reads (the window's read side) opens its connection
    // read-only, with the readers' larger page cache, and never checkpoints.
    enum class Access { Writes, ReadsOnly };

    explicit StorageThread(QString dataDir, Checkpoints checkpoints = Checkpoints::Itself,
                           QObject *parent = nullptr);
    StorageThread(QString dataDir, Access access, QObject *parent = nullptr);
    ~StorageThread() override; // runs the jobs already sent, then closes

    // How long a failure to open the library answers the jobs that follow
    // before the next one tries again (default 10 s). Applies from the next
    // job sent.
    void setRetryOpenAfter(int milliseconds);

    // Runs job(Library &) -> Result<T> on the storage thread. Should the
    // library not open there, the result is that error.
    template<typename Job>
    auto run(Job job) -> QFuture<std::invoke_result_t<Job, Library &>>
    {
        using R = std::invoke_result_t<Job, Library &>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([promise, job = std::move(job)](Library *library, const Error *openError) mutable {
            promise->addResult(library ? job(*library) : R(*openError));
            promise->finish();
        });
        return future;
    }

private:
    using Task = std::function<void(Library *library, const Error *openError)>;
    void post(Task task);

    QThread m_thread;
    StorageWorker *m_worker = nullptr;
};
