// Character encoding detection: BOMs, XML declaration, HTTP charset,
// RFC 3023 defaults and mis-declared documents.

#include "feed/feedencoding.h"
#include "feed/feedparser.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedEncoding final : public QObject
{
    Q_OBJECT

private slots:
    void detection_data();
    void detection();
    void contentTypeParameters();
    void misdeclaredRecovered();
    void declaredEncodingDecoded();
    void undeclaredCjkDetected_data();
    void undeclaredCjkDetected();
    void declarationBeatsDetection();
};

namespace {

const QString title = u"Caf\u00e9 \u2014 \u00fcber"_s;

QByteArray document(const QByteArray &declaration)
{
    return declaration + "<rss version=\"2.0\"><channel><title>" + title.toUtf8()
            + "</title></channel></rss>";
}

QByteArray encoded(const char *codec, const QByteArray &utf8, const QByteArray &bom = {})
{
    QStringEncoder encoder(codec);
    return bom + QByteArray(encoder(QString::fromUtf8(utf8)));
}

} // namespace

void TestFeedEncoding::detection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("wellformed");
    const QByteArray plain = document("<?xml version=\"1.0\"?>");
    QTest::newRow("default utf-8") << plain << QByteArray() << u"utf-8"_s << true;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + plain << QByteArray() << u"utf-8"_s
                               << true;
    QTest::newRow("utf-16le bom") << encoded("UTF-16LE", plain, "\xFF\xFE") << QByteArray()
                                  << u"utf-16le"_s << true;
    QTest::newRow("utf-16be bom") << encoded("UTF-16BE", plain, "\xFE\xFF") << QByteArray()
                                  << u"utf-16be"_s << true;
    QTest::newRow("utf-16le no bom")
            << encoded("UTF-16LE", document("<?xml version=\"1.0\" encoding=\"utf-16\"?>"))
            << QByteArray() << u"utf-16le"_s << true;
    QTest::newRow("utf-32be bom") << encoded("UTF-32BE", plain, QByteArray("\x00\x00\xFE\xFF", 4))
                                  << QByteArray() << u"utf-32be"_s << true;
    QTest::newRow("utf-32le bom") << encoded("UTF-32LE", plain, QByteArray("\xFF\xFE\x00\x00", 4))
                                  << QByteArray() << u"utf-32le"_s << true;
    QTest::newRow("declared latin-1")
            << encoded("ISO-8859-1",
                       document("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
                               .replace("\xE2\x80\x94", "-"))
            << QByteArray() << u"iso-8859-1"_s << true;
    QTest::newRow("declared windows-1252") << encoded(
            "windows-1252", document("<?xml version=\"1.0\" encoding=\"windows-1252\"?>"))
                                           << QByteArray() << u"windows-1252"_s << true;
    QTest::newRow("http charset wins")
            << encoded("windows-1252", document("<?xml version=\"1.0\" encoding=\"utf-8\"?>"))
            << QByteArray("application/rss+xml; charset=windows-1252") << u"windows-1252"_s << true;
    QTest::newRow("text/xml is ascii")
            << document("<?xml version=\"1.0\"?>").replace(title.toUtf8(), "Cafe")
            << QByteArray("text/xml") << u"us-ascii"_s << true;
    QTest::newRow("gb2312 read as gb18030") << encoded(
            "GB18030",
            "<?xml version=\"1.0\" "
            "encoding=\"gb2312\"?><rss><channel><title>\xE4\xB8\xAD</title></channel></rss>")
                                            << QByteArray() << u"gb18030"_s << true;
    QTest::newRow("declared utf-8, really 1252")
            << encoded("windows-1252", document("<?xml version=\"1.0\" encoding=\"utf-8\"?>"))
            << QByteArray() << u"windows-1252"_s << false;
    QTest::newRow("bogus declaration") << document("<?xml version=\"1.0\" encoding=\"x-no-such\"?>")
                                       << QByteArray() << u"utf-8"_s << false;
    QTest::newRow("text/plain") << plain << QByteArray("text/plain; charset=utf-8") << u"utf-8"_s
                                << false;
}

