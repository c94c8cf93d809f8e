#include "executablecheck.h"
#include "html/articleextractor.h"

#include <QStringEncoder>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString loremParagraph = u"The committee met on Tuesday to discuss the new budget, which includes "
                               "funding for schools, roads, and public libraries across the region. "
                               "Members argued for hours, but in the end, a compromise was reached."_s;

QString articlePage(const QString &head, const QString &extraBody = QString())
{
    QString body;
    for (int i = 0; i < 6; ++i)
        body += u"<p>"_s + loremParagraph + u" Paragraph "_s + QString::number(i + 1) + u".</p>\n"_s;
    return u"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"_s + head
        + u"</head><body>"
          "<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
          "<div class=\"share-bar\"><a href=\"https://social.example/share\">Share this</a></div>"
          "<article class=\"post\"><h1>Council agrees new budget</h1>"_s
        + body + extraBody
        + u"<figure><img src=\"/img/council.jpg\" alt=\"Council\"><figcaption>The council chamber.</figcaption></figure>"
          "<script>trackEverything();</script></article>"
          "<div id=\"comments\" class=\"comments\"><p>First comment! Totally agree with this, great work.</p></div>"
          "<footer class=\"footer\"><p>Copyright 2024 Example News. All rights reserved.</p></footer>"
          "</body></html>"_s;
}

} // namespace

class tst_ArticleExtractor final : public QObject
{
    Q_OBJECT

private slots:
    void extractsMainContent();
    void metadataFromMetaTags();
    void metadataFromJsonLd();
    void dateFromTimeElement();
    void citationMetadata();
    void titleWithoutSiteName();
    void resolvesAgainstBaseElement();
    void charsetFromMeta();
    void charsetFromBom();
    void defaultsToUtf8();
    void undeclaredCharsetDetected_data();
    void undeclaredCharsetDetected();
    void emptyAndNonHtmlInput();
    void notReaderable();
    void pageWhoseRootLooksUnlikely_data();
    void pageWhoseRootLooksUnlikely();
};

void tst_ArticleExtractor::extractsMainContent()
{
    const ExtractedArticle a = extractArticle(articlePage(u"<title>Council agrees new budget | Example News</title>"_s).toUtf8(),
                                              QUrl(u"https://news.example/2024/budget.html"_s));
    QVERIFY2(a.text.startsWith(loremParagraph), qPrintable(a.text.left(200)));
    QVERIFY(a.text.contains(u" Paragraph 1.\n\nThe committee"_s));
    QVERIFY(a.text.contains(u"The council chamber."_s));
    for (const QString &junk : {u"Home"_s, u"Share this"_s, u"First comment"_s, u"Copyright"_s, u"trackEverything"_s})
        QVERIFY2(!a.text.contains(junk), qPrintable(junk));
    QVERIFY(a.html.contains(u"<img src=\"https://news.example/img/council.jpg\" alt=\"Council\">"_s));
    QVERIFY(a.html.contains(u"<figcaption>The council chamber.</figcaption>"_s));
    QVERIFY(!a.html.contains(u"<script"_s));
    QVERIFY(ExecutableCheck::executableParts(a.html).isEmpty());
    QCOMPARE(a.title, u"Council agrees new budget"_s);
    QCOMPARE(a.language, u"en-GB"_s);
    QCOMPARE(a.leadImage, QUrl(u"https://news.example/img/council.jpg"_s));
    QVERIFY(a.readerable);
    QVERIFY(a.excerpt.startsWith(u"The committee met"_s));
}

void tst_ArticleExtractor::metadataFromMetaTags()
{
    const QString head = u"<title>Ignored | Site</title>"
                         "<meta property=\"og:title\" content=\"Budget &amp; beyond: the council decides\">"
                         "<meta name=\"author\" content=\"Jane Reporter\">"
                         "<meta property=\"og:site_name\" content=\"Example News\">"
                         "<meta property=\"og:description\" content=\"What the council decided.\">"
                         "<meta property=\"og:image\" content=\"/lead.jpg\">"
                         "<meta property=\"article:published_time\" content=\"2024-03-05T10:20:30+01:00\">"_s;
    const ExtractedArticle a = extractArticle(articlePage(head).toUtf8(), QUrl(u"https://news.example/a/b"_s));
    QCOMPARE(a.title, u"Budget & beyond: the council decides"_s);
    QCOMPARE(a.byline, u"Jane Reporter"_s);
    QCOMPARE(a.siteName, u"Example News"_s);
    QCOMPARE(a.excerpt, u"What the council decided."_s);
    QCOMPARE(a.leadImage, QUrl(u"https://news.example/lead.jpg"_s));
    QCOMPARE(a.published, QDateTime(QDate(2024, 3, 5), QTime(9, 20, 30), QTimeZone::utc()));
    QCOMPARE(a.published.timeSpec(), Qt::UTC);
}

