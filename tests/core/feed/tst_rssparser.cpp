// RSS 0.90-2.0 and RSS 1.0 (RDF) through FeedParser, with the extension modules.

#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRssParser final : public QObject
{
    Q_OBJECT

private slots:
    void rss20Item();
    void versions_data();
    void versions();
    void rdf();
    void extensions();
    void relativeUrls();
    void authors_data();
    void authors();
    void plainAndHtmlText();
    void refreshHints();
    void guidPermalink();
};

namespace {

FeedDocument parse(const QByteArray &xml, const FeedParseOptions &options = {})
{
    const FeedParseResult r = FeedParser::parse(xml, options);
    if (!r.isFeed)
        qWarning() << r.error;
    return r.feed;
}

} // namespace

void TestRssParser::rss20Item()
{
    const FeedDocument f = parse(R"(<?xml version="1.0"?>
<rss version="2.0"><channel>
 <title>Example  News</title><link>http://example.com/</link><description>All the news</description>
 <language>en-GB</language><copyright>(c) Example</copyright><generator>gen 1.0</generator>
 <pubDate>Mon, 03 Mar 2025 08:00:00 GMT</pubDate><lastBuildDate>Mon, 03 Mar 2025 10:00:00 +0100</lastBuildDate>
 <ttl>30</ttl><image><url>http://example.com/logo.png</url><title>x</title><link>http://example.com/</link></image>
 <category domain="http://example.com/cats">World</category>
 <item>
  <title>First &amp; foremost</title><link>http://example.com/1</link>
  <description>&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;</description>
  <author>jane@example.com (Jane Doe)</author><category>Politics</category>
  <guid isPermaLink="false">item-1</guid><pubDate>Sun, 02 Mar 2025 23:30:00 -0500</pubDate>
  <comments>http://example.com/1#comments</comments>
  <enclosure url="http://example.com/1.mp3" length="1234" type="audio/mpeg"/>
  <source url="http://other.example/feed">Other</source>
 </item>
</channel></rss>)");
    QCOMPARE(f.format, FeedFormat::Rss20);
    QVERIFY(f.wellformed);
    QCOMPARE(f.encoding, u"utf-8"_s);
    QCOMPARE(f.title, u"Example News"_s);
    QVERIFY(f.titleHtml.isEmpty());
    QCOMPARE(f.link, u"http://example.com/"_s);
    QCOMPARE(f.subtitle, u"All the news"_s);
    QCOMPARE(f.language, u"en-GB"_s);
    QCOMPARE(f.rights, u"(c) Example"_s);
    QCOMPARE(f.generator, u"gen 1.0"_s);
    QCOMPARE(feedDateToJson(f.published), u"2025-03-03T08:00:00Z"_s);
    QCOMPARE(feedDateToJson(f.updated), u"2025-03-03T09:00:00Z"_s);
    QCOMPARE(f.ttlMinutes, 30);
    QCOMPARE(f.image, u"http://example.com/logo.png"_s);
    QCOMPARE(f.categories.value(0).term, u"World"_s);
    QCOMPARE(f.categories.value(0).scheme, u"http://example.com/cats"_s);
    QCOMPARE(f.entries.size(), 1);
    const FeedEntry &e = f.entries.first();
    QCOMPARE(e.title, u"First & foremost"_s);
    QCOMPARE(e.link, u"http://example.com/1"_s);
    QCOMPARE(e.summary, u"Hello world"_s);
    QCOMPARE(e.summaryHtml, u"<p>Hello <b>world</b></p>"_s);
    QCOMPARE(e.authors.value(0).name, u"Jane Doe"_s);
    QCOMPARE(e.authors.value(0).email, u"jane@example.com"_s);
    QCOMPARE(e.id, u"item-1"_s);
    QCOMPARE(feedDateToJson(e.published), u"2025-03-03T04:30:00Z"_s);
    QVERIFY(!e.updated.isValid()); // never copied from published
    QCOMPARE(e.comments, u"http://example.com/1#comments"_s);
    QCOMPARE(e.enclosures.size(), 1);
    QCOMPARE(e.enclosures.first().url, u"http://example.com/1.mp3"_s);
    QCOMPARE(e.enclosures.first().length, 1234);
    QCOMPARE(e.enclosures.first().type, u"audio/mpeg"_s);
    QVERIFY(e.source.has_value());
    QCOMPARE(e.source->title, u"Other"_s);
    QCOMPARE(e.source->url, u"http://other.example/feed"_s);
}

