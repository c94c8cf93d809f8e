#include "feed/feedcommon.h"

#include "feed/feeddate.h"
#include "feed/feedtext.h"

using namespace Qt::StringLiterals;
using FeedXml::Ns;

namespace FeedCommon {

namespace {

bool looksLikeEmail(const QString &s)
{
    const qsizetype at = s.indexOf(u'@');
    return at > 0 && at < s.size() - 1 && !s.contains(u' ');
}

QString stripMailto(QString s)
{
    if (s.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
        s = s.mid(7);
    return s.trimmed();
}

} // namespace

namespace {

// names are plain text: markup stripped, entities decoded
QString plainName(const QString &name)
{
    return FeedText::looksLikeHtml(name) ? FeedText::htmlToPlainText(name)
                                         : FeedText::collapseWhitespace(name);
}

} // namespace

FeedPerson personFromText(const QString &raw)
{
    FeedPerson person = splitPerson(raw);
    person.name = plainName(person.name);
    return person;
}

FeedPerson splitPerson(const QString &raw)
{
    FeedPerson person;
    const QString text = FeedText::collapseWhitespace(raw);
    if (text.isEmpty())
        return person;
    for (const auto &[open, close] : {std::pair {u'(', u')'}, std::pair {u'<', u'>'}}) {
        const qsizetype o = text.indexOf(open);
        const qsizetype c = text.lastIndexOf(close);
        if (o < 0 || c <= o)
            continue;
        const QString inner = text.mid(o + 1, c - o - 1).trimmed();
        const QString outer = (text.left(o) + u' ' + text.mid(c + 1)).trimmed();
        if (looksLikeEmail(stripMailto(inner))) {
            person.email = stripMailto(inner);
            person.name = FeedText::collapseWhitespace(outer);
            return person;
        }
        if (looksLikeEmail(stripMailto(outer))) {
            person.email = stripMailto(outer);
            person.name = inner;
            return person;
        }
    }
    if (looksLikeEmail(stripMailto(text)))
        person.email = stripMailto(text);
    else
        person.name = text;
    return person;
}

QString plainText(FeedXml::Document &doc, const xmlNode *node)
{
    return FeedText::collapseWhitespace(doc.text(node));
}

TextValue looseText(FeedXml::Document &doc, const xmlNode *node, const FeedXml::Scope &scope)
{
    TextValue value;
    QString raw;
    bool markup;
    if (FeedXml::Document::hasElementChildren(node)) {
        raw = doc.innerMarkup(node).trimmed();
        markup = true;
    } else {
        raw = doc.text(node).trimmed();
        markup = FeedText::looksLikeHtml(raw);
    }
    if (markup) {
        value.html = FeedText::resolveHtmlUrls(raw, scope.base);
        value.plain = FeedText::htmlToPlainText(raw);
    } else {
        value.plain = FeedText::collapseWhitespace(raw);
    }
    return value;
}

QString resolve(const QString &reference, const FeedXml::Scope &scope)
{
    return FeedText::resolveUrl(reference, scope.base);
}

QString urlValue(FeedXml::Document &doc, const xmlNode *node, const FeedXml::Scope &scope)
{
    return resolve(doc.text(node).trimmed(), FeedXml::Document::scopeFor(node, scope));
}

std::optional<qint64> parseLength(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

void addLink(QList<FeedLink> &links, const FeedLink &link)
{
    if (link.href.isEmpty() || links.size() >= 256)
        return;
    for (const FeedLink &existing : links) {
        if (existing.href == link.href && existing.rel == link.rel)
            return;
    }
    links.append(link);
}

void addEnclosure(QList<FeedEnclosure> &enclosures, const FeedEnclosure &enclosure)
{
    if (enclosure.url.isEmpty() || enclosures.size() >= 256)
        return;
    for (FeedEnclosure &existing : enclosures) {
        if (existing.url == enclosure.url) {
            if (existing.type.isEmpty())
                existing.type = enclosure.type;
            if (!existing.length)
                existing.length = enclosure.length;
            return;
        }
    }
    enclosures.append(enclosure);
}

void addCategory(QList<FeedCategory> &categories, const FeedCategory &given)
{
    FeedCategory category = given;
    if (category.term.isEmpty())
        category.term = category.label; // a category with only a label
    if (category.term.isEmpty() || categories.size() >= 256)
        return;
    for (const FeedCategory &existing : categories) {
        if (existing.term == category.term
            && (existing.scheme == category.scheme || existing.scheme.isEmpty()
                || category.scheme.isEmpty()))
            return;
    }
    categories.append(category);
}

void addPerson(QList<FeedPerson> &people, const FeedPerson &person)
{
    if (person.isEmpty() || people.size() >= 256 || people.contains(person))
        return;
    people.append(person);
}

FeedLink atomLink(const xmlNode *node, const FeedXml::Scope &parent)
{
    const FeedXml::Scope scope = FeedXml::Document::scopeFor(node, parent);
    FeedLink link;
    link.href = resolve(FeedXml::Document::attribute(node, "href"), scope);
    if (link.href.isEmpty() && xmlHasProp(node, reinterpret_cast<const xmlChar *>("href"))
        && !scope.base.isEmpty())
        link.href = scope.base.toString(QUrl::FullyEncoded); // href="": the base itself
    if (link.href.isEmpty()) // Atom 0.3 style <link>url</link> is handled by callers
        return link;
    link.rel = FeedText::collapseWhitespace(FeedXml::Document::attribute(node, "rel"));
    if (link.rel.isEmpty())
        link.rel = u"alternate"_s;
    link.type = FeedXml::Document::attribute(node, "type").trimmed();
    link.title = FeedText::collapseWhitespace(FeedXml::Document::attribute(node, "title"));
    link.length = parseLength(FeedXml::Document::attribute(node, "length"));
    return link;
}

} // namespace FeedCommon
