// Clean-up of the extracted article (Readability's _prepArticle and helpers):
// drops forms, embeds, share bars, link lists, empty paragraphs and other junk.

#include "html/readability.h"
#include "html/readabilityutil.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace HtmlDom {

namespace {

bool isDataTable(const Node *node)
{
    return node->dataTable;
}

bool embedIsAllowedVideo(const Node *element)
{
    // (Readability also means to look into <object> markup, but its tag-name
    // comparison never matches, so only attributes count.)
    for (const Attribute &a : element->attributes) {
        if (ReadabilityRegex::videos().match(a.value).hasMatch())
            return true;
    }
    return false;
}

} // namespace

void Readability::prepArticle(Node *articleContent)
{
    cleanStyles(articleContent);
    markDataTables(articleContent);
    fixLazyImages(articleContent);

    cleanConditionally(articleContent, GUMBO_TAG_FORM);
    cleanConditionally(articleContent, GUMBO_TAG_FIELDSET);
    clean(articleContent, GUMBO_TAG_OBJECT);
    clean(articleContent, GUMBO_TAG_EMBED);
    clean(articleContent, GUMBO_TAG_FOOTER);
    clean(articleContent, GUMBO_TAG_LINK);
    clean(articleContent, GUMBO_TAG_ASIDE);

    for (Node *child = articleContent->firstElementChild(); child; child = child->nextElementSibling())
        cleanMatchedShareNodes(child);

    clean(articleContent, GUMBO_TAG_IFRAME);
    clean(articleContent, GUMBO_TAG_INPUT);
    clean(articleContent, GUMBO_TAG_TEXTAREA);
    clean(articleContent, GUMBO_TAG_SELECT);
    clean(articleContent, GUMBO_TAG_BUTTON);
    cleanHeaders(articleContent);

    cleanConditionally(articleContent, GUMBO_TAG_TABLE);
    cleanConditionally(articleContent, GUMBO_TAG_UL);
    cleanConditionally(articleContent, GUMBO_TAG_DIV);

    for (Node *h1 : elementsByTag(articleContent, {GUMBO_TAG_H1}))
        setTag(h1, GUMBO_TAG_H2);

    removeEmptyParagraphsAndTables(articleContent);
}

void Readability::cleanStyles(Node *root)
{
    static const QStringList presentational = {u"align"_s, u"background"_s, u"bgcolor"_s,
                                               u"border"_s, u"cellpadding"_s, u"cellspacing"_s,
                                               u"frame"_s, u"hspace"_s, u"rules"_s, u"style"_s,
                                               u"valign"_s, u"vspace"_s};
    Node *n = root;
    while (n) {
        if (n->is(GUMBO_TAG_SVG)) {
            n = nextSkippingChildren(n, root);
            continue;
        }
        if (n->isElement()) {
            n->attributes.removeIf([](const Attribute &a) { return presentational.contains(a.name); });
            if (n->isAnyOf({GUMBO_TAG_TABLE, GUMBO_TAG_TH, GUMBO_TAG_TD, GUMBO_TAG_HR, GUMBO_TAG_PRE})) {
                n->removeAttribute(u"width");
                n->removeAttribute(u"height");
            }
        }
        n = nextInTree(n, root);
    }
}

