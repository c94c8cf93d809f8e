#pragma once

#include "fetcher.h"

#include <functional>

#include <QHash>
#include <QObject>

// The fetches one piece of work has in flight, each with what to do with its
// result. Cancelling the group (or deleting it) cancels every fetch it still
// has and drops their callbacks: nothing is called afterwards. Lets a
// multi-step job (discovery, a category list over several pages) be stopped
// at any point without stray results arriving later.
class FetchGroup final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const FetchResult &)>;

    explicit FetchGroup(Fetcher &fetcher, QObject *parent = nullptr);
    ~FetchGroup() override; // cancels silently

    // done runs later, from the event loop, exactly once unless cancelled.
    void fetch(const FetchRequest &request, Done done);
    void cancel(); // silently: no callback runs for what was pending
    int pendingCount() const { return int(m_pending.size()); }
    Fetcher &fetcher() const { return m_fetcher; }

private:
    void fetchFinished(Fetcher::RequestId id, const FetchResult &result);

    Fetcher &m_fetcher;
    QHash<Fetcher::RequestId, Done> m_pending;
};
