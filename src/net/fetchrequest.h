#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QUrl>

// What to fetch and under which limits. Validators (etag, lastModified) are
// the values a previous FetchResult returned for this resource; when set, the
// request is conditional and an unchanged resource answers notModified.
struct FetchRequest
{
    enum class Kind { Feed, Page, Image };
    // Background: an offline copy's page or image, which waits while any
    // normal request (a feed) could go out, and never takes a host's last
    // connection slot (see HostScheduler).
    enum class Priority { Normal, Background };

    static constexpr qint64 DefaultMaxBytes = 20 * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 30 * 1000;
    static constexpr int DefaultDeadlineMs = 120 * 1000;
    static constexpr int DefaultMaxRedirects = 5;

    QUrl url; // http, https or file
    QByteArray etag; // sent as If-None-Match
    QByteArray lastModified; // sent as If-Modified-Since (HTTP date, as received)
    qint64 maxBytes =
            DefaultMaxBytes; // body cap (decoded bytes), larger fails TooLarge; <=0: default
    int timeoutMs = DefaultTimeoutMs; // no byte for this long: Timeout; <=0: none
    int deadlineMs =
            DefaultDeadlineMs; // whole fetch, redirects included, from its start; <=0: none
    int maxRedirects = DefaultMaxRedirects;
    Kind kind = Kind::Feed; // chooses the Accept header
    // The fetch, time in the queue included, ends by then (Timeout): the
    // time a refresh gives its offline copies.
    QDeadlineTimer budget = QDeadlineTimer(QDeadlineTimer::Forever);
    // An optional download (an offline copy's page or image): skipped at
    // once while its host is known to be unreachable, and its own failure
    // to connect marks the host so (see Fetcher). Off for what a person
    // asked for (a feed, a page to discover feeds on).
    bool skipUnreachableHost = false;
    Priority priority = Priority::Normal;
};
