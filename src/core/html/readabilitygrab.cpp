// Candidate scoring and selection of the extractor (Readability's grabArticle).

#include "html/readability.h"
#include "html/readabilityutil.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace HtmlDom {

namespace {

constexpr int TopCandidateCount = 5;
constexpr int CharThreshold = 500;

bool isUnlikelyRole(const QString &role)
{
    return role == u"menu" || role == u"menubar" || role == u"complementary"
        || role == u"navigation" || role == u"alert" || role == u"alertdialog" || role == u"dialog";
}

bool isParentElement(const Node *node)
{
    return node->parent && node->parent->isElement();
}

} // namespace

void Readability::initializeNode(Node *node) const
{
    node->scored = true;
    node->score = 0;
    switch (node->tag) {
    case GUMBO_TAG_DIV:
        node->score += 5;
        break;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
        node->score += 3;
        break;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
        node->score -= 3;
        break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
        node->score -= 5;
        break;
    default:
        break;
    }
    node->score += classWeight(node, flag(WeightClasses));
}

bool Readability::checkByline(Node *node, const QString &matchStr)
{
    if (!m_articleByline.isEmpty() || !m_metadata.byline.isEmpty())
        return false;
    const bool candidate = node->attribute(u"rel") == u"author"
        || node->attribute(u"itemprop").contains(u"author")
        || ReadabilityRegex::byline().match(matchStr).hasMatch();
    if (!candidate)
        return false;
    const qsizetype length = textContent(node).trimmed().size();
    if (length == 0 || length >= 100)
        return false;
    // Prefer a descendant marked itemprop="name" for the author's name.
    const Node *nameNode = node;
    const Node *end = nextElementNode(node, true);
    for (Node *n = nextElementNode(node); n && n != end; n = nextElementNode(n)) {
        if (n->attribute(u"itemprop").contains(u"name")) {
            nameNode = n;
            break;
        }
    }
    m_articleByline = textContent(nameNode).trimmed();
    return true;
}

bool Readability::headerDuplicatesTitle(const Node *node) const
{
    if (!node->isAnyOf({GUMBO_TAG_H1, GUMBO_TAG_H2}))
        return false;
    return textSimilarity(m_articleTitle, innerText(node, false)) > 0.75;
}

void Readability::collectElementsToScore(Node *page, QList<Node *> &elementsToScore)
{
    const bool stripUnlikelyCandidates = flag(StripUnlikelys);
    bool shouldRemoveTitleHeader = true;
    Node *node = m_doc.documentElement();
    while (node) {
        if (node->is(GUMBO_TAG_HTML))
            m_articleLang = node->attribute(u"lang");
        // The root and the body hold everything: classes, roles or an
        // anti-flicker style on them say nothing about the content, and
        // removing them would leave no page to extract from.
        if (node->isAnyOf({GUMBO_TAG_HTML, GUMBO_TAG_BODY}) || node == page) {
            node = nextElementNode(node);
            continue;
        }
        const QString matchStr = matchString(node);
        if (!isProbablyVisible(node)
            || (node->attribute(u"aria-modal") == u"true" && node->attribute(u"role") == u"dialog")
            || checkByline(node, matchStr)) {
            node = removeAndGetNext(node);
            continue;
        }
        if (shouldRemoveTitleHeader && headerDuplicatesTitle(node)) {
            shouldRemoveTitleHeader = false;
            node = removeAndGetNext(node);
            continue;
        }
        if (stripUnlikelyCandidates) {
            if (ReadabilityRegex::unlikelyCandidates().match(matchStr).hasMatch()
                && !ReadabilityRegex::okMaybeItsACandidate().match(matchStr).hasMatch()
                && !hasAncestorTag(node, GUMBO_TAG_TABLE) && !hasAncestorTag(node, GUMBO_TAG_CODE)
                && !node->is(GUMBO_TAG_BODY) && !node->is(GUMBO_TAG_A)
                && !isTagNamed(node, u"mjx-container")) { // MathJax's "CtxtMenu" class
                node = removeAndGetNext(node);
                continue;
            }
            if (isUnlikelyRole(node->attribute(u"role"))) {
                node = removeAndGetNext(node);
                continue;
            }
        }
        if (node->isAnyOf({GUMBO_TAG_DIV, GUMBO_TAG_SECTION, GUMBO_TAG_HEADER, GUMBO_TAG_H1,
                           GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6})
            && isElementWithoutContent(node)) {
            node = removeAndGetNext(node);
            continue;
        }
        if (node->isAnyOf({GUMBO_TAG_SECTION, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4,
                           GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_P, GUMBO_TAG_TD, GUMBO_TAG_PRE}))
            elementsToScore.append(node);

        if (node->is(GUMBO_TAG_DIV)) {
            // Put phrasing content into paragraphs.
            Node *p = nullptr;
            Node *child = node->firstChild;
            while (child) {
                Node *nextSibling = child->next;
                if (isPhrasingContent(child)) {
                    if (p) {
                        appendChild(p, child);
                    } else if (!isWhitespaceNode(child)) {
                        p = m_doc.createElement(GUMBO_TAG_P);
                        replaceNode(child, p);
                        appendChild(p, child);
                    }
                } else if (p) {
                    while (p->lastChild && isWhitespaceNode(p->lastChild))
                        detach(p->lastChild);
                    p = nullptr;
                }
                child = nextSibling;
            }
            // A div holding a single paragraph is that paragraph.
            if (hasSingleTagInsideElement(node, GUMBO_TAG_P) && linkDensity(node) < 0.25) {
                Node *newNode = node->firstElementChild();
                replaceNode(node, newNode);
                node = newNode;
                elementsToScore.append(node);
            } else if (!hasChildBlockElement(node)) {
                setTag(node, GUMBO_TAG_P);
                elementsToScore.append(node);
            }
        }
        node = nextElementNode(node);
    }
}

