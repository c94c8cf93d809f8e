#pragma once

#include "result.h"

#include <QSqlDatabase>

// How long articles are kept. Starred articles are never removed; zero
// switches a rule off (the default keeps everything).
struct RetentionPolicy
{
    int maxAgeDays = 0;  // remove read or unread articles older than this
    int maxPerFeed = 0;  // keep at most this many newest articles per feed
    qint64 maxCacheBytes = 0; // keep stored images within this size
};

// Applies retention and compacts the library (`masthead vacuum`).
class Retention final
{
public:
    explicit Retention(QSqlDatabase db);

    // Removes what the policy no longer keeps; returns how many articles went.
    Result<int> apply(const RetentionPolicy &policy);
    // Gives the free pages back to the file system. Not inside a transaction.
    Result<> compact();

private:
    Result<int> removeArticles(const QList<qint64> &ids);

    QSqlDatabase m_db;
};
