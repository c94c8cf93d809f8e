#include "fulltextfetcher.h"
#include "fetcher.h"
#include "html/articleextractor.h"
#include "html/htmlsanitizer.h"
#include "html/htmltext.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString normalized(const QString &text)
{
    return text.simplified();
}

// Runs on a worker thread.
Article withFullText(Article article, const QByteArray &page, const QUrl &pageUrl)
{
    const ExtractedArticle extracted = extractArticle(page, pageUrl);
    QString html = extracted.html;
    if (html.trimmed().isEmpty())
        return article;
    // The lead image (og:image and the like) often sits outside the text
    // block; show it first when the body has no picture of its own.
    if (extracted.leadImage.isValid() && imageUrls(html, pageUrl).isEmpty()) {
        const QString lead = u"<figure><img src=\"%1\" alt=\"\"></figure>"_s.arg(
                extracted.leadImage.toString(QUrl::FullyEncoded).toHtmlEscaped());
        SanitizeOptions options;
        options.baseUrl = pageUrl;
        html = sanitizeHtml(lead + html, options);
    }
    const QString text = htmlToText(html);
    if (normalized(text).size() <= normalized(article.contentText).size())
        return article;
    article.contentHtml = html;
    article.contentText = text;
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

FullTextFetcher::FullTextFetcher(Fetcher &fetcher, QObject *parent) : QObject(parent), m_fetcher(fetcher) { }

bool FullTextFetcher::carriesOnlySummary(const Article &article)
{
    const QString body = normalized(article.contentText);
    if (body.size() < SummaryLength)
        return true;
    const QString summary = normalized(htmlToText(article.summary));
    return !summary.isEmpty() && body == summary;
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
        m_fetcher.fetchAsync(request).then(this, [this, batch, i](const FetchResult &result) {
            if (!result.ok() || result.notModified) {
                batch->oneDone();
                return;
            }
            QtConcurrent::run(withFullText, batch->articles.at(i), result.body, result.finalUrl)
                    .then(this, [batch, i](const Article &completed) {
                        batch->articles[i] = completed;
                        batch->oneDone();
                    });
        });
    }
    batch->oneDone();
    return future;
}
