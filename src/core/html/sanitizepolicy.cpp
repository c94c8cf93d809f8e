#include "html/sanitizepolicy.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace HtmlDom {

ElementAction actionForElement(const Node *element)
{
    if (element->ns == GUMBO_NAMESPACE_MATHML) {
        // Keep the text of formulas (as linear text), never the MathML itself.
        if (element->tag == GUMBO_TAG_ANNOTATION_XML || element->name == u"annotation"
            || element->tag == GUMBO_TAG_MGLYPH || element->tag == GUMBO_TAG_MALIGNMARK)
            return ElementAction::Drop;
        return ElementAction::Unwrap;
    }
    if (element->ns != GUMBO_NAMESPACE_HTML)
        return ElementAction::Drop; // svg and everything inside it
    switch (element->tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_ACRONYM:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
        return ElementAction::Keep;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_ISINDEX:
    case GUMBO_TAG_MENUITEM:
        return ElementAction::Drop;
    default:
        break;
    }
    if (element->tag == GUMBO_TAG_UNKNOWN) {
        static const QStringList dropped = {u"portal"_s, u"slot"_s, u"fencedframe"_s,
                                            u"search"_s, u"selectedcontent"_s, u"dialog"_s};
        if (dropped.contains(element->name))
            return ElementAction::Drop;
    }
    return ElementAction::Unwrap; // font, center, nav, label, custom elements…: keep the content
}

bool isAllowedAttribute(GumboTag tag, QStringView name)
{
    if (name == u"title" || name == u"lang" || name == u"dir")
        return true;
    switch (tag) {
    case GUMBO_TAG_A:
        return name == u"href";
    case GUMBO_TAG_IMG:
        return name == u"src" || name == u"alt" || name == u"width" || name == u"height";
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return name == u"colspan" || name == u"rowspan" || name == u"scope" || name == u"headers"
            || name == u"abbr";
    case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP:
        return name == u"span";
    case GUMBO_TAG_OL:
        return name == u"start" || name == u"reversed" || name == u"type";
    case GUMBO_TAG_LI:
        return name == u"value";
    case GUMBO_TAG_TIME:
        return name == u"datetime";
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
        return name == u"datetime" || name == u"cite";
    case GUMBO_TAG_Q:
    case GUMBO_TAG_BLOCKQUOTE:
        return name == u"cite";
    case GUMBO_TAG_DETAILS:
        return name == u"open";
    case GUMBO_TAG_DATA:
        return name == u"value";
    default:
        return false;
    }
}

namespace {

bool isRasterImageType(QStringView mime)
{
    static const QStringList allowed = {u"image/png"_s,  u"image/jpeg"_s, u"image/jpg"_s,
                                        u"image/gif"_s,  u"image/webp"_s, u"image/avif"_s,
                                        u"image/bmp"_s,  u"image/x-icon"_s};
    return allowed.contains(mime.toString().toLower());
}

} // namespace

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// An absolute http(s) URL that QUrl would print back unchanged (lower-case
// scheme and host, no userinfo, no percent escapes, only characters
// FullyEncoded leaves alone): most links and images of a feed. Checking it is
// much cheaper than parsing and printing it (tst_htmlsanitizer holds the two
// to the same answers).
bool isPlainHttpUrl(QStringView url)
{
    qsizetype i = url.startsWith(u"https://") ? 8 : url.startsWith(u"http://") ? 7 : -1;
    if (i < 0)
        return false;
    const qsizetype n = url.size();
    const auto alnum = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); };
    // host: labels of [a-z0-9-], each starting and ending with [a-z0-9]
    const qsizetype hostStart = i;
    for (;;) {
        if (i >= n || !alnum(url[i]))
            return false;
        while (i < n && (alnum(url[i]) || url[i] == u'-'))
            ++i;
        if (url[i - 1] == u'-')
            return false;
        if (i < n && url[i] == u'.') {
            ++i;
            continue;
        }
        break;
    }
    if (url.sliced(hostStart, i - hostStart).contains(u"xn--"))
        return false;
    if (i < n && url[i] == u':') {
        const qsizetype digits = ++i;
        while (i < n && url[i] >= u'0' && url[i] <= u'9')
            ++i;
        if (i == digits || i - digits > 5)
            return false;
    }
    if (i < n && url[i] != u'/' && url[i] != u'?' && url[i] != u'#')
        return false;
    bool fragment = false;
    for (; i < n; ++i) {
        const QChar c = url[i];
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            continue;
        switch (c.unicode()) {
        case u'-': case u'.': case u'_': case u'~': case u'!': case u'$': case u'&': case u'(':
        case u')': case u'*': case u'+': case u',': case u';': case u'=': case u':': case u'@':
        case u'/': case u'?':
            continue;
        case u'#':
            if (fragment)
                return false;
            fragment = true;
            continue;
        default:
            return false;
        }
    }
    // Dot segments are left to QUrl.
    return !url.contains(u"/.");
}

} // namespace

