#include "html/htmlsanitizer.h"

#include "html/htmlserializer.h"
#include "html/sanitizepolicy.h"

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace HtmlDom {

namespace {

// ^\s*\d{1,5}(\.\d+)?(%|px)?\s*$ with ASCII classes, without a regex per attribute.
bool isSafeDimension(QStringView value)
{
    const auto isSpace = [](QChar c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); };
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    qsizetype i = 0;
    const qsizetype n = value.size();
    while (i < n && isSpace(value[i]))
        ++i;
    const qsizetype digits = i;
    while (i < n && isDigit(value[i]))
        ++i;
    if (i == digits || i - digits > 5)
        return false;
    if (i + 1 < n && value[i] == u'.' && isDigit(value[i + 1])) {
        i += 2;
        while (i < n && isDigit(value[i]))
            ++i;
    }
    if (i < n && value[i] == u'%')
        ++i;
    else if (i + 1 < n && value[i] == u'p' && value[i + 1] == u'x')
        i += 2;
    while (i < n && isSpace(value[i]))
        ++i;
    return i == n;
}

void cleanAttributes(Node *n, const SanitizeOptions &options)
{
    QList<Attribute> kept;
    for (const Attribute &a : std::as_const(n->attributes)) {
        if (!isAllowedAttribute(n->tag, a.name))
            continue;
        QString value = a.value;
        if (a.name == u"href" || a.name == u"cite") {
            value = safeUrl(value, options.baseUrl,
                            a.name == u"href" ? UrlUse::Link : UrlUse::Citation);
            if (value.isEmpty())
                continue;
        } else if (a.name == u"dir") {
            value = value.trimmed().toLower();
            if (value != u"ltr" && value != u"rtl" && value != u"auto")
                continue;
        } else if (a.name == u"width" || a.name == u"height") {
            if (!isSafeDimension(value))
                continue;
        }
        kept.append({a.name, value});
    }
    n->attributes = kept;
    if (n->is(GUMBO_TAG_A) && n->hasAttribute(u"href"))
        n->setAttribute(u"rel"_s, u"noopener noreferrer"_s);
}

// Returns false when the image has to go.
bool processImage(Node *img, const SanitizeOptions &options, QList<QUrl> *images)
{
    QString src = img->attribute(u"src").trimmed();
    QString srcset = img->attribute(u"srcset").trimmed();
    if (src.isEmpty() && srcset.isEmpty()) {
        for (const auto lazy : {u"data-src", u"data-lazy-src", u"data-original", u"data-url"}) {
            src = img->attribute(lazy).trimmed();
            if (!src.isEmpty())
                break;
        }
        srcset = img->attribute(u"data-srcset").trimmed();
    }
    const QString chosen = srcset.isEmpty() ? src : pickSrcsetCandidate(srcset, src);
    QString url = safeUrl(chosen, options.baseUrl, UrlUse::Image);
    if (url.isEmpty() && chosen != src)
        url = safeUrl(src, options.baseUrl, UrlUse::Image);
    if (url.isEmpty())
        return false;
    if (!url.startsWith(u"data:", Qt::CaseInsensitive)) {
        const QUrl absolute(url);
        const bool remote = absolute.scheme() == u"http" || absolute.scheme() == u"https";
        if (images && remote && !images->contains(absolute))
            images->append(absolute);
        const QString rewritten = options.imageUrlRewriter && remote
            ? options.imageUrlRewriter(absolute)
            : QString();
        if (!rewritten.isEmpty())
            url = rewritten;
        else if (!options.allowRemoteImages)
            return false;
    }
    cleanAttributes(img, options);
    img->removeAttribute(u"src");
    img->attributes.prepend({u"src"_s, url});
    return true;
}

bool isAcceptableSourceType(const QString &type)
{
    const QString t = type.trimmed().toLower();
    return t.isEmpty() || (t.startsWith(u"image/") && !t.contains(u"svg"));
}

// <picture><source srcset…><img…></picture> becomes one <img>.
Node *reducePicture(Document &doc, Node *picture)
{
    Node *img = nullptr;
    Node *source = nullptr;
    for (Node *n = picture->firstChild; n; n = nextInTree(n, picture)) {
        if (n->is(GUMBO_TAG_IMG) && !img)
            img = n;
        else if (n->is(GUMBO_TAG_SOURCE) && !source && !n->attribute(u"srcset").trimmed().isEmpty()
                 && isAcceptableSourceType(n->attribute(u"type")))
            source = n;
    }
    if (!img && !source)
        return nullptr;
    Node *result = doc.createElement(GUMBO_TAG_IMG);
    if (img)
        result->attributes = img->attributes;
    if (source) {
        result->setAttribute(u"srcset"_s, source->attribute(u"srcset"));
        result->removeAttribute(u"data-srcset");
    }
    return result;
}

} // namespace

