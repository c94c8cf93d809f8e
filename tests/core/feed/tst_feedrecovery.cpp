// Broken XML is recovered (wellformed=false with errors), and documents that
// are not feeds are refused; hostile constructs stay bounded.

#include "feed/feedparser.h"

#include <atomic>
#include <thread>
#include <vector>

#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedRecovery final : public QObject
{
    Q_OBJECT

private slots:
    void recovered_data();
    void recovered();
    void declaredEntitiesAreFine();
    void escapedTextSurvivesErrors();
    void escapedGreaterThanStaysText();
    void notAFeed_data();
    void notAFeed();
    void externalEntitiesNeverLoaded();
    void sizeCap();
    void parsesOnManyThreads();
};

void TestFeedRecovery::recovered_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("link");
    QTest::newRow("unescaped ampersand")
            << QByteArray("<rss version=\"2.0\"><channel><title>Fish & Chips</title>"
                          "<link>http://x/?a=1&b=2</link></channel></rss>")
            << u"Fish & Chips"_s << u"http://x/?a=1&b=2"_s;
    QTest::newRow("html entities")
            << QByteArray("<rss version=\"2.0\"><channel><title>caf&eacute;&nbsp;&mdash; "
                          "ok</title></channel></rss>")
            << u"café — ok"_s << QString();
    QTest::newRow("unclosed tags") << QByteArray(
            "<rss version=\"2.0\"><channel><title>Open</title><link>http://x/</link><item><title>i")
                                   << u"Open"_s << u"http://x/"_s;
    QTest::newRow("trailing garbage") << QByteArray(
            "<rss version=\"2.0\"><channel><title>T</title></channel></rss>\n<html>junk</html>")
                                      << u"T"_s << QString();
    QTest::newRow("control characters")
            << QByteArray("<rss version=\"2.0\"><channel><title>A\x01\x02\x0B"
                          "B</title></channel></rss>")
            << u"AB"_s << QString();
    QTest::newRow("stray less-than")
            << QByteArray("<rss version=\"2.0\"><channel><title>1 < 2</title></channel></rss>")
            << u"1 < 2"_s << QString();
    QTest::newRow("mismatched tags") << QByteArray(
            "<rss version=\"2.0\"><channel><title>T</titel><link>http://x/</link></channel></rss>")
                                     << u"T"_s << QString();
    QTest::newRow("undeclared prefix") << QByteArray(
            "<rss version=\"2.0\"><channel><title>T</title><item><dc:creator>Ann</dc:creator>"
            "</item></channel></rss>") << u"T"_s
                                       << QString();
}

void TestFeedRecovery::recovered()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, title);
    QFETCH(QString, link);
    const FeedParseResult r = FeedParser::parse(xml);
    QVERIFY2(r.isFeed, qPrintable(r.error));
    QVERIFY(!r.feed.wellformed);
    QVERIFY(!r.feed.errors.isEmpty());
    QCOMPARE(r.feed.title, title);
    if (!link.isEmpty())
        QCOMPARE(r.feed.link, link);
    if (QByteArrayView(QTest::currentDataTag()) == "undeclared prefix")
        QCOMPARE(r.feed.entries.value(0).authors.value(0).name, u"Ann"_s);
}

void TestFeedRecovery::declaredEntitiesAreFine()
{
    const FeedParseResult r = FeedParser::parse(
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY co \"Example &amp; Co\">]>"
            "<rss version=\"2.0\"><channel><title>&co;</title></channel></rss>");
    QVERIFY(r.feed.wellformed);
    QCOMPARE(r.feed.title, u"Example & Co"_s);
    // the Netscape RSS 0.91 DTD declares the HTML entities: not an error there
    const FeedParseResult netscape = FeedParser::parse(
            "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
            "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss "
            "version=\"0.91\"><channel><title>a&nbsp;b</title></channel></rss>");
    QVERIFY(netscape.feed.wellformed);
    QCOMPARE(netscape.feed.title, u"a b"_s);
}

