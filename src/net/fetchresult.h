#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

// The outcome of one fetch, success or not. error == None means the body is
// the resource (or notModified is true and the body is empty); every other
// error comes with a human, translated errorMessage.
struct FetchResult
{
    enum class Error {
        None,
        Timeout, // no byte for timeoutMs, or the whole fetch passed deadlineMs
        TooLarge, // the body is larger than maxBytes (announced or received)
        TooManyRedirects,
        RedirectLoop,
        Http, // the server answered with an error status (see httpStatus)
        Network, // connection refused/reset, unreadable file, unsupported URL…
        Tls,
        Dns,
        Gone, // 410: the resource was removed for good
        Offline, // the fetcher is offline: no connection was opened
        Cancelled,
        Backoff, // the host asked us (Retry-After) to wait longer than the fetcher waits
    };

    QUrl requestedUrl;
    QUrl finalUrl; // after redirects
    // True when the chain starts with permanent redirects (301/308);
    // permanentUrl is the last URL reached through those permanent hops only,
    // which is the URL to store in place of requestedUrl (when ok()).
    bool permanentRedirect = false;
    QUrl permanentUrl;
    int redirects = 0;
    int httpStatus = 0; // of the last response; 0 for file:// and when none arrived
    bool notModified = false; // 304 (or an unchanged file)
    QByteArray body;
    QByteArray contentType; // as sent; not checked: the caller decides
    // Validators to remember for the next request. On a 304 without them,
    // the request's own validators are returned, so they can be stored as is.
    QByteArray etag;
    QByteArray lastModified;
    QByteArray contentLocation;
    QByteArray contentLanguage;
    // Every header of the last response, as received (names as sent), for
    // what the fields above do not cover (Link, X-WP-TotalPages, …).
    QList<QPair<QByteArray, QByteArray>> headers;
    std::optional<int> retryAfterSeconds; // 429/503 Retry-After, or the Backoff wait left
    // How long the answer (200 or 304) stays fresh by Cache-Control max-age
    // or Expires: the server's hint not to ask again sooner. nullopt: no hint.
    std::optional<int> freshSeconds;
    Error error = Error::None;
    QString errorMessage;
    qint64 bytes = 0; // body bytes received (after Content-Encoding decoding)

    bool ok() const { return error == Error::None; }
    // The values of every header of that name (case-insensitive) joined with
    // ", ", as HTTP allows for repeated headers; empty when absent.
    QByteArray header(QByteArrayView name) const;
};

// A stable, untranslated name for an error ("timeout", "too-large", …) for
// logs and JSON reports.
QString fetchErrorName(FetchResult::Error error);

Q_DECLARE_METATYPE(FetchResult)