void TestFeedEncoding::detection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, encoding);
    QFETCH(bool, wellformed);
    FeedParseOptions options;
    options.contentType = contentType;
    const FeedParseResult r = FeedParser::parse(bytes, options);
    QVERIFY2(r.isFeed, qPrintable(r.error));
    QCOMPARE(r.feed.encoding, encoding);
    QCOMPARE(r.feed.wellformed, wellformed);
    const QByteArrayView tag(QTest::currentDataTag());
    if (encoding.startsWith(u"utf"_s) || tag == "declared windows-1252"
        || tag == "http charset wins" || tag == "declared utf-8, really 1252")
        QCOMPARE(r.feed.title, title);
}

void TestFeedEncoding::contentTypeParameters()
{
    QCOMPARE(FeedEncoding::charsetParameter("application/xml;charset= \"us-ascii\""),
             QByteArray("us-ascii"));
    QCOMPARE(FeedEncoding::charsetParameter("text/xml; charset='ISO-8859-1'"),
             QByteArray("iso-8859-1"));
    QCOMPARE(FeedEncoding::charsetParameter("text/xml; charset:iso-8859-1"), QByteArray());
    QCOMPARE(FeedEncoding::mediaType(" Application/RSS+XML ; charset=x"),
             QByteArray("application/rss+xml"));
    QVERIFY(FeedEncoding::isXmlMediaType("application/atom+xml"));
    QVERIFY(FeedEncoding::isXmlMediaType("text/xml-external-parsed-entity"));
    QVERIFY(!FeedEncoding::isXmlMediaType("text/html"));
}

void TestFeedEncoding::misdeclaredRecovered()
{
    // smart quotes of windows-1252 inside a document that claims UTF-8
    const QByteArray bytes =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>"
            "\x93quoted\x94 \x96 caf\xE9</title></channel></rss>";
    const FeedParseResult r = FeedParser::parse(bytes);
    QVERIFY(r.isFeed);
    QCOMPARE(r.feed.title, u"\u201cquoted\u201d \u2013 caf\u00e9"_s);
    QVERIFY(!r.feed.wellformed);
    QVERIFY(!r.feed.errors.isEmpty());
    // C1 controls written as UTF-8 or as references are read as windows-1252
    const FeedParseResult c1 =
            FeedParser::parse("<rss><channel><title>don\xC2\x92t &#150;</title></channel></rss>");
    QCOMPARE(c1.feed.title, u"don\u2019t \u2013"_s);
}

void TestFeedEncoding::declaredEncodingDecoded()
{
    const QByteArray koi8 =
            encoded("KOI8-R",
                    "<?xml version=\"1.0\" "
                    "encoding=\"koi8-r\"?><rss><channel><title>"
                    "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82</title></channel></rss>");
    const FeedParseResult r = FeedParser::parse(koi8);
    QCOMPARE(r.feed.encoding, u"koi8-r"_s);
    QCOMPARE(r.feed.title, u"Привет"_s);
    QVERIFY(r.feed.wellformed);
}

namespace {

// Long enough for detection, as a real feed's first items are.
const QString japaneseTitle = u"東京のニュース"_s;
const QString japaneseText =
        u"政府は本日、物価高対策として新たな経済対策を閣議決定した。首相は記者会見で、"
        u"賃上げと投資の拡大を通じて景気の回復を確かなものにしたいと述べた。"_s;
const QString thaiTitle = u"ข่าวกรุงเทพ"_s;
const QString thaiText =
        u"รัฐบาลประกาศมาตรการทางเศรษฐกิจใหม่ในวันนี้เพื่อรับมือกับค่าครองชีพที่สูงขึ้น "
        u"นายกรัฐมนตรีกล่าวในการแถลงข่าวว่าจะเพิ่มค่าจ้างและการลงทุนเพื่อให้เศรษฐกิจฟื้นตัว"_s;
const QString koreanTitle = u"서울 뉴스"_s;
const QString koreanText =
        u"정부는 오늘 물가 대책으로 새로운 경제 대책을 결정했다. 대통령은 기자회견에서 "
        u"임금 인상과 투자 확대를 통해 경기 회복을 확실히 하겠다고 말했다."_s;

QString cjkFeed(const QString &channelTitle, const QString &text)
{
    return u"<rss version=\"2.0\"><channel><title>"_s + channelTitle
            + u"</title><link>http://example.com/</link><item><title>"_s + text.left(12)
            + u"</title><description>"_s + text + u"</description></item><item><title>"_s
            + text.mid(12, 10) + u"</title><description>"_s + text + text
            + u"</description></item></channel></rss>"_s;
}

} // namespace

