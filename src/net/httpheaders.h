#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>

// Small helpers for HTTP header values, built on Qt's own HTTP date parser.
namespace HttpHeaders {

// Parses an HTTP date (IMF-fixdate, RFC 850 or asctime form).
std::optional<QDateTime> parseDate(const QByteArray &value);

// IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray formatDate(const QDateTime &when);

// Retry-After as delay-seconds or an HTTP date, relative to now, clamped to
// [0, maxSeconds]. nullopt when absent or unreadable.
std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now,
                                   int maxSeconds = 24 * 60 * 60);

// How long a response stays fresh (RFC 9111 §4.2.1, for a private cache):
// Cache-Control max-age when given, else Expires minus the response's Date
// (or minus now when Date is missing or unreadable; an unreadable Expires is
// already stale: 0). Clamped to [0, maxSeconds]. nullopt when the response
// says nothing about it. no-cache and no-store say how to revalidate, not how
// often: they are not freshness.
std::optional<int> freshLifetime(const QByteArray &cacheControl, const QByteArray &expires,
                                 const QByteArray &date, const QDateTime &now,
                                 int maxSeconds = 30 * 24 * 60 * 60);

} // namespace HttpHeaders
