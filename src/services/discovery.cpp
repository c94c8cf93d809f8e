#include "discovery.h"

#include "discoveryjob.h"

using namespace Qt::StringLiterals;

QString DiscoveryError::name(Kind kind)
{
    switch (kind) {
    case Kind::BadAddress:
        return u"bad-address"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::NotAFeed:
        return u"not-a-feed"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::TooBig:
        return u"too-big"_s;
    case Kind::Offline:
        return u"offline"_s;
    case Kind::Unreachable:
        return u"unreachable"_s;
    }
    return u"unreachable"_s;
}

Error DiscoveryError::toError() const
{
    const bool badInput = kind == Kind::BadAddress || kind == Kind::NotAFeed;
    return makeError(badInput ? Error::BadInput : Error::Network, message);
}

Discovery::Discovery(Fetcher &fetcher, QObject *parent) : QObject(parent), m_fetcher(fetcher)
{
    qRegisterMetaType<DiscoveryResult>();
}

Discovery::~Discovery() { cancel(); }

void Discovery::start(const QUrl &url)
{
    cancel();
    auto *job = new DiscoveryJob(m_fetcher, m_limits, url, this);
    m_job = job;
    connect(job, &DiscoveryJob::progress, this, &Discovery::progress);
    connect(job, &DiscoveryJob::finished, this, [this, job](const DiscoveryResult &result) {
        job->disconnect(this);
        job->deleteLater(); // it may still be on the stack
        if (m_job == job)
            m_job = nullptr;
        Q_EMIT finished(result);
    });
    job->start();
}

void Discovery::cancel()
{
    if (!m_job)
        return;
    DiscoveryJob *job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->abort();
    job->deleteLater(); // cancel() may be called from within one of its signals
}

bool Discovery::isRunning() const { return m_job && !m_job->isDone(); }
