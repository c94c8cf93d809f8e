#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

// One full-text search result, as `masthead search` and the window show it.
struct SearchHit
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString feedTitle;
    QString title;
    QUrl link;
    QDateTime published;
    double score = 0; // higher is better
    QString snippet;  // matches marked with [ and ]
    bool read = false;
    bool starred = false;
};
