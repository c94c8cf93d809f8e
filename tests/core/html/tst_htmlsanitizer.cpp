#include "executablecheck.h"
#include "html/htmlsanitizer.h"
#include "html/sanitizepolicy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_HtmlSanitizer final : public QObject
{
    Q_OBJECT

private slots:
    void xssVectors_data();
    void xssVectors();
    void keepsSemanticMarkup();
    void dropsScriptsAndHandlers();
    void resolvesRelativeUrls();
    void linksGetNoopener();
    void urlSchemes_data();
    void urlSchemes();
    void srcsetPicksBestCandidate_data();
    void srcsetPicksBestCandidate();
    void pictureBecomesOneImage();
    void imageRewriter();
    void remoteImagesCanBeBlocked();
    void dataImagesOnlyRaster();
    void escapesTextAndAttributes();
    void outputIsFragment();
    void repeatedAttributeFirstWins();
    void plainUrlsAsQUrlPrintsThem_data();
    void plainUrlsAsQUrlPrintsThem();
    void imageUrlsMatchKeptImages();
    void imageUrlsDeduplicated();
    void storedImageUrlsReadEveryImage();
    void plainTextMatchesTheParser_data();
    void plainTextMatchesTheParser();
    void plainTextMatchesTheParserOnRandomText();
};

