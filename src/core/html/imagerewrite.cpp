#include "html/imagerewrite.h"

#include "html/htmlsanitizer.h"
#include "imagetype.h"

QString rewriteImagesForCache(QStringView html, const QUrl &baseUrl,
                              const std::function<bool(const QUrl &)> &isCached)
{
    // The sanitizer already reduces srcset/<picture> to the one URL the cache
    // collected (imageUrls() makes the same choice), so running the stored
    // body through it again with a rewriter maps exactly those URLs.
    SanitizeOptions options;
    options.baseUrl = baseUrl;
    options.allowRemoteImages = false;
    options.imageUrlRewriter = [&isCached](const QUrl &url) {
        return isCached && isCached(url) ? imageCacheUrl(imageCacheKey(url)) : QString();
    };
    return sanitizeHtml(html, options);
}
