// Mutation / fuzz test of FeedParser and parseOpml: a few thousand hostile
// inputs (truncations, byte flips, repeated chunks, deep nesting, huge
// attributes, entity bombs, external entities pointing at /etc/passwd) must
// give 0 crashes, stay under a per-input time cap, and never leak a local
// file into the output.

#include "corpora.h"
#include "feed/feedjson.h"
#include "feed/feedparser.h"
#include "feed/opml.h"

#include <ctime>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedFuzz final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileDocuments_data();
    void hostileDocuments();
    void mutations();

private:
    void check(const QByteArray &input, const QString &what);

    QList<QByteArray> m_seeds;
    QByteArray m_secret; // a line of /etc/passwd that must never show up
    qint64 m_slowestMs = 0;
    int m_inputs = 0;
    int m_feeds = 0;
    int m_recovered = 0;
};

namespace {

constexpr qint64 perInputCapMs = 2000;
constexpr int mutationsPerSeed = 60;

const char rssSeed[] = R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>T &amp; co</title><link>http://example.com/</link><description>d</description>
<atom:link rel="self" href="http://example.com/feed"/>
<item><title>One</title><link>/one</link><guid>1</guid><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate>
<description>&lt;p&gt;Hello &lt;a href="/x"&gt;x&lt;/a&gt;&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Body <img src="a.png"></p>]]></content:encoded>
<media:content url="http://example.com/v.mp4" type="video/mp4"/><enclosure url="e.mp3" length="12" type="audio/mpeg"/>
<dc:creator>Jane</dc:creator><category domain="d">c</category></item>
</channel></rss>)";

const char atomSeed[] = R"(<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.com/a/" xml:lang="en">
<title type="html">&lt;b&gt;Atom&lt;/b&gt;</title><link href="/"/><updated>2005-07-31T12:29:29Z</updated>
<entry xml:base="b/"><id>tag:x,2005:1</id><title>E</title><link rel="enclosure" href="f.mp3" length="3"/>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <a href="c">c</a></p></div></content>
<author><name>A</name><email>a@x</email></author><source><title>S</title></source></entry></feed>)";

const char jsonSeed[] =
        R"({"version":"https://jsonfeed.org/version/1.1","title":"J","home_page_url":"https://x/",
"items":[{"id":"1","url":"/1","content_html":"<p>x</p>","date_published":"2020-01-01T00:00:00Z",
"authors":[{"name":"n"}],"attachments":[{"url":"a.mp3","mime_type":"audio/mpeg","size_in_bytes":5}]}]})";

const char opmlSeed[] =
        R"(<?xml version="1.0"?><opml version="2.0"><head><title>Subs</title></head><body>
<outline text="News"><outline text="A" type="rss" xmlUrl="http://a/feed" htmlUrl="http://a/"/></outline>
<outline text="B" type="rss" xmlUrl="http://b/feed"/></body></opml>)";

QByteArray billionLaughs()
{
    QByteArray d = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
    QByteArray prev = "lol";
    for (int i = 1; i <= 9; ++i) {
        const QByteArray name = "lol" + QByteArray::number(i);
        d += "<!ENTITY " + name + " \"" + QByteArray("&" + prev + ";").repeated(10) + "\">\n";
        prev = name;
    }
    return d
            + "]>\n<rss "
              "version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;&lol9;</title>"
              "<description>&lol9;</description></item></channel></rss>";
}

QByteArray quadraticBlowup()
{
    const QByteArray big(100000, 'a');
    return "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" + big
            + "\">]><rss version=\"2.0\"><channel><title>" + QByteArray("&a;").repeated(20000)
            + "</title></channel></rss>";
}

} // namespace

void TestFeedFuzz::initTestCase()
{
    QFile passwd(u"/etc/passwd"_s);
    if (passwd.open(QIODevice::ReadOnly))
        m_secret = passwd.readLine().trimmed();
    if (m_secret.isEmpty())
        m_secret = "root:x:0:0";
    m_seeds = {rssSeed, atomSeed, jsonSeed, opmlSeed};
    // a deterministic sample of the shared corpora, when present
    const QString root = corporaDir();
    if (!root.isEmpty()) {
        for (const QString &dir :
             {u"gofeed/translator/rss"_s, u"gofeed/translator/atom"_s,
              u"feedparser/wellformed/atom10"_s, u"feedparser/wellformed/rss"_s,
              u"feedparser/encoding"_s, u"feedparser/illformed"_s, u"jsonfeed"_s}) {
            const QStringList files = QDir(root + u'/' + dir).entryList(QDir::Files, QDir::Name);
            for (qsizetype i = 0; i < files.size(); i += 7) {
                QFile f(root + u'/' + dir + u'/' + files[i]);
                if (f.open(QIODevice::ReadOnly))
                    m_seeds << f.readAll();
            }
        }
    }
}

