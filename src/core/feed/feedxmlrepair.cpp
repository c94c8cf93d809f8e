#include "feed/feedxmlrepair.h"

#include "feed/feedtext.h"

#include <array>

#include <QByteArrayView>
#include <QSet>
#ifdef __SSE2__
#    include <emmintrin.h>
#endif
#include <cctype>
#include <cstring>

using namespace Qt::StringLiterals;

namespace FeedXmlRepair {

namespace {

constexpr int maxErrors = 10;

bool isNameStart(uchar c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? true : c == '_' || c == ':' || c >= 0x80;
}

bool isNameChar(uchar c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool isXmlChar(quint32 v)
{
    return v == 0x9 || v == 0xa || v == 0xd || (v >= 0x20 && v <= 0xd7ff)
            || (v >= 0xe000 && v <= 0xfffd) || (v >= 0x10000 && v <= 0x10ffff);
}

class Repairer final
{
public:
    explicit Repairer(const QByteArray &in)
        : m_in(in), m_data(in.constData()), m_size(in.size()) { }

    Result run(QByteArray &out);

private:
    // Copies the input up to from, then with in place of [from, to). Writes
    // through a raw pointer: escaped HTML makes this run for every few bytes.
    void replace(qsizetype from, qsizetype to, QByteArrayView with)
    {
        const qsizetype gap = from - m_copied;
        const qsizetype written = m_written + gap + with.size();
        if (written > m_out.size()) // geometric growth: linear time however much is replaced
            m_out.resize(qMax(written + (m_size - from),
                              qMax(m_out.size() + m_out.size() / 2, m_size + m_size / 8 + 64)));
        char *out = m_out.data() + m_written;
        std::memcpy(out, m_data + m_copied, size_t(gap));
        if (!with.isEmpty())
            std::memcpy(out + gap, with.data(), size_t(with.size()));
        m_written = written;
        m_copied = to;
        m_result.changed = true;
    }
    void error(const QString &message)
    {
        if (m_result.errors.size() < maxErrors)
            m_result.errors << message;
    }
    // The position just past the next needle at or after from, or m_size.
    // memchr on its first byte: several times faster than
    // QByteArrayView::indexOf over long CDATA sections, and still linear.
    qsizetype find(qsizetype from, const char *needle) const
    {
        const qsizetype length = qsizetype(std::strlen(needle));
        for (qsizetype i = from; i + length <= m_size; ++i) {
            const void *hit = std::memchr(m_data + i, needle[0], size_t(m_size - length + 1 - i));
            if (!hit)
                break;
            i = static_cast<const char *>(hit) - m_data;
            if (std::memcmp(m_data + i, needle, size_t(length)) == 0)
                return i + length;
        }
        return m_size;
    }
    qsizetype skipDoctype(qsizetype i);
    qsizetype handleAmpersand(qsizetype i);

    const QByteArray &m_in;
    const char *m_data;
    qsizetype m_size;
    qsizetype m_copied = 0;
    QByteArray m_out; // sized ahead; the first m_written bytes are the output so far
    qsizetype m_written = 0;
    Result m_result;
    QSet<QByteArray> m_declared;
    bool m_seenControl = false;
};

qsizetype Repairer::skipDoctype(qsizetype i)
{
    // <!DOCTYPE name [PUBLIC|SYSTEM ...] [ internal subset ]>
    qsizetype j = i + 9;
    qsizetype bracket = -1;
    char quote = 0;
    for (; j < m_size; ++j) {
        const char c = m_data[j];
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            bracket = j;
            break;
        } else if (c == '>') {
            break;
        }
    }
    const QByteArrayView head(m_data + i, j - i);
    m_result.hasExternalDtd = head.contains("PUBLIC") || head.contains("SYSTEM");
    if (bracket < 0)
        return j < m_size ? j + 1 : m_size;
    const qsizetype close = QByteArrayView(m_data + bracket, m_size - bracket).indexOf("]");
    const qsizetype end = close < 0 ? m_size : bracket + close;
    const QByteArrayView subset(m_data + bracket, end - bracket);
    for (qsizetype at = subset.indexOf("<!ENTITY"); at >= 0;
         at = subset.indexOf("<!ENTITY", at + 8)) {
        qsizetype k = at + 8;
        while (k < subset.size()
               && (subset[k] == ' ' || subset[k] == '\t' || subset[k] == '\n' || subset[k] == '%'))
            ++k;
        const qsizetype nameStart = k;
        while (k < subset.size() && isNameChar(uchar(subset[k])))
            ++k;
        m_declared.insert(subset.sliced(nameStart, k - nameStart).toByteArray());
    }
    const qsizetype gt =
            end < m_size ? QByteArrayView(m_data + end, m_size - end).indexOf(">") : -1;
    return gt < 0 ? m_size : end + gt + 1;
}

qsizetype Repairer::handleAmpersand(qsizetype i)
{
    // fast path for the references escaped HTML is made of
    if (i + 4 <= m_size) {
        const char *p = m_data + i + 1;
        // Each becomes the same character as a numeric reference: libxml2
        // reads those several times faster than named ones (which it looks up
        // by name in its dictionary), and escaped HTML is full of them.
        if (p[0] == 'l' && p[1] == 't' && p[2] == ';') {
            replace(i, i + 4, QByteArrayView("&#60;", 5));
            return i + 4;
        }
        // '>' needs no escaping in character data or attribute values, only
        // after "]]"; written as itself it costs libxml2 no reference at all,
        // and escaped HTML has one in every tag.
        if (p[0] == 'g' && p[1] == 't' && p[2] == ';') {
            const bool afterBrackets = i - 2 < m_copied || m_data[i - 1] == ']' || m_data[i - 2] == ']';
            replace(i, i + 4, afterBrackets ? QByteArrayView("&#62;", 5) : QByteArrayView(">", 1));
            return i + 4;
        }
        if (i + 5 <= m_size && p[0] == 'a' && p[1] == 'm' && p[2] == 'p' && p[3] == ';') {
            replace(i, i + 5, QByteArrayView("&#38;", 5));
            return i + 5;
        }
        if (i + 6 <= m_size && p[0] == 'q' && p[1] == 'u' && p[2] == 'o' && p[3] == 't'
            && p[4] == ';')
            return i + 6;
    }
    qsizetype j = i + 1;
    if (j < m_size && m_data[j] == '#') {
        ++j;
        const bool hex = j < m_size && (m_data[j] == 'x' || m_data[j] == 'X');
        if (hex)
            ++j;
        const qsizetype digits = j;
        quint32 value = 0;
        while (j < m_size && j - digits < 8
               && (hex ? std::isxdigit(uchar(m_data[j])) : std::isdigit(uchar(m_data[j])))) {
            const char c = m_data[j];
            value = value * (hex ? 16 : 10) + quint32(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            ++j;
        }
        if (j > digits && j < m_size && m_data[j] == ';') {
            if (!isXmlChar(value)) {
                error(u"character reference to an illegal XML character"_s);
                replace(i, j + 1, "&#xFFFD;");
            } else if (value >= 0x80 && value <= 0x9f) { // windows-1252 code written as a reference
                const char32_t cp =
                        FeedText::decodeEntities(u"&#%1;"_s.arg(value)).toUcs4().value(0);
                replace(i, j + 1, "&#" + QByteArray::number(quint32(cp)) + ';');
            }
            return j + 1;
        }
        error(u"malformed character reference"_s);
        replace(i, i + 1, "&amp;");
        return i + 1;
    }
    const qsizetype nameStart = j;
    if (j < m_size && isNameStart(uchar(m_data[j]))) {
        while (j < m_size && j - nameStart < 64 && isNameChar(uchar(m_data[j])))
            ++j;
    }
    if (j == nameStart || j >= m_size || m_data[j] != ';') {
        error(u"unescaped '&'"_s);
        replace(i, i + 1, "&amp;");
        return i + 1;
    }
    const QByteArrayView name(m_data + nameStart, j - nameStart);
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos")
        return j + 1;
    if (m_declared.contains(name.toByteArray()))
        return j + 1;
    const char32_t cp = FeedText::namedEntity(QString::fromUtf8(name));
    if (cp != 0) {
        if (!m_result.hasExternalDtd)
            error(u"undeclared entity &%1;"_s.arg(QString::fromUtf8(name)));
        replace(i, j + 1, "&#" + QByteArray::number(quint32(cp)) + ';');
    } else {
        error(u"undeclared entity &%1;"_s.arg(QString::fromUtf8(name)));
        replace(i, i + 1, "&amp;");
    }
    return j + 1;
}

Result Repairer::run(QByteArray &out)
{
    // 1 for bytes that need a look: '&', '<' and the C0 controls XML forbids
    static const auto table = [] {
        std::array<bool, 256> t {};
        for (int c = 0; c < 0x20; ++c)
            t[c] = c != '\t' && c != '\n' && c != '\r';
        t['&'] = true;
        t['<'] = true;
        t[0xc2] = true; // U+0080..U+009F: windows-1252 written as C1 controls
        return t;
    }();
    qsizetype i = 0;
    while (i < m_size) {
#ifdef __SSE2__
        // skip 16 ordinary bytes at a time: no '&', '<', 0xC2 and no C0 control
        const __m128i amp = _mm_set1_epi8('&');
        const __m128i lt = _mm_set1_epi8('<');
        const __m128i c2 = _mm_set1_epi8(char(0xc2));
        const __m128i controlMax = _mm_set1_epi8(0x1f);
        while (i + 16 <= m_size) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_data + i));
            const __m128i control =
                    _mm_cmpeq_epi8(_mm_max_epu8(x, controlMax), controlMax); // x < 0x20
            const __m128i special =
                    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, amp), _mm_cmpeq_epi8(x, lt)),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, c2), control));
            const int mask = _mm_movemask_epi8(special);
            if (mask == 0) {
                i += 16;
                continue;
            }
            i += qCountTrailingZeroBits(quint32(mask));
            break;
        }
        if (i >= m_size)
            break;
