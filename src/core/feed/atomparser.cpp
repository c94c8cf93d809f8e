#include "feed/atomparser.h"

#include "feed/feedcommon.h"
#include "feed/feeddate.h"
#include "feed/feedextensions.h"
#include "feed/feedtext.h"

#include <cstring>

using namespace Qt::StringLiterals;
using FeedXml::Ns;
using FeedXml::Scope;
using namespace FeedCommon;
using namespace FeedExtensions;

namespace AtomParser {

namespace {

constexpr int maxEntries = 100000;

// Atom elements: the Atom 1.0 / 0.3 namespaces, none, or whatever namespace
// the root <feed> declared (feedparser accepts unknown Atom-like namespaces).
bool isAtom(FeedXml::Document &doc, const xmlNode *node)
{
    const Ns ns = doc.ns(node);
    if (ns == Ns::Atom10 || ns == Ns::Atom03 || ns == Ns::None)
        return true;
    return doc.inRootsOtherNamespace(node);
}

struct Construct
{
    QString plain;
    QString html; // markup (html/xhtml), or escaped text for content
    QString kind; // text, html, xhtml
    bool external = false; // content with src
};

// An Atom text construct (title, subtitle, summary, rights) or content.
bool isBase64(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
              || u == u'+' || u == u'/' || u == u'=' || u == u' ' || u == u'\n' || u == u'\r'
              || u == u'\t'))
            return false;
    }
    return true;
}

Construct readConstruct(FeedXml::Document &doc, const xmlNode *node, const Scope &parent)
{
    const Scope scope = FeedXml::Document::scopeFor(node, parent);
    Construct c;
    QString type = FeedXml::Document::attribute(node, "type").trimmed().toLower();
    const QString mode = FeedXml::Document::attribute(node, "mode").trimmed().toLower();
    if (type.isEmpty() || type == u"text" || type == u"text/plain")
        c.kind = u"text"_s;
    else if (type == u"html" || type == u"text/html")
        c.kind = u"html"_s;
    else if (type == u"xhtml" || type == u"application/xhtml+xml")
        c.kind = u"xhtml"_s;
    else if (type.startsWith(u"text/"_s))
        c.kind = u"text"_s;
    else if (type.endsWith(u"+xml"_s) || type.endsWith(u"/xml"_s))
        c.kind = u"xml"_s;
    else
        c.kind = u"binary"_s;
    if (!FeedXml::Document::attribute(node, "src").isEmpty()
        && !FeedXml::Document::hasElementChildren(node) && doc.text(node).trimmed().isEmpty()) {
        c.external = true;
        return c;
    }
    QString raw;
    if (mode == u"base64" || (c.kind == u"binary" && mode.isEmpty())) {
        raw = doc.text(node);
        const QByteArray decoded =
                isBase64(raw) ? QByteArray::fromBase64(raw.toLatin1()) : QByteArray();
        if (!decoded.isEmpty()
            && QByteArrayView(decoded).isValidUtf8()) // else: not really base64 text
            raw = QString::fromUtf8(decoded);
        if (c.kind == u"binary")
            c.kind = u"text"_s;
    } else if (mode == u"xml" || c.kind == u"xhtml" || c.kind == u"xml") {
        // inline markup; XHTML is wrapped in a <div> that is not part of the value
        const xmlNode *div = FeedXml::firstElement(node);
        const bool wrapped = div && !FeedXml::nextElement(div)
                && FeedXml::Document::localName(div) == "div" && doc.ns(div) == Ns::Xhtml
                && c.kind == u"xhtml" && doc.ns(doc.root()) == Ns::Atom10;
        if (FeedXml::Document::hasElementChildren(node)) {
            raw = doc.innerMarkup(wrapped ? div : node).trimmed();
            if (c.kind == u"xml" || mode == u"xml")
                c.kind = c.kind == u"text" ? u"html"_s : c.kind;
        } else {
            raw = doc.text(node);
            if (c.kind == u"xhtml" || c.kind == u"xml")
                raw = FeedText::escapeHtml(raw);
        }
        if (c.kind == u"xml")
            c.kind = u"xhtml"_s;
        c.html = FeedText::resolveHtmlUrls(raw, scope.base);
        c.plain = FeedText::htmlToPlainText(raw);
        return c;
    } else if (FeedXml::Document::hasElementChildren(node) && c.kind == u"html") {
        raw = doc.text(node); // type="html" must be escaped: read the character data
    } else if (FeedXml::Document::hasElementChildren(node)) {
        raw = doc.innerMarkup(node); // markup written inline without a type
        c.kind = u"html"_s;
    } else {
        raw = doc.text(node);
    }
    if (c.kind == u"html") {
        c.html = FeedText::resolveHtmlUrls(raw.trimmed(), scope.base);
        c.plain = FeedText::htmlToPlainText(raw);
    } else {
        c.plain = FeedText::collapseWhitespace(raw);
        c.html = FeedText::escapeHtml(raw.trimmed());
    }
    return c;
}

