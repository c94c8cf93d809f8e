#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

// An article as stored: everything needed to show it offline.
struct Article
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString guid;
    QUrl link;
    QString title;
    QString author;
    QDateTime published;
    QDateTime updated;
    QString summary;
    QString contentHtml;
    QString contentText;
    QStringList tags;
    bool read = false;
    bool starred = false;
    QDateTime fetchedAt;
};

// What related stories are scored on (src/core/related), encoded for storage.
// The indexer computes them from the stored text, behind the refresh.
struct ArticleFeatures
{
    QByteArray termVector;
    QByteArray storySignature;
};

ArticleFeatures computeArticleFeatures(const QString &title, const QString &summary,
                                       const QString &text);

// One row of the article list: small, so a page of them is cheap.
struct ArticleHeader
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString feedTitle;
    QString title;
    QString author;
    QDateTime published;
    bool read = false;
    bool starred = false;
    qint64 sortTime = 0; // what the list is ordered by: published, else first fetched
    qint64 storyCluster = 0; // the same story from other sources (0: none)
    int storySize = 1;       // articles in that cluster, this one included
};

// The identity of an article within its feed: guid, else link, else a hash
// of title and date (see articleDedupeKey).
QString articleDedupeKey(const Article &article);
// A hash of what a reader sees, to tell a changed article from an unchanged one.
QByteArray articleContentHash(const Article &article);