void sanitizeChildren(Document &doc, Node *container, const SanitizeOptions &options,
                      QList<QUrl> *images)
{
    Node *n = container->firstChild;
    while (n) {
        if (n->isText()) {
            n = nextSkippingChildren(n, container);
            continue;
        }
        if (!n->isElement()) { // comments, stray document nodes
            Node *next = nextSkippingChildren(n, container);
            detach(n);
            n = next;
            continue;
        }
        if (n->tag == GUMBO_TAG_UNKNOWN && n->ns == GUMBO_NAMESPACE_HTML && n->name == u"picture") {
            if (Node *img = reducePicture(doc, n)) {
                replaceNode(n, img);
                n = img;
            }
        }
        // Old preformatted elements (their text is raw in the source) become
        // <pre> with that text escaped.
        if (n->ns == GUMBO_NAMESPACE_HTML
            && n->isAnyOf({GUMBO_TAG_XMP, GUMBO_TAG_PLAINTEXT, GUMBO_TAG_LISTING}))
            setTag(n, GUMBO_TAG_PRE);
        const ElementAction action = actionForElement(n);
        if (action == ElementAction::Drop
            || (n->is(GUMBO_TAG_IMG) && !processImage(n, options, images))) {
            Node *next = nextSkippingChildren(n, container);
            detach(n);
            n = next;
        } else if (action == ElementAction::Unwrap) {
            if (n->ns == GUMBO_NAMESPACE_MATHML) { // keep formula tokens apart: "a ≠ 0"
                insertBefore(n, doc.createText(u" "_s), n->firstChild);
                appendChild(n, doc.createText(u" "_s));
            }
            Node *next = n->firstChild ? n->firstChild : nextSkippingChildren(n, container);
            while (Node *child = n->firstChild)
                insertBefore(n->parent, child, n);
            detach(n);
            n = next;
        } else {
            if (!n->is(GUMBO_TAG_IMG))
                cleanAttributes(n, options);
            n = nextInTree(n, container);
        }
    }
}

} // namespace HtmlDom

namespace {

// Parses and sanitizes; the body is null only if the parser gave none.
std::pair<std::unique_ptr<HtmlDom::Document>, HtmlDom::Node *> sanitizedBody(QStringView html,
                                                                             const SanitizeOptions &options)
{
    auto doc = HtmlDom::parseDocument(html);
    HtmlDom::Node *body = doc->body();
    if (body)
        HtmlDom::sanitizeChildren(*doc, body, options);
    return {std::move(doc), body};
}

} // namespace

QString sanitizeHtml(QStringView htmlFragmentOrDocument, const SanitizeOptions &options)
{
    const auto [doc, body] = sanitizedBody(htmlFragmentOrDocument, options);
    return body ? HtmlDom::serializeChildren(body) : QString();
}

SanitizedHtml sanitizeHtmlWithText(QStringView htmlFragmentOrDocument, const SanitizeOptions &options)
{
    const auto [doc, body] = sanitizedBody(htmlFragmentOrDocument, options);
    if (!body)
        return {};
    // The sanitized tree is the tree its output parses back to (text and
    // attributes are escaped for that), so its text is the output's text.
    // Markup is most of a body's length, text about two thirds of it.
    const qsizetype size = htmlFragmentOrDocument.size();
    return {HtmlDom::serializeChildren(body, size), HtmlDom::plainText(body, size * 3 / 4)};
}