void tst_HtmlSanitizer::xssVectors_data()
{
    QTest::addColumn<QString>("input");
    const char16_t *const vectors[] = {
        // Event handlers
        u"<img src=x onerror=alert(1)>",
        u"<body onload=alert(1)>text</body>",
        u"<svg onload=alert(1)>",
        u"<div onmouseover=\"alert(1)\">x</div>",
        u"<a href=\"#\" onclick=\"alert(1)\">x</a>",
        u"<input autofocus onfocus=alert(1)>",
        u"<details open ontoggle=alert(1)>x</details>",
        u"<video><source onerror=alert(1)></video>",
        u"<audio src=x onerror=alert(1)>",
        u"<marquee onstart=alert(1)>x</marquee>",
        u"<p ONCLICK=alert(1)>x</p>",
        u"<img src=x onerror  =  alert(1)>",
        u"<img/src=x/onerror=alert(1)>",
        u"<body/onload=alert(1)>",
        u"<style onload=alert(1)></style>",
        u"<iframe onload=alert(1)></iframe>",
        u"<object onerror=alert(1)></object>",
        u"<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        u"<table><tr><td onmouseover=alert(1)>x</td></tr></table>",
        u"<isindex type=image src=1 onerror=alert(1)>",
        u"<select onfocus=alert(1) autofocus><option>x</option></select>",
        u"<textarea onfocus=alert(1) autofocus>x</textarea>",
        u"<keygen onfocus=alert(1) autofocus>",
        u"<x onclick=alert(1)>click</x>",
        u"<span onpointerenter=alert(1)>x</span>",
        u"<img src=x onerror=&#97;lert(1)>",
        u"<h1 onanimationstart=alert(1) style=\"animation-name:x\">x</h1>",
        u"<a onfocus=alert(1) autofocus href=#>x</a>",
        // Script elements
        u"<script>alert(1)</script>",
        u"<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
        u"<scr<script>ipt>alert(1)</scr</script>ipt>",
        u"<script/src=data:,alert(1)>",
        u"<<script>script>alert(1)//<</script>",
        u"<svg><script>alert(1)</script></svg>",
        u"<math><script>alert(1)</script></math>",
        u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        u"<template><script>alert(1)</script></template>",
        u"<script type=\"text/template\"><img src=x onerror=alert(1)></script>",
        // Script and data URLs, plain and encoded
        u"<a href=\"javascript:alert(1)\">x</a>",
        u"<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        u"<a href=\" javascript:alert(1)\">x</a>",
        u"<a href=\"java&#x09;script:alert(1)\">x</a>",
        u"<a href=\"java&#10;script:alert(1)\">x</a>",
        u"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        u"<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        u"<a href=\"javascript&colon;alert(1)\">x</a>",
        u"<a href=\"jav&Tab;ascript:alert(1)\">x</a>",
        u"<a href=\"%6A%61%76%61%73%63%72%69%70%74:alert(1)\">x</a>",
        u"<a href=\"vbscript:msgbox(1)\">x</a>",
        u"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        u"<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        u"<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        u"<img src=\"data:text/html,<script>alert(1)</script>\">",
        u"<img src=\"javascript:alert(1)\">",
        u"<img src=\"vbscript:alert(1)\">",
        u"<img src=\" &#14;  javascript:alert(1)\">",
        u"<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
        u"<a href=\"\x01javascript:alert(1)\">x</a>",
        u"<a href=\"livescript:alert(1)\">x</a>",
        u"<a href=\"javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>\">x</a>",
        u"<q cite=\"javascript:alert(1)\">x</q>",
        u"<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
        u"<img srcset=\"javascript:alert(1) 1x\">",
        u"<picture><source srcset=\"javascript:alert(1)\"><img src=x></picture>",
        u"<img src=x lowsrc=\"javascript:alert(1)\" dynsrc=\"javascript:alert(1)\">",
        u"<video poster=javascript:alert(1)></video>",
        u"<a href=\"data:image/png;base64,AAAA\">x</a>",
        u"<div><a href=\"jAvAsCrIpT&colon;alert&lpar;1&rpar;\">x</a></div>",
        u"<a href=\"javascript&#58;alert(1)\">x</a>",
        u"<a href=\"&#x0A;javascript:alert(1)\">x</a>",
        // SVG and MathML tricks
        u"<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        u"<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        u"<svg><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
        u"<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>",
        u"<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></iframe></foreignObject></svg>",
        u"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        u"<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        u"<math href=\"javascript:alert(1)\">x</math>",
        u"<svg><style><img src=x onerror=alert(1)></style></svg>",
        u"<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        u"<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title=\"</style><img src onerror=alert(1)>\"></style></h1></math>",
        u"<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
        u"<svg><desc><style><img src=x onerror=alert(1)></style></desc></svg>",
        u"<math><annotation-xml encoding=\"text/html\"><style><img src=x onerror=alert(1)></style></annotation-xml></math>",
        u"<svg><p><style><img src=x onerror=alert(1)></style></p></svg>",
        // mXSS and serialisation
        u"<p title=\"&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">x</p>",
        u"<img src=a.png alt=\"&quot;><script>alert(1)</script>\">",
        u"<a title=\"``onmouseover=alert(1)\" href=/x>x</a>",
        u"<listing>&lt;img src=x onerror=alert(1)&gt;</listing>",
        u"<xmp><img src=x onerror=alert(1)></xmp>",
        u"<noembed><img title=\"</noembed><img src onerror=alert(1)>\"></noembed>",
        u"<noframes><img title=\"</noframes><img src onerror=alert(1)>\"></noframes>",
        u"<textarea><img title=\"</textarea><img src onerror=alert(1)>\"></textarea>",
        u"<title><img title=\"</title><img src onerror=alert(1)>\"></title>",
        u"<style><img title=\"</style><img src onerror=alert(1)>\"></style>",
        u"<iframe><img title=\"</iframe><img src onerror=alert(1)>\"></iframe>",
        u"<plaintext><img src=x onerror=alert(1)>",
        u"<!--><img src=x onerror=alert(1)>-->",
        u"<!-- --!><img src=x onerror=alert(1)> -->",
        u"<![CDATA[><img src=x onerror=alert(1)>]]>",
        u"<div id=\"a\"><!--</div><img src=x onerror=alert(1)>--></div>",
        u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
        u"<select><template><style><img src=x onerror=alert(1)></style></template></select>",
        u"<table><style><img src=x onerror=alert(1)></style></table>",
        u"<a href=\"x\" title=\"a&#x22; onclick=alert(1) b\">x</a>",
        u"<pre>\n<img src=x onerror=alert(1)></pre>",
        u"<table><tr><td>a<form><td>b<svg><style></td></tr></table><img src=x onerror=alert(1)>",
        // srcdoc, frames, plugins
        u"<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        u"<iframe src=\"javascript:alert(1)\"></iframe>",
        u"<frameset><frame src=\"javascript:alert(1)\"></frameset>",
        u"<object data=\"javascript:alert(1)\"></object>",
        u"<embed src=\"javascript:alert(1)\">",
        u"<applet code=\"x\"></applet>",
        u"<portal src=\"https://evil.example\"></portal>",
        u"<div srcdoc=\"<script>alert(1)</script>\">x</div>",
        // <base>, <meta>, <link>
        u"<base href=\"javascript:alert(1)//\"><a href=x>x</a>",
        u"<base href=\"https://evil.example/\"><a href=\"rel\">x</a>",
        u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        u"<meta http-equiv=\"Set-Cookie\" content=\"a=b\">",
        u"<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
        u"<link rel=import href=\"https://evil.example/x.html\">",
        // CSS
        u"<div style=\"width: expression(alert(1))\">x</div>",
        u"<div style=\"background:url(javascript:alert(1))\">x</div>",
        u"<div style=\"behavior: url(xss.htc)\">x</div>",
        u"<div style=\"-moz-binding:url(http://evil.example/xss.xml#x)\">x</div>",
        u"<style>@import 'http://evil.example/x.css';</style>",
        u"<div style=\"background-image: url(&#1;javascript:alert(1))\">x</div>",
        u"<p style=\"x:\\65xpression(alert(1))\">x</p>",
        // Forms
        u"<form action=\"javascript:alert(1)\"><input type=submit></form>",
        u"<form id=test></form><button form=test formaction=javascript:alert(1)>x</button>",
        u"<input type=\"image\" src=\"javascript:alert(1)\">",
        u"<isindex action=javascript:alert(1) type=image>",
        // Nested and broken markup
        u"<img src=\"x",
        u"<a href=\"javascript:alert(1)\"",
        u"<div><script>alert(1)</div>",
        u"<<img src=x onerror=alert(1)>>",
        u"<img src=x onerror=alert(1)//",
        u"<scr{NUL}ipt>alert(1)</scr{NUL}ipt>",
        u"<a href=javas{NUL}cript:alert(1)>x</a>",
        u"<img src=x:alert(alt) onerror=eval(src) alt=0>",
        u"<svg/onload=alert(1)//",
        u"\"><script>alert(1)</script>",
        u"</textarea><script>alert(1)</script>",
        u"<IMG \"\"\"><SCRIPT>alert(1)</SCRIPT>\">",
        u"<a href=\"https://ok.example/\" onclick=alert(1)>ok</a>",
        u"<b><i><u><s><script>alert(1)</script></s></u></i></b>",
        u"<table><td><a href=javascript:alert(1)>x</a></td></table>",
    };
    int i = 0;
    for (const char16_t *v : vectors) {
        const QString input = QString::fromUtf16(v).replace(u"{NUL}"_s, QString(QChar(0)));
        QTest::addRow("%03d", i++) << input;
    }
    QVERIFY(i >= 100);
}

