#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

// Text normalisation shared by the feed parsers. None of these is an HTML
// parser: they only recognise tags, comments and character references well
// enough to turn a fragment into plain text or to find URL attributes; the
// markup itself is kept for the *_html fields exactly as the feed gave it.
namespace FeedText {

// Trims and collapses runs of white space (including NBSP) to one space.
QString collapseWhitespace(QStringView text);

// True when the text carries markup: a tag, a comment or an entity reference.
bool looksLikeHtml(QStringView text);

// Markup stripped, character references decoded, white space collapsed.
// Contents of <script>, <style> and comments are dropped.
QString htmlToPlainText(QStringView html);

// Decodes &name; (HTML 4 named entities), &#NN; and &#xNN; references.
QString decodeEntities(QStringView text);

// The Unicode code point of a named HTML entity, or 0 when unknown.
char32_t namedEntity(QStringView name);

// Escapes &, < and > (and " when inAttribute).
QString escapeHtml(QStringView text, bool inAttribute = false);

// Rewrites relative href/src/poster/cite attribute values in an HTML fragment
// against base. Absolute URLs and everything else are left untouched.
QString resolveHtmlUrls(const QString &html, const QUrl &base);

// The src of the first <img> in an HTML fragment (unresolved), or empty.
QString firstImageSource(QStringView html);

// Resolves a possibly relative URL reference against base; empty stays empty.
// Unsafe schemes (javascript:, vbscript:, data: other than images) are dropped.
QString resolveUrl(const QString &reference, const QUrl &base);

} // namespace FeedText
