#pragma once

#include "feed.h"
#include "feedarticles.h"
#include "fetchresult.h"
#include "refreshstore.h"
#include "result.h"

#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>

class Clock;
class Fetcher;
class FullTextFetcher;
class ImageCache;
class Library;
class PageTextSource;
class StorageThread;
struct Article;
struct CachedImage;

// What one refresh did, as `masthead refresh --json` reports it.
struct RefreshReport
{
    struct Failure
    {
        qint64 feedId = 0;
        QUrl url;
        QString error;
        bool network = false; // the source could not be reached (vs. bad content)
    };
    int feeds = 0;
    int fetched = 0;
    int notModified = 0;
    QList<Failure> failed;
    int newArticles = 0;
    int updatedArticles = 0;
    qint64 bytes = 0;
    double seconds = 0; // the whole refresh, offline copies included
    // Until every feed was done: its articles stored (listed) and their
    // images recorded (pending downloads, resumable). Offline copies may
    // still be under way then.
    double feedsSeconds = 0;
    // Offline copies (see setKeepOfflineCopies).
    int fullTextArticles = 0; // summary-only items completed from their web page
    struct PageFailure
    {
        QUrl link;
        QString error;
    };
    QList<PageFailure> fullTextFailed; // pages the extractor could not read: the feed's text is kept
    int imagesStored = 0;
    int imagesFailed = 0; // unreachable, not an image, or over the size cap
    qint64 imageBytes = 0;
};

// Refreshes feeds: conditional fetches through the Fetcher (which keeps the
// per-host limits), parsing and sanitizing on worker threads, then storing on
// the storage thread: the feeds that are ready go in one transaction (one
// savepoint each, so a feed that fails alone), their images recorded in it,
// while the next feeds are parsed. A feed that fails, or turns
// into garbage, keeps everything already stored and never holds up the
// others. The thread it runs on only dispatches: it stays free to paint.
//
// Offline copies (pages of summary-only items, images) come after the
// feeds: a feed is done (feedRefreshed) once its articles are stored and
// their images recorded; its pages and image downloads wait while feeds are
// being parsed or stored here, go out at background priority (see
// Fetcher), and finished() comes when they are done too.
class RefreshService final : public QObject
{
    Q_OBJECT

public:
    RefreshService(Library &library, Fetcher &fetcher, StorageThread &storage, QObject *parent = nullptr);
    ~RefreshService() override;

    // Refreshes the given feeds, or every subscribed one when the list is empty.
    // Returns false (and does nothing) while a refresh is running.
    bool start(const QList<qint64> &feedIds = {});
    bool isRunning() const { return m_pending > 0 || m_starting || m_waitingForOfflineCopies; }

