// Throughput of src/core/html on the Readability test pages
// (shared/corpora/readability): extractArticle pages/s and MB/s,
// sanitizeHtml MB/s on the whole pages and on the extracted bodies,
// htmlToText MB/s. Prints one JSON document on stdout.

#include "corpora.h"
#include "html/articleextractor.h"
#include "html/htmlsanitizer.h"
#include "html/htmltext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main()
{
    const QString root = corpusPath(u"readability"_s);
    QTextStream out(stdout);
    if (root.isEmpty()) {
        out << QJsonDocument(QJsonObject{{u"skipped"_s, u"corpus readability not found (set MASTHEAD_CORPORA)"_s}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    QList<QByteArray> pages;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile f(dir.filePath(name + u"/source.html"_s));
        if (f.open(QIODevice::ReadOnly))
            pages.append(f.readAll());
    }
    qint64 totalBytes = 0;
    for (const QByteArray &p : std::as_const(pages))
        totalBytes += p.size();
    const QUrl url(u"http://fakehost/test/page.html"_s);
    constexpr int Rounds = 3;

    // Extraction.
    QElapsedTimer timer;
    QList<QString> bodies;
    timer.start();
    for (int r = 0; r < Rounds; ++r) {
        for (const QByteArray &p : std::as_const(pages)) {
            ExtractedArticle a = extractArticle(p, url);
            if (r == 0)
                bodies.append(a.html);
        }
    }
    const double extractSeconds = double(timer.nsecsElapsed()) / 1e9;

    // Sanitizer on whole pages (worst case: everything is markup to judge).
    QList<QString> pageTexts;
    for (const QByteArray &p : std::as_const(pages))
        pageTexts.append(QString::fromUtf8(p));
    SanitizeOptions options;
    options.baseUrl = url;
    timer.restart();
    for (int r = 0; r < Rounds; ++r) {
        for (const QString &p : std::as_const(pageTexts))
            sanitizeHtml(p, options);
    }
    const double sanitizeSeconds = double(timer.nsecsElapsed()) / 1e9;

    // Sanitizer on article bodies (the real workload before storing).
    qint64 bodyBytes = 0;
    for (const QString &b : std::as_const(bodies))
        bodyBytes += b.toUtf8().size();
    timer.restart();
    for (int r = 0; r < Rounds; ++r) {
        for (const QString &b : std::as_const(bodies))
            sanitizeHtml(b, options);
    }
    const double bodySeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    for (int r = 0; r < Rounds; ++r) {
        for (const QString &p : std::as_const(pageTexts))
            htmlToText(p);
    }
    const double textSeconds = double(timer.nsecsElapsed()) / 1e9;

    const double mb = double(totalBytes) / (1024.0 * 1024.0);
    const QJsonObject result{
        {u"benchmark"_s, u"html"_s},
        {u"pages"_s, int(pages.size())},
        {u"rounds"_s, Rounds},
        {u"corpus_mb"_s, mb},
        {u"extract_pages_per_s"_s, Rounds * pages.size() / extractSeconds},
        {u"extract_mb_per_s"_s, Rounds * mb / extractSeconds},
        {u"extract_ms_per_page"_s, 1000 * extractSeconds / (Rounds * pages.size())},
        {u"sanitize_pages_mb_per_s"_s, Rounds * mb / sanitizeSeconds},
        {u"sanitize_bodies_mb_per_s"_s, Rounds * (double(bodyBytes) / (1024.0 * 1024.0)) / bodySeconds},
        {u"html_to_text_mb_per_s"_s, Rounds * mb / textSeconds},
    };
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