// For plain text fields the html twin only survives when markup was carried.
void assignText(const Construct &c, QString &plain, QString *html)
{
    plain = c.plain;
    if (html)
        *html = c.kind == u"text" ? QString() : c.html;
}

FeedPerson readPerson(FeedXml::Document &doc, const xmlNode *node, const Scope &parent)
{
    const Scope scope = FeedXml::Document::scopeFor(node, parent);
    FeedPerson person;
    for (const xmlNode *c = FeedXml::firstElement(node); c; c = FeedXml::nextElement(c)) {
        const QByteArrayView name = FeedXml::Document::localName(c);
        if (name == "name") {
            const QString raw = doc.text(c); // plain text: markup stripped
            person.name = FeedText::looksLikeHtml(raw) ? FeedText::htmlToPlainText(raw)
                                                       : FeedText::collapseWhitespace(raw);
        } else if (name == "email")
            person.email = plainText(doc, c);
        else if (name == "uri" || name == "url" || name == "homepage")
            person.uri = urlValue(doc, c, scope);
    }
    if (person.isEmpty() && !FeedXml::Document::hasElementChildren(node))
        person = personFromText(doc.text(node));
    return person;
}

FeedLink readLink(FeedXml::Document &doc, const xmlNode *node, const Scope &scope)
{
    FeedLink link = atomLink(node, scope);
    if (link.href.isEmpty()) { // <link>http://...</link>, seen in the wild
        link.href = urlValue(doc, node, scope);
        link.rel = FeedText::collapseWhitespace(FeedXml::Document::attribute(node, "rel"));
        if (link.rel.isEmpty())
            link.rel = u"alternate"_s;
        link.type = FeedXml::Document::attribute(node, "type").trimmed();
    }
    return link;
}

FeedCategory readCategory(FeedXml::Document &doc, const xmlNode *node)
{
    FeedCategory category;
    category.term = FeedText::collapseWhitespace(FeedXml::Document::attribute(node, "term"));
    category.scheme = FeedXml::Document::attribute(node, "scheme").trimmed();
    category.label = FeedText::collapseWhitespace(FeedXml::Document::attribute(node, "label"));
    if (category.term.isEmpty())
        category.term = plainText(doc, node); // Atom 0.3 / dc-style categories
    return category;
}

bool isMainLink(const FeedLink &link) { return link.rel == u"alternate"; }

void readEntry(FeedXml::Document &doc, const xmlNode *node, const Scope &parent, FeedDocument &feed)
{
    const Scope scope = FeedXml::Document::scopeFor(node, parent);
    FeedEntry entry;
    entry.language = scope.language;
    EntryExtras extras;
    QDateTime created;
    bool haveMainHtmlLink = false;
    bool haveContent = false;
    for (const xmlNode *c = FeedXml::firstElement(node); c; c = FeedXml::nextElement(c)) {
        if (!isAtom(doc, c)) {
            readEntryExtension(doc, c, scope, entry, extras);
            continue;
        }
        const QByteArrayView name = FeedXml::Document::localName(c);
        if (name == "id") {
            if (entry.id.isEmpty())
                entry.id = doc.text(c).trimmed();
        } else if (name == "title") {
            if (entry.title.isEmpty() && entry.titleHtml.isEmpty())
                assignText(readConstruct(doc, c, scope), entry.title, &entry.titleHtml);
        } else if (name == "link") {
            const FeedLink link = readLink(doc, c, scope);
            addLink(entry.links, link);
            if (link.rel == u"enclosure")
                addEnclosure(entry.enclosures, {link.href, link.type, link.length});
            const bool html = link.type.isEmpty() || link.type.contains(u"html"_s);
            if (isMainLink(link) && (entry.link.isEmpty() || (html && !haveMainHtmlLink))) {
                entry.link = link.href;
                haveMainHtmlLink = html;
            }
        } else if (name == "published" || name == "issued") {
            const QDateTime date = parseFeedDate(doc.text(c));
            if (date.isValid())
                entry.published = date; // the last one wins, as in feedparser
        } else if (name == "created") {
            created = parseFeedDate(doc.text(c));
        } else if (name == "updated" || name == "modified") {
            const QDateTime date = parseFeedDate(doc.text(c));
            if (date.isValid())
                entry.updated = date;
        } else if (name == "author") {
            addPerson(entry.authors, readPerson(doc, c, scope));
        } else if (name == "summary") {
            if (entry.summary.isEmpty() && entry.summaryHtml.isEmpty())
                assignText(readConstruct(doc, c, scope), entry.summary, &entry.summaryHtml);
        } else if (name == "content") {
            if (!haveContent) {
                haveContent = true;
                const Construct content = readConstruct(doc, c, scope);
                entry.language = FeedXml::Document::scopeFor(c, scope).language;
                const bool known = content.kind == u"text" || content.kind == u"html"
                        || content.kind == u"xhtml";
                entry.contentType = known && !content.external ? content.kind : QString();
                entry.contentHtml = content.external ? QString() : content.html;
            }
        } else if (name == "category") {
            addCategory(entry.categories, readCategory(doc, c));
        } else if (name == "rights" || name == "copyright") {
            entry.rights = readConstruct(doc, c, scope).plain;
        } else if (name == "source") {
            FeedSource source;
            QString alternate;
            const Scope sourceScope = FeedXml::Document::scopeFor(c, scope);
            for (const xmlNode *s = FeedXml::firstElement(c); s; s = FeedXml::nextElement(s)) {
                const QByteArrayView sn = FeedXml::Document::localName(s);
                if (sn == "title") {
                    source.title = readConstruct(doc, s, sourceScope).plain;
                } else if (sn == "link") {
                    const FeedLink l = readLink(doc, s, sourceScope);
                    if (l.rel == u"self" && source.url.isEmpty())
                        source.url = l.href;
                    else if (l.rel == u"alternate" && alternate.isEmpty())
                        alternate = l.href;
                }
            }
            if (source.url.isEmpty())
                source.url = alternate;
            if (!source.isEmpty())
                entry.source = source;
        }
    }
    if (!entry.published.isValid())
        entry.published = created;
    finishEntry(entry, extras);
    feed.entries.append(std::move(entry));
}

} // namespace

