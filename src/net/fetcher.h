#pragma once

#include "fetchrequest.h"
#include "fetchresult.h"
#include "hostscheduler.h"
#include "proxysettings.h"

#include <memory>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>

class FetchJob;
class QNetworkAccessManager;
template<typename T>
class QPromise;

// Fetches feeds, pages and images over HTTP(S) or from file:// URLs through
// one QNetworkAccessManager, politely: at most perHostLimit() requests per
// host (default 2) and globalLimit() in all (default 16) run at once, the rest
// wait in a queue where hosts take turns. A host that answered 429/503 with
// Retry-After gets no request until then; queued requests for it wait up to
// maxBackoffWaitMs() and otherwise fail with Error::Backoff.
//
// fetch() returns an id at once; the result arrives later in finished(id,
// result), exactly once per id and never from within fetch() itself (it may
// arrive from within cancel() or setOffline()). fetchAsync() wraps the same in
// a QFuture (for .then(context, ...)); QFuture::cancel() is not seen: use
// fetch() + cancel(id), or cancelAll(), to stop fetches. Redirects are
// followed here (each hop is scheduled like a new request), conditional GET
// uses the request's validators, and bodies larger than maxBytes are aborted.
// Offline, http(s) requests fail at once with Error::Offline without opening a
// connection; file:// keeps working.
//
// Optional downloads (FetchRequest::skipUnreachableHost: the pages and
// images a refresh keeps for offline reading): a host that fails one of them
// with a DNS error, a refused or reset connection or a timeout is skipped for
// optional downloads (Error::Backoff, at once, queued ones included) for 5
// minutes, doubling with each failure in a row (see
// HostScheduler::markUnreachable); other requests to it still go out. A
// request's budget bounds its time in the queue and on the wire.
// Background requests (FetchRequest::priority) go out only when no normal
// one can, within a share of the slots (see HostScheduler).
class Fetcher final : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;

    explicit Fetcher(QObject *parent = nullptr); // owns its QNetworkAccessManager
    explicit Fetcher(QNetworkAccessManager *manager, QObject *parent = nullptr); // not owned
    ~Fetcher() override; // aborts what runs; emits nothing, pending futures get Cancelled

    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    RequestId fetch(const FetchRequest &request);
    QFuture<FetchResult> fetchAsync(const FetchRequest &request);
    void cancel(RequestId id); // the result (Cancelled) is emitted before this returns
    void cancelAll();

    bool isOffline() const { return m_offline; }
    void setOffline(bool offline); // going offline fails every running http(s) fetch

    // The proxy of the requests sent from now on (those under way keep
    // theirs). A manual proxy without host or port is taken as System.
    // Safe to call from any thread: it is applied on the fetcher's own.
    void setProxy(const ProxySettings &proxy);
    // What setProxy() applied last (read on the fetcher's thread). Until the
    // first call it says System, and the manager has Qt's application proxy.
    ProxySettings proxy() const { return m_proxy; }

    int perHostLimit() const { return m_scheduler.perHostLimit(); }
    void setPerHostLimit(int limit);
    int globalLimit() const { return m_scheduler.globalLimit(); }
    void setGlobalLimit(int limit);
    int maxBackoffWaitMs() const { return m_maxBackoffWaitMs; }
    void setMaxBackoffWaitMs(int ms);
    // When the host's Retry-After ends; invalid when it has none pending.
    QDateTime backoffUntil(const QString &host) const;

    int activeCount() const { return m_scheduler.activeCount(); }
    int queuedCount() const { return m_scheduler.queuedCount(); }
    int pendingCount() const { return int(m_jobs.size()); } // queued, running or about to fail

signals:
    void started(Fetcher::RequestId id, const QUrl &url); // the first request went out
    // Decoded body bytes so far; bytesTotal is -1 when unknown (no or an encoded length).
    void progress(Fetcher::RequestId id, qint64 bytesReceived, qint64 bytesTotal);
    void finished(Fetcher::RequestId id, const FetchResult &result);
    void idle(); // the last pending fetch finished
    void offlineChanged(bool offline);

private:
    FetchJob *createJob(const FetchRequest &request);
    void failSoon(FetchJob *job, FetchResult::Error error, const QString &message);
    // Why an optional download must not go out now (budget spent, host
    // unreachable); nullopt when it may.
    std::optional<std::pair<FetchResult::Error, QString>> skipReason(const FetchRequest &request,
                                                                     const QString &host) const;
    void schedulePump();
    void pump();
    void jobRedirected(FetchJob *job);
    void jobCompleted(FetchJob *job);
    void releaseSlot(RequestId id);
    void applyProxy(const ProxySettings &proxy);

    QNetworkAccessManager *m_manager;
    HostScheduler m_scheduler;
    ProxySettings m_proxy;
    QHash<RequestId, FetchJob *> m_jobs;
    struct Slot
    {
        QString host;
        HostScheduler::Priority priority = HostScheduler::Priority::Normal;
    };
    QHash<RequestId, Slot> m_activeHost; // running hops, the host they count against
    QHash<RequestId, std::shared_ptr<QPromise<FetchResult>>> m_promises;
    QElapsedTimer m_clock;
    QTimer m_wake; // for the end of a host's backoff
    RequestId m_lastId = 0;
    int m_maxBackoffWaitMs = 5000;
    bool m_offline = false;
    bool m_pumpQueued = false;
};
