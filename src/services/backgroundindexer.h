#pragma once

#include "result.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

class StorageThread;

// Indexes what a refresh (or a sync) stored, behind it: the search entry,
// related features and same-story cluster of each queued article
// (ArticleIndexer). The work runs on the writer (the one StorageThread) in
// slices of at most SliceMs, one slice sent after the other ended, so a
// write from the window (a mark, a subscription) waits for one slice at
// most. The articles' features, pure functions of their text, are computed
// meanwhile on a pool of their own, on every core, below the window's
// priority.
class BackgroundIndexer final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundIndexer(StorageThread &writer, QObject *parent = nullptr);
    ~BackgroundIndexer() override; // waits for the slice in hand

    // Indexes what is queued; calls while it runs are folded into that run.
    void schedule();
    bool isRunning() const { return m_running; }
    // While paused no slice starts (the one in hand ends): a refresh stores
    // faster with the writer to itself. Unpausing goes on.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // A slice's time on the writer (its batches: ArticleIndexer::DefaultBatch).
    static constexpr int SliceMs = 200;

Q_SIGNALS:
    // After each slice: articles indexed in this run so far, and still queued.
    void progress(qint64 indexed, qint64 remaining);
    // The queue is empty.
    void finished(qint64 indexed);
    // The run stopped on an error; what is queued stays queued for the next.
    void failed(const QString &message);

private:
    struct Slice
    {
        qint64 indexed = 0;
        qint64 remaining = 0;
    };
    void runSlice();
    void sliceDone(const Slice &slice);

    StorageThread &m_writer;
    QThreadPool m_features;
    QFuture<Result<Slice>> m_inHand; // waited for by the destructor (not its continuation: that runs here)
    qint64 m_indexed = 0; // in this run
    bool m_running = false;
    bool m_again = false;
    bool m_paused = false;
};
