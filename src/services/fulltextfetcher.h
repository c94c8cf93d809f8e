#pragma once

#include "article.h"

#include <QFuture>
#include <QObject>

class Fetcher;

// Completes articles whose feed carries only a summary: fetches each one's
// web page, extracts the main content (extractArticle) and sanitizes it on a
// worker thread, and puts it in place of the summary-only body. An article
// whose page cannot be fetched, or gives less text than the feed did, comes
// back unchanged.
class FullTextFetcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxPageBytes = 5 * 1024 * 1024;
    // Bodies shorter than this, in characters of text, count as a summary.
    static constexpr qsizetype SummaryLength = 500;

    explicit FullTextFetcher(Fetcher &fetcher, QObject *parent = nullptr);

    // True when the article's body is no more than its summary: short, or
    // the same text as the summary.
    static bool carriesOnlySummary(const Article &article);

    // Resolves with the articles in the same order, completed where possible
    // (their features recomputed). Offline it resolves at once, unchanged.
    QFuture<QList<Article>> complete(const QList<Article> &articles);

private:
    Fetcher &m_fetcher;
};
