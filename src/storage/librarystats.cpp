#include "librarystats.h"
#include "sqlutil.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<LibraryStats> readLibraryStats(const QSqlDatabase &db, const QString &databasePath)
{
    auto q = SqlUtil::run(
            db,
            u"SELECT (SELECT count(*) FROM feeds), (SELECT count(*) FROM categories),"
            " (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE read = 0),"
            " (SELECT count(*) FROM articles WHERE starred = 1),"
            " (SELECT count(*) FROM images WHERE state = 1),"
            " (SELECT coalesce(sum(bytes), 0) FROM images WHERE state = 1)"_s);
    if (!q)
        return q.error();
    LibraryStats stats;
    if (q.value().next()) {
        const QSqlQuery &r = q.value();
        stats.feeds = r.value(0).toLongLong();
        stats.categories = r.value(1).toLongLong();
        stats.articles = r.value(2).toLongLong();
        stats.unread = r.value(3).toLongLong();
        stats.starred = r.value(4).toLongLong();
        stats.images = r.value(5).toLongLong();
        stats.cacheBytes = r.value(6).toLongLong();
    }
    for (const QString &suffix : {QString(), u"-wal"_s})
        stats.databaseBytes += QFileInfo(databasePath + suffix).size();
    return stats;
}
