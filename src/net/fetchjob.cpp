#include "fetchjob.h"

#include "httpheaders.h"
#include "useragent.h"

#include <limits>

#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;
using Error = FetchResult::Error;

namespace {

QByteArray acceptHeader(FetchRequest::Kind kind)
{
    switch (kind) {
    case FetchRequest::Kind::Feed:
        return "application/atom+xml, application/rss+xml, application/rdf+xml, "
               "application/feed+json, application/xml;q=0.9, text/xml;q=0.9, "
               "application/json;q=0.8, */*;q=0.5";
    case FetchRequest::Kind::Page:
        return "text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8";
    case FetchRequest::Kind::Image:
        return "image/avif, image/webp, image/png, image/jpeg, image/*;q=0.9, */*;q=0.5";
    }
    return "*/*";
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isHttpUrl(const QUrl &url) { return url.scheme() == "http"_L1 || url.scheme() == "https"_L1; }

// Qt reports HTTP error statuses as NetworkError codes 201-299 and 401-499;
// everything else with an error is a transport failure.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::NoError || (error >= 201 && error <= 299)
            || (error >= 401 && error <= 499);
}

QUrl visitKey(const QUrl &url)
{
    return url.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment);
}

QString size(qint64 bytes) { return QLocale().formattedDataSize(bytes); }

} // namespace

FetchJob::FetchJob(quint64 id, const FetchRequest &request, QObject *parent)
    : QObject(parent), m_id(id), m_request(request), m_url(request.url)
{
    if (m_request.maxBytes <= 0)
        m_request.maxBytes = FetchRequest::DefaultMaxBytes;
    m_request.maxRedirects = qMax(0, m_request.maxRedirects);
    m_result.requestedUrl = request.url;
    m_result.finalUrl = request.url;
    m_visited.insert(visitKey(request.url));
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_budgetCut) {
            m_budgetSpent = true;
            fail(Error::Timeout,
                 tr("Masthead stopped waiting for %1: the time for this download ran out.")
                         .arg(where()));
            return;
        }
        const int seconds = qMax(1, m_request.deadlineMs / 1000);
        fail(Error::Timeout,
             tr("The download from %1 took longer than %n second(s).", nullptr, seconds)
                     .arg(where()));
    });
}

FetchJob::~FetchJob() { releaseReply(); }

QString FetchJob::hostKey() const { return hostKey(m_url); }

QString FetchJob::where() const { return m_url.isLocalFile() ? m_url.toLocalFile() : m_url.host(); }

QString FetchJob::hostKey(const QUrl &url)
{
    return url.isLocalFile() ? QString() : url.host().toLower();
}

void FetchJob::start(QNetworkAccessManager *manager)
{
    m_state = State::Active;
    if (m_result.redirects == 0) {
        qint64 ms = m_request.deadlineMs > 0 ? m_request.deadlineMs : -1;
        if (!m_request.budget.isForever()) {
            const qint64 left = qMax<qint64>(1, m_request.budget.remainingTime());
            m_budgetCut = ms < 0 || left < ms;
            if (m_budgetCut) {
                ms = left;
                // A coarse timer may fire early, when the budget is not
                // spent yet and the next queued request would go out.
                m_deadline.setTimerType(Qt::PreciseTimer);
            }
        }
        if (ms > 0)
            m_deadline.start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
    }
    if (m_url.isLocalFile()) {
        startFile(manager);
        return;
    }
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (m_request.timeoutMs > 0)
        request.setTransferTimeout(m_request.timeoutMs);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", acceptHeader(m_request.kind));
    // Accept-Encoding is left to Qt, which then decodes gzip/deflate itself.
    if (!m_request.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_request.etag);
    if (!m_request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.lastModified);
    watch(manager->get(request));
}

void FetchJob::startFile(QNetworkAccessManager *manager)
{
    const QFileInfo info(m_url.toLocalFile());
    if (info.isFile()) {
        m_result.lastModified = HttpHeaders::formatDate(info.lastModified());
        const bool unchanged = !m_request.lastModified.isEmpty()
                && m_request.lastModified == m_result.lastModified;
        if (unchanged || info.size() > m_request.maxBytes) {
            // Finish from the event loop, like every other fetch.
            QTimer::singleShot(0, this, [this, unchanged, bytes = info.size()] {
                if (unchanged) {
                    m_result.notModified = true;
                    complete();
                } else {
                    fail(Error::TooLarge,
                         tr("The file %1 (%2) is larger than the limit of %3.")
                                 .arg(m_url.toLocalFile(), size(bytes), size(m_request.maxBytes)));
                }
            });
            return;
        }
    }
    watch(manager->get(QNetworkRequest(m_url)));
}

