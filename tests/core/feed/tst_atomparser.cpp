// Atom 1.0 and 0.3 through FeedParser.

#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAtomParser final : public QObject
{
    Q_OBJECT

private slots:
    void atom10();
    void contentTypes_data();
    void contentTypes();
    void atom03();
    void xmlBaseAndLang();
    void unknownNamespaceRoot();
};

namespace {

FeedDocument parse(const QByteArray &xml, const QUrl &documentUrl = {})
{
    FeedParseOptions options;
    options.documentUrl = documentUrl;
    return FeedParser::parse(xml, options).feed;
}

} // namespace

void TestAtomParser::atom10()
{
    const FeedDocument f = parse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
 <title type="text">Example Feed</title><subtitle type="html">A &lt;em&gt;lot&lt;/em&gt; of effort</subtitle>
 <link href="http://example.org/"/><link rel="self" href="http://example.org/feed.atom"/>
 <updated>2003-12-13T18:30:02Z</updated><id>urn:uuid:60a76c80</id><rights>© 2003</rights>
 <generator uri="http://gen.example/" version="1.0">Gen</generator>
 <icon>http://example.org/favicon.ico</icon><logo>http://example.org/logo.png</logo>
 <author><name>John Doe</name><email>john@example.org</email><uri>http://example.org/john</uri></author>
 <category term="tech" scheme="http://example.org/cats" label="Technology"/>
 <entry>
  <title type="html">Atom-Powered &lt;b&gt;Robots&lt;/b&gt; Run Amok</title>
  <link href="http://example.org/2003/12/13/atom03"/>
  <link rel="enclosure" type="audio/mpeg" length="1337" href="http://example.org/audio.mp3"/>
  <id>urn:uuid:1225c695</id><updated>2003-12-13T18:30:02Z</updated><published>2003-12-13T08:29:29-04:00</published>
  <summary>Some text.</summary>
  <content type="html">&lt;p&gt;Full &lt;a href="/rel"&gt;story&lt;/a&gt;&lt;/p&gt;</content>
  <source><title>Origin</title><link rel="self" href="http://origin.example/feed"/><link href="http://origin.example/"/></source>
 </entry>
</feed>)",
                                 QUrl(u"http://example.org/feed.atom"_s));
    QCOMPARE(f.format, FeedFormat::Atom10);
    QVERIFY(f.wellformed);
    QCOMPARE(f.title, u"Example Feed"_s);
    QVERIFY(f.titleHtml.isEmpty());
    QCOMPARE(f.subtitle, u"A lot of effort"_s);
    QCOMPARE(f.link, u"http://example.org/"_s);
    QCOMPARE(f.feedUrl, u"http://example.org/feed.atom"_s);
    QCOMPARE(f.links.size(), 2);
    QCOMPARE(f.language, u"en"_s);
    QCOMPARE(feedDateToJson(f.updated), u"2003-12-13T18:30:02Z"_s);
    QVERIFY(!f.published.isValid());
    QCOMPARE(f.rights, u"© 2003"_s);
    QCOMPARE(f.generator, u"Gen"_s);
    QCOMPARE(f.icon, u"http://example.org/favicon.ico"_s);
    QCOMPARE(f.image, u"http://example.org/logo.png"_s);
    QCOMPARE(f.authors.value(0),
             (FeedPerson {u"John Doe"_s, u"john@example.org"_s, u"http://example.org/john"_s}));
    QCOMPARE(f.categories.value(0),
             (FeedCategory {u"tech"_s, u"http://example.org/cats"_s, u"Technology"_s}));
    const FeedEntry &e = f.entries.value(0);
    QCOMPARE(e.title, u"Atom-Powered Robots Run Amok"_s);
    QCOMPARE(e.titleHtml, u"Atom-Powered <b>Robots</b> Run Amok"_s);
    QCOMPARE(e.link, u"http://example.org/2003/12/13/atom03"_s);
    QCOMPARE(e.links.size(), 2);
    QCOMPARE(e.enclosures.value(0),
             (FeedEnclosure {u"http://example.org/audio.mp3"_s, u"audio/mpeg"_s, 1337}));
    QCOMPARE(e.id, u"urn:uuid:1225c695"_s);
    QCOMPARE(feedDateToJson(e.published), u"2003-12-13T12:29:29Z"_s);
    QCOMPARE(feedDateToJson(e.updated), u"2003-12-13T18:30:02Z"_s);
    QCOMPARE(e.summary, u"Some text."_s);
    QVERIFY(e.summaryHtml.isEmpty());
    QCOMPARE(e.contentHtml, u"<p>Full <a href=\"http://example.org/rel\">story</a></p>"_s);
    QCOMPARE(e.contentType, u"html"_s);
    QCOMPARE(e.source->title, u"Origin"_s);
    QCOMPARE(e.source->url, u"http://origin.example/feed"_s);
}