void tst_ArticleExtractor::metadataFromJsonLd()
{
    const QString head = u"<title>Something else entirely here</title><script type=\"application/ld+json\">"
                         "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},"
                         "{\"@type\":\"NewsArticle\",\"headline\":\"Council agrees new budget\","
                         "\"author\":[{\"@type\":\"Person\",\"name\":\"A. Writer\"},{\"name\":\"B. Writer\"}],"
                         "\"datePublished\":\"2023-11-02T08:00:00Z\",\"publisher\":{\"name\":\"The Gazette\"}}]}"
                         "</script>"_s;
    const ExtractedArticle a = extractArticle(articlePage(head).toUtf8(), QUrl(u"https://news.example/x"_s));
    QCOMPARE(a.title, u"Council agrees new budget"_s);
    QCOMPARE(a.byline, u"A. Writer, B. Writer"_s);
    QCOMPARE(a.siteName, u"The Gazette"_s);
    QCOMPARE(a.published, QDateTime(QDate(2023, 11, 2), QTime(8, 0), QTimeZone::utc()));
}

void tst_ArticleExtractor::dateFromTimeElement()
{
    const ExtractedArticle a = extractArticle(
        articlePage(u"<title>Council agrees new budget</title>"_s,
                    u"<p>Published <time datetime=\"2022-07-14T12:00:00Z\">14 July</time>.</p>"_s)
            .toUtf8(),
        QUrl(u"https://news.example/x"_s));
    QCOMPARE(a.published, QDateTime(QDate(2022, 7, 14), QTime(12, 0), QTimeZone::utc()));
}

void tst_ArticleExtractor::citationMetadata()
{
    const QString head = u"<meta name=\"citation_title\" content=\"On Budgets\">"
                         "<meta name=\"citation_author\" content=\"Doe, Jane\">"
                         "<meta name=\"citation_author\" content=\"Roe, Rick\">"
                         "<meta name=\"citation_publication_date\" content=\"2021-02-03\">"_s;
    const ExtractedArticle a = extractArticle(articlePage(head).toUtf8(), QUrl(u"https://journal.example/x"_s));
    QCOMPARE(a.byline, u"Doe, Jane, Roe, Rick"_s);
    QCOMPARE(a.published.date(), QDate(2021, 2, 3));
}

void tst_ArticleExtractor::titleWithoutSiteName()
{
    for (const QString &title : {u"Council agrees new budget | Example News"_s, u"Council agrees new budget - Example News"_s,
                                 u"Council agrees new budget – Example News"_s, u"Example News » Council agrees new budget"_s}) {
        const ExtractedArticle a = extractArticle(articlePage(u"<title>"_s + title + u"</title>"_s).toUtf8(), QUrl());
        QCOMPARE(a.title, u"Council agrees new budget"_s);
    }
}

void tst_ArticleExtractor::resolvesAgainstBaseElement()
{
    const ExtractedArticle a = extractArticle(
        articlePage(u"<base href=\"https://cdn.example/assets/\"><title>Council agrees new budget</title>"_s).toUtf8(),
        QUrl(u"https://news.example/story"_s));
    QVERIFY2(a.html.contains(u"src=\"https://cdn.example/img/council.jpg\""_s), qPrintable(a.html));
}

