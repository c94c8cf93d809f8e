#pragma once

// A small mutable DOM built from the HTML5 parser's tree (MyHTML, of the
// Modest project: see htmlparse.cpp). The extractor and the sanitizer need to
// move, rename and drop nodes, so the parse result is copied once into this
// arena-owned tree. Tags are named by gumbo's enum (GumboTag), which this
// code has always used; gumbo itself only supplies that table.
// Internal to src/core/html: not part of the public API.

#include "html/htmlcharset.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <gumbo.h>

#include <deque>
#include <initializer_list>
#include <memory>

namespace HtmlDom {

enum class NodeType : quint8 { Document, Element, Text, Comment };

struct Attribute
{
    QString name;
    QString value;
};

// Length figures of a node's textContent, combinable across siblings so that
// they can be cached per node (see textStats()).
struct TextStats
{
    qsizetype length = 0;  // raw length
    qsizetype lead = 0;    // leading whitespace
    qsizetype trail = 0;   // trailing whitespace
    qsizetype core = 0;    // length once trimmed and runs of 2+ spaces collapsed
    qsizetype commas = 0;  // ','
    qsizetype anyCommas = 0; // ',' and the other scripts' commas
    bool allSpace = true;

    qsizetype normalizedLength() const { return allSpace ? 0 : core; }
    qsizetype trimmedLength() const { return allSpace ? 0 : length - lead - trail; }
};

struct Node
{
    NodeType type = NodeType::Element;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    GumboNamespaceEnum ns = GUMBO_NAMESPACE_HTML;
    QString name; // element local name, lower case for HTML elements
    QString text; // data of Text and Comment nodes
    QList<Attribute> attributes;

    Node *parent = nullptr;
    Node *firstChild = nullptr;
    Node *lastChild = nullptr;
    Node *prev = nullptr;
    Node *next = nullptr;

    // Cached text figures; invalidated up the ancestor chain by every mutation.
    mutable TextStats stats;
    mutable bool statsValid = false;

    // Scratch space for the extractor (Readability-style scores).
    double score = 0;
    bool scored = false;
    bool dataTable = false;

    bool isElement() const { return type == NodeType::Element; }
    bool isText() const { return type == NodeType::Text; }
    bool is(GumboTag t) const { return type == NodeType::Element && tag == t; }
    bool isAnyOf(std::initializer_list<GumboTag> tags) const
    {
        if (type != NodeType::Element)
            return false;
        for (GumboTag t : tags) {
            if (t == tag)
                return true;
        }
        return false;
    }

    QString attribute(QStringView attrName) const;
    bool hasAttribute(QStringView attrName) const;
    void setAttribute(const QString &attrName, const QString &value);
    void removeAttribute(QStringView attrName);
    QString className() const { return attribute(u"class"); }
    QString id() const { return attribute(u"id"); }

    Node *firstElementChild() const;
    Node *nextElementSibling() const;
    Node *previousElementSibling() const;
    int elementChildCount() const;
};

// Owns every node of one tree (and of trees cloned into it).
class Document final
{
public:
    Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    Node *root() const { return m_root; }
    Node *documentElement() const;
    Node *body() const;
    Node *head() const;

    Node *createElement(GumboTag tag);
    Node *createElement(const QString &name);
    // For the parser: a name already lower case and its tag already known.
    Node *createElement(GumboTag tag, GumboNamespaceEnum ns, const QString &lowerName);
    Node *createText(const QString &text);
    Node *createComment(const QString &text);
    // Deep copy of a subtree into this document (detached).
    Node *clone(const Node *node);

    qsizetype nodeCount() const { return qsizetype(m_nodes.size()); }

private:
    Node *allocate(NodeType type);

    std::deque<Node> m_nodes;
    Node *m_root = nullptr;
};

// Tree mutation (all of them detach the moved node from its old place first).
void appendChild(Node *parent, Node *child);
void insertBefore(Node *parent, Node *child, Node *reference);
void detach(Node *node);
void replaceNode(Node *oldNode, Node *replacement);
// Renames an element in place (keeps attributes, children and scores).
void setTag(Node *node, GumboTag tag);

// Pre-order traversal restricted to the subtree of `scope`.
Node *nextInTree(const Node *node, const Node *scope);
// Pre-order next node, skipping the children of `node`.
Node *nextSkippingChildren(const Node *node, const Node *scope);

QString textContent(const Node *node);
// Cached figures of textContent(node); amortised O(1) between mutations.
const TextStats &textStats(const Node *node);
void appendTextContent(const Node *node, QString &out);
bool hasNonWhitespaceText(const Node *node);
// Descendant elements (not the node itself) with one of the tags, in document order.
QList<Node *> elementsByTag(const Node *root, std::initializer_list<GumboTag> tags);
qsizetype countElementsByTag(const Node *root, GumboTag tag);
// What the document's relative links resolve against: its first <base
// href>, resolved against the page's own address, else that address.
QUrl baseUrl(const Node *root, const QUrl &pageUrl);

GumboTag tagForName(QStringView name);
QString nameForTag(GumboTag tag);

// Limits that keep hostile input linear. Real pages nest far less deeply
// (the deepest page of the Readability corpus has 40 levels in all).
inline constexpr qsizetype MaxInputBytes = 8 * 1024 * 1024;
inline constexpr int MaxNestingDepth = 400;

// Parses a UTF-8 document (HTML5 tree construction) into a DOM. Never fails: a document
// always has html, head and body. Input longer than MaxInputBytes is cut and
// absurdly deep nesting is flattened before the parser sees it.
std::unique_ptr<Document> parseDocument(const QByteArray &utf8, int maxDepth = MaxNestingDepth,
                                        qsizetype maxBytes = MaxInputBytes);
std::unique_ptr<Document> parseDocument(QStringView html);


} // namespace HtmlDom
