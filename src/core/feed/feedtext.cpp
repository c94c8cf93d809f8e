#include "feed/feedtext.h"

#include <array>
#include <cstring>
#include <libxml/HTMLparser.h>
#ifdef __SSE2__
#    include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace FeedText {

namespace {

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == 0xa0
            || c == 0x2028 || c == 0x2029 || c == 0x200b;
}

bool isAsciiAlpha(char16_t c) { return (c | 0x20) >= u'a' && (c | 0x20) <= u'z'; }

bool isAsciiAlnum(char16_t c) { return isAsciiAlpha(c) || (c >= u'0' && c <= u'9'); }

// The character a reference stands for, as browsers read it: invalid code
// points become U+FFFD and the C1 range means windows-1252.
char32_t referencedCharacter(char32_t cp)
{
    if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0xfffd;
    static const char16_t c1[32] = {0x20ac, 0x81,   0x201a, 0x192,  0x201e, 0x2026, 0x2020, 0x2021,
                                    0x2c6,  0x2030, 0x160,  0x2039, 0x152,  0x8d,   0x17d,  0x8f,
                                    0x90,   0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
                                    0x2dc,  0x2122, 0x161,  0x203a, 0x153,  0x9d,   0x17e,  0x178};
    if (cp >= 0x80 && cp <= 0x9f)
        return c1[cp - 0x80];
    return cp;
}

// Reads a character reference starting at text[i] == '&'. On success stores
// the character in cp, advances i past the reference and returns true.
bool readReference(QStringView text, qsizetype &i, char32_t &cp)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    if (j < n && text[j] == u'#') {
        ++j;
        int base = 10;
        if (j < n && (text[j] == u'x' || text[j] == u'X')) {
            base = 16;
            ++j;
        }
        const qsizetype start = j;
        char32_t value = 0;
        while (j < n && j - start < 8) {
            const char16_t c = text[j].unicode();
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (base == 16 && (c | 0x20) >= u'a' && (c | 0x20) <= u'f')
                digit = (c | 0x20) - u'a' + 10;
            if (digit < 0)
                break;
            value = value * base + digit;
            ++j;
        }
        if (j == start)
            return false;
        if (j < n && text[j] == u';')
            ++j;
        cp = referencedCharacter(value);
        i = j;
        return true;
    }
    const qsizetype start = j;
    while (j < n && j - start < 32 && isAsciiAlnum(text[j].unicode()))
        ++j;
    if (j == start || j >= n || text[j] != u';')
        return false;
    const char32_t named = namedEntity(text.sliced(start, j - start));
    if (named == 0)
        return false;
    cp = referencedCharacter(named);
    i = j + 1;
    return true;
}

// Writes cp as UTF-16 at w; returns the position after it.
QChar *writeCodePoint(QChar *w, char32_t cp)
{
    if (cp > 0xffff) {
        *w++ = QChar(QChar::highSurrogate(cp));
        *w++ = QChar(QChar::lowSurrogate(cp));
    } else {
        *w++ = QChar(char16_t(cp));
    }
    return w;
}

// How htmlToPlainText treats a UTF-16 code unit.
enum class CharClass : uchar { Ordinary, Space, Markup };

CharClass classOf(char16_t c)
{
    static const auto ascii = [] {
        std::array<CharClass, 128> t {};
        for (char16_t s : {u' ', u'\t', u'\n', u'\r', u'\f'})
            t[s] = CharClass::Space;
        t[u'<'] = CharClass::Markup;
        t[u'&'] = CharClass::Markup;
        return t;
    }();
    if (c < 0x80)
        return ascii[c];
    return isSpace(c) ? CharClass::Space : CharClass::Ordinary;
}

