// The URL-related half of FeedText: resolving references, rewriting relative
// href/src attributes inside HTML fragments, finding the first image.

#include "feed/feedtext.h"

using namespace Qt::StringLiterals;

namespace FeedText {

namespace {

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiAlpha(char16_t c) { return (c | 0x20) >= u'a' && (c | 0x20) <= u'z'; }

// ASCII case-insensitive prefix test; prefix is lower case. Cheaper than
// QString's Unicode case folding, and URL schemes and HTML names are ASCII.
bool startsWithCi(QStringView text, QLatin1StringView prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (qsizetype k = 0; k < prefix.size(); ++k) {
        const char16_t c = text[k].unicode();
        const char16_t p = prefix[k].unicode();
        if (c != p && !(isAsciiAlpha(c) && (c | 0x20) == p))
            return false;
    }
    return true;
}

bool equalsCi(QStringView text, QLatin1StringView lower)
{
    return text.size() == lower.size() && startsWithCi(text, lower);
}

bool isHttpUrl(QStringView s)
{
    return startsWithCi(s, "http://"_L1) || startsWithCi(s, "https://"_L1);
}

} // namespace

QString resolveUrl(const QString &reference, const QUrl &base)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return {};
    if (isHttpUrl(ref)) // fast path: already absolute
        return ref;
    const QUrl url(ref);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"javascript" || scheme == u"vbscript")
        return {};
    if (!url.isRelative() || !base.isValid() || base.isEmpty())
        return ref;
    return base.resolved(url).toString(QUrl::FullyEncoded);
}

QString resolveHtmlUrls(const QString &html, const QUrl &base)
{
    if (!base.isValid() || base.isEmpty())
        return html;
    static const QLatin1StringView attributes[] = {"href"_L1, "src"_L1, "poster"_L1, "cite"_L1};
    QString out;
    qsizetype copied = 0;
    const qsizetype n = html.size();
    for (qsizetype i = html.indexOf(u'='); i >= 0 && i < n; i = html.indexOf(u'=', i + 1)) {
        // the attribute name just before '='
        qsizetype nameEnd = i;
        while (nameEnd > 0 && isSpace(html[nameEnd - 1].unicode()))
            --nameEnd;
        qsizetype nameStart = nameEnd;
        while (nameStart > 0 && isAsciiAlpha(html[nameStart - 1].unicode()))
            --nameStart;
        if (nameStart == nameEnd || nameStart == 0 || !isSpace(html[nameStart - 1].unicode()))
            continue;
        const QStringView name = QStringView(html).sliced(nameStart, nameEnd - nameStart);
        bool wanted = false;
        for (const auto attribute : attributes)
            wanted = wanted || equalsCi(name, attribute);
        if (!wanted)
            continue;
        qsizetype v = i + 1;
        while (v < n && isSpace(html[v].unicode()))
            ++v;
        if (v >= n)
            break;
        qsizetype valueStart = v;
        qsizetype valueEnd;
        const char16_t quote = html[v].unicode();
        if (quote == u'"' || quote == u'\'') {
            valueStart = v + 1;
            valueEnd = html.indexOf(QChar(quote), valueStart);
            if (valueEnd < 0)
                break;
        } else {
            valueEnd = valueStart;
            while (valueEnd < n && !isSpace(html[valueEnd].unicode()) && html[valueEnd] != u'>')
                ++valueEnd;
        }
        const QStringView raw = QStringView(html).sliced(valueStart, valueEnd - valueStart);
        // most values are absolute already: look at them without decoding a copy
        const QStringView plainRaw = raw.trimmed();
        if (!raw.contains(u'&') && (isHttpUrl(plainRaw) || plainRaw.startsWith(u'#'))) {
            i = valueEnd;
            continue;
        }
        const QString value = decodeEntities(raw).trimmed();
        if (isHttpUrl(value) || value.startsWith(u'#')) {
            i = valueEnd;
            continue;
        }
        const QUrl url(value);
        if (!url.isRelative()) {
            i = valueEnd;
            continue;
        }
        const QString resolved = base.resolved(url).toString(QUrl::FullyEncoded);
        out.append(QStringView(html).sliced(copied, valueStart - copied));
        out.append(escapeHtml(resolved, true));
        copied = valueEnd;
        i = valueEnd;
    }
    if (copied == 0)
        return html;
    out.append(QStringView(html).sliced(copied));
    return out;
}

namespace {

// html.indexOf(u"<img", from, Qt::CaseInsensitive), without case-folding
// every character of a body that may have no image at all.
qsizetype findImgTag(QStringView html, qsizetype from)
{
    for (qsizetype i = html.indexOf(u'<', from); i >= 0 && i + 4 <= html.size();
         i = html.indexOf(u'<', i + 1)) {
        if ((html[i + 1] == u'i' || html[i + 1] == u'I') && (html[i + 2] == u'm' || html[i + 2] == u'M')
            && (html[i + 3] == u'g' || html[i + 3] == u'G'))
            return i;
    }
    return -1;
}

} // namespace

QString firstImageSource(QStringView html)
{
    for (qsizetype i = findImgTag(html, 0); i >= 0; i = findImgTag(html, i + 4)) {
        const qsizetype end = html.indexOf(u'>', i);
        if (end < 0 && i + 4 < html.size() && findImgTag(html, i + 4) >= 0)
            return {}; // unterminated tags: stop rather than rescan the rest for every one
        const QStringView tag = end < 0 ? html.sliced(i) : html.sliced(i, end - i);
        const qsizetype src = tag.indexOf(u"src", 0, Qt::CaseInsensitive);
        if (src < 0)
            continue;
        qsizetype v = src + 3;
        while (v < tag.size() && isSpace(tag[v].unicode()))
            ++v;
        if (v >= tag.size() || tag[v] != u'=')
            continue;
        ++v;
        while (v < tag.size() && isSpace(tag[v].unicode()))
            ++v;
        if (v >= tag.size())
            continue;
        const char16_t quote = tag[v].unicode();
        qsizetype start = v;
        qsizetype stop;
        if (quote == u'"' || quote == u'\'') {
            start = v + 1;
            stop = tag.indexOf(QChar(quote), start);
            if (stop < 0)
                stop = tag.size();
        } else {
            stop = start;
            while (stop < tag.size() && !isSpace(tag[stop].unicode()) && tag[stop] != u'/')
                ++stop;
        }
        const QString value = decodeEntities(tag.sliced(start, stop - start)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace FeedText
