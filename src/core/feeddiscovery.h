#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

// Feed autodiscovery for a web page: <link rel="alternate"> to RSS, Atom or
// JSON Feed in document order, then the common paths (/feed, /rss.xml,
// /atom.xml, ...) to try when the page names none. Relative hrefs are
// resolved against <base href> and the page URL.
struct DiscoveredFeeds
{
    QList<QUrl> advertised; // from <link rel=alternate>
    QList<QUrl> guesses;    // common paths on the page's site
    QUrl wordpressApi;      // <link rel="https://api.w.org/">, when the site is WordPress
};

DiscoveredFeeds discoverFeeds(const QByteArray &pageBytes, const QUrl &pageUrl);
