#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// The kinds of image the cache stores. SVG is not among them: it is a
// document that can carry script, and the pane shows no unsanitized markup.
struct ImageType
{
    QString mimeType;  // "image/png"; empty when the bytes are not a stored kind
    QString extension; // "png", without the dot

    bool isValid() const { return !mimeType.isEmpty(); }
};

// Tells the type from the first bytes (magic numbers), never from what the
// server claimed: PNG, JPEG, GIF, WebP and AVIF.
ImageType sniffImageType(const QByteArray &bytes);

// The MIME type of a cache file name's extension, empty for anything else.
QString imageMimeTypeForExtension(QStringView extension);

// The cache's name for an image: the hex SHA-256 of its fully encoded URL.
// Two articles naming the same URL share one file.
QString imageCacheKey(const QUrl &url);
// True for what imageCacheKey() returns (64 lower-case hex digits), so a key
// taken from a URL can be used as a file name without escaping its folder.
bool isImageCacheKey(QStringView key);

// The scheme the article pane loads cached images through, and its URLs
// ("masthead-cache:<key>").
QString imageCacheScheme();
QString imageCacheUrl(const QString &key);