void Readability::markDataTables(Node *root)
{
    // What a table's subtree holds. Tables are handled innermost-last-first so
    // that a nested table's summary is reused instead of walked again: linear.
    struct Summary
    {
        const Node *firstCaption = nullptr;
        bool dataParts = false; // col, colgroup, tfoot, thead, th
    };
    QHash<const Node *, Summary> summaries;
    const QList<Node *> tables = elementsByTag(root, {GUMBO_TAG_TABLE});
    for (qsizetype i = tables.size() - 1; i >= 0; --i) {
        Node *table = tables.at(i);
        Summary summary;
        bool nestedTable = false;
        for (const Node *n = table->firstChild; n;) {
            if (n->is(GUMBO_TAG_TABLE)) {
                nestedTable = true;
                const Summary inner = summaries.value(n);
                if (!summary.firstCaption)
                    summary.firstCaption = inner.firstCaption;
                summary.dataParts = summary.dataParts || inner.dataParts;
                n = nextSkippingChildren(n, table);
                continue;
            }
            if (n->is(GUMBO_TAG_CAPTION) && !summary.firstCaption)
                summary.firstCaption = n;
            else if (n->isAnyOf({GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_TFOOT, GUMBO_TAG_THEAD, GUMBO_TAG_TH}))
                summary.dataParts = true;
            n = nextInTree(n, table);
        }
        summaries.insert(table, summary);

        table->dataTable = false;
        if (table->attribute(u"role") == u"presentation" || table->attribute(u"datatable") == u"0")
            continue;
        if (!table->attribute(u"summary").isEmpty()
            || (summary.firstCaption && summary.firstCaption->firstChild) || summary.dataParts) {
            table->dataTable = true;
            continue;
        }
        if (nestedTable)
            continue; // nested tables mean layout
        int rows = 0;
        int columns = 0;
        for (const Node *tr : elementsByTag(table, {GUMBO_TAG_TR})) {
            const int rowspan = tr->attribute(u"rowspan").toInt();
            rows += rowspan > 0 ? rowspan : 1;
            int columnsInRow = 0;
            for (const Node *td : elementsByTag(tr, {GUMBO_TAG_TD})) {
                const int colspan = td->attribute(u"colspan").toInt();
                columnsInRow += colspan > 0 ? colspan : 1;
            }
            columns = qMax(columns, columnsInRow);
        }
        if (columns == 1 || rows == 1)
            continue;
        if (rows >= 10 || columns > 4) {
            table->dataTable = true;
            continue;
        }
        table->dataTable = rows * columns > 10;
    }
}

