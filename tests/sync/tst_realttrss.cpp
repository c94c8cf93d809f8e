// Sync against a real Tiny Tiny RSS (Debian 12's tt-rss 21) on loopback: a
// private PostgreSQL cluster on a Unix socket in a temporary directory, the
// package's schema, the admin user with its preference rows (a user made
// in SQL has none, and without ENABLE_API_ACCESS the API says API_DISABLED),
// and `php -S` serving /usr/share/tt-rss/www with our database settings
// prepended to the package's config. Feeds and articles are put in with SQL:
// this tt-rss refuses to fetch loopback addresses and odd ports.
// Skipped, saying why, without the packages (MASTHEAD_TTRSS_TESTS=1 in
// scripts/setup installs them).

#include "syncengine.h"
#include "testhttpserver.h"
#include "synchttp.h"
#include "ttrssclient.h"
#include "library.h"

#include <pwd.h>
#include <unistd.h>

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kWww = u"/usr/share/tt-rss/www"_s;
const QString kSchema = u"/usr/share/tt-rss/schema/ttrss_schema_pgsql.sql"_s;

QString pgTool(const QString &name)
{
    const QDir lib(u"/usr/lib/postgresql"_s);
    for (const QString &version : lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
        const QString path = lib.filePath(version + u"/bin/"_s + name);
        if (QFile::exists(path))
            return path;
    }
    return QStandardPaths::findExecutable(name);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// One tt-rss with its own database server, for one test.
class RealTtrss final
{
public:
    static QString missing()
    {
        if (QStandardPaths::findExecutable(u"php"_s).isEmpty())
            return u"php (php8.2-cli)"_s;
        for (const QString &tool : {u"initdb"_s, u"pg_ctl"_s, u"psql"_s})
            if (pgTool(tool).isEmpty())
                return u"%1 (postgresql)"_s.arg(tool);
        if (!QFile::exists(kWww + u"/api/index.php"_s) || !QFile::exists(kSchema))
            return u"tt-rss"_s;
        QProcess php;
        php.start(u"php"_s, {u"-m"_s});
        php.waitForFinished();
        if (!php.readAllStandardOutput().contains("pdo_pgsql"))
            return u"php8.2-pgsql"_s;
        return {};
    }

    ~RealTtrss()
    {
        if (m_php.state() != QProcess::NotRunning) {
            m_php.terminate();
            if (!m_php.waitForFinished(5000))
                m_php.kill();
            m_php.waitForFinished();
        }
        if (m_started)
            (void)run(pgTool(u"pg_ctl"_s), {u"-D"_s, m_dir.filePath(u"pg"_s), u"-m"_s, u"immediate"_s, u"stop"_s}, true);
    }

    // An error message; empty when the server is up.
    QString start()
    {
        if (!m_dir.isValid())
            return u"no temporary directory"_s;
        m_root = ::geteuid() == 0;
        if (m_root) { // PostgreSQL refuses to run as root: as its own user then
            const passwd *pg = ::getpwnam("postgres");
            if (!pg)
                return u"running as root and there is no postgres user"_s;
            if (::chown(qPrintable(m_dir.path()), pg->pw_uid, pg->pw_gid) != 0)
                return u"cannot hand the temporary directory to postgres"_s;
        }
        m_pgPort = freePort();
        QString error = run(pgTool(u"initdb"_s), {u"-D"_s, m_dir.filePath(u"pg"_s), u"-U"_s, u"ttrss"_s,
                                                  u"--auth=trust"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s}, true);
        if (!error.isEmpty())
            return error;
        error = run(pgTool(u"pg_ctl"_s), {u"-D"_s, m_dir.filePath(u"pg"_s), u"-l"_s, m_dir.filePath(u"pg.log"_s), u"-w"_s,
                                          u"-o"_s, u"-k %1 -c listen_addresses= -p %2"_s.arg(m_dir.path()).arg(m_pgPort),
                                          u"start"_s}, true);
        if (!error.isEmpty())
            return error;
        m_started = true;
        if (error = psql(u"postgres"_s, u"CREATE DATABASE ttrss"_s); !error.isEmpty())
            return error;
        if (error = run(pgTool(u"psql"_s), psqlArgs(u"ttrss"_s) + QStringList{u"-f"_s, kSchema}); !error.isEmpty())
            return error;
        // The default preference rows tt-rss makes for a user it creates
        // itself, with the API switched on.
        error = sql(u"INSERT INTO ttrss_user_prefs (owner_uid, pref_name, value)"
                    " SELECT 1, pref_name, def_value FROM ttrss_prefs;"
                    "UPDATE ttrss_user_prefs SET value = 'true' WHERE pref_name = 'ENABLE_API_ACCESS';"_s);
        if (!error.isEmpty())
            return error;
        for (const QString &sub : {u"lock"_s, u"cache/images"_s, u"cache/upload"_s, u"cache/export"_s, u"cache/feeds"_s})
            QDir().mkpath(m_dir.filePath(sub));
        // A copy of the web root (its links made absolute) with the test's
        // plugin in plugins.local.
        const QString www = m_dir.filePath(u"www"_s);
        if (error = run(u"cp"_s, {u"-a"_s, kWww, www}); !error.isEmpty())
            return error;
        QDirIterator links(www, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (links.hasNext()) {
            const QFileInfo link(links.next());
            if (!link.isSymLink())
                continue;
            const QString original = kWww + link.filePath().mid(www.size());
            const QString target = QFileInfo(original).canonicalFilePath();
            QFile::remove(link.filePath());
            if (!target.isEmpty())
                QFile::link(target, link.filePath());
        }
        QDir().mkpath(www + u"/plugins.local/masthead_test"_s);
        if (!QFile::copy(qEnvironmentVariable("MASTHEAD_SOURCE_DIR") + u"/tests/support/ttrss/masthead_test/init.php"_s,
                         www + u"/plugins.local/masthead_test/init.php"_s))
            return u"cannot install the test plugin"_s;
        m_www = www;
        m_phpPort = freePort();
        QFile prepend(m_dir.filePath(u"prepend.php"_s));
        if (!prepend.open(QIODevice::WriteOnly))
            return u"cannot write prepend.php"_s;
        prepend.write(u"<?php\ndefine('DB_TYPE', 'pgsql'); define('DB_HOST', '%1'); define('DB_PORT', '%2');\n"
                      "define('DB_USER', 'ttrss'); define('DB_NAME', 'ttrss'); define('DB_PASS', '');\n"
                      "define('SELF_URL_PATH', 'http://127.0.0.1:%3/');\n"
                      "define('LOCK_DIRECTORY', '%1/lock'); define('CACHE_DIR', '%1/cache');\n"
                      "define('PLUGINS', 'auth_internal, note, masthead_test');\n"
                      "define('MASTHEAD_FEED_SERVER', '%4');\n"_s
                              .arg(m_dir.path()).arg(m_pgPort).arg(m_phpPort).arg(m_feeds.url(u"/"_s).toString())
                              .toUtf8());
        prepend.close();
        m_php.setWorkingDirectory(m_www);
        m_php.setProcessChannelMode(QProcess::MergedChannels);
        m_php.setStandardOutputFile(m_dir.filePath(u"php-server.log"_s));
        m_php.start(u"php"_s, {u"-d"_s, u"display_errors=0"_s, u"-d"_s, u"log_errors=1"_s, u"-d"_s,
                               u"error_log="_s + m_dir.filePath(u"php.log"_s), u"-d"_s,
                               u"auto_prepend_file="_s + prepend.fileName(), u"-S"_s,
                               u"127.0.0.1:%1"_s.arg(m_phpPort), u"-t"_s, m_www});
        if (!m_php.waitForStarted())
            return u"php did not start"_s;
        for (int i = 0; i < 100; ++i) { // up when it takes connections
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_phpPort);
            if (socket.waitForConnected(100))
                return {};
            QTest::qWait(50);
        }
        return u"php -S did not listen"_s;
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_phpPort)); }
    // The feed server behind http://feeds.masthead.test/ (see the plugin).
    TestHttpServer &feeds() { return m_feeds; }

    QString sql(const QString &statements) { return psql(u"ttrss"_s, statements); }
    QString query(const QString &select)
    {
        QProcess p;
        p.start(pgTool(u"psql"_s), psqlArgs(u"ttrss"_s) + QStringList{u"-Atc"_s, select});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private:
    QStringList psqlArgs(const QString &db) const
    {
        return {u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_pgPort), u"-U"_s, u"ttrss"_s, u"-d"_s, db,
                u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-q"_s};
    }
    QString psql(const QString &db, const QString &statements)
    {
        return run(pgTool(u"psql"_s), psqlArgs(db) + QStringList{u"-c"_s, statements});
    }
    QString run(const QString &program, const QStringList &args, bool asPostgres = false)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        if (asPostgres && m_root)
            p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
        else
            p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return u"%1 failed: %2"_s.arg(QFileInfo(program).fileName(),
                                          QString::fromLocal8Bit(p.readAllStandardError()).left(500));
        return {};
    }

    QTemporaryDir m_dir;
    TestHttpServer m_feeds;
    QString m_www;
    QProcess m_php;
    bool m_root = false;
    bool m_started = false;
    quint16 m_pgPort = 0;
    quint16 m_phpPort = 0;
};

} // namespace

