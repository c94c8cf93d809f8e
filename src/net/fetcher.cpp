#include "fetcher.h"

#include "fetchjob.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QPromise>
#include <QThread>

using namespace Qt::StringLiterals;
using Error = FetchResult::Error;

namespace {

HostScheduler::Priority priorityOf(const FetchRequest &request)
{
    return request.priority == FetchRequest::Priority::Background
            ? HostScheduler::Priority::Background
            : HostScheduler::Priority::Normal;
}

// The desktop's proxy settings, asked for each request (on Linux the
// http_proxy/https_proxy/no_proxy environment), for this manager only.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

} // namespace

Fetcher::Fetcher(QObject *parent) : Fetcher(nullptr, parent) { }

Fetcher::Fetcher(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager ? manager : new QNetworkAccessManager(this))
{
    m_clock.start();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &Fetcher::pump);
}

Fetcher::~Fetcher()
{
    const QList<FetchJob *> jobs = m_jobs.values();
    m_jobs.clear();
    for (FetchJob *job : jobs) {
        job->disconnect(this);
        delete job; // aborts its transfer
    }
    for (auto it = m_promises.begin(); it != m_promises.end(); ++it) {
        FetchResult cancelled;
        cancelled.error = Error::Cancelled;
        cancelled.errorMessage = tr("The download was cancelled.");
        (*it)->addResult(cancelled);
        (*it)->finish();
    }
}

Fetcher::RequestId Fetcher::fetch(const FetchRequest &request)
{
    FetchJob *job = createJob(request);
    const QUrl &url = request.url;
    const bool http = url.scheme() == "http"_L1 || url.scheme() == "https"_L1;
    if (!url.isValid() || (!http && !url.isLocalFile()) || (http && url.host().isEmpty())) {
        failSoon(job, Error::Network,
                 tr("Masthead cannot fetch this address: %1").arg(url.toDisplayString()));
    } else if (m_offline && http) {
        failSoon(job, Error::Offline, tr("Masthead is offline."));
    } else if (const auto skip =
                       http ? skipReason(request, FetchJob::hostKey(url)) : std::nullopt) {
        failSoon(job, skip->first, skip->second);
    } else {
        m_scheduler.enqueue(job->id(), FetchJob::hostKey(url), false, priorityOf(request));
        schedulePump();
    }
    return job->id();
}

QFuture<FetchResult> Fetcher::fetchAsync(const FetchRequest &request)
{
    auto promise = std::make_shared<QPromise<FetchResult>>();
    QFuture<FetchResult> future = promise->future();
    promise->start();
    m_promises.insert(fetch(request), promise);
    return future;
}

void Fetcher::setProxy(const ProxySettings &proxy)
{
    if (QThread::currentThread() == thread()) {
        applyProxy(proxy);
        return;
    }
    QMetaObject::invokeMethod(
            this, [this, proxy] { applyProxy(proxy); }, Qt::QueuedConnection);
}

void Fetcher::applyProxy(const ProxySettings &wanted)
{
    ProxySettings proxy = wanted;
    if (!proxy.isUsable())
        proxy = ProxySettings {};
    m_proxy = proxy;
    switch (proxy.mode) {
    case ProxySettings::Mode::System:
        m_manager->setProxyFactory(new SystemProxyFactory); // the manager owns it
        break;
    case ProxySettings::Mode::None:
        m_manager->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxySettings::Mode::Manual:
        m_manager->setProxy(QNetworkProxy(proxy.type == ProxySettings::Type::Socks5
                                                  ? QNetworkProxy::Socks5Proxy
                                                  : QNetworkProxy::HttpProxy,
                                          proxy.host, quint16(proxy.port)));
        break;
    }
    // Kept-alive connections were opened the old way.
    m_manager->clearConnectionCache();
}

void Fetcher::cancel(RequestId id)
{
    if (FetchJob *job = m_jobs.value(id))
        job->fail(Error::Cancelled, tr("The download was cancelled."));
}

void Fetcher::cancelAll()
{
    const QPointer<Fetcher> alive(this);
    const QList<RequestId> ids = m_jobs.keys();
    for (const RequestId id : ids) {
        if (!alive)
            return;
        cancel(id);
    }
}

void Fetcher::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    emit offlineChanged(offline);
    if (!offline)
        return;
    const QPointer<Fetcher> alive(this);
    const QList<RequestId> ids = m_jobs.keys();
    for (const RequestId id : ids) {
        if (!alive)
            return;
        FetchJob *job = m_jobs.value(id);
        if (job && !job->currentUrl().isLocalFile())
            job->fail(Error::Offline, tr("Masthead went offline."));
    }
}

void Fetcher::setPerHostLimit(int limit)
{
    m_scheduler.setPerHostLimit(limit);
    schedulePump();
}

void Fetcher::setGlobalLimit(int limit)
{
    m_scheduler.setGlobalLimit(limit);
    schedulePump();
}

void Fetcher::setMaxBackoffWaitMs(int ms)
{
    m_maxBackoffWaitMs = qMax(0, ms);
    schedulePump();
}

