// gofeed's format-specific parser fixtures (shared/corpora/gofeed/parser/rss,
// parser/atom): the expected JSON is gofeed's RSS or Atom struct. Fields that
// have a counterpart in feed.schema.json are compared with Masthead's
// normalized output; the rest (textInput, cloud, skipDays, contributors, feed
// id, extension maps, raw date strings...) are counted as unmapped. A case with
// no mapped field is "not applicable"; every applicable case must pass.
// Values are compared after the schema's normalisation: text fields are plain
// text (gofeed keeps raw markup), markup may be re-serialised (compared by
// text), a raw "Name <email>" author is compared with the split person.

#include "corpora.h"
#include "feed/feedjson.h"
#include "feed/feedparser.h"
#include "feed/feedtext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGofeedParserCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void rss();
    void atom();

private:
    void run(const QString &format);
};

namespace {

struct Comparison
{
    int mapped = 0;
    QStringList mismatches;
    QSet<QString> unmapped;
    void check(bool ok, const QString &field, const QString &got)
    {
        ++mapped;
        if (!ok)
            mismatches << field + u": got '"_s + got + u'\'';
    }
};

QString collapse(const QString &s) { return FeedText::collapseWhitespace(s); }

bool textMatches(const QString &expected, const QJsonObject &o, const char *plainKey,
                 const char *htmlKey = nullptr)
{
    const QString plain = o.value(QLatin1StringView(plainKey)).toString();
    const QString html = htmlKey ? o.value(QLatin1StringView(htmlKey)).toString() : QString();
    if (collapse(expected) == collapse(plain)
        || (!html.isEmpty() && collapse(expected) == collapse(html)))
        return true;
    return FeedText::htmlToPlainText(expected) == plain
            || (!html.isEmpty()
                && FeedText::htmlToPlainText(expected) == FeedText::htmlToPlainText(html));
}

bool markupMatches(const QString &expected, QString ours, const QString &ourType)
{
    if (ourType == u"text")
        ours = FeedText::decodeEntities(ours);
    return collapse(expected) == collapse(ours)
            || FeedText::htmlToPlainText(expected) == FeedText::htmlToPlainText(ours);
}

bool dateMatches(const QJsonValue &expected, const QJsonValue &ours)
{
    const QDateTime e = QDateTime::fromString(expected.toString(), Qt::ISODateWithMs);
    const QDateTime o = QDateTime::fromString(ours.toString(), Qt::ISODate);
    return e.isValid() && o.isValid() && e.toSecsSinceEpoch() == o.toSecsSinceEpoch();
}

// a raw RSS author string against the split person
bool personMatches(const QString &raw, const QJsonObject &person)
{
    const QString name = person.value("name"_L1).toString();
    const QString email = person.value("email"_L1).toString();
    const QString text = collapse(FeedText::htmlToPlainText(raw));
    return (!name.isEmpty() || !email.isEmpty()) && (name.isEmpty() || text.contains(name))
            && (email.isEmpty() || text.contains(email));
}

QStringList hrefs(const QJsonArray &links)
{
    QStringList out;
    for (const QJsonValue &l : links)
        out << l.toObject().value("href"_L1).toString();
    return out;
}

void compareCategories(const QJsonArray &theirs, const QJsonArray &ours, bool rss, Comparison &cmp,
                       const QString &field)
{
    bool ok = theirs.size() == ours.size();
    for (qsizetype i = 0; ok && i < theirs.size(); ++i) {
        const QJsonObject a = theirs[i].toObject();
        const QJsonObject b = ours[i].toObject();
        const QString term = rss ? a.value("value"_L1).toString() : a.value("term"_L1).toString();
        const QString scheme =
                rss ? a.value("domain"_L1).toString() : a.value("scheme"_L1).toString();
        const QString label = a.value("label"_L1).toString();
        ok = (term.isEmpty() ? label == b.value("label"_L1).toString()
                             : textMatches(term, b, "term"))
                && scheme == b.value("scheme"_L1).toString();
    }
    cmp.check(ok, field, QString::fromUtf8(QJsonDocument(ours).toJson(QJsonDocument::Compact)));
}

void compareRssItem(const QJsonObject &e, const QJsonObject &o, Comparison &cmp, const QString &w)
{
    for (auto it = e.begin(); it != e.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        if (k == u"title")
            cmp.check(textMatches(v.toString(), o, "title", "title_html"), w + k,
                      o.value("title"_L1).toString());
        else if (k == u"link")
            cmp.check(hrefs(o.value("links"_L1).toArray()).contains(v.toString())
                              || o.value("link"_L1) == v,
                      w + k, o.value("link"_L1).toString());
        else if (k == u"links") {
            bool ok = true;
            for (const QJsonValue &l : v.toArray())
                ok = ok && hrefs(o.value("links"_L1).toArray()).contains(l.toString());
            cmp.check(ok, w + k, hrefs(o.value("links"_L1).toArray()).join(u' '));
        } else if (k == u"description")
            cmp.check(textMatches(v.toString(), o, "summary", "summary_html"), w + k,
                      o.value("summary"_L1).toString());
        else if (k == u"content")
            cmp.check(markupMatches(v.toString(), o.value("content_html"_L1).toString(),
                                    o.value("content_type"_L1).toString()),
                      w + k, o.value("content_html"_L1).toString());
        else if (k == u"author")
            cmp.check(
                    personMatches(v.toString(), o.value("authors"_L1).toArray().first().toObject()),
                    w + k,
                    QString::fromUtf8(QJsonDocument(o.value("authors"_L1).toArray())
                                              .toJson(QJsonDocument::Compact)));
        else if (k == u"categories")
            compareCategories(v.toArray(), o.value("categories"_L1).toArray(), true, cmp, w + k);
        else if (k == u"comments")
            cmp.check(o.value("comments"_L1).toString() == v.toString().trimmed(), w + k,
                      o.value("comments"_L1).toString());
        else if (k == u"guid")
            cmp.check(o.value("id"_L1).toString()
                              == v.toObject().value("value"_L1).toString().trimmed(),
                      w + k, o.value("id"_L1).toString());
        else if (k == u"pubDateParsed")
            cmp.check(dateMatches(v, o.value("published"_L1)), w + k,
                      o.value("published"_L1).toString());
        else if (k == u"enclosures") {
            const QJsonArray mine = o.value("enclosures"_L1).toArray();
            bool ok = mine.size() == v.toArray().size();
            for (qsizetype i = 0; ok && i < mine.size(); ++i)
                ok = mine[i].toObject().value("url"_L1)
                        == v.toArray()[i].toObject().value("url"_L1);
            cmp.check(ok, w + k,
                      QString::fromUtf8(QJsonDocument(mine).toJson(QJsonDocument::Compact)));
        } else if (k == u"source") {
            const QJsonObject s = o.value("source"_L1).toObject();
            cmp.check(textMatches(v.toObject().value("title"_L1).toString(), s, "title")
                              && s.value("url"_L1) == v.toObject().value("url"_L1),
                      w + k, QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact)));
        } else
            cmp.unmapped.insert(k);
    }
}