class TestRealTtrss final : public QObject
{
    Q_OBJECT

    std::unique_ptr<RealTtrss> m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Library> m_library;
    qint64 m_accountId = 0;

    SyncEngine::Report syncNow(bool offline = false)
    {
        SyncHttp http(20000);
        http.setOffline(offline);
        TtrssClient client(http, m_server->url(), u"admin"_s, u"password"_s);
        const Account account = *m_library->accounts().find(m_accountId).value();
        return SyncEngine(*m_library).sync(account, client);
    }
    qint64 local(int remote)
    {
        auto ids = SqlUtil::idColumn(m_library->database().connection(),
                                     u"SELECT article_id FROM remote_articles WHERE remote_id = ?"_s,
                                     {QString::number(remote)});
        return ids && !ids->isEmpty() ? ids->first() : 0;
    }
    Article article(int remote) { return *m_library->articles().find(local(remote)).value(); }
    bool callApi(const QString &op, QJsonObject params)
    {
        SyncHttp http(30000);
        auto login = http.post(m_server->url().resolved(QUrl(u"api/"_s)),
                               R"({"op":"login","user":"admin","password":"password"})", "application/json");
        if (!login)
            return false;
        params.insert("op"_L1, op);
        params.insert("sid"_L1, QJsonDocument::fromJson(login->body).object().value("content"_L1).toObject()
                                        .value("session_id"_L1).toString());
        auto answer = http.post(m_server->url().resolved(QUrl(u"api/"_s)), QJsonDocument(params).toJson(),
                                "application/json");
        return answer && QJsonDocument::fromJson(answer->body).object().value("status"_L1).toInt(-1) == 0;
    }
    QString serverFlags(int remote)
    {
        return m_server->query(u"SELECT unread || ',' || marked FROM ttrss_user_entries WHERE ref_id = %1"_s.arg(remote));
    }

private slots:
    void initTestCase()
    {
        if (const QString missing = RealTtrss::missing(); !missing.isEmpty())
            QSKIP(qPrintable(u"needs %1 (install with MASTHEAD_TTRSS_TESTS=1 scripts/setup)"_s.arg(missing)));
    }

