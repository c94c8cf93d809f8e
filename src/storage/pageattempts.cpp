#include "pageattempts.h"
#include "sqlutil.h"

using namespace Qt::StringLiterals;

qint64 PageAttempts::waitAfter(int tries)
{
    qint64 wait = 3600;
    for (int i = 1; i < tries; ++i)
        wait *= 4;
    return wait;
}

Result<bool> PageAttempts::isDue(qint64 articleId, const QDateTime &now) const
{
    auto q = SqlUtil::run(m_db, u"SELECT tries, last_try FROM page_attempts WHERE article_id = ?"_s, {articleId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return true;
    const int tries = q.value().value(0).toInt();
    const qint64 lastTry = q.value().value(1).toLongLong();
    return tries < MaxTries && now.toSecsSinceEpoch() - lastTry >= waitAfter(tries);
}

Result<> PageAttempts::recordFailed(const QList<qint64> &articleIds, const QDateTime &now)
{
    if (articleIds.isEmpty())
        return {};
    // Only articles still stored: one deleted meanwhile has nothing to try.
    auto q = SqlUtil::run(m_db,
                          u"INSERT INTO page_attempts (article_id, tries, last_try)"
                          " SELECT a.id, 1, ? FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))"
                          " ON CONFLICT (article_id) DO UPDATE SET tries = tries + 1, last_try = excluded.last_try"_s,
                          {now.toSecsSinceEpoch(), SqlUtil::idList(articleIds)});
    if (!q)
        return q.error();
    return {};
}

Result<> PageAttempts::forget(const QList<qint64> &articleIds)
{
    if (articleIds.isEmpty())
        return {};
    auto q = SqlUtil::run(m_db, u"DELETE FROM page_attempts WHERE article_id IN (SELECT value FROM json_each(?))"_s,
                          {SqlUtil::idList(articleIds)});
    if (!q)
        return q.error();
    return {};
}
