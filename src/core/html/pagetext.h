#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// The readable body of a fetched article page, as an article stores it.
struct PageText
{
    QString html; // sanitized; empty when the page has no article in it
    QString text; // plain text of html
};

// Extracts the main content of a saved article page (extractArticle), puts the
// page's lead image first when the text has no picture of its own, and
// sanitizes it. Pure: the same bytes give the same PageText.
PageText pageTextOf(const QByteArray &page, const QUrl &pageUrl);