void tst_HtmlSanitizer::xssVectors()
{
    QFETCH(QString, input);
    for (const QUrl &base : {QUrl(), QUrl(u"https://news.example/a/b.html"_s)}) {
        SanitizeOptions options;
        options.baseUrl = base;
        const QString output = sanitizeHtml(input, options);
        const QStringList problems = ExecutableCheck::executableParts(output);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ") + u" in output: "_s + output));
        // Stable under re-sanitizing: what the pane parses is what we checked.
        const QString again = sanitizeHtml(output, options);
        QVERIFY2(ExecutableCheck::executableParts(again).isEmpty(), qPrintable(again));
    }
}

void tst_HtmlSanitizer::keepsSemanticMarkup()
{
    const QString input = u"<article><h2>Title</h2><p>Some <em>em</em> <strong>strong</strong> "
                          "<code>code</code></p><ul><li>one</li></ul><ol start=\"3\"><li>three</li></ol>"
                          "<blockquote><p>quote</p></blockquote><figure><img src=\"https://x.example/a.png\" "
                          "alt=\"A\" width=\"10\" height=\"20\"><figcaption>cap</figcaption></figure>"
                          "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td colspan=\"2\">d</td></tr>"
                          "</tbody></table><pre><code>x = 1;</code></pre><dl><dt>t</dt><dd>d</dd></dl></article>"_s;
    const QString out = sanitizeHtml(input);
    for (const char *needle :
         {"<h2>Title</h2>", "<em>em</em>", "<strong>strong</strong>", "<code>code</code>",
          "<ul><li>one</li></ul>", "<ol start=\"3\">", "<blockquote><p>quote</p></blockquote>",
          "<figure><img src=\"https://x.example/a.png\" alt=\"A\" width=\"10\" height=\"20\">",
          "<figcaption>cap</figcaption>", "<th>h</th>", "<td colspan=\"2\">d</td>",
          "<pre><code>x = 1;</code></pre>", "<dt>t</dt><dd>d</dd>"})
        QVERIFY2(out.contains(QLatin1String(needle)), qPrintable(QLatin1String(needle) + u" missing in "_s + out));
}

