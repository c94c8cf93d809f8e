#include "html/htmldom.h"

#include <algorithm>
#include <vector>

namespace HtmlDom {


QString Node::attribute(QStringView attrName) const
{
    for (const Attribute &a : attributes) {
        if (a.name == attrName)
            return a.value;
    }
    return {};
}

bool Node::hasAttribute(QStringView attrName) const
{
    return std::any_of(attributes.cbegin(), attributes.cend(),
                       [attrName](const Attribute &a) { return a.name == attrName; });
}

void Node::setAttribute(const QString &attrName, const QString &value)
{
    for (Attribute &a : attributes) {
        if (a.name == attrName) {
            a.value = value;
            return;
        }
    }
    attributes.append({attrName, value});
}

void Node::removeAttribute(QStringView attrName)
{
    attributes.removeIf([attrName](const Attribute &a) { return a.name == attrName; });
}

Node *Node::firstElementChild() const
{
    for (Node *c = firstChild; c; c = c->next) {
        if (c->isElement())
            return c;
    }
    return nullptr;
}

Node *Node::nextElementSibling() const
{
    for (Node *c = next; c; c = c->next) {
        if (c->isElement())
            return c;
    }
    return nullptr;
}

Node *Node::previousElementSibling() const
{
    for (Node *c = prev; c; c = c->prev) {
        if (c->isElement())
            return c;
    }
    return nullptr;
}

int Node::elementChildCount() const
{
    int n = 0;
    for (Node *c = firstChild; c; c = c->next)
        n += c->isElement() ? 1 : 0;
    return n;
}

Document::Document()
{
    m_root = allocate(NodeType::Document);
}

Node *Document::allocate(NodeType type)
{
    Node &n = m_nodes.emplace_back();
    n.type = type;
    return &n;
}

Node *Document::documentElement() const
{
    for (Node *c = m_root->firstChild; c; c = c->next) {
        if (c->is(GUMBO_TAG_HTML))
            return c;
    }
    return m_root->firstElementChild();
}

Node *Document::body() const
{
    Node *html = documentElement();
    for (Node *c = html ? html->firstChild : nullptr; c; c = c->next) {
        if (c->is(GUMBO_TAG_BODY))
            return c;
    }
    return nullptr;
}

Node *Document::head() const
{
    Node *html = documentElement();
    for (Node *c = html ? html->firstChild : nullptr; c; c = c->next) {
        if (c->is(GUMBO_TAG_HEAD))
            return c;
    }
    return nullptr;
}

Node *Document::createElement(GumboTag tag)
{
    Node *n = allocate(NodeType::Element);
    n->tag = tag;
    n->name = nameForTag(tag);
    return n;
}

Node *Document::createElement(const QString &name)
{
    Node *n = allocate(NodeType::Element);
    n->name = name.toLower();
    n->tag = tagForName(n->name);
    return n;
}

Node *Document::createElement(GumboTag tag, GumboNamespaceEnum ns, const QString &lowerName)
{
    Node *n = allocate(NodeType::Element);
    n->tag = tag;
    n->ns = ns;
    n->name = lowerName;
    return n;
}

Node *Document::createText(const QString &text)
{
    Node *n = allocate(NodeType::Text);
    n->text = text;
    return n;
}

Node *Document::createComment(const QString &text)
{
    Node *n = allocate(NodeType::Comment);
    n->text = text;
    return n;
}

Node *Document::clone(const Node *node)
{
    auto copyOne = [this](const Node *src) {
        Node *n = allocate(src->type);
        n->tag = src->tag;
        n->ns = src->ns;
        n->name = src->name;
        n->text = src->text;
        n->attributes = src->attributes;
        return n;
    };
    Node *copyRoot = copyOne(node);
    // Iterative copy: walk the source in pre-order, tracking the copy parent.
    const Node *src = node->firstChild;
    Node *dstParent = copyRoot;
    while (src) {
        Node *copy = copyOne(src);
        appendChild(dstParent, copy);
        if (src->firstChild) {
            dstParent = copy;
            src = src->firstChild;
            continue;
        }
        while (src && src != node && !src->next) {
            src = src->parent;
            dstParent = dstParent->parent;
        }
        if (!src || src == node)
            break;
        src = src->next;
    }
    return copyRoot;
}

namespace {

// Keeps the invariant "a node with valid stats has only valid descendants".
void invalidateStats(Node *node)
{
    for (Node *n = node; n && n->statsValid; n = n->parent)
        n->statsValid = false;
}

} // namespace

void detach(Node *node)
{
    Node *p = node->parent;
    if (!p)
        return;
    invalidateStats(p);
    if (node->prev)
        node->prev->next = node->next;
    else
        p->firstChild = node->next;
    if (node->next)
        node->next->prev = node->prev;
    else
        p->lastChild = node->prev;
    node->parent = node->prev = node->next = nullptr;
}

void appendChild(Node *parent, Node *child)
{
    detach(child);
    invalidateStats(parent);
    child->parent = parent;
    child->prev = parent->lastChild;
    if (parent->lastChild)
        parent->lastChild->next = child;
    else
        parent->firstChild = child;
    parent->lastChild = child;
}

void insertBefore(Node *parent, Node *child, Node *reference)
{
    if (!reference) {
        appendChild(parent, child);
        return;
    }
    detach(child);
    invalidateStats(parent);
    child->parent = parent;
    child->next = reference;
    child->prev = reference->prev;
    if (reference->prev)
        reference->prev->next = child;
    else
        parent->firstChild = child;
    reference->prev = child;
}

void replaceNode(Node *oldNode, Node *replacement)
{
    Node *p = oldNode->parent;
    if (!p || oldNode == replacement)
        return;
    detach(replacement);
    insertBefore(p, replacement, oldNode);
    detach(oldNode);
}

void setTag(Node *node, GumboTag tag)
{
    node->tag = tag;
    node->name = nameForTag(tag);
    node->ns = GUMBO_NAMESPACE_HTML;
}

Node *nextSkippingChildren(const Node *node, const Node *scope)
{
    while (node && node != scope) {
        if (node->next)
            return node->next;
        node = node->parent;
    }
    return nullptr;
}

Node *nextInTree(const Node *node, const Node *scope)
{
    if (node->firstChild)
        return node->firstChild;
    return nextSkippingChildren(node, scope);
}

void appendTextContent(const Node *node, QString &out)
{
    if (node->type == NodeType::Text) {
        out += node->text;
        return;
    }
    if (node->type == NodeType::Comment)
        return;
    for (const Node *n = node->firstChild; n; n = nextInTree(n, node)) {
        if (n->type == NodeType::Text)
            out += n->text;
    }
}

QString textContent(const Node *node)
{
    QString out;
    appendTextContent(node, out);
    return out;
}

bool hasNonWhitespaceText(const Node *node)
{
    auto nonSpace = [](const QString &s) {
        return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return !c.isSpace(); });
    };
    if (node->type == NodeType::Text)
        return nonSpace(node->text);
    for (const Node *n = node->firstChild; n; n = nextInTree(n, node)) {
        if (n->type == NodeType::Text && nonSpace(n->text))
            return true;
    }
    return false;
}

