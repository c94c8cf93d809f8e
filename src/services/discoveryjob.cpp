#include "discoveryjob.h"
#include "nextturn.h"

#include "fetchgroup.h"
#include "wordpresscategories.h"

#include <QFileInfo>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

bool isHttp(const QUrl &url) { return url.scheme() == "http"_L1 || url.scheme() == "https"_L1; }

QUrl storedUrl(const FetchResult &result)
{
    return result.permanentRedirect && result.permanentUrl.isValid() ? result.permanentUrl
                                                                     : result.requestedUrl;
}

QString display(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toDisplayString();
}

} // namespace

DiscoveryJob::DiscoveryJob(Fetcher &fetcher, const Discovery::Limits &limits, const QUrl &url,
                           QObject *parent)
    : QObject(parent), m_fetcher(fetcher), m_limits(limits), m_url(url),
      m_fetches(new FetchGroup(fetcher, this))
{ }

DiscoveryJob::~DiscoveryJob() = default; // children (fetches, category reader) cancel themselves

FetchRequest DiscoveryJob::requestFor(const QUrl &url, FetchRequest::Kind kind) const
{
    FetchRequest request;
    request.url = url;
    request.kind = kind;
    request.timeoutMs = m_limits.timeoutMs;
    request.deadlineMs = m_limits.deadlineMs;
    request.maxBytes = m_limits.maxBytes;
    return request;
}

DiscoveryError DiscoveryJob::errorFor(const FetchResult &result)
{
    using Error = FetchResult::Error;
    using Kind = DiscoveryError::Kind;
    switch (result.error) {
    case Error::Offline:
        return {Kind::Offline,
                tr("Masthead is offline; %1 was not fetched.").arg(display(result.requestedUrl))};
    case Error::Timeout:
        return {Kind::Timeout, result.errorMessage};
    case Error::TooLarge:
        return {Kind::TooBig, result.errorMessage};
    case Error::Tls:
        return {Kind::Tls, result.errorMessage};
    case Error::Dns:
    case Error::Gone:
        return {Kind::NotFound, result.errorMessage};
    case Error::Http:
        return {result.httpStatus == 404 ? Kind::NotFound : Kind::Unreachable, result.errorMessage};
    case Error::Network:
        if (result.requestedUrl.isLocalFile()
            && !QFileInfo::exists(result.requestedUrl.toLocalFile()))
            return {Kind::NotFound, result.errorMessage};
        return {Kind::Unreachable, result.errorMessage};
    default:
        return {Kind::Unreachable, result.errorMessage};
    }
}

void DiscoveryJob::start()
{
    const bool file = m_url.isLocalFile();
    if (!m_url.isValid() || (!file && (!isHttp(m_url) || m_url.host().isEmpty()))) {
        // From the event loop, like every other answer.
        QMetaObject::invokeMethod(
                this,
                [this] {
                    fail({DiscoveryError::Kind::BadAddress,
                          tr("%1 is neither an http or https address nor a file that exists.")
                                  .arg(m_url.toString().left(300))});
                },
                Qt::QueuedConnection);
        return;
    }
    m_found.url = m_url;
    Q_EMIT progress(tr("Fetching %1…").arg(display(m_url)));
    m_fetches->fetch(requestFor(m_url, FetchRequest::Kind::Feed),
                     [this](const FetchResult &result) { addressFetched(result); });
}

void DiscoveryJob::addressFetched(const FetchResult &result)
{
    if (m_done)
        return;
    if (!result.ok()) {
        fail(errorFor(result));
        return;
    }
    const int headlines = m_limits.maxHeadlines;
    QtConcurrent::run([result, headlines] {
        return DiscoveredValues::probe(result.body, result.finalUrl, result.contentType, headlines);
    }).then(this, nextTurn(this, [this, result](const DiscoveredValues::Probe &probe) {
        addressProbed(result, probe);
    }));
}