bool startsWithTag(QStringView text, qsizetype i, QLatin1StringView name)
{
    if (i + 1 + name.size() > text.size())
        return false;
    if (text.sliced(i + 1, name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype after = i + 1 + name.size();
    return after == text.size() || !isAsciiAlnum(text[after].unicode());
}

// The end of the run starting at i that htmlToPlainText can copy as it is:
// printable ASCII other than '<' and '&', with single spaces between words
// (two spaces in a row end it, as they collapse to one).
qsizetype plainAsciiRunEnd(const QChar *in, qsizetype i, qsizetype n)
{
#ifdef __SSE2__
    // 8 code units at a time; 0x20 <= c < 0x80 is (c - 0x20) < 0x60 unsigned,
    // done as a signed comparison after flipping the sign bit (SSE2 has no
    // unsigned one). The second load, one unit on, finds double spaces.
    const __m128i shift = _mm_set1_epi16(short(0x8000 - 0x20));
    const __m128i limit = _mm_set1_epi16(short(0x8000 + 0x60));
    const __m128i space = _mm_set1_epi16(u' ');
    const __m128i lt = _mm_set1_epi16(u'<');
    const __m128i amp = _mm_set1_epi16(u'&');
    while (i + 9 <= n) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i + 1));
        const __m128i printable = _mm_cmplt_epi16(_mm_add_epi16(x, shift), limit);
        const __m128i markup = _mm_or_si128(_mm_cmpeq_epi16(x, lt), _mm_cmpeq_epi16(x, amp));
        const __m128i doubleSpace =
                _mm_and_si128(_mm_cmpeq_epi16(x, space), _mm_cmpeq_epi16(next, space));
        const __m128i stop = _mm_or_si128(_mm_andnot_si128(printable, _mm_set1_epi16(-1)),
                                          _mm_or_si128(markup, doubleSpace));
        const int mask = _mm_movemask_epi8(stop);
        if (mask != 0)
            return i + qCountTrailingZeroBits(quint32(mask)) / 2;
        i += 8;
    }
#endif
    for (; i < n; ++i) {
        const char16_t c = in[i].unicode();
        if (c < u' ' || c > 0x7f || c == u'<' || c == u'&')
            break;
        if (c == u' ' && i + 1 < n && in[i + 1] == u' ')
            break;
    }
    return i;
}

} // namespace

char32_t namedEntity(QStringView name)
{
    if (name.isEmpty() || name.size() > 32)
        return 0;
    // the references escaped HTML is made of, without a table look-up
    if (name == u"amp")
        return u'&';
    if (name == u"lt")
        return u'<';
    if (name == u"gt")
        return u'>';
    if (name == u"quot")
        return u'"';
    if (name == u"apos")
        return u'\'';
    char buffer[40];
    for (qsizetype k = 0; k < name.size(); ++k) {
        const char16_t c = name[k].unicode();
        if (c > 0x7f)
            return 0;
        buffer[k] = char(c);
    }
    buffer[name.size()] = 0;
    const htmlEntityDesc *desc = htmlEntityLookup(reinterpret_cast<const xmlChar *>(buffer));
    return desc ? char32_t(desc->value) : 0;
}

QString collapseWhitespace(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *w = begin;
    bool pendingSpace = false;
    for (const QChar ch : text) {
        if (isSpace(ch.unicode())) {
            pendingSpace = w != begin;
            continue;
        }
        if (pendingSpace) {
            *w++ = u' ';
            pendingSpace = false;
        }
        *w++ = ch;
    }
    out.truncate(w - begin);
    return out;
}

bool looksLikeHtml(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'<') {
            const char16_t d = text[i + 1].unicode();
            if (isAsciiAlpha(d) || d == u'/' || d == u'!')
                return true;
        } else if (c == u'&') {
            qsizetype j = i + 1;
            if (text[j] == u'#')
                ++j;
            const qsizetype start = j;
            while (j < n && j - start < 32 && isAsciiAlnum(text[j].unicode()))
                ++j;
            if (j > start && j < n && text[j] == u';')
                return true;
        }
    }
    return false;
}