Node *Readability::selectTopCandidate(Node *page, QList<Node *> &candidates, bool &neededToCreate)
{
    QList<Node *> topCandidates;
    for (Node *candidate : std::as_const(candidates)) {
        candidate->score *= 1 - linkDensity(candidate);
        for (int t = 0; t < TopCandidateCount; ++t) {
            if (t >= topCandidates.size() || candidate->score > topCandidates.at(t)->score) {
                topCandidates.insert(t, candidate);
                if (topCandidates.size() > TopCandidateCount)
                    topCandidates.removeLast();
                break;
            }
        }
    }
    Node *topCandidate = topCandidates.value(0);
    neededToCreate = false;
    if (!topCandidate || topCandidate->is(GUMBO_TAG_BODY)) {
        topCandidate = m_doc.createElement(GUMBO_TAG_DIV);
        neededToCreate = true;
        while (page->firstChild)
            appendChild(topCandidate, page->firstChild);
        appendChild(page, topCandidate);
        initializeNode(topCandidate);
        return topCandidate;
    }
    auto isBodyOrTop = [](const Node *n) { return !n || !n->isElement() || n->is(GUMBO_TAG_BODY); };

    // Several close competitors sharing an ancestor: take the ancestor.
    QList<QList<Node *>> alternativeAncestors;
    for (int i = 1; i < topCandidates.size(); ++i) {
        if (topCandidates.at(i)->score / topCandidate->score >= 0.75)
            alternativeAncestors.append(nodeAncestors(topCandidates.at(i)));
    }
    constexpr int MinimumTopCandidates = 3;
    if (alternativeAncestors.size() >= MinimumTopCandidates) {
        for (Node *parent = topCandidate->parent; !isBodyOrTop(parent); parent = parent->parent) {
            int lists = 0;
            for (int i = 0; i < alternativeAncestors.size() && lists < MinimumTopCandidates; ++i)
                lists += alternativeAncestors.at(i).contains(parent) ? 1 : 0;
            if (lists >= MinimumTopCandidates) {
                topCandidate = parent;
                break;
            }
        }
    }
    if (!topCandidate->scored)
        initializeNode(topCandidate);

    // Walk up while the parents' scores keep rising.
    double lastScore = topCandidate->score;
    const double scoreThreshold = lastScore / 3;
    for (Node *parent = topCandidate->parent; !isBodyOrTop(parent);) {
        if (!parent->scored) {
            parent = parent->parent;
            continue;
        }
        if (parent->score < scoreThreshold)
            break;
        if (parent->score > lastScore) {
            topCandidate = parent;
            break;
        }
        lastScore = parent->score;
        parent = parent->parent;
    }
    // An only child hands over to its parent (helps sibling joining).
    for (Node *parent = topCandidate->parent; !isBodyOrTop(parent) && parent->elementChildCount() == 1;
         parent = topCandidate->parent)
        topCandidate = parent;
    if (!topCandidate->scored)
        initializeNode(topCandidate);
    return topCandidate;
}