void TestFeedEncoding::undeclaredCjkDetected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("channelTitle");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    const QString ja = cjkFeed(japaneseTitle, japaneseText);
    const QString ko = cjkFeed(koreanTitle, koreanText);
    const QString jaXml = u"<?xml version=\"1.0\"?>"_s + ja;
    for (const QByteArray &type :
         {QByteArray(), QByteArray("application/rss+xml"), QByteArray("text/xml")}) {
        const QByteArray suffix = type.isEmpty() ? QByteArray() : " " + type;
        QTest::addRow("euc-jp%s", suffix.constData())
                << encoded("EUC-JP", ja.toUtf8()) << type << japaneseTitle << japaneseText
                << u"euc-jp"_s;
        QTest::addRow("shift_jis%s", suffix.constData())
                << encoded("Shift_JIS", ja.toUtf8()) << type << japaneseTitle << japaneseText
                << u"shift_jis"_s;
        QTest::addRow("euc-kr%s", suffix.constData()) << encoded("EUC-KR", ko.toUtf8()) << type
                                                      << koreanTitle << koreanText << u"euc-kr"_s;
    }
    // ICU's TIS-620 decoder does not say its name: the one detected is reported.
    QTest::newRow("tis-620") << encoded("TIS-620", cjkFeed(thaiTitle, thaiText).toUtf8()) << QByteArray()
                             << thaiTitle << thaiText << u"tis-620"_s;
    QTest::newRow("shift_jis, xml declaration without encoding")
            << encoded("Shift_JIS", jaXml.toUtf8()) << QByteArray() << japaneseTitle << japaneseText
            << u"shift_jis"_s;
}

void TestFeedEncoding::undeclaredCjkDetected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, channelTitle);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QVERIFY(!QByteArrayView(bytes).isValidUtf8());
    FeedParseOptions options;
    options.contentType = contentType;
    const FeedParseResult r = FeedParser::parse(bytes, options);
    QVERIFY2(r.isFeed, qPrintable(r.error));
    QCOMPARE(r.feed.title, channelTitle);
    QCOMPARE(r.feed.entries.size(), 2);
    QCOMPARE(r.feed.entries.first().summary, text);
    QCOMPARE(r.feed.encoding, encoding);
    // not silently: the missing declaration is reported
    QVERIFY2(r.feed.errors.join(u'\n').contains(u"does not declare"_s),
             qPrintable(r.feed.errors.join(u'\n')));
}

void TestFeedEncoding::declarationBeatsDetection()
{
    // A declaration, right or wrong, is never second-guessed by the detector.
    const QByteArray sjis = encoded("Shift_JIS",
                                    (u"<?xml version=\"1.0\" encoding=\"windows-1252\"?>"_s
                                     + cjkFeed(japaneseTitle, japaneseText))
                                            .toUtf8());
    const FeedParseResult r = FeedParser::parse(sjis);
    QCOMPARE(r.feed.encoding, u"windows-1252"_s);
    // and an undeclared feed that is UTF-8 stays UTF-8
    const FeedParseResult utf8 = FeedParser::parse(cjkFeed(japaneseTitle, japaneseText).toUtf8());
    QCOMPARE(utf8.feed.encoding, u"utf-8"_s);
    QCOMPARE(utf8.feed.title, japaneseTitle);
}

QTEST_GUILESS_MAIN(TestFeedEncoding)
#include "tst_feedencoding.moc"