void TestFeedRecovery::escapedTextSurvivesErrors()
{
    // after its first error libxml2 drops named references (&lt; &amp;) in
    // recover mode; the repair pass hands it numeric ones, which it keeps
    const FeedParseResult r = FeedParser::parse(
            "<rss version=\"2.0\"><channel><title>T</titel><item><title>A &amp; B</title>"
            "<description>&lt;p&gt;Fish &amp;amp; chips &gt; 2&lt;/p&gt;</description>"
            "<link>http://x/?a=1&amp;b=2</link></item></channel></rss>");
    QVERIFY(!r.feed.wellformed);
    QCOMPARE(r.feed.entries.size(), 1);
    const FeedEntry &entry = r.feed.entries.first();
    QCOMPARE(entry.title, u"A & B"_s);
    QCOMPARE(entry.summary, u"Fish & chips > 2"_s);
    QCOMPARE(entry.summaryHtml, u"<p>Fish &amp; chips > 2</p>"_s);
    QCOMPARE(entry.link, u"http://x/?a=1&b=2"_s);
}

void TestFeedRecovery::escapedGreaterThanStaysText()
{
    // the repair pass writes &gt; as a plain '>', except where that would
    // close a CDATA section that is not there ("]]>" is not allowed in text)
    const FeedParseResult r = FeedParser::parse(
            "<rss version=\"2.0\"><channel><title>a]]&gt;b</title><item>"
            "<title>x ]&gt; y</title><description>&lt;b title=\"&gt;\"&gt;bold&lt;/b&gt;"
            "</description><category domain=\"a&gt;b\">c</category></item></channel></rss>");
    QVERIFY(r.feed.wellformed);
    QCOMPARE(r.feed.title, u"a]]>b"_s);
    const FeedEntry &entry = r.feed.entries.value(0);
    QCOMPARE(entry.title, u"x ]> y"_s);
    QCOMPARE(entry.summary, u"bold"_s);
    QCOMPARE(entry.categories.value(0).scheme, u"a>b"_s);
}

void TestFeedRecovery::notAFeed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\t ");
    QTest::newRow("html") << QByteArray(
            "<!DOCTYPE html><html><head><title>x</title></head></html>");
    QTest::newRow("other xml") << QByteArray("<note><to>Tove</to></note>");
    QTest::newRow("comment only") << QByteArray("<?xml version=\"1.0\"?><!-- nothing -->");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
}

void TestFeedRecovery::notAFeed()
{
    QFETCH(QByteArray, bytes);
    const FeedParseResult r = FeedParser::parse(bytes);
    QVERIFY(!r.isFeed);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!r.feed.wellformed);
}

void TestFeedRecovery::externalEntitiesNeverLoaded()
{
    const FeedParseResult r = FeedParser::parse(
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            "<rss version=\"2.0\"><channel><title>a&xxe;b</title></channel></rss>");
    QVERIFY(r.isFeed);
    QCOMPARE(r.feed.title, u"ab"_s);
}

void TestFeedRecovery::sizeCap()
{
    FeedParseOptions options;
    options.maxBytes = 1000;
    const FeedParseResult r = FeedParser::parse(
            "<rss><channel><title>" + QByteArray(2000, 'x') + "</title></channel></rss>", options);
    QVERIFY(!r.isFeed);
    QVERIFY(r.error.contains(u"larger"_s));
}

void TestFeedRecovery::parsesOnManyThreads()
{
    // pure function over values: no QObject, no shared state; safe off the GUI thread
    const QByteArray rss =
            "<rss version=\"2.0\"><channel><title>T &nbsp;&amp; x</title><item><title>i</title>"
            "<pubDate>Thu, 01 Jan 2004 19:48:21 "
            "GMT</pubDate><description>&lt;p&gt;d&lt;/p&gt;</description>"
            "</item></channel></rss>";
    const QByteArray atom = "<feed "
                            "xmlns=\"http://www.w3.org/2005/Atom\"><title>A</"
                            "title><entry><updated>2004-01-01T00:00:00+02:00"
                            "</updated></entry></feed>";
    std::atomic<int> failures = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 300; ++i) {
                const FeedParseResult r = FeedParser::parse((i + t) % 2 ? rss : atom);
                const bool ok = r.isFeed && !r.feed.entries.isEmpty()
                        && ((i + t) % 2 ? r.feed.entries[0].published.isValid()
                                        : r.feed.entries[0].updated.isValid());
                if (!ok)
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
}

QTEST_GUILESS_MAIN(TestFeedRecovery)
#include "tst_feedrecovery.moc"
