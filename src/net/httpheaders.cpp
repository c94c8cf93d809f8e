#include "httpheaders.h"

#include <QLocale>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace HttpHeaders {

std::optional<QDateTime> parseDate(const QByteArray &value)
{
    // QNetworkRequest parses the known date headers with Qt's HTTP date
    // parser, which accepts all three forms HTTP allows.
    QNetworkRequest carrier;
    carrier.setRawHeader("Last-Modified", value.trimmed());
    const QDateTime parsed = carrier.header(QNetworkRequest::LastModifiedHeader).toDateTime();
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

QByteArray formatDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now, int maxSeconds)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = true;
    for (const char c : trimmed)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (isNumber) {
        if (trimmed.size() > 9) // more than ~30 years: clamp without overflowing
            return maxSeconds;
        return qBound(0, trimmed.toInt(), maxSeconds);
    }
    const std::optional<QDateTime> when = parseDate(trimmed);
    if (!when)
        return std::nullopt;
    const qint64 seconds = now.secsTo(*when);
    return static_cast<int>(qBound(qint64(0), seconds, qint64(maxSeconds)));
}

std::optional<int> freshLifetime(const QByteArray &cacheControl, const QByteArray &expires,
                                 const QByteArray &date, const QDateTime &now, int maxSeconds)
{
    // Directives are comma-separated, names case-insensitive, values may be
    // quoted; a repeated or unreadable max-age makes the response stale
    // (RFC 9111 §4.2.1: a cache should treat it as invalid).
    std::optional<int> maxAge;
    bool badMaxAge = false;
    for (const QByteArray &directive : cacheControl.split(',')) {
        const qsizetype equals = directive.indexOf('=');
        const QByteArray name = directive.left(equals).trimmed().toLower();
        if (name != "max-age")
            continue;
        QByteArray value = equals < 0 ? QByteArray() : directive.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        bool isNumber = !value.isEmpty();
        for (const char c : std::as_const(value))
            isNumber = isNumber && c >= '0' && c <= '9';
        if (!isNumber || maxAge) {
            badMaxAge = true;
            continue;
        }
        // More digits than an int holds: as long as it gets.
        maxAge = value.size() > 9 ? maxSeconds : qBound(0, value.toInt(), maxSeconds);
    }
    if (badMaxAge)
        return 0;
    if (maxAge)
        return maxAge;
    if (expires.trimmed().isEmpty())
        return std::nullopt;
    const std::optional<QDateTime> until = parseDate(expires);
    if (!until)
        return 0; // "0", "-1" and other invalid dates mean: already expired
    const std::optional<QDateTime> sent = parseDate(date);
    const qint64 seconds = (sent ? *sent : now).secsTo(*until);
    return static_cast<int>(qBound(qint64(0), seconds, qint64(maxSeconds)));
}

} // namespace HttpHeaders
