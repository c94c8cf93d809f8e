#include "storagethread.h"
#include "threadpriority.h"

#include <QElapsedTimer>

#include <optional>

// Lives on the storage thread and owns the connection there: a connection
// may only be used from the thread that opened it.
class StorageWorker final : public QObject
{
public:
    StorageWorker(QString dataDir, StorageThread::Checkpoints checkpoints, StorageThread::Access access)
        : m_dataDir(std::move(dataDir)), m_checkpoints(checkpoints), m_access(access) { }

    void runTask(const std::function<void(Library *, const Error *)> &task)
    {
        open();
        task(m_library.get(), m_openError ? &*m_openError : nullptr);
    }
    void close() { m_library.reset(); }
    void setRetryOpenAfter(qint64 milliseconds) { m_retryOpenAfterMs = milliseconds; }

private:
    // On this thread, at the first job. A failure (the library locked by
    // another program, say) answers the jobs of the next ten seconds, so a
    // refresh of a thousand feeds fails at once rather than waiting out the
    // lock a thousand times; after that the next job tries again.
    void open()
    {
        if (m_library || (m_openError && !m_failedAt.hasExpired(m_retryOpenAfterMs)))
            return;
        m_openError.reset();
        const bool reads = m_access == StorageThread::Access::ReadsOnly;
        auto opened = Library::open(m_dataDir, reads ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
        if (!opened) {
            m_openError = opened.error();
            m_failedAt.start();
            return;
        }
        m_library = std::move(opened.value());
        if (!reads)
            lowerThisThreadsPriority(); // the window comes first; its readers do not wait on the writer
        if (reads) {
            (void)m_library->database().setPageCacheKiB(StorageThread::ReaderCacheKiB);
            return;
        }
        (void)m_library->database().setPageCacheKiB(StorageThread::WriterCacheKiB); // a cache it is, not a need
        if (m_checkpoints == StorageThread::Checkpoints::ByAnotherConnection)
            (void)m_library->database().setAutoCheckpoint(false); // should it fail, SQLite's own go on
    }

    QString m_dataDir;
    StorageThread::Checkpoints m_checkpoints;
    StorageThread::Access m_access;
    std::unique_ptr<Library> m_library;
    std::optional<Error> m_openError;
    QElapsedTimer m_failedAt;
    qint64 m_retryOpenAfterMs = 10000;
};

StorageThread::StorageThread(QString dataDir, Checkpoints checkpoints, QObject *parent)
    : QObject(parent), m_worker(new StorageWorker(std::move(dataDir), checkpoints, Access::Writes))
{
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("masthead-storage"));
    m_thread.start();
}

StorageThread::StorageThread(QString dataDir, Access access, QObject *parent)
    : QObject(parent), m_worker(new StorageWorker(std::move(dataDir), Checkpoints::ByAnotherConnection, access))
{
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(access == Access::ReadsOnly ? QStringLiteral("masthead-reader")
                                                       : QStringLiteral("masthead-storage"));
    m_thread.start();
}

StorageThread::~StorageThread()
{
    // Queued after every job already sent, so those run first.
    QMetaObject::invokeMethod(m_worker, [this] {
        m_worker->close(); // on its own thread, where the connection was opened
        delete m_worker;
        m_thread.quit();
    }, Qt::QueuedConnection);
    m_thread.wait();
}

void StorageThread::setRetryOpenAfter(int milliseconds)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, milliseconds] {
        worker->setRetryOpenAfter(milliseconds);
    }, Qt::QueuedConnection);
}

void StorageThread::post(Task task)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, task = std::move(task)] {
        worker->runTask(task);
    }, Qt::QueuedConnection);
}