QDateTime Fetcher::backoffUntil(const QString &host) const
{
    const qint64 left = m_scheduler.backoffUntil(host.toLower()) - m_clock.elapsed();
    if (left <= 0)
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(left);
}

FetchJob *Fetcher::createJob(const FetchRequest &request)
{
    auto *job = new FetchJob(++m_lastId, request, this);
    connect(job, &FetchJob::redirected, this, &Fetcher::jobRedirected);
    connect(job, &FetchJob::completed, this, &Fetcher::jobCompleted);
    connect(job, &FetchJob::progress, this, &Fetcher::progress);
    m_jobs.insert(job->id(), job);
    return job;
}

void Fetcher::failSoon(FetchJob *job, FetchResult::Error error, const QString &message)
{
    QTimer::singleShot(0, job, [job, error, message] { job->fail(error, message); });
}

namespace {

bool isOptional(const FetchRequest &request) { return request.skipUnreachableHost; }

} // namespace

std::optional<std::pair<FetchResult::Error, QString>>
Fetcher::skipReason(const FetchRequest &request, const QString &host) const
{
    if (request.budget.hasExpired())
        return std::pair(Error::Timeout,
                         tr("The time for this download ran out before it could start."));
    if (isOptional(request) && !host.isEmpty()
        && m_scheduler.isUnreachable(host, m_clock.elapsed()))
        return std::pair(Error::Backoff,
                         tr("%1 could not be reached a moment ago; skipped for now.").arg(host));
    return std::nullopt;
}

void Fetcher::schedulePump()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &Fetcher::pump, Qt::QueuedConnection);
}

void Fetcher::pump()
{
    m_pumpQueued = false;
    const qint64 now = m_clock.elapsed();
    const QList<HostScheduler::Id> backedOff = m_scheduler.takeBackedOff(now, m_maxBackoffWaitMs);
    for (const HostScheduler::Id id : backedOff) {
        if (FetchJob *job = m_jobs.value(id)) {
            const qint64 leftMs = m_scheduler.backoffUntil(job->hostKey()) - now;
            job->failBackedOff(int((leftMs + 999) / 1000));
        }
    }
    while (const std::optional<HostScheduler::Id> id = m_scheduler.takeNext(now)) {
        FetchJob *job = m_jobs.value(*id);
        if (!job) // cannot happen: ids leave the queue when their job ends
            continue;
        m_activeHost.insert(*id, {job->hostKey(), priorityOf(job->request())});
        // Its host failed, or its time ran out, while it waited: it ends
        // here (the slot is freed when it does) without a connection.
        if (const auto skip = skipReason(job->request(), job->hostKey())) {
            failSoon(job, skip->first, skip->second);
            continue;
        }
        const bool firstHop = job->result().redirects == 0;
        job->start(m_manager);
        if (firstHop)
            emit started(*id, job->request().url);
    }
    if (const std::optional<qint64> wake = m_scheduler.nextWakeMs(now))
        m_wake.start(int(qBound(qint64(1), *wake - now, qint64(24) * 3600 * 1000)));
    else
        m_wake.stop();
}

void Fetcher::releaseSlot(RequestId id)
{
    const auto found = m_activeHost.constFind(id);
    if (found == m_activeHost.cend())
        return;
    m_scheduler.release(found->host, found->priority);
    m_activeHost.erase(found);
}

void Fetcher::jobRedirected(FetchJob *job)
{
    releaseSlot(job->id());
    if (m_offline) {
        job->fail(Error::Offline, tr("Masthead went offline."));
        return;
    }
    m_scheduler.enqueue(job->id(), job->hostKey(), true, priorityOf(job->request()));
    schedulePump();
}

void Fetcher::jobCompleted(FetchJob *job)
{
    const RequestId id = job->id();
    const QString host = m_activeHost.value(id, {job->hostKey()}).host;
    releaseSlot(id);
    m_scheduler.remove(id);
    const FetchResult result = job->result();
    if (isOptional(job->request()) && !host.isEmpty()) {
        const bool unreachable = result.httpStatus == 0
                && (result.error == Error::Dns || result.error == Error::Network
                    || result.error == Error::Timeout);
        if (result.httpStatus > 0 || result.ok())
            m_scheduler.markReachable(host);
        else if (unreachable && !job->budgetSpent())
            m_scheduler.markUnreachable(host, m_clock.elapsed());
    }
    if ((result.httpStatus == 429 || result.httpStatus == 503) && result.retryAfterSeconds)
        m_scheduler.setBackoffUntil(host,
                                    m_clock.elapsed() + qint64(*result.retryAfterSeconds) * 1000);
    m_jobs.remove(id);
    job->disconnect(this);
    job->deleteLater();
    if (const auto promise = m_promises.take(id)) {
        promise->addResult(result);
        promise->finish();
    }
    const QPointer<Fetcher> alive(this);
    emit finished(id, result);
    if (!alive) // a receiver deleted the fetcher
        return;
    schedulePump();
    if (m_jobs.isEmpty())
        emit idle();
}
