#include "feed/feedextensions.h"

#include "feed/feeddate.h"
#include "feed/feedtext.h"

using namespace Qt::StringLiterals;
using FeedXml::Ns;
using namespace FeedCommon;

namespace FeedExtensions {

namespace {

QString itunesScheme() { return u"http://www.itunes.com/"_s; }

void readMediaElement(FeedXml::Document &doc, const xmlNode *node, const FeedXml::Scope &scope,
                      FeedEntry &entry, EntryExtras &extras, int depth)
{
    const QByteArrayView name = FeedXml::Document::localName(node);
    if (name == "thumbnail") {
        if (extras.mediaImage.isEmpty())
            extras.mediaImage = resolve(FeedXml::Document::attribute(node, "url"), scope);
    } else if (name == "content") {
        const QString url = resolve(FeedXml::Document::attribute(node, "url"), scope);
        const QString type = FeedXml::Document::attribute(node, "type").trimmed();
        const QString medium = FeedXml::Document::attribute(node, "medium").trimmed();
        if (medium == u"image" || type.startsWith(u"image/"_s)) {
            if (extras.mediaImage.isEmpty())
                extras.mediaImage = url;
        } else if (!url.isEmpty()) {
            addEnclosure(entry.enclosures,
                         {url, type, parseLength(FeedXml::Document::attribute(node, "fileSize"))});
        }
        if (depth < 2) {
            for (const xmlNode *c = FeedXml::firstElement(node); c; c = FeedXml::nextElement(c)) {
                if (doc.ns(c) == Ns::Media)
                    readMediaElement(doc, c, scope, entry, extras, depth + 1);
            }
        }
    } else if (name == "group" && depth < 2) {
        for (const xmlNode *c = FeedXml::firstElement(node); c; c = FeedXml::nextElement(c)) {
            if (doc.ns(c) == Ns::Media)
                readMediaElement(doc, c, scope, entry, extras, depth + 1);
        }
    } else if (name == "description") {
        if (extras.mediaDescription.plain.isEmpty())
            extras.mediaDescription = looseText(doc, node, scope);
    } else if (name == "category") {
        QString scheme = FeedXml::Document::attribute(node, "scheme").trimmed();
        if (scheme.isEmpty())
            scheme = u"http://search.yahoo.com/mrss/category_schema"_s; // the Media RSS default
        addCategory(entry.categories,
                    {plainText(doc, node), scheme,
                     FeedXml::Document::attribute(node, "label").trimmed()});
    } else if (name == "title") {
        if (extras.mediaTitle.isEmpty())
            extras.mediaTitle = plainText(doc, node);
    }
}

// <itunes:category text="…"> with its nested sub-categories, as categories
// in the iTunes scheme.
void addItunesCategories(QList<FeedCategory> &categories, const xmlNode *node)
{
    addCategory(categories,
                {FeedText::collapseWhitespace(FeedXml::Document::attribute(node, "text")), itunesScheme(), {}});
    for (const xmlNode *c = FeedXml::firstElement(node); c; c = FeedXml::nextElement(c))
        addCategory(categories,
                    {FeedText::collapseWhitespace(FeedXml::Document::attribute(c, "text")), itunesScheme(), {}});
}

} // namespace

bool readEntryExtension(FeedXml::Document &doc, const xmlNode *node, const FeedXml::Scope &parent,
                        FeedEntry &entry, EntryExtras &extras)
{
    const Ns ns = doc.ns(node);
    const QByteArrayView name = FeedXml::Document::localName(node);
    const FeedXml::Scope scope = FeedXml::Document::scopeFor(node, parent);
    switch (ns) {
    case Ns::Dc:
    case Ns::DcTerms:
        if (name == "date" || name == "issued" || name == "created") {
            QDateTime &target = name == "date" ? extras.dcDate : extras.dcIssued;
            if (!target.isValid())
                target = parseFeedDate(doc.text(node));
        } else if (name == "modified") {
            if (!extras.dcModified.isValid())
                extras.dcModified = parseFeedDate(doc.text(node));
        } else if (name == "creator" || name == "author") {
            addPerson(extras.creators, personFromText(doc.text(node)));
        } else if (name == "subject") {
            addCategory(entry.categories, {plainText(doc, node), {}, {}});
        } else if (name == "rights") {
            extras.dcRights = plainText(doc, node);
        } else if (name == "title") {
            extras.dcTitle = plainText(doc, node);
        } else if (name == "description" || name == "abstract") {
            if (extras.dcDescription.plain.isEmpty())
                extras.dcDescription = looseText(doc, node, scope);
        } else {
            return false;
        }
        return true;
    case Ns::Content:
        if (name == "encoded" && entry.contentHtml.isEmpty()) {
            const QString html = FeedXml::Document::hasElementChildren(node) ? doc.innerMarkup(node)
                                                                             : doc.text(node);
            entry.contentHtml = FeedText::resolveHtmlUrls(html.trimmed(), scope.base);
            entry.contentType = u"html"_s;
            entry.language = scope.language;
        }
        return name == "encoded";
    case Ns::Media:
        readMediaElement(doc, node, scope, entry, extras, 0);
        return true;
    case Ns::Itunes:
        if (name == "author")
            extras.itunesAuthor = plainText(doc, node);
        else if (name == "summary")
            extras.itunesSummary = plainText(doc, node);
        else if (name == "image"
                 || (name == "link" && FeedXml::Document::attribute(node, "rel") == u"image")) {
            QString href = FeedXml::Document::attribute(node, "href");
            if (href.isEmpty())
                href = FeedXml::Document::attribute(node, "url");
            extras.itunesImage = resolve(href, scope);
        } else if (name == "category") {
            addItunesCategories(entry.categories, node);
        } else if (name == "keywords") {
            for (const QString &k : doc.text(node).split(u',', Qt::SkipEmptyParts))
                addCategory(entry.categories, {k.trimmed(), {}, {}});
        }
        return true;
    case Ns::Slash:
        if (name == "comments") {
            bool ok = false;
            const int count = doc.text(node).trimmed().toInt(&ok);
            if (ok && count >= 0)
                entry.commentCount = count;
        }
        return true;
    case Ns::Wfw:
        if (name == "commentRss" || name == "commentRSS")
            entry.commentsFeedUrl = urlValue(doc, node, scope);
        else if (name == "comment" && entry.comments.isEmpty())
            entry.comments = urlValue(doc, node, scope);
        return true;
    default:
        return false;
    }
}

void finishEntry(FeedEntry &entry, EntryExtras &extras)
{
    if (!entry.published.isValid())
        entry.published = extras.dcDate.isValid() ? extras.dcDate : extras.dcIssued;
    if (!entry.updated.isValid())
        entry.updated = extras.dcModified;
    if (entry.authors.isEmpty())
        entry.authors = extras.creators;
    if (entry.authors.isEmpty() && !extras.itunesAuthor.isEmpty())
        entry.authors.append(personFromText(extras.itunesAuthor));
    if (entry.summary.isEmpty() && entry.summaryHtml.isEmpty()) {
        if (!extras.dcDescription.plain.isEmpty()) {
            entry.summary = extras.dcDescription.plain;
            entry.summaryHtml = extras.dcDescription.html;
        } else if (!extras.mediaDescription.plain.isEmpty()) {
            entry.summary = extras.mediaDescription.plain;
            entry.summaryHtml = extras.mediaDescription.html;
        } else if (!extras.itunesSummary.isEmpty()) {
            entry.summary = extras.itunesSummary;
        }
    }
    if (entry.title.isEmpty() && entry.titleHtml.isEmpty())
        entry.title = !extras.dcTitle.isEmpty() ? extras.dcTitle : extras.mediaTitle;
    if (entry.rights.isEmpty())
        entry.rights = extras.dcRights;
    if (entry.image.isEmpty())
        entry.image = !extras.mediaImage.isEmpty() ? extras.mediaImage : extras.itunesImage;
    if (entry.image.isEmpty()) {
        for (const FeedEnclosure &e : std::as_const(entry.enclosures)) {
            if (e.type.startsWith(u"image/"_s)) {
                entry.image = e.url;
                break;
            }
        }
    }
    if (entry.image.isEmpty()) {
        // first <img> of the content, else of the summary (already resolved)
        entry.image = FeedText::firstImageSource(entry.contentHtml);
        if (entry.image.isEmpty())
            entry.image = FeedText::firstImageSource(entry.summaryHtml);
    }
    if (entry.link.isEmpty()) {
        for (const FeedLink &l : std::as_const(entry.links)) {
            if (l.rel == u"alternate") {
                entry.link = l.href;
                break;
            }
        }
    }
}

bool readFeedExtension(FeedXml::Document &doc, const xmlNode *node, const FeedXml::Scope &parent,
                       FeedDocument &feed, FeedExtras &extras)
{
    const Ns ns = doc.ns(node);
    const QByteArrayView name = FeedXml::Document::localName(node);
    const FeedXml::Scope scope = FeedXml::Document::scopeFor(node, parent);
    switch (ns) {
    case Ns::Dc:
    case Ns::DcTerms:
        if (name == "date")
            extras.dcDate = parseFeedDate(doc.text(node));
        else if (name == "issued" || name == "created")
            extras.dcIssued = parseFeedDate(doc.text(node));
        else if (name == "modified")
            extras.dcModified = parseFeedDate(doc.text(node));
        else if (name == "creator" || name == "author")
            addPerson(extras.creators, personFromText(doc.text(node)));
        else if (name == "publisher")
            extras.dcPublisher = plainText(doc, node);
        else if (name == "subject")
            addCategory(feed.categories, {plainText(doc, node), {}, {}});
        else if (name == "title")
            extras.dcTitle = plainText(doc, node);
        else if (name == "language")
            extras.dcLanguage = plainText(doc, node);
        else if (name == "rights")
            extras.dcRights = plainText(doc, node);
        else
            return false;
        return true;
    case Ns::Itunes:
        if (name == "author")
            extras.itunesAuthor = plainText(doc, node);
        else if (name == "image") {
            QString href = FeedXml::Document::attribute(node, "href");
            if (href.isEmpty())
                href = FeedXml::Document::attribute(node, "url");
            extras.itunesImage = resolve(href, scope);
        } else if (name == "subtitle")
            extras.itunesSubtitle = plainText(doc, node);
        else if (name == "summary")
            extras.itunesSummary = plainText(doc, node);
        else if (name == "category") {
            addItunesCategories(feed.categories, node);
        } else if (name == "keywords") {
            for (const QString &k : doc.text(node).split(u',', Qt::SkipEmptyParts))
                addCategory(feed.categories, {k.trimmed(), {}, {}});
        } else if (name == "owner") {
            // owner's name/email are contact data, not authorship
        }
        return true;
    case Ns::Media:
        if ((name == "thumbnail" || name == "content") && extras.mediaImage.isEmpty()) {
            const QString type = FeedXml::Document::attribute(node, "type");
            const QString medium = FeedXml::Document::attribute(node, "medium");
            if (name == "thumbnail" || medium == u"image" || type.startsWith(u"image/"_s)
                || (type.isEmpty() && medium.isEmpty()))
                extras.mediaImage = resolve(FeedXml::Document::attribute(node, "url"), scope);
        }
        return true;
    case Ns::Sy:
        if (name == "updatePeriod") {
            extras.syPeriod = doc.text(node).trimmed().toLower();
        } else if (name == "updateFrequency") {
            bool ok = false;
            const int f = doc.text(node).trimmed().toInt(&ok);
            if (ok && f > 0)
                extras.syFrequency = f;
        }
        return true;
    default:
        return false;
    }
}

void finishFeed(FeedDocument &feed, FeedExtras &extras)
{
    if (feed.title.isEmpty())
        feed.title = extras.dcTitle;
    if (feed.language.isEmpty())
        feed.language = extras.dcLanguage;
    if (feed.rights.isEmpty())
        feed.rights = extras.dcRights;
    if (!feed.updated.isValid())
        feed.updated = extras.dcDate.isValid() ? extras.dcDate : extras.dcModified;
    if (!feed.published.isValid())
        feed.published = extras.dcIssued;
    if (feed.authors.isEmpty())
        feed.authors = extras.creators;
    if (feed.authors.isEmpty() && !extras.itunesAuthor.isEmpty())
        feed.authors.append(personFromText(extras.itunesAuthor));
    if (feed.subtitle.isEmpty())
        feed.subtitle =
                !extras.itunesSubtitle.isEmpty() ? extras.itunesSubtitle : extras.itunesSummary;
    if (feed.image.isEmpty())
        feed.image = !extras.itunesImage.isEmpty() ? extras.itunesImage : extras.mediaImage;
    static const QList<std::pair<QString, int>> periods = {{u"hourly"_s, 60},
                                                           {u"daily"_s, 24 * 60},
                                                           {u"weekly"_s, 7 * 24 * 60},
                                                           {u"monthly"_s, 30 * 24 * 60},
                                                           {u"yearly"_s, 365 * 24 * 60}};
    for (const auto &[period, minutes] : periods) {
        if (extras.syPeriod == period)
            feed.updateIntervalMinutes = qMax(1, minutes / qMax(1, extras.syFrequency));
    }
    if (!feed.updateIntervalMinutes && feed.ttlMinutes && *feed.ttlMinutes > 0)
        feed.updateIntervalMinutes = feed.ttlMinutes;
}

} // namespace FeedExtensions
