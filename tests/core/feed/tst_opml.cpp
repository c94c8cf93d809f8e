// OPML 1.0/2.0 reading, OPML 2.0 writing, lossless round trip, robustness.

#include "feed/opml.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestOpml final : public QObject
{
    Q_OBJECT

private slots:
    void readsOpml2();
    void readsOpml1();
    void roundTrip();
    void categoryPaths();
    void refusesNonOpml_data();
    void refusesNonOpml();
    void recoversBrokenXml();
    void noExternalEntities();
};

void TestOpml::readsOpml2()
{
    const OpmlParseResult r = parseOpml(R"(<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My subscriptions</title><dateCreated>Mon, 03 Mar 2025 10:00:00 GMT</dateCreated></head>
<body>
 <outline text="News" title="News">
  <outline text="BBC" title="BBC News" type="rss" xmlUrl="http://feeds.bbci.co.uk/news/rss.xml" htmlUrl="https://www.bbc.co.uk/news" description="UK &amp; world"/>
 </outline>
 <outline text="Blog" type="rss" xmlUrl="https://blog.example/feed"/>
</body></opml>)");
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.wellformed);
    QCOMPARE(r.document.title, u"My subscriptions"_s);
    QCOMPARE(r.document.created, QDateTime(QDate(2025, 3, 3), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(r.document.outlines.size(), 2);
    const OpmlOutline &news = r.document.outlines[0];
    QCOMPARE(news.text, u"News"_s);
    QVERIFY(!news.isFeed());
    QCOMPARE(news.children.size(), 1);
    const OpmlOutline &bbc = news.children[0];
    QCOMPARE(bbc.title, u"BBC News"_s);
    QCOMPARE(bbc.type, u"rss"_s);
    QCOMPARE(bbc.xmlUrl, u"http://feeds.bbci.co.uk/news/rss.xml"_s);
    QCOMPARE(bbc.htmlUrl, u"https://www.bbc.co.uk/news"_s);
    QCOMPARE(bbc.description, u"UK & world"_s);
}

void TestOpml::readsOpml1()
{
    const OpmlParseResult r =
            parseOpml("<opml version=\"1.0\"><head><title>Old</title></head><body>"
                      "<outline title=\"A\" xmlurl=\"http://a/rss\" htmlurl=\"http://a/\"/>"
                      "<outline text=\"B\" url=\"http://b/rss\"/></body></opml>");
    QVERIFY(r.ok);
    QCOMPARE(r.document.outlines.size(), 2);
    QCOMPARE(r.document.outlines[0].xmlUrl, u"http://a/rss"_s);
    QCOMPARE(r.document.outlines[0].htmlUrl, u"http://a/"_s);
    QCOMPARE(r.document.outlines[1].xmlUrl, u"http://b/rss"_s);
}

void TestOpml::roundTrip()
{
    OpmlDocument doc;
    doc.title = u"Subs <&> \"quoted\""_s;
    doc.created = QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
    OpmlOutline folder {u"Tech & Science"_s, u"Tech"_s, {}, {}, {}, {}, {}};
    folder.children.append({u"Ünïcødé ✓"_s,
                            u"t"_s,
                            u"rss"_s,
                            u"https://x.example/feed?a=1&b=2"_s,
                            u"https://x.example/"_s,
                            u"line one\nline two"_s,
                            {}});
    OpmlOutline nested {u"Deeper"_s, {}, {}, {}, {}, {}, {}};
    nested.children.append({u"Atom"_s, {}, u"atom"_s, u"https://y.example/atom"_s, {}, {}, {}});
    folder.children.append(nested);
    doc.outlines = {folder,
                    OpmlOutline {u"Top"_s, {}, u"rss"_s, u"https://top.example/rss"_s, {}, {}, {}}};

    const QByteArray written = writeOpml(doc);
    QVERIFY(written.contains("<opml version=\"2.0\">"));
    const OpmlParseResult back = parseOpml(written);
    QVERIFY2(back.ok, qPrintable(back.error));
    QVERIFY(back.wellformed);
    QCOMPARE(back.document, doc);
    QCOMPARE(writeOpml(back.document), written);
}

void TestOpml::categoryPaths()
{
    const OpmlParseResult r =
            parseOpml("<opml><body><outline text=\"A\"><outline text=\"B\">"
                      "<outline text=\"f1\" xmlUrl=\"http://1/\"/></outline>"
                      "<outline text=\"f2\" xmlUrl=\"http://2/\"/></outline>"
                      "<outline text=\"f3\" xmlUrl=\"http://3/\"/></body></opml>");
    const QList<OpmlSubscription> subs = opmlSubscriptions(r.document);
    QCOMPARE(subs.size(), 3);
    QCOMPARE(subs[0].categoryPath, (QStringList {u"A"_s, u"B"_s}));
    QCOMPARE(subs[0].outline.xmlUrl, u"http://1/"_s);
    QCOMPARE(subs[1].categoryPath, (QStringList {u"A"_s}));
    QCOMPARE(subs[2].categoryPath, QStringList());
}

void TestOpml::refusesNonOpml_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("rss") << QByteArray("<rss version=\"2.0\"><channel/></rss>");
    QTest::newRow("garbage") << QByteArray("not xml at all");
}

void TestOpml::refusesNonOpml()
{
    QFETCH(QByteArray, bytes);
    const OpmlParseResult r = parseOpml(bytes);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
}

void TestOpml::recoversBrokenXml()
{
    const OpmlParseResult r = parseOpml(
            "<opml><body><outline text=\"Fish & Chips&nbsp;!\" xmlUrl=\"http://x/?a=1&b=2\">"
            "<outline text=\"unclosed\" xmlUrl=\"http://y/\"></body>");
    QVERIFY(r.ok);
    QVERIFY(!r.wellformed);
    QVERIFY(!r.errors.isEmpty());
    QCOMPARE(r.document.outlines.value(0).text, u"Fish & Chips\u00a0!"_s);
    QCOMPARE(r.document.outlines.value(0).xmlUrl, u"http://x/?a=1&b=2"_s);
    QCOMPARE(r.document.outlines.value(0).children.value(0).xmlUrl, u"http://y/"_s);
}

void TestOpml::noExternalEntities()
{
    const OpmlParseResult r = parseOpml(
            "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            "<opml><head><title>a&x;b</title></head><body/></opml>");
    QVERIFY(r.ok);
    QCOMPARE(r.document.title, u"ab"_s);
}

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