void TestAtomParser::contentTypes_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("type");
    QTest::newRow("text") << QByteArray("<content type=\"text\">1 &lt; 2 &amp; 3</content>")
                          << u"1 &lt; 2 &amp; 3"_s << u"text"_s;
    QTest::newRow("default") << QByteArray("<content>plain</content>") << u"plain"_s << u"text"_s;
    QTest::newRow("html") << QByteArray("<content type=\"html\">&lt;i&gt;x&lt;/i&gt;</content>")
                          << u"<i>x</i>"_s << u"html"_s;
    QTest::newRow("xhtml") << QByteArray(
            "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>A "
            "<b>b</b></p></div></content>")
                           << u"<p>A <b>b</b></p>"_s << u"xhtml"_s;
    QTest::newRow("mime html") << QByteArray("<content type=\"text/html\">&lt;br&gt;</content>")
                               << u"<br>"_s << u"html"_s;
    QTest::newRow("src") << QByteArray(
            "<content type=\"video/mp4\" src=\"http://example.org/v.mp4\"/>")
                         << QString() << QString();
    QTest::newRow("base64") << QByteArray(
            "<content type=\"text/plain\" mode=\"base64\">SGVsbG8=</content>")
                            << u"Hello"_s << u"text"_s;
}

void TestAtomParser::contentTypes()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, html);
    QFETCH(QString, type);
    const FeedDocument f = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>" + content
                                 + "</entry></feed>");
    QCOMPARE(f.entries.value(0).contentHtml, html);
    QCOMPARE(f.entries.value(0).contentType, type);
}

void TestAtomParser::atom03()
{
    const FeedDocument f = parse(R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#">
 <title>Old</title><tagline>Tag line</tagline><link rel="alternate" type="text/html" href="http://example.org/"/>
 <modified>2003-12-13T18:30:02Z</modified><copyright>c</copyright>
 <entry><title>E</title><issued>2003-12-13T08:29:29-04:00</issued><modified>2003-12-14T00:00:00Z</modified>
  <author><name>A</name><url>http://a.example/</url></author>
  <content type="text/html" mode="escaped">&lt;p&gt;esc&lt;/p&gt;</content>
  <summary type="text/html" mode="base64">PGI+YmFzZTY0PC9iPg==</summary></entry></feed>)");
    QCOMPARE(f.format, FeedFormat::Atom03);
    QCOMPARE(f.subtitle, u"Tag line"_s);
    QCOMPARE(f.rights, u"c"_s);
    QCOMPARE(feedDateToJson(f.updated), u"2003-12-13T18:30:02Z"_s);
    const FeedEntry &e = f.entries.value(0);
    QCOMPARE(feedDateToJson(e.published), u"2003-12-13T12:29:29Z"_s);
    QCOMPARE(feedDateToJson(e.updated), u"2003-12-14T00:00:00Z"_s);
    QCOMPARE(e.authors.value(0).uri, u"http://a.example/"_s);
    QCOMPARE(e.contentHtml, u"<p>esc</p>"_s);
    QCOMPARE(e.summaryHtml, u"<b>base64</b>"_s);
    QCOMPARE(e.summary, u"base64"_s);
}

void TestAtomParser::xmlBaseAndLang()
{
    const FeedDocument f = parse(
            R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/a/" xml:lang="en_US">
 <link href="home"/>
 <entry xml:base="b/" xml:lang="de"><link href="c"/>
  <content type="xhtml" xml:base="/root/" xml:lang="fr"><div xmlns="http://www.w3.org/1999/xhtml"><a href="d">d</a><img src="e.png"/></div></content>
 </entry></feed>)",
            QUrl(u"http://ignored.example/feed"_s));
    QCOMPARE(f.link, u"http://example.org/a/home"_s);
    QCOMPARE(f.language, u"en-US"_s);
    const FeedEntry &e = f.entries.value(0);
    QCOMPARE(e.link, u"http://example.org/a/b/c"_s);
    QCOMPARE(
            e.contentHtml,
            u"<a href=\"http://example.org/root/d\">d</a><img src=\"http://example.org/root/e.png\" />"_s);
    QCOMPARE(e.language, u"fr"_s);
    QCOMPARE(e.image, u"http://example.org/root/e.png"_s);
}

void TestAtomParser::unknownNamespaceRoot()
{
    const FeedDocument f = parse("<feed version=\"0.3\" "
                                 "xmlns=\"http://example.com/newformat#\"><title>T</title></feed>");
    QCOMPARE(f.title, u"T"_s);
}

QTEST_GUILESS_MAIN(TestAtomParser)
#include "tst_atomparser.moc"
