#pragma once

#include "article.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QObject>

class Fetcher;
class PageTextSource;

// Completes articles whose feed carries only a summary: fetches each one's
// web page, has its main content extracted and sanitized (PageTextSource:
// a worker thread or a worker process), and puts it in place of the
// summary-only body. An article whose page cannot be fetched or read, or
// gives less text than the feed did, comes back unchanged; a page the
// extractor failed on is also reported through pageFailed().
class FullTextFetcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxPageBytes = 5 * 1024 * 1024;
    // Bodies shorter than this, in characters of text, count as a summary.
    static constexpr qsizetype SummaryLength = 500;
    // A page that sends nothing for this long is given up (and its host
    // skipped for a while: see Fetcher).
    static constexpr int PageTimeoutMs = 15 * 1000;

    FullTextFetcher(Fetcher &fetcher, PageTextSource &pages, QObject *parent = nullptr);

    // True when the article's body is no more than its summary: short, or
    // the same text as the summary.
    static bool carriesOnlySummary(const Article &article);

    // Resolves with the articles in the same order, completed where possible
    // (their features recomputed). Offline it resolves at once, unchanged.
    QFuture<QList<Article>> complete(const QList<Article> &articles);

    // Pages not fetched by then are not fetched (the article keeps its feed
    // text): a refresh's time for offline copies. Default: no limit.
    void setBudget(QDeadlineTimer budget) { m_budget = budget; }

Q_SIGNALS:
    // The page was fetched but could not be read (the extractor crashed,
    // hung or failed); the article keeps its feed text.
    void pageFailed(const QUrl &link, const QString &error);

private:
    Fetcher &m_fetcher;
    PageTextSource &m_pages;
    QDeadlineTimer m_budget = QDeadlineTimer(QDeadlineTimer::Forever);
};
