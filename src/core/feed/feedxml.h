#pragma once

#include <libxml/tree.h>

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

// A recovered libxml2 tree of a feed document plus the small helpers the
// format parsers need: namespace classification, text with bounded entity
// expansion, inner markup serialisation, xml:base / xml:lang scoping.
namespace FeedXml {

enum class Ns {
    None,
    Other,
    Rss090,
    Rss10,
    Rdf,
    Atom03,
    Atom10,
    Dc,
    DcTerms,
    Content,
    Media,
    Itunes,
    Slash,
    Wfw,
    Sy,
    Xhtml,
    Xml,
};

// The scope an element is read in: its effective xml:base and xml:lang.
struct Scope
{
    QUrl base;
    QString language;
};

class Document final
{
public:
    Document() = default;
    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    // Parses UTF-8 bytes with libxml2 in recover mode (no network, no DTD
    // loading, no external entities). False when no root element came out.
    bool parse(const QByteArray &utf8, int maxDepth);

    xmlNode *root() const;
    bool wellformed() const { return m_wellformed; }
    const QStringList &errors() const { return m_errors; }

    Ns ns(const xmlNode *node) const;
    // True when the node is in an unknown namespace that the root element
    // also uses (feeds that declare their own namespace for the format).
    bool inRootsOtherNamespace(const xmlNode *node) const;
    static QByteArrayView localName(const xmlNode *node);
    bool is(const xmlNode *node, Ns ns, const char *local) const;

    // Character data of the element and its descendants (markup dropped).
    // Internal entities are expanded within a per-document budget; external
    // ones never.
    QString text(const xmlNode *node);
    // The element's children serialised as markup (for inline XHTML or HTML
    // written as child elements of an RSS description).
    QString innerMarkup(const xmlNode *node);
    // True when the element has element children (not only text).
    static bool hasElementChildren(const xmlNode *node);

    static QString attribute(const xmlNode *node, const char *name);
    static QString xmlAttribute(const xmlNode *node, const char *name); // xml:base, xml:lang
    // Scope of a child element: applies its xml:base and xml:lang.
    static Scope scopeFor(const xmlNode *node, const Scope &parent);

    void addError(const QString &message);

private:
    void appendText(const xmlNode *node, QByteArray &out, int depth);
    void appendMarkup(const xmlNode *node, QByteArray &out, int depth);

    xmlDoc *m_doc = nullptr;
    QStringList m_errors;
    bool m_wellformed = true;
    qint64 m_entityBudget = 1 << 20; // bytes of entity expansion per document
    mutable QHash<const xmlNs *, Ns> m_nsCache;
};

// Iterates the element children of a node.
inline xmlNode *firstElement(const xmlNode *parent)
{
    for (xmlNode *n = parent ? parent->children : nullptr; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE)
            return n;
    }
    return nullptr;
}

inline xmlNode *nextElement(const xmlNode *node)
{
    for (xmlNode *n = node->next; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE)
            return n;
    }
    return nullptr;
}

} // namespace FeedXml
