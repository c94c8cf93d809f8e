#include "fetchgroup.h"

FetchGroup::FetchGroup(Fetcher &fetcher, QObject *parent) : QObject(parent), m_fetcher(fetcher)
{
    connect(&m_fetcher, &Fetcher::finished, this, &FetchGroup::fetchFinished);
}

FetchGroup::~FetchGroup() { cancel(); }

void FetchGroup::fetch(const FetchRequest &request, Done done)
{
    // Fetcher::fetch never reports from within itself, so the id is known
    // before its result arrives.
    m_pending.insert(m_fetcher.fetch(request), std::move(done));
}

void FetchGroup::cancel()
{
    const QList<Fetcher::RequestId> ids = m_pending.keys();
    m_pending.clear(); // the Cancelled results emitted below find no callback
    for (const Fetcher::RequestId id : ids)
        m_fetcher.cancel(id);
}

void FetchGroup::fetchFinished(Fetcher::RequestId id, const FetchResult &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Done done = std::move(it.value());
    m_pending.erase(it);
    done(result); // may delete this group
}
