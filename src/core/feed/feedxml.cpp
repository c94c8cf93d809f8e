#include "feed/feedxml.h"

#include "feed/feedtext.h"

#include <cstring>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

using namespace Qt::StringLiterals;

namespace FeedXml {

namespace {

constexpr int maxErrors = 20;
constexpr int maxEntityDepth = 8;

void collectError(void *userData, xmlErrorPtr error)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(userData);
    auto *doc = static_cast<Document *>(ctxt ? ctxt->_private : nullptr);
    if (!doc || !error || error->level == XML_ERR_WARNING)
        return;
    QString message = QString::fromUtf8(error->message ? error->message : "XML error").trimmed();
    doc->addError(u"line %1: %2"_s.arg(error->line).arg(message));
}

bool equalsCi(const char *a, const char *b)
{
    for (; *a && *b; ++a, ++b) {
        if ((*a | 0x20) != (*b | 0x20))
            return false;
    }
    return *a == *b;
}

Ns classify(const char *uri)
{
    static const struct
    {
        const char *uri;
        Ns ns;
    } known[] = {
            {"http://www.w3.org/2005/Atom", Ns::Atom10},
            {"http://purl.org/atom/ns#", Ns::Atom03},
            {"http://purl.org/rss/1.0/", Ns::Rss10},
            {"http://my.netscape.com/rdf/simple/0.9/", Ns::Rss090},
            {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", Ns::Rdf},
            {"http://purl.org/dc/elements/1.1/", Ns::Dc},
            {"http://purl.org/dc/elements/1.0/", Ns::Dc},
            {"http://purl.org/dc/terms/", Ns::DcTerms},
            {"http://purl.org/rss/1.0/modules/content/", Ns::Content},
            {"http://search.yahoo.com/mrss/", Ns::Media},
            {"http://search.yahoo.com/mrss", Ns::Media},
            {"http://www.itunes.com/dtds/podcast-1.0.dtd", Ns::Itunes},
            {"http://purl.org/rss/1.0/modules/slash/", Ns::Slash},
            {"http://wellformedweb.org/CommentAPI/", Ns::Wfw},
            {"http://purl.org/rss/1.0/modules/syndication/", Ns::Sy},
            {"http://www.w3.org/1999/xhtml", Ns::Xhtml},
            {"http://www.w3.org/XML/1998/namespace", Ns::Xml},
    };
    for (const auto &k : known) {
        if (equalsCi(uri, k.uri))
            return k.ns;
    }
    return Ns::Other;
}

Ns classifyPrefix(QByteArrayView prefix)
{
    if (prefix == "dc")
        return Ns::Dc;
    if (prefix == "dcterms")
        return Ns::DcTerms;
    if (prefix == "content")
        return Ns::Content;
    if (prefix == "media")
        return Ns::Media;
    if (prefix == "itunes")
        return Ns::Itunes;
    if (prefix == "slash")
        return Ns::Slash;
    if (prefix == "wfw")
        return Ns::Wfw;
    if (prefix == "sy")
        return Ns::Sy;
    if (prefix == "atom")
        return Ns::Atom10;
    if (prefix == "rdf")
        return Ns::Rdf;
    return Ns::Other;
}

} // namespace

Document::~Document()
{
    if (m_doc)
        xmlFreeDoc(m_doc);
}

void Document::addError(const QString &message)
{
    m_wellformed = false;
    if (m_errors.size() < maxErrors)
        m_errors << message;
}

bool Document::parse(const QByteArray &utf8, int maxDepth)
{
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        addError(u"out of memory"_s);
        return false;
    }
    ctxt->_private = this;
    ctxt->sax->serror = collectError;
    ctxt->sax->warning = nullptr;
    // RECOVER: build what is there; NONET + no DTDLOAD/NOENT: never fetch or
    // substitute external entities (XXE); IGNORE_ENC: bytes are already UTF-8.
    const int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_IGNORE_ENC
            | XML_PARSE_COMPACT | XML_PARSE_NOWARNING;
    m_doc = xmlCtxtReadMemory(ctxt, utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options);
    if (!ctxt->wellFormed && m_errors.isEmpty())
        addError(u"the document is not well-formed XML"_s);
    xmlFreeParserCtxt(ctxt);
    if (!m_doc || !root())
        return false;
    // libxml2 caps depth at 256 itself; a smaller cap is checked here.
    int depth = 0;
    for (const xmlNode *n = root(); n; n = firstElement(n)) {
        if (++depth > maxDepth) {
            addError(u"the document nests deeper than %1 elements"_s.arg(maxDepth));
            break;
        }
    }
    return true;
}

xmlNode *Document::root() const { return m_doc ? xmlDocGetRootElement(m_doc) : nullptr; }

