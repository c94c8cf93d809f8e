#include "syncqueue.h"
#include "sqlutil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

SyncQueue::SyncQueue(QSqlDatabase db) : m_db(std::move(db)) { }

QString SyncQueue::flagName(QueuedChange::Flag flag)
{
    return flag == QueuedChange::Flag::Read ? u"read"_s : u"starred"_s;
}

Result<QList<QueuedChange>> SyncQueue::pending(qint64 accountId) const
{
    auto q = SqlUtil::run(m_db,
                          u"SELECT id, account_id, article_id, remote_id, flag, value, created_at, sending"
                          " FROM sync_queue WHERE account_id = ? ORDER BY id"_s,
                          {accountId});
    if (!q)
        return q.error();
    QList<QueuedChange> changes;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        QueuedChange c;
        c.id = r.value(0).toLongLong();
        c.accountId = r.value(1).toLongLong();
        c.articleId = r.value(2).toLongLong();
        c.remoteId = r.value(3).toString();
        c.flag = r.value(4).toString() == "read"_L1 ? QueuedChange::Flag::Read : QueuedChange::Flag::Starred;
        c.value = r.value(5).toInt() != 0;
        c.createdAt = SqlUtil::toTime(r.value(6));
        c.sending = r.value(7).toInt() != 0;
        changes.append(c);
    }
    return changes;
}

Result<int> SyncQueue::count(qint64 accountId) const
{
    auto q = SqlUtil::run(m_db, u"SELECT count(*) FROM sync_queue WHERE account_id = ?"_s, {accountId});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Result<> SyncQueue::markSending(const QList<qint64> &ids)
{
    auto q = SqlUtil::run(m_db, u"UPDATE sync_queue SET sending = 1 WHERE id IN (SELECT value FROM json_each(?))"_s,
                          {SqlUtil::idList(ids)});
    if (!q)
        return q.error();
    return {};
}

Result<> SyncQueue::remove(const QList<qint64> &ids)
{
    auto q = SqlUtil::run(m_db, u"DELETE FROM sync_queue WHERE id IN (SELECT value FROM json_each(?))"_s,
                          {SqlUtil::idList(ids)});
    if (!q)
        return q.error();
    return {};
}

Result<> SyncQueue::clearSending(const QList<qint64> &ids)
{
    auto q = SqlUtil::run(m_db, u"UPDATE sync_queue SET sending = 0 WHERE id IN (SELECT value FROM json_each(?))"_s,
                          {SqlUtil::idList(ids)});
    if (!q)
        return q.error();
    return {};
}

Result<QString> SyncQueue::remoteIdOf(qint64 articleId) const
{
    auto ids = SqlUtil::textColumn(m_db, u"SELECT remote_id FROM remote_articles WHERE article_id = ?"_s, {articleId});
    if (!ids)
        return ids.error();
    return ids->isEmpty() ? QString() : ids->first();
}
