#include "refreshservice.h"

#include "clock.h"
#include "feed/feedparser.h"
#include "feedarticles.h"
#include "fetcher.h"
#include "fulltextfetcher.h"
#include "fulltextmode.h"
#include "imagecache.h"
#include "library.h"
#include "nextturn.h"
#include "pagetextsource.h"
#include "refreshstore.h"
#include "sqlutil.h"
#include "storagethread.h"
#include "threadpriority.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

struct Parsed
{
    FeedArticles articles;
    RefreshStore::OfflineHints hints; // with offline copies
    QString error;
};

Parsed parseAndMap(const QByteArray &body, const FetchResult &result, bool offlineCopies)
{
    lowerThisThreadsPriority(); // the window comes first
    FeedParseOptions options;
    options.documentUrl = result.finalUrl;
    options.baseUrl = result.contentLocation.isEmpty()
            ? QUrl()
            : result.finalUrl.resolved(QUrl(QString::fromUtf8(result.contentLocation)));
    options.contentType = result.contentType;
    options.contentLanguage = QString::fromUtf8(result.contentLanguage);
    const FeedParseResult parsed = FeedParser::parse(body, options);
    if (!parsed.isFeed)
        return {{}, {}, parsed.error};
    Parsed out;
    out.articles = articlesFromFeed(parsed.feed, result.finalUrl);
    if (offlineCopies)
        out.hints = RefreshStore::offlineHints(out.articles.articles);
    return out;
}

bool isNetworkError(FetchResult::Error error)
{
    switch (error) {
    case FetchResult::Error::Timeout:
    case FetchResult::Error::Network:
    case FetchResult::Error::Tls:
    case FetchResult::Error::Dns:
    case FetchResult::Error::Offline:
    case FetchResult::Error::Backoff:
    case FetchResult::Error::TooManyRedirects:
    case FetchResult::Error::RedirectLoop:
        return true;
    default:
        return false;
    }
}

// Whether the fetch reached out at all: offline, cancelled, or held back
// by the host's Retry-After, the feed itself did not fail.
bool wasAttempted(FetchResult::Error error)
{
    return error != FetchResult::Error::Offline && error != FetchResult::Error::Cancelled
            && error != FetchResult::Error::Backoff;
}

} // namespace

RefreshService::RefreshService(Library &library, Fetcher &fetcher, StorageThread &storage, QObject *parent)
    : QObject(parent), m_library(library), m_fetcher(fetcher), m_storage(storage),
      m_ownPages(std::make_unique<InProcessPageText>()), m_pages(m_ownPages.get())
{
}

RefreshService::~RefreshService() = default;

void RefreshService::setClock(const Clock &clock)
{
    m_time = &clock;
}

QDateTime RefreshService::now() const
{
    return m_time ? m_time->now() : QDateTime::currentDateTimeUtc();
}

void RefreshService::setPageTextSource(PageTextSource &pages)
{
    m_pages = &pages;
    if (m_fullText) { // rebuilt on the new source
        setKeepOfflineCopies(false);
        setKeepOfflineCopies(true);
    }
}

void RefreshService::setKeepOfflineCopies(bool keep)
{
    if (keep == keepsOfflineCopies() || isRunning())
        return;
    if (!keep) {
        delete m_fullText;
        delete m_images;
        m_fullText = nullptr;
        m_images = nullptr;
        return;
    }
    m_fullText = new FullTextFetcher(m_fetcher, *m_pages, this);
    connect(m_fullText, &FullTextFetcher::pageFailed, this, [this](const QUrl &link, const QString &error) {
        m_report.fullTextFailed.append({link, error});
    });
    m_images = new ImageCache(m_library, m_fetcher, this);
    m_images->setStorage(m_storage);
    connect(m_images, &ImageCache::idle, this, [this] {
        if (m_waitingForOfflineCopies)
            finishIfDone();
    });
}

