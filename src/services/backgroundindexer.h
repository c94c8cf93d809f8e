#pragma once

#include <QObject>
#include <QThread>

#include <atomic>

class IndexWorker;

// Runs ArticleIndexer behind the refresh, on a thread of its own with its own
// connection to the library (WAL: the window reads on meanwhile). Batches are
// small and the worker pauses between them, so a write from the window (mark
// read, a refresh being stored) waits for one batch at most. Its thread also
// checkpoints the WAL every second, so the window's connection can leave
// that (and its fsyncs) to it: Database::setAutoCheckpoint(false).
class BackgroundIndexer final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundIndexer(const QString &dataDir, QObject *parent = nullptr);
    ~BackgroundIndexer() override; // stops after the batch in hand

    // Indexes what is queued; calls while it runs are folded into that run.
    void schedule();
    bool isRunning() const { return m_running; }
    // While paused a run stops after its batch and none starts: a refresh
    // stores faster with the write lock to itself. Unpausing goes on.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    static constexpr int BatchSize = 16;

Q_SIGNALS:
    // After each batch: articles indexed in this run so far, and still queued.
    void progress(qint64 indexed, qint64 remaining);
    // The queue is empty.
    void finished(qint64 indexed);
    // The run stopped on an error; what is queued stays queued for the next.
    void failed(const QString &message);

private:
    std::atomic<bool> m_stopFlag {false};
    std::atomic<bool> m_paused {false};
    QThread m_thread;
    IndexWorker *m_worker = nullptr;
    bool m_running = false;
    bool m_again = false;
};