void compareRss(const QJsonObject &e, const QJsonObject &o, Comparison &cmp)
{
    static const QMap<QString, QString> versions = {{u"0.90"_s, u"rss090"_s},
                                                    {u"0.91"_s, u"rss091"_s},
                                                    {u"0.92"_s, u"rss092"_s},
                                                    {u"1.0"_s, u"rss10"_s},
                                                    {u"2.0"_s, u"rss20"_s}};
    for (auto it = e.begin(); it != e.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        if (k == u"version") {
            if (versions.contains(v.toString()))
                cmp.check(o.value("format"_L1).toString() == versions.value(v.toString()), k,
                          o.value("format"_L1).toString());
            else
                cmp.unmapped.insert(u"version "_s + v.toString());
        } else if (k == u"title")
            cmp.check(textMatches(v.toString(), o, "title", "title_html"), k,
                      o.value("title"_L1).toString());
        else if (k == u"link")
            cmp.check(hrefs(o.value("links"_L1).toArray()).contains(v.toString())
                              || o.value("link"_L1) == v,
                      k, o.value("link"_L1).toString());
        else if (k == u"description")
            cmp.check(textMatches(v.toString(), o, "subtitle"), k,
                      o.value("subtitle"_L1).toString());
        else if (k == u"language" || k == u"generator")
            cmp.check(textMatches(v.toString(), o, k == u"language" ? "language" : "generator"), k,
                      o.value(k).toString());
        else if (k == u"copyright")
            cmp.check(textMatches(v.toString(), o, "rights"), k, o.value("rights"_L1).toString());
        else if (k == u"managingEditor" || (k == u"webMaster" && !e.contains("managingEditor"_L1)))
            cmp.check(
                    personMatches(v.toString(), o.value("authors"_L1).toArray().first().toObject()),
                    k,
                    QString::fromUtf8(QJsonDocument(o.value("authors"_L1).toArray())
                                              .toJson(QJsonDocument::Compact)));
        else if (k == u"pubDateParsed")
            cmp.check(dateMatches(v, o.value("published"_L1)), k,
                      o.value("published"_L1).toString());
        else if (k == u"lastBuildDateParsed")
            cmp.check(dateMatches(v, o.value("updated"_L1)), k, o.value("updated"_L1).toString());
        else if (k == u"ttl")
            cmp.check(o.value("ttl_minutes"_L1).toInt(-1) == v.toString().trimmed().toInt(), k,
                      o.value("ttl_minutes"_L1).toString());
        else if (k == u"categories")
            compareCategories(v.toArray(), o.value("categories"_L1).toArray(), true, cmp, k);
        else if (k == u"image" && v.toObject().contains("url"_L1))
            cmp.check(o.value("image"_L1).toString()
                              == v.toObject().value("url"_L1).toString().trimmed(),
                      k, o.value("image"_L1).toString());
        else if (k == u"items") {
            const QJsonArray items = v.toArray();
            const QJsonArray entries = o.value("entries"_L1).toArray();
            if (!items.isEmpty())
                cmp.check(items.size() == entries.size(), k, QString::number(entries.size()));
            for (qsizetype i = 0; i < qMin(items.size(), entries.size()); ++i)
                compareRssItem(items[i].toObject(), entries[i].toObject(), cmp,
                               u"items[%1]."_s.arg(i));
        } else
            cmp.unmapped.insert(k);
    }
}

