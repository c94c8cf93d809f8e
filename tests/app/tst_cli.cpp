// The command line of shared/contracts/cli.md, run as a person or a script
// would: the real binary, a real library in a temporary directory.

#include "fakewordpress.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run masthead(const QStringList &args, const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"MASTHEAD_DATA_DIR"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // headless commands must not need a display
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("MASTHEAD_BINARY"), args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// The same, with the event loop running meanwhile, so that a TestHttpServer
// of this process can answer the binary.
Run mastheadServing(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"MASTHEAD_DATA_DIR"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(qEnvironmentVariable("MASTHEAD_BINARY"), args);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

int countTree(const QJsonArray &nodes)
{
    int n = 0;
    for (const QJsonValue &node : nodes)
        n += 1 + countTree(node[u"children"_s].toArray());
    return n;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("MASTHEAD_BINARY")), "MASTHEAD_BINARY not set");
    }

    void versionAndHelp()
    {
        const Run version = masthead({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("masthead "));
        const Run help = masthead({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--data-dir"));
        QVERIFY(help.out.contains("stats"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << QByteArray("masthead: usage: ");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << QByteArray("unknown command");
        QTest::newRow("option of another command")
                << QStringList{u"stats"_s, u"--base-url"_s, u"http://x/"_s} << QByteArray("does not go with stats");
        QTest::newRow("missing value") << QStringList{u"stats"_s, u"--data-dir"_s} << QByteArray("masthead: usage: ");
        QTest::newRow("bad limit") << QStringList{u"list"_s, u"--limit"_s, u"many"_s} << QByteArray("--limit");
        QTest::newRow("show without id") << QStringList{u"show"_s} << QByteArray("masthead: show: ");
        QTest::newRow("refresh-all is the app's")
                << QStringList{u"stats"_s, u"--refresh-all"_s} << QByteArray("--refresh-all does not go with stats");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const Run run = masthead(QStringList{u"--data-dir"_s, dir.path()} + args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1); // one clear line
    }

    void notAvailableYet()
    {
        QTemporaryDir dir;
        for (const QString &command : QStringList()) {
            const Run run = masthead({u"--data-dir"_s, dir.path(), command});
            if (run.err.contains("not available yet")) {
                QCOMPARE(run.exitCode, 1);
                QCOMPARE(run.err, "masthead: %1: not available yet\n"_ba.replace("%1", command.toUtf8()));
            } else {
                QVERIFY2(run.exitCode >= 0 && run.exitCode <= 5, qPrintable(command));
            }
        }
    }

    void demoStatsMatchTheDemoLibrary()
    {
        QFile demoFile(qEnvironmentVariable("MASTHEAD_SOURCE_DIR") + u"/resources/demo/demo.json"_s);
        QVERIFY(demoFile.open(QIODevice::ReadOnly));
        const QJsonObject demo = QJsonDocument::fromJson(demoFile.readAll()).object();
        int categories = 0;
        std::function<void(const QJsonArray &)> count = [&](const QJsonArray &nodes) {
            for (const QJsonValue &node : nodes) {
                ++categories;
                count(node[u"children"_s].toArray());
            }
        };
        count(demo[u"categories"_s].toArray());
        int unread = 0, starred = 0;
        const QJsonArray articles = demo[u"articles"_s].toArray();
        for (const QJsonValue &a : articles) {
            unread += a[u"read"_s].toBool() ? 0 : 1;
            starred += a[u"starred"_s].toBool() ? 1 : 0;
        }

        QTemporaryDir dir;
        // Global options may stand after the subcommand.
        const Run run = masthead({u"--demo"_s, u"stats"_s, u"--json"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(stats[u"feeds"_s].toInt(), demo[u"feeds"_s].toArray().size());
        QCOMPARE(stats[u"categories"_s].toInt(), categories);
        QCOMPARE(stats[u"articles"_s].toInt(), articles.size());
        QCOMPARE(stats[u"unread"_s].toInt(), unread);
        QCOMPARE(stats[u"starred"_s].toInt(), starred);
        QVERIFY(stats[u"database_bytes"_s].toInteger() > 0);
        QCOMPARE(stats[u"cache_bytes"_s].toInteger(), 0);

        // Loading the demo again adds nothing.
        const Run again = masthead({u"--data-dir"_s, dir.path(), u"--demo"_s, u"stats"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(again.out).object()[u"articles"_s].toInt(), articles.size());
    }

    void dataDirFromEnvironment()
    {
        QTemporaryDir dir;
        QProcessEnvironment env;
        env.insert(u"MASTHEAD_DATA_DIR"_s, dir.path() + u"/nested/lib"_s);
        const Run run = masthead({u"stats"_s, u"--json"_s}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(dir.path() + u"/nested/lib/library.sqlite"_s));
        QCOMPARE(QJsonDocument::fromJson(run.out).object()[u"data_dir"_s].toString(),
                 dir.path() + u"/nested/lib"_s);
    }

    void listShowCategories()
    {
        QTemporaryDir dir;
        QCOMPARE(masthead({u"--data-dir"_s, dir.path(), u"--demo"_s, u"-q"_s, u"stats"_s}).exitCode, 0);
        const Run list = masthead({u"--data-dir"_s, dir.path(), u"list"_s, u"--json"_s, u"--limit"_s, u"3"_s});
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first[u"title"_s].toString(), u"US-Israel Talks Aim for Peace and Security in Gaza"_s);

        const Run show = masthead({u"--data-dir"_s, dir.path(), u"show"_s,
                                   QString::number(first[u"id"_s].toInteger()), u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject article = QJsonDocument::fromJson(show.out).object();
        for (const char *key : {"id", "feed", "title", "link", "author", "published", "categories", "summary",
                                "content_html", "content_text", "images", "read", "starred"})
            QVERIFY2(article.contains(QLatin1StringView(key)), key);
        QCOMPARE(article[u"published"_s].toString(), u"2026-11-25T07:45:00Z"_s);

        const Run politics = masthead({u"--data-dir"_s, dir.path(), u"list"_s, u"--category"_s,
                                       u"Micro News/Politics"_s, u"--json"_s});
        QCOMPARE(politics.exitCode, 0);
        QCOMPARE(politics.out.trimmed().split('\n').size(), 4);

        const Run tree = masthead({u"--data-dir"_s, dir.path(), u"categories"_s, u"--json"_s});
        QCOMPARE(tree.exitCode, 0);
        const QJsonArray roots = QJsonDocument::fromJson(tree.out).array();
        QCOMPARE(roots.first()[u"path"_s].toString(), u"Micro News"_s);
        for (const char *key : {"id", "name", "path", "subscribed", "unread", "total", "feeds", "children"})
            QVERIFY2(roots.first().toObject().contains(QLatin1StringView(key)), key);

        QCOMPARE(masthead({u"--data-dir"_s, dir.path(), u"show"_s, u"999999"_s}).exitCode, 5);
        QCOMPARE(masthead({u"--data-dir"_s, dir.path(), u"list"_s, u"--category"_s, u"Nope"_s}).exitCode, 5);
        QCOMPARE(masthead({u"--data-dir"_s, dir.path(), u"subscribe"_s, u"Nope/Never"_s}).exitCode, 5);
        QCOMPARE(masthead({u"--data-dir"_s, dir.path(), u"unsubscribe"_s, u"Micro News"_s}).exitCode, 0);
        const Run after = masthead({u"--data-dir"_s, dir.path(), u"categories"_s, u"--json"_s});
        const QJsonObject micro = QJsonDocument::fromJson(after.out).array().first().toObject();
        QCOMPARE(micro[u"subscribed"_s].toBool(), false);
        QCOMPARE(micro[u"children"_s].toArray().first()[u"subscribed"_s].toBool(), false);
    }

    void parseCommand()
    {
        QTemporaryDir dir;
        const QString feed = dir.filePath(u"feed.xml"_s);
        QFile file(feed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T &amp; U</title>"
                   "<item><title>One</title><link>/a</link><pubDate>Tue, 10 Nov 2026 08:00:00 +0100</pubDate></item>"
                   "</channel></rss>");
        file.close();
        const Run run = masthead({u"parse"_s, feed, u"--json"_s, u"--base-url"_s, u"https://example.com/x/"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc[u"format"_s].toString(), u"rss20"_s);
        QCOMPARE(doc[u"title"_s].toString(), u"T & U"_s);
        const QJsonObject entry = doc[u"entries"_s].toArray().first().toObject();
        QCOMPARE(entry[u"link"_s].toString(), u"https://example.com/a"_s);
        QCOMPARE(entry[u"published"_s].toString(), u"2026-11-10T07:00:00Z"_s);

        QFile empty(dir.filePath(u"empty.xml"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(masthead({u"parse"_s, empty.fileName()}).exitCode, 2);
        QCOMPARE(masthead({u"parse"_s, dir.filePath(u"missing.xml"_s)}).exitCode, 2);
        const Run html = masthead({u"parse"_s, QFINDTESTDATA("tst_cli.cpp")});
        QCOMPARE(html.exitCode, 2);
        QVERIFY(html.err.startsWith("masthead: parse: "));
    }

    void sanitizeAndExtract()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"page.html"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html><head><title>Headline - Site</title></head><body><article><h1>Headline</h1>"
                   "<p onclick=\"x()\">First paragraph of the story, long enough to count as text.</p>"
                   "<script>alert(1)</script><img src=\"/i.png\"></article></body></html>");
        file.close();
        const Run clean = masthead({u"sanitize"_s, file.fileName(), u"--url"_s, u"https://example.com/a/"_s});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(!clean.out.contains("script"));
        QVERIFY(!clean.out.contains("onclick"));
        QVERIFY(clean.out.contains("https://example.com/i.png"));
        const Run extracted = masthead({u"extract"_s, file.fileName(), u"--json"_s});
        QCOMPARE(extracted.exitCode, 0);
        const QJsonObject a = QJsonDocument::fromJson(extracted.out).object();
        for (const char *key : {"title", "byline", "published", "language", "lead_image", "text", "html"})
            QVERIFY2(a.contains(QLatin1StringView(key)), key);
        QVERIFY(a[u"text"_s].toString().contains(u"First paragraph"_s));
    }

    void addRefreshExportOffline()
    {
        QTemporaryDir dir;
        const QString feed = dir.filePath(u"feed.xml"_s);
        QFile file(feed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>"
                   "<item><guid>1</guid><title>Local story about harbours</title></item></channel></rss>");
        file.close();
        const QString data = dir.filePath(u"lib"_s);
        const Run add = masthead({u"--data-dir"_s, data, u"--offline"_s, u"add"_s,
                                  QUrl::fromLocalFile(feed).toString(), u"--category"_s, u"Home/Local"_s, u"--json"_s});
        QCOMPARE(add.exitCode, 0);
        const QJsonObject added = QJsonDocument::fromJson(add.out).object();
        QCOMPARE(added[u"feeds"_s].toArray().first()[u"title"_s].toString(), u"Local"_s);
        QCOMPARE(added[u"categories"_s].toArray().first().toString(), u"Home/Local"_s);

        const Run refresh = masthead({u"--data-dir"_s, data, u"--offline"_s, u"refresh"_s, u"--json"_s});
        QCOMPARE(refresh.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(refresh.out).object();
        QCOMPARE(report[u"new_articles"_s].toInt(), 1);
        for (const char *key : {"feeds", "fetched", "not_modified", "failed", "new_articles", "updated_articles", "bytes", "seconds",
                                "feeds_seconds", "full_text_articles", "images_stored", "images_failed"})
            QVERIFY2(report.contains(QLatin1StringView(key)), key);
        QVERIFY(report[u"feeds_seconds"_s].toDouble() <= report[u"seconds"_s].toDouble());

        const Run search = masthead({u"--data-dir"_s, data, u"search"_s, u"harbour*"_s, u"--json"_s});
        QCOMPARE(search.exitCode, 0);
        QVERIFY(search.out.contains("Local story about harbours"));

        const Run opml = masthead({u"--data-dir"_s, data, u"export-opml"_s});
        QCOMPARE(opml.exitCode, 0);
        QVERIFY(opml.out.contains("<opml"));
        QVERIFY(opml.out.contains("Local"));

        // A feed that needs the network, offline: every source fails, exit 3.
        QCOMPARE(masthead({u"--data-dir"_s, data, u"add"_s, u"http://127.0.0.1:9/feed"_s, u"--offline"_s}).exitCode, 3);
        const QString other = dir.filePath(u"lib2"_s);
        QFile list(dir.filePath(u"list.opml"_s));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("<opml version=\"2.0\"><body><outline text=\"F\"><outline type=\"rss\" text=\"R\" xmlUrl=\"http://127.0.0.1:9/r\"/></outline></body></opml>");
        list.close();
        QCOMPARE(masthead({u"--data-dir"_s, other, u"import-opml"_s, list.fileName()}).exitCode, 0);
        const Run offline = masthead({u"--data-dir"_s, other, u"--offline"_s, u"refresh"_s});
        QCOMPARE(offline.exitCode, 3);
        QVERIFY(offline.err.contains("masthead: refresh: "));
        QCOMPARE(masthead({u"--data-dir"_s, other, u"remove"_s, u"99"_s}).exitCode, 5);
    }

    void discoverPrintsWhatASiteOffers()
    {
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories(FakeWordPress::realisticTree());
        site.install();
        QTemporaryDir dir;
        const QString data = dir.filePath(u"lib"_s);
        const Run run = mastheadServing({u"--data-dir"_s, data, u"discover"_s, site.home().toString(), u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out.count('\n'), 1); // one document
        const QJsonObject found = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(found[u"url"_s].toString(), site.home().toString());
        QCOMPARE(found[u"kind"_s].toString(), u"site"_s);
        const QJsonArray feeds = found[u"feeds"_s].toArray();
        QCOMPARE(feeds.size(), 2);
        for (const char *key : {"url", "title", "items", "newest"})
            QVERIFY2(feeds.first().toObject().contains(QLatin1StringView(key)), key);
        QCOMPARE(feeds.first()[u"url"_s].toString(), server.url(u"/feed/"_s).toString());
        QCOMPARE(feeds.first()[u"items"_s].toInt(), 10);
        QVERIFY(feeds.first()[u"newest"_s].toString().endsWith(u'Z'));
        const QJsonArray tree = found[u"tree"_s].toArray();
        QCOMPARE(countTree(tree), 27);
        for (const char *key : {"name", "feed", "posts", "children"})
            QVERIFY2(tree.first().toObject().contains(QLatin1StringView(key)), key);
        bool sawAmpersand = false;
        for (const QJsonValue &node : tree) {
            if (node[u"name"_s].toString() == "Politics & Policy"_L1) {
                sawAmpersand = true;
                QCOMPARE(node[u"posts"_s].toInt(), 5);
                QVERIFY(node[u"feed"_s].toString().endsWith(u"/feed/"_s));
            }
        }
        QVERIFY(sawAmpersand);
        // Nothing was subscribed; no library was even made.
        QVERIFY(!QFileInfo::exists(data + u"/library.sqlite"_s));

        const Run text = mastheadServing({u"discover"_s, site.home().toString()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("World Deepest"));
    }

    void discoverFailsWithOneClearLine()
    {
        TestHttpServer server;
        server.route(u"/plain"_s, TestHttpServer::Response::ok("<html><body>hello</body></html>", "text/html"));
        struct Case
        {
            QStringList args;
            int code;
        };
        const QList<Case> cases{{{u"discover"_s, server.url(u"/missing"_s).toString()}, 3},
                                {{u"discover"_s, server.url(u"/plain"_s).toString()}, 2},
                                {{u"discover"_s, u"ftp://example.com/"_s}, 2},
                                {{u"discover"_s, server.url(u"/plain"_s).toString(), u"--offline"_s}, 3},
                                {{u"discover"_s}, 1}};
        for (const Case &c : cases) {
            const Run run = mastheadServing(c.args + QStringList{u"--json"_s});
            QVERIFY2(run.exitCode == c.code, qPrintable(c.args.join(u' ') + u": "_s + QString::fromUtf8(run.err)));
            QVERIFY(run.out.isEmpty());
            QVERIFY(run.err.startsWith("masthead: discover: "));
            QCOMPARE(run.err.count('\n'), 1);
        }
    }

    void addOfAWordPressSiteSubscribesItsTree()
    {
        TestHttpServer server;
        FakeWordPress site(server);
        site.setCategories(FakeWordPress::realisticTree());
        site.install();
        QTemporaryDir dir;
        const QString data = dir.filePath(u"lib"_s);
        const Run add = mastheadServing({u"--data-dir"_s, data, u"add"_s, site.home().toString(), u"--json"_s});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const QJsonObject added = QJsonDocument::fromJson(add.out).object();
        QCOMPARE(added[u"feeds"_s].toArray().size(), 27);
        QVERIFY(added[u"categories"_s].toArray().contains(site.siteName() + u"/World/World 1/World Deep/World Deepest"_s));
        for (const QJsonValue &feed : added[u"feeds"_s].toArray())
            QVERIFY(feed[u"category"_s].toString().startsWith(site.siteName() + u'/'));

        const Run categories = masthead({u"--data-dir"_s, data, u"categories"_s, u"--json"_s});
        QCOMPARE(categories.exitCode, 0);
        QVERIFY(categories.out.contains("World Deepest"));

        // Under --category PATH instead of the site's name.
        const QString other = dir.filePath(u"lib2"_s);
        const Run under = mastheadServing({u"--data-dir"_s, other, u"add"_s, site.home().toString(),
                                           u"--category"_s, u"Sites/WP"_s, u"--json"_s});
        QVERIFY2(under.exitCode == 0, under.err.constData());
        const QJsonObject placed = QJsonDocument::fromJson(under.out).object();
        QCOMPARE(placed[u"feeds"_s].toArray().size(), 27);
        QVERIFY(placed[u"categories"_s].toArray().contains(u"Sites/WP/Empty Corner"_s));
    }

    // Right after a big refresh search and related answer from what is
    // indexed and say how much is not; --wait-for-index waits for all of it.
    void searchAnswersBeforeTheIndexIsComplete()
    {
        QTemporaryDir dir;
        QCOMPARE(masthead({u"--data-dir"_s, dir.path(), u"--demo"_s, u"-q"_s, u"stats"_s}).exitCode, 0);
        // The demo is indexed as it is imported: queued again, as a refresh leaves its articles.
        QCOMPARE(QProcess::execute(u"sqlite3"_s, {dir.filePath(u"library.sqlite"_s),
                                                 u"INSERT OR IGNORE INTO index_queue SELECT id FROM articles;"_s}),
                 0);
        QProcessEnvironment noWait;
        noWait.insert(u"MASTHEAD_INDEX_WAIT_MS"_s, u"0"_s);
        const Run early = masthead({u"--data-dir"_s, dir.path(), u"search"_s, u"Walmart"_s, u"--json"_s}, noWait);
        QCOMPARE(early.exitCode, 0);
        QVERIFY2(early.err.contains("still waiting to be indexed"), early.err.constData());
        const Run related = masthead({u"--data-dir"_s, dir.path(), u"related"_s, u"1"_s, u"--json"_s}, noWait);
        QVERIFY2(related.err.contains("still waiting to be indexed"), related.err.constData());

        const Run waited = masthead({u"--data-dir"_s, dir.path(), u"search"_s, u"Walmart"_s, u"--json"_s,
                                     u"--wait-for-index"_s},
                                    noWait);
        QCOMPARE(waited.exitCode, 0);
        QVERIFY2(!waited.err.contains("still waiting"), waited.err.constData());
        QVERIFY(waited.out.contains("Walmart"));
        // Indexed now: nothing waits, without the option too.
        const Run after = masthead({u"--data-dir"_s, dir.path(), u"search"_s, u"Walmart"_s, u"--json"_s}, noWait);
        QVERIFY2(!after.err.contains("still waiting"), after.err.constData());
        QCOMPARE(after.out, waited.out);
    }

    void relatedCommand()
    {
        QTemporaryDir dir;
        QCOMPARE(masthead({u"--data-dir"_s, dir.path(), u"--demo"_s, u"-q"_s, u"stats"_s}).exitCode, 0);
        const Run list = masthead({u"--data-dir"_s, dir.path(), u"list"_s, u"--json"_s, u"--limit"_s, u"1"_s});
        const QJsonObject seed = QJsonDocument::fromJson(list.out.trimmed()).object();
        const QString id = QString::number(seed[u"id"_s].toInteger());

        const Run run = masthead({u"--data-dir"_s, dir.path(), u"related"_s, id, u"999999"_s, u"--json"_s, u"--limit"_s, u"3"_s});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first[u"id"_s].toInteger(), seed[u"id"_s].toInteger());
        const QJsonArray related = first[u"related"_s].toArray();
        QCOMPARE(related.size(), 3);
        QStringList titles;
        for (const QJsonValue &r : related) {
            for (const char *key : {"id", "title", "link", "summary", "feed", "score", "same_story"})
                QVERIFY2(r.toObject().contains(QLatin1StringView(key)), key);
            QVERIFY(r[u"id"_s].toInteger() != seed[u"id"_s].toInteger());
            titles.append(r[u"title"_s].toString());
        }
        QVERIFY2(titles.contains(u"Walmart Faces Backlash Over Shirts Feature Terror Leaders"_s), qPrintable(titles.join(u" | "_s)));
        const QJsonObject missing = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(missing[u"error"_s].toString(), u"not found"_s);
        QCOMPARE(missing[u"input"_s].toString(), u"999999"_s);

        // stdin: ids and links, answered in input order.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("MASTHEAD_BINARY"), {u"--data-dir"_s, dir.path(), u"related"_s, u"-"_s, u"--json"_s});
        process.write(id.toUtf8() + "\n" + seed[u"title"_s].toString().toUtf8() + "\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> out = process.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(out.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(out.at(0)).object()[u"id"_s].toInteger(), seed[u"id"_s].toInteger());
        QCOMPARE(QJsonDocument::fromJson(out.at(1)).object()[u"error"_s].toString(), u"not found"_s);

        QCOMPARE(masthead({u"--data-dir"_s, dir.path(), u"related"_s, u"424242"_s}).exitCode, 5);
    }

    void newerLibraryIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        QCOMPARE(masthead({u"--data-dir"_s, dir.path(), u"stats"_s}).exitCode, 0);
        const QString db = dir.path() + u"/library.sqlite"_s;
        QCOMPARE(QProcess::execute(u"sqlite3"_s, {db, u"PRAGMA user_version = 9999;"_s}), 0);
        const QByteArray before = fileHash(db);
        const Run run = masthead({u"--data-dir"_s, dir.path(), u"stats"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.startsWith("masthead: stats: ") && run.err.contains("newer"), run.err.constData());
        QCOMPARE(fileHash(db), before);
    }

    void garbageLibraryIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString db = dir.path() + u"/library.sqlite"_s;
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = fileHash(db);
        const Run run = masthead({u"--data-dir"_s, dir.path(), u"stats"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("not a Masthead library"), run.err.constData());
        QCOMPARE(fileHash(db), before);
        QVERIFY(!QFile::exists(db + u"-wal"_s));
    }

    void appWithoutDisplayFailsCleanly()
    {
        QTemporaryDir dir;
        const Run run = masthead({u"--data-dir"_s, dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no display"), run.err.constData());
    }

    // A second launch of the app for the same library hands its file to the
    // window already open, and leaves; commands work beside the window.
    void secondLaunchHandsOverToTheWindow()
    {
        QTemporaryDir dir;
        const QString opml = dir.filePath(u"list.opml"_s);
        QFile file(opml);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version='1.0'?><opml version='2.0'><head><title>t</title></head><body>"
                   "<outline text='Handed Over'><outline text='Loopback' type='rss' "
                   "xmlUrl='http://127.0.0.1:9/feed.xml'/></outline></body></opml>");
        file.close();
        const QString data = dir.filePath(u"library"_s);
        QProcessEnvironment env;
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess window;
        QProcessEnvironment windowEnv = QProcessEnvironment::systemEnvironment();
        windowEnv.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        window.setProcessEnvironment(windowEnv);
        window.start(qEnvironmentVariable("MASTHEAD_BINARY"), {u"--data-dir"_s, data, u"--offline"_s});
        QVERIFY(window.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(data).filePath(u"instance.lock"_s)), 30000);

        // The running window takes the file: it opens the subscribe dialog
        // with the list's outline to check (tst_mainwindow drives that
        // dialog); nothing is subscribed before the person says so.
        const Run second = masthead({u"--data-dir"_s, data, opml}, env);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(window.state(), QProcess::Running);
        QVERIFY(!masthead({u"--data-dir"_s, data, u"categories"_s}).out.contains("Handed Over"));

        // A missing file is bad input, said before any window is bothered.
        const Run missing = masthead({u"--data-dir"_s, data, dir.filePath(u"missing.opml"_s)}, env);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("no such file"), missing.err.constData());
        window.kill();
        window.waitForFinished();
    }

    void damagedLibraryIsExit4UntilThePersonAgrees()
    {
        QTemporaryDir dir;
        const QString db = dir.path() + u"/library.sqlite"_s;
        QCOMPARE(masthead({u"--data-dir"_s, dir.path(), u"--demo"_s, u"stats"_s}).exitCode, 0);
        QVERIFY(QFileInfo(db + u"-wal"_s).size() <= 0); // all of it in the file itself
        {
            // Garbage over the b-tree pages after the schema page, as a
            // failing disk leaves them.
            QFile file(db);
            QVERIFY(file.open(QIODevice::ReadWrite));
            // The page size, from the file header (big-endian at offset 16).
            QVERIFY(file.seek(16));
            const QByteArray size = file.read(2);
            QCOMPARE(size.size(), 2);
            const int stored = quint8(size[0]) << 8 | quint8(size[1]);
            const qint64 pageSize = stored == 1 ? 65536 : stored;
            QVERIFY(file.size() > 8 * pageSize);
            for (qint64 page = 2; page <= 8; ++page) {
                QVERIFY(file.seek((page - 1) * pageSize + 8));
                QCOMPARE(file.write(QByteArray(200, '\x5a')), 200);
            }
        }
        const QByteArray damaged = fileHash(db);

        const Run refused = masthead({u"--data-dir"_s, dir.path(), u"stats"_s});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY2(refused.err.startsWith("masthead: stats: "), refused.err.constData());
        QVERIFY2(refused.err.contains("damaged"), refused.err.constData());
        QVERIFY2(refused.err.contains("--reset-corrupt-library"), refused.err.constData());
        QCOMPARE(fileHash(db), damaged);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"library.sqlite"_s});

        const Run reset = masthead({u"--data-dir"_s, dir.path(), u"stats"_s, u"--reset-corrupt-library"_s});
        QCOMPARE(reset.exitCode, 0);
        QVERIFY2(reset.err.contains("moved to"), reset.err.constData());
        const QStringList aside = QDir(dir.path()).entryList({u"library.sqlite.corrupt-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(QRegularExpression(u"^library\\.sqlite\\.corrupt-\\d{8}-\\d{6}$"_s).match(aside.first()).hasMatch(),
                 qPrintable(aside.first()));
        QCOMPARE(fileHash(dir.path() + u'/' + aside.first()), damaged);
        QCOMPARE(masthead({u"--data-dir"_s, dir.path(), u"stats"_s}).exitCode, 0);
        QVERIFY(masthead({u"--help"_s}).out.contains("--reset-corrupt-library"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
