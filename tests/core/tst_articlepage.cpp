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
    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(ArticlePageColors::contrastRatio(u"#000000"_s, u"#ffffff"_s) * 100), 2100);
        QCOMPARE(ArticlePageColors::contrastRatio(u"#777777"_s, u"#777777"_s), 1.0);
        // #767676 on white is the classic 4.54:1.
        QCOMPARE(qRound(ArticlePageColors::contrastRatio(u"#767676"_s, u"#ffffff"_s) * 100), 454);
        QCOMPARE(ArticlePageColors::contrastRatio(u"red"_s, u"#ffffff"_s), 1.0);
    }

    void everyTextColourReads_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("muted");
        QTest::addColumn<QString>("link");
        // The desktops and Masthead's own palettes, and palettes that go wrong.
        QTest::newRow("light") << u"#ffffff"_s << u"#202124"_s << u"#5f6368"_s << u"#1a57c8"_s;
        QTest::newRow("dark") << u"#1e1f22"_s << u"#e8eaed"_s << u"#a8abb0"_s << u"#8ab4f8"_s;
        QTest::newRow("high contrast") << u"#000000"_s << u"#ffffff"_s << u"#00ff00"_s << u"#ffff00"_s;
        QTest::newRow("high contrast light") << u"#ffffff"_s << u"#000000"_s << u"#000080"_s << u"#0000ee"_s;
        QTest::newRow("Breeze dark, half-strength placeholder") << u"#232629"_s << u"#fcfcfc"_s << u"#5e6062"_s
                                                               << u"#1d99f3"_s;
        QTest::newRow("faint grey on white") << u"#ffffff"_s << u"#bbbbbb"_s << u"#eeeeee"_s << u"#aaccff"_s;
        QTest::newRow("text as the base") << u"#777777"_s << u"#777777"_s << u"#777777"_s << u"#777777"_s;
        QTest::newRow("dark link on dark") << u"#101010"_s << u"#dddddd"_s << u"#303030"_s << u"#0000aa"_s;
        QTest::newRow("not colours") << u"white"_s << u""_s << u"#12"_s << u"#zzzzzz"_s;
    }
    void everyTextColourReads()
    {
        QFETCH(QString, base);
        QFETCH(QString, text);
        QFETCH(QString, muted);
        QFETCH(QString, link);
        ArticlePageColors colors;
        colors.base = base;
        colors.text = text;
        colors.muted = muted;
        colors.link = link;
        const ArticlePageColors legible = colors.legible();
        for (const QString &foreground : {legible.text, legible.muted, legible.link}) {
            const double ratio = ArticlePageColors::contrastRatio(foreground, legible.base);
            QVERIFY2(ratio >= ArticlePageColors::MinimumContrast,
                     qPrintable(u"%1 on %2: %3"_s.arg(foreground, legible.base).arg(ratio)));
        }
        // Colours that already read are kept as they are.
        if (ArticlePageColors::contrastRatio(text, base) >= 4.5)
            QCOMPARE(legible.text, text);
        if (ArticlePageColors::contrastRatio(link, base) >= 4.5)
            QCOMPARE(legible.link, link);
        // And the page is built with them.
        const QString html = renderer().render(seed(), colors);
        QVERIFY(html.contains(u"body{color:%1}"_s.arg(legible.text)));
    }

    void rightToLeftArticles_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("rtl");
        const QString english = u"<p>The council met on Tuesday to discuss the budget.</p>"_s;
        const QString hebrew = u"<p>הממשלה התכנסה היום</p>"_s;
        const QString arabic = u"<p>اجتمع المجلس يوم الثلاثاء <a href=\"https://example.com/a\">link</a></p>"_s;
        const QString persian = u"<p>دولت امروز تشکیل جلسه داد</p>"_s;
        QTest::newRow("he by language") << u"he"_s << u"Headline"_s << english << true;
        QTest::newRow("ar-EG by language") << u"ar-EG"_s << u"x"_s << english << true;
        QTest::newRow("fa_IR by language") << u"fa_IR"_s << u"x"_s << english << true;
        QTest::newRow("iw (old Hebrew code)") << u"iw"_s << u"x"_s << english << true;
        QTest::newRow("ku-Arab script") << u"ku-Arab"_s << u"x"_s << english << true;
        QTest::newRow("az-Latn script") << u"az-Latn"_s << u"x"_s << english << false;
        QTest::newRow("Hebrew text, no language") << QString() << QString() << hebrew << true;
        QTest::newRow("Arabic text, feed says en") << u"en-US"_s << QString() << arabic << true;
        QTest::newRow("Persian text") << QString() << QString() << persian << true;
        QTest::newRow("English") << u"en"_s << u"Headline"_s << english << false;
        QTest::newRow("English quoting Arabic") << QString() << u"Talks"_s
                                                << english + english + u"<p>سلام</p>"_s << false;
        QTest::newRow("nothing") << QString() << QString() << QString() << false;
    }
    void rightToLeftArticles()
    {
        QFETCH(QString, language);
        QFETCH(QString, headline);
        QFETCH(QString, body);
        QFETCH(bool, rtl);
        QCOMPARE(ArticlePageRenderer::isRightToLeft(language, QString(headline + body)), rtl);
        ArticlePageData page = seed();
        page.language = language;
        page.headline = headline;
        page.bodyHtml = body;
        ArticlePageRenderer withDir(u"<html lang=\"{{uiLang}}\" dir=\"{{uiDir}}\"><article dir=\"{{dir}}\">{{body}}</article>"_s,
                                    QString(), QLocale(QLocale::English));
        const QString html = withDir.render(page);
        QVERIFY2(html.contains(rtl ? u"<article dir=\"rtl\">"_s : u"<article dir=\"ltr\">"_s), qPrintable(html));
        // The page around the article is in the window's language and direction.
        QVERIFY(html.startsWith(u"<html lang=\"en\" dir=\"ltr\">"_s));
        ArticlePageRenderer arabicUi(u"<html dir=\"{{uiDir}}\">"_s, QString(), QLocale(QLocale::Arabic, QLocale::Egypt));
        QCOMPARE(arabicUi.render(page), u"<html dir=\"rtl\">"_s);
    }

    void pageColorSchemeFollowsTheBase()
    {
        ArticlePageRenderer renderer(u"<style>{{style}}</style>"_s, u":root{color-scheme:{{scheme}}}"_s);
        ArticlePageColors dark;
        dark.base = u"#1e1f22"_s;
        dark.text = u"#e8eaed"_s;
        QVERIFY(renderer.render(seed(), dark).contains(u"color-scheme:dark"_s));
        QVERIFY(renderer.render(seed(), ArticlePageColors()).contains(u"color-scheme:light"_s));
    }
};

QTEST_GUILESS_MAIN(TestArticlePage)
#include "tst_articlepage.moc"
