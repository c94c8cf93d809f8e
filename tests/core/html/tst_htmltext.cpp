#include "html/htmltext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_HtmlText final : public QObject
{
    Q_OBJECT

private slots:
    void convert_data();
    void convert();
};

void tst_HtmlText::convert_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << u"just text"_s << u"just text"_s;
    QTest::newRow("paragraphs") << u"<p>One</p><p>Two</p>"_s << u"One\n\nTwo"_s;
    QTest::newRow("whitespace collapsed") << u"<p>  a \n\t  b  </p>"_s << u"a b"_s;
    QTest::newRow("nbsp collapsed") << u"<p>a&nbsp;&nbsp; b</p>"_s << u"a b"_s;
    QTest::newRow("inline stays inline") << u"<p>a<b>b</b><em>c</em> <a href=x>d</a></p>"_s << u"abc d"_s;
    QTest::newRow("br is a line break") << u"<p>a<br>b<br><br>c</p>"_s << u"a\nb\nc"_s;
    QTest::newRow("headings and lists")
        << u"<h1>Title</h1><ul><li>one</li><li>two</li></ul><ol><li>x</li></ol>"_s
        << u"Title\n\none\n\ntwo\n\nx"_s;
    QTest::newRow("nested blocks no extra gaps")
        << u"<div><div><p>a</p></div></div><div>b</div>"_s << u"a\n\nb"_s;
    QTest::newRow("blockquote and figure")
        << u"<blockquote><p>q</p></blockquote><figure><img src=x><figcaption>cap</figcaption></figure>"_s
        << u"q\n\ncap"_s;
    QTest::newRow("table cells") << u"<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>"_s
                                 << u"a b\n\nc"_s;
    QTest::newRow("entities") << u"<p>&amp; &lt;tag&gt; &eacute; &#x1F600;</p>"_s << u"& <tag> é 😀"_s;
    QTest::newRow("script and style skipped")
        << u"<p>a</p><script>var x = '<p>';</script><style>p{}</style><noscript>n</noscript><p>b</p>"_s
        << u"a\n\nb"_s;
    QTest::newRow("pre keeps lines") << u"<pre>line 1\nline 2</pre>"_s << u"line 1\nline 2"_s;
    QTest::newRow("document body only")
        << u"<!DOCTYPE html><html><head><title>T</title></head><body><p>Body</p></body></html>"_s
        << u"Body"_s;
    QTest::newRow("text around blocks") << u"before<p>inside</p>after"_s << u"before\n\ninside\n\nafter"_s;
    QTest::newRow("zero width space") << u"<p>a\u200B b</p>"_s << u"a b"_s;
}

void tst_HtmlText::convert()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(htmlToText(html), text);
}

QTEST_GUILESS_MAIN(tst_HtmlText)
#include "tst_htmltext.moc"
