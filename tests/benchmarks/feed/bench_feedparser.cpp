// Parse throughput of FeedParser on one core for synthetic RSS 2.0, Atom 1.0
// and JSON Feed documents whose items carry 1.5-4 KB HTML descriptions.
// Throughput is bytes per CPU second of the parsing thread. Prints one JSON document:
// {"rss20_mb_s": ..., "atom10_mb_s": ..., ...}.
//
// For profilers (perf, valgrind --tool=callgrind), `bench_feedparser --profile rss20 [RUNS]`
// only parses that one document RUNS times (default 5) without timing anything.

#include "feed/feedparser.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <libxml/parser.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

constexpr int itemCount = 2000;

QByteArray paragraph(QRandomGenerator &random, int index)
{
    static const char *const words[] = {"the",      "council", "announced", "budget",    "river",
                                        "school",   "market",  "said",      "residents", "project",
                                        "would",    "public",  "transport", "weather",   "league",
                                        "minister", "report",  "city",      "hospital",  "energy",
                                        "prices",   "team"};
    QByteArray p = "<p>";
    const int n = 25 + int(random.bounded(30));
    for (int i = 0; i < n; ++i) {
        if (i)
            p += ' ';
        if (i % 11 == 5)
            p += "<a href=\"https://news.example.com/story/" + QByteArray::number(index * 100 + i)
                    + "\">";
        p += words[random.bounded(int(std::size(words)))];
        if (i % 11 == 5)
            p += "</a>";
        if (i % 13 == 7)
            p += " &amp; <em>" + QByteArray(words[random.bounded(int(std::size(words)))]) + "</em>";
    }
    return p + ".</p>\n";
}

QByteArray html(QRandomGenerator &random, int index)
{
    const int target = 1536 + int(random.bounded(2560)); // 1.5-4 KB
    QByteArray out = "<img src=\"https://cdn.example.com/img/" + QByteArray::number(index)
            + ".jpg\" alt=\"\">";
    while (out.size() < target)
        out += paragraph(random, index);
    return out;
}

QByteArray escapeXml(const QByteArray &s)
{
    QByteArray out;
    out.reserve(s.size() * 5 / 4);
    for (char c : s) {
        if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '&')
            out += "&amp;";
        else
            out += c;
    }
    return out;
}

QByteArray rss(bool cdata)
{
    QRandomGenerator random(42);
    QByteArray d = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                   "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                   "xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n"
                   "<title>Example News</title><link>https://news.example.com/</link>"
                   "<atom:link rel=\"self\" href=\"https://news.example.com/feed\"/>"
                   "<description>All the news</description><language>en-gb</language>"
                   "<lastBuildDate>Mon, 03 Mar 2025 10:00:00 GMT</lastBuildDate><ttl>15</ttl>\n";
    for (int i = 0; i < itemCount; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray body = html(random, i);
        d += "<item><title>Story number " + n
                + " about the council &amp; the river</title>"
                  "<link>https://news.example.com/story/"
                + n
                + "</link>"
                  "<guid isPermaLink=\"false\">story-"
                + n
                + "</guid>"
                  "<pubDate>Mon, 03 Mar 2025 09:"
                + QByteArray::number(10 + i % 50)
                + ":00 +0000</pubDate>"
                  "<dc:creator>Jane Reporter</dc:creator><category>Local</category>"
                  "<description>"
                + (cdata ? "<![CDATA[" + body + "]]>" : escapeXml(body))
                + "</description></item>\n";
    }
    return d + "</channel>\n</rss>\n";
}

QByteArray atom()
{
    QRandomGenerator random(42);
    QByteArray d =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed "
            "xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n"
            "<title>Example News</title><link href=\"https://news.example.com/\"/>"
            "<link rel=\"self\" href=\"https://news.example.com/atom\"/><id>urn:example:news</id>"
            "<updated>2025-03-03T10:00:00Z</updated>\n";
    for (int i = 0; i < itemCount; ++i) {
        const QByteArray n = QByteArray::number(i);
        d += "<entry><title>Story number " + n + "</title><id>urn:example:story:" + n
                + "</id>"
                  "<link href=\"https://news.example.com/story/"
                + n
                + "\"/>"
                  "<published>2025-03-03T09:00:00Z</published><updated>2025-03-03T09:30:00+01:00</"
                  "updated>"
                  "<author><name>Jane Reporter</name></author><category term=\"local\"/>"
                  "<content type=\"html\">"
                + escapeXml(html(random, i)) + "</content></entry>\n";
    }
    return d + "</feed>\n";
}

