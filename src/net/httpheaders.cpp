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

} // namespace HttpHeaders
