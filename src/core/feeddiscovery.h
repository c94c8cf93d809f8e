#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
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
    QString title; // the page's <title>, white space collapsed
    QString siteName; // <meta property="og:site_name">, when present
};

DiscoveredFeeds discoverFeeds(const QByteArray &pageBytes, const QUrl &pageUrl);

// The targets of an HTTP Link header (RFC 8288) whose rel names relation
// (case-insensitive; rel may list several), resolved against base, in order.
// Repeated Link headers joined with ", " are read as one value. Malformed
// parts are skipped.
QList<QUrl> linkHeaderTargets(const QByteArray &linkHeader, const QString &relation,
                              const QUrl &base);

// The REST API root a WordPress site announces: its Link header (rel
// "https://api.w.org/") first, then the page's <link>. Invalid when neither.
QUrl wordpressApiRoot(const QByteArray &linkHeader, const DiscoveredFeeds &page,
                      const QUrl &pageUrl);
