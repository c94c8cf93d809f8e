#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

// A subscription as stored in the library.
struct Feed
{
    qint64 id = 0;
    qint64 categoryId = 0;
    QUrl url;
    QString title;
    QUrl siteUrl;
    QString description;
    QByteArray etag;
    QByteArray lastModified;
    QDateTime lastFetchedAt;
    int lastStatus = 0;
    QString lastError;
    int refreshIntervalMinutes = 0; // what the feed asks for (ttl, sy:*); 0: nothing
    int chosenRefreshMinutes = 0; // what the person chose in its Properties; 0: automatic
    bool gone = false;
    // Deleted by the person: out of the tree and of refreshes (kept only for
    // an undo, or for its starred articles).
    bool deleted = false;
};
