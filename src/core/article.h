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
    QString snippet;         // a search result's text around its matches, marked with [ and ]
};

// How a list of articles is ordered. Within one source, newest first.
enum class ArticleOrder { Newest, Oldest, TitleAscending, TitleDescending, SourceAscending, SourceDescending };

// The identity of an article within its feed: guid, else link, else a hash
// of title and date (see articleDedupeKey).
QString articleDedupeKey(const Article &article);
// A hash of what a reader sees, to tell a changed article from an unchanged
// one: 32 hex digits of XXH3-128 over the UTF-8 of title, author, summary,
// content HTML and text. A non-cryptographic hash is enough to notice an
// edit, and is a hundred times cheaper than SHA-1 on a 5 KB article.
QByteArray articleContentHash(const Article &article);
// The same from those five fields already in UTF-8 (the store binds them so).
QByteArray articleContentHash(const QByteArray (&utf8)[5]);
// The hash of libraries before schema 6 (40 hex digits of SHA-1), still
// found on articles stored by earlier versions.
QByteArray legacyArticleContentHash(const Article &article);