void Readability::fixLazyImages(Node *root)
{
    static const QRegularExpression b64DataUrl(u"^data:\\s*([^\\s;,]+)\\s*;\\s*base64\\s*,"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression srcsetValue(u"\\.(jpg|jpeg|png|webp)\\s+\\d"_s);
    static const QRegularExpression srcValue(u"^\\s*\\S+\\.(jpg|jpeg|png|webp)\\S*\\s*$"_s);
    for (Node *elem : elementsByTag(root, {GUMBO_TAG_IMG, GUMBO_TAG_FIGURE, GUMBO_TAG_UNKNOWN})) {
        const bool isImg = elem->is(GUMBO_TAG_IMG);
        const bool isPicture = isTagNamed(elem, u"picture");
        if (!isImg && !isPicture && !elem->is(GUMBO_TAG_FIGURE))
            continue;
        if (isImg && elem->hasAttribute(u"src")) {
            const QString src = elem->attribute(u"src");
            const auto m = b64DataUrl.match(src);
            if (m.hasMatch()) {
                if (m.captured(1) == u"image/svg+xml")
                    continue;
                bool srcCouldBeRemoved = false;
                for (const Attribute &a : std::as_const(elem->attributes)) {
                    if (a.name != u"src" && ReadabilityRegex::imageExtension().match(a.value).hasMatch()) {
                        srcCouldBeRemoved = true;
                        break;
                    }
                }
                if (srcCouldBeRemoved) {
                    static const QRegularExpression base64(u"base64\\s*"_s, QRegularExpression::CaseInsensitiveOption);
                    const qsizetype b64starts = src.indexOf(base64) + 7;
                    if (src.size() - b64starts < 133)
                        elem->removeAttribute(u"src");
                }
            }
        }
        const QString srcset = elem->attribute(u"srcset");
        const bool hasSource = isImg && (elem->hasAttribute(u"src") || (!srcset.isEmpty() && srcset != u"null"));
        if (hasSource && !elem->className().toLower().contains(u"lazy"))
            continue;
        const QList<Attribute> attributes = elem->attributes;
        for (const Attribute &a : attributes) {
            if (a.name == u"src" || a.name == u"srcset" || a.name == u"alt")
                continue;
            QString copyTo;
            if (srcsetValue.match(a.value).hasMatch())
                copyTo = u"srcset"_s;
            else if (srcValue.match(a.value).hasMatch())
                copyTo = u"src"_s;
            if (copyTo.isEmpty())
                continue;
            if (isImg || isPicture) {
                elem->setAttribute(copyTo, a.value);
            } else if (elem->is(GUMBO_TAG_FIGURE) && countElementsByTag(elem, GUMBO_TAG_IMG) == 0) {
                bool hasPicture = false;
                for (const Node *n = elem->firstChild; n && !hasPicture; n = nextInTree(n, elem))
                    hasPicture = isTagNamed(n, u"picture");
                if (!hasPicture) {
                    Node *img = m_doc.createElement(GUMBO_TAG_IMG);
                    img->setAttribute(copyTo, a.value);
                    appendChild(elem, img);
                }
            }
        }
    }
}

void Readability::cleanConditionally(Node *root, GumboTag tag)
{
    if (!flag(CleanConditionally))
        return;
    const QList<Node *> nodes = elementsByTag(root, {tag});
    for (qsizetype i = nodes.size() - 1; i >= 0; --i) {
        Node *node = nodes.at(i);
        if (node->parent && shouldCleanConditionally(node, tag))
            detach(node);
    }
}

bool Readability::shouldCleanConditionally(Node *node, GumboTag tag)
{
    // One walk over the subtree gathers every count the checks need.
    const qsizetype contentLength = innerTextLength(node);
    qsizetype listLength = 0;
    qsizetype headingLength = 0;
    qsizetype textishLength = 0;
    qsizetype p = 0;
    qsizetype img = 0;
    qsizetype liCount = 0;
    qsizetype input = 0;
    int embedCount = 0;
    bool hasDataTable = false;
    bool hasAllowedVideo = false;
    for (Node *n = node->firstChild; n; n = nextInTree(n, node)) {
        if (!n->isElement())
            continue;
        switch (n->tag) {
        case GUMBO_TAG_P: ++p; break;
        case GUMBO_TAG_IMG: ++img; break;
        case GUMBO_TAG_LI: ++liCount; break;
        case GUMBO_TAG_INPUT: ++input; break;
        case GUMBO_TAG_TABLE: hasDataTable = hasDataTable || n->dataTable; break;
        case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_IFRAME:
            hasAllowedVideo = hasAllowedVideo || embedIsAllowedVideo(n);
            ++embedCount;
            break;
        default: break;
        }
        if (n->isAnyOf({GUMBO_TAG_UL, GUMBO_TAG_OL}))
            listLength += innerTextLength(n);
        if (n->isAnyOf({GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6}))
            headingLength += innerTextLength(n);
        if (n->isAnyOf({GUMBO_TAG_SPAN, GUMBO_TAG_LI, GUMBO_TAG_TD, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_DL,
                        GUMBO_TAG_DIV, GUMBO_TAG_IMG, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PRE,
                        GUMBO_TAG_TABLE, GUMBO_TAG_UL}))
            textishLength += innerTextLength(n);
    }
    bool isList = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
    if (!isList)
        isList = contentLength > 0 && double(listLength) / double(contentLength) > 0.9;
    if (tag == GUMBO_TAG_TABLE && isDataTable(node))
        return false;
    if (hasAncestorTag(node, GUMBO_TAG_TABLE, -1, isDataTable) || hasAncestorTag(node, GUMBO_TAG_CODE))
        return false;
    if (hasDataTable)
        return false;
    const int weight = classWeight(node, flag(WeightClasses));
    if (weight < 0)
        return true;
    if (textStats(node).commas >= 10)
        return false;
    if (hasAllowedVideo)
        return false; // people want their videos
    if (contentLength < 64) { // the ad/loading word lists are short, anchored words
        const QString text = innerText(node);
        if (ReadabilityRegex::adWords().match(text).hasMatch()
            || ReadabilityRegex::loadingWords().match(text).hasMatch())
            return true;
    }
    const qsizetype li = liCount - 100;
    const double headingDensity = contentLength ? double(headingLength) / double(contentLength) : 0;
    const double textishDensity = contentLength ? double(textishLength) / double(contentLength) : 0;
    const double density = linkDensity(node);
    const bool isFigureChild = hasAncestorTag(node, GUMBO_TAG_FIGURE);

    bool haveToRemove = false;
    if (!isFigureChild && img > 1 && double(p) / double(img) < 0.5)
        haveToRemove = true;
    if (!isList && li > p)
        haveToRemove = true;
    if (input > p / 3)
        haveToRemove = true;
    if (!isList && !isFigureChild && headingDensity < 0.9 && contentLength < 25
        && (img == 0 || img > 2) && density > 0)
        haveToRemove = true;
    if (!isList && weight < 25 && density > 0.2)
        haveToRemove = true;
    if (weight >= 25 && density > 0.5)
        haveToRemove = true;
    if ((embedCount == 1 && contentLength < 75) || embedCount > 1)
        haveToRemove = true;
    if (img == 0 && textishDensity == 0)
        haveToRemove = true;

    // Allow simple lists of images to remain.
    if (isList && haveToRemove) {
        for (const Node *child = node->firstElementChild(); child; child = child->nextElementSibling()) {
            if (child->elementChildCount() > 1)
                return haveToRemove;
        }
        if (img == liCount)
            return false;
    }
    return haveToRemove;
}

void Readability::clean(Node *root, GumboTag tag)
{
    const bool isEmbed = tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_EMBED || tag == GUMBO_TAG_IFRAME;
    const QList<Node *> nodes = elementsByTag(root, {tag});
    for (qsizetype i = nodes.size() - 1; i >= 0; --i) {
        Node *node = nodes.at(i);
        if (!node->parent || (isEmbed && embedIsAllowedVideo(node)))
            continue;
        detach(node);
    }
}

void Readability::cleanMatchedShareNodes(Node *root)
{
    constexpr qsizetype ShareElementThreshold = 500;
    Node *end = nextElementNode(root, true);
    Node *next = nextElementNode(root);
    while (next && next != end) {
        if (ReadabilityRegex::shareElements().match(matchString(next)).hasMatch()
            && textStats(next).length < ShareElementThreshold)
            next = removeAndGetNext(next);
        else
            next = nextElementNode(next);
    }
}

void Readability::cleanHeaders(Node *root)
{
    const QList<Node *> headings = elementsByTag(root, {GUMBO_TAG_H1, GUMBO_TAG_H2});
    for (qsizetype i = headings.size() - 1; i >= 0; --i) {
        Node *h = headings.at(i);
        if (h->parent && classWeight(h, flag(WeightClasses)) < 0)
            detach(h);
    }
}

void Readability::removeEmptyParagraphsAndTables(Node *root)
{
    const QList<Node *> paragraphs = elementsByTag(root, {GUMBO_TAG_P});
    for (qsizetype i = paragraphs.size() - 1; i >= 0; --i) {
        Node *p = paragraphs.at(i);
        if (!p->parent)
            continue;
        if (textStats(p).trimmedLength() == 0
            && elementsByTag(p, {GUMBO_TAG_IMG, GUMBO_TAG_EMBED, GUMBO_TAG_OBJECT, GUMBO_TAG_IFRAME}).isEmpty())
            detach(p);
    }
    for (Node *br : elementsByTag(root, {GUMBO_TAG_BR})) {
        Node *next = nextNonBlankNode(br->next);
        if (next && next->is(GUMBO_TAG_P))
            detach(br);
    }
    for (Node *table : elementsByTag(root, {GUMBO_TAG_TABLE})) {
        if (!table->parent)
            continue;
        Node *tbody = hasSingleTagInsideElement(table, GUMBO_TAG_TBODY) ? table->firstElementChild() : table;
        if (!hasSingleTagInsideElement(tbody, GUMBO_TAG_TR))
            continue;
        Node *row = tbody->firstElementChild();
        if (!hasSingleTagInsideElement(row, GUMBO_TAG_TD))
            continue;
        Node *cell = row->firstElementChild();
        bool allPhrasing = true;
        for (const Node *c = cell->firstChild; c && allPhrasing; c = c->next)
            allPhrasing = isPhrasingContent(c);
        setTag(cell, allPhrasing ? GUMBO_TAG_P : GUMBO_TAG_DIV);
        replaceNode(table, cell);
    }
}

} // namespace HtmlDom
