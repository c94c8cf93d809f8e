// Parsing entry points of HtmlDom: charset decoding, the nesting guard that
// keeps the parser linear, and the copy of MyHTML's tree into the mutable DOM.

#include "html/htmldom.h"

#include "charsetguess.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <myhtml/api.h>

#include <algorithm>
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

GumboNamespaceEnum namespaceOf(myhtml_namespace_t ns)
{
    switch (ns) {
    case MyHTML_NAMESPACE_SVG: return GUMBO_NAMESPACE_SVG;
    case MyHTML_NAMESPACE_MATHML: return GUMBO_NAMESPACE_MATHML;
    default: return GUMBO_NAMESPACE_HTML;
    }
}

QString lowerUtf8(const char *data, size_t length)
{
    QString s = QString::fromUtf8(data, qsizetype(length));
    for (QChar c : std::as_const(s)) {
        if (c.isUpper())
            return s.toLower();
    }
    return s;
}

// One MyHTML parser and tree per thread, reused from body to body: the
// parser's pools stay warm and nothing is set up per call. MyHTML (Modest
// project, Debian's libmodest) builds the same HTML5 tree as gumbo did at
// about ten times its speed (see the README's figures); its tree is copied
// into the mutable DOM in one walk.
class TreeBuilder final
{
public:
    TreeBuilder()
    {
        m_myhtml = myhtml_create();
        if (m_myhtml && myhtml_init(m_myhtml, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) == MyHTML_STATUS_OK)
            createTree();
    }
    ~TreeBuilder()
    {
        if (m_tree)
            myhtml_tree_destroy(m_tree);
        if (m_myhtml)
            myhtml_destroy(m_myhtml);
    }
    TreeBuilder(const TreeBuilder &) = delete;
    TreeBuilder &operator=(const TreeBuilder &) = delete;

    // Parses `input` and copies the tree under doc.root(). False when the
    // parser could not run (out of memory): the document stays empty.
    bool build(const QByteArray &input, Document &doc)
    {
        if (!m_tree)
            return false;
        const bool parsed = myhtml_parse(m_tree, MyENCODING_UTF_8, input.constData(), size_t(input.size()))
                == MyHTML_STATUS_OK;
        if (parsed)
            copyTree(doc);
        // A big document's pools are not kept for the next, small ones.
        if (input.size() > 1024 * 1024) {
            myhtml_tree_destroy(m_tree);
            createTree();
        }
        return parsed;
    }

private:
    void createTree()
    {
        m_tree = myhtml_tree_create();
        if (m_tree && myhtml_tree_init(m_tree, m_myhtml) != MyHTML_STATUS_OK) {
            myhtml_tree_destroy(m_tree);
            m_tree = nullptr;
        }
    }

    // The gumbo tag and the lower-case name of a MyHTML tag id; the ids of
    // the standard tags are fixed, other names get ids per tree.
    std::pair<GumboTag, QString> tagOf(myhtml_tag_id_t id)
    {
        if (id < MyHTML_TAG_LAST_ENTRY) {
            if (m_standardTags.empty()) {
                m_standardTags.resize(MyHTML_TAG_LAST_ENTRY);
                m_standardNames.resize(MyHTML_TAG_LAST_ENTRY);
                for (myhtml_tag_id_t t = 0; t < MyHTML_TAG_LAST_ENTRY; ++t) {
                    size_t length = 0;
                    const char *name = myhtml_tag_name_by_id(m_tree, t, &length);
                    m_standardNames[t] = name ? lowerUtf8(name, length) : QString();
                    const QByteArray latin = m_standardNames[t].toLatin1();
                    m_standardTags[t] = gumbo_tagn_enum(latin.constData(), unsigned(latin.size()));
                }
            }
            return {m_standardTags[id], m_standardNames[id]};
        }
        size_t length = 0;
        const char *name = myhtml_tag_name_by_id(m_tree, id, &length);
        const QString lower = name ? lowerUtf8(name, length) : QString();
        const QByteArray latin = lower.toUtf8();
        return {gumbo_tagn_enum(latin.constData(), unsigned(latin.size())), lower};
    }

