// The window in daily use, as a person drives it, over a large library
// (MASTHEAD_BENCH_LIBRARY: a data directory, e.g. one kept by bench_library
// with MASTHEAD_BENCH_DIR): the longest stall of the GUI thread's event loop
// while scrolling 10k rows, opening articles, typing a six-letter search,
// marking 100k articles read (and undoing it) and during a cold refresh of
// 1000 feeds from loopback servers into a second, empty library; with how
// long each took as a person sees it. Real widgets offscreen, real SQLite.
// Prints one JSON document.

#include "appsettings.h"
#include "articlelistmodel.h"
#include "articlepane.h"
#include "benchservers.h"
#include "cacheschemehandler.h"
#include "newscorpus.h"
#include "discovery.h"
#include "feedcontroller.h"
#include "fetcher.h"
#include "library.h"
#include "libraryreader.h"
#include "librarywriter.h"
#include "mainwindow.h"
#include "offlinemonitor.h"
#include "refreshscheduler.h"
#include "refreshservice.h"
#include "searchbar.h"
#include "storagecleanup.h"
#include "storagethread.h"
#include "subscriptions.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// How long the GUI thread's event loop went without turning: a precise
// timer that should fire every 2 ms, and the longest gap between firings.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceTick.nsecsElapsed());
            m_sinceTick.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        m_longest = std::max(m_longest, m_sinceTick.nsecsElapsed());
        return std::max(0.0, double(m_longest) / 1e6 - 2.0);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

// The window as main.cpp builds it.
std::unique_ptr<Library> openLibrary(const QString &dataDir)
{
    auto opened = Library::open(dataDir);
    if (!opened) {
        std::fprintf(stderr, "bench_window: %s\n", qPrintable(opened.error().message));
        std::exit(1);
    }
    return std::move(opened).value();
}

// Settings of the window's own for each run: a restored selection deep in
// the list would have loaded the rows the scrolling part is to measure.
QString freshSettingsFile()
{
    static QTemporaryDir dir;
    static int runs = 0;
    return dir.filePath(u"settings-%1.ini"_s.arg(++runs));
}

struct App
{
    explicit App(const QString &dataDir)
        : library(openLibrary(dataDir)),
          settings(freshSettingsFile(), QSettings::IniFormat),
          storage(dataDir),
          reader(dataDir),
          writer(storage),
          refresh(*library, fetcher, storage),
          subscriptions(*library, fetcher),
          offline(fetcher, OfflineMonitor::Detection::None),
          scheduler(refresh, storage, offline),
          appSettings(settings),
          cleanup(storage),
          window({reader, writer, refresh, subscriptions, offline, scheduler, appSettings, cleanup,
                  [this](QObject *parent) { return new Discovery(fetcher, parent); }, nullptr},
                 settings)
    {
        window.resize(1400, 900);
    }