QString decodeEntities(QStringView text)
{
    const qsizetype first = text.indexOf(u'&');
    if (first < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    out.append(text.left(first));
    for (qsizetype i = first; i < text.size();) {
        char32_t cp = 0;
        if (text[i] == u'&' && readReference(text, i, cp)) {
            if (cp > 0xffff) {
                out.append(QChar::highSurrogate(cp));
                out.append(QChar::lowSurrogate(cp));
            } else {
                out.append(QChar(char16_t(cp)));
            }
            continue;
        }
        out.append(text[i]);
        ++i;
    }
    return out;
}

QString htmlToPlainText(QStringView html)
{
    // Writes straight into a preallocated buffer: the output is never longer
    // than the input (references only shrink), so no per-character append.
    // Each code unit costs one table look-up unless it starts markup.
    QString out(html.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *w = begin;
    const QChar *const in = html.data();
    const qsizetype n = html.size();
    bool pendingSpace = false;
    const auto put = [&](QChar ch) {
        if (isSpace(ch.unicode())) {
            pendingSpace = w != begin;
            return;
        }
        if (pendingSpace) {
            *w++ = u' ';
            pendingSpace = false;
        }
        *w++ = ch;
    };
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = in[i].unicode();
        const CharClass kind = classOf(c);
        if (kind == CharClass::Ordinary) {
            if (pendingSpace) {
                *w++ = u' ';
                pendingSpace = false;
            }
            const qsizetype end = plainAsciiRunEnd(in, i + 1, n);
            const bool trailingSpace = in[end - 1] == u' '; // kept pending, as above
            const qsizetype copied = end - i - (trailingSpace ? 1 : 0);
            std::memcpy(w, in + i, size_t(copied) * sizeof(QChar));
            w += copied;
            pendingSpace = trailingSpace;
            i = end;
            continue;
        }
        if (kind == CharClass::Space) {
            pendingSpace = w != begin;
            ++i;
            continue;
        }
        if (c == u'<' && i + 1 < n) {
            const char16_t d = in[i + 1].unicode();
            if (d == u'!') {
                if (html.sliced(i).startsWith(u"<![CDATA[")) {
                    const qsizetype close = html.indexOf(u"]]>", i + 9);
                    const qsizetype stop = close < 0 ? n : close;
                    for (qsizetype k = i + 9; k < stop; ++k)
                        put(in[k]);
                    i = close < 0 ? n : close + 3;
                    continue;
                }
                const bool comment = html.sliced(i).startsWith(u"<!--");
                const qsizetype end = comment ? html.indexOf(u"-->", i + 4) : html.indexOf(u'>', i);
                i = end < 0 ? n : end + (comment ? 3 : 1);
                continue;
            }
            if (isAsciiAlpha(d) || d == u'/' || d == u'?') {
                const bool maybeRaw = (d | 0x20) == u's';
                const bool isScript = maybeRaw && startsWithTag(html, i, "script"_L1);
                const bool rawText = isScript || (maybeRaw && startsWithTag(html, i, "style"_L1));
                // find the end of the tag, honouring quoted attribute values
                qsizetype j = i + 1;
                char16_t quote = 0;
                while (j < n) {
                    const char16_t e = in[j].unicode();
                    if (quote) {
                        if (e == quote)
                            quote = 0;
                    } else if (e == u'"' || e == u'\'') {
                        quote = e;
                    } else if (e == u'>') {
                        break;
                    }
                    ++j;
                }
                i = j < n ? j + 1 : n;
                if (rawText) {
                    const QLatin1StringView closeTag = isScript ? "</script"_L1 : "</style"_L1;
                    const qsizetype close = html.indexOf(closeTag, i, Qt::CaseInsensitive);
                    if (close < 0) {
                        i = n;
                    } else {
                        const qsizetype gt = html.indexOf(u'>', close);
                        i = gt < 0 ? n : gt + 1;
                    }
                }
                pendingSpace = w != begin;
                continue;
            }
        }
        char32_t cp = 0;
        if (c == u'&' && readReference(html, i, cp)) {
            if (cp <= 0xffff && isSpace(char16_t(cp))) {
                pendingSpace = w != begin;
                continue;
            }
            if (pendingSpace) {
                *w++ = u' ';
                pendingSpace = false;
            }
            w = writeCodePoint(w, cp);
            continue;
        }
        put(in[i]);
        ++i;
    }
    out.truncate(w - begin);
    return out;
}

QString escapeHtml(QStringView text, bool inAttribute)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'&':
            out.append(u"&amp;");
            break;
        case u'<':
            out.append(u"&lt;");
            break;
        case u'>':
            out.append(u"&gt;");
            break;
        case u'"':
            if (inAttribute) {
                out.append(u"&quot;");
                break;
            }
            Q_FALLTHROUGH();
        default:
            out.append(ch);
        }
    }
    return out;
}

} // namespace FeedText
