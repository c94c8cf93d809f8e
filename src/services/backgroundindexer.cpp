#include "backgroundindexer.h"
#include "threadpriority.h"
#include "library.h"

#include <QTimer>

#include <memory>

// Lives on the indexer's thread and owns everything SQL there: a connection
// may only be used from the thread that opened it.
class IndexWorker final : public QObject
{
    Q_OBJECT

public:
    IndexWorker(QString dataDir, const std::atomic<bool> &stop, const std::atomic<bool> &paused)
        : m_dataDir(std::move(dataDir)), m_stop(stop), m_paused(paused) { }

    void run();
    void checkpoint();
    void close() { m_library.reset(); }

Q_SIGNALS:
    void progress(qint64 indexed, qint64 remaining);
    void done(qint64 indexed, const QString &error);

private:
    // Opens the library on first use, on this thread; the error if it cannot.
    QString open();

    QString m_dataDir;
    const std::atomic<bool> &m_stop;
    const std::atomic<bool> &m_paused;
    std::unique_ptr<Library> m_library;
};

QString IndexWorker::open()
{
    if (m_library)
        return {};
    auto opened = Library::open(m_dataDir);
    if (!opened)
        return opened.error().message;
    m_library = std::move(opened.value());
    return {};
}

void IndexWorker::checkpoint()
{
    // Quietly skipped until the library opens; run() reports why it does not.
    // A checkpoint that cannot finish now (readers in the way) is simply
    // tried again a second later.
    if (open().isEmpty())
        (void)m_library->database().checkpoint();
}

void IndexWorker::run()
{
    lowerThisThreadsPriority(); // the window comes first
    if (const QString error = open(); !error.isEmpty()) {
        Q_EMIT done(0, error);
        return;
    }
    ArticleIndexer indexer = m_library->indexer();
    qint64 indexed = 0;
    while (!m_stop && !m_paused) {
        auto batch = indexer.indexPending(BackgroundIndexer::BatchSize);
        if (!batch) {
            Q_EMIT done(indexed, batch.error().message);
            return;
        }
        if (batch.value() == 0)
            break;
        indexed += batch.value();
        auto remaining = indexer.pendingCount();
        Q_EMIT progress(indexed, remaining.valueOr(0));
        // Leaves the write lock free for a moment: SQLite's busy handler
        // retries in steps, and a writer waiting in the window must get in.
        QThread::msleep(8);
    }
    Q_EMIT done(indexed, QString());
}

BackgroundIndexer::BackgroundIndexer(const QString &dataDir, QObject *parent) : QObject(parent)
{
    m_worker = new IndexWorker(dataDir, m_stopFlag, m_paused);
    auto *checkpoints = new QTimer(m_worker); // moves with it, to fire on the thread
    checkpoints->setInterval(1000);
    connect(checkpoints, &QTimer::timeout, m_worker, &IndexWorker::checkpoint);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [worker = m_worker] {
        worker->close(); // on its own thread, where the connection was opened
        delete worker;
    });
    connect(m_worker, &IndexWorker::progress, this, &BackgroundIndexer::progress);
    connect(m_worker, &IndexWorker::done, this, [this](qint64 indexed, const QString &error) {
        m_running = false;
        if (!error.isEmpty()) {
            Q_EMIT failed(error);
        } else if (m_paused) {
            m_again = true; // goes on when unpaused
        } else if (m_again) {
            m_again = false;
            schedule();
            return;
        } else {
            Q_EMIT finished(indexed);
        }
    });
    m_thread.setObjectName(QStringLiteral("masthead-indexer"));
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(checkpoints, qOverload<>(&QTimer::start), Qt::QueuedConnection);
}

BackgroundIndexer::~BackgroundIndexer()
{
    m_stopFlag = true;
    m_thread.quit();
    m_thread.wait();
}

void BackgroundIndexer::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_again && !m_running) {
        m_again = false;
        schedule();
    }
}

void BackgroundIndexer::schedule()
{
    if (m_paused || m_running) {
        m_again = true; // started when unpaused, or by the run in hand when it ends
        return;
    }
    m_running = true;
    QMetaObject::invokeMethod(m_worker, &IndexWorker::run, Qt::QueuedConnection);
}

#include "backgroundindexer.moc"