#endif
        const uchar c = uchar(m_data[i]);
        if (!table[c]) {
            ++i;
            continue;
        }
        if (c == '&') {
            i = handleAmpersand(i);
        } else if (c == '<') {
            const uchar next = i + 1 < m_size ? uchar(m_data[i + 1]) : 0;
            if (next == '!') {
                const QByteArrayView rest(m_data + i, qMin<qsizetype>(m_size - i, 9));
                if (rest.startsWith("<!--"))
                    i = find(i + 4, "-->");
                else if (rest.startsWith("<![CDATA["))
                    i = find(i + 9, "]]>");
                else if (rest.startsWith("<!DOCTYPE"))
                    i = skipDoctype(i);
                else
                    i = find(i + 2, ">");
            } else if (next == '?') {
                i = find(i + 2, "?>");
            } else if (next == '/' || isNameStart(next)) {
                ++i;
            } else {
                error(u"unescaped '<'"_s);
                replace(i, i + 1, "&lt;");
                ++i;
            }
        } else if (c == 0xc2) {
            const uchar next = i + 1 < m_size ? uchar(m_data[i + 1]) : 0;
            if (next >= 0x80 && next <= 0x9f) {
                static const char16_t cp1252[32] = {
                        0x20ac, 0xfffd, 0x201a, 0x192,  0x201e, 0x2026, 0x2020, 0x2021,
                        0x2c6,  0x2030, 0x160,  0x2039, 0x152,  0xfffd, 0x17d,  0xfffd,
                        0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
                        0x2dc,  0x2122, 0x161,  0x203a, 0x153,  0xfffd, 0x17e,  0x178};
                replace(i, i + 2, QString(QChar(cp1252[next - 0x80])).toUtf8());
                i += 2;
            } else {
                ++i;
            }
        } else {
            if (!m_seenControl)
                error(u"illegal control character removed"_s);
            m_seenControl = true;
            replace(i, i + 1, {});
            ++i;
        }
    }
    if (m_result.changed) {
        replace(m_size, m_size, {});
        m_out.truncate(m_written);
        out = std::move(m_out);
    }
    return m_result;
}

} // namespace

Result repair(QByteArray &utf8)
{
    const QByteArray input = utf8; // shared, not copied
    Repairer repairer(input);
    return repairer.run(utf8);
}

} // namespace FeedXmlRepair
