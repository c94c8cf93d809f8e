#pragma once

#include "discovered.h"
#include "result.h"

#include <functional>
#include <variant>

#include <QObject>
#include <QPointer>

class DiscoveryJob;
class Fetcher;

// Why a discovery found nothing to subscribe to. Each kind has its own
// human message; name() is a stable, untranslated key for logs and JSON.
struct DiscoveryError
{
    enum class Kind {
        BadAddress, // not an http, https or file URL
        NotFound, // 404/410, no such file, no such server
        NotAFeed, // neither a feed, an OPML list, nor a page that offers one
        Tls, // the secure connection failed
        Timeout,
        TooBig,
        Offline, // Masthead is offline: nothing was fetched
        Unreachable, // refused, reset, another HTTP error, a redirect loop…
    };
    Kind kind = Kind::NotAFeed;
    QString message;

    static QString name(Kind kind); // "not-found", "not-a-feed", "tls", …
    // The command line's error (its exit code): bad address and not a feed
    // are bad input (2), the others a network failure (3).
    Error toError() const;
};

// A Discovered or the DiscoveryError that stopped it.
class DiscoveryResult final
{
public:
    DiscoveryResult() = default; // an empty Discovered (for QVariant)
    DiscoveryResult(Discovered found) : m_data(std::move(found)) { }
    DiscoveryResult(DiscoveryError error) : m_data(std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const Discovered &value() const { return std::get<0>(m_data); }
    const Discovered *operator->() const { return &std::get<0>(m_data); }
    const DiscoveryError &error() const { return std::get<1>(m_data); }

private:
    std::variant<Discovered, DiscoveryError> m_data;
};

// Finds everything an address offers, at once, without subscribing:
//  * a feed: the feed itself (title, entry count, newest date, headlines);
//  * an OPML list (file or URL): its entries and folders;
//  * a web page: every feed it advertises (<link rel="alternate">, each
//    fetched to check it and to read its title), and the site's own category
//    tree whenever it has one (WordPress REST API, found through the Link
//    header, the page's <link rel="https://api.w.org/">, or /wp-json/ tried
//    directly), even when the page advertises feeds. The common feed paths
//    (/feed, /rss.xml, …) are tried only when it offers neither.
// What could not be read but did not stop it (the category list answered
// 401, an advertised feed is broken) is said in Discovered::notes.
//
// Asynchronous on the caller's thread: fetches go through the Fetcher,
// parsing runs on the thread pool; nothing blocks. One discovery at a time:
// start() cancels the one running. cancel() stops it at once and nothing is
// emitted for it afterwards. For a preview of a category's headlines, a
// second Discovery started on the category's feed URL answers Kind::Feed.
class Discovery final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int timeoutMs = 20 * 1000; // per request: no byte for this long
        int deadlineMs = 60 * 1000; // per request, redirects included
        qint64 maxBytes = 16 * 1024 * 1024; // per document
        int maxFeeds = 20; // advertised feeds fetched at most
        int maxCategoryPages = 50; // of 100 categories each
        int maxHeadlines = 10; // per feed, for a preview
    };

    explicit Discovery(Fetcher &fetcher, QObject *parent = nullptr); // fetcher must outlive it
    ~Discovery() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    void start(const QUrl &url);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // What it is doing now, for a busy indicator ("Reading the site's categories…").
    void progress(const QString &what);
    void finished(const DiscoveryResult &result);

private:
    Fetcher &m_fetcher;
    Limits m_limits;
    QPointer<DiscoveryJob> m_job;
};

// Makes a Discovery for whoever asks (a dialog), owned by `parent`: the
// composition root builds it over its Fetcher, so the window never reaches
// the network layer itself.
using DiscoveryFactory = std::function<Discovery *(QObject *parent)>;

Q_DECLARE_METATYPE(DiscoveryResult)