QByteArray jsonFeed()
{
    QRandomGenerator random(42);
    QJsonArray items;
    for (int i = 0; i < itemCount; ++i) {
        const QString n = QString::number(i);
        items.append(QJsonObject {
                {u"id"_s, u"story-"_s + n},
                {u"url"_s, u"https://news.example.com/story/"_s + n},
                {u"title"_s, u"Story number "_s + n},
                {u"content_html"_s, QString::fromUtf8(html(random, i))},
                {u"date_published"_s, u"2025-03-03T09:00:00Z"_s},
                {u"authors"_s, QJsonArray {QJsonObject {{u"name"_s, u"Jane Reporter"_s}}}},
                {u"tags"_s, QJsonArray {u"local"_s}}});
    }
    const QJsonObject feed {{u"version"_s, u"https://jsonfeed.org/version/1.1"_s},
                            {u"title"_s, u"Example News"_s},
                            {u"home_page_url"_s, u"https://news.example.com/"_s},
                            {u"items"_s, items}};
    return QJsonDocument(feed).toJson(QJsonDocument::Compact);
}

// CPU time of this thread: one core's throughput, independent of other load
double threadSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double throughput(const QByteArray &document, int *entries)
{
    FeedParseOptions options;
    options.documentUrl = QUrl(u"https://news.example.com/feed"_s);
    *entries = int(FeedParser::parse(document, options).feed.entries.size()); // warm-up
    const double start = threadSeconds();
    qint64 bytes = 0;
    int runs = 0;
    while (runs < 3 || threadSeconds() - start < 1.5) {
        const FeedParseResult r = FeedParser::parse(document, options);
        bytes += document.size();
        ++runs;
        if (r.feed.entries.isEmpty())
            return 0;
    }
    return double(bytes) / (1024.0 * 1024.0) / (threadSeconds() - start);
}

// Reference: libxml2 alone building and freeing its tree for the same bytes
// (the floor under any tree-based design on this machine).
double libxml2TreeThroughput(const QByteArray &document)
{
    const double start = threadSeconds();
    qint64 bytes = 0;
    int runs = 0;
    while (runs < 3 || threadSeconds() - start < 1.0) {
        xmlDocPtr doc = xmlReadMemory(document.constData(), int(document.size()), nullptr, "UTF-8",
                                      XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_COMPACT);
        xmlFreeDoc(doc);
        bytes += document.size();
        ++runs;
    }
    return double(bytes) / (1024.0 * 1024.0) / (threadSeconds() - start);
}

QByteArray document(QByteArrayView name)
{
    if (name == "rss20")
        return rss(false);
    if (name == "rss20_cdata")
        return rss(true);
    if (name == "atom10")
        return atom();
    if (name == "json11")
        return jsonFeed();
    return {};
}

int profile(QByteArrayView name, int runs)
{
    const QByteArray bytes = document(name);
    if (bytes.isEmpty()) {
        std::fprintf(stderr, "unknown document %s\n", name.toByteArray().constData());
        return 1;
    }
    FeedParseOptions options;
    options.documentUrl = QUrl(u"https://news.example.com/feed"_s);
    qsizetype entries = 0;
    for (int i = 0; i < runs; ++i)
        entries += FeedParser::parse(bytes, options).feed.entries.size();
    std::printf("%d runs, %lld bytes each, %lld entries\n", runs, qint64(bytes.size()),
                qint64(entries));
    return entries > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && QByteArrayView(argv[1]) == "--profile")
        return profile(QByteArrayView(argv[2]), argc >= 4 ? qMax(1, std::atoi(argv[3])) : 5);
    QJsonObject figures;
    const struct
    {
        const char *name;
        QByteArray document;
    } cases[] = {{"rss20", document("rss20")},
                 {"rss20_cdata", document("rss20_cdata")},
                 {"atom10", document("atom10")},
                 {"json11", document("json11")}};
    for (const auto &c : cases) {
        int entries = 0;
        const double mbs = throughput(c.document, &entries);
        figures.insert(QLatin1StringView(c.name) + u"_mb_s"_s, qRound(mbs * 10) / 10.0);
        figures.insert(QLatin1StringView(c.name) + u"_document_mb"_s,
                       qRound(c.document.size() / 1048576.0 * 100) / 100.0);
        figures.insert(QLatin1StringView(c.name) + u"_entries"_s, entries);
    }
    figures.insert(u"libxml2_tree_only_rss20_mb_s"_s,
                   qRound(libxml2TreeThroughput(cases[0].document) * 10) / 10.0);
    figures.insert(u"target_rss20_mb_s"_s, 100);
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    return figures.value(u"rss20_mb_s"_s).toDouble() > 0 ? 0 : 1;
}
