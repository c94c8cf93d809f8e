// Discovery and add against a real WordPress 6.1 (Debian's `wordpress`
// package) on loopback: a private mariadbd on a Unix socket in a temporary
// directory, `php -S` with tests/support/wordpress/router.php, WordPress
// installed and filled by tests/support/wordpress/setup.php. Skipped when
// those packages are not installed (see README, optional test packages).

#include "discoveryhelpers.h"
#include "discovery.h"
#include "fetcher.h"
#include "subscriptions.h"
#include "templibrary.h"

#include <pwd.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kWordPress = u"/usr/share/wordpress"_s;

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name,
                                          {u"/usr/sbin"_s, u"/usr/bin"_s, u"/sbin"_s, u"/bin"_s});
}

// One WordPress site with its own database server, for the whole test.
class RealWordPress final
{
public:
    static QString missing()
    {
        for (const QString &name :
             {u"php"_s, u"mariadbd"_s, u"mariadb-install-db"_s, u"mariadb"_s}) {
            if (tool(name).isEmpty())
                return name;
        }
        if (!QFile::exists(kWordPress + u"/wp-settings.php"_s))
            return u"wordpress"_s;
        if (!QDir(kWordPress + u"/wp-content/themes/twentytwentythree"_s).exists())
            return u"wordpress-theme-twentytwentythree"_s;
        return {};
    }

    ~RealWordPress()
    {
        for (QProcess *process : {&m_php, &m_db}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(10000)) {
                    process->kill();
                    process->waitForFinished();
                }
            }
        }
    }

    // Returns an error message, empty when the site is up.
    QString start(const QJsonArray &categories)
    {
        if (!m_dir.isValid())
            return u"no temporary directory"_s;
        const QString data = m_dir.filePath(u"db"_s);
        const QString socket = m_dir.filePath(u"sock"_s);
        const QString content = m_dir.filePath(u"content"_s);
        QDir().mkpath(content + u"/plugins"_s);
        QDir().mkpath(content + u"/uploads"_s);
        QFile::link(kWordPress + u"/wp-content/themes"_s, content + u"/themes"_s);
        const passwd *user = getpwuid(geteuid());
        const QString userName = user ? QString::fromLocal8Bit(user->pw_name) : u"root"_s;

        QProcess install;
        install.start(tool(u"mariadb-install-db"_s),
                      {u"--datadir="_s + data, u"--auth-root-authentication-method=normal"_s,
                       u"--skip-test-db"_s, u"--user="_s + userName});
        if (!install.waitForFinished(60000) || install.exitCode() != 0)
            return u"mariadb-install-db: "_s
                    + QString::fromLocal8Bit(install.readAllStandardError());

        m_db.setProcessChannelMode(QProcess::MergedChannels);
        m_db.start(tool(u"mariadbd"_s),
                   {u"--no-defaults"_s, u"--datadir="_s + data, u"--socket="_s + socket,
                    u"--skip-networking"_s, u"--pid-file="_s + m_dir.filePath(u"pid"_s),
                    u"--user="_s + userName, u"--innodb-buffer-pool-size=16M"_s});
        if (!QTest::qWaitFor(
                    [&] { return QFile::exists(socket) || m_db.state() == QProcess::NotRunning; },
                    30000)
            || !QFile::exists(socket))
            return u"mariadbd did not start: "_s + QString::fromLocal8Bit(m_db.readAll());
        QProcess create;
        create.start(tool(u"mariadb"_s),
                     {u"-S"_s, socket, u"-uroot"_s, u"-e"_s, u"CREATE DATABASE wp"_s});
        if (!create.waitForFinished(30000) || create.exitCode() != 0)
            return u"CREATE DATABASE: "_s + QString::fromLocal8Bit(create.readAllStandardError());

        QTcpServer probe; // a free port
        if (!probe.listen(QHostAddress::LocalHost))
            return u"no free port"_s;
        m_port = probe.serverPort();
        probe.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WP_SOCK"_s, socket);
        env.insert(u"WP_CONTENT"_s, content);
        env.insert(u"WP_URL"_s, home().toString(QUrl::StripTrailingSlash));
        const QString scripts =
                qEnvironmentVariable("MASTHEAD_SOURCE_DIR") + u"/tests/support/wordpress"_s;

        QProcess setup;
        setup.setProcessEnvironment(env);
        setup.start(tool(u"php"_s), {scripts + u"/setup.php"_s});
        setup.write(QJsonDocument(categories).toJson(QJsonDocument::Compact));
        setup.closeWriteChannel();
        if (!setup.waitForFinished(120000) || setup.exitCode() != 0)
            return u"setup.php: "_s
                    + QString::fromLocal8Bit(setup.readAllStandardError()
                                             + setup.readAllStandardOutput());

        m_php.setProcessEnvironment(env);
        m_php.setProcessChannelMode(QProcess::MergedChannels);
        m_php.start(tool(u"php"_s),
                    {u"-S"_s, u"127.0.0.1:%1"_s.arg(m_port), u"-t"_s, kWordPress,
                     scripts + u"/router.php"_s});
        QTcpSocket connection;
        const bool up = QTest::qWaitFor(
                [&] {
                    connection.connectToHost(QHostAddress::LocalHost, m_port);
                    return connection.waitForConnected(200)
                            || m_php.state() == QProcess::NotRunning;
                },
                20000);
        if (!up || m_php.state() == QProcess::NotRunning)
            return u"php -S did not start: "_s + QString::fromLocal8Bit(m_php.readAll());
        return {};
    }

    QUrl home() const { return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_port)); }

