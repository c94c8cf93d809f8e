#include "retention.h"
#include "imagerepository.h"
#include "relatedindex.h"
#include "sqlutil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Retention::Retention(QSqlDatabase db) : m_db(std::move(db)) { }

Result<int> Retention::apply(const RetentionPolicy &policy)
{
    QList<qint64> doomed;
    if (policy.maxAgeDays > 0) {
        const qint64 cutoff = QDateTime::currentSecsSinceEpoch() - qint64(policy.maxAgeDays) * 86400;
        auto q = SqlUtil::run(m_db, u"SELECT id FROM articles WHERE starred = 0 AND sort_time < ?"_s, {cutoff});
        if (!q)
            return q.error();
        while (q.value().next())
            doomed.append(q.value().value(0).toLongLong());
    }
    if (policy.maxPerFeed > 0) {
        auto q = SqlUtil::run(m_db,
                              u"SELECT id FROM (SELECT id, starred, row_number() OVER"
                              " (PARTITION BY feed_id ORDER BY sort_time DESC, id DESC) AS n FROM articles)"
                              " WHERE n > ? AND starred = 0"_s,
                              {policy.maxPerFeed});
        if (!q)
            return q.error();
        while (q.value().next())
            doomed.append(q.value().value(0).toLongLong());
    }
    std::sort(doomed.begin(), doomed.end());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
    auto removed = removeArticles(doomed);
    if (!removed || policy.maxCacheBytes <= 0)
        return removed;
    // The evicted files lose their rows' paths; vacuum's sweep of unreferenced
    // cache files deletes them.
    if (auto evicted = ImageRepository(m_db).evictBeyond(policy.maxCacheBytes); !evicted)
        return evicted.error();
    return removed;
}

Result<int> Retention::removeArticles(const QList<qint64> &ids)
{
    SqlUtil::Transaction tx(m_db);
    RelatedIndex related(m_db);
    auto remove = SqlUtil::prepare(m_db, u"DELETE FROM articles WHERE id = ? AND starred = 0"_s);
    if (!remove)
        return remove.error();
    int removed = 0;
    for (qint64 id : ids) {
        if (auto done = related.forget(id); !done)
            return done.error();
        remove.value().bindValue(0, id);
        if (auto done = SqlUtil::exec(remove.value()); !done)
            return done.error();
        removed += remove.value().numRowsAffected() > 0 ? 1 : 0;
    }
    // Images no article points at any more.
    if (auto q = SqlUtil::run(m_db, u"DELETE FROM images WHERE id NOT IN (SELECT image_id FROM article_images)"_s); !q)
        return q.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return removed;
}

Result<> Retention::compact()
{
    for (const QString &sql : {u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"VACUUM"_s, u"PRAGMA optimize"_s}) {
        if (auto q = SqlUtil::run(m_db, sql); !q)
            return q.error();
    }
    return {};
}
