#pragma once

#include "article.h"
#include "feed/feeddocument.h"

#include <QUrl>

// Turns a parsed feed into articles ready to store: the body sanitized once
// here (what is stored is what the pane may show), its plain text extracted
// for search and related stories, relative links resolved. Pure: runs on a
// worker thread.
struct FeedArticles
{
    QString feedTitle;
    QUrl siteUrl;
    std::optional<int> refreshMinutes;
    QList<Article> articles;
};

FeedArticles articlesFromFeed(const FeedDocument &feed, const QUrl &feedUrl);
