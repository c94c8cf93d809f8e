#include "refreshservice.h"
#include "feed/feedparser.h"
#include "feedarticles.h"
#include "fetcher.h"
#include "fulltextfetcher.h"
#include "fulltextmode.h"
#include "imagecache.h"
#include "library.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

struct Parsed
{
    FeedArticles articles;
    QString error;
};

Parsed parseAndMap(const QByteArray &body, const FetchResult &result)
{
    FeedParseOptions options;
    options.documentUrl = result.finalUrl;
    options.baseUrl = result.contentLocation.isEmpty()
            ? QUrl()
            : result.finalUrl.resolved(QUrl(QString::fromUtf8(result.contentLocation)));
    options.contentType = result.contentType;
    options.contentLanguage = QString::fromUtf8(result.contentLanguage);
    const FeedParseResult parsed = FeedParser::parse(body, options);
    if (!parsed.isFeed)
        return {{}, parsed.error};
    return {articlesFromFeed(parsed.feed, result.finalUrl), QString()};
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

} // namespace

RefreshService::RefreshService(Library &library, Fetcher &fetcher, QObject *parent)
    : QObject(parent), m_library(library), m_fetcher(fetcher)
{
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
    m_fullText = new FullTextFetcher(m_fetcher, this);
    m_images = new ImageCache(m_library, m_fetcher, this);
    connect(m_images, &ImageCache::idle, this, [this] {
        if (m_waitingForImages)
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
    m_done = 0;
    m_clock.start();
    QList<Feed> feeds;
    if (feedIds.isEmpty()) {
        auto all = m_library.feeds().subscribed();
        if (all)
            feeds = all.value();
    } else {
        for (qint64 id : feedIds) {
            auto found = m_library.feeds().find(id);
            if (found && found.value())
                feeds.append(*found.value());
        }
    }
    m_report.feeds = int(feeds.size());
    m_pending = int(feeds.size());
    m_starting = true;
    Q_EMIT started();
    for (const Feed &feed : std::as_const(feeds))
        fetchFeed(feed);
    m_starting = false;
    finishIfDone();
    return true;
}

void RefreshService::fetchFeed(const Feed &feed)
{
    FetchRequest request;
    request.url = feed.url;
    request.etag = feed.etag;
    request.lastModified = feed.lastModified;
    request.kind = FetchRequest::Kind::Feed;
    m_fetcher.fetchAsync(request).then(this, [this, feed](const FetchResult &result) {
        fetched(feed, result);
    });
}

void RefreshService::fetched(const Feed &feed, const FetchResult &result)
{
    m_report.bytes += result.bytes;
    if (!result.ok()) {
        fail(feed, result, result.errorMessage, isNetworkError(result.error));
        return;
    }
    ++m_report.fetched;
    if (result.notModified) {
        ++m_report.notModified;
        queueStore(feed, result, {});
        return;
    }
    QtConcurrent::run(parseAndMap, result.body, result)
            .then(this, [this, feed, result](const Parsed &parsed) {
                if (!parsed.error.isEmpty())
                    fail(feed, result, tr("%1 is not a feed: %2").arg(result.finalUrl.toString(), parsed.error), false);
                else
                    queueStore(feed, result, parsed.articles);
            });
}

void RefreshService::queueStore(const Feed &feed, const FetchResult &result, const FeedArticles &articles)
{
    // One feed is stored per turn of the event loop: parsed feeds arrive in
    // bursts, and storing a burst in one go kept the window from repainting
    // for most of a second in a 1000-feed refresh (bench_refresh).
    m_toStore.append({feed, result, articles});
    m_toStore.last().result.body.clear(); // parsed already; a burst of bodies is megabytes
    if (m_toStore.size() == 1)
        QTimer::singleShot(0, this, &RefreshService::storeNext);
}

void RefreshService::storeNext()
{
    if (m_toStore.isEmpty())
        return;
    const PendingStore next = m_toStore.takeFirst();
    store(next.feed, next.result, next.articles);
    if (!m_toStore.isEmpty())
        QTimer::singleShot(0, this, &RefreshService::storeNext);
}

void RefreshService::store(const Feed &feed, const FetchResult &result, const FeedArticles &articles)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Article> batch = articles.articles;
    // Which items want their page: summary-only ones (or all, per feed)
    // that are not stored yet. A stored one had its chance when it was new.
    QList<bool> wantsPage(batch.size(), false);
    FullTextMode mode = FullTextMode::Never;
    if (m_fullText && !batch.isEmpty()) {
        const auto setting = feedFullTextMode(m_library.database().connection(), feed.id);
        mode = setting ? setting.value() : FullTextMode::Auto;
        if (mode != FullTextMode::Never) {
            for (qsizetype i = 0; i < batch.size(); ++i)
                wantsPage[i] = mode == FullTextMode::Always || FullTextFetcher::carriesOnlySummary(batch.at(i));
            carryOverFullText(feed, batch, wantsPage);
        }
    }
    QList<qint64> ids;
    if (!batch.isEmpty()) {
        auto stored = m_library.articles().upsert(feed.id, batch, now);
        if (!stored) {
            fail(feed, result, stored.error().message, false);
            return;
        }
        m_report.newArticles += stored->inserted;
        m_report.updatedArticles += stored->updated;
        ids = stored->ids;
    }
    FeedRepository::FetchOutcome outcome;
    outcome.fetchedAt = now;
    outcome.httpStatus = result.httpStatus;
    outcome.etag = result.etag;
    outcome.lastModified = result.lastModified;
    if (result.permanentRedirect)
        outcome.newUrl = result.permanentUrl;
    outcome.title = articles.feedTitle;
    outcome.siteUrl = articles.siteUrl;
    outcome.refreshMinutes = articles.refreshMinutes;
    if (auto done = m_library.feeds().recordFetch(feed.id, outcome); !done) {
        fail(feed, result, done.error().message, false);
        return;
    }
    if (mode != FullTextMode::Never && ids.size() == batch.size()) {
        QList<Article> wanted;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (wantsPage.at(i))
                wanted.append(batch.at(i));
        }
        if (!wanted.isEmpty()) {
            // The feed counts as done once its articles are complete.
            m_fullText->complete(wanted).then(this, [this, feed, wanted, ids](const QList<Article> &completed) {
                QList<Article> changed;
                for (qsizetype i = 0; i < completed.size() && i < wanted.size(); ++i) {
                    if (completed.at(i).contentHtml != wanted.at(i).contentHtml)
                        changed.append(completed.at(i));
                }
                storeFullText(feed, changed, ids);
            });
            return;
        }
    }
    if (m_images)
        m_images->cacheArticles(ids);
    feedDone(feed.id, QString());
}

