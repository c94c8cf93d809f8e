#pragma once

#include "articlerepository.h"
#include "feed.h"
#include "feedarticles.h"
#include "fetchresult.h"
#include "imagerepository.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QUrl>

class Library;

// What a refresh does with one feed on the storage thread (the one writer),
// and what its parse workers work out beforehand so that the writer only
// writes. Plain functions over values and a Library.
namespace RefreshStore {

// Per article of a parsed feed, in its order: read off the sanitized HTML
// on a parse worker, where finding them on the writer held up every feed
// behind it.
struct OfflineHints
{
    QList<QList<QUrl>> imageUrls; // what storedImageUrls() finds in its body
    QList<bool> onlySummary; // FullTextFetcher::carriesOnlySummary()
    bool covers(const QList<Article> &articles) const
    {
        return imageUrls.size() == articles.size() && onlySummary.size() == articles.size();
    }
};
OfflineHints offlineHints(const QList<Article> &articles);

// What storing one feed did.
struct StoredFeed
{
    ArticleRepository::UpsertCounts counts;
    QList<Article> wantPage; // summary-only items to complete from their web page
    // The images of the stored articles, recorded in the same transaction
    // (those their pages add come after the pages).
    QList<CachedImage> images;
};

struct StoreOptions
{
    bool parsed = false; // a document was read (not a 304)
    bool completeFromPages = false; // full text for summary-only items
    bool keepImages = false;
    QDateTime now;
};

// One feed's articles, then what the fetch said (validators, new URL,
// title). Which items want their page: summary-only ones (or all, per
// feed) not stored yet; a stored one had its chance when it was new. With
// keepImages, the articles' images are recorded too. `hints`, when they
// cover the articles, save reading the HTML again.
Result<StoredFeed> storeFeed(Library &library, const Feed &feed, const FetchResult &result,
                             const FeedArticles &articles, const OfflineHints &hints,
                             const StoreOptions &options);

// Records the images of stored articles (ids in the order of `articles`),
// read from their HTML, or taken from `imageUrls` when it covers them. A
// failure leaves the articles without pictures, never unstored.
QList<CachedImage> recordImages(Library &library, const QList<Article> &articles,
                                const QList<qint64> &ids, const QList<QList<QUrl>> &imageUrls = {});

} // namespace RefreshStore
