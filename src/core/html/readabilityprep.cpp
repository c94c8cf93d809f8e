// The extractor's pipeline, document preparation and post-processing steps.

#include "html/readability.h"
#include "html/readabilityutil.h"

#include <QSet>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace HtmlDom {

Readability::Readability(Document &doc)
    : m_doc(doc)
{
}

// The whole pipeline, in Readability's order.
Node *Readability::parse()
{
    unwrapNoscriptImages();
    const PageMetadata ld = jsonLd();
    removeScripts();
    prepDocument();
    m_metadata = articleMetadata(ld);
    m_articleTitle = m_metadata.title;
    Node *articleContent = grabArticle();
    if (!articleContent)
        return nullptr;
    fixJavascriptLinks(articleContent);
    simplifyNestedElements(articleContent);
    if (m_metadata.excerpt.isEmpty()) {
        const QList<Node *> paragraphs = elementsByTag(articleContent, {GUMBO_TAG_P});
        if (!paragraphs.isEmpty())
            m_metadata.excerpt = textContent(paragraphs.first()).trimmed();
    }
    return articleContent;
}

namespace {

bool isSingleImage(const Node *node)
{
    while (node) {
        if (node->is(GUMBO_TAG_IMG))
            return true;
        if (node->elementChildCount() != 1 || hasNonWhitespaceText(node))
            return false;
        node = node->firstElementChild();
    }
    return false;
}

Node *firstImage(Node *root)
{
    if (root->is(GUMBO_TAG_IMG))
        return root;
    for (Node *n = root->firstChild; n; n = nextInTree(n, root)) {
        if (n->is(GUMBO_TAG_IMG))
            return n;
    }
    return nullptr;
}

} // namespace

void Readability::unwrapNoscriptImages()
{
    Node *root = m_doc.root();
    for (Node *img : elementsByTag(root, {GUMBO_TAG_IMG})) {
        bool keep = false;
        for (const Attribute &a : std::as_const(img->attributes)) {
            if (a.name == u"src" || a.name == u"srcset" || a.name == u"data-src"
                || a.name == u"data-srcset"
                || ReadabilityRegex::imageExtension().match(a.value).hasMatch()) {
                keep = true;
                break;
            }
        }
        if (!keep)
            detach(img);
    }
    for (Node *noscript : elementsByTag(root, {GUMBO_TAG_NOSCRIPT})) {
        if (!isSingleImage(noscript))
            continue;
        Node *prevElement = noscript->previousElementSibling();
        if (!prevElement || !isSingleImage(prevElement))
            continue;
        Node *tmp = m_doc.createElement(GUMBO_TAG_DIV);
        for (Node *c = noscript->firstChild; c; c = c->next)
            appendChild(tmp, m_doc.clone(c));
        Node *prevImg = firstImage(prevElement);
        Node *newImg = firstImage(tmp);
        if (!prevImg || !newImg)
            continue;
        for (const Attribute &a : std::as_const(prevImg->attributes)) {
            if (a.value.isEmpty())
                continue;
            if (a.name == u"src" || a.name == u"srcset"
                || ReadabilityRegex::imageExtension().match(a.value).hasMatch()) {
                if (newImg->attribute(a.name) == a.value)
                    continue;
                const QString name = newImg->hasAttribute(a.name) ? u"data-old-"_s + a.name : a.name;
                newImg->setAttribute(name, a.value);
            }
        }
        if (Node *replacement = tmp->firstElementChild())
            replaceNode(prevElement, replacement);
    }
}

void Readability::removeScripts()
{
    for (Node *n : elementsByTag(m_doc.root(), {GUMBO_TAG_SCRIPT, GUMBO_TAG_NOSCRIPT}))
        detach(n);
    // Comments carry no content; dropping them also keeps "A<!-- -->1" one word.
    Node *root = m_doc.root();
    for (Node *n = root->firstChild; n;) {
        Node *next = nextInTree(n, root);
        if (n->type == NodeType::Comment) {
            next = nextSkippingChildren(n, root);
            detach(n);
        }
        n = next;
    }
}

void Readability::prepDocument()
{
    for (Node *n : elementsByTag(m_doc.root(), {GUMBO_TAG_STYLE}))
        detach(n);
    if (Node *body = m_doc.body())
        replaceBrs(body);
    for (Node *n : elementsByTag(m_doc.root(), {GUMBO_TAG_FONT}))
        setTag(n, GUMBO_TAG_SPAN);
}