void tst_HtmlSanitizer::dropsScriptsAndHandlers()
{
    const QString out = sanitizeHtml(
        u"<div class=\"c\" id=\"i\" style=\"color:red\" onclick=\"x()\">Hi<script>evil()</script>"
        "<style>p{}</style><iframe src=\"https://a.example\"></iframe><form action=\"/x\">"
        "<input name=q><button>Go</button>Form text</form></div>"_s);
    QCOMPARE(out, u"<div>HiForm text</div>"_s);
}

void tst_HtmlSanitizer::resolvesRelativeUrls()
{
    SanitizeOptions options;
    options.baseUrl = QUrl(u"https://news.example/section/story.html"_s);
    const QString out = sanitizeHtml(
        u"<a href=\"../other.html\">a</a><a href=\"//cdn.example/x\">b</a><a href=\"#top\">c</a>"
        "<img src=\"img/photo.jpg\">"_s,
        options);
    QVERIFY2(out.contains(u"href=\"https://news.example/other.html\""_s), qPrintable(out));
    QVERIFY2(out.contains(u"href=\"https://cdn.example/x\""_s), qPrintable(out));
    QVERIFY2(out.contains(u"href=\"#top\""_s), qPrintable(out));
    QVERIFY2(out.contains(u"src=\"https://news.example/section/img/photo.jpg\""_s), qPrintable(out));
}

void tst_HtmlSanitizer::linksGetNoopener()
{
    const QString out = sanitizeHtml(u"<a href=\"https://a.example/\" rel=\"opener\" target=\"_top\">a</a>"_s);
    QCOMPARE(out, u"<a href=\"https://a.example/\" rel=\"noopener noreferrer\">a</a>"_s);
}

void tst_HtmlSanitizer::urlSchemes_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<bool>("kept");
    QTest::newRow("https") << u"https://a.example/"_s << true;
    QTest::newRow("http") << u"http://a.example/"_s << true;
    QTest::newRow("mailto") << u"mailto:a@example.com"_s << true;
    QTest::newRow("tel") << u"tel:+123"_s << true;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("vbscript") << u"vbscript:x"_s << false;
    QTest::newRow("data") << u"data:text/html,x"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("ftp") << u"ftp://a.example/"_s << false;
    QTest::newRow("custom") << u"masthead-cache:abc"_s << false;
}

void tst_HtmlSanitizer::urlSchemes()
{
    QFETCH(QString, href);
    QFETCH(bool, kept);
    const QString out = sanitizeHtml(u"<a href=\""_s + href + u"\">x</a>"_s);
    QCOMPARE(out.contains(u"href="_s), kept);
}

void tst_HtmlSanitizer::srcsetPicksBestCandidate_data()
{
    QTest::addColumn<QString>("img");
    QTest::addColumn<QString>("expected");
    QTest::newRow("widths: smallest >= 800")
        << u"<img src=\"s.jpg\" srcset=\"a.jpg 400w, b.jpg 900w, c.jpg 1600w, d.jpg 820w\">"_s
        << u"https://x.example/d.jpg"_s;
    QTest::newRow("widths: all small, widest")
        << u"<img srcset=\"a.jpg 300w, b.jpg 600w\">"_s << u"https://x.example/b.jpg"_s;
    QTest::newRow("densities: largest <= 2x")
        << u"<img src=\"a.jpg\" srcset=\"b.jpg 2x, c.jpg 3x, d.jpg 1.5x\">"_s << u"https://x.example/b.jpg"_s;
    QTest::newRow("densities: only 3x")
        << u"<img srcset=\"c.jpg 3x\">"_s << u"https://x.example/c.jpg"_s;
    QTest::newRow("no descriptor")
        << u"<img srcset=\"only.jpg\">"_s << u"https://x.example/only.jpg"_s;
    QTest::newRow("commas in url")
        << u"<img srcset=\"https://c.example/i/w_800,h_600/p.jpg 800w, https://c.example/i/w_400,h_300/p.jpg 400w\">"_s
        << u"https://c.example/i/w_800,h_600/p.jpg"_s;
    QTest::newRow("lazy data-src")
        << u"<img data-src=\"lazy.jpg\">"_s << u"https://x.example/lazy.jpg"_s;
}