Node *Readability::grabArticle()
{
    Node *page = m_doc.body();
    if (!page)
        return nullptr;
    Node *pageCache = m_doc.clone(page);
    struct Attempt
    {
        Node *content;
        qsizetype textLength;
    };
    QList<Attempt> attempts;

    while (true) {
        QList<Node *> elementsToScore;
        collectElementsToScore(page, elementsToScore);

        QList<Node *> candidates;
        for (Node *element : std::as_const(elementsToScore)) {
            if (!isParentElement(element))
                continue;
            const TextStats &stats = textStats(element);
            const qsizetype length = stats.normalizedLength();
            if (length < 25)
                continue;
            const QList<Node *> ancestors = nodeAncestors(element, 5);
            if (ancestors.isEmpty())
                continue;
            double contentScore = 1;
            contentScore += double(stats.anyCommas + 1);
            contentScore += double(qMin<qsizetype>(length / 100, 3));
            for (int level = 0; level < ancestors.size(); ++level) {
                Node *ancestor = ancestors.at(level);
                if (!ancestor->isElement() || !isParentElement(ancestor))
                    continue;
                if (!ancestor->scored) {
                    initializeNode(ancestor);
                    candidates.append(ancestor);
                }
                const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                ancestor->score += contentScore / divider;
            }
        }

        bool neededToCreate = false;
        Node *topCandidate = selectTopCandidate(page, candidates, neededToCreate);
        Node *parentOfTopCandidate = topCandidate->parent;

        // Gather the top candidate and its related siblings.
        Node *articleContent = m_doc.createElement(GUMBO_TAG_DIV);
        const double siblingScoreThreshold = qMax(10.0, topCandidate->score * 0.2);
        QList<Node *> siblings;
        for (Node *s = parentOfTopCandidate->firstElementChild(); s; s = s->nextElementSibling())
            siblings.append(s);
        const QString topClass = topCandidate->className();
        static const QRegularExpression sentenceEnd(u"\\.( |$)"_s);
        for (Node *sibling : std::as_const(siblings)) {
            bool append = sibling == topCandidate;
            if (!append) {
                const double contentBonus =
                    !topClass.isEmpty() && sibling->className() == topClass ? topCandidate->score * 0.2 : 0;
                if (sibling->scored && sibling->score + contentBonus >= siblingScoreThreshold) {
                    append = true;
                } else if (sibling->is(GUMBO_TAG_P)) {
                    const double density = linkDensity(sibling);
                    const qsizetype length = innerTextLength(sibling);
                    if (length > 80 && density < 0.25)
                        append = true;
                    else if (length < 80 && length > 0 && density == 0
                             && sentenceEnd.match(innerText(sibling)).hasMatch())
                        append = true;
                }
            }
            if (append) {
                if (!sibling->isAnyOf({GUMBO_TAG_DIV, GUMBO_TAG_ARTICLE, GUMBO_TAG_SECTION, GUMBO_TAG_P,
                                       GUMBO_TAG_OL, GUMBO_TAG_UL}))
                    setTag(sibling, GUMBO_TAG_DIV);
                appendChild(articleContent, sibling);
            }
        }

        prepArticle(articleContent);

        if (neededToCreate) {
            topCandidate->setAttribute(u"id"_s, u"readability-page-1"_s);
            topCandidate->setAttribute(u"class"_s, u"page"_s);
        } else {
            Node *div = m_doc.createElement(GUMBO_TAG_DIV);
            div->setAttribute(u"id"_s, u"readability-page-1"_s);
            div->setAttribute(u"class"_s, u"page"_s);
            while (articleContent->firstChild)
                appendChild(div, articleContent->firstChild);
            appendChild(articleContent, div);
        }

        bool parseSuccessful = true;
        const qsizetype textLength = innerTextLength(articleContent);
        if (textLength < CharThreshold) {
            parseSuccessful = false;
            while (page->firstChild)
                detach(page->firstChild);
            for (const Node *c = pageCache->firstChild; c; c = c->next)
                appendChild(page, m_doc.clone(c));
            attempts.append({articleContent, textLength});
            if (flag(StripUnlikelys)) {
                m_flags &= ~StripUnlikelys;
            } else if (flag(WeightClasses)) {
                m_flags &= ~WeightClasses;
            } else if (flag(CleanConditionally)) {
                m_flags &= ~CleanConditionally;
            } else {
                std::stable_sort(attempts.begin(), attempts.end(),
                                 [](const Attempt &a, const Attempt &b) { return a.textLength > b.textLength; });
                if (attempts.first().textLength == 0)
                    return nullptr;
                articleContent = attempts.first().content;
                parseSuccessful = true;
            }
        }
        if (parseSuccessful) {
            QList<Node *> ancestors{parentOfTopCandidate, topCandidate};
            ancestors += nodeAncestors(parentOfTopCandidate);
            for (const Node *ancestor : std::as_const(ancestors)) {
                if (!ancestor->isElement())
                    continue;
                const QString dir = ancestor->attribute(u"dir");
                if (!dir.isEmpty()) {
                    m_articleDir = dir;
                    break;
                }
            }
            return articleContent;
        }
    }
}

} // namespace HtmlDom