bool Document::inRootsOtherNamespace(const xmlNode *node) const
{
    const xmlNode *top = root();
    return ns(node) == Ns::Other && top && top->ns && node->ns && top->ns->href && node->ns->href
            && std::strcmp(reinterpret_cast<const char *>(top->ns->href),
                           reinterpret_cast<const char *>(node->ns->href))
            == 0;
}

Ns Document::ns(const xmlNode *node) const
{
    if (!node->ns || !node->ns->href) {
        const char *colon = std::strchr(reinterpret_cast<const char *>(node->name), ':');
        if (!colon)
            return Ns::None;
        const auto *name = reinterpret_cast<const char *>(node->name);
        return classifyPrefix(QByteArrayView(name, colon - name));
    }
    const auto it = m_nsCache.constFind(node->ns);
    if (it != m_nsCache.constEnd())
        return *it;
    const Ns result = classify(reinterpret_cast<const char *>(node->ns->href));
    m_nsCache.insert(node->ns, result);
    return result;
}

QByteArrayView Document::localName(const xmlNode *node)
{
    const auto *name = reinterpret_cast<const char *>(node->name);
    if (!node->ns) {
        if (const char *colon = std::strchr(name, ':'))
            return QByteArrayView(colon + 1);
    }
    return QByteArrayView(name);
}

bool Document::is(const xmlNode *node, Ns expected, const char *local) const
{
    return localName(node) == QByteArrayView(local) && ns(node) == expected;
}

void Document::appendText(const xmlNode *node, QByteArray &out, int depth)
{
    for (const xmlNode *n = node->children; n; n = n->next) {
        switch (n->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (n->content)
                out.append(reinterpret_cast<const char *>(n->content));
            break;
        case XML_ELEMENT_NODE:
            appendText(n, out, depth);
            break;
        case XML_ENTITY_REF_NODE: {
            const auto *entity = reinterpret_cast<const xmlEntity *>(n->children);
            if (!entity || entity->etype != XML_INTERNAL_GENERAL_ENTITY || depth >= maxEntityDepth)
                break;
            const qsizetype before = out.size();
            if (entity->children)
                appendText(reinterpret_cast<const xmlNode *>(entity), out, depth + 1);
            else if (entity->content)
                out.append(reinterpret_cast<const char *>(entity->content));
            m_entityBudget -= out.size() - before;
            if (m_entityBudget < 0) {
                out.truncate(before);
                addError(u"entity expansion limit exceeded"_s);
            }
            break;
        }
        default:
            break;
        }
    }
}

QString Document::text(const xmlNode *node)
{
    // fast path: a single text child
    const xmlNode *child = node->children;
    if (child && !child->next
        && (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)) {
        const char *content = reinterpret_cast<const char *>(child->content);
        return content ? QString::fromUtf8(content, qsizetype(std::strlen(content))) : QString();
    }
    QByteArray out;
    appendText(node, out, 0);
    return QString::fromUtf8(out);
}

bool Document::hasElementChildren(const xmlNode *node) { return firstElement(node) != nullptr; }

