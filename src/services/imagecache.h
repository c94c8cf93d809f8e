#pragma once

#include "fetchresult.h"
#include "imagerepository.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

class Fetcher;
class Library;
class StorageThread;

// What the image cache did since its report was last reset.
struct ImageCacheReport
{
    int stored = 0;
    int failed = 0;   // unreachable, an HTTP error, or not an image at all
    int tooLarge = 0; // over the size cap
    qint64 bytes = 0; // of the stored images
};

// Keeps the images of stored articles on disk, so the pane shows them with
// the network off. Each distinct URL is downloaded once (the images table is
// keyed by URL), through the Fetcher with a few downloads at a time and a
// size cap; the bytes must be a PNG, JPEG, GIF, WebP or AVIF by their magic
// numbers, whatever the server says. Files go to <cache>/images/<key>.<ext>,
// <key> being imageCacheKey(url), which is how the pane finds them again.
// Offline nothing is attempted: the rows stay pending for resumePending().
class ImageCache final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxImageBytes = 8 * 1024 * 1024;
    static constexpr int DefaultMaxConcurrent = 4;
    // An image that sends nothing for this long is given up (and its host
    // skipped for a while: see Fetcher).
    static constexpr int ImageTimeoutMs = 15 * 1000;

    // Outcomes are written to the library in batches of this many (one
    // transaction each, on the storage thread when one is set, else on the
    // thread this object lives on), and whenever the queue runs dry or
    // RecordDelayMs pass.
    static constexpr int RecordBatch = 64;
    static constexpr int RecordDelayMs = 200;
    // ...or when the images waiting to be written with their rows reach this.
    static constexpr qint64 RecordBytes = 4 * 1024 * 1024;
    // No download starts while this much downloaded is not on disk yet.
    static constexpr qint64 MaxUnwrittenBytes = 4 * RecordBytes;

    ImageCache(Library &library, Fetcher &fetcher, QObject *parent = nullptr);
    ~ImageCache() override; // records what it downloaded
    // Where outcomes are written (a refresh's: its writes are there, and a
    // write from this thread would wait for theirs). Must outlive this.
    void setStorage(StorageThread &storage) { m_storage = &storage; }

    // <library cache folder>/images
    QString directory() const;
    static QString directoryIn(const QString &cacheDir);

    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxConcurrent(int count);
    qint64 maxImageBytes() const { return m_maxImageBytes; }
    void setMaxImageBytes(qint64 bytes);

    // Records the images of these stored articles and queues the downloads
    // of those not on disk yet; returns how many were queued.
    int cacheArticles(const QList<qint64> &articleIds);
    // cacheArticles() in two steps, for a refresh on the storage thread:
    // recording needs the articles' HTML parsed and the library written
    // (any thread, with that thread's Library); downloading, this object.
    static QList<CachedImage> recordImages(Library &library, const QList<qint64> &articleIds);
    int download(const QList<CachedImage> &images);
    // Queues every image still pending (after being offline, or a restart;
    // at most MaxResumed): how many, or -1 with a storage thread set, which
    // reads them and queues them when it answers.
    int resumePending();
    static constexpr int MaxResumed = 10000;

    // Downloads not done by then stop; their images stay pending for
    // resumePending(), as do those of hosts skipped as unreachable. Default:
    // no limit.
    void setBudget(QDeadlineTimer budget) { m_budget = budget; }

    // While held, no download starts (those under way finish; queued ones
    // wait): a refresh holds its images while it parses and stores feeds,
    // so the pictures use the machine only when the articles do not.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }

    bool isIdle() const { return m_queue.isEmpty() && m_active == 0 && m_recording == 0; }
    const ImageCacheReport &report() const { return m_report; }
    void resetReport() { m_report = {}; }

Q_SIGNALS:
    void imageCached(const QUrl &url);
    void idle(); // the last queued download finished

private:
    bool enqueue(const CachedImage &image);
    void pump();
    void downloaded(const CachedImage &image, const FetchResult &result);
    void store(const CachedImage &image, const QByteArray &bytes);
    void downloadDone(qint64 imageId);
    // Writes the outcomes waiting in m_toRecord: their files (on m_files,
    // with a storage thread), then their rows in one transaction.
    void record();
    struct Outcome;
    static QList<Outcome> writeFiles(const QString &directory, QList<Outcome> outcomes);
    void recordRows(const QList<Outcome> &outcomes); // on the storage thread
    // Writes them with this Library (on its thread); which were recorded.
    static QList<bool> write(Library &library, const QList<Outcome> &outcomes);
    // Counts what was not recorded back out of the report, and tells.
    void recorded(const QList<Outcome> &outcomes, const QList<bool> &ok);

    struct Outcome
    {
        CachedImage image;
        CachedImage::State state = CachedImage::State::Stored;
        QString localPath; // with Stored
        QString mimeType;
        qint64 bytes = 0;
        QString file; // the file written, removed if it cannot be recorded
        QDateTime at;
        QByteArray toWrite; // the file's bytes, when it is written with the row
        bool notWritten = false; // writing the file failed: the row stays pending
    };

    Library &m_library;
    Fetcher &m_fetcher;
    StorageThread *m_storage = nullptr;
    int m_recording = 0; // batches on the storage thread
    QList<CachedImage> m_queue;
    QSet<qint64> m_queuedOrActive;
    ImageCacheReport m_report;
    qint64 m_maxImageBytes = DefaultMaxImageBytes;
    int m_maxConcurrent = DefaultMaxConcurrent;
    int m_active = 0;
    bool m_held = false;
    QList<Outcome> m_toRecord;
    qint64 m_toRecordBytes = 0;
    qint64 m_writingBytes = 0; // sent to m_files, not written yet
    QTimer m_recordTimer;
    QDeadlineTimer m_budget = QDeadlineTimer(QDeadlineTimer::Forever);
    // Writes the downloaded files with a storage thread set (one thread:
    // creating files in one folder does not scale with threads). Last
    // member: destroyed first, it waits for the files being written.
    QThreadPool m_files;
};
