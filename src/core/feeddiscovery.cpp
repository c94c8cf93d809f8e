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
    const QUrl base = baseUrl(doc->root(), pageUrl);
    for (Node *title : elementsByTag(doc->root(), {GUMBO_TAG_TITLE})) {
        found.title = textContent(title).simplified();
        break;
    }
    for (Node *meta : elementsByTag(doc->root(), {GUMBO_TAG_META})) {
        if (meta->attribute(u"property").trimmed().toLower() == "og:site_name"_L1) {
            found.siteName = meta->attribute(u"content").simplified();
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

namespace {

// One link-value of a Link header: "<uri>" then ";"-separated parameters.
struct LinkValue
{
    QString target;
    QStringList rels;
};

QList<LinkValue> parseLinkHeader(const QString &header)
{
    QList<LinkValue> values;
    qsizetype i = 0;
    const qsizetype n = header.size();
    while (i < n) {
        const qsizetype open = header.indexOf(u'<', i);
        if (open < 0)
            break;
        const qsizetype close = header.indexOf(u'>', open + 1);
        if (close < 0)
            break;
        LinkValue value;
        value.target = header.mid(open + 1, close - open - 1).trimmed();
        i = close + 1;
        // Parameters up to the next link-value: a "," outside quotes.
        while (i < n) {
            while (i < n && (header.at(i).isSpace()))
                ++i;
            if (i >= n || header.at(i) == u',') {
                ++i;
                break;
            }
            if (header.at(i) != u';') { // junk: skip to the next link-value
                const qsizetype next = header.indexOf(u',', i);
                i = next < 0 ? n : next + 1;
                break;
            }
            ++i;
            qsizetype nameEnd = i;
            while (nameEnd < n && header.at(nameEnd) != u'=' && header.at(nameEnd) != u';'
                   && header.at(nameEnd) != u',')
                ++nameEnd;
            const QString name = header.mid(i, nameEnd - i).trimmed().toLower();
            QString paramValue;
            i = nameEnd;
            if (i < n && header.at(i) == u'=') {
                ++i;
                while (i < n && header.at(i).isSpace())
                    ++i;
                if (i < n && header.at(i) == u'"') {
                    ++i;
                    while (i < n && header.at(i) != u'"') {
                        if (header.at(i) == u'\\' && i + 1 < n)
                            ++i;
                        paramValue += header.at(i);
                        ++i;
                    }
                    ++i; // the closing quote
                } else {
                    qsizetype end = i;
                    while (end < n && header.at(end) != u';' && header.at(end) != u',')
                        ++end;
                    paramValue = header.mid(i, end - i).trimmed();
                    i = end;
                }
            }
            if (name == "rel"_L1 && value.rels.isEmpty())
                value.rels = paramValue.toLower().split(u' ', Qt::SkipEmptyParts);
        }
        values.append(value);
    }
    return values;
}

} // namespace

QList<QUrl> linkHeaderTargets(const QByteArray &linkHeader, const QString &relation,
                              const QUrl &base)
{
    QList<QUrl> targets;
    const QString rel = relation.toLower();
    for (const LinkValue &value : parseLinkHeader(QString::fromLatin1(linkHeader))) {
        if (!value.rels.contains(rel) || value.target.isEmpty())
            continue;
        const QUrl url = base.resolved(QUrl(value.target));
        if (url.isValid() && !targets.contains(url))
            targets.append(url);
    }
    return targets;
}

QUrl wordpressApiRoot(const QByteArray &linkHeader, const DiscoveredFeeds &page,
                      const QUrl &pageUrl)
{
    for (const QUrl &url : linkHeaderTargets(linkHeader, u"https://api.w.org/"_s, pageUrl)) {
        if (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
            return url;
    }
    return page.wordpressApi;
}