private:
    QTemporaryDir m_dir {QDir::tempPath() + u"/masthead-wp-XXXXXX"_s};
    QProcess m_db;
    QProcess m_php;
    quint16 m_port = 0;
};


} // namespace

Q_DECLARE_METATYPE(Result<Subscriptions::Added>)

class TestRealWordPress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = RealWordPress::missing();
        if (!missing.isEmpty())
            QSKIP(qPrintable(u"needs %1 (a real WordPress on loopback)"_s.arg(missing)));
        qRegisterMetaType<Result<Subscriptions::Added>>();
        // 121 categories of our own (20 top ones with 5 children each, one
        // with "&", one empty) besides WordPress's own Uncategorized.
        QJsonArray categories;
        int id = 1;
        for (int top = 1; top <= 20; ++top) {
            const int topId = id++;
            categories.append(QJsonObject {
                    {"id"_L1, topId},
                    {"name"_L1, top == 1 ? u"Arts & Crafts"_s : u"Section %1"_s.arg(top)},
                    {"parent"_L1, 0},
                    {"posts"_L1, 1}});
            for (int child = 1; child <= 5; ++child)
                categories.append(QJsonObject {{"id"_L1, id++},
                                               {"name"_L1, u"Section %1.%2"_s.arg(top).arg(child)},
                                               {"parent"_L1, topId},
                                               {"posts"_L1, 1}});
        }
        categories.append(QJsonObject {
                {"id"_L1, id++}, {"name"_L1, u"Nothing Yet"_s}, {"parent"_L1, 0}, {"posts"_L1, 0}});
        m_site = std::make_unique<RealWordPress>();
        const QString error = m_site->start(categories);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_site.reset(); }

    void discoveryFindsTheFeedsAndTheWholeTree()
    {
        Fetcher fetcher;
        Discovery discovery(fetcher);
        const DiscoveryResult found = discover(discovery, m_site->home(), 60000);
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(found->kind, Discovered::Kind::Site);
        QCOMPARE(found->title, u"Example News"_s);
        QCOMPARE(found->feeds.size(), 2); // the site's feed and its comments feed
        QCOMPARE(found->feeds.first().url, m_site->home().resolved(QUrl(u"/feed/"_s)));
        QVERIFY(found->feeds.first().items > 0);
        QCOMPARE(DiscoveredValues::flatten(found->tree).size(),
                 122); // ours and Uncategorized, over 2 REST pages
        const DiscoveredCategory *arts = findNode(found->tree, u"Arts & Crafts"_s);
        QVERIFY(arts);
        QCOMPARE(arts->children.size(), 5);
        QCOMPARE(arts->posts, 1);
        const DiscoveredCategory *empty = findNode(found->tree, u"Nothing Yet"_s);
        QVERIFY(empty);
        QCOMPARE(empty->posts, 0);
        QVERIFY2(found->notes.isEmpty(), qPrintable(found->notes.join(u'\n')));

        // A category's feed is a real feed with the category's post.
        const DiscoveredCategory *child = findNode(found->tree, u"Section 3.2"_s);
        QVERIFY(child);
        Discovery preview(fetcher);
        const DiscoveryResult feed = discover(preview, child->feed, 60000);
        QVERIFY2(feed.ok(), feed.ok() ? "" : qPrintable(feed.error().message));
        QCOMPARE(feed->kind, Discovered::Kind::Feed);
        QCOMPARE(feed->feeds.first().items, 1);
        QCOMPARE(feed->feeds.first().headlines.first().title, u"Section 3.2 story 1"_s);
    }

    void addSubscribesTheTree()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Fetcher fetcher;
        Subscriptions subscriptions(fixture.library(), fetcher);
        QSignalSpy spy(&subscriptions, &Subscriptions::added);
        subscriptions.add(m_site->home(), {});
        QVERIFY(spy.wait(60000));
        const auto added = spy.first().first().value<Result<Subscriptions::Added>>();
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added->feeds.size(), 122);
        QVERIFY(fixture.library()
                        .categories()
                        .findByPath(u"Example News/Arts & Crafts/Section 1.5"_s)
                        .value()
                        .has_value());
    }

private:
    std::unique_ptr<RealWordPress> m_site;
};

QTEST_GUILESS_MAIN(TestRealWordPress)
#include "tst_realwordpress.moc"
