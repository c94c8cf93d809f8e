#include "syncengine.h"
#include "library.h"

#include <QSet>

using namespace Qt::StringLiterals;

SyncEngine::SyncEngine(Library &library) : m_steps(LibrarySteps::direct(library)) { }

SyncEngine::SyncEngine(LibrarySteps steps) : m_steps(std::move(steps)) { }

Result<int> SyncEngine::sendQueued(const Account &account, SyncClient &client, int *dropped)
{
    const qint64 accountId = account.id;
    auto pending = m_steps.run([accountId](Library &library) { return library.syncQueue().pending(accountId); });
    if (!pending)
        return pending.error();
    QList<QueuedChange> changes = pending.value();
    // Rows that were on their way when a sync stopped: the server may have
    // them already. Those it shows as set are done; the rest go again.
    QStringList unsure;
    for (const QueuedChange &change : std::as_const(changes))
        if (change.sending)
            unsure.append(change.remoteId);
    if (!unsure.isEmpty()) {
        unsure.removeDuplicates();
        QHash<QString, SyncClient::Flags> state;
        for (qsizetype i = 0; i < unsure.size(); i += client.batchSize()) {
            auto part = client.flagsOf(unsure.mid(i, client.batchSize()));
            if (!part)
                return part.error();
            state.insert(part.value());
        }
        QList<qint64> arrived;
        QList<qint64> unknown;
        for (const QueuedChange &change : std::as_const(changes)) {
            if (!change.sending)
                continue;
            if (!state.contains(change.remoteId)) {
                unknown.append(change.id);
                continue;
            }
            const SyncClient::Flags flags = state.value(change.remoteId);
            const bool now = change.flag == QueuedChange::Flag::Read ? flags.read : flags.starred;
            if (now == change.value)
                arrived.append(change.id);
        }
        const QList<qint64> settled = arrived + unknown;
        if (auto done = m_steps.run([&settled](Library &library) { return library.syncQueue().remove(settled); });
            !done)
            return done.error();
        if (dropped)
            *dropped += int(unknown.size());
        changes.removeIf([&](const QueuedChange &c) { return arrived.contains(c.id) || unknown.contains(c.id); });
    }
    // In order: a run of changes that set the same flag to the same value
    // goes in one request.
    int sent = 0;
    for (qsizetype i = 0; i < changes.size();) {
        const QueuedChange &first = changes.at(i);
        QList<qint64> ids;
        QStringList remote;
        qsizetype j = i;
        while (j < changes.size() && changes.at(j).flag == first.flag && changes.at(j).value == first.value
               && ids.size() < client.batchSize() && !remote.contains(changes.at(j).remoteId)) {
            ids.append(changes.at(j).id);
            remote.append(changes.at(j).remoteId);
            ++j;
        }
        // Marked before the request leaves, so a kill in between is checked,
        // not sent again blindly; removed only once the server answered.
        if (auto marked = m_steps.run([&ids](Library &library) { return library.syncQueue().markSending(ids); });
            !marked)
            return marked.error();
        if (auto done = client.setFlag(first.flag, first.value, remote); !done)
            return done.error(); // stays marked: the next sync checks the server
        if (auto removed = m_steps.run([&ids](Library &library) { return library.syncQueue().remove(ids); });
            !removed)
            return removed.error();
        sent += int(ids.size());
        i = j;
    }
    return sent;
}

Result<> SyncEngine::pull(const Account &account, SyncClient &client, Report &report)
{
    auto tree = client.tree();
    if (!tree)
        return tree.error();
    if (auto placed = m_steps.run([&account, &tree](Library &library) {
            return library.syncStore().applyTree(account.id, account.categoryId, tree->categories, tree->feeds);
        });
        !placed)
        return placed.error();

    QJsonObject state = account.state;
    const auto sink = [&](const QList<RemoteArticle> &page) -> Result<> {
        // One page, one step: the client asks for the next one after it.
        auto stored = m_steps.run(
                [&account, &page](Library &library) { return library.syncStore().storeArticles(account.id, page); });
        if (!stored)
            return stored.error();
        report.fetched += stored->inserted + stored->updated;
        report.stored += stored->ids;
        return {};
    };
    // Stories the server changed after it gave them keep their ids: asked
    // for again when the server's change is newer than the one stored. Read
    // before the new articles, from the last sync's bookmarks, so that the
    // whole time since then is covered.
    auto stamps = client.changedSince(state);
    if (!stamps)
        return stamps.error();
    QList<std::pair<QString, QDateTime>> changes;
    changes.reserve(stamps->size());
    for (const SyncClient::Stamp &stamp : std::as_const(stamps.value()))
        changes.append({stamp.id, stamp.updated});
    auto edited = m_steps.run(
            [&account, &changes](Library &library) { return library.syncStore().outdated(account.id, changes); });
    if (!edited)
        return edited.error();
    if (auto pulled = client.articlesSince(state, sink); !pulled)
        return pulled.error();
    if (!edited->isEmpty()) {
        if (auto refetched = client.articles(edited.value(), sink); !refetched)
            return refetched.error();
    }
    if (auto saved = m_steps.run(
                [&account, &state](Library &library) { return library.accounts().setState(account.id, state); });
        !saved)
        return saved.error();

    // Changes made elsewhere: the whole unread and starred sets, as ids.
    auto unread = client.unreadIds();
    if (!unread)
        return unread.error();
    if (auto applied = m_steps.run([&account, &unread](Library &library) {
            return library.syncStore().applyFlagSet(account.id, QueuedChange::Flag::Read, unread.value(), false);
        });
        !applied)
        return applied.error();
    auto starred = client.starredIds();
    if (!starred)
        return starred.error();
    if (auto applied = m_steps.run([&account, &starred](Library &library) {
            return library.syncStore().applyFlagSet(account.id, QueuedChange::Flag::Starred, starred.value(), true);
        });
        !applied)
        return applied.error();
    return {};
}

SyncEngine::Report SyncEngine::sync(const Account &account, SyncClient &client)
{
    Report report;
    report.accountId = account.id;
    Result<> outcome = [&]() -> Result<> {
        if (auto in = client.login(); !in)
            return in.error();
        auto sent = sendQueued(account, client, &report.dropped);
        if (!sent)
            return sent.error();
        report.sent = sent.value();
        return pull(account, client, report);
    }();
    if (!outcome) {
        report.error = outcome.error().message;
        report.unreachable = outcome.error().kind == Error::Network;
    }
    QString status = report.error;
    if (status.isEmpty() && report.dropped > 0)
        status = tr("%n queued change(s) were for articles the server no longer has", nullptr, report.dropped);
    const bool succeeded = report.error.isEmpty();
    const Result<> recorded = m_steps.run([&account, &status, succeeded](Library &library) {
        return succeeded ? library.accounts().recordSync(account.id, QDateTime::currentDateTimeUtc(), status)
                         : library.accounts().setStatus(account.id, status);
    });
    if (!recorded && report.error.isEmpty())
        report.error = recorded.error().message;
    return report;
}
