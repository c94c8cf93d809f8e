#pragma once

#include <QList>
#include <QObject>

class FullTextFetcher;
class ImageCache;
class StorageThread;

// Synced articles read offline like local ones. What a sync stored goes
// through the pipeline a refresh uses: an article carrying only a summary
// (or any, when its feed says Always; none when it says Never) gets the full
// text of its web page (FullTextFetcher: fetched, extracted and sanitized
// off this thread), and every stored article its images (ImageCache). The
// indexer finds them by itself (search, "More like this"). Reads and writes
// run on the storage thread; an article whose page fails keeps the server's
// text.
class SyncedCopies final : public QObject
{
    Q_OBJECT

public:
    // All must outlive this object.
    SyncedCopies(StorageThread &storage, FullTextFetcher &fullText, ImageCache &images, QObject *parent = nullptr);

    // Keeps the offline copies of these stored articles.
    void keep(const QList<qint64> &articleIds);
    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    // The articles of one keep() have their full text stored (completed:
    // how many got it) and their images queued.
    void kept(int completed);

private:
    void keepImages(const QList<qint64> &articleIds, int completed);

    StorageThread &m_storage;
    FullTextFetcher &m_fullText;
    ImageCache &m_images;
    int m_busy = 0;
};
