#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <functional>

struct SanitizeOptions
{
    // Relative href/src are resolved against it (left relative when empty).
    QUrl baseUrl;
    // Called with each kept image's absolute URL; returns the URL to embed
    // instead (e.g. a masthead-cache: URL), or an empty string to keep the original.
    std::function<QString(const QUrl &)> imageUrlRewriter;
    // When false, images that are neither rewritten nor data: URLs are dropped.
    bool allowRemoteImages = true;
};

// Allow-list sanitizer. Takes a fragment or a whole document and returns a
// fragment (no <html>/<body> wrapper) that keeps semantic markup (headings,
// paragraphs, lists, quotes, figures, tables, code, emphasis, links, images)
// and nothing executable: no script/style/iframe/object/embed/form/base/meta/
// link/svg/math, no event handlers, style attributes or ids, only http(s)
// (and mailto/tel for links) URLs, data: only for raster images. srcset and
// <picture> are reduced to one <img src>. Links get rel="noopener noreferrer".
// Text and attribute values are escaped so that re-parsing gives the same tree.
QString sanitizeHtml(QStringView htmlFragmentOrDocument, const SanitizeOptions &options = {});

// sanitizeHtml() and the plain text of its output (as htmlToText() gives it)
// from one parse: storing a feed item needs both, and parsing is most of
// what a refresh costs.
struct SanitizedHtml
{
    QString html;
    QString text;
};
SanitizedHtml sanitizeHtmlWithText(QStringView htmlFragmentOrDocument, const SanitizeOptions &options = {});
// The same for plain text (a feed item with a text-only summary): exactly
// sanitizeHtmlWithText(text.toHtmlEscaped()), without parsing where the
// text has nothing an HTML parser would change.
SanitizedHtml plainTextAsHtml(QStringView text);

// The absolute http(s) image URLs sanitizeHtml() would keep (after srcset /
// <picture> reduction), without duplicates, in document order.
QList<QUrl> imageUrls(QStringView html, const QUrl &baseUrl);
// The same, read from HTML this sanitizer wrote (what the library stores)
// without parsing it again: there every kept image is `<img src="…"` with
// the one URL already chosen, and `<` only ever starts a tag. Equal to
// imageUrls() on such HTML (a test holds them to it over the corpora); HTML
// that does not look like it is parsed with imageUrls().
QList<QUrl> storedImageUrls(QStringView sanitizedHtml, const QUrl &baseUrl);