    // When on, a refresh also keeps what is needed to read offline: the full
    // text of summary-only items (per feed: feeds.full_text) and the images
    // of the stored articles; finished() then waits for those too (the
    // feeds are done before: see feedsDone()).
    void setKeepOfflineCopies(bool keep);
    bool keepsOfflineCopies() const { return m_images != nullptr; }
    // Where fetched article pages are read (default: this process's thread
    // pool). The composition root hands in a worker-process source so that
    // a hostile page cannot take the app down. Must outlive this service.
    void setPageTextSource(PageTextSource &pages);
    // The clock whose time is stored as the fetch time (default: the
    // system's). Hand in the scheduler's, so both count the same time. Must
    // outlive this service.
    void setClock(const Clock &clock);
    // The time a refresh gives article pages and images, from its start:
    // what is not fetched by then waits for the next refresh (images stay
    // pending, articles keep their feed text), so the worst hosts never
    // hold a refresh. Default DefaultOfflineCopyBudgetMs.
    static constexpr int DefaultOfflineCopyBudgetMs = 60 * 1000;
    void setOfflineCopyBudgetMs(int ms) { m_offlineCopyBudgetMs = qMax(0, ms); }
    int offlineCopyBudgetMs() const { return m_offlineCopyBudgetMs; }
    ImageCache *imageCache() const { return m_images; } // null unless offline copies are kept
    const RefreshReport &report() const { return m_report; }

Q_SIGNALS:
    void started();
    void progress(int done, int total, qint64 bytes);
    void feedRefreshed(qint64 feedId, const QString &error);
    // Every feed is done (report().feedsSeconds): the articles are all
    // listed; offline copies may still be under way until finished().
    void feedsDone();
    void finished(const RefreshReport &report);

private:
    struct PendingStore
    {
        Feed feed;
        FetchResult headers; // without the body
        FeedArticles articles;
        RefreshStore::OfflineHints hints; // worked out beside the parse
        bool parsed = false;
    };
    // Fetches the feeds read for start().
    void begin(const QList<Feed> &feeds);
    void fetchFeed(const Feed &feed);
    void fetchMore();
    void fetched(const Feed &feed, const FetchResult &result);
    void parseNext();
    void leftPipeline(); // a parsed feed is stored (or failed): the next may be parsed
    // parsed: the hints of a document read (nullopt for a 304).
    void store(const Feed &feed, const FetchResult &result, const FeedArticles &articles,
               const std::optional<RefreshStore::OfflineHints> &parsed);
    void storeNext();
    // What the storage thread did with one feed of a batch: its articles
    // stored, their images recorded.
    void stored(const PendingStore &item, int inserted, int updated, const QList<Article> &wantPage,
                const QList<CachedImage> &images);
    void fail(const Feed &feed, const FetchResult &result, const QString &error, bool network);
    // Offline copies wait while this process parses or stores feeds.
    bool feedsBusyHere() const;
    void updateOfflineCopies(); // holds or lets go the pages and images
    void completeFromPages(const Feed &feed, const QList<Article> &wanted);
    void storeFullText(const Feed &feed, const QList<Article> &completed, const QList<qint64> &notTaken);
    void offlineCopyDone();
    void feedDone(qint64 feedId, const QString &error);
    void finishIfDone();
    QDateTime now() const;

    Library &m_library;
    Fetcher &m_fetcher;
    StorageThread &m_storage;
    RefreshReport m_report;
    QElapsedTimer m_clock;
    // Feeds not asked for yet, and how many fetches are out. Fetches go out
    // while few bodies wait to be parsed: fetching outruns parsing, and a
    // cold refresh otherwise held every body in memory at once (250 MB for
    // 1000 news feeds). The window is wide, so slow hosts do not hold it.
    QList<Feed> m_toFetch;
    int m_fetching = 0;
    static constexpr int MaxFetching = 128;
    static constexpr int MaxFetchedWaiting = 16;
    // Fetched, waiting to be parsed; and how many are being parsed or stored.
    QList<std::pair<Feed, FetchResult>> m_toParse;
    int m_parsingOrStoring = 0;
    // Parsed feeds are several times the size of their bodies: a few are
    // parsed ahead while the batch before them is stored.
    static constexpr int MaxParsedAhead = 16;
    // Fetched (304) or parsed, waiting for the storage thread; a batch is
    // being stored.
    QList<PendingStore> m_toStore;
    bool m_storing = false;
    static constexpr int MaxFeedsPerStore = 32;
    // Feeds are parsed on a pool of their own: Qt draws large areas with the
    // global pool's threads and waits for them, so a refresh filling the
    // global pool would hold the window's painting (a progress bar waited
    // for a parse to end: stalls of 30–80 ms).
    QThreadPool m_parsing;
    int m_pending = 0;
    int m_done = 0;
    bool m_starting = false;
    bool m_waitingForOfflineCopies = false;
    // Summary-only items of stored feeds, waiting for their pages; and the
    // page batches being fetched, read or stored.
    QList<std::pair<Feed, QList<Article>>> m_toComplete;
    int m_completing = 0;
    // Feeds whose pages are fetched and read at once: a cold refresh's
    // 2,000 pages let go together piled their bodies up waiting to be read.
    static constexpr int MaxCompleting = 8;
    std::unique_ptr<PageTextSource> m_ownPages;
    PageTextSource *m_pages = nullptr;
    FullTextFetcher *m_fullText = nullptr;
    ImageCache *m_images = nullptr;
    const Clock *m_time = nullptr;
    int m_offlineCopyBudgetMs = DefaultOfflineCopyBudgetMs;
};
