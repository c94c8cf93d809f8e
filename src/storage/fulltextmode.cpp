#include "fulltextmode.h"
#include "sqlutil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<FullTextMode> feedFullTextMode(const QSqlDatabase &db, qint64 feedId)
{
    auto q = SqlUtil::run(db, u"SELECT full_text FROM feeds WHERE id = ?"_s, {feedId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return FullTextMode::Auto;
    const int mode = q.value().value(0).toInt();
    return mode == 1 ? FullTextMode::Always : mode == 2 ? FullTextMode::Never : FullTextMode::Auto;
}

Result<> setFeedFullTextMode(const QSqlDatabase &db, qint64 feedId, FullTextMode mode)
{
    auto q = SqlUtil::run(db, u"UPDATE feeds SET full_text = ? WHERE id = ?"_s, {int(mode), feedId});
    if (!q)
        return q.error();
    return {};
}