void tst_ArticleExtractor::charsetFromMeta()
{
    const QString page = articlePage(u"<title>Café society: prices up again</title>"_s).replace(u"utf-8"_s, u"windows-1252"_s);
    QStringEncoder encoder("windows-1252");
    if (!encoder.isValid())
        QSKIP("windows-1252 codec not available");
    const QByteArray bytes = encoder(page);
    QVERIFY(bytes.contains("Caf\xE9"));
    QCOMPARE(extractArticle(bytes, QUrl()).title, u"Café society: prices up again"_s);

    QByteArray latin1 = QByteArray("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                                   "<title>Na\xEFve caf\xE9 pricing is here</title></head><body><p>x</p></body></html>");
    QCOMPARE(extractArticle(latin1, QUrl()).title, u"Naïve café pricing is here"_s);
}

void tst_ArticleExtractor::charsetFromBom()
{
    const QString page = articlePage(u"<title>Ünïcödé headline for testing</title>"_s);
    QByteArray utf8Bom = "\xEF\xBB\xBF" + page.toUtf8();
    QCOMPARE(extractArticle(utf8Bom, QUrl()).title, u"Ünïcödé headline for testing"_s);
    QStringEncoder utf16(QStringConverter::Utf16LE);
    const QByteArray utf16Bom = QByteArray("\xFF\xFE", 2) + QByteArray(utf16(page));
    QCOMPARE(extractArticle(utf16Bom, QUrl()).title, u"Ünïcödé headline for testing"_s);
}

void tst_ArticleExtractor::defaultsToUtf8()
{
    QByteArray bytes = "<html><head><title>Zürich news for today</title></head><body><p>x</p></body></html>";
    QCOMPARE(extractArticle(bytes, QUrl()).title, u"Zürich news for today"_s);
}

void tst_ArticleExtractor::undeclaredCharsetDetected_data()
{
    QTest::addColumn<QByteArray>("codec");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("paragraph");
    const QString ja = u"政府は本日、物価高対策として新たな経済対策を閣議決定した。首相は記者会見で、"
                       u"賃上げと投資の拡大を通じて景気の回復を確かなものにしたいと述べた。"_s;
    const QString ko = u"정부는 오늘 물가 대책으로 새로운 경제 대책을 결정했다. 대통령은 기자회견에서 "
                       u"임금 인상과 투자 확대를 통해 경기 회복을 확실히 하겠다고 말했다."_s;
    QTest::newRow("shift_jis") << QByteArray("Shift_JIS") << u"新たな経済対策を閣議決定"_s << ja;
    QTest::newRow("euc-jp") << QByteArray("EUC-JP") << u"新たな経済対策を閣議決定"_s << ja;
    QTest::newRow("euc-kr") << QByteArray("EUC-KR") << u"정부, 새로운 경제 대책 결정"_s << ko;
}

void tst_ArticleExtractor::undeclaredCharsetDetected()
{
    QFETCH(QByteArray, codec);
    QFETCH(QString, title);
    QFETCH(QString, paragraph);
    QString body;
    for (int i = 0; i < 5; ++i)
        body += u"<p>"_s + paragraph + u"</p>"_s;
    const QString page = u"<!DOCTYPE html><html><head><title>"_s + title
            + u"</title></head><body><article><h1>"_s + title + u"</h1>"_s + body
            + u"</article></body></html>"_s;
    QStringEncoder encoder(codec.constData());
    QVERIFY(encoder.isValid());
    const QByteArray bytes = encoder(page);
    QVERIFY(!QByteArrayView(bytes).isValidUtf8());
    const ExtractedArticle a = extractArticle(bytes, QUrl(u"https://news.example/story"_s));
    QCOMPARE(a.title, title);
    QVERIFY2(a.text.contains(paragraph), qPrintable(a.text.left(200)));
}

void tst_ArticleExtractor::emptyAndNonHtmlInput()
{
    const ExtractedArticle empty = extractArticle(QByteArray(), QUrl());
    QVERIFY(empty.text.isEmpty());
    QVERIFY(empty.html.isEmpty());
    QVERIFY(!empty.readerable);
    const ExtractedArticle text = extractArticle("just some words", QUrl());
    QVERIFY(text.text.isEmpty() || text.text == u"just some words"_s);
}

void tst_ArticleExtractor::notReaderable()
{
    const ExtractedArticle a = extractArticle(
        "<html><body><ul><li><a href=/a>A</a></li><li><a href=/b>B</a></li></ul></body></html>", QUrl());
    QVERIFY(!a.readerable);
}

// Newspaper templates put classes, roles or anti-flicker styles on <html> and
// <body> that, on any other element, mark it as unlikely or hidden content.
// The walk that removes such elements once removed the root itself, and the
// candidate selection then dereferenced a missing body (SIGSEGV).
void tst_ArticleExtractor::pageWhoseRootLooksUnlikely_data()
{
    QTest::addColumn<QString>("htmlAttributes");
    QTest::addColumn<QString>("bodyAttributes");
    QTest::newRow("unlikely class on html") << u"class=\"gnt_header-fixed sidebar-open\""_s << QString();
    QTest::newRow("hidden html") << u"hidden"_s << QString();
    QTest::newRow("anti-flicker style on html") << u"style=\"display: none\""_s << QString();
    QTest::newRow("aria-hidden html") << u"aria-hidden=\"true\""_s << QString();
    QTest::newRow("unlikely role on html") << u"role=\"navigation\""_s << QString();
    QTest::newRow("byline class on html") << u"class=\"author\""_s << QString();
    QTest::newRow("hidden body") << QString() << u"style=\"visibility:hidden\""_s;
    QTest::newRow("unlikely role on body") << QString() << u"role=\"dialog\" aria-modal=\"true\""_s;
    QTest::newRow("both") << u"class=\"banner\" hidden"_s << u"role=\"menu\" hidden"_s;
}

void tst_ArticleExtractor::pageWhoseRootLooksUnlikely()
{
    QFETCH(QString, htmlAttributes);
    QFETCH(QString, bodyAttributes);
    QString page = articlePage(QString());
    page.replace(u"<html lang=\"en-GB\">"_s, u"<html lang=\"en-GB\" "_s + htmlAttributes + u'>');
    page.replace(u"<body>"_s, u"<body "_s + bodyAttributes + u'>');
    const ExtractedArticle a = extractArticle(page.toUtf8(), QUrl(u"https://news.example/a"_s));
    QVERIFY2(a.text.contains(u"Paragraph 6."_s), qPrintable(a.text.left(300)));
    QVERIFY(!a.text.contains(u"First comment"_s));
}

QTEST_GUILESS_MAIN(tst_ArticleExtractor)
#include "tst_articleextractor.moc"

