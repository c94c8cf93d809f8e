#include "fulltextfetcher.h"
#include "nextturn.h"
#include "fetcher.h"
#include "html/htmltext.h"
#include "pagetextsource.h"

#include <QPromise>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString normalized(const QString &text)
{
    return text.simplified();
}

// normalized(text).size(), without building it.
qsizetype normalizedLength(QStringView text)
{
    qsizetype length = 0;
    bool inWord = false;
    qsizetype words = 0;
    for (const QChar c : text) {
        if (c.isSpace()) {
            inWord = false;
            continue;
        }
        if (!inWord) {
            inWord = true;
            ++words;
        }
        ++length;
    }
    return length + qMax<qsizetype>(0, words - 1);
}

// The article with the page's text in place of its own, when that is more.
Article withFullText(Article article, const PageText &page)
{
    if (normalized(page.text).size() <= normalized(article.contentText).size())
        return article;
    article.contentHtml = page.html;
    article.contentText = page.text;
    return article;
}

struct Batch
{
    QPromise<QList<Article>> promise;
    QList<Article> articles;
    int remaining = 0;

    void oneDone()
    {
        if (--remaining > 0)
            return;
        promise.addResult(articles);
        promise.finish();
    }
};

} // namespace

FullTextFetcher::FullTextFetcher(Fetcher &fetcher, PageTextSource &pages, QObject *parent)
    : QObject(parent), m_fetcher(fetcher), m_pages(pages)
{
}

bool FullTextFetcher::carriesOnlySummary(const Article &article)
{
    // Run on every item of every refreshed feed: counted without copies,
    // and the summary is parsed only when its text could be the body's
    // (HTML is never shorter than its text).
    const qsizetype bodyLength = normalizedLength(article.contentText);
    if (bodyLength < SummaryLength)
        return true;
    if (article.summary.size() < bodyLength)
        return false;
    // A feed's summary is plain text already: parsed only when it could
    // hold markup (a summary stored as HTML), not a second time per item.
    const bool markup = article.summary.contains(u'<') || article.summary.contains(u'&');
    const QString summary = normalized(markup ? htmlToText(article.summary) : article.summary);
    return !summary.isEmpty() && normalized(article.contentText) == summary;
}

QFuture<QList<Article>> FullTextFetcher::complete(const QList<Article> &articles)
{
    auto batch = std::make_shared<Batch>();
    batch->articles = articles;
    batch->promise.start();
    QFuture<QList<Article>> future = batch->promise.future();
    QList<qsizetype> toFetch;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QString scheme = articles.at(i).link.scheme();
        if (!m_fetcher.isOffline() && (scheme == u"http" || scheme == u"https"))
            toFetch.append(i);
    }
    batch->remaining = int(toFetch.size()) + 1; // +1: held until every fetch is started
    for (qsizetype i : std::as_const(toFetch)) {
        FetchRequest request;
        request.url = articles.at(i).link;
        request.kind = FetchRequest::Kind::Page;
        request.maxBytes = MaxPageBytes;
        request.timeoutMs = PageTimeoutMs;
        request.budget = m_budget;
        request.skipUnreachableHost = true;
        request.priority = FetchRequest::Priority::Background; // after the feeds
        m_fetcher.fetchAsync(request).then(this, nextTurn(this, [this, batch, i](const FetchResult &result) {
            if (!result.ok() || result.notModified) {
                batch->oneDone();
                return;
            }
            m_pages.extract(result.body, result.finalUrl).then(this, nextTurn(this, [this, batch, i](const Result<PageText> &page) {
                if (page)
                    batch->articles[i] = withFullText(batch->articles.at(i), page.value());
                else
                    emit pageFailed(batch->articles.at(i).link, page.error().message);
                batch->oneDone();
            }));
        }));
    }
    batch->oneDone();
    return future;
}