bool RefreshService::start(const QList<qint64> &feedIds)
{
    if (isRunning())
        return false;
    m_report = {};
    if (m_images)
        m_images->resetReport();
    if (m_fullText) {
        const QDeadlineTimer budget(m_offlineCopyBudgetMs);
        m_fullText->setBudget(budget);
        m_images->setBudget(budget);
        // Images left pending by an earlier refresh (offline, time spent,
        // host unreachable) are tried again, within this one's budget.
        m_images->resumePending();
    }
    m_done = 0;
    m_toComplete.clear();
    m_completing = 0;
    m_clock.start();
    m_starting = true; // until the feeds are read
    Q_EMIT started();
    // Read on the storage thread, not on the caller's (the window's).
    m_storage
            .run([feedIds](Library &library) -> Result<QList<Feed>> {
                if (feedIds.isEmpty())
                    return library.feeds().subscribed();
                QList<Feed> feeds;
                for (qint64 id : feedIds) {
                    auto found = library.feeds().find(id);
                    if (!found)
                        return found.error();
                    if (found.value())
                        feeds.append(*found.value());
                }
                return feeds;
            })
            .then(this, nextTurn(this, [this](const Result<QList<Feed>> &feeds) {
                if (!feeds)
                    m_report.failed.append({0, QUrl(), feeds.error().message, false});
                begin(feeds ? feeds.value() : QList<Feed>());
            }));
    return true;
}

void RefreshService::begin(const QList<Feed> &feeds)
{
    m_report.feeds = int(feeds.size());
    m_pending = int(feeds.size());
    m_toFetch = feeds;
    m_fetching = 0;
    fetchMore();
    m_starting = false;
    finishIfDone();
}

void RefreshService::fetchFeed(const Feed &feed)
{
    FetchRequest request;
    request.url = feed.url;
    request.etag = feed.etag;
    request.lastModified = feed.lastModified;
    request.kind = FetchRequest::Kind::Feed;
    m_fetcher.fetchAsync(request).then(this, nextTurn(this, [this, feed](const FetchResult &result) {
        fetched(feed, result);
    }));
}

void RefreshService::fetchMore()
{
    while (m_fetching < MaxFetching && m_toParse.size() < MaxFetchedWaiting && !m_toFetch.isEmpty()) {
        ++m_fetching;
        fetchFeed(m_toFetch.takeFirst());
    }
}

void RefreshService::fetched(const Feed &feed, const FetchResult &result)
{
    --m_fetching;
    fetchMore(); // before this one waits to be parsed: a 304 or a failure takes no room
    m_report.bytes += result.bytes;
    if (m_images)
        m_images->setHeld(true); // until it is parsed and stored (or failed)
    if (!result.ok()) {
        fail(feed, result, result.errorMessage, isNetworkError(result.error));
        return;
    }
    ++m_report.fetched;
    if (result.notModified) {
        ++m_report.notModified;
        store(feed, result, {}, std::nullopt);
        return;
    }
    m_toParse.append({feed, result});
    parseNext();
}

void RefreshService::parseNext()
{
    // Fetching outruns storing: parsed feeds are several times the size of
    // their bodies, so only a few are parsed ahead of the store.
    while (m_parsingOrStoring < MaxParsedAhead && !m_toParse.isEmpty()) {
        const auto [feed, result] = m_toParse.takeFirst();
        ++m_parsingOrStoring;
        fetchMore();
        QtConcurrent::run(&m_parsing, parseAndMap, result.body, result, keepsOfflineCopies())
                .then(this, nextTurn(this, [this, feed, result](const Parsed &parsed) {
                          if (!parsed.error.isEmpty()) {
                              leftPipeline();
                              fail(feed, result,
                                   tr("%1 is not a feed: %2")
                                           .arg(result.finalUrl.toString(), parsed.error),
                                   false);
                          } else {
                              store(feed, result, parsed.articles, parsed.hints);
                          }
                      }));
    }
}

void RefreshService::leftPipeline()
{
    --m_parsingOrStoring;
    parseNext();
}

void RefreshService::store(const Feed &feed, const FetchResult &result,
                           const FeedArticles &articles,
                           const std::optional<RefreshStore::OfflineHints> &parsed)
{
    FetchResult headers = result;
    headers.body.clear(); // parsed already, or nothing to parse
    m_toStore.append({feed, std::move(headers), articles,
                      parsed.value_or(RefreshStore::OfflineHints()), parsed.has_value()});
    storeNext();
}

