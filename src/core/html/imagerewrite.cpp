#include "html/imagerewrite.h"

#include "html/htmlsanitizer.h"
#include "imagetype.h"

#include <QSet>

QString rewriteImagesForCache(QStringView html, const QUrl &baseUrl,
                              const std::function<bool(const QUrl &)> &isCached,
                              UncachedImages uncached, int *uncachedCount)
{
    // The sanitizer already reduces srcset/<picture> to the one URL the cache
    // collected (imageUrls() makes the same choice), so running the stored
    // body through it again with a rewriter maps exactly those URLs.
    // allowRemoteImages stays false even when keeping remote images: the
    // rewriter is only asked about absolute http(s) URLs, so returning the
    // URL itself keeps those and still drops relative or odd-scheme leftovers.
    QSet<QUrl> missing;
    SanitizeOptions options;
    options.baseUrl = baseUrl;
    options.allowRemoteImages = false;
    options.imageUrlRewriter = [&](const QUrl &url) {
        if (isCached && isCached(url))
            return imageCacheUrl(imageCacheKey(url));
        missing.insert(url);
        return uncached == UncachedImages::KeepRemote ? url.toString(QUrl::FullyEncoded) : QString();
    };
    QString out = sanitizeHtml(html, options);
    if (uncachedCount)
        *uncachedCount = int(missing.size());
    return out;
}