void compareAtomPeople(const QJsonArray &theirs, const QJsonArray &ours, Comparison &cmp,
                       const QString &field)
{
    bool ok = theirs.size() == ours.size();
    for (qsizetype i = 0; ok && i < theirs.size(); ++i) {
        const QJsonObject a = theirs[i].toObject();
        const QJsonObject b = ours[i].toObject();
        ok = collapse(a.value("name"_L1).toString()) == b.value("name"_L1).toString()
                && collapse(a.value("email"_L1).toString()) == b.value("email"_L1).toString()
                && a.value("uri"_L1).toString().trimmed() == b.value("uri"_L1).toString();
    }
    cmp.check(ok, field, QString::fromUtf8(QJsonDocument(ours).toJson(QJsonDocument::Compact)));
}

void compareAtomLinks(const QJsonArray &theirs, const QJsonArray &ours, Comparison &cmp,
                      const QString &field)
{
    bool ok = true;
    for (const QJsonValue &l : theirs) {
        const QJsonObject a = l.toObject();
        bool found = false;
        for (const QJsonValue &m : ours) {
            const QJsonObject b = m.toObject();
            found = found
                    || (b.value("href"_L1) == a.value("href"_L1)
                        && (a.value("rel"_L1).toString().isEmpty()
                            || a.value("rel"_L1) == b.value("rel"_L1))
                        && a.value("type"_L1).toString() == b.value("type"_L1).toString());
        }
        ok = ok && (found || a.value("href"_L1).toString().isEmpty());
    }
    cmp.check(ok, field, QString::fromUtf8(QJsonDocument(ours).toJson(QJsonDocument::Compact)));
}

