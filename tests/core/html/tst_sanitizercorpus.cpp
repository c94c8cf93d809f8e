// html5lib's sanitizer cases (shared/corpora/sanitizer): nothing executable
// may survive, and the safe text kept must be the text html5lib keeps.
// html5lib escapes disallowed elements as text where Masthead drops them, so
// the escaped markup is taken out of the expected text before comparing.

#include "corpora.h"
#include "executablecheck.h"
#include "html/htmlsanitizer.h"
#include "html/htmltext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString normalised(QString text)
{
    return text.simplified();
}

// Text html5lib kept, minus what it kept only as escaped markup.
QString expectedSafeText(const QString &expectedHtml)
{
    QString text = htmlToText(expectedHtml);
    static const QRegularExpression droppedBlocks(
        u"<(script|style|iframe|noscript|xmp|title|textarea|object)\\b[^>]*>.*?(</\\1>|$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression escapedTag(u"</?[a-zA-Z][^>]*>"_s);
    text.remove(droppedBlocks);
    text.remove(escapedTag);
    return normalised(text);
}

} // namespace

class tst_SanitizerCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void html5lib_data();
    void html5lib();
    void textFromTheSameParse_data() { html5lib_data(); }
    void textFromTheSameParse();
    void storedImagesWithoutAParse_data();
    void storedImagesWithoutAParse();

private:
    QJsonArray m_cases;
};

void tst_SanitizerCorpus::initTestCase()
{
    MASTHEAD_REQUIRE_CORPUS(u"sanitizer/html5lib-sanitizer.json"_s);
    QFile file(corpusPath(u"sanitizer/html5lib-sanitizer.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_cases = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(m_cases.size() >= 80);
}

void tst_SanitizerCorpus::html5lib_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    for (const QJsonValue &v : std::as_const(m_cases)) {
        const QJsonObject c = v.toObject();
        QTest::newRow(qPrintable(c.value(u"name").toString()))
            << c.value(u"input").toString() << c.value(u"expected").toString();
    }
}

void tst_SanitizerCorpus::html5lib()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString output = sanitizeHtml(input);
    const QStringList problems = ExecutableCheck::executableParts(output);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ") + u" in output: "_s + output));
    QCOMPARE(normalised(htmlToText(output)), expectedSafeText(expected));
}

// Storing a feed item takes its text from the sanitized tree rather than
// from parsing the sanitized output again: the two must agree.
void tst_SanitizerCorpus::textFromTheSameParse()
{
    QFETCH(QString, input);
    const QString html = sanitizeHtml(input);
    const SanitizedHtml both = sanitizeHtmlWithText(input);
    QCOMPARE(both.html, html);
    QCOMPARE(both.text, htmlToText(html));
}

// The image cache reads the stored (sanitized) bodies' images without a
// second parse; it must find exactly what parsing them finds. Over the
// html5lib cases, the real pages of the readability corpus, and bodies
// built to stress it (srcset, <picture>, lazy images, escapes in URLs).
void tst_SanitizerCorpus::storedImagesWithoutAParse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QUrl>("base");
    const QUrl base(u"https://news.example/2026/story/"_s);
    for (const QJsonValue &v : std::as_const(m_cases))
        QTest::newRow(qPrintable(u"html5lib "_s + v.toObject().value(u"name").toString()))
            << v.toObject().value(u"input").toString() << base;
    const QDir pages(corpusPath(u"readability"_s));
    for (const QString &name : pages.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile page(pages.filePath(name + u"/source.html"_s));
        if (page.open(QIODevice::ReadOnly))
            QTest::newRow(qPrintable(u"readability "_s + name))
                << QString::fromUtf8(page.readAll()) << QUrl(u"http://fakehost/test/page.html"_s);
    }
    QTest::newRow("stress")
        << u"<p>a <img src=\"/i/1.jpg?a=1&amp;b=2\" alt='x\"y'> <img srcset=\"/s/1.jpg 1x, /s/2.jpg 2x\" src=\"/s/0.jpg\">"
           "<picture><source srcset=\"/p/big.webp 800w\" type=\"image/webp\"><img src=\"/p/small.jpg\"></picture>"
           "<img data-src=\"/lazy.jpg\"><img src=\"data:image/png;base64,AAAA\"><img src=\"javascript:alert(1)\">"
           "<img src=\"https://cdn.example/x%20y.jpg#f\"><img src=\"/i/1.jpg?a=1&amp;b=2\"> &lt;img src=\"/not.jpg\"&gt;"
           "<img src=\"//other.example/proto.png\" title=\"<img src=&quot;/t.jpg&quot;>\"></p>"_s
        << base;
}

void tst_SanitizerCorpus::storedImagesWithoutAParse()
{
    QFETCH(QString, input);
    QFETCH(QUrl, base);
    SanitizeOptions options;
    options.baseUrl = base;
    const QString stored = sanitizeHtml(input, options);
    QCOMPARE(storedImageUrls(stored, base), imageUrls(stored, base));
    // And what the sanitizer kept when storing is what is read back.
    QCOMPARE(storedImageUrls(stored, base), imageUrls(input, base));
}

QTEST_GUILESS_MAIN(tst_SanitizerCorpus)
#include "tst_sanitizercorpus.moc"