    void init()
    {
        m_server = std::make_unique<RealTtrss>();
        const QString error = m_server->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A nested category (getCategories would show it flat), two feeds,
        // six articles, one read and one starred.
        QCOMPARE(m_server->sql(
                         u"INSERT INTO ttrss_feed_categories (id, owner_uid, title, parent_cat) VALUES"
                         " (101, 1, 'World', NULL), (102, 1, 'Europe', 101);"
                         "INSERT INTO ttrss_feeds (id, owner_uid, title, feed_url, cat_id, site_url) VALUES"
                         " (201, 1, 'Euro Wire', 'https://wire.example/feed', 102, 'https://wire.example/'),"
                         " (202, 1, 'Loose', 'https://loose.example/rss', NULL, 'https://loose.example/');"
                         "INSERT INTO ttrss_entries (id, title, guid, link, updated, content, content_hash,"
                         " date_entered, date_updated, author) SELECT 1000 + g, 'Story ' || g, 'guid-' || g,"
                         " 'https://wire.example/' || g, now() - g * interval '1 minute',"
                         " '<p>Story ' || g || '</p><script>x()</script>', 'h' || g, now(), now(), 'Ana'"
                         " FROM generate_series(1, 6) g;"
                         "INSERT INTO ttrss_user_entries (ref_id, uuid, feed_id, owner_uid, tag_cache, label_cache,"
                         " unread, marked) SELECT 1000 + g, '', CASE WHEN g % 2 = 0 THEN 201 ELSE 202 END, 1, '', '',"
                         " g <> 1, g = 2 FROM generate_series(1, 6) g;"
                         // What tt-rss itself adds later takes ids after these.
                         "SELECT setval('ttrss_entries_id_seq', 2000); SELECT setval('ttrss_feeds_id_seq', 300);"
                         "SELECT setval('ttrss_feed_categories_id_seq', 200);"_s),
                 QString());
        m_dataDir = std::make_unique<QTemporaryDir>();
        m_library = std::move(Library::open(m_dataDir->path())).value();
        Account a;
        a.type = u"ttrss"_s;
        a.url = m_server->url();
        a.user = u"admin"_s;
        m_accountId = m_library->accounts().add(a).value();
    }