void RefreshService::storeFullText(const Feed &feed, const QList<Article> &completed, const QList<qint64> &ids)
{
    if (!completed.isEmpty()) {
        // Same identity, so this updates the rows in place: read and
        // starred stay as the person left them.
        auto stored = m_library.articles().upsert(feed.id, completed, QDateTime::currentDateTimeUtc());
        if (stored)
            m_report.fullTextArticles += stored->updated;
    }
    if (m_images)
        m_images->cacheArticles(ids);
    feedDone(feed.id, QString());
}

// An item that was completed on an earlier refresh keeps its full text:
// otherwise every refresh would put the summary back. Items already stored
// are not fetched again (`wantsPage` is cleared for them), whether their
// page gave more text or not.
void RefreshService::carryOverFullText(const Feed &feed, QList<Article> &articles, QList<bool> &wantsPage) const
{
    const ArticleRepository repository = m_library.articles();
    for (qsizetype i = 0; i < articles.size(); ++i) {
        Article &article = articles[i];
        if (!wantsPage.at(i))
            continue;
        if (!article.link.isValid()) {
            wantsPage[i] = false;
            continue;
        }
        // By identity within the feed: an indexed lookup, where a search by
        // link would scan every article.
        const auto id = repository.idInFeed(feed.id, article);
        if (!id || id.value() == 0)
            continue;
        const auto found = repository.find(id.value());
        if (!found || !found.value())
            continue;
        wantsPage[i] = false;
        const Article &stored = *found.value();
        if (stored.contentText.simplified().size() > article.contentText.simplified().size()) {
            article.contentHtml = stored.contentHtml;
            article.contentText = stored.contentText;
        }
    }
}

void RefreshService::fail(const Feed &feed, const FetchResult &result, const QString &error, bool network)
{
    m_report.failed.append({feed.id, feed.url, error, network});
    FeedRepository::FetchOutcome outcome;
    outcome.fetchedAt = QDateTime::currentDateTimeUtc();
    outcome.httpStatus = result.httpStatus;
    outcome.error = error.isEmpty() ? tr("unknown error") : error;
    outcome.gone = result.error == FetchResult::Error::Gone;
    // Storing the error may fail too (disk full); the articles are untouched either way.
    (void)m_library.feeds().recordFetch(feed.id, outcome);
    feedDone(feed.id, outcome.error);
}

void RefreshService::feedDone(qint64 feedId, const QString &error)
{
    ++m_done;
    --m_pending;
    Q_EMIT feedRefreshed(feedId, error);
    Q_EMIT progress(m_done, m_report.feeds, m_report.bytes);
    finishIfDone();
}

void RefreshService::finishIfDone()
{
    if (m_pending > 0 || m_starting)
        return;
    if (m_images && !m_images->isIdle()) {
        m_waitingForImages = true; // finished() comes with the last image
        return;
    }
    m_waitingForImages = false;
    if (m_images) {
        const ImageCacheReport &images = m_images->report();
        m_report.imagesStored = images.stored;
        m_report.imagesFailed = images.failed + images.tooLarge;
        m_report.imageBytes = images.bytes;
    }
    m_report.seconds = double(m_clock.nsecsElapsed()) / 1e9;
    Q_EMIT finished(m_report);
}
