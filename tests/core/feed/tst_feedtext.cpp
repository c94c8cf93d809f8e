// FeedText::htmlToPlainText: markup dropped, references decoded, white space
// collapsed the same way whether the text takes the bulk-copy path (printable
// ASCII between tags) or the character-by-character one.

#include "feed/feedtext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedText final : public QObject
{
    Q_OBJECT

private slots:
    void plainText_data();
    void plainText();
    void plainTextMatchesTokenModel();
};

void TestFeedText::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("plain");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("words") << u"the council announced"_s << u"the council announced"_s;
    QTest::newRow("double spaces") << u"a  b   c    d"_s << u"a b c d"_s;
    // 8 and 16 code units in: where a vector block ends
    QTest::newRow("double space at block end")
            << u"abcdefg  hijklmnopqrst"_s << u"abcdefg hijklmnopqrst"_s;
    QTest::newRow("double space across blocks")
            << u"abcdefgh  ijklmno  pqrstuvwx"_s << u"abcdefgh ijklmno pqrstuvwx"_s;
    QTest::newRow("leading and trailing") << u"  \t lead and trail \n "_s << u"lead and trail"_s;
    QTest::newRow("space before tag") << u"<p>one </p><p> two</p>"_s << u"one two"_s;
    QTest::newRow("tags separate words") << u"one<br>two<p>three</p>"_s << u"one two three"_s;
    QTest::newRow("tabs and newlines") << u"a\tb\nc\r\nd"_s << u"a b c d"_s;
    QTest::newRow("space then tab") << u"a \tb"_s << u"a b"_s;
    QTest::newRow("nbsp and unicode spaces") << u"a\u00a0b\u2028c\u200b d"_s << u"a b c d"_s;
    QTest::newRow("non-ascii") << u"café — naïve 日本語 text"_s << u"café — naïve 日本語 text"_s;
    QTest::newRow("surrogates") << u"emoji 😀 here"_s << u"emoji 😀 here"_s;
    QTest::newRow("references") << u"Fish &amp; Chips &lt;3 &#233;t&#xE9; &nbsp;x"_s
                                << u"Fish & Chips <3 été x"_s;
    QTest::newRow("reference to a space") << u"a&#32;&#32;b&#x20;"_s << u"a b"_s;
    QTest::newRow("astral reference") << u"x &#128512; y &#x1F600;"_s << u"x 😀 y 😀"_s;
    QTest::newRow("windows-1252 reference") << u"&#147;quoted&#148;"_s << u"“quoted”"_s;
    QTest::newRow("unknown reference") << u"a &bogus; b & c"_s << u"a &bogus; b & c"_s;
    QTest::newRow("quoted '>' in a tag")
            << u"<a title=\"x > y\" href='z'>link</a> text"_s << u"link text"_s;
    QTest::newRow("script and style")
            << u"a<script>var x = '<p>';</script>b<style>p{}</style>c"_s << u"a b c"_s;
    QTest::newRow("comment") << u"a<!-- hidden -->b"_s << u"ab"_s;
    QTest::newRow("cdata") << u"<![CDATA[x  <y>]]>z"_s << u"x <y>z"_s;
    QTest::newRow("stray less-than") << u"1 < 2 and 3<4"_s << u"1 < 2 and 3<4"_s;
    QTest::newRow("control characters") << u"a\u0001b\u007fc"_s << u"a\u0001b\u007fc"_s;
    QTest::newRow("unterminated tag") << u"text <a href=\"x"_s << u"text"_s;
}

void TestFeedText::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, plain);
    QCOMPARE(FeedText::htmlToPlainText(html), plain);
}

// Random mixes of words, white space, tags and references against a model:
// every token is either text or a word break, and breaks collapse to one
// space between text (none at either end).
void TestFeedText::plainTextMatchesTokenModel()
{
    struct Token
    {
        QString html;
        QString text; // empty: a word break
    };
    const Token tokens[] = {
            {u"a"_s, u"a"_s},
            {u"word"_s, u"word"_s},
            {u"longerwordthanablock"_s, u"longerwordthanablock"_s},
            {u"é"_s, u"é"_s},
            {u"日本"_s, u"日本"_s},
            {u"😀"_s, u"😀"_s},
            {u"x.y,z!"_s, u"x.y,z!"_s},
            {u"&amp;"_s, u"&"_s},
            {u"&lt;"_s, u"<"_s},
            {u"&#233;"_s, u"é"_s},
            {u" "_s, {}},
            {u"  "_s, {}},
            {u"\t"_s, {}},
            {u"\n"_s, {}},
            {u"\u00a0"_s, {}},
            {u"&nbsp;"_s, {}},
            {u"&#32;"_s, {}},
            {u"<p>"_s, {}},
            {u"</p>"_s, {}},
            {u"<a href=\"https://example.com/?q=1\">"_s, {}},
    };
    QRandomGenerator random(4);
    for (int round = 0; round < 2000; ++round) {
        QString html;
        QString expected;
        bool pendingBreak = false;
        const int count = int(random.bounded(1, 40));
        for (int k = 0; k < count; ++k) {
            const Token &token = tokens[random.bounded(int(std::size(tokens)))];
            html += token.html;
            if (token.text.isEmpty()) {
                pendingBreak = !expected.isEmpty();
                continue;
            }
            if (pendingBreak)
                expected += u' ';
            pendingBreak = false;
            expected += token.text;
        }
        QCOMPARE(FeedText::htmlToPlainText(html), expected);
    }
}

QTEST_GUILESS_MAIN(TestFeedText)
#include "tst_feedtext.moc"
