// html5lib's sanitizer cases (shared/corpora/sanitizer): nothing executable
// may survive, and the safe text kept must be the text html5lib keeps.
// html5lib escapes disallowed elements as text where Masthead drops them, so
// the escaped markup is taken out of the expected text before comparing.

#include "corpora.h"
#include "executablecheck.h"
#include "html/htmlsanitizer.h"
#include "html/htmltext.h"

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

QTEST_GUILESS_MAIN(tst_SanitizerCorpus)
#include "tst_sanitizercorpus.moc"
