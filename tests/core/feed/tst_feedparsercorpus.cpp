// feedparser's own test suite (one half, shared/corpora/feedparser/) run against
// Masthead's parser through a C++ mapping of each case's `Expect:` expression
// (feedparserview.cpp). Cases the schema cannot express are "not applicable"
// and listed with the reason; the applicable pass rate must be >= 95 %.

#include "corpora.h"
#include "feed/feedparser.h"
#include "feedparserview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedparserCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void corpus();
};

namespace {

struct Tally
{
    int total = 0;
    int applicable = 0;
    int passed = 0;
};

// feedparser names a detected encoding as chardet does ('Big5', 'GB2312');
// feed.schema.json wants the decoder actually used, lower case, and GB2312
// is read as its superset GB18030 (as browsers do).
QString inSchemaNames(QString expect)
{
    static const QRegularExpression named(u"encoding == '([^']*)'"_s);
    const QRegularExpressionMatch m = named.match(expect);
    if (!m.hasMatch())
        return expect;
    QString name = m.captured(1).toLower();
    if (name == u"gb2312")
        name = u"gb18030"_s;
    return expect.replace(m.capturedStart(1), m.capturedLength(1), name);
}

QString notApplicableReason(const QJsonObject &c)
{
    if (c.value("subcategory"_L1).toString() == u"sanitize")
        return u"HTML sanitizing is the html layer's job; feed.schema.json keeps *_html unsanitized"_s;
    return {};
}

} // namespace

void TestFeedparserCorpus::corpus()
{
    MASTHEAD_REQUIRE_CORPUS(u"feedparser/index.json"_s);
    QFile indexFile(corpusPath(u"feedparser/index.json"_s));
    QVERIFY(indexFile.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(indexFile.readAll()).array();
    QVERIFY(!cases.isEmpty());

    QMap<QString, Tally> tallies;
    QMap<QString, QStringList> notApplicable; // reason -> paths
    QStringList failures;
    int sanitizeEvaluated = 0, sanitizeHeld = 0; // informational: markup kept unsanitized
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        const QString path = c.value("path"_L1).toString();
        const QString category = c.value("category"_L1).toString();
        const QString sub = c.value("subcategory"_L1).toString();
        const QString key = sub.isEmpty() ? category : category + u'/' + sub;
        Tally &tally = tallies[key];
        ++tally.total;
        QString reason = notApplicableReason(c);
        QFile file(corpusPath(u"feedparser/"_s + path));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        if (!reason.isEmpty()) {
            notApplicable[reason] << path;
            if (sub == u"sanitize") {
                const ExpectOutcome o = evaluateExpect(c.value("expect"_L1).toString(),
                                                       FeedParser::parse(file.readAll()).feed);
                sanitizeEvaluated += o.result != ExpectResult::NotApplicable ? 1 : 0;
                sanitizeHeld += o.result == ExpectResult::Pass ? 1 : 0;
            }
            continue;
        }
        FeedParseOptions options;
        const QJsonObject headers = c.value("headers"_L1).toObject();
        if (c.value("http"_L1).toBool()) {
            options.documentUrl =
                    QUrl(u"http://127.0.0.1:8097/"_s + c.value("source_path"_L1).toString());
            options.contentType = "text/xml";
        }
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const QString name = it.key().toLower();
            if (name == u"content-type")
                options.contentType = it.value().toString().toUtf8();
            else if (name == u"content-location")
                options.baseUrl = QUrl(it.value().toString());
            else if (name == u"content-language")
                options.contentLanguage = it.value().toString();
        }
        const FeedParseResult result = FeedParser::parse(file.readAll(), options);
        const QString expect = inSchemaNames(c.value("expect"_L1).toString());
        ExpectOutcome outcome = evaluateExpect(expect, result.feed);
        if (outcome.result == ExpectResult::NotApplicable) {
            notApplicable[outcome.detail] << path;
            continue;
        }
        ++tally.applicable;
        bool ok = outcome.result == ExpectResult::Pass;
        if (category == u"wellformed" && !result.feed.wellformed)
            ok = false; // the upstream harness requires bozo == False here
        if (ok) {
            ++tally.passed;
        } else {
            failures << u"%1 | %2 | errors: %3"_s.arg(path, expect,
                                                      result.feed.errors.join(u"; "_s));
        }
    }

    Tally all;
    QTextStream out(stdout);
    out << "\nfeedparser corpus (half): pass rate over applicable cases\n";
    out << QString(u"%1 %2 %3 %4 %5\n"_s)
                    .arg(u"category"_s, -26)
                    .arg(u"cases"_s, 6)
                    .arg(u"applic."_s, 8)
                    .arg(u"passed"_s, 7)
                    .arg(u"rate"_s, 7);
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const Tally &t = it.value();
        all.total += t.total;
        all.applicable += t.applicable;
        all.passed += t.passed;
        const QString rate = t.applicable
                ? QString::number(100.0 * t.passed / t.applicable, 'f', 1) + u'%'
                : u"-"_s;
        out << QString(u"%1 %2 %3 %4 %5\n"_s)
                        .arg(it.key(), -26)
                        .arg(t.total, 6)
                        .arg(t.applicable, 8)
                        .arg(t.passed, 7)
                        .arg(rate, 7);
    }
    const double rate = all.applicable ? 100.0 * all.passed / all.applicable : 0;
    out << QString(u"%1 %2 %3 %4 %5\n"_s)
                    .arg(u"TOTAL"_s, -26)
                    .arg(all.total, 6)
                    .arg(all.applicable, 8)
                    .arg(all.passed, 7)
                    .arg(QString::number(rate, 'f', 1) + u'%', 7);
    out << "(informational, not counted: " << sanitizeHeld << " of " << sanitizeEvaluated
        << " wellformed/sanitize expectations hold on the unsanitized markup; the rest expect "
           "removed markup)\n";
    out << "\nnot applicable (" << (all.total - all.applicable) << " cases):\n";
    for (auto it = notApplicable.cbegin(); it != notApplicable.cend(); ++it) {
        out << "  " << it.value().size() << "  " << it.key() << "\n";
        if (it.value().size() <= 8 || qEnvironmentVariableIsSet("MASTHEAD_VERBOSE")) {
            for (const QString &p : it.value())
                out << "        " << p << "\n";
        }
    }
    out << "\nfailures (" << failures.size() << "):\n";
    for (const QString &f : std::as_const(failures))
        out << "  " << f << "\n";
    out.flush();
    QVERIFY2(rate >= 95.0,
             qPrintable(u"applicable pass rate %1% is below 95%"_s.arg(rate, 0, 'f', 1)));
}

QTEST_GUILESS_MAIN(TestFeedparserCorpus)
#include "tst_feedparsercorpus.moc"