void tst_HtmlSanitizer::srcsetPicksBestCandidate()
{
    QFETCH(QString, img);
    QFETCH(QString, expected);
    SanitizeOptions options;
    options.baseUrl = QUrl(u"https://x.example/"_s);
    const QString out = sanitizeHtml(img, options);
    QCOMPARE(out, u"<img src=\""_s + expected + u"\">"_s);
}

void tst_HtmlSanitizer::pictureBecomesOneImage()
{
    SanitizeOptions options;
    options.baseUrl = QUrl(u"https://x.example/"_s);
    QCOMPARE(sanitizeHtml(u"<picture><source type=\"image/svg+xml\" srcset=\"v.svg\">"
                          "<source type=\"image/webp\" srcset=\"p1.webp 1x, p2.webp 2x\">"
                          "<img src=\"fallback.jpg\" alt=\"Alt\"></picture>"_s,
                          options),
             u"<img src=\"https://x.example/p2.webp\" alt=\"Alt\">"_s);
    QCOMPARE(sanitizeHtml(u"<picture><img src=\"only.jpg\"></picture>"_s, options),
             u"<img src=\"https://x.example/only.jpg\">"_s);
    QCOMPARE(sanitizeHtml(u"<picture></picture>"_s, options), QString());
}

void tst_HtmlSanitizer::imageRewriter()
{
    SanitizeOptions options;
    options.baseUrl = QUrl(u"https://x.example/"_s);
    QList<QUrl> seen;
    options.imageUrlRewriter = [&seen](const QUrl &url) {
        seen.append(url);
        return url.path() == u"/cached.jpg" ? u"masthead-cache:0123abcd"_s : QString();
    };
    const QString out = sanitizeHtml(u"<img src=\"cached.jpg\"><img src=\"other.jpg\">"_s, options);
    QCOMPARE(out, u"<img src=\"masthead-cache:0123abcd\"><img src=\"https://x.example/other.jpg\">"_s);
    QCOMPARE(seen, (QList<QUrl>{QUrl(u"https://x.example/cached.jpg"_s), QUrl(u"https://x.example/other.jpg"_s)}));
}

void tst_HtmlSanitizer::remoteImagesCanBeBlocked()
{
    SanitizeOptions options;
    options.allowRemoteImages = false;
    options.imageUrlRewriter = [](const QUrl &url) {
        return url.fileName() == u"have.png" ? u"masthead-cache:1"_s : QString();
    };
    QCOMPARE(sanitizeHtml(u"<p><img src=\"https://a.example/have.png\"><img src=\"https://a.example/missing.png\">x</p>"_s, options),
             u"<p><img src=\"masthead-cache:1\">x</p>"_s);
}

