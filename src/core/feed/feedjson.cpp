#include "feed/feedjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString feedFormatName(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Rss090:
        return u"rss090"_s;
    case FeedFormat::Rss091:
        return u"rss091"_s;
    case FeedFormat::Rss092:
        return u"rss092"_s;
    case FeedFormat::Rss093:
        return u"rss093"_s;
    case FeedFormat::Rss094:
        return u"rss094"_s;
    case FeedFormat::Rss20:
        return u"rss20"_s;
    case FeedFormat::Rss:
        return u"rss"_s;
    case FeedFormat::Rss10:
        return u"rss10"_s;
    case FeedFormat::Atom03:
        return u"atom03"_s;
    case FeedFormat::Atom10:
        return u"atom10"_s;
    case FeedFormat::Json10:
        return u"json10"_s;
    case FeedFormat::Json11:
        return u"json11"_s;
    case FeedFormat::Unknown:
        break;
    }
    return {};
}

namespace {

void put(QJsonObject &o, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putDate(QJsonObject &o, QLatin1StringView key, const QDateTime &value)
{
    const QString text = feedDateToJson(value);
    if (!text.isEmpty())
        o.insert(key, text);
}

template<typename T, typename F>
void putArray(QJsonObject &o, QLatin1StringView key, const QList<T> &list, F toJson)
{
    if (list.isEmpty())
        return;
    QJsonArray array;
    for (const T &item : list)
        array.append(toJson(item));
    o.insert(key, array);
}

QJsonObject personJson(const FeedPerson &p)
{
    QJsonObject o;
    put(o, "name"_L1, p.name);
    put(o, "email"_L1, p.email);
    put(o, "uri"_L1, p.uri);
    return o;
}

QJsonObject categoryJson(const FeedCategory &c)
{
    QJsonObject o;
    o.insert("term"_L1, c.term);
    put(o, "scheme"_L1, c.scheme);
    put(o, "label"_L1, c.label);
    return o;
}

QJsonObject linkJson(const FeedLink &l)
{
    QJsonObject o;
    o.insert("href"_L1, l.href);
    put(o, "rel"_L1, l.rel);
    put(o, "type"_L1, l.type);
    put(o, "title"_L1, l.title);
    if (l.length)
        o.insert("length"_L1, double(*l.length));
    return o;
}

QJsonObject enclosureJson(const FeedEnclosure &e)
{
    QJsonObject o;
    o.insert("url"_L1, e.url);
    put(o, "type"_L1, e.type);
    if (e.length)
        o.insert("length"_L1, double(*e.length));
    return o;
}

} // namespace

QString feedDateToJson(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    const QDateTime utc = date.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1 || d.year() > 9999)
        return {};
    return u"%1-%2-%3T%4:%5:%6Z"_s.arg(d.year(), 4, 10, QLatin1Char('0'))
            .arg(d.month(), 2, 10, QLatin1Char('0'))
            .arg(d.day(), 2, 10, QLatin1Char('0'))
            .arg(t.hour(), 2, 10, QLatin1Char('0'))
            .arg(t.minute(), 2, 10, QLatin1Char('0'))
            .arg(t.second(), 2, 10, QLatin1Char('0'));
}

QJsonObject feedEntryToJson(const FeedEntry &e)
{
    QJsonObject o;
    put(o, "id"_L1, e.id);
    put(o, "title"_L1, e.title);
    put(o, "title_html"_L1, e.titleHtml);
    put(o, "link"_L1, e.link);
    putArray(o, "links"_L1, e.links, linkJson);
    putDate(o, "published"_L1, e.published);
    putDate(o, "updated"_L1, e.updated);
    putArray(o, "authors"_L1, e.authors, personJson);
    put(o, "summary"_L1, e.summary);
    put(o, "summary_html"_L1, e.summaryHtml);
    put(o, "content_html"_L1, e.contentHtml);
    put(o, "content_type"_L1, e.contentType);
    putArray(o, "categories"_L1, e.categories, categoryJson);
    putArray(o, "enclosures"_L1, e.enclosures, enclosureJson);
    put(o, "comments"_L1, e.comments);
    put(o, "image"_L1, e.image);
    if (e.source && !e.source->isEmpty()) {
        QJsonObject s;
        put(s, "title"_L1, e.source->title);
        put(s, "url"_L1, e.source->url);
        o.insert("source"_L1, s);
    }
    put(o, "rights"_L1, e.rights);
    return o;
}

QJsonObject feedToJson(const FeedDocument &f)
{
    QJsonObject o;
    o.insert("format"_L1, feedFormatName(f.format));
    o.insert("wellformed"_L1, f.wellformed || f.errors.isEmpty());
    if (!f.errors.isEmpty())
        o.insert("errors"_L1, QJsonArray::fromStringList(f.errors));
    put(o, "encoding"_L1, f.encoding);
    put(o, "title"_L1, f.title);
    put(o, "title_html"_L1, f.titleHtml);
    put(o, "link"_L1, f.link);
    put(o, "feed_url"_L1, f.feedUrl);
    put(o, "subtitle"_L1, f.subtitle);
    put(o, "language"_L1, f.language);
    putDate(o, "updated"_L1, f.updated);
    putDate(o, "published"_L1, f.published);
    put(o, "image"_L1, f.image);
    put(o, "icon"_L1, f.icon);
    put(o, "rights"_L1, f.rights);
    put(o, "generator"_L1, f.generator);
    if (f.ttlMinutes)
        o.insert("ttl_minutes"_L1, *f.ttlMinutes);
    putArray(o, "authors"_L1, f.authors, personJson);
    putArray(o, "categories"_L1, f.categories, categoryJson);
    putArray(o, "links"_L1, f.links, linkJson);
    QJsonArray entries;
    for (const FeedEntry &e : f.entries)
        entries.append(feedEntryToJson(e));
    o.insert("entries"_L1, entries);
    return o;
}