    Fetcher fetcher;
    std::unique_ptr<Library> library;
    QSettings settings;
    StorageThread storage;
    LibraryReader reader;
    LibraryWriter writer;
    RefreshService refresh;
    Subscriptions subscriptions;
    OfflineMonitor offline;
    RefreshScheduler scheduler;
    AppSettings appSettings;
    StorageCleanup cleanup;
    MainWindow window;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

// Waits the way the app's own event loop does: asleep until an event comes,
// then at once. (QTest::qWait and qWaitFor sleep 10 ms between rounds of
// events, which adds up to 10 ms to every hop of an answer and shows as a
// stall on the meter; the app never does that.)
bool wait(const std::function<bool()> &done, int ms = 120000)
{
    const QDeadlineTimer deadline(ms);
    QTimer tick; // wakes the loop to look at the deadline
    tick.start(std::clamp(ms, 1, 50));
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

// Lets the app run for ms, as a person pausing would.
void pause(int ms)
{
    const QDeadlineTimer deadline(ms);
    wait([&deadline] { return deadline.hasExpired(); }, ms + 1000);
}

QJsonObject scroll(App &app, StallMeter &stall, int rows)
{
    auto *view = app.window.findChild<QTreeView *>(u"articleView"_s);
    ArticleListModel *list = app.window.articleModel();
    QElapsedTimer timer;
    timer.start();
    stall.start();
    // A page down at a time, as fast as the list keeps up.
    while (list->rowCount() < rows && timer.elapsed() < 120000) {
        QScrollBar *bar = view->verticalScrollBar();
        bar->setValue(bar->value() + bar->pageStep());
        pause(1);
        if (bar->value() == bar->maximum() && !list->canFetchMore({}) && !list->isLoading())
            break;
    }
    return {{u"rows"_s, list->rowCount()}, {u"seconds"_s, double(timer.elapsed()) / 1000},
            {u"max_stall_ms"_s, stall.stopMs()}};
}

QJsonObject openArticles(App &app, StallMeter &stall, int count)
{
    auto *view = app.window.findChild<QTreeView *>(u"articleView"_s);
    ArticleListModel *list = app.window.articleModel();
    QList<double> times;
    stall.start();
    for (int i = 0; i < count && list->rowCount() > 0; ++i) {
        int row = int((quint64(i) * 7919) % quint64(list->rowCount()));
        if (row == view->currentIndex().row()) // selecting it again opens nothing
            row = (row + 1) % list->rowCount();
        bool loaded = false;
        auto connection = QObject::connect(app.window.articlePane(), &ArticlePane::loadFinished,
                                           [&](bool) { loaded = true; });
        QElapsedTimer timer;
        timer.start();
        view->setCurrentIndex(list->index(row, 0));
        wait([&] { return loaded; }, 20000);
        QObject::disconnect(connection);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        pause(30); // a person reads a little
    }
    QJsonArray each;
    for (const double ms : times)
        each.append(std::round(ms * 10) / 10);
    return {{u"articles"_s, times.size()}, {u"each_ms"_s, each}, {u"p50_ms"_s, percentile(times, 0.5)},
            {u"p95_ms"_s, percentile(times, 0.95)}, {u"max_stall_ms"_s, stall.stopMs()}};
}

QJsonObject search(App &app, StallMeter &stall, const QString &word)
{
    QLineEdit *field = app.window.searchField();
    ArticleListModel *list = app.window.articleModel();
    field->setFocus();
    stall.start();
    bool arrived = false;
    QElapsedTimer sinceLastKey;
    for (const QChar c : word) {
        QTest::keyClicks(field, QString(c));
        sinceLastKey.start();
        if (c != word.back())
            pause(120); // typing speed
    }
    auto connection = QObject::connect(list, &ArticleListModel::pageLoaded, [&](bool first) {
        if (first && app.window.searchField()->text() == word)
            arrived = true;
    });
    wait([&] { return arrived; }, 30000);
    const double ms = double(sinceLastKey.nsecsElapsed()) / 1e6;
    QObject::disconnect(connection);
    QJsonObject out{{u"query"_s, word},
                    {u"results"_s, list->rowCount()},
                    {u"after_last_key_ms"_s, ms},
                    {u"debounce_ms"_s, SearchBar::DelayMs},
                    {u"max_stall_ms"_s, stall.stopMs()}};
    QTest::keyClick(field, Qt::Key_Escape);
    wait([&] { return !list->isLoading() && list->rowCount() > 0; });
    return out;
}

QJsonObject markAllRead(App &app, StallMeter &stall)
{
    auto *view = app.window.findChild<QTreeView *>(u"categoryView"_s);
    view->setCurrentIndex({}); // everything
    ArticleListModel *list = app.window.articleModel();
    wait([&] { return !list->isLoading(); });
    int marked = -1;
    QElapsedTimer timer;
    timer.start();
    stall.start();
    app.window.markAllRead();
    // Done when the list shows no unread row and the status says how many.
    wait([&] {
        const QString message = app.window.statusBar()->currentMessage();
        if (message.contains(u"Marked"_s)) {
            marked = message.section(u' ', 1, 1).remove(u',').toInt();
            return true;
        }
        return false;
    });
    const double markMs = double(timer.elapsed());
    const double markStall = stall.stopMs();
    timer.restart();
    stall.start();
    app.window.undo();
    wait([&] { return app.window.statusBar()->currentMessage().isEmpty() || !app.window.statusBar()->currentMessage().contains(u"Marked"_s); }, 5000);
    pause(2000); // the undo's write and the counts it brings back
    return {{u"articles"_s, marked}, {u"seconds"_s, markMs / 1000}, {u"max_stall_ms"_s, markStall},
            {u"undo_max_stall_ms"_s, stall.stopMs()}};
}

QJsonObject coldRefresh(StallMeter &stall, int feeds)
{
    QTemporaryDir dir;
    QTemporaryDir feedsDir;
    const NewsCorpus corpus(1); // news-shaped feeds: HTML bodies, wire copy, templated feeds
    BenchServers::ServerFarm farm(feeds, &corpus, feedsDir.path());
    farm.writeNewsFeeds(feeds);
    if (farm.writeFailed())
        return {{u"error"_s, u"could not write the feeds"_s}};
    {
        auto library = openLibrary(dir.path());
        for (int i = 0; i < feeds; ++i) {
            Feed feed;
            feed.url = farm.urlFor(i);
            feed.title = u"Feed %1"_s.arg(i);
            if (!library->feeds().add(feed))
                return {{u"error"_s, u"could not add feeds"_s}};
        }
    }
    App app(dir.path()); // offline copies too: the items' pages and images are on the loopback servers
    app.window.show();
    if (!QTest::qWaitForWindowExposed(&app.window))
        std::fprintf(stderr, "the window was not exposed\n");
    pause(500);
    bool finished = false;
    QObject::connect(&app.refresh, &RefreshService::finished, [&] { finished = true; });
    QElapsedTimer timer;
    timer.start();
    stall.start();
    app.window.feeds()->refreshAll();
    wait([&] { return finished; }, 600000);
    const double seconds = double(timer.elapsed()) / 1000;
    wait([&] { return app.window.articleModel()->rowCount() > 0; }, 10000); // the list reloads after the refresh
    return {{u"feeds"_s, feeds}, {u"items_html_mb"_s, farm.newsHtmlBytes() / 1e6}, {u"seconds"_s, seconds}, {u"max_stall_ms"_s, stall.stopMs()},
            {u"listed"_s, app.window.articleModel()->rowCount()}};
}

} // namespace

// With MASTHEAD_BENCH_TRACE_STALLS=<ms>, every event whose delivery kept the
// GUI thread longer than that is named on stderr (receiver class, event
// type, time): what a stall figure is made of.
class TracingApplication final : public QApplication
{
public:
    TracingApplication(int &argc, char **argv)
        : QApplication(argc, argv),
          m_thresholdNs(qint64(qEnvironmentVariableIntValue("MASTHEAD_BENCH_TRACE_STALLS")) * 1000000)
    {
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_thresholdNs <= 0 || QThread::currentThread() != thread()) // the GUI thread's only
            return QApplication::notify(receiver, event);
        if (m_depth > 0) {
            if (event->type() != QEvent::Paint)
                return QApplication::notify(receiver, event);
            QElapsedTimer paint;
            paint.start();
            const QByteArray name = QByteArray(receiver->metaObject()->className()) + ' ' + receiver->objectName().toUtf8();
            const bool done = QApplication::notify(receiver, event);
            if (paint.nsecsElapsed() > m_thresholdNs / 4)
                std::fprintf(stderr, "  paint %.1f ms: %s\n", double(paint.nsecsElapsed()) / 1e6, name.constData());
            return done;
        }
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const QEvent::Type type = event->type();
        const QByteArray name = receiver->metaObject()->className();
        const bool done = QApplication::notify(receiver, event);
        const qint64 ns = timer.nsecsElapsed();
        --m_depth;
        if (ns > m_thresholdNs)
            std::fprintf(stderr, "stall %.1f ms: %s event %d\n", double(ns) / 1e6, name.constData(), int(type));
        return done;
    }

private:
    qint64 m_thresholdNs;
    int m_depth = 0;
};

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    CacheSchemeHandler::registerScheme();
    TracingApplication application(argc, argv);
    const QString dataDir = qEnvironmentVariable("MASTHEAD_BENCH_LIBRARY");
    QJsonObject out;
    StallMeter stall;
    if (dataDir.isEmpty()) {
        std::fprintf(stderr, "bench_window: set MASTHEAD_BENCH_LIBRARY to a data directory with a large "
                             "library (bench_library keeps one with MASTHEAD_BENCH_DIR); only the refresh runs\n");
    } else {
        App app(dataDir);
        QElapsedTimer timer;
        timer.start();
        stall.start();
        app.window.show();
        if (!QTest::qWaitForWindowExposed(&app.window))
            std::fprintf(stderr, "the window was not exposed\n");
        wait([&] { return app.window.articleModel()->rowCount() > 0; });
        out[u"first_page"_s] = QJsonObject{{u"ms"_s, double(timer.elapsed())}, {u"max_stall_ms"_s, stall.stopMs()}};
        pause(1000);
        out[u"scroll"_s] = scroll(app, stall, 10000);
        out[u"open_article"_s] = openArticles(app, stall, 40);
        out[u"search"_s] = search(app, stall, qEnvironmentVariable("MASTHEAD_BENCH_WORD", u"govern"_s));
        out[u"mark_all_read"_s] = markAllRead(app, stall);
    }
    const int feeds = qEnvironmentVariableIntValue("MASTHEAD_BENCH_FEEDS") > 0
            ? qEnvironmentVariableIntValue("MASTHEAD_BENCH_FEEDS")
            : 1000;
    out[u"cold_refresh"_s] = coldRefresh(stall, feeds);
    std::printf("%s\n", QJsonDocument(out).toJson().constData());
    return 0;
}
