// Time from process start to the main window shown with its first article
// page loaded, for an empty library and for the demo library. Runs the real
// binary (MASTHEAD_BINARY) offscreen several times and prints JSON figures.

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

double runOnce(const QString &binary, const QString &dataDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MASTHEAD_STARTUP_PROBE"_s, u"1"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(binary, {u"--data-dir"_s, dataDir});
    QByteArray err;
    double ms = -1.0;
    while (timer.elapsed() < 60000) {
        process.waitForReadyRead(20);
        err += process.readAllStandardError();
        if (err.contains("masthead: shown")) {
            ms = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    process.waitForFinished(10000);
    return ms;
}

QJsonObject measure(const QString &binary, const QString &dataDir, int runs)
{
    QList<double> times;
    runOnce(binary, dataDir); // warm the page cache and WebEngine's first start
    for (int i = 0; i < runs; ++i)
        times.append(runOnce(binary, dataDir));
    const qsizetype failed = times.removeAll(-1.0);
    if (times.isEmpty())
        return {{"runs"_L1, runs},
            {"failed"_L1, failed}, {"failed"_L1, failed}};
    std::sort(times.begin(), times.end());
    QJsonArray all;
    for (double t : times)
        all.append(t);
    return {{"runs"_L1, runs},
            {"failed"_L1, failed},
            {"min_ms"_L1, times.first()},
            {"median_ms"_L1, times.at(times.size() / 2)},
            {"max_ms"_L1, times.last()},
            {"all_ms"_L1, all}};
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
    if (QProcess::execute(binary, {u"--data-dir"_s, demo.path(), u"--demo"_s, u"-q"_s, u"stats"_s}) != 0) {
        std::fprintf(stderr, "bench_startup: could not load the demo library\n");
        return 1;
    }
    const QJsonObject result{{"benchmark"_L1, "startup"_L1},
                             {"empty_library"_L1, measure(binary, empty.path(), runs)},
                             {"demo_library"_L1, measure(binary, demo.path(), runs)}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