void Readability::replaceBrs(Node *root)
{
    for (Node *br : elementsByTag(root, {GUMBO_TAG_BR})) {
        Node *next = br->next;
        bool replaced = false;
        while ((next = nextNonBlankNode(next)) && next->is(GUMBO_TAG_BR)) {
            replaced = true;
            Node *brSibling = next->next;
            detach(next);
            next = brSibling;
        }
        if (!replaced || !br->parent)
            continue;
        Node *p = m_doc.createElement(GUMBO_TAG_P);
        replaceNode(br, p);
        next = p->next;
        while (next) {
            if (next->is(GUMBO_TAG_BR)) {
                Node *nextElem = nextNonBlankNode(next->next);
                if (nextElem && nextElem->is(GUMBO_TAG_BR))
                    break;
            }
            if (!isPhrasingContent(next))
                break;
            Node *sibling = next->next;
            appendChild(p, next);
            next = sibling;
        }
        while (p->lastChild && isWhitespaceNode(p->lastChild))
            detach(p->lastChild);
        if (p->parent->is(GUMBO_TAG_P))
            setTag(p->parent, GUMBO_TAG_DIV);
    }
}

void Readability::simplifyNestedElements(Node *articleContent)
{
    Node *node = articleContent;
    while (node) {
        if (node->parent && node->isAnyOf({GUMBO_TAG_DIV, GUMBO_TAG_SECTION})
            && !node->id().startsWith(u"readability")) {
            if (isElementWithoutContent(node)) {
                node = removeAndGetNext(node);
                continue;
            }
            if (hasSingleTagInsideElement(node, GUMBO_TAG_DIV)
                || hasSingleTagInsideElement(node, GUMBO_TAG_SECTION)) {
                Node *child = node->firstElementChild();
                for (const Attribute &a : std::as_const(node->attributes))
                    child->setAttribute(a.name, a.value);
                replaceNode(node, child);
                node = child;
                continue;
            }
        }
        node = nextElementNode(node);
    }
}

void Readability::fixJavascriptLinks(Node *articleContent)
{
    for (Node *link : elementsByTag(articleContent, {GUMBO_TAG_A})) {
        if (!link->attribute(u"href").startsWith(u"javascript:") || !link->parent)
            continue;
        if (link->firstChild && link->firstChild == link->lastChild && link->firstChild->isText()) {
            replaceNode(link, m_doc.createText(link->firstChild->text));
        } else {
            Node *span = m_doc.createElement(GUMBO_TAG_SPAN);
            while (link->firstChild)
                appendChild(span, link->firstChild);
            replaceNode(link, span);
        }
    }
}

bool Readability::isProbablyReaderable(const Document &doc)
{
    static const QRegularExpression unlikely = ReadabilityRegex::unlikelyCandidates();
    static const QRegularExpression okMaybe(u"and|article|body|column|main|shadow"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    QList<Node *> nodes = elementsByTag(doc.root(), {GUMBO_TAG_P, GUMBO_TAG_PRE});
    QSet<const Node *> seen(nodes.cbegin(), nodes.cend());
    for (Node *br : elementsByTag(doc.root(), {GUMBO_TAG_BR})) {
        if (br->parent && br->parent->is(GUMBO_TAG_DIV) && !seen.contains(br->parent)) {
            seen.insert(br->parent);
            nodes.append(br->parent);
        }
    }
    auto visible = [](const Node *n) {
        static const QRegularExpression displayNone(u"(^|;)\\s*display\\s*:\\s*none"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
        return !displayNone.match(n->attribute(u"style")).hasMatch() && !n->hasAttribute(u"hidden")
            && n->attribute(u"aria-hidden") != u"true";
    };
    double score = 0;
    for (const Node *node : std::as_const(nodes)) {
        if (!visible(node))
            continue;
        const QString match = matchString(node);
        if (unlikely.match(match).hasMatch() && !okMaybe.match(match).hasMatch())
            continue;
        if (node->is(GUMBO_TAG_P) && hasAncestorTag(node, GUMBO_TAG_LI, 0))
            continue;
        const qsizetype length = textContent(node).trimmed().size();
        if (length < 140)
            continue;
        score += qSqrt(double(length - 140));
        if (score > 20)
            return true;
    }
    return false;
}

} // namespace HtmlDom
