#pragma once

#include "article.h"

#include <QStringList>

// What a server says of an article, before it is one.
struct ServerArticleFields
{
    QString title;
    QString link;
    QString author;
    QString html; // the body as the server gives it
    QStringList tags;
    QDateTime published;
    QDateTime updated;
};

// The article a feed's parser would have made of the same story: servers
// pass on what the feed had, markup and character references included
// (tt-rss and FreshRSS send titles like "Q&amp;A"). Title and author become
// plain text; the link is kept only when it is http(s) (a javascript: or
// file: link would be opened by "Open in Browser" and fetched for full
// text); the body is sanitized like a feed's, relative addresses resolved
// against the link; tags are trimmed and listed once.
Article articleFromServer(const ServerArticleFields &fields);
