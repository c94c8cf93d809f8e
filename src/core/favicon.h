#pragma once

#include <QByteArray>
#include <QUrl>

// A site's icon: the first <link rel="icon"> (or "shortcut icon",
// "apple-touch-icon") of its page, else /favicon.ico of its host. Pure
// functions over fetched bytes.
namespace Favicon {

// The icon the page names, resolved against its <base> and URL; invalid
// when it names none (then use fallback()).
QUrl fromPage(const QByteArray &pageBytes, const QUrl &pageUrl);
// /favicon.ico of the page's host.
QUrl fallback(const QUrl &pageUrl);
// True when the bytes are an image worth keeping as an icon: ICO, or a
// stored raster kind (PNG, JPEG, GIF, WebP, AVIF). Never SVG or HTML.
bool isIcon(const QByteArray &bytes);
// The file name (no folder) the cache keeps a host's icon under.
QString fileNameFor(const QUrl &site);

} // namespace Favicon
