#pragma once

#include <QList>

// What one delete from the tree marked deleted: a feed, or a folder with the
// folders and feeds below it. Kept by whoever offers the undo; restoring
// brings exactly these back, purging removes them for good.
struct DeletedItems
{
    QList<qint64> categories; // the deleted folder first, then those below it
    QList<qint64> feeds;
    qint64 articles = 0; // of those feeds
    qint64 starred = 0; // of those, starred: they stay after the purge

    bool isEmpty() const { return categories.isEmpty() && feeds.isEmpty(); }
};
