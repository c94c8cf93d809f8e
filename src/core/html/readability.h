#pragma once

// Readability-style main-content extraction over HtmlDom (internal). The
// algorithm follows Mozilla's Readability: score paragraphs by text length
// and commas, propagate scores to ancestors, weigh class/id hints and link
// density, pick the best container plus related siblings, then clean it.

#include "html/htmldom.h"

#include <QUrl>

namespace HtmlDom {

struct PageMetadata
{
    QString title;
    QString byline;
    QString excerpt;
    QString siteName;
    QString publishedTime;
};

class Readability final
{
public:
    explicit Readability(Document &doc);

    // Runs the whole pipeline; returns the article container (detached from
    // the page) or nullptr when nothing usable was found.
    Node *parse();

    const PageMetadata &metadata() const { return m_metadata; }
    QString byline() const { return m_metadata.byline.isEmpty() ? m_articleByline : m_metadata.byline; }
    QString language() const { return m_articleLang; }
    QString direction() const { return m_articleDir; }

    // Decides, before parse(), whether the page looks like an article.
    static bool isProbablyReaderable(const Document &doc);

private:
    enum Flag { StripUnlikelys = 0x1, WeightClasses = 0x2, CleanConditionally = 0x4 };
    bool flag(Flag f) const { return (m_flags & f) != 0; }

    // readabilityprep.cpp
    void unwrapNoscriptImages();
    void removeScripts();
    void prepDocument();
    void replaceBrs(Node *root);
    void simplifyNestedElements(Node *articleContent);
    void fixJavascriptLinks(Node *articleContent);

    // readabilitymeta.cpp
    PageMetadata jsonLd();
    PageMetadata articleMetadata(const PageMetadata &jsonLd);
    QString articleTitle() const;

    // readabilitygrab.cpp
    Node *grabArticle();
    void collectElementsToScore(Node *page, QList<Node *> &elementsToScore);
    Node *selectTopCandidate(Node *page, QList<Node *> &candidates, bool &neededToCreate);
    void initializeNode(Node *node) const;
    bool checkByline(Node *node, const QString &matchStr);
    bool headerDuplicatesTitle(const Node *node) const;

    // readabilityclean.cpp
    void prepArticle(Node *articleContent);
    void cleanStyles(Node *root);
    void markDataTables(Node *root);
    void fixLazyImages(Node *root);
    void cleanConditionally(Node *root, GumboTag tag);
    bool shouldCleanConditionally(Node *node, GumboTag tag);
    void clean(Node *root, GumboTag tag);
    void cleanMatchedShareNodes(Node *root);
    void cleanHeaders(Node *root);
    void removeEmptyParagraphsAndTables(Node *root);

    Document &m_doc;
    int m_flags = StripUnlikelys | WeightClasses | CleanConditionally;
    PageMetadata m_metadata;
    QString m_articleTitle;
    QString m_articleByline;
    QString m_articleDir;
    QString m_articleLang;
    bool m_bylineFound = false;
};

} // namespace HtmlDom