void compareAtomEntry(const QJsonObject &e, const QJsonObject &o, Comparison &cmp, const QString &w)
{
    for (auto it = e.begin(); it != e.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        if (k == u"title")
            cmp.check(textMatches(v.toString(), o, "title", "title_html"), w + k,
                      o.value("title"_L1).toString());
        else if (k == u"summary")
            cmp.check(textMatches(v.toString(), o, "summary", "summary_html"), w + k,
                      o.value("summary"_L1).toString());
        else if (k == u"rights")
            cmp.check(textMatches(v.toString(), o, "rights"), w + k,
                      o.value("rights"_L1).toString());
        else if (k == u"id")
            cmp.check(o.value("id"_L1).toString() == v.toString().trimmed(), w + k,
                      o.value("id"_L1).toString());
        else if (k == u"content") {
            const QJsonObject c = v.toObject();
            if (!c.value("src"_L1).toString().isEmpty())
                cmp.check(!o.contains("content_html"_L1), w + k,
                          o.value("content_html"_L1).toString());
            else
                cmp.check(markupMatches(c.value("value"_L1).toString(),
                                        o.value("content_html"_L1).toString(),
                                        o.value("content_type"_L1).toString()),
                          w + k, o.value("content_html"_L1).toString());
        } else if (k == u"links")
            compareAtomLinks(v.toArray(), o.value("links"_L1).toArray(), cmp, w + k);
        else if (k == u"publishedParsed")
            cmp.check(dateMatches(v, o.value("published"_L1)), w + k,
                      o.value("published"_L1).toString());
        else if (k == u"updatedParsed")
            cmp.check(dateMatches(v, o.value("updated"_L1)), w + k,
                      o.value("updated"_L1).toString());
        else if (k == u"authors")
            compareAtomPeople(v.toArray(), o.value("authors"_L1).toArray(), cmp, w + k);
        else if (k == u"categories")
            compareCategories(v.toArray(), o.value("categories"_L1).toArray(), false, cmp, w + k);
        else if (k == u"source" && v.toObject().contains("title"_L1))
            cmp.check(textMatches(v.toObject().value("title"_L1).toString(),
                                  o.value("source"_L1).toObject(), "title"),
                      w + k,
                      QString::fromUtf8(QJsonDocument(o.value("source"_L1).toObject())
                                                .toJson(QJsonDocument::Compact)));
        else
            cmp.unmapped.insert(k);
    }
}

void compareAtom(const QJsonObject &e, const QJsonObject &o, Comparison &cmp)
{
    for (auto it = e.begin(); it != e.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        if (k == u"version")
            cmp.check(o.value("format"_L1).toString()
                              == (v.toString() == u"0.3" ? u"atom03"_s : u"atom10"_s),
                      k, o.value("format"_L1).toString());
        else if (k == u"title")
            cmp.check(textMatches(v.toString(), o, "title", "title_html"), k,
                      o.value("title"_L1).toString());
        else if (k == u"subtitle")
            cmp.check(textMatches(v.toString(), o, "subtitle"), k,
                      o.value("subtitle"_L1).toString());
        else if (k == u"rights")
            cmp.check(textMatches(v.toString(), o, "rights"), k, o.value("rights"_L1).toString());
        else if (k == u"generator")
            cmp.check(textMatches(v.toObject().value("value"_L1).toString(), o, "generator"), k,
                      o.value("generator"_L1).toString());
        else if (k == u"icon" || k == u"logo")
            cmp.check(o.value(k == u"icon" ? "icon"_L1 : "image"_L1).toString()
                              == v.toString().trimmed(),
                      k, o.value(k == u"icon" ? "icon"_L1 : "image"_L1).toString());
        else if (k == u"language")
            cmp.check(o.value("language"_L1).toString() == v.toString(), k,
                      o.value("language"_L1).toString());
        else if (k == u"authors")
            compareAtomPeople(v.toArray(), o.value("authors"_L1).toArray(), cmp, k);
        else if (k == u"links")
            compareAtomLinks(v.toArray(), o.value("links"_L1).toArray(), cmp, k);
        else if (k == u"updatedParsed")
            cmp.check(dateMatches(v, o.value("updated"_L1)), k, o.value("updated"_L1).toString());
        else if (k == u"categories")
            compareCategories(v.toArray(), o.value("categories"_L1).toArray(), false, cmp, k);
        else if (k == u"entries") {
            const QJsonArray items = v.toArray();
            const QJsonArray entries = o.value("entries"_L1).toArray();
            if (!items.isEmpty())
                cmp.check(items.size() == entries.size(), k, QString::number(entries.size()));
            for (qsizetype i = 0; i < qMin(items.size(), entries.size()); ++i)
                compareAtomEntry(items[i].toObject(), entries[i].toObject(), cmp,
                                 u"entries[%1]."_s.arg(i));
        } else
            cmp.unmapped.insert(k);
    }
}

