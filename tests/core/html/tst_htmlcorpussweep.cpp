// Every page of every HTML corpus (readability source and expected pages,
// html5lib sanitizer cases, feedparser's sanitize feeds whole and the HTML
// they carry) goes through extractArticle() and the sanitizer without a
// crash, within a time cap, and with nothing executable in what comes out.
// Each page is its own data row, so a crash names the page that caused it.
// Whole pages are also cut at a third and two thirds: truncated downloads
// end in the middle of anything.

#include "corpora.h"
#include "executablecheck.h"
#include "html/articleextractor.h"
#include "html/htmlcharset.h"
#include "html/htmlsanitizer.h"
#include "html/htmltext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// Linear work on the largest corpus page (1.6 MB) takes well under a second;
// a hang or a quadratic path takes far longer.
constexpr qint64 PerPageCapMs = 20000;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The (unescaped) text of the elements of a feed that carry HTML.
QStringList htmlInFeed(const QByteArray &feed)
{
    static const QStringList carriers = {
            u"content"_s, u"summary"_s, u"description"_s, u"title"_s,  u"subtitle"_s,
            u"info"_s,    u"tagline"_s, u"copyright"_s,   u"rights"_s, u"encoded"_s};
    QStringList out;
    QXmlStreamReader xml(feed);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || !carriers.contains(xml.name()))
            continue;
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (!text.trimmed().isEmpty())
            out << text;
    }
    return out;
}

} // namespace

class tst_HtmlCorpusSweep final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sweep_data();
    void sweep();
    void cleanupTestCase();

private:
    int m_pages = 0;
    qint64 m_slowestMs = 0;
    QString m_slowest;
};

void tst_HtmlCorpusSweep::initTestCase()
{
    MASTHEAD_REQUIRE_CORPUS(u"readability"_s);
    MASTHEAD_REQUIRE_CORPUS(u"sanitizer/html5lib-sanitizer.json"_s);
    MASTHEAD_REQUIRE_CORPUS(u"feedparser/wellformed/sanitize"_s);
}

void tst_HtmlCorpusSweep::sweep_data()
{
    QTest::addColumn<QByteArray>("bytes");
    int rows = 0;
    const auto add = [&rows](const QString &name, const QByteArray &bytes) {
        QTest::newRow(qPrintable(name)) << bytes;
        ++rows;
    };

    const QDir readability(corpusPath(u"readability"_s));
    for (const QString &name :
         readability.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString &file : {u"source.html"_s, u"expected.html"_s}) {
            const QByteArray page = readFile(readability.filePath(name + u'/' + file));
            if (page.isEmpty())
                continue;
            const QString row = u"readability/"_s + name + u'/' + file;
            add(row, page);
            if (file == u"source.html") {
                add(row + u" (first third)"_s, page.left(page.size() / 3));
                add(row + u" (first two thirds)"_s, page.left(page.size() * 2 / 3));
            }
        }
    }
    const int readabilityRows = rows;

    QFile cases(corpusPath(u"sanitizer/html5lib-sanitizer.json"_s));
    if (cases.open(QIODevice::ReadOnly)) {
        const QJsonArray array = QJsonDocument::fromJson(cases.readAll()).array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject c = array.at(i).toObject();
            const QString name = u"sanitizer/%1 %2"_s.arg(i, 3, 10, QChar(u'0'))
                                         .arg(c.value(u"name").toString());
            add(name + u" (input)"_s, c.value(u"input").toString().toUtf8());
            add(name + u" (expected)"_s, c.value(u"expected").toString().toUtf8());
        }
    }
    const int sanitizerRows = rows - readabilityRows;

    const QDir sanitize(corpusPath(u"feedparser/wellformed/sanitize"_s));
    for (const QString &file : sanitize.entryList({u"*.xml"_s}, QDir::Files, QDir::Name)) {
        const QByteArray feed = readFile(sanitize.filePath(file));
        const QString row = u"feedparser/sanitize/"_s + file;
        add(row, feed);
        const QStringList html = htmlInFeed(feed);
        for (qsizetype i = 0; i < html.size(); ++i)
            add(row + u" #%1"_s.arg(i), html.at(i).toUtf8());
    }
    const int feedRows = rows - readabilityRows - sanitizerRows;

    qInfo("rows: %d readability, %d sanitizer, %d feedparser sanitize (%d in all)", readabilityRows,
          sanitizerRows, feedRows, rows);
    QVERIFY(readabilityRows >= 100);
    QVERIFY(sanitizerRows >= 160);
    QVERIFY(feedRows >= 700);
}

void tst_HtmlCorpusSweep::sweep()
{
    QFETCH(QByteArray, bytes);
    const QUrl url(u"https://news.example.com/2024/01/story.html"_s);
    QElapsedTimer timer;
    timer.start();

    const ExtractedArticle article = extractArticle(bytes, url);
    const QStringList extractedProblems = ExecutableCheck::executableParts(article.html);
    QVERIFY2(extractedProblems.isEmpty(), qPrintable(extractedProblems.join(u"; ")));

    const QString page = HtmlDom::decodeHtml(bytes);
    SanitizeOptions options;
    options.baseUrl = url;
    const SanitizedHtml sanitized = sanitizeHtmlWithText(page, options);
    const QStringList problems = ExecutableCheck::executableParts(sanitized.html);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    QCOMPARE(sanitizeHtml(page, options), sanitized.html);
    (void)htmlToText(page);
    (void)imageUrls(page, url);

    const qint64 ms = timer.elapsed();
    ++m_pages;
    if (ms > m_slowestMs) {
        m_slowestMs = ms;
        m_slowest = QString::fromUtf8(QTest::currentDataTag());
    }
    QVERIFY2(ms < PerPageCapMs, qPrintable(u"%1 ms"_s.arg(ms)));
}

void tst_HtmlCorpusSweep::cleanupTestCase()
{
    qInfo("%d pages through extract and sanitize, 0 crashes; slowest %lld ms (%s)", m_pages,
          qlonglong(m_slowestMs), qPrintable(m_slowest));
}

QTEST_GUILESS_MAIN(tst_HtmlCorpusSweep)
#include "tst_htmlcorpussweep.moc"
