#include "html/readabilityutil.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace HtmlDom {

namespace ReadabilityRegex {

namespace {
QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}
} // namespace

const QRegularExpression &unlikelyCandidates()
{
    static const QRegularExpression re = ci(
        u"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"_s);
    return re;
}

const QRegularExpression &okMaybeItsACandidate()
{
    static const QRegularExpression re = ci(u"and|article|body|column|content|main|shadow"_s);
    return re;
}

const QRegularExpression &positive()
{
    static const QRegularExpression re = ci(
        u"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"_s);
    return re;
}

const QRegularExpression &negative()
{
    static const QRegularExpression re = ci(
        u"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"_s);
    return re;
}

const QRegularExpression &byline()
{
    static const QRegularExpression re = ci(u"byline|author|dateline|writtenby|p-author"_s);
    return re;
}

const QRegularExpression &videos()
{
    static const QRegularExpression re = ci(
        u"\\/\\/(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)"_s);
    return re;
}

const QRegularExpression &shareElements()
{
    static const QRegularExpression re = ci(u"(\\b|_)(share|sharedaddy)(\\b|_)"_s);
    return re;
}

const QRegularExpression &adWords()
{
    static const QRegularExpression re(
        u"^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &loadingWords()
{
    static const QRegularExpression re(
        u"^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &imageExtension()
{
    static const QRegularExpression re = ci(u"\\.(jpg|jpeg|png|webp)"_s);
    return re;
}

} // namespace ReadabilityRegex

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

QString collapseSpaceRuns(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (text.at(i).isSpace()) {
            qsizetype j = i;
            while (j < n && text.at(j).isSpace())
                ++j;
            if (j - i >= 2)
                out += u' ';
            else
                out += text.at(i);
            i = j;
        } else {
            out += text.at(i++);
        }
    }
    return out;
}

QString innerText(const Node *node, bool normalizeSpaces)
{
    const QString text = textContent(node).trimmed();
    return normalizeSpaces ? collapseSpaceRuns(text) : text;
}

QString matchString(const Node *node)
{
    return node->className() + u' ' + node->id();
}

double linkDensity(const Node *node)
{
    const qsizetype textLength = innerTextLength(node);
    if (textLength == 0)
        return 0;
    double linkLength = 0;
    for (const Node *a = node->firstChild; a; a = nextInTree(a, node)) {
        if (!a->is(GUMBO_TAG_A))
            continue;
        const QString href = a->attribute(u"href");
        const double coefficient = href.size() > 1 && href.startsWith(u'#') ? 0.3 : 1;
        linkLength += double(innerTextLength(a)) * coefficient;
    }
    return linkLength / double(textLength);
}

int classWeight(const Node *node, bool weightClasses)
{
    if (!weightClasses)
        return 0;
    int weight = 0;
    for (const QString &value : {node->className(), node->id()}) {
        if (value.isEmpty())
            continue;
        if (ReadabilityRegex::negative().match(value).hasMatch())
            weight -= 25;
        if (ReadabilityRegex::positive().match(value).hasMatch())
            weight += 25;
    }
    return weight;
}

bool isProbablyVisible(const Node *node)
{
    static const QRegularExpression displayNone(u"(^|;)\\s*display\\s*:\\s*none\\s*(!important)?\\s*(;|$)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression visibilityHidden(
        u"(^|;)\\s*visibility\\s*:\\s*hidden\\s*(!important)?\\s*(;|$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (node->ns == GUMBO_NAMESPACE_HTML) {
        const QString style = node->attribute(u"style");
        if (!style.isEmpty()
            && (displayNone.match(style).hasMatch() || visibilityHidden.match(style).hasMatch()))
            return false;
    }
    if (node->hasAttribute(u"hidden"))
        return false;
    if (node->attribute(u"aria-hidden") == u"true"
        && !node->className().contains(u"fallback-image"))
        return false;
    return true;
}

bool hasAncestorTag(const Node *node, GumboTag tag, int maxDepth, bool (*filter)(const Node *))
{
    int depth = 0;
    while (node->parent) {
        if (maxDepth > 0 && depth > maxDepth)
            return false;
        if (node->parent->is(tag) && (!filter || filter(node->parent)))
            return true;
        node = node->parent;
        ++depth;
    }
    return false;
}

bool isTagNamed(const Node *node, QStringView name)
{
    return node->isElement() && node->name == name;
}

bool isPhrasingContent(const Node *node)
{
    if (node->isText())
        return true;
    if (!node->isElement())
        return false;
    switch (node->tag) {
    case GUMBO_TAG_ABBR: case GUMBO_TAG_AUDIO: case GUMBO_TAG_B: case GUMBO_TAG_BDO:
    case GUMBO_TAG_BR: case GUMBO_TAG_BUTTON: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA: case GUMBO_TAG_DATALIST: case GUMBO_TAG_DFN: case GUMBO_TAG_EM:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_I: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KBD: case GUMBO_TAG_LABEL: case GUMBO_TAG_MARK: case GUMBO_TAG_MATH:
    case GUMBO_TAG_METER: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_OBJECT: case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS: case GUMBO_TAG_Q: case GUMBO_TAG_RUBY: case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_SELECT: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TIME: case GUMBO_TAG_VAR: case GUMBO_TAG_WBR:
        return true;
    case GUMBO_TAG_A: case GUMBO_TAG_DEL: case GUMBO_TAG_INS:
        for (const Node *c = node->firstChild; c; c = c->next) {
            if (!isPhrasingContent(c))
                return false;
        }
        return true;
    default:
        return false;
    }
}

bool isWhitespaceNode(const Node *node)
{
    return (node->isText() && isBlank(node->text)) || node->is(GUMBO_TAG_BR);
}

bool isElementWithoutContent(const Node *node)
{
    if (!node->isElement() || hasNonWhitespaceText(node))
        return false;
    const int children = node->elementChildCount();
    if (children == 0)
        return true;
    return children == countElementsByTag(node, GUMBO_TAG_BR) + countElementsByTag(node, GUMBO_TAG_HR);
}

bool hasSingleTagInsideElement(const Node *element, GumboTag tag)
{
    const Node *only = element->firstElementChild();
    if (!only || only->tag != tag || only->nextElementSibling())
        return false;
    for (const Node *c = element->firstChild; c; c = c->next) {
        if (c->isText() && !c->text.isEmpty() && !c->text.back().isSpace())
            return false;
    }
    return true;
}

bool isDivToPElement(const Node *node)
{
    return node->isAnyOf({GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_DL, GUMBO_TAG_DIV, GUMBO_TAG_IMG,
                          GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_TABLE, GUMBO_TAG_UL});
}

bool hasChildBlockElement(const Node *element)
{
    for (const Node *n = element->firstChild; n; n = nextInTree(n, element)) {
        if (isDivToPElement(n))
            return true;
    }
    return false;
}

namespace {
QStringList similarityTokens(const QString &text)
{
    static const QRegularExpression nonWord(u"\\W+"_s);
    return text.toLower().split(nonWord, Qt::SkipEmptyParts);
}
} // namespace

double textSimilarity(const QString &textA, const QString &textB)
{
    const QStringList tokensA = similarityTokens(textA);
    const QStringList tokensB = similarityTokens(textB);
    if (tokensA.isEmpty() || tokensB.isEmpty())
        return 0;
    const QSet<QString> setA(tokensA.cbegin(), tokensA.cend());
    QStringList uniqueB;
    for (const QString &t : tokensB) {
        if (!setA.contains(t))
            uniqueB.append(t);
    }
    const double distanceB = double(uniqueB.join(u' ').size()) / double(tokensB.join(u' ').size());
    return 1 - distanceB;
}

int wordCount(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return int(text.split(spaces).size());
}

Node *nextNonBlankNode(Node *node)
{
    Node *next = node;
    while (next && !next->isElement() && isBlank(next->text))
        next = next->next;
    return next;
}

Node *nextElementNode(Node *node, bool ignoreSelfAndKids)
{
    if (!ignoreSelfAndKids) {
        if (Node *child = node->firstElementChild())
            return child;
    }
    if (Node *sibling = node->nextElementSibling())
        return sibling;
    do {
        node = node->parent;
    } while (node && !node->nextElementSibling());
    return node ? node->nextElementSibling() : nullptr;
}

Node *removeAndGetNext(Node *node)
{
    Node *next = nextElementNode(node, true);
    detach(node);
    return next;
}

QList<Node *> nodeAncestors(Node *node, int maxDepth)
{
    QList<Node *> ancestors;
    int i = 0;
    while (node->parent) {
        ancestors.append(node->parent);
        if (maxDepth && ++i == maxDepth)
            break;
        node = node->parent;
    }
    return ancestors;
}

} // namespace HtmlDom