void TestFeedFuzz::check(const QByteArray &input, const QString &what)
{
    // CPU time, not wall time: the cap must not depend on the machine's load
    const std::clock_t start = std::clock();
    const FeedParseResult result = FeedParser::parse(input);
    const QByteArray json = QJsonDocument(feedToJson(result.feed)).toJson(QJsonDocument::Compact);
    const OpmlParseResult opml = parseOpml(input);
    const QByteArray opmlOut = opml.ok ? writeOpml(opml.document) : QByteArray();
    const qint64 ms = qint64(std::clock() - start) * 1000 / CLOCKS_PER_SEC;
    if (qEnvironmentVariableIsSet("MASTHEAD_VERBOSE"))
        qInfo().noquote() << what << ms << "ms";
    ++m_inputs;
    m_feeds += result.isFeed ? 1 : 0;
    m_recovered += result.isFeed && !result.feed.wellformed ? 1 : 0;
    m_slowestMs = qMax(m_slowestMs, ms);
    QVERIFY2(ms < perInputCapMs, qPrintable(u"%1 took %2 ms"_s.arg(what).arg(ms)));
    QVERIFY2(!json.contains(m_secret) && !json.contains("root:x:0:0"),
             qPrintable(what + u": local file leaked"_s));
    QVERIFY2(!opmlOut.contains(m_secret), qPrintable(what + u": local file leaked into OPML"_s));
    QVERIFY2(result.isFeed || !result.error.isEmpty(), qPrintable(what));
    QVERIFY2(result.feed.wellformed || !result.feed.errors.isEmpty(),
             qPrintable(what + u": wellformed=false without errors"_s));
}

void TestFeedFuzz::hostileDocuments_data()
{
    QTest::addColumn<QByteArray>("input");
    const QByteArray rssHead = "<rss version=\"2.0\"><channel><title>t</title><item><title>";
    const QByteArray rssTail = "</title></item></channel></rss>";
    QTest::newRow("billion laughs") << billionLaughs();
    QTest::newRow("quadratic blowup") << quadraticBlowup();
    QTest::newRow("xxe general entity") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            "<rss "
            "version=\"2.0\"><channel><title>&xxe;</title><description>&xxe;</description></"
            "channel></rss>");
    QTest::newRow("xxe parameter entity")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM "
                          "\"file:///etc/passwd\"> %p;]>"
                          "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
    QTest::newRow("xxe external dtd")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"file:///etc/passwd\">"
                          "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
    QTest::newRow("xxe in attribute") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><link "
            "href=\"&x;\"/><title>&x;</title></feed>");
    QTest::newRow("xxe in opml") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            "<opml><body><outline text=\"&x;\" xmlUrl=\"&x;\"/></body></opml>");
    QTest::newRow("xinclude") << QByteArray(
            "<rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel><title>"
            "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></title></channel></rss>");
    QTest::newRow("deep nesting") << rssHead + QByteArray("<a>").repeated(100000) + rssTail;
    QTest::newRow("deep outlines") << "<opml><body>"
                    + QByteArray("<outline text=\"x\">").repeated(50000) + "</body></opml>";
    QTest::newRow("huge attribute") << "<rss version=\"2.0\"><channel><link href=\""
                    + QByteArray(4 << 20, 'h') + "\"/></channel></rss>";
    QTest::newRow("huge text") << rssHead + QByteArray(8 << 20, 'x') + rssTail;
    QTest::newRow("many entities")
            << rssHead + QByteArray("&nbsp;&amp;&#1;&#xD800;&bogus;&").repeated(100000) + rssTail;
    QTest::newRow("many items") << "<rss version=\"2.0\"><channel>"
                    + QByteArray("<item><title>x</title></item>").repeated(200000)
                    + "</channel></rss>";
    QTest::newRow("many attributes") << "<rss version=\"2.0\"><channel><item "
                    + QByteArray("a=\"1\" ").repeated(1) + QByteArray("<x ").repeated(50000)
                    + "/></channel></rss>";
    QTest::newRow("long tag soup")
            << rssHead + QByteArray("<<<>>>&&&;;;\"\"''").repeated(200000) + rssTail;
    QTest::newRow("unterminated img tags") << "<rss version=\"2.0\"><channel><item><description>"
                    + QByteArray("&lt;img src=x ").repeated(200000)
                    + "</description></item></channel></rss>";
    QTest::newRow("unterminated comments") << "<rss version=\"2.0\"><channel><item><description>"
                    + QByteArray("&lt;!-- &lt;![CDATA[ &lt;script ").repeated(100000)
                    + "</description></item></channel></rss>";
    QTest::newRow("many equals") << "<rss version=\"2.0\"><channel><item><description>&lt;a "
                    + QByteArray("href=x src =y ").repeated(200000)
                    + "</description></item></channel></rss>";
    QTest::newRow("nul bytes") << rssHead + QByteArray(100000, '\0') + rssTail;
    QTest::newRow("json deep") << "{\"version\":\"https://jsonfeed.org/version/1\",\"items\":"
                    + QByteArray("[").repeated(100000) + "}";
    QTest::newRow("json huge") << "{\"version\":\"https://jsonfeed.org/version/1\",\"items\":["
                    + QByteArray("{\"id\":1},").repeated(200000) + "{}]}";
    QTest::newRow("utf16 garbage") << QByteArray("\xff\xfe", 2) + QByteArray(100001, '\xd8');
    QTest::newRow("utf32 garbage")
            << QByteArray("\x00\x00\xfe\xff", 4) + QByteArray(100000, '\xff');
    QTest::newRow("bogus encoding")
            << QByteArray("<?xml version=\"1.0\" encoding=\"x-bogus-\xff\"?><rss><channel/></rss>");
    QTest::newRow("date junk") << rssHead + "</title><pubDate>" + QByteArray(100000, '9')
                    + "</pubDate><title>" + rssTail;
}

