// Builds a synthetic library of N articles (~2 KB text each, 200 feeds in a
// nested tree, deterministic) and prints JSON figures for issue #5.

#include "library.h"
#include "librarytree.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QStringList kWords = [] {
    QStringList words;
    for (const char *w : {"harbour", "election", "minister", "rocket", "lander", "bank", "rates", "inflation",
                          "climate", "summit", "river", "treaty", "strike", "dock", "workers", "museum",
                          "chess", "champion", "battery", "earbuds", "laptop", "repair", "dataset", "speech",
                          "model", "energy", "training", "comet", "orbit", "station", "lettuce", "freight",
                          "container", "holiday", "retail", "customs", "digital", "runoff", "turnout", "record"})
        words.append(QString::fromLatin1(w));
    for (int i = 0; i < 2000; ++i)
        words.append(u"term%1"_s.arg(i));
    return words;
}();

QString text(QRandomGenerator &rng, int words)
{
    QString out;
    out.reserve(words * 8);
    for (int i = 0; i < words; ++i) {
        // Zipf-like: low indexes far more often.
        const double u = rng.generateDouble();
        const int index = int(std::pow(u, 3.0) * kWords.size()) % kWords.size();
        out += kWords.at(index);
        out += (i % 17 == 16) ? u". "_s : u" "_s;
    }
    return out;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = qEnvironmentVariableIntValue("MASTHEAD_BENCH_ARTICLES") > 0
            ? qEnvironmentVariableIntValue("MASTHEAD_BENCH_ARTICLES")
            : 100000;
    const int feeds = 200;
    QTemporaryDir dir;
    QRandomGenerator rng(42);
    QJsonObject result{{"benchmark"_L1, "library"_L1}, {"articles"_L1, total}};

    qint64 insertNs = 0;
    {
        auto library = Library::open(dir.path());
        if (!library) {
            std::fprintf(stderr, "%s\n", qPrintable(library.error().message));
            return 1;
        }
        QList<qint64> feedIds;
        for (int f = 0; f < feeds; ++f) {
            const QStringList path{u"Section %1"_s.arg(f % 5), u"Desk %1"_s.arg(f % 20), u"Beat %1"_s.arg(f % 40)};
            Feed feed;
            feed.categoryId = library.value()->categories().ensurePath(path).value();
            feed.url = QUrl(u"https://feed%1.example/rss"_s.arg(f));
            feed.title = u"Feed %1"_s.arg(f);
            feedIds.append(library.value()->feeds().add(feed).value());
        }
        const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const int perBatch = 50;
        QElapsedTimer timer;
        for (int n = 0; n < total; n += perBatch) {
            QList<Article> batch;
            for (int i = n; i < std::min(total, n + perBatch); ++i) {
                Article a;
                a.guid = u"g%1"_s.arg(i);
                a.link = QUrl(u"https://example.com/a/%1"_s.arg(i));
                a.title = text(rng, 8);
                a.summary = text(rng, 30);
                a.contentText = text(rng, 280); // ~2 KB
                a.contentHtml = u"<p>"_s + a.contentText + u"</p>"_s;
                a.published = start.addSecs(qint64(i) * 30);
                a.read = rng.bounded(3) == 0;
                batch.append(std::move(a));
            }
            timer.start();
            if (!library.value()->articles().upsert(feedIds.at((n / perBatch) % feeds), batch, start))
                return 1;
            insertNs += timer.nsecsElapsed();
        }
    }
    result.insert("insert_articles_per_s"_L1, double(total) / (double(insertNs) / 1e9));

    // Open, the tree with unread counts, the first 100 articles of the top category.
    QElapsedTimer timer;
    timer.start();
    auto library = Library::open(dir.path());
    auto tree = readCategoryTree(*library.value());
    const qint64 top = tree->first().category.id;
    auto ids = library.value()->categories().subtree(top);
    ArticleQuery query;
    query.feedIds = library.value()->feeds().inCategories(ids.value()).value();
    query.limit = 100;
    auto page = library.value()->articles().headers(query);
    result.insert("open_tree_first_page_ms"_L1, double(timer.nsecsElapsed()) / 1e6);
    result.insert("first_page_rows"_L1, page->size());

    QList<double> searches;
    QRandomGenerator qrng(7);
    for (int i = 0; i < 100; ++i) {
        QString q = kWords.at(qrng.bounded(40));
        if (i % 3 == 1)
            q += u' ' + kWords.at(qrng.bounded(40));
        if (i % 5 == 2)
            q = u'"' + q + u' ' + kWords.at(qrng.bounded(40)) + u'"';
        if (i % 7 == 3)
            q = q.left(4) + u'*';
        timer.start();
        auto hits = library.value()->search().search(q, 20);
        searches.append(double(timer.nsecsElapsed()) / 1e6);
        if (!hits)
            return 1;
    }
    result.insert("search_p50_ms"_L1, percentile(searches, 0.5));
    result.insert("search_p95_ms"_L1, percentile(searches, 0.95));

    QList<qint64> toRead;
    for (qint64 id = 1; id <= 10000; ++id)
        toRead.append(id);
    timer.start();
    if (!library.value()->articles().setRead(toRead, true))
        return 1;
    result.insert("mark_10k_read_ms"_L1, double(timer.nsecsElapsed()) / 1e6);

    const QString db = library.value()->database().path();
    const qint64 bytes = QFileInfo(db).size() + QFileInfo(db + u"-wal"_s).size();
    result.insert("database_bytes"_L1, bytes);
    result.insert("bytes_per_article"_L1, double(bytes) / total);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
