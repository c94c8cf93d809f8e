#include "html/htmlserializer.h"
#include "html/htmltext.h"

namespace HtmlDom {

bool isVoidElement(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_IMAGE:
        return true;
    default:
        return false;
    }
}

bool isBlockForText(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

namespace {

// Appends `text`, replacing the characters for which `replacement` returns a
// non-null entity; unescaped runs are copied in one go.
template<typename Replacement>
void appendEscaped(QStringView text, QString &out, Replacement replacement)
{
    qsizetype runStart = 0;
    const char16_t *chars = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        // Only " & < > (U+0022..U+003E) and U+00A0 are ever escaped.
        const char16_t c = chars[i];
        if ((c < u'"' || c > u'>') && c != 0xA0)
            continue;
        if (const char16_t *entity = replacement(c)) {
            out += text.mid(runStart, i - runStart);
            out += QStringView(entity);
            runStart = i + 1;
        }
    }
    out += text.mid(runStart);
}

} // namespace

void appendEscapedText(QStringView text, QString &out)
{
    appendEscaped(text, out, [](char16_t c) -> const char16_t * {
        switch (c) {
        case '&': return u"&amp;";
        case '<': return u"&lt;";
        case '>': return u"&gt;";
        case 0xA0: return u"&nbsp;";
        default: return nullptr;
        }
    });
}

void appendEscapedAttribute(QStringView value, QString &out)
{
    appendEscaped(value, out, [](char16_t c) -> const char16_t * {
        switch (c) {
        case '&': return u"&amp;";
        case '"': return u"&quot;";
        case '<': return u"&lt;";
        case '>': return u"&gt;";
        case 0xA0: return u"&nbsp;";
        default: return nullptr;
        }
    });
}

namespace {

void appendStartTag(const Node *n, QString &out)
{
    out += u'<';
    out += n->name;
    for (const Attribute &a : n->attributes) {
        out += u' ';
        out += a.name;
        out += u"=\"";
        appendEscapedAttribute(a.value, out);
        out += u'"';
    }
    out += u'>';
}

void appendEndTag(const Node *n, QString &out)
{
    if (n->isElement() && !isVoidElement(n->tag)) {
        out += u"</";
        out += n->name;
        out += u'>';
    }
}

bool isSkippedForText(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
        return true;
    default:
        return false;
    }
}

// QChar::isSpace() (Unicode's separators, TAB to CR, NEL) and U+200B
// (zero width space), without a table lookup per character.
inline bool isTextSpace(char16_t u)
{
    if (u < 0x80)
        return u == u' ' || (u >= 0x09 && u <= 0x0d);
    return u == 0x85 || u == 0xA0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200B) || u == 0x2028
            || u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000;
}

class TextBuilder final
{
public:
    // Runs of non-space characters are copied in one go (this runs over
    // every character a refresh stores).
    void text(QStringView s, bool preformatted)
    {
        const char16_t *chars = s.utf16();
        const qsizetype n = s.size();
        qsizetype run = -1; // start of the current run of non-space characters
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t u = chars[i];
            if (!isTextSpace(u)) {
                if (run < 0) {
                    flush();
                    run = i;
                }
                continue;
            }
            // One plain space between words is what flush() would write:
            // the run goes on through it.
            if (u == u' ' && run >= 0 && i + 1 < n && !isTextSpace(chars[i + 1]))
                continue;
            if (run >= 0) {
                m_out.append(QStringView(chars + run, i - run));
                run = -1;
            }
            if (preformatted && u == u'\n')
                requestBreak(1);
            else
                m_space = true;
        }
        if (run >= 0)
            m_out.append(QStringView(chars + run, n - run));
    }
    void reserve(qsizetype size) { m_out.reserve(size); }
    void requestBreak(int level) { m_break = qMax(m_break, level); }
    void requestSpace() { m_space = true; }
    QString result() const { return m_out; }

private:
    void flush()
    {
        if (!m_out.isEmpty()) {
            if (m_break > 0)
                m_out += m_break > 1 ? u"\n\n" : u"\n";
            else if (m_space)
                m_out += u' ';
        }
        m_break = 0;
        m_space = false;
    }

    QString m_out;
    int m_break = 0;
    bool m_space = false;
};

} // namespace

QString serializeChildren(const Node *node, qsizetype sizeHint)
{
    QString out;
    if (sizeHint > 0)
        out.reserve(sizeHint);
    const Node *n = node->firstChild;
    while (n) {
        bool descend = false;
        if (n->isText()) {
            appendEscapedText(n->text, out);
        } else if (n->isElement()) {
            appendStartTag(n, out);
            // A parser drops one newline right after <pre>: keep a leading one.
            if (n->isAnyOf({GUMBO_TAG_PRE, GUMBO_TAG_LISTING, GUMBO_TAG_TEXTAREA}) && n->firstChild
                && n->firstChild->isText() && n->firstChild->text.startsWith(u'\n'))
                out += u'\n';
            descend = !isVoidElement(n->tag) && n->firstChild;
            if (!descend)
                appendEndTag(n, out);
        }
        if (descend) {
            n = n->firstChild;
            continue;
        }
        while (n != node && !n->next) {
            n = n->parent;
            if (n != node)
                appendEndTag(n, out);
        }
        if (n == node)
            break;
        n = n->next;
    }
    return out;
}

QString plainText(const Node *node, qsizetype sizeHint)
{
    TextBuilder builder;
    builder.reserve(sizeHint > 0 ? sizeHint : 1024);
    int preDepth = 0;
    const Node *n = node->isText() ? node : node->firstChild;
    if (node->isText()) {
        builder.text(node->text, false);
        return builder.result();
    }
    auto leave = [&](const Node *e) {
        if (e->is(GUMBO_TAG_PRE))
            --preDepth;
        if (isBlockForText(e->tag))
            builder.requestBreak(2);
        else if (e->isAnyOf({GUMBO_TAG_TD, GUMBO_TAG_TH}))
            builder.requestSpace();
    };
    while (n) {
        bool descend = false;
        if (n->isText()) {
            builder.text(n->text, preDepth > 0);
        } else if (n->isElement() && !isSkippedForText(n->tag)) {
            if (isBlockForText(n->tag))
                builder.requestBreak(2);
            else if (n->is(GUMBO_TAG_BR))
                builder.requestBreak(1);
            else if (n->isAnyOf({GUMBO_TAG_TD, GUMBO_TAG_TH}))
                builder.requestSpace();
            if (n->is(GUMBO_TAG_PRE))
                ++preDepth;
            descend = n->firstChild != nullptr;
            if (!descend)
                leave(n);
        }
        if (descend) {
            n = n->firstChild;
            continue;
        }
        while (n != node && !n->next) {
            n = n->parent;
            if (n != node)
                leave(n);
        }
        if (n == node)
            break;
        n = n->next;
    }
    return builder.result();
}

} // namespace HtmlDom

QString htmlToText(QStringView html)
{
    const auto doc = HtmlDom::parseDocument(html);
    HtmlDom::Node *body = doc->body();
    return body ? HtmlDom::plainText(body) : QString();
}
