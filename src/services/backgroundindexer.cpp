#include "backgroundindexer.h"
#include "articleindexer.h"
#include "library.h"
#include "nextturn.h"
#include "storagethread.h"

#include <QElapsedTimer>

BackgroundIndexer::BackgroundIndexer(StorageThread &writer, QObject *parent) : QObject(parent), m_writer(writer)
{
    m_features.setObjectName(QStringLiteral("masthead-index-features"));
}

BackgroundIndexer::~BackgroundIndexer()
{
    // The slice in hand uses this pool: it ends (at most a batch past its
    // SliceMs) before the pool goes. Its answer, queued to this object, is
    // dropped with it.
    m_inHand.waitForFinished();
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
    m_indexed = 0;
    runSlice();
}

void BackgroundIndexer::runSlice()
{
    QThreadPool *features = &m_features;
    QFuture<Result<Slice>> slice = m_writer.run([features](Library &library) -> Result<Slice> {
        ArticleIndexer indexer = library.indexer();
        QElapsedTimer elapsed;
        elapsed.start();
        Slice done;
        do {
            auto batch = indexer.indexPending(ArticleIndexer::DefaultBatch, ArticleIndexer::Scope::Everything, features);
            if (!batch)
                return batch.error();
            if (batch.value() == 0)
                return done; // nothing left
            done.indexed += batch.value();
        } while (elapsed.elapsed() < SliceMs);
        done.remaining = indexer.pendingCount().valueOr(0);
        return done;
    });
    m_inHand = slice;
    slice.then(this, nextTurn(this, [this](const Result<Slice> &slice) {
        if (!slice) {
            m_running = false;
            m_again = false;
            Q_EMIT failed(slice.error().message);
            return;
        }
        sliceDone(slice.value());
    }));
}

void BackgroundIndexer::sliceDone(const Slice &slice)
{
    m_indexed += slice.indexed;
    if (slice.remaining > 0) {
        Q_EMIT progress(m_indexed, slice.remaining);
        if (!m_paused) {
            runSlice(); // behind whatever else was sent to the writer meanwhile
            return;
        }
        m_running = false;
        m_again = true; // goes on when unpaused
        return;
    }
    Q_EMIT progress(m_indexed, 0);
    if (m_again && !m_paused) {
        m_again = false;
        runSlice(); // something was stored while the last slice ran
        return;
    }
    m_running = false;
    Q_EMIT finished(m_indexed);
}
