#include "synchttp.h"
#include "useragent.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

SyncHttp::SyncHttp(int timeoutMs, qint64 maxBytes)
    : m_manager(std::make_unique<QNetworkAccessManager>()), m_timeoutMs(timeoutMs), m_maxBytes(maxBytes)
{
}

SyncHttp::~SyncHttp() = default;

Result<HttpReply> SyncHttp::get(const QUrl &url, const Headers &headers)
{
    return send("GET", url, {}, {}, headers);
}

Result<HttpReply> SyncHttp::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                                 const Headers &headers)
{
    return send("POST", url, body, contentType, headers);
}

Result<HttpReply> SyncHttp::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                 const QByteArray &contentType, const Headers &headers)
{
    if (m_offline)
        return makeError(Error::Network, tr("working offline"));
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
        return makeError(Error::BadInput, tr("%1 is not an http(s) address").arg(url.toString()));
    ++m_requests;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = method == "POST" ? m_manager->post(request, body) : m_manager->get(request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    bool tooLarge = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        timer.start(m_timeoutMs); // a slow drip that keeps coming is not a timeout…
        if (received > m_maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();
    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owned(reply, [](QNetworkReply *r) { r->deleteLater(); });
    if (timedOut)
        return makeError(Error::Network, tr("%1 did not answer within %2 s").arg(url.host()).arg(m_timeoutMs / 1000.0));
    if (tooLarge)
        return makeError(Error::Network, tr("%1 sent more than %2 MB; stopped").arg(url.host()).arg(m_maxBytes >> 20));
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    out.body = reply->readAll();
    // An HTTP error status is the caller's to explain; a missing or cut
    // answer is ours.
    if (out.status == 0 || (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied
                            && reply->error() != QNetworkReply::RemoteHostClosedError)) {
        return makeError(Error::Network, tr("cannot reach %1: %2").arg(url.host(), reply->errorString()));
    }
    if (reply->error() == QNetworkReply::RemoteHostClosedError && out.status == 0)
        return makeError(Error::Network, tr("%1 closed the connection").arg(url.host()));
    return out;
}
