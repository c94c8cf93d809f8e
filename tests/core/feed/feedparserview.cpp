#include "feedparserview.h"

#include "feed/feedjson.h"
#include "feed/feedtext.h"

using namespace Qt::StringLiterals;
using Kind = PyValue::Kind;

namespace {

PyValue dict(const QString &kind, const QStringList &mappable)
{
    PyValue v;
    v.kind = Kind::Dict;
    v.dictKind = kind;
    v.mappable = mappable;
    return v;
}

void setStr(PyValue &d, const QString &key, const QString &value, bool plainOnly = false)
{
    if (value.isEmpty())
        return;
    PyValue s = PyValue::fromString(value);
    s.plainOnly = plainOnly;
    d.dict.insert(key, s);
}

PyValue tuple9(const QDateTime &dt)
{
    PyValue t;
    t.kind = Kind::Tuple;
    const QDate d = dt.date();
    const QTime tm = dt.time();
    for (qint64 x : {qint64(d.year()), qint64(d.month()), qint64(d.day()), qint64(tm.hour()),
                     qint64(tm.minute()), qint64(tm.second()), qint64(d.dayOfWeek() - 1),
                     qint64(d.dayOfYear()), qint64(0)})
        t.items.append(PyValue::fromInt(x));
    return t;
}

void setDate(PyValue &d, const QStringList &names, const QDateTime &dt)
{
    if (!dt.isValid())
        return;
    for (const QString &name : names) {
        PyValue s = PyValue::fromString(feedDateToJson(dt));
        s.dateString = true;
        d.dict.insert(name, s);
        d.dict.insert(name + u"_parsed"_s, tuple9(dt));
    }
}

// A text field: value is the html twin when present, else the plain text.
void setText(PyValue &d, const QStringList &names, const QString &plain, const QString &html,
             bool hasHtmlTwin, const QString &language, const QString &forcedType = {})
{
    if (plain.isEmpty() && html.isEmpty())
        return;
    const QString value = html.isEmpty() ? plain : html;
    // per-field xml:lang and xml:base are not in the schema: only value and type map
    PyValue detail = dict(u"detail"_s, {u"value"_s, u"type"_s});
    setStr(detail, u"value"_s, value, !hasHtmlTwin);
    detail.dict.insert(u"type"_s,
                       PyValue::fromString(!forcedType.isEmpty()    ? forcedType
                                                   : html.isEmpty() ? u"text/plain"_s
                                                                    : u"text/html"_s));
    detail.dict.insert(u"language"_s,
                       language.isEmpty() ? PyValue::none() : PyValue::fromString(language));
    for (const QString &name : names) {
        setStr(d, name, value, !hasHtmlTwin);
        d.dict.insert(name + u"_detail"_s, detail);
    }
}

PyValue person(const FeedPerson &p)
{
    PyValue v = dict(u"person"_s, {u"name"_s, u"email"_s, u"href"_s, u"url"_s, u"uri"_s});
    setStr(v, u"name"_s, p.name);
    setStr(v, u"email"_s, p.email);
    setStr(v, u"href"_s, p.uri);
    setStr(v, u"url"_s, p.uri);
    setStr(v, u"uri"_s, p.uri);
    return v;
}

void setPeople(PyValue &d, const QList<FeedPerson> &people)
{
    if (people.isEmpty())
        return;
    PyValue list;
    list.kind = Kind::List;
    for (const FeedPerson &p : people)
        list.items.append(person(p));
    d.dict.insert(u"authors"_s, list);
    d.dict.insert(u"author_detail"_s, list.items.first());
    const FeedPerson &first = people.first();
    QString author = first.name;
    if (!first.email.isEmpty())
        author = first.name.isEmpty() ? first.email : u"%1 (%2)"_s.arg(first.name, first.email);
    setStr(d, u"author"_s, author);
}

void setCategories(PyValue &d, const QList<FeedCategory> &categories)
{
    if (categories.isEmpty())
        return;
    PyValue list;
    list.kind = Kind::List;
    for (const FeedCategory &c : categories) {
        PyValue t = dict(u"tag"_s, {u"term"_s, u"scheme"_s, u"label"_s});
        setStr(t, u"term"_s, c.term);
        t.dict.insert(u"scheme"_s,
                      c.scheme.isEmpty() ? PyValue::none() : PyValue::fromString(c.scheme));
        t.dict.insert(u"label"_s,
                      c.label.isEmpty() ? PyValue::none() : PyValue::fromString(c.label));
        list.items.append(t);
    }
    d.dict.insert(u"tags"_s, list);
    setStr(d, u"category"_s, categories.first().term);
}

void setLinks(PyValue &d, const QList<FeedLink> &links)
{
    PyValue list;
    list.kind = Kind::List;
    for (const FeedLink &l : links) {
        PyValue v = dict(u"link"_s, {u"href"_s, u"rel"_s, u"type"_s, u"title"_s, u"length"_s});
        setStr(v, u"href"_s, l.href);
        setStr(v, u"rel"_s, l.rel);
        setStr(v, u"type"_s, l.type);
        setStr(v, u"title"_s, l.title);
        if (l.length)
            setStr(v, u"length"_s, QString::number(*l.length));
        list.items.append(v);
    }
    d.dict.insert(u"links"_s, list);
}

QString contentMime(const QString &type)
{
    if (type == u"text")
        return u"text/plain"_s;
    if (type == u"xhtml")
        return u"application/xhtml+xml"_s;
    return u"text/html"_s;
}

PyValue entryView(const FeedEntry &e)
{
    PyValue d = dict(u"entry"_s,
                     {u"id"_s,
                      u"guid"_s,
                      u"title"_s,
                      u"title_detail"_s,
                      u"link"_s,
                      u"links"_s,
                      u"summary"_s,
                      u"summary_detail"_s,
                      u"description"_s,
                      u"description_detail"_s,
                      u"content"_s,
                      u"published"_s,
                      u"published_parsed"_s,
                      u"issued"_s,
                      u"issued_parsed"_s,
                      u"updated"_s,
                      u"updated_parsed"_s,
                      u"modified"_s,
                      u"modified_parsed"_s,
                      u"author"_s,
                      u"author_detail"_s,
                      u"authors"_s,
                      u"tags"_s,
                      u"category"_s,
                      u"enclosures"_s,
                      u"comments"_s,
                      u"source"_s,
                      u"rights"_s,
                      u"rights_detail"_s,
                      u"copyright"_s,
                      u"copyright_detail"_s,
                      u"wfw_commentrss"_s,
                      u"slash_comments"_s,
                      u"image"_s});
    setStr(d, u"id"_s, e.id);
    setStr(d, u"guid"_s, e.id);
    setText(d, {u"title"_s}, e.title, e.titleHtml, true, e.language);
    setStr(d, u"link"_s, e.link);
    setLinks(d, e.links);
    setText(d, {u"summary"_s, u"description"_s}, e.summary, e.summaryHtml, true, e.language);
    if (!e.contentHtml.isEmpty() || !e.contentType.isEmpty()) {
        PyValue content;
        content.kind = Kind::List;
        PyValue c = dict(u"content"_s, {u"value"_s, u"type"_s, u"language"_s});
        QString value = e.contentHtml;
        if (e.contentType == u"text")
            value = FeedText::decodeEntities(value); // escaped back to text
        c.dict.insert(u"value"_s, PyValue::fromString(value));
        c.dict.insert(u"type"_s, PyValue::fromString(contentMime(e.contentType)));
        c.dict.insert(u"language"_s,
                      e.language.isEmpty() ? PyValue::none() : PyValue::fromString(e.language));
        content.items.append(c);
        d.dict.insert(u"content"_s, content);
        if (!d.dict.contains(u"description"_s)) // feedparser falls back to content
            setText(d, {u"summary"_s, u"description"_s}, QString(), value, true, e.language);
    }
    setDate(d, {u"published"_s, u"issued"_s}, e.published);
    setDate(d, {u"updated"_s, u"modified"_s}, e.updated);
    setPeople(d, e.authors);
    setCategories(d, e.categories);
    if (!e.enclosures.isEmpty()) {
        PyValue list;
        list.kind = Kind::List;
        for (const FeedEnclosure &en : e.enclosures) {
            PyValue v = dict(u"enclosure"_s, {u"href"_s, u"url"_s, u"type"_s, u"length"_s});
            setStr(v, u"href"_s, en.url);
            setStr(v, u"url"_s, en.url);
            setStr(v, u"type"_s, en.type);
            if (en.length)
                setStr(v, u"length"_s, QString::number(*en.length));
            list.items.append(v);
        }
        d.dict.insert(u"enclosures"_s, list);
    }
    setStr(d, u"comments"_s, e.comments);
    setStr(d, u"wfw_commentrss"_s, e.commentsFeedUrl);
    if (e.commentCount)
        setStr(d, u"slash_comments"_s, QString::number(*e.commentCount));
    {
        PyValue s = dict(u"source"_s, {u"title"_s, u"href"_s, u"url"_s, u"value"_s});
        if (e.source) {
            setStr(s, u"title"_s, e.source->title, true);
            setStr(s, u"href"_s, e.source->url);
            setStr(s, u"url"_s, e.source->url);
            setStr(s, u"value"_s, e.source->title);
        }
        d.dict.insert(u"source"_s, s); // keys beyond title/url are not applicable
    }
    setText(d, {u"rights"_s, u"copyright"_s}, e.rights, {}, false, e.language);
    if (!e.image.isEmpty()) {
        PyValue image = dict(u"image"_s, {u"href"_s, u"url"_s});
        setStr(image, u"href"_s, e.image);
        setStr(image, u"url"_s, e.image);
        d.dict.insert(u"image"_s, image);
    }
    return d;
}

PyValue feedView(const FeedDocument &f)
{
    PyValue d = dict(u"feed"_s,
                     {u"title"_s,
                      u"title_detail"_s,
                      u"subtitle"_s,
                      u"subtitle_detail"_s,
                      u"tagline"_s,
                      u"tagline_detail"_s,
                      u"description"_s,
                      u"description_detail"_s,
                      u"info"_s,
                      u"info_detail"_s,
                      u"link"_s,
                      u"links"_s,
                      u"language"_s,
                      u"updated"_s,
                      u"updated_parsed"_s,
                      u"modified"_s,
                      u"modified_parsed"_s,
                      u"published"_s,
                      u"published_parsed"_s,
                      u"issued"_s,
                      u"issued_parsed"_s,
                      u"image"_s,
                      u"icon"_s,
                      u"logo"_s,
                      u"rights"_s,
                      u"rights_detail"_s,
                      u"copyright"_s,
                      u"copyright_detail"_s,
                      u"generator"_s,
                      u"ttl"_s,
                      u"author"_s,
                      u"author_detail"_s,
                      u"authors"_s,
                      u"tags"_s,
                      u"category"_s});
    setText(d, {u"title"_s}, f.title, f.titleHtml, true, f.language);
    setText(d, {u"subtitle"_s, u"tagline"_s, u"description"_s, u"info"_s}, f.subtitle, {}, false,
            f.language);
    setStr(d, u"link"_s, f.link);
    setLinks(d, f.links);
    setStr(d, u"language"_s, f.language);
    setDate(d, {u"updated"_s, u"modified"_s}, f.updated);
    setDate(d, {u"published"_s, u"issued"_s}, f.published);
    if (!f.image.isEmpty()) {
        PyValue image = dict(u"image"_s, {u"href"_s, u"url"_s});
        setStr(image, u"href"_s, f.image);
        setStr(image, u"url"_s, f.image);
        d.dict.insert(u"image"_s, image);
        setStr(d, u"logo"_s, f.image);
    }
    setStr(d, u"icon"_s, f.icon);
    setText(d, {u"rights"_s, u"copyright"_s}, f.rights, {}, false, f.language);
    setStr(d, u"generator"_s, f.generator);
    if (f.ttlMinutes)
        setStr(d, u"ttl"_s, QString::number(*f.ttlMinutes));
    setPeople(d, f.authors);
    setCategories(d, f.categories);
    return d;
}

QString versionName(FeedFormat format) { return feedFormatName(format); }

} // namespace

bool PyValue::truthy() const
{
    switch (kind) {
    case Kind::Missing:
    case Kind::None:
        return false;
    case Kind::Bool:
        return boolean;
    case Kind::Int:
        return integer != 0;
    case Kind::Float:
        return real != 0;
    case Kind::Str:
        return !text.isEmpty();
    case Kind::List:
    case Kind::Tuple:
        return !items.isEmpty();
    case Kind::Dict:
        return !dict.isEmpty();
    }
    return false;
}

PyValue feedparserRoot(const FeedDocument &feed)
{
    PyValue root =
            dict(u"result"_s, {u"bozo"_s, u"feed"_s, u"entries"_s, u"encoding"_s, u"version"_s});
    root.dict.insert(u"bozo"_s, PyValue::fromBool(!feed.wellformed));
    root.dict.insert(u"feed"_s, feedView(feed));
    PyValue entries;
    entries.kind = Kind::List;
    for (const FeedEntry &e : feed.entries)
        entries.items.append(entryView(e));
    root.dict.insert(u"entries"_s, entries);
    root.dict.insert(u"encoding"_s, PyValue::fromString(feed.encoding));
    root.dict.insert(u"version"_s, PyValue::fromString(versionName(feed.format)));
    return root;
}