// Cases where gofeed and feed.schema.json disagree on purpose.
const QMap<QString, QString> &differencesByDesign()
{
    static const QMap<QString, QString> cases = {
            {u"feed_logo_uri_base.xml"_s,
             u"gofeed treats xml:base=\"img\" as a directory; RFC 3986 resolves icon.png "
             "against http://example.org/img to http://example.org/icon.png"_s},
            {u"atom10_feed_entry_category_scheme.xml"_s,
             u"a category with a scheme but neither term nor label is dropped "
             "(the schema's category needs a term)"_s},
            {u"entry_id_xml_base.xml"_s,
             u"the schema keeps id exactly as given; gofeed resolves it against xml:base"_s},
    };
    return cases;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestGofeedParserCorpus::run(const QString &format)
{
    const QString relative = u"gofeed/parser/"_s + format;
    MASTHEAD_REQUIRE_CORPUS(relative);
    const QDir dir(corpusPath(relative));
    int total = 0, applicable = 0, passed = 0;
    QMap<QString, int> unmapped;
    QStringList notApplicable, failures;
    for (const QString &xml : dir.entryList({u"*.xml"_s}, QDir::Files, QDir::Name)) {
        ++total;
        const QJsonObject expected =
                QJsonDocument::fromJson(readFile(dir.filePath(xml.chopped(4) + u".json"_s)))
                        .object();
        const FeedParseResult r = FeedParser::parse(readFile(dir.filePath(xml)));
        Comparison cmp;
        if (!r.isFeed) {
            cmp.check(false, u"parse"_s, r.error);
        } else {
            const QJsonObject ours = feedToJson(r.feed);
            if (format == u"rss")
                compareRss(expected, ours, cmp);
            else
                compareAtom(expected, ours, cmp);
        }
        for (const QString &k : std::as_const(cmp.unmapped))
            ++unmapped[k];
        // the format/version alone does not make a case applicable
        if (cmp.mapped <= 1 && cmp.mismatches.isEmpty()) {
            notApplicable << xml;
            continue;
        }
        if (!cmp.mismatches.isEmpty() && differencesByDesign().contains(xml)) {
            notApplicable << xml + u" (by design: "_s + differencesByDesign().value(xml) + u')';
            continue;
        }
        ++applicable;
        if (cmp.mismatches.isEmpty())
            ++passed;
        else
            failures << xml + u" | "_s + cmp.mismatches.join(u"; "_s);
    }
    QTextStream out(stdout);
    out << "\ngofeed parser/" << format << ": " << total << " cases, " << applicable
        << " applicable, " << passed << " passed\n";
    out << "unmapped keys: ";
    for (auto it = unmapped.cbegin(); it != unmapped.cend(); ++it)
        out << it.key() << " (" << it.value() << ") ";
    out << "\nnot applicable (" << notApplicable.size() << "): " << notApplicable.join(u", "_s)
        << "\n";
    out << "failures (" << failures.size() << "):\n";
    for (const QString &f : std::as_const(failures))
        out << "  " << f << "\n";
    out.flush();
    QVERIFY2(failures.isEmpty(), qPrintable(u"%1 applicable cases fail"_s.arg(failures.size())));
}

void TestGofeedParserCorpus::rss() { run(u"rss"_s); }

void TestGofeedParserCorpus::atom() { run(u"atom"_s); }

QTEST_GUILESS_MAIN(TestGofeedParserCorpus)
#include "tst_gofeedparsercorpus.moc"