void DiscoveryJob::addressProbed(const FetchResult &result, const DiscoveredValues::Probe &probe)
{
    if (m_done)
        return;
    using What = DiscoveredValues::Probe::What;
    switch (probe.what) {
    case What::Feed: {
        Discovered found;
        found.url = storedUrl(result);
        found.kind = Discovered::Kind::Feed;
        DiscoveredFeed feed = probe.feed;
        feed.url = found.url;
        found.title = feed.title;
        found.feeds.append(feed);
        succeed(found);
        return;
    }
    case What::Opml: {
        Discovered found = DiscoveredValues::fromOpml(probe.opml, result.finalUrl);
        found.url = storedUrl(result);
        succeed(found);
        return;
    }
    case What::Page:
        explorePage(result, probe.page);
        return;
    }
}

void DiscoveryJob::explorePage(const FetchResult &page, const DiscoveredFeeds &found)
{
    m_found.url = storedUrl(page);
    m_found.kind = Discovered::Kind::Site;
    m_siteName = found.siteName;
    m_pageTitle = found.title;
    m_guesses = found.guesses;

    QList<QUrl> advertised;
    for (const QUrl &url : found.advertised) {
        // WordPress links a post's REST view as type application/json: not a feed.
        if (!url.path().contains("/wp-json/"_L1) && !QUrlQuery(url).hasQueryItem(u"rest_route"_s))
            advertised.append(url);
    }
    if (advertised.size() > m_limits.maxFeeds) {
        m_found.notes.append(tr("The page advertises %1 feeds; the first %2 were read.")
                                     .arg(advertised.size())
                                     .arg(m_limits.maxFeeds));
        advertised = advertised.mid(0, m_limits.maxFeeds);
    }
    const QUrl announcedApi = wordpressApiRoot(page.header("Link"), found, page.finalUrl);
    QUrl api = announcedApi;
    if (!api.isValid() && isHttp(page.finalUrl))
        api = page.finalUrl.resolved(QUrl(u"/wp-json/"_s)); // WordPress may not say so

    m_advertised.resize(advertised.size());
    m_waiting = int(advertised.size()) + (api.isValid() ? 1 : 0);
    if (!advertised.isEmpty())
        Q_EMIT progress(tr("Reading the feeds %1 advertises…").arg(page.finalUrl.host()));
    for (qsizetype i = 0; i < advertised.size(); ++i)
        readAdvertised(i, advertised.at(i));
    if (api.isValid())
        readCategories(api, announcedApi.isValid());
    if (m_waiting == 0)
        finishSite();
}

void DiscoveryJob::readAdvertised(qsizetype slot, const QUrl &url)
{
    m_fetches->fetch(
            requestFor(url, FetchRequest::Kind::Feed),
            [this, slot, url](const FetchResult &result) {
                if (!result.ok()) {
                    m_found.notes.append(tr("The advertised feed %1 could not be read: %2")
                                                 .arg(display(url), result.errorMessage));
                    oneDone();
                    return;
                }
                const int headlines = m_limits.maxHeadlines;
                QtConcurrent::run([result, headlines] {
                    return DiscoveredValues::probe(result.body, result.finalUrl, result.contentType,
                                                   headlines);
                }).then(this, nextTurn(this, [this, slot, url, result](const DiscoveredValues::Probe &probe) {
                    if (m_done)
                        return;
                    if (probe.what == DiscoveredValues::Probe::What::Feed) {
                        DiscoveredFeed feed = probe.feed;
                        feed.url = storedUrl(result);
                        m_advertised[slot] = feed;
                    } else {
                        m_found.notes.append(
                                tr("%1 is advertised as a feed but is not one.").arg(display(url)));
                    }
                    oneDone();
                }));
            });
}

