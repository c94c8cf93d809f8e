// Hostile input never crashes, hangs or goes quadratic: deep nesting
// (100,000 levels), huge documents, binary junk, pathological attribute and
// srcset sizes, through every public entry point of src/core/html.

#include "executablecheck.h"
#include "html/articleextractor.h"
#include "html/htmlsanitizer.h"
#include "html/htmltext.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Generous: a quadratic blow-up on these inputs takes minutes, linear work
// takes well under a second on an idle machine.
constexpr qint64 BudgetMs = 30000;

} // namespace

class tst_HtmlHostile final : public QObject
{
    Q_OBJECT

private slots:
    void survives_data();
    void survives();
    void outputStaysSafeOnJunk();
};

void tst_HtmlHostile::survives_data()
{
    QTest::addColumn<QByteArray>("input");
    constexpr int Deep = 100000;
    QTest::newRow("nested div") << QByteArray("<div>").repeated(Deep) + "text";
    QTest::newRow("nested div with text") << QByteArray("<div>lorem ipsum, dolor ").repeated(Deep);
    QTest::newRow("nested span") << QByteArray("<span>").repeated(Deep);
    QTest::newRow("nested b") << QByteArray("<b>x").repeated(Deep);
    QTest::newRow("nested table") << QByteArray("<table><tr><td>").repeated(Deep / 4);
    QTest::newRow("nested svg") << QByteArray("<svg><g>").repeated(Deep);
    QTest::newRow("nested math") << QByteArray("<math><mi>").repeated(Deep);
    QTest::newRow("nested a") << QByteArray("<a href=x>").repeated(Deep / 4);
    QTest::newRow("nested ul li") << QByteArray("<ul><li>").repeated(Deep / 4);
    QTest::newRow("nested blockquote") << QByteArray("<blockquote>word, ").repeated(Deep);
    QTest::newRow("nested quotes in attributes") << QByteArray("<div title=\"<div>\">").repeated(Deep);
    QTest::newRow("unclosed formatting in paragraphs") << QByteArray("<p><b>x</p>").repeated(Deep / 10);
    QTest::newRow("many br") << QByteArray("word<br>").repeated(Deep / 4);
    QTest::newRow("many paragraphs") << QByteArray("<p>Lorem ipsum dolor sit amet, consectetur adipiscing.</p>").repeated(Deep / 8);
    QTest::newRow("over the size cap") << "<p>" + QByteArray(9 * 1024 * 1024, 'a');
    QTest::newRow("huge srcset") << "<img srcset=\"" + QByteArray("a.jpg 1x, ").repeated(Deep) + "\">";
    QTest::newRow("many attributes") << "<p " + QByteArray("a=b ").repeated(Deep) + ">x</p>";
    QTest::newRow("many comments") << QByteArray("<!--x-->").repeated(Deep);
    QTest::newRow("unterminated comment") << "<p>a<!--" + QByteArray("-").repeated(Deep);
    QTest::newRow("unterminated tag") << "<p " + QByteArray("x").repeated(Deep);
    QTest::newRow("unterminated script") << "<script>" + QByteArray("<div>").repeated(Deep);
    QTest::newRow("long url") << "<a href=\"http://a.example/" + QByteArray("a").repeated(Deep * 10) + "\">x</a>";
    QTest::newRow("empty") << QByteArray();
    QByteArray junk(1024 * 1024, '\0');
    QRandomGenerator random(7);
    for (char &c : junk)
        c = char(random.bounded(256));
    QTest::newRow("binary junk") << junk;
    QByteArray tagSoup;
    const char *pieces[] = {"<", ">", "</", "div", "p", "table", "td", "=", "\"", "'", "<!--", "-->", "svg",
                            "math", "script", " ", "&", "#x41;", "br", "a href=", "img src="};
    for (int i = 0; i < 200000; ++i)
        tagSoup += pieces[random.bounded(int(std::size(pieces)))];
    QTest::newRow("tag soup") << tagSoup;
}

void tst_HtmlHostile::survives()
{
    QFETCH(QByteArray, input);
    const QString text = QString::fromUtf8(input);
    QElapsedTimer timer;

    timer.start();
    const QString sanitized = sanitizeHtml(text);
    QVERIFY2(timer.elapsed() < BudgetMs, qPrintable(u"sanitizeHtml took %1 ms"_s.arg(timer.elapsed())));
    QVERIFY(sanitized.size() <= 8 * text.size() + 64); // the parser may re-open formatting elements

    timer.restart();
    htmlToText(text);
    QVERIFY2(timer.elapsed() < BudgetMs, qPrintable(u"htmlToText took %1 ms"_s.arg(timer.elapsed())));

    timer.restart();
    imageUrls(text, QUrl(u"https://a.example/"_s));
    QVERIFY2(timer.elapsed() < BudgetMs, qPrintable(u"imageUrls took %1 ms"_s.arg(timer.elapsed())));

    timer.restart();
    const ExtractedArticle article = extractArticle(input, QUrl(u"https://a.example/"_s));
    QVERIFY2(timer.elapsed() < BudgetMs, qPrintable(u"extractArticle took %1 ms"_s.arg(timer.elapsed())));
    QVERIFY(!article.html.contains(u"<script"_s));
}

void tst_HtmlHostile::outputStaysSafeOnJunk()
{
    QRandomGenerator random(11);
    const char *pieces[] = {"<", ">", "</", "script", "img", " src=x", " onerror=alert(1)", "\"", "'",
                            "<!--", "-->", "svg", "math", "style", "javascript:", "=", "a href", "/"};
    for (int round = 0; round < 200; ++round) {
        QByteArray soup;
        for (int i = 0; i < 60; ++i)
            soup += pieces[random.bounded(int(std::size(pieces)))];
        const QString out = sanitizeHtml(QString::fromUtf8(soup));
        const QStringList problems = ExecutableCheck::executableParts(out);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ") + u" in "_s + out));
    }
}

QTEST_GUILESS_MAIN(tst_HtmlHostile)
#include "tst_htmlhostile.moc"