void tst_HtmlSanitizer::dataImagesOnlyRaster()
{
    const QString png = u"data:image/png;base64,iVBORw0KGgo="_s;
    QCOMPARE(sanitizeHtml(u"<img src=\""_s + png + u"\">"_s), u"<img src=\""_s + png + u"\">"_s);
    QCOMPARE(sanitizeHtml(u"<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">"_s), QString());
    QCOMPARE(sanitizeHtml(u"<img src=\"data:text/html,hi\">"_s), QString());
}

void tst_HtmlSanitizer::escapesTextAndAttributes()
{
    QCOMPARE(sanitizeHtml(u"<p title='a\"b&lt;c'>1 &lt; 2 &amp;&amp; 3 &gt; 2&nbsp;!</p>"_s),
             u"<p title=\"a&quot;b&lt;c\">1 &lt; 2 &amp;&amp; 3 &gt; 2&nbsp;!</p>"_s);
    QCOMPARE(sanitizeHtml(u"<pre>\n\nx</pre>"_s), u"<pre>\n\nx</pre>"_s);
    // Raw-text preformatted elements keep their text, escaped, as <pre>.
    QCOMPARE(sanitizeHtml(u"<xmp><b>x</b></xmp>"_s), u"<pre>&lt;b&gt;x&lt;/b&gt;</pre>"_s);
}

void tst_HtmlSanitizer::outputIsFragment()
{
    const QString out = sanitizeHtml(
        u"<!DOCTYPE html><html><head><title>T</title><meta charset=utf-8></head><body><p>Body</p></body></html>"_s);
    QCOMPARE(out, u"<p>Body</p>"_s);
    QCOMPARE(sanitizeHtml(QString()), QString());
    QCOMPARE(sanitizeHtml(u"plain text"_s), u"plain text"_s);
}

void tst_HtmlSanitizer::imageUrlsMatchKeptImages()
{
    const QString html = u"<img src=\"a.jpg\"><img src=\"javascript:x\"><img srcset=\"b.jpg 400w, c.jpg 1000w\">"
                         "<picture><source srcset=\"d.webp\"><img src=\"e.jpg\"></picture>"
                         "<img src=\"data:image/png;base64,AAAA\"><svg><image href=\"f.jpg\"/></svg>"_s;
    const QList<QUrl> urls = imageUrls(html, QUrl(u"https://x.example/p/"_s));
    QCOMPARE(urls, (QList<QUrl>{QUrl(u"https://x.example/p/a.jpg"_s), QUrl(u"https://x.example/p/c.jpg"_s),
                                QUrl(u"https://x.example/p/d.webp"_s)}));
}

// The HTML standard drops an attribute whose name the tag already had, as
// browsers do: the pane must see the first href, and the output must parse
// back to the same tree (a second href would be dropped there).
void tst_HtmlSanitizer::repeatedAttributeFirstWins()
{
    QCOMPARE(sanitizeHtml(u"<a href=\"https://a.example/\" title=one href=\"https://b.example/\" "
                          "TITLE=two>x</a>"_s),
             u"<a href=\"https://a.example/\" title=\"one\" rel=\"noopener noreferrer\">x</a>"_s);
}

// safeUrl() skips QUrl for URLs QUrl would print unchanged: it must give
// what QUrl gives, on those and on near misses.
void tst_HtmlSanitizer::plainUrlsAsQUrlPrintsThem_data()
{
    QTest::addColumn<QString>("url");
    const char16_t *const urls[] = {
        u"https://a.example/",
        u"http://a.example",
        u"https://news.a-b.example:8080/2026/12/06/story-1.html?id=3&x=y;z=(1)#top",
        u"https://a.example/p?q=a,b*c+d!e$f~g_h.i:j@k/l?m",
        u"https://a.example:80/",
        u"https://A.example/",
        u"HTTPS://a.example/",
        u"https://a.example/%7Euser",
        u"https://a.example/a b",
        u"https://a.example/\u00e9t\u00e9",
        u"https://a.example/a#b#c",
        u"https://a.example/./a/../b",
        u"https://a.example/x'y",
        u"https://a.example/x\"y",
        u"https://a.example/x[1]",
        u"https://a.example/x{1}|^`",
        u"https://user:pw@a.example/",
        u"https://[::1]/",
        u"https://a..example/",
        u"https://-a.example/",
        u"https://a-.example/",
        u"https://xn--bcher-kva.example/",
        u"https://a.example:/",
        u"https://a.example:123456/",
        u"https://a.example\\b",
        u"https:a.example",
        u"https:///a",
        u"https://a.example./",
        u"https://127.0.0.1:8080/img/1.png",
    };
    for (const char16_t *url : urls)
        QTest::newRow(QStringView(url).toUtf8().constData()) << QStringView(url).toString();
}

void tst_HtmlSanitizer::plainUrlsAsQUrlPrintsThem()
{
    QFETCH(QString, url);
    const QUrl parsed(url, QUrl::TolerantMode);
    const QString expected = parsed.isValid() ? parsed.toString(QUrl::FullyEncoded) : QString();
    QCOMPARE(HtmlDom::safeUrl(url, QUrl(), HtmlDom::UrlUse::Link), expected);
}

void tst_HtmlSanitizer::imageUrlsDeduplicated()
{
    const QList<QUrl> urls = imageUrls(u"<img src=\"https://a.example/x.png\"><p><img src=\"https://a.example/x.png\"></p>"_s, QUrl());
    QCOMPARE(urls, QList<QUrl>{QUrl(u"https://a.example/x.png"_s)});
}

void tst_HtmlSanitizer::plainTextMatchesTheParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("words") << u"w123 w456 w789"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("markup characters") << u"a < b && c > d \"q\" 'x' &amp; <p>not a tag</p>"_s;
    QTest::newRow("unicode") << u"Caf\u00e9 \u65b0\u805e \U0001F4F0 \u00a0nbsp"_s;
    QTest::newRow("leading space") << u"  indented"_s;
    QTest::newRow("leading newline") << u"\nline"_s;
    QTest::newRow("trailing space") << u"end  "_s;
    QTest::newRow("inner whitespace") << u"a\t\tb\n\nc  d\fe"_s;
    QTest::newRow("carriage return") << u"a\r\nb\rc"_s;
    QTest::newRow("nul") << u"a"_s + QChar(0) + u"b"_s;
    QTest::newRow("lone surrogate") << u"a"_s + QChar(0xd800) + u"b"_s;
    QTest::newRow("controls") << u"a\u0001b\u007fc\u0085d"_s;
    QTest::newRow("only spaces") << u"   "_s;
    QTest::newRow("vertical tab") << u"a\vb"_s;
    QTest::newRow("noncharacters") << u"a\ufdd0b\ufffec\uffff"_s;
    QTest::newRow("replacement character") << u"a\ufffdb"_s;
    QTest::newRow("latin-1 and specials") << u"\u00a0\u00ff\u2028\u2029\ufeff"_s;
}

// A text-only item skips the parser: it must give what the parser gives.
void tst_HtmlSanitizer::plainTextMatchesTheParser()
{
    QFETCH(QString, text);
    const SanitizedHtml parsed = sanitizeHtmlWithText(text.toHtmlEscaped());
    const SanitizedHtml direct = plainTextAsHtml(text);
    QCOMPARE(direct.html, parsed.html);
    QCOMPARE(direct.text, parsed.text);
}

void tst_HtmlSanitizer::plainTextMatchesTheParserOnRandomText()
{
    const QString alphabet = u"ab \t\n\f\r<>&;\"'=/!#x\u00a0\u00e9\u0001\u007f\u0085\ufdd0\ufffd\u4e2d"_s
            + QChar(0) + QChar(0xd83d) + QChar(0xdcf0);
    QRandomGenerator random(7);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = int(random.bounded(40));
        for (int i = 0; i < length; ++i)
            text += alphabet.at(random.bounded(int(alphabet.size())));
        const SanitizedHtml parsed = sanitizeHtmlWithText(text.toHtmlEscaped());
        const SanitizedHtml direct = plainTextAsHtml(text);
        QVERIFY2(direct.html == parsed.html && direct.text == parsed.text, text.toUtf8().toPercentEncoding().constData());
    }
}

