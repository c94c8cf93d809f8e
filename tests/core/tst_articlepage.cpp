#include "articlepage.h"

#include <QFile>
#include <QRegularExpression>
#include <QtNumeric>
#include <QTest>

using namespace Qt::StringLiterals;

class TestArticlePage final : public QObject
{
    Q_OBJECT

private:
    static ArticlePageRenderer renderer()
    {
        return ArticlePageRenderer(
                u"<title>{{title}}</title><style>{{style}}</style>{{breadcrumb}}<h1>{{headline}}</h1>"
                "{{byline}}{{published}}<div>{{body}}</div>{{credit}}{{related}}"_s,
                u"body{color:{{text}}}"_s, QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    static ArticlePageData seed()
    {
        ArticlePageData page;
        page.articleId = 7;
        page.breadcrumb = {u"Micro News"_s, u"Politics"_s};
        page.headline = u"US-Israel Talks Aim for Peace and Security in Gaza"_s;
        page.published = QDateTime(QDate(2026, 11, 25), QTime(7, 45), Qt::UTC);
        page.bodyHtml = u"<h2>Key Strategic Meeting</h2><p>Body</p>"_s;
        page.link = QUrl(u"https://www.timesofisrael.com/us-israel-talks/"_s);
        page.related = {{11, u"Netanyahu’s Testimony"_s, u"One line."_s, u"ToI"_s, false},
                        {12, u"Walmart <b>Faces</b> Backlash"_s, QString(), u"ToI"_s, false}};
        return page;
    }

private Q_SLOTS:
    void rendersLikeANewsPage()
    {
        const QString html = renderer().render(seed());
        QVERIFY(html.contains(u"<li>Home</li><li>Micro News</li><li>Politics</li>"_s));
        QVERIFY(html.contains(u"<h1>US-Israel Talks Aim for Peace and Security in Gaza</h1>"_s));
        QVERIFY(html.contains(u"Published on"_s));
        QVERIFY(html.contains(u"25 November 2026"_s));
        QVERIFY(html.contains(u"<h2>Key Strategic Meeting</h2>"_s));
        QVERIFY(html.contains(u"This story was first published on"_s));
        QVERIFY(html.contains(u">timesofisrael.com</a>"_s));
        QVERIFY(html.contains(u"More like this"_s));
        QVERIFY(html.contains(u"href=\"masthead-article:11\""_s));
        QVERIFY(html.contains(u"<p>One line.</p>"_s));
        // Related order is kept: the first related story comes first.
        QVERIFY(html.indexOf(u"masthead-article:11"_s) < html.indexOf(u"masthead-article:12"_s));
    }
    void escapesEverythingButTheBody()
    {
        const QString html = renderer().render(seed());
        QVERIFY(html.contains(u"Walmart &lt;b&gt;Faces&lt;/b&gt; Backlash"_s));
        QVERIFY(!html.contains(u"Walmart <b>"_s));
    }
    void placeholdersInTextDoNotExpand()
    {
        ArticlePageData page = seed();
        page.headline = u"{{body}} and {{style}}"_s;
        const QString html = renderer().render(page);
        QVERIFY(html.contains(u"<h1>{{body}} and {{style}}</h1>"_s));
    }
    void alsoCoveredBy()
    {
        ArticlePageData page = seed();
        page.alsoCoveredBy = {u"Reuters"_s, u"AP"_s, u"BBC"_s, u"DW"_s};
        QVERIFY(renderer().render(page).contains(u"Also covered by Reuters, AP, +2"_s));
    }
    void paletteColours()
    {
        ArticlePageColors colors;
        colors.text = u"#123456"_s;
        QVERIFY(renderer().render(seed(), colors).contains(u"body{color:#123456}"_s));
    }
    void articleLinks()
    {
        QCOMPARE(ArticlePageRenderer::articleIdFromLink(ArticlePageRenderer::articleLink(42)), 42);
        QCOMPARE(ArticlePageRenderer::articleIdFromLink(QUrl(u"https://example.com/42"_s)), 0);
        QCOMPARE(ArticlePageRenderer::articleIdFromLink(QUrl(u"masthead-article:-3"_s)), 0);
        QCOMPARE(ArticlePageRenderer::articleIdFromLink(QUrl(u"masthead-article:abc"_s)), 0);
    }
    void remoteImagesWidenOnlyTheImagePolicy()
    {
        const QString path = QFINDTESTDATA("../../resources/article/article.html");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const ArticlePageRenderer real(QString::fromUtf8(file.readAll()), u"body{}"_s);
        const auto policy = [](const QString &html) {
            static const QRegularExpression re(u"http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\""_s);
            return re.match(html).captured(1);
        };
        ArticlePageData page = seed();
        page.uncachedImageCount = 3;
        QCOMPARE(policy(real.render(page)),
                 u"default-src 'none'; img-src masthead-cache: data:; style-src 'unsafe-inline'"_s);
        page.remoteImages = true;
        QCOMPARE(policy(real.render(page)),
                 u"default-src 'none'; img-src masthead-cache: data: http: https:; style-src 'unsafe-inline'"_s);
        QCOMPARE(policy(real.renderMessage(u"h"_s, u"t"_s)),
                 u"default-src 'none'; img-src masthead-cache: data:; style-src 'unsafe-inline'"_s);
        QVERIFY(real.render(page).contains(u"<meta name=\"referrer\" content=\"no-referrer\">"_s));
        // No script source ever, whatever the page.
        QVERIFY(!real.render(page).contains(u"script-src"_s));
    }
    void readingStyleBecomesCssVariables()
    {
        ArticlePageRenderer r(u"<style>{{style}}</style>{{body}}"_s, u":root{ {{reading}}}"_s);
        QString html = r.render(seed());
        QVERIFY2(html.contains(u"--reading-size: 17px;"_s), qPrintable(html));
        QVERIFY(html.contains(u"--reading-width: 80ch;"_s));
        QVERIFY(html.contains(u"--reading-spacing: 1.60;"_s));
        QVERIFY(html.contains(u"--reading-font: Georgia"_s));

        ReadingStyle style;
        style.fontFamily = u"DejaVu Sans"_s;
        style.fontSize = 99;       // clamped to 32
        style.lineWidth = 3;       // clamped to 40
        style.lineSpacing = qQNaN(); // the default
        r.setReadingStyle(style);
        html = r.render(seed());
        QVERIFY2(html.contains(u"--reading-font: \"DejaVu Sans\", serif;"_s), qPrintable(html));
        QVERIFY(html.contains(u"--reading-size: 32px;"_s));
        QVERIFY(html.contains(u"--reading-width: 40ch;"_s));
        QVERIFY(html.contains(u"--reading-spacing: 1.60;"_s));
    }

    void hostileFontNamesStayInsideTheirString()
    {
        ReadingStyle style;
        style.fontFamily = u"x\"; } body { display: none } </style><script>alert(1)</script>\\\n"_s;
        ArticlePageRenderer r(u"<style>{{style}}</style>{{body}}"_s, u":root{ {{reading}}}"_s);
        r.setReadingStyle(style);
        const QString html = r.render(seed());
        QCOMPARE(html.count(u"</style>"_s), 1);
        QVERIFY(!html.contains(u"<script"_s));
        const QString font = ArticlePageRenderer::readingVariables(style).first().second;
        // One string, then the fallback: no quote, brace, semicolon or angle
        // bracket of the name survives unescaped.
        QVERIFY2(font.startsWith(u'"') && font.endsWith(u"\", serif"_s), qPrintable(font));
        const QString inner = font.mid(1, font.size() - 9);
        for (QChar c : {u'"', u'{', u'}', u';', u'<', u'>', u'\n'})
            QVERIFY2(!inner.contains(c), qPrintable(inner));
        QCOMPARE(ArticlePageRenderer::cssString(u"a\"b"_s), u"\"a\\22 b\""_s);
        QCOMPARE(ArticlePageRenderer::cssString(u"Noto Sans CJK \u65e5"_s), u"\"Noto Sans CJK \\65e5 \""_s);
    }

    void unterminatedPlaceholder()
    {
        QCOMPARE(ArticlePageRenderer::fill(u"a {{b"_s, {{u"b"_s, u"x"_s}}), u"a {{b"_s);
        QCOMPARE(ArticlePageRenderer::fill(u"{{ b }}{{c}}"_s, {{u"b"_s, u"x"_s}}), u"x"_s);
    }
};

QTEST_GUILESS_MAIN(TestArticlePage)
#include "tst_articlepage.moc"
