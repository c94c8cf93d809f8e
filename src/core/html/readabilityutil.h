#pragma once

// DOM queries shared by the Readability-style extractor (internal).

#include "html/htmldom.h"

#include <QRegularExpression>

namespace HtmlDom {

namespace ReadabilityRegex {
const QRegularExpression &unlikelyCandidates();
const QRegularExpression &okMaybeItsACandidate();
const QRegularExpression &positive();
const QRegularExpression &negative();
const QRegularExpression &byline();
const QRegularExpression &videos();
const QRegularExpression &shareElements();
const QRegularExpression &adWords();
const QRegularExpression &loadingWords();
const QRegularExpression &imageExtension(); // .jpg/.jpeg/.png/.webp, case-insensitive
} // namespace ReadabilityRegex

// textContent, trimmed; with normalizeSpaces runs of 2+ whitespace become one space.
QString innerText(const Node *node, bool normalizeSpaces = true);
// innerText(node).size(), from the cached text figures.
inline qsizetype innerTextLength(const Node *node) { return textStats(node).normalizedLength(); }
QString collapseSpaceRuns(const QString &text);
bool isBlank(QStringView text);
QString matchString(const Node *node); // "class id"

double linkDensity(const Node *node);
int classWeight(const Node *node, bool weightClasses);
bool isProbablyVisible(const Node *node);
bool hasAncestorTag(const Node *node, GumboTag tag, int maxDepth = 3,
                    bool (*filter)(const Node *) = nullptr);
bool isPhrasingContent(const Node *node);
bool isWhitespaceNode(const Node *node);
bool isElementWithoutContent(const Node *node);
bool hasSingleTagInsideElement(const Node *element, GumboTag tag);
bool hasChildBlockElement(const Node *element);
bool isDivToPElement(const Node *node);
double textSimilarity(const QString &textA, const QString &textB);
int wordCount(const QString &text);

// Skips whitespace-only non-element siblings.
Node *nextNonBlankNode(Node *node);
// Depth-first element traversal as Readability's _getNextNode.
Node *nextElementNode(Node *node, bool ignoreSelfAndKids = false);
Node *removeAndGetNext(Node *node);
QList<Node *> nodeAncestors(Node *node, int maxDepth = 0);
bool isTagNamed(const Node *node, QStringView name); // for tags gumbo does not know (picture)

} // namespace HtmlDom
