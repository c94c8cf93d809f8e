#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

#include <functional>

// Prepares a stored (sanitized) article body for the pane: each image whose
// URL `isCached` says is in the image cache is pointed at its
// masthead-cache:<key> URL, and every other remote image is removed, so the
// page never asks the network for anything. srcset and <picture> are reduced
// to the one candidate the cache stored (the sanitizer's choice), data: images
// are kept. Relative URLs resolve against `baseUrl` (the article's link).
QString rewriteImagesForCache(QStringView html, const QUrl &baseUrl,
                              const std::function<bool(const QUrl &)> &isCached);
