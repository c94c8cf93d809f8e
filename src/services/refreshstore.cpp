#include "refreshstore.h"

#include "fulltextfetcher.h"
#include "fulltextmode.h"
#include "html/htmlsanitizer.h"
#include "library.h"

namespace RefreshStore {

namespace {

// An item that was completed on an earlier refresh keeps its full text:
// otherwise every refresh would put the summary back, and its page is not
// fetched again. One stored with its summary only (its page not taken yet)
// wants its page when PageAttempts says it is due. `replaced` says whose
// body changed here.
void carryOverFullText(const ArticleRepository &repository, const PageAttempts &attempts, const Feed &feed,
                       const QDateTime &now, QList<Article> &articles, QList<bool> &wantsPage,
                       QList<bool> &replaced)
{
    for (qsizetype i = 0; i < articles.size(); ++i) {
        Article &article = articles[i];
        if (!wantsPage.at(i))
            continue;
        if (!article.link.isValid()) {
            wantsPage[i] = false;
            continue;
        }
        // By identity within the feed: an indexed lookup, where a search by
        // link would scan every article.
        const auto id = repository.idInFeed(feed.id, article);
        if (!id || id.value() == 0)
            continue;
        const auto found = repository.find(id.value());
        if (!found || !found.value())
            continue;
        const Article &stored = *found.value();
        if (stored.contentText.simplified().size() > article.contentText.simplified().size()) {
            wantsPage[i] = false; // its page was taken before
            article.contentHtml = stored.contentHtml;
            article.contentText = stored.contentText;
            replaced[i] = true;
            continue;
        }
        // Its page was never taken (a refresh's time ran out, the host did
        // not answer): tried again when its wait is over.
        const auto due = attempts.isDue(id.value(), now);
        wantsPage[i] = due && due.value();
    }
}

} // namespace

OfflineHints offlineHints(const QList<Article> &articles)
{
    OfflineHints hints;
    hints.imageUrls.reserve(articles.size());
    hints.onlySummary.reserve(articles.size());
    for (const Article &article : articles) {
        // Stored bodies are the sanitizer's output: read without a second parse.
        hints.imageUrls.append(storedImageUrls(article.contentHtml, article.link));
        hints.onlySummary.append(FullTextFetcher::carriesOnlySummary(article));
    }
    return hints;
}

QList<CachedImage> recordImages(Library &library, const QList<Article> &articles,
                                const QList<qint64> &ids, const QList<QList<QUrl>> &imageUrls)
{
    const bool given = imageUrls.size() == articles.size();
    QList<ImageRepository::ArticleImages> wanted;
    for (qsizetype i = 0; i < articles.size() && i < ids.size(); ++i) {
        QList<QUrl> urls = given ? imageUrls.at(i)
                                 : storedImageUrls(articles.at(i).contentHtml, articles.at(i).link);
        if (!urls.isEmpty())
            wanted.append({ids.at(i), std::move(urls)});
    }
    if (wanted.isEmpty())
        return {};
    auto linked = library.images().linkAll(wanted);
    return linked ? std::move(linked).value() : QList<CachedImage>();
}

Result<StoredFeed> storeFeed(Library &library, const Feed &feed, const FetchResult &result,
                             const FeedArticles &articles, const OfflineHints &hints,
                             const StoreOptions &options)
{
    QList<Article> batch = articles.articles;
    const bool hinted = hints.covers(batch);
    QList<bool> wantsPage(batch.size(), false);
    QList<bool> replaced(batch.size(), false);
    FullTextMode mode = FullTextMode::Never;
    if (options.completeFromPages && !batch.isEmpty()) {
        const auto setting = feedFullTextMode(library.database().connection(), feed.id);
        mode = setting ? setting.value() : FullTextMode::Auto;
        if (mode != FullTextMode::Never) {
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const bool onlySummary = hinted ? hints.onlySummary.at(i)
                                                : FullTextFetcher::carriesOnlySummary(batch.at(i));
                wantsPage[i] = mode == FullTextMode::Always || onlySummary;
            }
            carryOverFullText(library.articles(), library.pageAttempts(), feed, options.now, batch, wantsPage,
                              replaced);
        }
    }
    StoredFeed out;
    if (!batch.isEmpty()) {
        auto stored = library.articles().upsert(feed.id, batch, options.now);
        if (!stored)
            return stored.error();
        out.counts = std::move(stored.value());
    }
    FeedRepository::FetchOutcome outcome;
    outcome.fetchedAt = options.now;
    outcome.httpStatus = result.httpStatus;
    outcome.etag = result.etag;
    outcome.lastModified = result.lastModified;
    if (result.permanentRedirect)
        outcome.newUrl = result.permanentUrl;
    outcome.title = articles.feedTitle;
    outcome.siteUrl = articles.siteUrl;
    // A document read now says what its hint is, also that it has none
    // any more; a 304 says nothing about it.
    if (options.parsed)
        outcome.refreshMinutes = articles.refreshMinutes.value_or(0);
    outcome.freshSeconds = result.freshSeconds;
    if (auto done = library.feeds().recordFetch(feed.id, outcome); !done)
        return done.error();
    if (mode != FullTextMode::Never && out.counts.ids.size() == batch.size()) {
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (wantsPage.at(i)) {
                out.wantPage.append(batch.at(i));
                out.wantPage.last().id = out.counts.ids.at(i); // its page's tries are kept by id
            }
        }
    }
    if (options.keepImages) {
        QList<QList<QUrl>> urls;
        if (hinted) {
            urls = hints.imageUrls;
            for (qsizetype i = 0; i < batch.size(); ++i) {
                if (replaced.at(i)) // the body stored earlier, not the one the worker read
                    urls[i] = storedImageUrls(batch.at(i).contentHtml, batch.at(i).link);
            }
        }
        out.images = recordImages(library, batch, out.counts.ids, urls);
    }
    return out;
}

} // namespace RefreshStore
