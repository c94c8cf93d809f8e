#pragma once

#include "result.h"

#include <QSqlDatabase>

// Counts and sizes of a library, as `masthead stats` reports them.
struct LibraryStats
{
    qint64 feeds = 0;
    qint64 categories = 0;
    qint64 articles = 0;
    qint64 unread = 0;
    qint64 starred = 0;
    qint64 images = 0;
    qint64 databaseBytes = 0;
    qint64 cacheBytes = 0;
};

// Reads the counts (cheap aggregate queries on indexed columns) and the size
// of the database file with its write-ahead log.
Result<LibraryStats> readLibraryStats(const QSqlDatabase &db, const QString &databasePath);