void RefreshService::storeNext()
{
    if (m_storing || m_toStore.isEmpty())
        return;
    const qsizetype count = qMin<qsizetype>(m_toStore.size(), MaxFeedsPerStore);
    QList<PendingStore> batch = m_toStore.first(count);
    m_toStore.remove(0, count);
    m_storing = true;
    const bool completeFromPages = m_fullText != nullptr;
    const bool keepImages = m_images != nullptr;
    m_storage
            .run([batch, completeFromPages, keepImages, now = now()](
                         Library &library) -> Result<QList<Result<RefreshStore::StoredFeed>>> {
                // One transaction for the batch, a savepoint per feed: a
                // feed's ETag is stored with its articles or not at all.
                // Foreign keys are off around it, as upsert() wants them
                // (it checks its one key itself).
                const QSqlDatabase db = library.database().connection();
                const SqlUtil::ForeignKeysOff keysCheckedByUpsert(db);
                SqlUtil::Transaction all(db);
                QList<Result<RefreshStore::StoredFeed>> out;
                out.reserve(batch.size());
                for (const PendingStore &item : batch) {
                    SqlUtil::Transaction one(db);
                    const RefreshStore::StoreOptions options {item.parsed, completeFromPages,
                                                              keepImages, now};
                    Result<RefreshStore::StoredFeed> stored = RefreshStore::storeFeed(
                            library, item.feed, item.headers, item.articles, item.hints, options);
                    if (stored) {
                        if (auto done = one.commit(); !done)
                            stored = done.error();
                    }
                    out.append(std::move(stored));
                }
                if (auto done = all.commit(); !done)
                    return done.error();
                return out;
            })
            .then(this,
                  nextTurn(this,
                           [this,
                            batch](const Result<QList<Result<RefreshStore::StoredFeed>>> &done) {
                               m_storing = false;
                               storeNext(); // what came in meanwhile, while this batch is handled
                               for (qsizetype i = 0; i < batch.size(); ++i) {
                                   const PendingStore &item = batch.at(i);
                                   const Result<RefreshStore::StoredFeed> one = !done
                                           ? Result<RefreshStore::StoredFeed>(done.error())
                                           : i < done->size()
                                           ? done->at(i)
                                           : Result<RefreshStore::StoredFeed>(
                                                   makeError(Error::Database, tr("unknown error")));
                                   if (item.parsed)
                                       leftPipeline();
                                   if (!one) {
                                       fail(item.feed, item.headers, one.error().message, false);
                                       continue;
                                   }
                                   stored(item, one->counts.inserted, one->counts.updated,
                                          one->wantPage, one->images);
                               }
                           }));
}

void RefreshService::stored(const PendingStore &item, int inserted, int updated,
                            const QList<Article> &wantPage, const QList<CachedImage> &images)
{
    m_report.newArticles += inserted;
    m_report.updatedArticles += updated;
    // Its articles are listed and their images recorded: the feed is done.
    // Pages and downloads follow when the feeds leave the machine to them.
    if (m_images && !images.isEmpty())
        m_images->download(images);
    if (!wantPage.isEmpty() && m_fullText)
        m_toComplete.append({item.feed, wantPage});
    feedDone(item.feed.id, QString());
}

bool RefreshService::feedsBusyHere() const
{
    // Feeds on the wire do not count: a slow host must not hold the
    // offline copies of every other feed.
    return !m_toParse.isEmpty() || m_parsingOrStoring > 0 || !m_toStore.isEmpty() || m_storing;
}

void RefreshService::updateOfflineCopies()
{
    const bool hold = feedsBusyHere();
    if (m_images)
        m_images->setHeld(hold);
    if (hold)
        return;
    while (m_completing < MaxCompleting && !m_toComplete.isEmpty()) {
        const auto [feed, wanted] = m_toComplete.takeFirst();
        completeFromPages(feed, wanted);
    }
}

void RefreshService::completeFromPages(const Feed &feed, const QList<Article> &wanted)
{
    ++m_completing;
    m_fullText->complete(wanted).then(
            this, nextTurn(this, [this, feed, wanted](const QList<Article> &completed) {
                QList<Article> changed;
                QList<qint64> notTaken; // tried again by a later refresh (PageAttempts)
                for (qsizetype i = 0; i < wanted.size(); ++i) {
                    if (i < completed.size() && completed.at(i).contentHtml != wanted.at(i).contentHtml)
                        changed.append(completed.at(i));
                    else if (wanted.at(i).id > 0)
                        notTaken.append(wanted.at(i).id);
                }
                storeFullText(feed, changed, notTaken);
            }));
}