SanitizedHtml plainTextAsHtml(QStringView text)
{
    // A parser drops whitespace before the body and NULs in it, turns CR
    // into LF and control characters and noncharacters into U+FFFD; such
    // text takes the long way, and so does text outside the BMP (lone
    // surrogates never reach the parser as they are). Anything else becomes
    // one text node of the body.
    const auto parserChanges = [](QChar c) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\f') || (u >= 0x7f && u <= 0x9f);
        return control || c.isSurrogate() || c.isNonCharacter();
    };
    const bool leadingSpace = !text.isEmpty()
            && (text.front() == u' ' || text.front() == u'\t' || text.front() == u'\n' || text.front() == u'\f');
    if (text.isEmpty() || leadingSpace || std::any_of(text.begin(), text.end(), parserChanges))
        return sanitizeHtmlWithText(text.toString().toHtmlEscaped());
    HtmlDom::Document doc;
    HtmlDom::Node *html = doc.createElement(GUMBO_TAG_HTML);
    HtmlDom::Node *body = doc.createElement(GUMBO_TAG_BODY);
    HtmlDom::appendChild(doc.root(), html);
    HtmlDom::appendChild(html, body);
    HtmlDom::appendChild(body, doc.createText(text.toString()));
    return {HtmlDom::serializeChildren(body), HtmlDom::plainText(body)};
}

QList<QUrl> imageUrls(QStringView html, const QUrl &baseUrl)
{
    const auto doc = HtmlDom::parseDocument(html);
    HtmlDom::Node *body = doc->body();
    QList<QUrl> urls;
    if (!body)
        return urls;
    SanitizeOptions options;
    options.baseUrl = baseUrl;
    HtmlDom::sanitizeChildren(*doc, body, options, &urls);
    return urls;
}

namespace {

// Whether html, at `at`, reads `lower` in any case (as Qt::CaseInsensitive
// compares these letters: ASCII, and the long s folding to s).
bool hasAt(QStringView html, qsizetype at, QStringView lower)
{
    if (html.size() - at < lower.size())
        return false;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        char16_t c = html[at + i].unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + (u'a' - u'A'));
        else if (c == u'\u017F')
            c = u's';
        if (c != lower[i].unicode())
            return false;
    }
    return true;
}

// Whether every image of a stored body is the serializer's `<img src="`:
// each "<img" (any case) is one, and no "srcset" or "<source" (any case)
// appears. One pass: four searches, three of them case-insensitive, were
// most of what reading a refresh's image URLs cost.
bool onlySerializedImages(QStringView html, QStringView tag)
{
    qsizetype images = 0;
    qsizetype tags = 0;
    for (qsizetype at = 0; at < html.size(); ++at) {
        const char16_t c = html[at].unicode();
        if (c == u'<') {
            if (hasAt(html, at, u"<img")) {
                ++images;
                tags += html.sliced(at).startsWith(tag) ? 1 : 0;
            } else if (hasAt(html, at, u"<source")) {
                return false;
            }
        } else if ((c == u's' || c == u'S' || c == u'\u017F') && hasAt(html, at, u"srcset")) {
            return false;
        }
    }
    return images == tags;
}

} // namespace

QList<QUrl> storedImageUrls(QStringView html, const QUrl &baseUrl)
{
    static constexpr QStringView tag = u"<img src=\"";
    // Anything else (a body stored from elsewhere: an <img> without src
    // first, srcset, <picture>, upper case) is parsed as before.
    if (!onlySerializedImages(html, tag))
        return imageUrls(html, baseUrl);
    QList<QUrl> urls;
    for (qsizetype at = html.indexOf(tag); at >= 0; at = html.indexOf(tag, at)) {
        at += tag.size();
        const qsizetype end = html.indexOf(u'"', at);
        if (end < 0)
            break;
        // The attribute escapes of the serializer, undone.
        QString value = html.mid(at, end - at).toString();
        if (value.contains(u'&')) {
            value.replace(u"&quot;"_s, u"\""_s)
                    .replace(u"&lt;"_s, u"<"_s)
                    .replace(u"&gt;"_s, u">"_s)
                    .replace(u"&nbsp;"_s, QString(QChar(0xA0)))
                    .replace(u"&amp;"_s, u"&"_s);
        }
        at = end + 1;
        const QUrl url = baseUrl.resolved(QUrl(value));
        if ((url.scheme() == u"http" || url.scheme() == u"https") && !urls.contains(url))
            urls.append(url);
    }
    return urls;
}
