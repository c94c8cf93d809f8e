#include "feeddiscovery.h"
#include "html/htmldom.h"

using namespace Qt::StringLiterals;

namespace {

bool isFeedType(const QString &type)
{
    const QString t = type.trimmed().toLower();
    return t == "application/rss+xml"_L1 || t == "application/atom+xml"_L1
            || t == "application/rdf+xml"_L1 || t == "application/feed+json"_L1
            || t == "application/json"_L1 || t == "text/xml"_L1 || t == "application/xml"_L1;
}

} // namespace

DiscoveredFeeds discoverFeeds(const QByteArray &pageBytes, const QUrl &pageUrl)
{
    using namespace HtmlDom;
    DiscoveredFeeds found;
    const auto doc = parseDocument(decodeHtml(pageBytes));
    QUrl base = pageUrl;
    for (Node *node : elementsByTag(doc->root(), {GUMBO_TAG_BASE})) {
        const QString href = node->attribute(u"href").trimmed();
        if (!href.isEmpty()) {
            base = pageUrl.resolved(QUrl(href));
            break;
        }
    }
    for (Node *link : elementsByTag(doc->root(), {GUMBO_TAG_LINK})) {
        const QStringList rels = link->attribute(u"rel").toLower().split(u' ', Qt::SkipEmptyParts);
        const QString href = link->attribute(u"href").trimmed();
        if (href.isEmpty())
            continue;
        const QUrl url = base.resolved(QUrl(href));
        if (rels.contains("https://api.w.org/"_L1) && !found.wordpressApi.isValid())
            found.wordpressApi = url;
        if (!rels.contains("alternate"_L1) || !isFeedType(link->attribute(u"type")))
            continue;
        if (url.scheme() == "http"_L1 || url.scheme() == "https"_L1 || url.scheme() == "file"_L1) {
            if (!found.advertised.contains(url))
                found.advertised.append(url);
        }
    }
    if (pageUrl.scheme() == "http"_L1 || pageUrl.scheme() == "https"_L1) {
        for (const char *path : {"/feed", "/feed/", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml",
                                 "/rss", "/feed.json"}) {
            const QUrl guess = pageUrl.resolved(QUrl(QLatin1StringView(path)));
            if (!found.advertised.contains(guess) && !found.guesses.contains(guess))
                found.guesses.append(guess);
        }
    }
    return found;
}
