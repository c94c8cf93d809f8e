// `masthead account`, `sync`, `mark` and `show`'s remote_id through the real
// binary against FakeTtrss, and the kill test: a sync killed (SIGKILL) while
// its changes are on their way loses none and sends none twice.

#include "fakettrss.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSyncCommands final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeTtrss> m_server;

    QString passwordFile(const QString &password)
    {
        const QString path = m_dir.filePath(u"password"_s);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(password.toUtf8() + "\n");
        return path;
    }

    // Runs masthead while this process's event loop serves the fake server.
    Run masthead(const QStringList &args, const std::function<void(QProcess &)> &whileRunning = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MASTHEAD_NO_KEYRING"_s, u"1"_s);
        process.setProcessEnvironment(env);
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        process.start(qEnvironmentVariable("MASTHEAD_BINARY"), QStringList{u"--data-dir"_s, m_dir.filePath(u"data"_s)} + args);
        if (whileRunning)
            whileRunning(process);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QJsonObject showJson(qint64 id)
    {
        return QJsonDocument::fromJson(masthead({u"show"_s, QString::number(id), u"--json"_s}).out).object();
    }

    QList<QJsonObject> listed()
    {
        QList<QJsonObject> rows;
        const Run run = masthead({u"list"_s, u"--json"_s, u"--limit"_s, u"1000"_s});
        for (const QByteArray &line : run.out.split('\n'))
            if (!line.trimmed().isEmpty())
                rows.append(QJsonDocument::fromJson(line).object());
        return rows;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.filePath(u"data"_s)).removeRecursively();
        m_server = std::make_unique<FakeTtrss>();
        const qint64 world = m_server->addCategory(u"World"_s);
        const qint64 feed = m_server->addFeed(u"Wire"_s, u"https://wire.example/feed"_s,
                                              m_server->addCategory(u"Europe"_s, world));
        for (int i = 0; i < 39; ++i)
            m_server->addArticle(feed, u"Story %1"_s.arg(i));
        // One with an image, kept for offline reading like a feed's.
        static const QByteArray png = QByteArray::fromBase64(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        m_server->server().route(u"/img/photo.png"_s, TestHttpServer::Response::ok(png, "image/png"));
        m_server->addArticle(feed, u"Pictured"_s,
                             u"<p>With a photo.</p><img src=\"%1\" alt=\"Photo\">"_s.arg(m_server->server().url(u"/img/photo.png"_s).toString()));
    }

    void accountsAndSync()
    {
        const QString url = m_server->url().toString();
        Run run = masthead({u"account"_s, u"add"_s, u"ttrss"_s, url, u"--user"_s, u"reader"_s,
                            u"--password-file"_s, passwordFile(u"wrong"_s)});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("refused the user name or password"), run.err.constData());
        run = masthead({u"account"_s, u"add"_s, u"ttrss"_s, url, u"--user"_s, u"reader"_s, u"--password-file"_s,
                        passwordFile(u"secret"_s), u"--json"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("type"_L1).toString(), u"ttrss"_s);
        run = masthead({u"account"_s, u"list"_s, u"--json"_s});
        const QJsonArray accounts = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject account = accounts.first().toObject();
        QCOMPARE(account.value("url"_L1).toString(), url);
        QCOMPARE(account.value("user"_L1).toString(), u"reader"_s);
        QVERIFY(account.value("last_sync"_L1).isNull());
        const qint64 id = account.value("id"_L1).toInteger();

        // No keyring here: the password is given to the sync.
        run = masthead({u"sync"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("failed"_L1).toArray().size(), 1);
        run = masthead({u"sync"_s, u"--json"_s, u"--password-file"_s, passwordFile(u"secret"_s)});
        QCOMPARE(run.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value("accounts"_L1).toInt(), 1);
        QCOMPARE(report.value("fetched"_L1).toInt(), 40);
        QCOMPARE(report.value("sent"_L1).toInt(), 0);
        QVERIFY(report.value("failed"_L1).toArray().isEmpty());
        QVERIFY(report.contains("seconds"_L1));

        const QList<QJsonObject> rows = listed();
        QCOMPARE(rows.size(), 40);
        const qint64 article = rows.first().value("id"_L1).toInteger();
        const QJsonObject shown = showJson(article);
        QVERIFY(!shown.value("remote_id"_L1).toString().isEmpty());
        const qint64 remote = shown.value("remote_id"_L1).toString().toLongLong();

        // The newest is the one with the photo: stored in the image cache.
        const QJsonArray images = showJson(article).value("images"_L1).toArray();
        QCOMPARE(images.size(), 1);
        QVERIFY(!images.first().toObject().value("local"_L1).isNull());

        QCOMPARE(masthead({u"mark"_s, QString::number(article), u"--read"_s}).code, 0);
        QCOMPARE(masthead({u"mark"_s, QString::number(article), u"--star"_s}).code, 0);
        QVERIFY(showJson(article).value("read"_L1).toBool());
        run = masthead({u"sync"_s, u"--json"_s, u"--password-file"_s, passwordFile(u"secret"_s)});
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("sent"_L1).toInt(), 2);
        QVERIFY(!m_server->article(remote).unread);
        QVERIFY(m_server->article(remote).marked);

        run = masthead({u"categories"_s, u"--json"_s});
        QVERIFY(run.out.contains("\"path\":\"reader@127.0.0.1/World/Europe\""));

        // Subscribing into the account's category subscribes on its server.
        run = masthead({u"add"_s, u"https://fresh.example/feed.xml"_s, u"--category"_s,
                        u"reader@127.0.0.1/World"_s, u"--password-file"_s, passwordFile(u"secret"_s)});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(run.err.contains("on the account's server"));
        run = masthead({u"categories"_s, u"--json"_s});
        QVERIFY(run.out.contains("https://fresh.example/feed.xml#masthead-account"));
        qint64 fresh = 0;
        for (const QJsonValue &root : QJsonDocument::fromJson(run.out).array())
            for (const QJsonValue &child : root.toObject().value("children"_L1).toArray())
                for (const QJsonValue &feed : child.toObject().value("feeds"_L1).toArray())
                    if (feed.toObject().value("url"_L1).toString().startsWith("https://fresh.example/"_L1))
                        fresh = feed.toObject().value("id"_L1).toInteger();
        QVERIFY(fresh > 0);
        QCOMPARE(m_server->calls(u"subscribeToFeed"_s), 1);
        // And removing it unsubscribes there.
        run = masthead({u"remove"_s, QString::number(fresh), u"--password-file"_s, passwordFile(u"secret"_s)});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(m_server->calls(u"unsubscribeFeed"_s), 1);
        QVERIFY(!masthead({u"categories"_s, u"--json"_s}).out.contains("fresh.example"));
        // Into a nested category of the server: filed there by its id.
        run = masthead({u"add"_s, u"https://x.example/feed"_s, u"--category"_s, u"reader@127.0.0.1/World/Europe"_s,
                        u"--password-file"_s, passwordFile(u"secret"_s)});
        QCOMPARE(run.code, 0); // Europe is the server's: fine
        QCOMPARE(m_server->calls(u"subscribeToFeed"_s), 2);

        QCOMPARE(masthead({u"account"_s, u"remove"_s, u"99"_s}).code, 5);
        QCOMPARE(masthead({u"account"_s, u"remove"_s, QString::number(id)}).code, 0);
        QCOMPARE(listed().size(), 0);
    }

    void killedSyncLosesAndRepeatsNothing()
    {
        const QString password = passwordFile(u"secret"_s);
        QCOMPARE(masthead({u"account"_s, u"add"_s, u"ttrss"_s, m_server->url().toString(), u"--user"_s, u"reader"_s,
                           u"--password-file"_s, password}).code, 0);
        QCOMPARE(masthead({u"sync"_s, u"--password-file"_s, password}).code, 0);
        const QList<QJsonObject> rows = listed();
        QCOMPARE(rows.size(), 40);
        // Changes that make several requests: alternating flags and values.
        QStringList read, star;
        for (int i = 0; i < 30; ++i)
            (i % 3 ? read : star).append(QString::number(rows.at(i).value("id"_L1).toInteger()));
        QCOMPARE(masthead(QStringList{u"mark"_s} + read + QStringList{u"--read"_s}).code, 0);
        QCOMPARE(masthead(QStringList{u"mark"_s} + star + QStringList{u"--star"_s}).code, 0);
        QCOMPARE(masthead({u"mark"_s, read.first(), u"--unread"_s}).code, 0);
        QCOMPARE(masthead({u"mark"_s, star.first(), u"--unstar"_s}).code, 0);

        // Each kill lands while an updateArticle is at the server (which
        // applied it but has not answered); then the next sync goes on.
        m_server->setDelay(u"updateArticle"_s, 10000);
        for (int kill = 0; kill < 2; ++kill) {
            const int before = m_server->calls(u"updateArticle"_s);
            const Run killed = masthead({u"sync"_s, u"--password-file"_s, password}, [&](QProcess &process) {
                QObject::connect(m_server.get(), &FakeTtrss::called, &process, [&process](const QString &op) {
                    if (op == "updateArticle"_L1)
                        ::kill(pid_t(process.processId()), SIGKILL);
                });
            });
            QCOMPARE(killed.code, -2);
            QCOMPARE(m_server->calls(u"updateArticle"_s), before + 1);
        }
        m_server->clearFaults();
        const Run finished = masthead({u"sync"_s, u"--json"_s, u"--password-file"_s, password});
        QCOMPARE(finished.code, 0);

        // Every (article, flag) was sent exactly once, in the order made.
        QHash<QPair<qint64, int>, QList<int>> sent; // -> modes, in order
        for (const FakeTtrss::Update &update : m_server->updates())
            for (qint64 id : update.ids)
                sent[{id, update.field}].append(update.mode);
        // read.first() and star.first() were changed twice before any sync:
        // only the newest change of each is queued, so every one of the 30
        // articles has exactly one change of one flag to send.
        int total = 0;
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            QVERIFY2(it.value().size() == 1, qPrintable(u"article %1 field %2 sent %3 times"_s
                                                            .arg(it.key().first).arg(it.key().second)
                                                            .arg(it.value().size())));
            ++total;
        }
        QCOMPARE(total, 30);
        // And the server ends where the library is.
        for (const QJsonObject &row : listed()) {
            const QJsonObject shown = showJson(row.value("id"_L1).toInteger());
            const auto remote = m_server->article(shown.value("remote_id"_L1).toString().toLongLong());
            QCOMPARE(!remote.unread, shown.value("read"_L1).toBool());
            QCOMPARE(remote.marked, shown.value("starred"_L1).toBool());
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncCommands)
#include "tst_synccommands.moc"
