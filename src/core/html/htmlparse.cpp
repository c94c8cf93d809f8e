// Parsing entry points of HtmlDom: charset decoding, the nesting guard that
// keeps gumbo linear, and the copy of gumbo's tree into the mutable DOM.

#include "html/htmldom.h"

#include "charsetguess.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <cstring>
#include <vector>

namespace HtmlDom {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == ':' || c == '_';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Elements that cannot nest (void elements, elements closed implicitly by a
// sibling start tag): they never add to the depth of gumbo's open-element stack.
bool isFlatElement(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_IMAGE:
    case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_FRAME: case GUMBO_TAG_MENUITEM:
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_RB: case GUMBO_TAG_RT: case GUMBO_TAG_RP:
    case GUMBO_TAG_RTC: case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY:
    case GUMBO_TAG_A: case GUMBO_TAG_BUTTON: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_FORM: case GUMBO_TAG_NOBR:
        return true;
    default:
        return false;
    }
}

bool isRawTextElement(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
        return true;
    default:
        return false;
    }
}

qsizetype findCaseInsensitive(const QByteArray &hay, const QByteArray &needle, qsizetype from)
{
    for (qsizetype i = hay.indexOf('<', from); i >= 0; i = hay.indexOf('<', i + 1)) {
        if (qstrnicmp(hay.constData() + i, qMin(needle.size(), hay.size() - i), needle.constData(),
                      needle.size())
            == 0)
            return i;
    }
    return -1;
}

// Walks the markup like a (very) rough tokenizer and, only when the implied
// element nesting goes beyond maxDepth, drops the start tags that would go
// deeper. Real pages never reach the limit and are passed through untouched.
QByteArray limitNesting(const QByteArray &in, int maxDepth)
{
    for (int pass = 0; pass < 2; ++pass) {
        const bool rewrite = pass == 1;
        QByteArray out;
        if (rewrite)
            out.reserve(in.size());
        int depth = 0;
        bool exceeded = false;
        qsizetype copied = 0;
        const qsizetype n = in.size();
        const char *s = in.constData();
        qsizetype i = 0;
        while (i < n) {
            const qsizetype lt = in.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n)
                break;
            i = lt + 1;
            if (lt + 4 <= n && memcmp(s + lt, "<!--", 4) == 0) {
                const qsizetype end = in.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const bool endTag = s[i] == '/';
            if (endTag)
                ++i;
            if (i >= n || !(isLetter(s[i]) || (!endTag && (s[i] == '!' || s[i] == '?'))))
                continue;
            qsizetype nameEnd = i + 1;
            while (nameEnd < n && isNameChar(s[nameEnd]))
                ++nameEnd;
            const GumboTag tag = gumbo_tagn_enum(s + i, unsigned(nameEnd - i));
            // Find the end of the tag, skipping quoted attribute values.
            qsizetype j = nameEnd;
            char quote = 0;
            char lastNonSpace = 0;
            while (j < n) {
                const char c = s[j];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '>') {
                    break;
                } else if ((c == '"' || c == '\'') && lastNonSpace == '=') {
                    quote = c;
                }
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                    lastNonSpace = c;
                ++j;
            }
            const qsizetype tagEnd = j < n ? j + 1 : n;
            const bool selfClosing = j > 0 && j < n && s[j - 1] == '/';
            i = tagEnd;
            if (endTag) {
                if (!isFlatElement(tag) && depth > 0)
                    --depth;
                continue;
            }
            if (s[i] == '!' || s[i] == '?')
                continue;
            if (tag == GUMBO_TAG_PLAINTEXT)
                break;
            if (isRawTextElement(tag)) {
                const qsizetype close =
                    findCaseInsensitive(in, "</" + QByteArray(s + i, nameEnd - i), tagEnd);
                i = close < 0 ? n : close;
                continue;
            }
            if (selfClosing || isFlatElement(tag))
                continue;
            if (depth >= maxDepth) {
                exceeded = true;
                if (rewrite) {
                    out.append(in.constData() + copied, lt - copied);
                    copied = tagEnd;
                }
                continue;
            }
            ++depth;
        }
        if (!rewrite && !exceeded)
            return in;
        if (rewrite) {
            out.append(in.constData() + copied, n - copied);
            return out;
        }
    }
    return in;
}

