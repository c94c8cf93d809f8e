#include "refreshservice.h"
#include "feed/feedparser.h"
#include "feedarticles.h"
#include "fetcher.h"
#include "library.h"

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

bool RefreshService::start(const QList<qint64> &feedIds)
{
    if (isRunning())
        return false;
    m_report = {};
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
    for (const Feed &feed : std::as_const(feeds))
        fetchFeed(feed);
    m_starting = false;
    if (m_pending == 0) {
        m_report.seconds = double(m_clock.nsecsElapsed()) / 1e9;
        Q_EMIT finished(m_report);
    }
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
        store(feed, result, {});
        return;
    }
    QtConcurrent::run(parseAndMap, result.body, result)
            .then(this, [this, feed, result](const Parsed &parsed) {
                if (!parsed.error.isEmpty())
                    fail(feed, result, tr("%1 is not a feed: %2").arg(result.finalUrl.toString(), parsed.error), false);
                else
                    store(feed, result, parsed.articles);
            });
}

void RefreshService::store(const Feed &feed, const FetchResult &result, const FeedArticles &articles)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!articles.articles.isEmpty()) {
        auto stored = m_library.articles().upsert(feed.id, articles.articles, now);
        if (!stored) {
            fail(feed, result, stored.error().message, false);
            return;
        }
        m_report.newArticles += stored->inserted;
        m_report.updatedArticles += stored->updated;
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
    feedDone(feed.id, QString());
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
    if (m_pending == 0 && !m_starting) {
        m_report.seconds = double(m_clock.nsecsElapsed()) / 1e9;
        Q_EMIT finished(m_report);
    }
}
