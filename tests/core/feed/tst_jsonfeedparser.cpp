// JSON Feed 1.0 / 1.1 through FeedParser, and the jsonfeed.org examples.

#include "corpora.h"
#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonFeedParser final : public QObject
{
    Q_OBJECT

private slots:
    void version11();
    void version10Author();
    void notJsonFeed_data();
    void notJsonFeed();
    void specExamples();
};

void TestJsonFeedParser::version11()
{
    FeedParseOptions options;
    options.documentUrl = QUrl(u"https://example.org/feed.json"_s);
    const FeedParseResult r = FeedParser::parse(R"({
 "version": "https://jsonfeed.org/version/1.1", "title": "My Example Feed", "home_page_url": "https://example.org/",
 "feed_url": "https://example.org/feed.json", "description": "d", "icon": "/icon.png", "favicon": "/favicon.ico",
 "language": "en-US", "authors": [{"name": "Brent", "url": "https://example.org/brent"}],
 "items": [
  {"id": "2", "content_text": "This is a <second> item.", "url": "https://example.org/second-item",
   "date_published": "2020-02-01T10:00:00+01:00", "tags": ["a", "b"],
   "attachments": [{"url": "/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 100}]},
  {"id": 1, "content_html": "<p>Hello, <a href=\"/x\">world</a>!</p>", "url": "https://example.org/initial-post",
   "title": "Initial", "summary": "sum", "image": "/i.png", "date_modified": "2020-02-02T00:00:00Z"}
 ]})",
                                                options);
    QVERIFY(r.isFeed);
    const FeedDocument &f = r.feed;
    QCOMPARE(f.format, FeedFormat::Json11);
    QCOMPARE(f.encoding, u"utf-8"_s);
    QCOMPARE(f.title, u"My Example Feed"_s);
    QCOMPARE(f.link, u"https://example.org/"_s);
    QCOMPARE(f.feedUrl, u"https://example.org/feed.json"_s);
    QCOMPARE(f.image, u"https://example.org/icon.png"_s);
    QCOMPARE(f.icon, u"https://example.org/favicon.ico"_s);
    QCOMPARE(f.language, u"en-US"_s);
    QCOMPARE(f.authors.value(0).uri, u"https://example.org/brent"_s);
    QCOMPARE(f.entries.size(), 2);
    QCOMPARE(f.entries[0].contentHtml, u"This is a &lt;second&gt; item."_s);
    QCOMPARE(f.entries[0].contentType, u"text"_s);
    QCOMPARE(feedDateToJson(f.entries[0].published), u"2020-02-01T09:00:00Z"_s);
    QCOMPARE(f.entries[0].categories.size(), 2);
    QCOMPARE(f.entries[0].enclosures.value(0),
             (FeedEnclosure {u"https://example.org/a.mp3"_s, u"audio/mpeg"_s, 100}));
    QCOMPARE(f.entries[1].id, u"1"_s);
    QCOMPARE(f.entries[1].contentHtml,
             u"<p>Hello, <a href=\"https://example.org/x\">world</a>!</p>"_s);
    QCOMPARE(f.entries[1].summary, u"sum"_s);
    QCOMPARE(f.entries[1].image, u"https://example.org/i.png"_s);
    QVERIFY(!f.entries[1].published.isValid());
    QCOMPARE(feedDateToJson(f.entries[1].updated), u"2020-02-02T00:00:00Z"_s);
}

void TestJsonFeedParser::version10Author()
{
    const FeedParseResult r = FeedParser::parse(
            R"({"version":"https://jsonfeed.org/version/1","title":"t","author":{"name":"Old Style"},"items":[]})");
    QVERIFY(r.isFeed);
    QCOMPARE(r.feed.format, FeedFormat::Json10);
    QCOMPARE(r.feed.authors.value(0).name, u"Old Style"_s);
}

void TestJsonFeedParser::notJsonFeed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no version") << QByteArray(R"({"title":"x","items":[]})");
    QTest::newRow("broken") << QByteArray(
            R"({"version":"https://jsonfeed.org/version/1", "items": [)");
    QTest::newRow("array") << QByteArray("[1,2,3]");
}

void TestJsonFeedParser::notJsonFeed()
{
    QFETCH(QByteArray, json);
    const FeedParseResult r = FeedParser::parse(json);
    QVERIFY(!r.isFeed);
    QVERIFY(!r.error.isEmpty());
}

void TestJsonFeedParser::specExamples()
{
    MASTHEAD_REQUIRE_CORPUS(u"jsonfeed"_s);
    const QDir dir(corpusPath(u"jsonfeed"_s));
    const QStringList files = dir.entryList({u"v1*.json"_s}, QDir::Files);
    QCOMPARE(files.size(), 6);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const FeedParseResult r = FeedParser::parse(file.readAll());
        QVERIFY2(r.isFeed, qPrintable(name + u": "_s + r.error));
        QVERIFY2(r.feed.wellformed, qPrintable(name));
        QCOMPARE(r.feed.format,
                 name.startsWith(u"v1.1"_s) ? FeedFormat::Json11 : FeedFormat::Json10);
        QVERIFY2(!r.feed.title.isEmpty(), qPrintable(name));
        QVERIFY2(!r.feed.entries.isEmpty(), qPrintable(name));
        for (const FeedEntry &e : r.feed.entries)
            QVERIFY2(!e.id.isEmpty() && !e.contentHtml.isEmpty(), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestJsonFeedParser)
#include "tst_jsonfeedparser.moc"
