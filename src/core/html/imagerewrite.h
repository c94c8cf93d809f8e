#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

#include <functional>

// What happens to a remote image the cache does not hold.
enum class UncachedImages {
    Remove, // left out: the page asks the network for nothing (the default)
    KeepRemote, // kept as its absolute http(s) URL, for when the person asks to load them
};

// Prepares a stored (sanitized) article body for the pane: each image whose
// URL `isCached` says is in the image cache is pointed at its
// masthead-cache:<key> URL; every other remote image is removed (or, with
// KeepRemote, kept as its absolute http(s) URL). srcset and <picture> are
// reduced to the one candidate the cache stored (the sanitizer's choice),
// data: images are kept, images with any other scheme (or a relative URL that
// does not resolve to http(s)) are dropped. Relative URLs resolve against
// `baseUrl` (the article's link). When `uncachedCount` is given, it receives
// the number of distinct remote images that are not cached.
QString rewriteImagesForCache(QStringView html, const QUrl &baseUrl,
                              const std::function<bool(const QUrl &)> &isCached,
                              UncachedImages uncached = UncachedImages::Remove,
                              int *uncachedCount = nullptr);