QList<Node *> elementsByTag(const Node *root, std::initializer_list<GumboTag> tags)
{
    QList<Node *> out;
    for (Node *n = root->firstChild; n; n = nextInTree(n, root)) {
        if (n->isAnyOf(tags))
            out.append(n);
    }
    return out;
}

qsizetype countElementsByTag(const Node *root, GumboTag tag)
{
    qsizetype count = 0;
    for (const Node *n = root->firstChild; n; n = nextInTree(n, root))
        count += n->is(tag) ? 1 : 0;
    return count;
}

QUrl baseUrl(const Node *root, const QUrl &pageUrl)
{
    for (const Node *node : elementsByTag(root, {GUMBO_TAG_BASE})) {
        const QString href = node->attribute(u"href").trimmed();
        if (!href.isEmpty())
            return pageUrl.resolved(QUrl(href));
    }
    return pageUrl;
}

GumboTag tagForName(QStringView name)
{
    const QByteArray latin = name.toString().toLower().toUtf8();
    return gumbo_tagn_enum(latin.constData(), unsigned(latin.size()));
}

QString nameForTag(GumboTag tag)
{
    // One shared string per tag: copying it into a node allocates nothing.
    static const QList<QString> names = [] {
        QList<QString> all;
        all.reserve(GUMBO_TAG_LAST);
        for (int t = 0; t < GUMBO_TAG_LAST; ++t)
            all.append(QString::fromLatin1(gumbo_normalized_tagname(GumboTag(t))));
        return all;
    }();
    return tag >= 0 && tag < GUMBO_TAG_LAST ? names.at(tag)
                                             : QString::fromLatin1(gumbo_normalized_tagname(tag));
}

} // namespace HtmlDom
