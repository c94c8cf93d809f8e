#pragma once

#include "result.h"
#include "topstory.h"

#include <QSqlDatabase>

// Top Stories: the same-story clusters with articles since a time, covered
// by at least `minSources` different feeds, ranked by the number of sources
// then by recency. Reads start from the articles of the window (the time
// index), so the cost follows the last day's articles, not the library.
class TopStoriesQuery final
{
public:
    explicit TopStoriesQuery(QSqlDatabase db);

    Result<QList<TopStory>> since(const QDateTime &since, int minSources = 2, int limit = 50) const;

private:
    QSqlDatabase m_db;
};
