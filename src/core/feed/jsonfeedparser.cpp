#include "feed/jsonfeedparser.h"

#include "feed/feeddate.h"
#include "feed/feedtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace JsonFeedParser {

namespace {

constexpr int maxItems = 100000;

QString string(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

QString plain(const QJsonObject &o, QLatin1StringView key)
{
    return FeedText::collapseWhitespace(string(o, key));
}

QString url(const QJsonObject &o, QLatin1StringView key, const QUrl &base)
{
    return FeedText::resolveUrl(string(o, key), base);
}

std::optional<qint64> length(const QJsonValue &v)
{
    if (!v.isDouble() || v.toDouble() < 0)
        return std::nullopt;
    return qint64(v.toDouble());
}

QList<FeedPerson> people(const QJsonObject &o, const QUrl &base)
{
    QList<FeedPerson> result;
    QJsonArray list = o.value("authors"_L1).toArray();
    if (list.isEmpty() && o.value("author"_L1).isObject())
        list.append(o.value("author"_L1));
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject a = v.toObject();
        FeedPerson p;
        p.name = plain(a, "name"_L1);
        p.uri = url(a, "url"_L1, base);
        if (p.uri.startsWith(u"mailto:"_s, Qt::CaseInsensitive)) {
            p.email = p.uri.mid(7);
            p.uri.clear();
        }
        if (!p.isEmpty())
            result.append(p);
    }
    return result;
}

FeedEntry readItem(const QJsonObject &o, const QUrl &base, const QString &feedLanguage)
{
    FeedEntry e;
    e.id = string(o, "id"_L1);
    e.link = url(o, "url"_L1, base);
    if (!e.link.isEmpty())
        e.links.append({e.link, u"alternate"_s, {}, {}, {}});
    const QString external = url(o, "external_url"_L1, base);
    if (!external.isEmpty())
        e.links.append({external, u"related"_s, {}, {}, {}});
    e.title = plain(o, "title"_L1);
    const QString html = string(o, "content_html"_L1);
    const QString text = string(o, "content_text"_L1);
    if (!html.isEmpty()) {
        e.contentHtml = FeedText::resolveHtmlUrls(html, base);
        e.contentType = u"html"_s;
    } else if (!text.isEmpty()) {
        e.contentHtml = FeedText::escapeHtml(text);
        e.contentType = u"text"_s;
    }
    e.summary = plain(o, "summary"_L1);
    e.image = url(o, "image"_L1, base);
    if (e.image.isEmpty())
        e.image = url(o, "banner_image"_L1, base);
    e.published = parseFeedDate(string(o, "date_published"_L1));
    e.updated = parseFeedDate(string(o, "date_modified"_L1));
    e.authors = people(o, base);
    for (const QJsonValue &t : o.value("tags"_L1).toArray()) {
        const QString term = FeedText::collapseWhitespace(t.toString());
        if (!term.isEmpty())
            e.categories.append({term, {}, {}});
    }
    for (const QJsonValue &v : o.value("attachments"_L1).toArray()) {
        const QJsonObject a = v.toObject();
        FeedEnclosure enclosure {url(a, "url"_L1, base), string(a, "mime_type"_L1).trimmed(),
                                 length(a.value("size_in_bytes"_L1))};
        if (!enclosure.url.isEmpty())
            e.enclosures.append(enclosure);
    }
    e.language = string(o, "language"_L1);
    if (e.language.isEmpty())
        e.language = feedLanguage;
    return e;
}

} // namespace

bool looksLikeJson(const QByteArray &bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size()
           && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r'))
        ++i;
    return i < bytes.size() && bytes[i] == '{';
}

bool parse(const QByteArray &bytes, const QUrl &base, FeedDocument &feed, QString *error)
{
    QJsonParseError parseError;
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (json.isNull() || !json.isObject()) {
        *error = u"not valid JSON: %1"_s.arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = json.object();
    const QString version = string(root, "version"_L1).trimmed();
    const bool bare = version == u"1" || version == u"1.0" || version == u"1.1"; // seen in the wild
    if (!version.contains(u"jsonfeed.org/version/"_s) && !bare) {
        *error = u"JSON without a JSON Feed version"_s;
        return false;
    }
    feed.format = version.endsWith(u"/1"_s) || version == u"1" || version == u"1.0"
            ? FeedFormat::Json10
            : FeedFormat::Json11;
    feed.encoding = u"utf-8"_s;
    feed.title = plain(root, "title"_L1);
    feed.link = url(root, "home_page_url"_L1, base);
    feed.feedUrl = url(root, "feed_url"_L1, base);
    if (!feed.link.isEmpty())
        feed.links.append({feed.link, u"alternate"_s, {}, {}, {}});
    if (!feed.feedUrl.isEmpty())
        feed.links.append({feed.feedUrl, u"self"_s, {}, {}, {}});
    feed.subtitle = plain(root, "description"_L1);
    feed.image = url(root, "icon"_L1, base);
    feed.icon = url(root, "favicon"_L1, base);
    feed.language = string(root, "language"_L1).trimmed();
    feed.authors = people(root, base);
    const QJsonArray items = root.value("items"_L1).toArray();
    for (const QJsonValue &v : items) {
        if (feed.entries.size() >= maxItems)
            break;
        if (v.isObject())
            feed.entries.append(readItem(v.toObject(), base, feed.language));
    }
    if (!root.value("items"_L1).isArray()) {
        feed.wellformed = false;
        feed.errors << u"JSON Feed without an items array"_s;
    }
    return true;
}

} // namespace JsonFeedParser