QTEST_GUILESS_MAIN(tst_HtmlSanitizer)
#include "tst_htmlsanitizer.moc"

// storedImageUrls reads the serializer's output without parsing it, and
// parses whatever else it is given: the same URLs as imageUrls() either way.
void tst_HtmlSanitizer::storedImageUrlsReadEveryImage()
{
    const QUrl base(u"https://x.example/p/"_s);
    const QStringList bodies {
            u"<p>No picture at all.</p>"_s,
            u"<p>a<img src=\"a.png\"> b <img src=\"https://y.example/b.jpg?x=1&amp;y=2\"></p>"_s,
            u"<p><IMG SRC=\"upper.png\"><img src=\"lower.png\"></p>"_s,
            u"<p><img alt=\"first\" src=\"alt-first.png\"></p>"_s,
            u"<p><img src=\"a.png\" srcset=\"a2.png 2x, a3.png 3x\"></p>"_s,
            u"<p><img src=\"a.png\" SRCSET=\"a2.png 2x\"></p>"_s,
            u"<picture><Source srcset=\"s.webp\"><img src=\"p.png\"></picture>"_s,
            u"<p>The word srcset in the text, and <img src=\"t.png\"></p>"_s,
            u"<p>Long s: \u017Frcset, <img src=\"l.png\"></p>"_s,
            u"<p>Ends in a tag start <im"_s,
    };
    for (const QString &body : bodies)
        QCOMPARE(storedImageUrls(body, base), imageUrls(body, base));
    QCOMPARE(storedImageUrls(bodies.at(1), base),
             (QList<QUrl> {QUrl(u"https://x.example/p/a.png"_s),
                           QUrl(u"https://y.example/b.jpg?x=1&y=2"_s)}));
}