void Document::appendMarkup(const xmlNode *node, QByteArray &out, int depth)
{
    for (const xmlNode *n = node->children; n; n = n->next) {
        switch (n->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (n->content)
                out.append(FeedText::escapeHtml(
                                   QString::fromUtf8(reinterpret_cast<const char *>(n->content)))
                                   .toUtf8());
            break;
        case XML_ENTITY_REF_NODE: {
            // the entity's replacement text, within the expansion budget
            const auto *entity = reinterpret_cast<const xmlEntity *>(n->children);
            if (entity && entity->etype == XML_INTERNAL_GENERAL_ENTITY && depth < maxEntityDepth
                && entity->content) {
                const qsizetype size =
                        qsizetype(std::strlen(reinterpret_cast<const char *>(entity->content)));
                m_entityBudget -= size;
                if (m_entityBudget >= 0)
                    out.append(reinterpret_cast<const char *>(entity->content), size);
            }
            break;
        }
        case XML_ELEMENT_NODE: {
            // XHTML elements are written unprefixed; SVG and MathML too, with
            // their xmlns on the outermost one, so the fragment embeds in HTML.
            const char *href =
                    n->ns && n->ns->href ? reinterpret_cast<const char *>(n->ns->href) : nullptr;
            const bool xhtml = href && std::strcmp(href, "http://www.w3.org/1999/xhtml") == 0;
            const bool foreign = href
                    && (std::strcmp(href, "http://www.w3.org/2000/svg") == 0
                        || std::strcmp(href, "http://www.w3.org/1998/Math/MathML") == 0);
            QByteArray name;
            if (href && !xhtml && !foreign && n->ns->prefix)
                name = QByteArray(reinterpret_cast<const char *>(n->ns->prefix)) + ':';
            name += reinterpret_cast<const char *>(n->name);
            out += '<' + name;
            const xmlNs *parentNs = node->type == XML_ELEMENT_NODE ? node->ns : nullptr;
            const char *parentHref = parentNs && parentNs->href
                    ? reinterpret_cast<const char *>(parentNs->href)
                    : nullptr;
            if (foreign && (!parentHref || std::strcmp(parentHref, href) != 0 || depth == 0))
                out += QByteArray(" xmlns=\"") + href + '"';
            QList<const xmlNs *> declared;
            for (const xmlAttr *a = n->properties; a; a = a->next) {
                QByteArray attrName;
                if (a->ns && a->ns->prefix) {
                    attrName = QByteArray(reinterpret_cast<const char *>(a->ns->prefix)) + ':';
                    const bool xmlNs = a->ns->href
                            && std::strcmp(reinterpret_cast<const char *>(a->ns->href),
                                           "http://www.w3.org/XML/1998/namespace")
                                    == 0;
                    if (!xmlNs && !declared.contains(a->ns) && depth == 0) {
                        declared.append(a->ns);
                    } else if (!xmlNs && !declared.contains(a->ns)) {
                        bool onParent = false;
                        for (const xmlAttr *p = node->type == XML_ELEMENT_NODE ? node->properties
                                                                               : nullptr;
                             p; p = p->next)
                            onParent = onParent || p->ns == a->ns;
                        if (!onParent)
                            declared.append(a->ns);
                    }
                }
                attrName += reinterpret_cast<const char *>(a->name);
                QByteArray value;
                appendText(reinterpret_cast<const xmlNode *>(a), value, depth);
                out += ' ' + attrName + "=\""
                        + FeedText::escapeHtml(QString::fromUtf8(value), true).toUtf8() + '"';
            }
            for (const xmlNs *d : std::as_const(declared)) {
                out += " xmlns:" + QByteArray(reinterpret_cast<const char *>(d->prefix)) + "=\""
                        + FeedText::escapeHtml(
                                  QString::fromUtf8(reinterpret_cast<const char *>(d->href)), true)
                                  .toUtf8()
                        + '"';
            }
            if (!n->children) {
                out += " />";
            } else {
                out += '>';
                appendMarkup(n, out, depth + 1);
                out += "</" + name + '>';
            }
            break;
        }
        default:
            break;
        }
    }
}

QString Document::innerMarkup(const xmlNode *node)
{
    QByteArray out;
    appendMarkup(node, out, 0);
    return QString::fromUtf8(out);
}

QString Document::attribute(const xmlNode *node, const char *name)
{
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (std::strcmp(reinterpret_cast<const char *>(a->name), name) != 0)
            continue;
        if (a->ns && a->ns->href
            && std::strcmp(reinterpret_cast<const char *>(a->ns->href),
                           "http://www.w3.org/XML/1998/namespace")
                    == 0)
            continue;
        const xmlNode *child = a->children;
        if (child && !child->next && child->type == XML_TEXT_NODE && child->content)
            return QString::fromUtf8(reinterpret_cast<const char *>(child->content));
        QByteArray out;
        for (const xmlNode *c = child; c; c = c->next) {
            if (c->type == XML_TEXT_NODE && c->content)
                out += reinterpret_cast<const char *>(c->content);
        }
        return QString::fromUtf8(out);
    }
    return {};
}

QString Document::xmlAttribute(const xmlNode *node, const char *name)
{
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (std::strcmp(reinterpret_cast<const char *>(a->name), name) != 0 || !a->ns
            || !a->ns->href)
            continue;
        if (std::strcmp(reinterpret_cast<const char *>(a->ns->href),
                        "http://www.w3.org/XML/1998/namespace")
            != 0)
            continue;
        const xmlNode *child = a->children;
        return child && child->content
                ? QString::fromUtf8(reinterpret_cast<const char *>(child->content))
                : QString();
    }
    return {};
}

Scope Document::scopeFor(const xmlNode *node, const Scope &parent)
{
    bool hasXmlAttribute = false;
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (a->ns) {
            hasXmlAttribute = true;
            break;
        }
    }
    if (!hasXmlAttribute)
        return parent;
    Scope scope = parent;
    const QString base = xmlAttribute(node, "base").trimmed();
    if (!base.isEmpty()) {
        const QUrl url(base);
        scope.base =
                parent.base.isValid() && !parent.base.isEmpty() ? parent.base.resolved(url) : url;
    }
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (a->ns && a->ns->href
            && std::strcmp(reinterpret_cast<const char *>(a->name), "lang") == 0
            && std::strcmp(reinterpret_cast<const char *>(a->ns->href),
                           "http://www.w3.org/XML/1998/namespace")
                    == 0) {
            scope.language = xmlAttribute(node, "lang").trimmed().replace(u'_', u'-');
        }
    }
    return scope;
}

} // namespace FeedXml