bool isAtomRoot(FeedXml::Document &doc, const xmlNode *root)
{
    return FeedXml::Document::localName(root) == "feed";
}

void parse(FeedXml::Document &doc, const xmlNode *root, const Scope &rootScope, FeedDocument &feed)
{
    const QString version = FeedXml::Document::attribute(root, "version").trimmed();
    feed.format = doc.ns(root) == Ns::Atom03 || version == u"0.3" ? FeedFormat::Atom03
                                                                  : FeedFormat::Atom10;
    const Scope scope = FeedXml::Document::scopeFor(root, rootScope);
    feed.language = scope.language;
    FeedExtras extras;
    bool haveMainHtmlLink = false;
    for (const xmlNode *c = FeedXml::firstElement(root); c; c = FeedXml::nextElement(c)) {
        if (!isAtom(doc, c)) {
            readFeedExtension(doc, c, scope, feed, extras);
            continue;
        }
        const QByteArrayView name = FeedXml::Document::localName(c);
        if (name == "title") {
            if (feed.title.isEmpty() && feed.titleHtml.isEmpty())
                assignText(readConstruct(doc, c, scope), feed.title, &feed.titleHtml);
        } else if (name == "subtitle" || name == "tagline" || name == "info") {
            if (feed.subtitle.isEmpty())
                feed.subtitle = readConstruct(doc, c, scope).plain;
        } else if (name == "link") {
            const FeedLink link = readLink(doc, c, scope);
            addLink(feed.links, link);
            const bool html = link.type.isEmpty() || link.type.contains(u"html"_s);
            if (isMainLink(link) && (feed.link.isEmpty() || (html && !haveMainHtmlLink))) {
                feed.link = link.href;
                haveMainHtmlLink = html;
            } else if (link.rel == u"self" && feed.feedUrl.isEmpty()) {
                feed.feedUrl = link.href;
            }
        } else if (name == "updated" || name == "modified") {
            if (!feed.updated.isValid())
                feed.updated = parseFeedDate(doc.text(c));
        } else if (name == "published" || name == "issued") {
            if (!feed.published.isValid())
                feed.published = parseFeedDate(doc.text(c));
        } else if (name == "rights" || name == "copyright") {
            feed.rights = readConstruct(doc, c, scope).plain;
        } else if (name == "generator") {
            feed.generator = plainText(doc, c);
        } else if (name == "icon") {
            feed.icon = urlValue(doc, c, scope);
        } else if (name == "logo") {
            feed.image = urlValue(doc, c, scope);
        } else if (name == "author") {
            addPerson(feed.authors, readPerson(doc, c, scope));
        } else if (name == "category") {
            addCategory(feed.categories, readCategory(doc, c));
        } else if (name == "entry") {
            if (feed.entries.size() < maxEntries)
                readEntry(doc, c, scope, feed);
        }
    }
    finishFeed(feed, extras);
}

} // namespace AtomParser