    void cleanup()
    {
        m_library.reset();
        m_server.reset();
    }

    void treeArticlesAndFlags()
    {
        const auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.fetched, 6);
        QVERIFY(m_library->categories().findByPath(u"admin@127.0.0.1/World/Europe"_s).value());
        QVERIFY(article(1001).read);
        QVERIFY(article(1002).starred);
        QVERIFY(!article(1003).read);
        QVERIFY(!article(1004).contentHtml.contains(u"script"_s));
        QCOMPARE(article(1004).author, u"Ana"_s);
        // Nothing new: nothing fetched.
        QCOMPARE(syncNow().fetched, 0);
    }

    void readStarUnreadUnstarBothWays()
    {
        QVERIFY(syncNow().error.isEmpty());
        // From here.
        QVERIFY(m_library->articles().setRead({local(1003)}, true));
        QVERIFY(m_library->articles().setStarred(local(1004), true));
        QVERIFY(m_library->articles().setRead({local(1001)}, false));
        QVERIFY(m_library->articles().setStarred(local(1002), false));
        auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.sent, 4);
        QCOMPARE(serverFlags(1003), u"false,false"_s);
        QCOMPARE(serverFlags(1004), u"true,true"_s);
        QCOMPARE(serverFlags(1001), u"true,false"_s);
        QCOMPARE(serverFlags(1002), u"true,false"_s);
        // From elsewhere.
        QCOMPARE(m_server->sql(u"UPDATE ttrss_user_entries SET unread = false WHERE ref_id = 1005;"
                               "UPDATE ttrss_user_entries SET marked = true WHERE ref_id = 1006;"
                               "UPDATE ttrss_user_entries SET unread = true WHERE ref_id = 1003;"
                               "UPDATE ttrss_user_entries SET marked = false WHERE ref_id = 1004;"_s),
                 QString());
        report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(article(1005).read);
        QVERIFY(article(1006).starred);
        QVERIFY(!article(1003).read);
        QVERIFY(!article(1004).starred);
        QCOMPARE(m_library->syncQueue().count(m_accountId).value(), 0);
    }

    void offlineQueueReplayedAfterRestart()
    {
        QVERIFY(syncNow().error.isEmpty());
        QVERIFY(m_library->articles().setRead({local(1004), local(1006)}, true));
        QVERIFY(m_library->articles().setStarred(local(1005), true));
        QVERIFY(syncNow(true).error.contains(u"offline"_s));
        // A restart: the library closed and opened again.
        m_library.reset();
        m_library = std::move(Library::open(m_dataDir->path())).value();
        QCOMPARE(m_library->syncQueue().count(m_accountId).value(), 3);
        const auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.sent, 3);
        QCOMPARE(serverFlags(1004), u"false,false"_s);
        QCOMPARE(serverFlags(1006), u"false,false"_s);
        QCOMPARE(serverFlags(1005), u"true,true"_s);
    }

    void subscribeAndUnsubscribeFromHere()
    {
        m_server->feeds().route(u"/world.xml"_s, TestHttpServer::Response::ok(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fresh World</title>"
                "<link>https://fresh.example/</link>"
                "<item><title>Fresh one</title><link>https://fresh.example/1</link><guid>fresh-1</guid>"
                "<description>&lt;p&gt;First fresh story.&lt;/p&gt;</description>"
                "<pubDate>Sun, 06 Dec 2026 10:00:00 GMT</pubDate></item>"
                "</channel></rss>", "application/rss+xml"));
        QVERIFY(syncNow().error.isEmpty());
        SyncHttp http(20000);
        TtrssClient client(http, m_server->url(), u"admin"_s, u"password"_s);
        QVERIFY(client.login());
        // Into "World" (the server's category 101).
        auto subscribed = client.subscribe(QUrl(u"http://feeds.masthead.test/world.xml"_s), u"101"_s);
        QVERIFY2(subscribed, qPrintable(subscribed ? QString() : subscribed.error().message));
        const QString feedId = m_server->query(
                u"SELECT id FROM ttrss_feeds WHERE feed_url = 'http://feeds.masthead.test/world.xml'"_s);
        QVERIFY(!feedId.isEmpty());
        // The server fetches it (through the test plugin), as its updater would.
        QVERIFY(callApi(u"updateFeed"_s, {{"feed_id"_L1, feedId.toInt()}}));
        auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.fetched, 1);
        auto local = m_library->syncStore().feedOf(m_accountId, feedId);
        QVERIFY(local && local.value() > 0);
        const auto feed = m_library->feeds().find(local.value()).value();
        QCOMPARE(feed->title, u"Fresh World"_s);
        QCOMPARE(m_library->categories().pathOf(feed->categoryId).value(), (QStringList{u"admin@127.0.0.1"_s, u"World"_s}));
        // Unsubscribed from here: gone there, then here.
        QVERIFY(client.unsubscribe(feedId));
        QVERIFY(m_server->query(u"SELECT count(*) FROM ttrss_feeds WHERE id = "_s + feedId) == u"0"_s);
        QVERIFY(syncNow().error.isEmpty());
        QCOMPARE(m_library->syncStore().feedOf(m_accountId, feedId).value(), 0);
        QCOMPARE(m_library->syncStore().articleCount(m_accountId).value(), 6);
    }

    void editedStoryComesAgain()
    {
        // A feed the server fetches (through the test plugin), whose story
        // its publisher corrects later: same guid, new text and date.
        const auto feedWith = [](const QByteArray &text, const QByteArray &date) {
            return TestHttpServer::Response::ok(
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title>"
                    "<link>https://desk.example/</link>"
                    "<item><title>" + text + "</title><link>https://desk.example/1</link><guid>desk-1</guid>"
                    "<description>&lt;p&gt;" + text + " of the story.&lt;/p&gt;</description>"
                    "<pubDate>" + date + "</pubDate></item></channel></rss>",
                    "application/rss+xml");
        };
        const auto ago = [](int minutes) {
            return QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(-60 * minutes),
                                         u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
        };
        m_server->feeds().route(u"/desk.xml"_s, feedWith("First version", ago(180)));
        SyncHttp http(20000);
        TtrssClient client(http, m_server->url(), u"admin"_s, u"password"_s);
        QVERIFY(client.login());
        QVERIFY(client.subscribe(QUrl(u"http://feeds.masthead.test/desk.xml"_s), QString()));
        const QString feedId = m_server->query(
                u"SELECT id FROM ttrss_feeds WHERE feed_url = 'http://feeds.masthead.test/desk.xml'"_s);
        QVERIFY(!feedId.isEmpty());
        QVERIFY(callApi(u"updateFeed"_s, {{"feed_id"_L1, feedId.toInt()}}));
        auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.fetched, 7);
        const int remote = m_server->query(u"SELECT id FROM ttrss_entries WHERE link = 'https://desk.example/1'"_s).toInt();
        QVERIFY(remote > 0);
        const qint64 before = local(remote);
        QVERIFY(article(remote).contentText.contains(u"First version"_s));
        QVERIFY(m_library->articles().setRead({before}, true)); // read here, sent
        QVERIFY(syncNow().error.isEmpty());

        // Corrected a while before tt-rss read the feed again (its <pubDate>,
        // or an Atom feed's <updated>, is the publisher's time).
        m_server->feeds().route(u"/desk.xml"_s, feedWith("Corrected version", ago(20)));
        QVERIFY(callApi(u"updateFeed"_s, {{"feed_id"_L1, feedId.toInt()}}));
        QCOMPARE(m_server->query(u"SELECT title FROM ttrss_entries WHERE id = %1"_s.arg(remote)), u"Corrected version"_s);
        report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.fetched, 1);
        QCOMPARE(local(remote), before); // the same article, updated in place
        const Article corrected = article(remote);
        QCOMPARE(corrected.title, u"Corrected version"_s);
        QVERIFY(corrected.contentText.contains(u"Corrected version of the story"_s));
        QCOMPARE(m_library->syncStore().articleCount(m_accountId).value(), 7);
        // Once stored, it is not fetched again.
        QCOMPARE(syncNow().fetched, 0);
    }

    void wrongPasswordAndApiSwitchedOff()
    {
        QVERIFY(syncNow().error.isEmpty());
        {
            SyncHttp http;
            TtrssClient client(http, m_server->url(), u"admin"_s, u"wrong"_s);
            const auto report = SyncEngine(*m_library).sync(*m_library->accounts().find(m_accountId).value(), client);
            QVERIFY2(report.error.contains(u"refused the user name or password"_s), qPrintable(report.error));
        }
        QCOMPARE(m_server->sql(u"UPDATE ttrss_user_prefs SET value = 'false' WHERE pref_name = 'ENABLE_API_ACCESS'"_s),
                 QString());
        const auto report = syncNow();
        QVERIFY2(report.error.contains(u"Enable API"_s), qPrintable(report.error));
        QCOMPARE(m_library->syncStore().articleCount(m_accountId).value(), 6); // nothing lost
    }
};

QTEST_GUILESS_MAIN(TestRealTtrss)
#include "tst_realttrss.moc"