void TestFeedFuzz::hostileDocuments()
{
    QFETCH(QByteArray, input);
    check(input, QString::fromLatin1(QTest::currentDataTag()));
}

void TestFeedFuzz::mutations()
{
    QRandomGenerator random(20260101);
    QElapsedTimer total;
    total.start();
    for (qsizetype s = 0; s < m_seeds.size(); ++s) {
        const QByteArray seed = m_seeds[s];
        if (seed.isEmpty())
            continue;
        for (int m = 0; m < mutationsPerSeed; ++m) {
            QByteArray input = seed;
            const int kind = random.bounded(6);
            const qsizetype at = random.bounded(qMax<qsizetype>(1, input.size()));
            switch (kind) {
            case 0: // truncation
                input.truncate(at);
                break;
            case 1: // byte flips
                for (int k = 0, n = 1 + random.bounded(16); k < n; ++k)
                    input[random.bounded(qMax<qsizetype>(1, input.size()))] =
                            char(random.bounded(256));
                break;
            case 2: { // repeated chunk
                const QByteArray chunk = input.mid(at, 1 + random.bounded(64));
                input.insert(at, chunk.repeated(1 + random.bounded(200)));
                break;
            }
            case 3: // deep nesting at a random point
                input.insert(at, QByteArray("<x>").repeated(random.bounded(3000)));
                break;
            case 4: // huge attribute or text
                input.insert(at, " a=\"" + QByteArray(random.bounded(1 << 18), 'q') + "\" ");
                break;
            default: // markup/entity/encoding junk
                static const char *const junk[] = {
                        "&",
                        "&nbsp;",
                        "&#0;",
                        "<![CDATA[",
                        "]]>",
                        "<!--",
                        "\xc3",
                        "\xff\xfe",
                        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
                        "&e;",
                        "xml:base=\"javascript:alert(1)\"",
                        "</",
                        "<?xml encoding=\"utf-16\"?>"};
                for (int k = 0, n = 1 + random.bounded(8); k < n; ++k)
                    input.insert(random.bounded(qMax<qsizetype>(1, input.size())),
                                 junk[random.bounded(int(std::size(junk)))]);
                break;
            }
            check(input, u"seed %1 mutation %2 (kind %3)"_s.arg(s).arg(m).arg(kind));
            if (QTest::currentTestFailed())
                return;
        }
    }
    qInfo().noquote()
            << u"fuzz: %1 inputs in %2 ms, slowest %3 ms, %4 parsed as feeds (%5 recovered), 0 crashes, 0 leaks"_s
                       .arg(m_inputs)
                       .arg(total.elapsed())
                       .arg(m_slowestMs)
                       .arg(m_feeds)
                       .arg(m_recovered);
}

QTEST_GUILESS_MAIN(TestFeedFuzz)
#include "tst_feedfuzz.moc"
