#pragma once

// The sanitizer's allow-lists and URL rules (internal to src/core/html).

#include "html/htmldom.h"
#include "html/htmlsanitizer.h"

#include <QUrl>

namespace HtmlDom {

enum class ElementAction { Keep, Unwrap, Drop };

ElementAction actionForElement(const Node *element);
bool isAllowedAttribute(GumboTag tag, QStringView name);

enum class UrlUse { Link, Image, Citation };

// Cleans and resolves a URL attribute value. Returns an empty string when the
// URL must not be kept (disallowed scheme, data: other than raster images…).
QString safeUrl(QStringView raw, const QUrl &base, UrlUse use);

// Picks one URL out of a srcset: the smallest width >= 800w (else the widest),
// or the largest density <= 2x. `fallback` is the plain src, used as 1x.
QString pickSrcsetCandidate(QStringView srcset, QStringView fallback);

// Sanitizes the children of `container` in place. When `images` is given,
// the absolute http(s) URLs of the kept images are appended to it.
void sanitizeChildren(Document &doc, Node *container, const SanitizeOptions &options,
                      QList<QUrl> *images = nullptr);

} // namespace HtmlDom