void FetchJob::watch(QNetworkReply *reply)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &FetchJob::checkAnnouncedSize);
    connect(reply, &QNetworkReply::readyRead, this, &FetchJob::readBody);
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
    });
#endif
    connect(reply, &QNetworkReply::finished, this, &FetchJob::replyFinished);
}

void FetchJob::checkAnnouncedSize()
{
    if (!m_reply)
        return;
    // A 304 may announce the length of the unchanged resource; it sends no body.
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (status != 304 && length.isValid() && length.toLongLong() > m_request.maxBytes) {
        fail(Error::TooLarge,
             tr("%1 announced %2, more than the limit of %3.")
                     .arg(where(), size(length.toLongLong()), size(m_request.maxBytes)));
    }
}

void FetchJob::readBody()
{
    if (!m_reply || m_state != State::Active || !m_reply->isOpen())
        return;
    const qint64 available = m_reply->bytesAvailable();
    if (available <= 0)
        return;
    m_result.bytes = m_result.body.size() + available;
    if (m_result.bytes > m_request.maxBytes) {
        fail(Error::TooLarge,
             tr("The download from %1 is larger than the limit of %2.")
                     .arg(where(), size(m_request.maxBytes)));
        return;
    }
    // Read into the body itself. readAll() gave every chunk a buffer of at
    // least the reply's chunk size, and a body of one chunk (a 2 KB image)
    // kept it: a refresh's images held eight times their bytes in memory.
    const qsizetype had = m_result.body.size();
    m_result.body.resize(had + available);
    const qint64 got = m_reply->read(m_result.body.data() + had, available);
    m_result.body.resize(had + qMax<qint64>(0, got));
    m_result.bytes = m_result.body.size();
    // Content-Length counts encoded bytes; only an unencoded length is a total.
    const bool encoded = !m_reply->rawHeader("Content-Encoding").isEmpty();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    emit progress(m_id, m_result.bytes, length.isValid() && !encoded ? length.toLongLong() : -1);
}

void FetchJob::replyFinished()
{
    readBody();
    if (m_state != State::Active || !m_reply)
        return;
    if (m_url.isLocalFile()) {
        finishFile();
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status <= 0 || !isHttpStatusError(m_reply->error())) {
        finishNetworkError();
        return;
    }
    if (isRedirectStatus(status) && followRedirect(status))
        return;
    finishHttp(status);
}

bool FetchJob::followRedirect(int status)
{
    const QByteArray location = m_reply->rawHeader("Location").trimmed();
    if (location.isEmpty())
        return false;
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
    if (!target.isValid() || !isHttpUrl(target)) {
        fail(Error::Network,
             tr("%1 redirected to an address Masthead does not follow: %2")
                     .arg(m_url.host(), QString::fromLatin1(location.left(200))));
        return true;
    }
    if (m_visited.contains(visitKey(target))) {
        fail(Error::RedirectLoop,
             tr("%1 redirects in a loop (back to %2).")
                     .arg(m_result.requestedUrl.host(), target.toDisplayString()));
        return true;
    }
    if (m_result.redirects >= m_request.maxRedirects) {
        fail(Error::TooManyRedirects,
             tr("%1 redirected more than %n time(s).", nullptr, m_request.maxRedirects)
                     .arg(m_result.requestedUrl.host()));
        return true;
    }
    ++m_result.redirects;
    m_visited.insert(visitKey(target));
    const bool permanent = status == 301 || status == 308;
    if (permanent && m_onlyPermanentSoFar) {
        m_result.permanentRedirect = true;
        m_result.permanentUrl = target;
    } else if (!permanent) {
        m_onlyPermanentSoFar = false;
    }
    releaseReply();
    m_result.body.clear();
    m_result.bytes = 0;
    m_url = target;
    m_result.finalUrl = target;
    m_state = State::Queued;
    emit redirected(this);
    return true;
}

