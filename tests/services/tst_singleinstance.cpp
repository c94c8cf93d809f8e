// One window per library: the first launch for a data directory is the
// primary, a later one hands its request over; another directory is another
// instance; crashed windows, garbage and silent windows never hang a launch.

#include "singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

// The second launch blocks while the first answers, so it runs on another
// thread; this one keeps the primary's events going.
Result<SingleInstance::Role> launchAside(const QString &dataDir, const LaunchRequest &request,
                                         int timeoutMs = 10000)
{
    QFuture<Result<SingleInstance::Role>> future = QtConcurrent::run([dataDir, request, timeoutMs] {
        SingleInstance second(dataDir);
        return second.start(request, timeoutMs);
    });
    while (!future.isFinished())
        QTest::qWait(10);
    return future.result();
}

QByteArray exchange(const QString &serverName, const QByteArray &bytes)
{
    QFuture<QByteArray> future = QtConcurrent::run([serverName, bytes] {
        QLocalSocket socket;
        socket.connectToServer(serverName);
        if (!socket.waitForConnected(2000))
            return QByteArray("no connection");
        socket.write(bytes);
        socket.waitForBytesWritten(2000);
        QByteArray answer;
        while (socket.waitForReadyRead(7000))
            answer += socket.readAll();
        return answer + socket.readAll();
    });
    while (!future.isFinished())
        QTest::qWait(10);
    return future.result();
}

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchHandsOverToTheFirst()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.start({}).value(), SingleInstance::Role::Primary);
        QVERIFY2(first.listenError().isEmpty(), qPrintable(first.listenError()));
        QSignalSpy requested(&first, &SingleInstance::requested);

        LaunchRequest request;
        request.urls = {QUrl(u"https://example.com/feed.xml"_s), QUrl::fromLocalFile(dir.filePath(u"a b.opml"_s))};
        request.refreshAll = true;
        request.activationToken = u"token-1"_s;
        const auto second = launchAside(dir.path(), request);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QCOMPARE(second.value(), SingleInstance::Role::HandedOver);
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<LaunchRequest>(), request);

        // And again: the primary keeps taking requests.
        QCOMPARE(launchAside(dir.path(), {}).value(), SingleInstance::Role::HandedOver);
        QTRY_COMPARE(requested.size(), 2);
    }

    void theSameDirectoryByAnotherPathIsTheSameInstance()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"library"_s));
        QVERIFY(QFile::link(dir.filePath(u"library"_s), dir.filePath(u"link"_s)));
        const QString viaLink = dir.filePath(u"link"_s);
        const QString winding = dir.filePath(u"library/../library/."_s);
        QCOMPARE(SingleInstance::serverNameFor(viaLink), SingleInstance::serverNameFor(dir.filePath(u"library"_s)));
        QCOMPARE(SingleInstance::serverNameFor(winding), SingleInstance::serverNameFor(dir.filePath(u"library"_s)));

        SingleInstance first(dir.filePath(u"library"_s));
        QCOMPARE(first.start({}).value(), SingleInstance::Role::Primary);
        QSignalSpy requested(&first, &SingleInstance::requested);
        QCOMPARE(launchAside(viaLink, {}).value(), SingleInstance::Role::HandedOver);
        QTRY_COMPARE(requested.size(), 1);
    }

    void anotherDataDirectoryIsAnotherInstance()
    {
        QTemporaryDir one, two;
        SingleInstance first(one.path());
        SingleInstance second(two.path());
        QCOMPARE(first.start({}).value(), SingleInstance::Role::Primary);
        QCOMPARE(second.start({}).value(), SingleInstance::Role::Primary);
        QVERIFY(SingleInstance::serverNameFor(one.path()) != SingleInstance::serverNameFor(two.path()));
    }

    void aMissingDataDirectoryIsCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"not/yet/there"_s);
        SingleInstance first(path);
        QCOMPARE(first.start({}).value(), SingleInstance::Role::Primary);
        QVERIFY(QFileInfo(path).isDir());
    }

    void aClosedWindowLeavesTheLibraryFree()
    {
        QTemporaryDir dir;
        {
            SingleInstance first(dir.path());
            QCOMPARE(first.start({}).value(), SingleInstance::Role::Primary);
        }
        SingleInstance again(dir.path());
        QCOMPARE(again.start({}).value(), SingleInstance::Role::Primary);
        QVERIFY(again.listenError().isEmpty());
    }

    void aCrashedWindowsLeftoversAreTakenOver()
    {
        QTemporaryDir dir;
        // A lock file that names no process (cut short by a crash or a full
        // disk), and a socket file where the server would be.
        QFile lock(SingleInstance::lockFileIn(dir.path()));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("garbage");
        lock.close();
        const QString name = SingleInstance::serverNameFor(dir.path());
        if (QDir::isAbsolutePath(name)) {
            QFile socket(name);
            QVERIFY(socket.open(QIODevice::WriteOnly));
        }
        QElapsedTimer timer;
        timer.start();
        SingleInstance first(dir.path());
        QCOMPARE(first.start({}, 3000).value(), SingleInstance::Role::Primary);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY2(first.listenError().isEmpty(), qPrintable(first.listenError()));
        QSignalSpy requested(&first, &SingleInstance::requested);
        QCOMPARE(launchAside(dir.path(), {}).value(), SingleInstance::Role::HandedOver);
        QTRY_COMPARE(requested.size(), 1);
    }

    void aWindowThatDoesNotAnswerGivesAnErrorNotAHang()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.start({}).value(), SingleInstance::Role::Primary);
        QSignalSpy requested(&first, &SingleInstance::requested);
        // This thread is the primary's and is blocked in start(): no answer.
        QElapsedTimer timer;
        timer.start();
        SingleInstance second(dir.path());
        const auto role = second.start({}, 800);
        QVERIFY(!role);
        QCOMPARE(role.error().kind, Error::Database);
        QVERIFY(role.error().message.contains(u"does not answer"_s));
        QVERIFY(timer.elapsed() < 5000);
    }

    void hostileClientsAreDroppedAndTheWindowGoesOn()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.start({}).value(), SingleInstance::Role::Primary);
        QSignalSpy requested(&first, &SingleInstance::requested);
        const QString name = SingleInstance::serverNameFor(dir.path());

        QCOMPARE(exchange(name, "not json\n"), QByteArray("error\n"));
        QCOMPARE(exchange(name, "[1,2,3]\n"), QByteArray("error\n"));
        // An endless line: cut off without an answer.
        QCOMPARE(exchange(name, QByteArray(SingleInstance::MaxRequestBytes + 4096, 'x')), QByteArray());
        // Addresses of other kinds are left out of a request.
        const QByteArray mixed = "{\"urls\":[\"javascript:alert(1)\",\"https://example.com/f\",\"ftp://x/y\",7],"
                                 "\"refresh_all\":\"yes\"}\n";
        QCOMPARE(exchange(name, mixed), QByteArray("ok\n"));
        QTRY_COMPARE(requested.size(), 1);
        const auto request = requested.at(0).at(0).value<LaunchRequest>();
        QCOMPARE(request.urls, QList<QUrl>{QUrl(u"https://example.com/f"_s)});
        QVERIFY(!request.refreshAll);

        QCOMPARE(launchAside(dir.path(), {}).value(), SingleInstance::Role::HandedOver);
        QTRY_COMPARE(requested.size(), 2);
    }

    void argumentsBecomeAbsoluteUrls()
    {
        QTemporaryDir dir;
        QFile opml(dir.filePath(u"list.opml"_s));
        QVERIFY(opml.open(QIODevice::WriteOnly));
        opml.close();
        const auto urls = LaunchRequest::urlsFromArguments(
                {u"list.opml"_s, u"https://example.com/rss"_s, u"feed://example.org/atom.xml"_s,
                 u"feed:https://example.net/feed"_s, u"FEED://example.com/x"_s,
                 QUrl::fromLocalFile(opml.fileName()).toString()},
                dir.path());
        QVERIFY2(urls, urls ? "" : qPrintable(urls.error().message));
        QCOMPARE(urls.value(), (QList<QUrl>{QUrl::fromLocalFile(opml.fileName()), QUrl(u"https://example.com/rss"_s),
                                            QUrl(u"http://example.org/atom.xml"_s),
                                            QUrl(u"https://example.net/feed"_s), QUrl(u"http://example.com/x"_s),
                                            QUrl::fromLocalFile(opml.fileName())}));
    }

    void badArgumentsAreBadInput_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("missing file") << u"missing.opml"_s;
        QTest::newRow("missing file url") << u"file:///no/such/file.opml"_s;
        QTest::newRow("a directory") << u"."_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s;
        QTest::newRow("mailto") << u"mailto:someone@example.com"_s;
        QTest::newRow("http without host") << u"http:///path"_s;
        QTest::newRow("feed without address") << u"feed:"_s;
    }
    void badArgumentsAreBadInput()
    {
        QFETCH(QString, argument);
        QTemporaryDir dir;
        const auto urls = LaunchRequest::urlsFromArguments({argument}, dir.path());
        QVERIFY(!urls);
        QCOMPARE(urls.error().kind, Error::BadInput);
    }

    void requestsRoundTripAsJson()
    {
        LaunchRequest request;
        request.urls = {QUrl(u"https://example.com/a%20b?x=1&y=%C3%A9"_s), QUrl::fromLocalFile(u"/tmp/ä ö.opml"_s)};
        request.refreshAll = true;
        request.activationToken = u"abc"_s;
        const QByteArray json = request.toJson();
        QVERIFY(!json.contains('\n'));
        QCOMPARE(LaunchRequest::fromJson(json), request);
        QVERIFY(!LaunchRequest::fromJson("").has_value());
        QVERIFY(!LaunchRequest::fromJson("\"urls\"").has_value());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
