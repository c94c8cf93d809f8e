#include "feed/rssparser.h"

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

namespace RssParser {

namespace {

constexpr int maxEntries = 100000;

// Element names compare case-insensitively, as feedparser reads them.
bool named(QByteArrayView name, const char *expected)
{
    return name.compare(QByteArrayView(expected), Qt::CaseInsensitive) == 0;
}

// RSS elements carry no namespace (0.9x/2.0), the RSS 1.0 or the 0.90 one, or
// the namespace the root declared (UserLand's http://backend.userland.com/rss2).
bool isRss(FeedXml::Document &doc, const xmlNode *node)
{
    const Ns ns = doc.ns(node);
    if (ns == Ns::None || ns == Ns::Rss10 || ns == Ns::Rss090)
        return true;
    return doc.inRootsOtherNamespace(node);
}

FeedFormat formatOf(FeedXml::Document &doc, const xmlNode *root)
{
    const QByteArrayView name = FeedXml::Document::localName(root);
    if (named(name, "RDF")) {
        for (const xmlNode *c = FeedXml::firstElement(root); c; c = FeedXml::nextElement(c)) {
            if (doc.ns(c) == Ns::Rss090)
                return FeedFormat::Rss090;
        }
        return FeedFormat::Rss10;
    }
    const QString version = FeedXml::Document::attribute(root, "version").trimmed();
    if (version == u"0.91")
        return FeedFormat::Rss091;
    if (version == u"0.92")
        return FeedFormat::Rss092;
    if (version == u"0.93")
        return FeedFormat::Rss093;
    if (version == u"0.94")
        return FeedFormat::Rss094;
    if (version == u"2" || version.startsWith(u"2."_s))
        return FeedFormat::Rss20;
    return FeedFormat::Rss;
}

void readItem(FeedXml::Document &doc, const xmlNode *item, const Scope &parent, FeedDocument &feed)
{
    const Scope scope = FeedXml::Document::scopeFor(item, parent);
    FeedEntry entry;
    entry.language = scope.language;
    EntryExtras extras;
    QString guidLink;
    const QString about = FeedXml::Document::attribute(item, "about");
    for (const xmlNode *c = FeedXml::firstElement(item); c; c = FeedXml::nextElement(c)) {
        if (!isRss(doc, c)) {
            if (doc.ns(c) == Ns::Atom10 || doc.ns(c) == Ns::Atom03) {
                const QByteArrayView name = FeedXml::Document::localName(c);
                if (named(name, "link")) {
                    const FeedLink link = atomLink(c, scope);
                    addLink(entry.links, link);
                    if (link.rel == u"enclosure")
                        addEnclosure(entry.enclosures, {link.href, link.type, link.length});
                } else if (named(name, "updated") && !entry.updated.isValid()) {
                    entry.updated = parseFeedDate(doc.text(c));
                } else if (named(name, "published") && !entry.published.isValid()) {
                    entry.published = parseFeedDate(doc.text(c));
                } else if (named(name, "author")) {
                    FeedPerson person;
                    for (const xmlNode *p = FeedXml::firstElement(c); p;
                         p = FeedXml::nextElement(p)) {
                        const QByteArrayView pn = FeedXml::Document::localName(p);
                        if (pn == "name")
                            person.name = plainText(doc, p);
                        else if (pn == "email")
                            person.email = plainText(doc, p);
                        else if (pn == "uri" || pn == "url")
                            person.uri = urlValue(doc, p, scope);
                    }
                    addPerson(entry.authors, person);
                } else if (named(name, "content") && entry.contentHtml.isEmpty()) {
                    const TextValue v = looseText(doc, c, FeedXml::Document::scopeFor(c, scope));
                    entry.contentHtml = v.html.isEmpty() ? FeedText::escapeHtml(v.plain) : v.html;
                    entry.contentType = v.html.isEmpty() ? u"text"_s : u"html"_s;
                } else if (name == "category") {
                    FeedCategory category {
                            FeedText::collapseWhitespace(FeedXml::Document::attribute(c, "term")),
                            FeedXml::Document::attribute(c, "scheme").trimmed(),
                            FeedText::collapseWhitespace(FeedXml::Document::attribute(c, "label"))};
                    addCategory(entry.categories, category);
                } else if (named(name, "summary") && entry.summary.isEmpty()) {
                    const TextValue v = looseText(doc, c, FeedXml::Document::scopeFor(c, scope));
                    entry.summary = v.plain;
                    entry.summaryHtml = v.html;
                }
            } else if (doc.ns(c) == Ns::Xhtml
                       && FeedXml::Document::localName(c)
                               == "body") { // xhtml:body; a bare <body> is read below
                if (entry.contentHtml.isEmpty()) {
                    const Scope s = FeedXml::Document::scopeFor(c, scope);
                    entry.language = s.language;
                    entry.contentHtml =
                            FeedText::resolveHtmlUrls(doc.innerMarkup(c).trimmed(), s.base);
                    entry.contentType = u"xhtml"_s;
                }
            } else {
                readEntryExtension(doc, c, scope, entry, extras);
            }
            continue;
        }
        const QByteArrayView name = FeedXml::Document::localName(c);
        if (named(name, "title")) {
            if (entry.title.isEmpty() && entry.titleHtml.isEmpty()) {
                const TextValue v = looseText(doc, c, FeedXml::Document::scopeFor(c, scope));
                entry.title = v.plain;
                entry.titleHtml = v.html;
            }
        } else if (named(name, "link")) {
            QString href = urlValue(doc, c, scope);
            if (href.isEmpty())
                href = resolve(FeedXml::Document::attribute(c, "href"),
                               FeedXml::Document::scopeFor(c, scope));
            if (entry.link.isEmpty())
                entry.link = href;
            addLink(entry.links, {href, u"alternate"_s, {}, {}, {}});
        } else if (named(name, "description") || named(name, "abstract")) {
            if (entry.summary.isEmpty() && entry.summaryHtml.isEmpty()) {
                const TextValue v = looseText(doc, c, FeedXml::Document::scopeFor(c, scope));
                entry.summary = v.plain;
                entry.summaryHtml = v.html;
            }
        } else if (named(name, "guid")) {
            entry.id = (FeedXml::Document::hasElementChildren(c) ? doc.innerMarkup(c) : doc.text(c))
                               .trimmed();
            const QString permalink =
                    FeedXml::Document::attribute(c, "isPermaLink").trimmed().toLower();
            if (permalink != u"false"
                && (entry.id.startsWith(u"http://"_s) || entry.id.startsWith(u"https://"_s)))
                guidLink = entry.id;
        } else if (named(name, "pubDate")) {
            if (!entry.published.isValid())
                entry.published = parseFeedDate(doc.text(c));
        } else if (named(name, "author")) {
            addPerson(entry.authors, personFromText(doc.text(c)));
        } else if (named(name, "category")) {
            addCategory(
                    entry.categories,
                    {plainText(doc, c), FeedXml::Document::attribute(c, "domain").trimmed(), {}});
        } else if (named(name, "enclosure")) {
            const Scope s = FeedXml::Document::scopeFor(c, scope);
            const FeedEnclosure enclosure {resolve(FeedXml::Document::attribute(c, "url"), s),
                                           FeedXml::Document::attribute(c, "type").trimmed(),
                                           parseLength(FeedXml::Document::attribute(c, "length"))};
            addEnclosure(entry.enclosures, enclosure);
            addLink(entry.links,
                    {enclosure.url, u"enclosure"_s, enclosure.type, {}, enclosure.length});
        } else if (named(name, "body")) {
            if (entry.contentHtml.isEmpty()) {
                const Scope s = FeedXml::Document::scopeFor(c, scope);
                entry.language = s.language;
                entry.contentHtml = FeedText::resolveHtmlUrls(doc.innerMarkup(c).trimmed(), s.base);
                entry.contentType = u"html"_s;
            }
        } else if (named(name, "fullitem")) {
            if (entry.contentHtml.isEmpty()) {
                const Scope s = FeedXml::Document::scopeFor(c, scope);
                const TextValue v = looseText(doc, c, s);
                entry.language = s.language;
                entry.contentHtml = v.html.isEmpty() ? FeedText::escapeHtml(v.plain) : v.html;
                entry.contentType = u"html"_s;
            }
        } else if (named(name, "comments")) {
            entry.comments = urlValue(doc, c, scope);
        } else if (named(name, "source")) {
            FeedSource source;
            source.title = plainText(doc, c);
            source.url = resolve(FeedXml::Document::attribute(c, "url"),
                                 FeedXml::Document::scopeFor(c, scope));
            if (!source.isEmpty())
                entry.source = source;
        }
    }
    if (entry.link.isEmpty())
        entry.link = resolve(FeedXml::Document::attribute(item, "href")
                                     + FeedXml::Document::attribute(item, "HREF"),
                             scope); // CDF
    if (entry.link.isEmpty())
        entry.link = guidLink;
    if (entry.link.isEmpty() && !about.isEmpty())
        entry.link = resolve(about, scope);
    if (entry.id.isEmpty() && !about.isEmpty())
        entry.id = about;
    if (!entry.link.isEmpty()) {
        FeedLink main;
        main.href = entry.link;
        main.rel = u"alternate"_s;
        bool present = false;
        for (const FeedLink &l : std::as_const(entry.links))
            present = present || l.href == main.href;
        if (!present)
            entry.links.prepend(main);
    }
    finishEntry(entry, extras);
    feed.entries.append(std::move(entry));
}

void readImage(FeedXml::Document &doc, const xmlNode *image, const Scope &scope, FeedDocument &feed)
{
    for (const xmlNode *c = FeedXml::firstElement(image); c; c = FeedXml::nextElement(c)) {
        if (isRss(doc, c) && named(FeedXml::Document::localName(c), "url") && feed.image.isEmpty())
            feed.image = urlValue(doc, c, FeedXml::Document::scopeFor(image, scope));
    }
}

void readChannelChild(FeedXml::Document &doc, const xmlNode *c, const Scope &scope,
                      FeedDocument &feed, FeedExtras &extras, QString &descriptionHtml)
{
    if (!isRss(doc, c)) {
        const Ns ns = doc.ns(c);
        if ((ns == Ns::Atom10 || ns == Ns::Atom03) && FeedXml::Document::localName(c) == "link") {
            const FeedLink link = atomLink(c, scope);
            addLink(feed.links, link);
            if (link.rel == u"self" && feed.feedUrl.isEmpty())
                feed.feedUrl = link.href;
        } else {
            readFeedExtension(doc, c, scope, feed, extras);
        }
        return;
    }
    const QByteArrayView name = FeedXml::Document::localName(c);
    if (named(name, "title")) {
        if (feed.title.isEmpty()) {
            const FeedCommon::TextValue v =
                    looseText(doc, c, FeedXml::Document::scopeFor(c, scope));
            feed.title = v.plain;
            feed.titleHtml = v.html;
        }
    } else if (named(name, "link")) {
        QString href = urlValue(doc, c, scope);
        if (href.isEmpty())
            href = resolve(FeedXml::Document::attribute(c, "href"),
                           FeedXml::Document::scopeFor(c, scope));
        if (feed.link.isEmpty())
            feed.link = href;
        addLink(feed.links, {href, u"alternate"_s, {}, {}, {}});
    } else if (named(name, "description")) {
        if (feed.subtitle.isEmpty()) {
            const FeedCommon::TextValue v =
                    looseText(doc, c, FeedXml::Document::scopeFor(c, scope));
            feed.subtitle = v.plain;
            descriptionHtml = v.html;
        }
    } else if (named(name, "language")) {
        feed.language = plainText(doc, c).replace(u'_', u'-');
    } else if (named(name, "copyright")) {
        feed.rights = FeedText::htmlToPlainText(doc.text(c));
    } else if (named(name, "managingEditor") || named(name, "author")) {
        feed.authors.prepend(personFromText(doc.text(c)));
    } else if (named(name, "webMaster")) {
        extras.creators.append(personFromText(doc.text(c)));
    } else if (named(name, "pubDate")) {
        feed.published = parseFeedDate(doc.text(c));
    } else if (named(name, "lastBuildDate")) {
        feed.updated = parseFeedDate(doc.text(c));
    } else if (named(name, "category")) {
        addCategory(feed.categories,
                    {plainText(doc, c), FeedXml::Document::attribute(c, "domain").trimmed(), {}});
    } else if (named(name, "generator")) {
        feed.generator = plainText(doc, c);
    } else if (named(name, "ttl")) {
        bool ok = false;
        const int ttl = doc.text(c).trimmed().toInt(&ok);
        if (ok && ttl >= 0)
            feed.ttlMinutes = ttl;
    } else if (named(name, "image")) {
        readImage(doc, c, scope, feed);
    } else if (named(name, "item")) {
        if (feed.entries.size() < maxEntries)
            readItem(doc, c, scope, feed);
    }
}

} // namespace

bool isRssRoot(FeedXml::Document &doc, const xmlNode *root)
{
    const QByteArrayView name = FeedXml::Document::localName(root);
    if (named(name, "rss") || named(name, "channel"))
        return isRss(doc, root);
    return named(name, "RDF");
}

void parse(FeedXml::Document &doc, const xmlNode *root, const Scope &rootScope, FeedDocument &feed)
{
    feed.format = formatOf(doc, root);
    const Scope scope = FeedXml::Document::scopeFor(root, rootScope);
    FeedExtras extras;
    QString descriptionHtml;
    const bool rootIsChannel = named(FeedXml::Document::localName(root), "channel");
    QString language = scope.language;
    const auto visitChannel = [&](const xmlNode *channel) {
        const Scope channelScope = FeedXml::Document::scopeFor(channel, scope);
        if (feed.link.isEmpty()) // CDF: <CHANNEL HREF="...">
            feed.link = resolve(FeedXml::Document::attribute(channel, "href").isEmpty()
                                        ? FeedXml::Document::attribute(channel, "HREF")
                                        : FeedXml::Document::attribute(channel, "href"),
                                channelScope);
        if (language.isEmpty())
            language = channelScope.language;
        for (const xmlNode *c = FeedXml::firstElement(channel); c; c = FeedXml::nextElement(c))
            readChannelChild(doc, c, channelScope, feed, extras, descriptionHtml);
    };
    if (rootIsChannel) {
        visitChannel(root);
    } else {
        for (const xmlNode *c = FeedXml::firstElement(root); c; c = FeedXml::nextElement(c)) {
            const QByteArrayView name = FeedXml::Document::localName(c);
            if (!isRss(doc, c)) {
                readFeedExtension(doc, c, scope, feed, extras);
            } else if (named(name, "channel")) {
                visitChannel(c);
            } else if (named(name, "item")) { // RSS 1.0 / 0.90: items beside the channel
                if (feed.entries.size() < maxEntries)
                    readItem(doc, c, scope, feed);
            } else if (named(name, "image")) {
                readImage(doc, c, scope, feed);
            }
        }
    }
    if (feed.authors.isEmpty())
        feed.authors = extras.creators; // webMaster, then dc:creator
    else
        extras.creators.clear();
    if (feed.language.isEmpty())
        feed.language = language;
    finishFeed(feed, extras);
    if (feed.image.isEmpty())
        feed.image = FeedText::firstImageSource(descriptionHtml);
    if (feed.link.isEmpty()) {
        for (const FeedLink &l : std::as_const(feed.links)) {
            if (l.rel == u"alternate") {
                feed.link = l.href;
                break;
            }
        }
    } else {
        bool present = false;
        for (const FeedLink &l : std::as_const(feed.links))
            present = present || l.href == feed.link;
        if (!present)
            feed.links.prepend({feed.link, u"alternate"_s, {}, {}, {}});
    }
}

} // namespace RssParser