void DiscoveryJob::readCategories(const QUrl &apiRoot, bool announced)
{
    m_categories = new WordPressCategories(m_fetcher, apiRoot, this);
    FetchRequest request = requestFor(apiRoot, FetchRequest::Kind::Page);
    // A page of 100 categories is some 60 KB; more is not a category list.
    request.maxBytes = qMin<qint64>(request.maxBytes, 4 * 1024 * 1024);
    m_categories->setRequestTemplate(request);
    m_categories->setMaxPages(m_limits.maxCategoryPages);
    m_categories->setRequireWordPressHeaders(!announced);
    connect(m_categories, &WordPressCategories::progress, this, [this](int read, int total) {
        if (total > 1)
            Q_EMIT progress(
                    tr("Reading the site's categories (page %1 of %2)…").arg(read).arg(total));
    });
    connect(m_categories, &WordPressCategories::finished, this,
            [this, announced](const Result<QList<DiscoveredCategory>> &tree) {
                if (tree) {
                    m_found.tree = tree.value();
                } else if (announced) {
                    // Only a site that says it is WordPress gets a note; the
                    // /wp-json/ tried on any site is not news.
                    m_found.notes.append(tr("The site's category list could not be read (%1); "
                                            "its advertised feeds are offered instead.")
                                                 .arg(tree.error().message));
                }
                oneDone();
            });
    Q_EMIT progress(tr("Reading the site's categories…"));
    m_categories->start();
}

void DiscoveryJob::oneDone()
{
    if (m_done)
        return;
    if (--m_waiting == 0)
        finishSite();
}

void DiscoveryJob::finishSite()
{
    if (m_done)
        return;
    for (const std::optional<DiscoveredFeed> &feed : std::as_const(m_advertised)) {
        if (!feed)
            continue;
        const bool seen = std::any_of(m_found.feeds.cbegin(), m_found.feeds.cend(),
                                      [&](const DiscoveredFeed &f) { return f.url == feed->url; });
        if (!seen)
            m_found.feeds.append(*feed);
    }
    m_advertised.clear();
    if (m_found.feeds.isEmpty() && m_found.tree.isEmpty()) {
        tryNextGuess();
        return;
    }
    // The site's name: og:site_name, else its main feed's title (WordPress:
    // the blog name), else the page's <title>, else the host.
    if (!m_siteName.isEmpty())
        m_found.title = m_siteName;
    else if (!m_found.feeds.isEmpty() && !m_found.feeds.first().title.isEmpty())
        m_found.title = m_found.feeds.first().title;
    else if (!m_pageTitle.isEmpty())
        m_found.title = m_pageTitle;
    else
        m_found.title = m_found.url.host();
    succeed(m_found);
}

void DiscoveryJob::tryNextGuess()
{
    if (m_done)
        return;
    if (m_guesses.isEmpty()) {
        QString message =
                tr("%1 is neither a feed nor a page that links to one.").arg(display(m_url));
        if (!m_found.notes.isEmpty())
            message += u' ' + m_found.notes.join(u' ');
        fail({DiscoveryError::Kind::NotAFeed, message});
        return;
    }
    const QUrl guess = m_guesses.takeFirst();
    Q_EMIT progress(tr("Trying %1…").arg(display(guess)));
    m_fetches->fetch(requestFor(guess, FetchRequest::Kind::Feed),
                     [this](const FetchResult &result) {
                         if (!result.ok()) {
                             tryNextGuess();
                             return;
                         }
                         const int headlines = m_limits.maxHeadlines;
                         QtConcurrent::run([result, headlines] {
                             return DiscoveredValues::probe(result.body, result.finalUrl,
                                                            result.contentType, headlines);
                         }).then(this, nextTurn(this, [this, result](const DiscoveredValues::Probe &probe) {
                             if (probe.what != DiscoveredValues::Probe::What::Feed) {
                                 tryNextGuess();
                                 return;
                             }
                             DiscoveredFeed feed = probe.feed;
                             feed.url = storedUrl(result);
                             m_advertised = {feed};
                             finishSite();
                         }));
                     });
}

void DiscoveryJob::abort()
{
    m_done = true;
    m_fetches->cancel();
    if (m_categories)
        m_categories->cancel();
}

void DiscoveryJob::succeed(const Discovered &found)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(found);
}

void DiscoveryJob::fail(const DiscoveryError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(error);
}
