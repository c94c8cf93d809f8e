#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

// The tries at an article's web page that did not complete it (see
// resources/sql/0016_page_attempts.sql): when a later refresh may try again.
// A page is tried again an hour after the first failure, then after 4 and
// 16 and 64 hours; after MaxTries failures it is not tried any more.
class PageAttempts final
{
public:
    static constexpr int MaxTries = 5;

    explicit PageAttempts(QSqlDatabase db) : m_db(std::move(db)) { }

    // Whether the article's page may be tried at `now`: never tried, or its
    // wait after the last failure is over and tries are left.
    Result<bool> isDue(qint64 articleId, const QDateTime &now) const;
    // These articles' pages were tried at `now` and did not complete them.
    Result<> recordFailed(const QList<qint64> &articleIds, const QDateTime &now);
    // These articles' pages were taken: nothing to try again.
    Result<> forget(const QList<qint64> &articleIds);

    // The wait after `tries` failures, in seconds.
    static qint64 waitAfter(int tries);

private:
    QSqlDatabase m_db;
};
