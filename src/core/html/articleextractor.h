#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

struct ExtractedArticle
{
    QString title;      // the article's own headline, without the site name
    QString byline;
    QDateTime published; // UTC; invalid when unknown
    QString language;
    QUrl leadImage;
    QString text;       // plain text of the body only, paragraphs separated by a blank line
    QString html;       // body as sanitizeHtml() returns it
    QString excerpt;
    QString siteName;
    bool readerable = false; // the page looks like an article (Readability's heuristic)
};

// Readability-style main-content extraction from a saved web page. `pageBytes`
// are the raw bytes (charset from BOM or <meta charset>, else UTF-8); `url`
// is the page address, used to resolve relative links and images.
ExtractedArticle extractArticle(const QByteArray &pageBytes, const QUrl &url);