void FetchJob::finishHttp(int status)
{
    m_result.httpStatus = status;
    m_result.contentType = m_reply->rawHeader("Content-Type");
    m_result.etag = m_reply->rawHeader("ETag");
    m_result.lastModified = m_reply->rawHeader("Last-Modified");
    m_result.contentLocation = m_reply->rawHeader("Content-Location");
    m_result.contentLanguage = m_reply->rawHeader("Content-Language");
    m_result.headers = m_reply->rawHeaderPairs();
    const QString host = m_url.host();
    const QString reason =
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();

    if (status == 304 || (status >= 200 && status < 300)) {
        m_result.freshSeconds = HttpHeaders::freshLifetime(m_reply->rawHeader("Cache-Control"),
                                                           m_reply->rawHeader("Expires"),
                                                           m_reply->rawHeader("Date"),
                                                           QDateTime::currentDateTimeUtc());
    }
    if (status == 304) {
        m_result.notModified = true;
        m_result.body.clear();
        m_result.bytes = 0;
        if (m_result.etag.isEmpty())
            m_result.etag = m_request.etag;
        if (m_result.lastModified.isEmpty())
            m_result.lastModified = m_request.lastModified;
    } else if (status >= 200 && status < 300) {
        // success: the body is the resource, whatever its Content-Type
    } else if (status == 410) {
        m_result.error = Error::Gone;
        m_result.errorMessage = tr("%1 says this address is gone for good (HTTP 410).").arg(host);
    } else if (status == 404) {
        m_result.error = Error::Http;
        m_result.errorMessage =
                tr("%1 has nothing at this address (HTTP 404 Not Found).").arg(host);
    } else if (status == 429 || status == 503) {
        m_result.retryAfterSeconds = HttpHeaders::parseRetryAfter(m_reply->rawHeader("Retry-After"),
                                                                  QDateTime::currentDateTimeUtc());
        m_result.error = Error::Http;
        m_result.errorMessage = m_result.retryAfterSeconds
                ? tr("%1 is busy and asks to retry in %n second(s) (HTTP %2).", nullptr,
                     *m_result.retryAfterSeconds)
                          .arg(host)
                          .arg(status)
                : tr("%1 is busy (HTTP %2).").arg(host).arg(status);
    } else {
        m_result.error = Error::Http;
        m_result.errorMessage = tr("%1 answered HTTP %2 %3.").arg(host).arg(status).arg(reason);
    }
    complete();
}

void FetchJob::finishFile()
{
    switch (m_reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ContentNotFoundError:
        m_result.error = Error::Network;
        m_result.errorMessage = tr("The file %1 does not exist.").arg(m_url.toLocalFile());
        break;
    default:
        m_result.error = Error::Network;
        m_result.errorMessage = tr("The file %1 cannot be read: %2")
                                        .arg(m_url.toLocalFile(), m_reply->errorString());
        break;
    }
    complete();
}

void FetchJob::finishNetworkError()
{
    const bool tls = !m_tlsErrors.isEmpty();
    const auto [error, message] = describeTransportError(
            tls ? QNetworkReply::SslHandshakeFailedError : m_reply->error(), m_url,
            tls ? m_tlsErrors.join(u"; "_s) : m_reply->errorString(), m_request.timeoutMs);
    m_result.error = error;
    m_result.errorMessage = message;
    complete();
}

std::pair<FetchResult::Error, QString>
FetchJob::describeTransportError(QNetworkReply::NetworkError error, const QUrl &url,
                                 const QString &detail, int timeoutMs)
{
    const QString host = url.host();
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return {Error::Tls, tr("Could not make a secure connection to %1: %2").arg(host, detail)};
    case QNetworkReply::OperationCanceledError: // Qt cancels on its own only for the timeout
    case QNetworkReply::TimeoutError:
        return {Error::Timeout,
                tr("%1 sent nothing for %n second(s).", nullptr, qMax(1, timeoutMs / 1000))
                        .arg(host)};
    case QNetworkReply::HostNotFoundError:
        return {Error::Dns, tr("Could not find the server %1 (DNS lookup failed).").arg(host)};
    case QNetworkReply::ConnectionRefusedError:
        return {Error::Network, tr("%1 refused the connection.").arg(host)};
    case QNetworkReply::RemoteHostClosedError:
        return {Error::Network, tr("%1 closed the connection before answering.").arg(host)};
    case QNetworkReply::ProtocolUnknownError:
        return {Error::Network, tr("Masthead cannot fetch %1 addresses.").arg(url.scheme())};
    default:
        return {Error::Network, tr("Could not fetch from %1: %2").arg(host, detail)};
    }
}

void FetchJob::fail(FetchResult::Error error, const QString &message)
{
    if (m_state == State::Done)
        return;
    if (m_reply) {
        m_result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_result.contentType = m_reply->rawHeader("Content-Type");
    }
    m_result.body.clear();
    m_result.error = error;
    m_result.errorMessage = message;
    complete();
}

void FetchJob::failBackedOff(int seconds)
{
    m_result.retryAfterSeconds = seconds;
    fail(Error::Backoff,
         tr("%1 asked Masthead to wait; retry in %n second(s).", nullptr, seconds)
                 .arg(m_url.host()));
}

void FetchJob::complete()
{
    m_result.body.squeeze(); // what growing it left spare goes
    m_state = State::Done;
    m_deadline.stop();
    m_result.finalUrl = m_url;
    releaseReply();
    emit completed(this);
}

void FetchJob::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}