void TestRssParser::versions_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("format");
    QTest::newRow("0.91") << QByteArray(
            "<rss version=\"0.91\"><channel><title>t</title></channel></rss>")
                          << u"rss091"_s;
    QTest::newRow("0.92") << QByteArray("<rss version=\"0.92\"><channel/></rss>") << u"rss092"_s;
    QTest::newRow("0.93") << QByteArray("<rss version=\"0.93\"><channel/></rss>") << u"rss093"_s;
    QTest::newRow("0.94") << QByteArray("<rss version=\"0.94\"><channel/></rss>") << u"rss094"_s;
    QTest::newRow("2.0") << QByteArray("<rss version=\"2.0\"><channel/></rss>") << u"rss20"_s;
    QTest::newRow("2.01") << QByteArray("<rss version=\"2.01\"><channel/></rss>") << u"rss20"_s;
    QTest::newRow("none") << QByteArray("<rss><channel/></rss>") << u"rss"_s;
    QTest::newRow("0.90") << QByteArray(
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
            "xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel><title>t</title>"
            "</channel><item><title>i</title><link>http://x/</link></item></rdf:RDF>")
                          << u"rss090"_s;
}

void TestRssParser::versions()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, format);
    QCOMPARE(feedFormatName(parse(xml).format), format);
}

void TestRssParser::rdf()
{
    const FeedDocument f = parse(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel rdf:about="http://example.com/"><title>RDF</title><link>http://example.com/</link>
  <description>d</description><dc:language>fr</dc:language><dc:date>2004-01-01T00:00:00+01:00</dc:date></channel>
 <item rdf:about="http://example.com/a"><title>A</title><link>http://example.com/a</link>
  <dc:creator>Marie</dc:creator><dc:date>2004-01-02T10:00:00Z</dc:date><dc:subject>Science</dc:subject></item>
</rdf:RDF>)");
    QCOMPARE(f.format, FeedFormat::Rss10);
    QCOMPARE(f.title, u"RDF"_s);
    QCOMPARE(f.language, u"fr"_s);
    QCOMPARE(feedDateToJson(f.updated), u"2003-12-31T23:00:00Z"_s);
    QCOMPARE(f.entries.size(), 1);
    QCOMPARE(f.entries[0].id, u"http://example.com/a"_s);
    QCOMPARE(f.entries[0].authors.value(0).name, u"Marie"_s);
    QCOMPARE(feedDateToJson(f.entries[0].published), u"2004-01-02T10:00:00Z"_s);
    QCOMPARE(f.entries[0].categories.value(0).term, u"Science"_s);
}

void TestRssParser::extensions()
{
    const FeedDocument f =
            parse(R"(<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
 xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
 xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dcterms="http://purl.org/dc/terms/"><channel>
 <atom:link rel="self" type="application/rss+xml" href="http://example.com/feed.xml"/>
 <itunes:author>Pod Caster</itunes:author><itunes:image href="http://example.com/cover.jpg"/>
 <item><title>Ep</title>
  <content:encoded><![CDATA[<p>Full <img src="http://example.com/in.jpg"> text</p>]]></content:encoded>
  <media:group><media:content url="http://example.com/v.mp4" type="video/mp4" fileSize="99"/>
   <media:thumbnail url="http://example.com/thumb.jpg"/></media:group>
  <slash:comments>42</slash:comments><wfw:commentRss>http://example.com/c.rss</wfw:commentRss>
  <itunes:duration>10:00</itunes:duration><dcterms:modified>2025-01-02T03:04:05Z</dcterms:modified>
  <atom:link rel="enclosure" href="http://example.com/e.ogg" type="audio/ogg" length="5"/>
 </item></channel></rss>)");
    QCOMPARE(f.feedUrl, u"http://example.com/feed.xml"_s);
    QCOMPARE(f.authors.value(0).name, u"Pod Caster"_s);
    QCOMPARE(f.image, u"http://example.com/cover.jpg"_s);
    const FeedEntry &e = f.entries.value(0);
    QCOMPARE(e.contentHtml, u"<p>Full <img src=\"http://example.com/in.jpg\"> text</p>"_s);
    QCOMPARE(e.contentType, u"html"_s);
    QCOMPARE(e.image, u"http://example.com/thumb.jpg"_s);
    QCOMPARE(e.commentCount, 42);
    QCOMPARE(e.commentsFeedUrl, u"http://example.com/c.rss"_s);
    QCOMPARE(feedDateToJson(e.updated), u"2025-01-02T03:04:05Z"_s);
    QCOMPARE(e.enclosures.size(), 2);
    QCOMPARE(e.enclosures[0].url, u"http://example.com/v.mp4"_s);
    QCOMPARE(e.enclosures[0].length, 99);
    QCOMPARE(e.enclosures[1].url, u"http://example.com/e.ogg"_s);
}

