#pragma once

#include "discovery.h"
#include "fetchrequest.h"

#include <optional>

#include <QObject>

class FetchGroup;
struct FetchResult;
class WordPressCategories;

// One run of Discovery, from the first fetch to its one finished() signal.
// Deleting it stops everything it started; nothing arrives afterwards.
// Internal to Discovery.
class DiscoveryJob final : public QObject
{
    Q_OBJECT

public:
    DiscoveryJob(Fetcher &fetcher, const Discovery::Limits &limits, const QUrl &url,
                 QObject *parent = nullptr);
    ~DiscoveryJob() override;

    void start();
    // Stops at once: cancels its fetches, and nothing is emitted any more.
    void abort();
    bool isDone() const { return m_done; }

    // The error a failed fetch of the address itself stands for.
    static DiscoveryError errorFor(const FetchResult &result);

Q_SIGNALS:
    void progress(const QString &what);
    void finished(const DiscoveryResult &result);

private:
    FetchRequest requestFor(const QUrl &url, FetchRequest::Kind kind) const;
    void addressFetched(const FetchResult &result);
    void addressProbed(const FetchResult &result, const DiscoveredValues::Probe &probe);
    void explorePage(const FetchResult &page, const DiscoveredFeeds &found);
    void readAdvertised(qsizetype slot, const QUrl &url);
    void readCategories(const QUrl &apiRoot, bool announced);
    void oneDone();
    void tryNextGuess();
    void finishSite();
    void succeed(const Discovered &found);
    void fail(const DiscoveryError &error);

    Fetcher &m_fetcher;
    Discovery::Limits m_limits;
    QUrl m_url;
    FetchGroup *m_fetches;
    WordPressCategories *m_categories = nullptr;
    Discovered m_found;
    QString m_siteName; // og:site_name
    QString m_pageTitle;
    QList<std::optional<DiscoveredFeed>> m_advertised; // in the page's order
    QList<QUrl> m_guesses;
    int m_waiting = 0;
    bool m_done = false;
};