void RefreshService::storeFullText(const Feed &feed, const QList<Article> &completed,
                                   const QList<qint64> &notTaken)
{
    if (completed.isEmpty() && notTaken.isEmpty()) {
        offlineCopyDone();
        return;
    }
    // Same identity, so this updates the rows in place: read and starred
    // stay as the person left them. The images the pages add are recorded
    // with them.
    struct Completed
    {
        int updated = 0;
        QList<CachedImage> images;
    };
    m_storage
            .run([feedId = feed.id, completed, notTaken, keepImages = m_images != nullptr,
                  now = now()](Library &library) -> Result<Completed> {
                SqlUtil::Transaction tx(library.database().connection());
                Completed out;
                if (!completed.isEmpty()) {
                    auto done = library.articles().upsert(feedId, completed, now);
                    if (!done)
                        return done.error();
                    out.updated = done->updated;
                    if (auto forgotten = library.pageAttempts().forget(done->ids); !forgotten)
                        return forgotten.error();
                    if (keepImages)
                        out.images = RefreshStore::recordImages(library, completed, done->ids);
                }
                if (auto recorded = library.pageAttempts().recordFailed(notTaken, now); !recorded)
                    return recorded.error();
                if (auto committed = tx.commit(); !committed)
                    return committed.error();
                return out;
            })
            .then(this, nextTurn(this, [this](const Result<Completed> &done) {
                      if (done) {
                          m_report.fullTextArticles += done->updated;
                          if (m_images && !done->images.isEmpty())
                              m_images->download(done->images);
                      }
                      offlineCopyDone();
                  }));
}

void RefreshService::offlineCopyDone()
{
    --m_completing;
    updateOfflineCopies(); // the next feed's pages
    finishIfDone();
}

void RefreshService::fail(const Feed &feed, const FetchResult &result, const QString &error, bool network)
{
    m_report.failed.append({feed.id, feed.url, error, network});
    FeedRepository::FetchOutcome outcome;
    outcome.fetchedAt = now();
    outcome.httpStatus = result.httpStatus;
    outcome.error = error.isEmpty() ? tr("unknown error") : error;
    outcome.gone = result.error == FetchResult::Error::Gone;
    outcome.attempted = wasAttempted(result.error);
    outcome.retryAfterSeconds = result.retryAfterSeconds;
    m_storage.run([feedId = feed.id, outcome](Library &library) { return library.feeds().recordFetch(feedId, outcome); })
            .then(this, nextTurn(this, [this, feedId = feed.id, error = outcome.error](const Result<> &) {
                // Storing the error may fail too (disk full); the articles
                // are untouched either way.
                feedDone(feedId, error);
            }));
}

void RefreshService::feedDone(qint64 feedId, const QString &error)
{
    ++m_done;
    --m_pending;
    Q_EMIT feedRefreshed(feedId, error);
    Q_EMIT progress(m_done, m_report.feeds, m_report.bytes);
    updateOfflineCopies();
    finishIfDone();
}

void RefreshService::finishIfDone()
{
    if (m_pending > 0 || m_starting)
        return;
    if (!m_waitingForOfflineCopies) {
        m_waitingForOfflineCopies = true; // until finished()
        m_report.feedsSeconds = double(m_clock.nsecsElapsed()) / 1e9;
        Q_EMIT feedsDone();
    }
    updateOfflineCopies(); // nothing holds them now
    if (m_completing > 0 || !m_toComplete.isEmpty() || (m_images && !m_images->isIdle()))
        return; // finished() comes with the last page or image
    m_waitingForOfflineCopies = false;
    if (m_images) {
        const ImageCacheReport &images = m_images->report();
        m_report.imagesStored = images.stored;
        m_report.imagesFailed = images.failed + images.tooLarge;
        m_report.imageBytes = images.bytes;
    }
    m_report.seconds = double(m_clock.nsecsElapsed()) / 1e9;
    Q_EMIT finished(m_report);
}