    // Attribute names repeat (href, src, class…): one shared string each.
    QString attributeName(const char *data, size_t length)
    {
        const QByteArray key = QByteArray::fromRawData(data, qsizetype(length));
        if (const auto it = m_attributeNames.constFind(key); it != m_attributeNames.cend())
            return it.value();
        if (m_attributeNames.size() > 4096) // hostile input: many made-up names
            m_attributeNames.clear();
        const QString name = lowerUtf8(data, length);
        m_attributeNames.insert(QByteArray(data, qsizetype(length)), name);
        return name;
    }

    void copyTree(Document &doc)
    {
        m_stack.clear();
        myhtml_tree_node_t *document = myhtml_tree_get_document(m_tree);
        for (myhtml_tree_node_t *c = document ? myhtml_node_last_child(document) : nullptr; c;
             c = myhtml_node_prev(c))
            m_stack.push_back({c, doc.root()});
        while (!m_stack.empty()) {
            const auto [g, parent] = m_stack.back();
            m_stack.pop_back();
            const myhtml_tag_id_t id = myhtml_node_tag_id(g);
            switch (id) {
            case MyHTML_TAG__TEXT: {
                size_t length = 0;
                const char *data = myhtml_node_text(g, &length);
                if (!data || length == 0)
                    break;
                Node *last = parent->lastChild;
                if (last && last->isText()) // keep adjacent text in one node, like a browser
                    last->text += QString::fromUtf8(data, qsizetype(length));
                else
                    appendChild(parent, doc.createText(QString::fromUtf8(data, qsizetype(length))));
                break;
            }
            case MyHTML_TAG__COMMENT: {
                size_t length = 0;
                const char *data = myhtml_node_text(g, &length);
                appendChild(parent, doc.createComment(QString::fromUtf8(data, qsizetype(data ? length : 0))));
                break;
            }
            case MyHTML_TAG__DOCTYPE:
            case MyHTML_TAG__UNDEF:
            case MyHTML_TAG__END_OF_FILE:
                break;
            default: {
                auto [tag, name] = tagOf(id);
                Node *n = doc.createElement(tag, namespaceOf(myhtml_node_namespace(g)), name);
                for (myhtml_tree_attr_t *a = myhtml_node_attribute_first(g); a; a = myhtml_attribute_next(a)) {
                    size_t keyLength = 0;
                    size_t valueLength = 0;
                    const char *key = myhtml_attribute_key(a, &keyLength);
                    const char *value = myhtml_attribute_value(a, &valueLength);
                    if (!key)
                        continue;
                    QString name = attributeName(key, keyLength);
                    // The first of a repeated name wins (MyHTML keeps them all, the standard drops the rest).
                    const bool repeated = std::any_of(n->attributes.cbegin(), n->attributes.cend(),
                                                      [&](const Attribute &seen) { return seen.name == name; });
                    if (!repeated)
                        n->attributes.append({std::move(name),
                                              QString::fromUtf8(value, qsizetype(value ? valueLength : 0))});
                }
                appendChild(parent, n);
                for (myhtml_tree_node_t *c = myhtml_node_last_child(g); c; c = myhtml_node_prev(c))
                    m_stack.push_back({c, n});
                break;
            }
            }
        }
    }

    myhtml_t *m_myhtml = nullptr;
    myhtml_tree_t *m_tree = nullptr;
    std::vector<GumboTag> m_standardTags;
    std::vector<QString> m_standardNames;
    QHash<QByteArray, QString> m_attributeNames;
    struct StackItem
    {
        myhtml_tree_node_t *source;
        Node *parent;
    };
    std::vector<StackItem> m_stack;
};

} // namespace

std::unique_ptr<Document> parseDocument(const QByteArray &utf8, int maxDepth, qsizetype maxBytes)
{
    QByteArray input = utf8.size() > maxBytes ? utf8.left(maxBytes) : utf8;
    input = limitNesting(input, maxDepth);
    thread_local TreeBuilder builder;
    auto doc = std::make_unique<Document>();
    builder.build(input, *doc);
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