QString safeUrl(QStringView raw, const QUrl &base, UrlUse use)
{
    // What a browser's URL parser ignores: leading/trailing C0 controls and
    // spaces, and every tab or newline inside.
    QString url;
    url.reserve(raw.size());
    for (QChar c : raw) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            url += c;
    }
    qsizetype start = 0;
    qsizetype end = url.size();
    while (start < end && url.at(start).unicode() <= 0x20)
        ++start;
    while (end > start && url.at(end - 1).unicode() <= 0x20)
        --end;
    url = url.mid(start, end - start);
    if (url.isEmpty())
        return {};

    // ^([a-zA-Z][a-zA-Z0-9+.\-]*): by hand: this runs for every link and image.
    qsizetype colon = -1;
    if (isAsciiLetter(url.front())) {
        for (qsizetype i = 1; i < url.size(); ++i) {
            const QChar c = url.at(i);
            if (c == u':') {
                colon = i;
                break;
            }
            if (!(isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'+' || c == u'.' || c == u'-'))
                break;
        }
    }
    if (colon > 0) {
        const QString scheme = url.first(colon).toLower();
        if (scheme == u"data") {
            if (use != UrlUse::Image)
                return {};
            static const QRegularExpression dataRe(u"^data:\\s*([^\\s;,]+)[^,]*,"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
            const auto m = dataRe.match(url);
            return m.hasMatch() && isRasterImageType(m.captured(1)) ? url : QString();
        }
        const bool linkOnly = scheme == u"mailto" || scheme == u"tel";
        if (!(scheme == u"http" || scheme == u"https" || (linkOnly && use == UrlUse::Link)))
            return {};
        if (!linkOnly && isPlainHttpUrl(url))
            return url;
        const QUrl parsed(url, QUrl::TolerantMode);
        if (!parsed.isValid())
            return {};
        return linkOnly ? url : parsed.toString(QUrl::FullyEncoded);
    }
    if (url.startsWith(u'#'))
        return use == UrlUse::Link ? url : QString();
    if (!base.isValid() || base.isEmpty() || base.isRelative())
        return url; // no base to resolve against: a relative reference stays relative
    const QUrl resolved = base.resolved(QUrl(url, QUrl::TolerantMode));
    const QString scheme = resolved.scheme().toLower();
    if (!resolved.isValid() || !(scheme == u"http" || scheme == u"https"))
        return {};
    return resolved.toString(QUrl::FullyEncoded);
}

QString pickSrcsetCandidate(QStringView srcset, QStringView fallback)
{
    struct Candidate
    {
        QString url;
        double width = 0;
        double density = 1;
    };
    QList<Candidate> candidates;
    qsizetype i = 0;
    const qsizetype n = srcset.size();
    while (i < n && candidates.size() < 64) {
        while (i < n && (srcset.at(i).isSpace() || srcset.at(i) == u','))
            ++i;
        qsizetype urlStart = i;
        while (i < n && !srcset.at(i).isSpace())
            ++i;
        QString url = srcset.mid(urlStart, i - urlStart).toString();
        QString descriptor;
        if (url.endsWith(u',')) {
            while (url.endsWith(u','))
                url.chop(1);
        } else {
            const qsizetype descStart = i;
            int parens = 0;
            while (i < n && (parens > 0 || srcset.at(i) != u',')) {
                if (srcset.at(i) == u'(')
                    ++parens;
                else if (srcset.at(i) == u')')
                    parens = qMax(0, parens - 1);
                ++i;
            }
            descriptor = srcset.mid(descStart, i - descStart).trimmed().toString();
        }
        if (url.isEmpty())
            continue;
        Candidate c{url};
        for (const QString &d : descriptor.split(u' ', Qt::SkipEmptyParts)) {
            bool ok = false;
            const double v = d.left(d.size() - 1).toDouble(&ok);
            if (ok && d.endsWith(u'w', Qt::CaseInsensitive))
                c.width = v;
            else if (ok && d.endsWith(u'x', Qt::CaseInsensitive))
                c.density = v;
        }
        candidates.append(c);
    }
    if (candidates.isEmpty())
        return fallback.toString();
    const bool byWidth = std::any_of(candidates.cbegin(), candidates.cend(),
                                     [](const Candidate &c) { return c.width > 0; });
    const Candidate *best = nullptr;
    if (byWidth) {
        constexpr double target = 800;
        for (const Candidate &c : candidates) {
            if (c.width <= 0)
                continue;
            if (!best)
                best = &c;
            else if (best->width < target ? c.width > best->width
                                          : (c.width >= target && c.width < best->width))
                best = &c;
        }
        return best->url;
    }
    if (!fallback.trimmed().isEmpty())
        candidates.append(Candidate{fallback.trimmed().toString(), 0, 1});
    for (const Candidate &c : candidates) {
        if (!best)
            best = &c;
        else if (best->density > 2 ? c.density < best->density
                                   : (c.density <= 2 && c.density > best->density))
            best = &c;
    }
    return best->url;
}

} // namespace HtmlDom
