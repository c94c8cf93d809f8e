// Start-up as a person sees it: process start to the window shown, to its
// list's first page and to the first article loaded in the pane, with the
// resident memory then and the longest stall of the GUI thread's event loop,
// for an empty library, the demo library and (MASTHEAD_BENCH_LIBRARY) a large
// one. Runs the real binary (MASTHEAD_BINARY) offscreen several times and
// prints JSON figures.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    double windowMs = -1; // process start to the window shown
    double listMs = -1;   // … to its list's first page
    double articleMs = -1; // … to the first article loaded in the pane
    qint64 rssKiB = -1;
    qint64 maxStallMs = -1; // longest the GUI thread's event loop stood still
};

Run runOnce(const QString &binary, const QString &dataDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MASTHEAD_STARTUP_PROBE"_s, u"1"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(binary, {u"--data-dir"_s, dataDir, u"--offline"_s});
    QByteArray err;
    Run run;
    while (timer.elapsed() < 60000 && run.articleMs < 0) {
        process.waitForReadyRead(5);
        err += process.readAllStandardError();
        const double now = double(timer.nsecsElapsed()) / 1e6;
        if (run.windowMs < 0 && err.contains("masthead: window shown"))
            run.windowMs = now;
        if (run.listMs < 0 && err.contains("masthead: list shown"))
            run.listMs = now;
        if (const qsizetype at = err.indexOf("masthead: shown "); at >= 0 && err.indexOf('\n', at) > 0) {
            run.articleMs = now;
            const QByteArray line = err.mid(at, err.indexOf('\n', at) - at);
            for (const QByteArray &field : line.split(' ')) {
                if (field.startsWith("rss_kib="))
                    run.rssKiB = field.mid(8).toLongLong();
                else if (field.startsWith("max_stall_ms="))
                    run.maxStallMs = field.mid(13).toLongLong();
            }
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    process.waitForFinished(10000);
    return run;
}

QJsonObject summary(QList<double> values)
{
    values.removeAll(-1.0);
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    QJsonArray all;
    for (double v : values)
        all.append(v);
    return {{"min"_L1, values.first()}, {"median"_L1, values.at(values.size() / 2)}, {"max"_L1, values.last()},
            {"all"_L1, all}};
}

QJsonObject measure(const QString &binary, const QString &dataDir, int runs)
{
    runOnce(binary, dataDir); // warm the page cache and WebEngine's first start
    QList<double> window, list, article, rss, stall;
    int failed = 0;
    for (int i = 0; i < runs; ++i) {
        const Run run = runOnce(binary, dataDir);
        failed += run.articleMs < 0 ? 1 : 0;
        window.append(run.windowMs);
        list.append(run.listMs);
        article.append(run.articleMs);
        rss.append(run.rssKiB < 0 ? -1.0 : double(run.rssKiB) / 1024.0);
        stall.append(double(run.maxStallMs));
    }
    return {{"runs"_L1, runs},
            {"failed"_L1, failed},
            {"window_shown_ms"_L1, summary(window)},
            {"list_shown_ms"_L1, summary(list)},
            {"article_loaded_ms"_L1, summary(article)},
            {"rss_mib_at_article"_L1, summary(rss)},
            {"max_event_loop_stall_ms"_L1, summary(stall)}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString binary = qEnvironmentVariable("MASTHEAD_BINARY");
    if (binary.isEmpty()) {
        std::fprintf(stderr, "bench_startup: MASTHEAD_BINARY is not set\n");
        return 1;
    }
    const int runs = qEnvironmentVariableIntValue("MASTHEAD_BENCH_RUNS") > 0
            ? qEnvironmentVariableIntValue("MASTHEAD_BENCH_RUNS")
            : 5;
    QTemporaryDir empty;
    QTemporaryDir demo;
    QProcess load;
    load.setStandardOutputFile(QProcess::nullDevice()); // stdout is the JSON's
    load.start(binary, {u"--data-dir"_s, demo.path(), u"--demo"_s, u"-q"_s, u"stats"_s});
    if (!load.waitForFinished(60000) || load.exitCode() != 0) {
        std::fprintf(stderr, "bench_startup: could not load the demo library\n");
        return 1;
    }
    QJsonObject result{{"benchmark"_L1, "startup"_L1},
                       {"empty_library"_L1, measure(binary, empty.path(), runs)},
                       {"demo_library"_L1, measure(binary, demo.path(), runs)}};
    // A large library of one's own, e.g. one bench_library generated:
    // MASTHEAD_BENCH_LIBRARY=/tmp/library-1m (its data directory).
    if (const QString large = qEnvironmentVariable("MASTHEAD_BENCH_LIBRARY"); !large.isEmpty())
        result.insert("given_library"_L1, measure(binary, large, runs));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