QString elementName(const GumboElement &el)
{
    if (el.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(el.tag));
    GumboStringPiece piece = el.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

void copyTree(const GumboNode *gumboRoot, Document &doc)
{
    struct Item
    {
        const GumboNode *source;
        Node *parent;
    };
    std::vector<Item> stack;
    const GumboVector &top = gumboRoot->v.document.children;
    for (unsigned i = top.length; i > 0; --i)
        stack.push_back({static_cast<const GumboNode *>(top.data[i - 1]), doc.root()});
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const GumboNode *g = item.source;
        switch (g->type) {
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement &el = g->v.element;
            Node *n = doc.createElement(elementName(el));
            n->tag = el.tag;
            n->ns = el.tag_namespace;
            n->attributes.reserve(el.attributes.length);
            for (unsigned a = 0; a < el.attributes.length; ++a) {
                const auto *attr = static_cast<const GumboAttribute *>(el.attributes.data[a]);
                n->attributes.append({QString::fromUtf8(attr->name).toLower(),
                                      QString::fromUtf8(attr->value)});
            }
            appendChild(item.parent, n);
            for (unsigned i = el.children.length; i > 0; --i)
                stack.push_back({static_cast<const GumboNode *>(el.children.data[i - 1]), n});
            break;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA: {
            Node *last = item.parent->lastChild;
            const QString text = QString::fromUtf8(g->v.text.text);
            if (last && last->isText())
                last->text += text; // keep adjacent text in one node, like a browser
            else
                appendChild(item.parent, doc.createText(text));
            break;
        }
        case GUMBO_NODE_COMMENT:
            appendChild(item.parent, doc.createComment(QString::fromUtf8(g->v.text.text)));
            break;
        case GUMBO_NODE_DOCUMENT:
            break;
        }
    }
}

} // namespace

std::unique_ptr<Document> parseDocument(const QByteArray &utf8, int maxDepth, qsizetype maxBytes)
{
    QByteArray input = utf8.size() > maxBytes ? utf8.left(maxBytes) : utf8;
    input = limitNesting(input, maxDepth);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // we never read the error list: don't collect it
    GumboOutput *output = gumbo_parse_with_options(&options, input.constData(), size_t(input.size()));
    auto doc = std::make_unique<Document>();
    if (output) {
        copyTree(output->document, *doc);
        gumbo_destroy_output(&options, output);
    }
    if (!doc->documentElement()) {
        Node *html = doc->createElement(GUMBO_TAG_HTML);
        appendChild(doc->root(), html);
        appendChild(html, doc->createElement(GUMBO_TAG_HEAD));
        appendChild(html, doc->createElement(GUMBO_TAG_BODY));
    }
    return doc;
}

std::unique_ptr<Document> parseDocument(QStringView html)
{
    return parseDocument(html.toUtf8());
}

QString decodeHtml(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    if (bytes.startsWith("\xFE\xFF") || bytes.startsWith("\xFF\xFE")) {
        QStringDecoder decoder(bytes.startsWith("\xFE\xFF") ? QStringConverter::Utf16BE
                                                           : QStringConverter::Utf16LE);
        return decoder(QByteArrayView(bytes).sliced(2));
    }
    static const QRegularExpression metaCharset(
        QStringLiteral(R"(<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xmlEncoding(
        QStringLiteral(R"(^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_:.+-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(4096));
    QString charset;
    if (const auto m = metaCharset.match(head); m.hasMatch())
        charset = m.captured(1).toLower();
    else if (const auto x = xmlEncoding.match(head); x.hasMatch())
        charset = x.captured(1).toLower();
    // Per the HTML standard: a declared UTF-16 means UTF-8 at this point, and
    // the Latin-1 labels mean windows-1252.
    if (charset.isEmpty() && !QByteArrayView(bytes).isValidUtf8()) {
        // nothing declared and not UTF-8: Shift_JIS, EUC-KR, Big5, KOI8-R...
        const QByteArray guessed = CharsetGuess::guess(bytes);
        if (!guessed.isEmpty())
            return QStringDecoder(guessed.constData())(bytes);
    }
    if (charset.isEmpty() || charset.startsWith(u"utf-16") || charset == u"utf8"
        || charset == u"utf-8" || charset == u"unicode")
        return QString::fromUtf8(bytes);
    if (charset == u"iso-8859-1" || charset == u"latin1" || charset == u"us-ascii"
        || charset == u"ascii" || charset == u"iso8859-1" || charset == u"l1")
        charset = QStringLiteral("windows-1252");
    QStringDecoder decoder(charset.toLatin1().constData());
    if (!decoder.isValid()) {
        if (charset == u"windows-1252")
            return QString::fromLatin1(bytes);
        return QString::fromUtf8(bytes);
    }
    return decoder(bytes);
}

} // namespace HtmlDom
