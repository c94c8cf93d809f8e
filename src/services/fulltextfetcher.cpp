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

// Whether normalized(text).size() >= length, read only as far as needed.
bool normalizedLengthReaches(QStringView text, qsizetype length)
{
    qsizetype counted = 0;
    bool inWord = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            inWord = false;
            continue;
        }
        if (!inWord && counted > 0)
            ++counted; // the one space before this word
        inWord = true;
        if (++counted >= length)
            return true;
    }
    return length <= 0;
}

// Whether normalized(a) == normalized(b), without building either: word by
// word, as simplified() splits them.
bool sameText(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    for (;;) {
        while (i < a.size() && a[i].isSpace())
            ++i;
        while (j < b.size() && b[j].isSpace())
            ++j;
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        while (i < a.size() && j < b.size() && !a[i].isSpace() && !b[j].isSpace()) {
            if (a[i] != b[j])
                return false;
            ++i;
            ++j;
        }
        if ((i == a.size() || a[i].isSpace()) != (j == b.size() || b[j].isSpace()))
            return false; // one word goes on
    }
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
    // Run on every item of every refreshed feed: read in place, without
    // copies, and a summary is parsed only when it could hold markup (a
    // feed's summary is plain text already).
    if (!normalizedLengthReaches(article.contentText, SummaryLength))
        return true;
    if (!article.summary.contains(u'<') && !article.summary.contains(u'&'))
        return sameText(article.summary, article.contentText);
    // HTML is never shorter than its text.
    if (article.summary.size() < normalizedLength(article.contentText))
        return false;
    const QString summary = normalized(htmlToText(article.summary));
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
