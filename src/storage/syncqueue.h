#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

// One local change of a synced article's flag, waiting for its server.
struct QueuedChange
{
    enum class Flag { Read, Starred };
    qint64 id = 0; // order of the queue
    qint64 accountId = 0;
    qint64 articleId = 0;
    QString remoteId;
    Flag flag = Flag::Read;
    bool value = false;
    QDateTime createdAt;
    // It was on its way when the last sync stopped: the server may have it.
    bool sending = false;
};

// The durable queue of read/starred changes for the servers. Changes enter
// it by themselves: a trigger queues every change of a synced article's
// flags in the transaction that makes it (resources/sql/0010). A change
// leaves it only once its server took it, so a crash or a kill loses none;
// rows marked as sending are checked against the server before they are
// sent again, so none goes twice.
class SyncQueue final
{
public:
    explicit SyncQueue(QSqlDatabase db);

    // The account's changes, oldest first.
    Result<QList<QueuedChange>> pending(qint64 accountId) const;
    Result<int> count(qint64 accountId) const;
    // Marks the rows as on their way, committed before the request goes out.
    Result<> markSending(const QList<qint64> &ids);
    // The server has them: they leave the queue.
    Result<> remove(const QList<qint64> &ids);
    // The server did not get them after all (a refused or failed request).
    Result<> clearSending(const QList<qint64> &ids);
    // The article's id on its server; empty for a local article.
    Result<QString> remoteIdOf(qint64 articleId) const;

    static QString flagName(QueuedChange::Flag flag);

private:
    QSqlDatabase m_db;
};