void TestRssParser::relativeUrls()
{
    FeedParseOptions options;
    options.documentUrl = QUrl(u"http://example.com/blog/feed.xml"_s);
    const FeedDocument f = parse(R"(<rss version="2.0"><channel><link>/</link>
 <item><link>posts/1</link><description>&lt;a href="../about"&gt;about&lt;/a&gt; &lt;img src="i.png"&gt;</description>
 <enclosure url="media/1.mp3" type="audio/mpeg"/></item>
 <item xml:base="http://cdn.example.net/x/"><link>2</link></item></channel></rss>)",
                                 options);
    QCOMPARE(f.link, u"http://example.com/"_s);
    QCOMPARE(f.entries[0].link, u"http://example.com/blog/posts/1"_s);
    QCOMPARE(
            f.entries[0].summaryHtml,
            u"<a href=\"http://example.com/about\">about</a> <img src=\"http://example.com/blog/i.png\">"_s);
    QCOMPARE(f.entries[0].enclosures.value(0).url, u"http://example.com/blog/media/1.mp3"_s);
    QCOMPARE(f.entries[0].image, u"http://example.com/blog/i.png"_s);
    QCOMPARE(f.entries[1].link, u"http://cdn.example.net/x/2"_s);

    options.baseUrl = QUrl(
            u"http://mirror.example.org/feeds/"_s); // Content-Location wins over the document URL
    QCOMPARE(parse("<rss version=\"2.0\"><channel><link>home</link></channel></rss>", options).link,
             u"http://mirror.example.org/feeds/home"_s);
    options.baseUrl = QUrl(u"javascript:alert(1)"_s); // unsafe base ignored
    QCOMPARE(parse("<rss version=\"2.0\"><channel><link>home</link></channel></rss>", options).link,
             u"http://example.com/blog/home"_s);
}

void TestRssParser::authors_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::newRow("email (name)") << u"me@example.com (Me Myself)"_s << u"Me Myself"_s
                                  << u"me@example.com"_s;
    QTest::newRow("name <email>") << u"Me Myself <me@example.com>"_s << u"Me Myself"_s
                                  << u"me@example.com"_s;
    QTest::newRow("name (email)") << u"Me Myself (me@example.com)"_s << u"Me Myself"_s
                                  << u"me@example.com"_s;
    QTest::newRow("email") << u"me@example.com"_s << QString() << u"me@example.com"_s;
    QTest::newRow("name") << u"Me Myself"_s << u"Me Myself"_s << QString();
    QTest::newRow("mailto") << u"mailto:me@example.com"_s << QString() << u"me@example.com"_s;
}

void TestRssParser::authors()
{
    QFETCH(QString, author);
    QFETCH(QString, name);
    QFETCH(QString, email);
    const FeedDocument f = parse(
            u"<rss version=\"2.0\"><channel><item><author>%1</author></item></channel></rss>"_s
                    .arg(author.toHtmlEscaped())
                    .toUtf8());
    QCOMPARE(f.entries.value(0).authors.value(0).name, name);
    QCOMPARE(f.entries.value(0).authors.value(0).email, email);
}

void TestRssParser::plainAndHtmlText()
{
    const FeedDocument f = parse(R"(<rss version="2.0"><channel>
 <item><title>AT&amp;T   rises</title><description>Plain   text, no markup</description></item>
 <item><title>&lt;b&gt;Bold&lt;/b&gt; title</title><description><![CDATA[<p>One</p><p>Two &amp; three</p>]]></description></item>
 <item><description>Caf&#233; &amp;eacute; &#x2603;</description></item>
</channel></rss>)");
    QCOMPARE(f.entries[0].title, u"AT&T rises"_s);
    QVERIFY(f.entries[0].titleHtml.isEmpty());
    QCOMPARE(f.entries[0].summary, u"Plain text, no markup"_s);
    QVERIFY(f.entries[0].summaryHtml.isEmpty());
    QCOMPARE(f.entries[1].title, u"Bold title"_s);
    QCOMPARE(f.entries[1].titleHtml, u"<b>Bold</b> title"_s);
    QCOMPARE(f.entries[1].summary, u"One Two & three"_s);
    QCOMPARE(f.entries[1].summaryHtml, u"<p>One</p><p>Two &amp; three</p>"_s);
    QCOMPARE(f.entries[2].summary, u"Café é ☃"_s);
}

void TestRssParser::refreshHints()
{
    const FeedDocument sy = parse(
            R"(<rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel>
 <sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency><ttl>60</ttl></channel></rss>)");
    QCOMPARE(sy.updateIntervalMinutes, 360);
    QCOMPARE(sy.ttlMinutes, 60);
    const FeedDocument ttl = parse("<rss version=\"2.0\"><channel><ttl>45</ttl></channel></rss>");
    QCOMPARE(ttl.updateIntervalMinutes, 45);
    QVERIFY(!parse("<rss version=\"2.0\"><channel/></rss>").updateIntervalMinutes);
}

void TestRssParser::guidPermalink()
{
    const FeedDocument f = parse(R"(<rss version="2.0"><channel>
 <item><guid>http://example.com/p/1</guid></item>
 <item><guid isPermaLink="false">http://example.com/p/2</guid></item></channel></rss>)");
    QCOMPARE(f.entries[0].link, u"http://example.com/p/1"_s);
    QCOMPARE(f.entries[0].id, u"http://example.com/p/1"_s);
    QVERIFY(f.entries[1].link.isEmpty());
}

QTEST_GUILESS_MAIN(TestRssParser)
#include "tst_rssparser.moc"
