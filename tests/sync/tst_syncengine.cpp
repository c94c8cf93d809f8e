// Sync of a Tiny Tiny RSS account against FakeTtrss (tests/support): the
// tree with a nested category, articles in pages, read and starred both
// ways, the queue replayed after a failure, incremental syncs, and every
// kind of bad server, each with a clear message and no local state lost;
// the library reached in short steps between the requests.

#include "fakettrss.h"
#include "syncengine.h"
#include "synchttp.h"
#include "templibrary.h"
#include "ttrssclient.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

qint64 localId(Library &library, const QString &remoteId)
{
    auto ids = SqlUtil::idColumn(library.database().connection(),
                                 u"SELECT article_id FROM remote_articles WHERE remote_id = ?"_s, {remoteId});
    return ids && !ids->isEmpty() ? ids->first() : 0;
}

int count(Library &library, const QString &sql)
{
    auto q = SqlUtil::run(library.database().connection(), sql);
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

} // namespace

class TestSyncEngine final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLibrary> m_lib;
    std::unique_ptr<FakeTtrss> m_server;
    Account m_account;
    qint64 m_europeFeed = 0;
    qint64 m_looseFeed = 0;

    SyncEngine::Report syncNow(int timeoutMs = 5000, bool offline = false)
    {
        SyncHttp http(timeoutMs);
        http.setOffline(offline);
        TtrssClient client(http, m_server->url(), u"reader"_s, u"secret"_s);
        const Account account = *m_lib->library().accounts().find(m_account.id).value();
        return SyncEngine(m_lib->library()).sync(account, client);
    }

    bool localRead(const QString &remoteId)
    {
        return m_lib->library().articles().find(localId(m_lib->library(), remoteId)).value()->read;
    }
    bool localStarred(const QString &remoteId)
    {
        return m_lib->library().articles().find(localId(m_lib->library(), remoteId)).value()->starred;
    }

private slots:
    void init()
    {
        m_lib = std::make_unique<TempLibrary>();
        QVERIFY(m_lib->isValid());
        m_server = std::make_unique<FakeTtrss>();
        QVERIFY(m_server->server().isListening());
        const qint64 world = m_server->addCategory(u"World"_s);
        const qint64 europe = m_server->addCategory(u"Europe"_s, world);
        m_europeFeed = m_server->addFeed(u"Euro Wire"_s, u"https://wire.example/feed"_s, europe);
        m_looseFeed = m_server->addFeed(u"Loose"_s, u"https://loose.example/rss"_s);
        // More than one page of getHeadlines (200).
        for (int i = 0; i < 230; ++i)
            m_server->addArticle(i % 2 ? m_europeFeed : m_looseFeed, u"Story %1"_s.arg(i),
                                 u"<p>Story %1 <script>alert(1)</script><img src=\"/a.jpg\" onerror=\"x()\"></p>"_s.arg(i));
        m_server->setUnread(1, false);
        m_server->setMarked(2, true);
        Account a;
        a.type = u"ttrss"_s;
        a.url = m_server->url();
        a.user = u"reader"_s;
        auto id = m_lib->library().accounts().add(a);
        QVERIFY(id);
        m_account = *m_lib->library().accounts().find(id.value()).value();
    }

    void firstSyncBringsTheTreeArticlesAndFlags()
    {
        const auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.fetched, 230);
        QCOMPARE(m_lib->library().syncStore().articleCount(m_account.id).value(), 230);
        const QString root = m_lib->library().categories().find(m_account.categoryId).value()->name;
        QVERIFY(m_lib->library().categories().findByPath(root + u"/World/Europe"_s).value());
        QVERIFY(localRead(u"1"_s));
        QVERIFY(!localRead(u"2"_s));
        QVERIFY(localStarred(u"2"_s));
        // The server's HTML is sanitized like a feed's.
        const auto article = m_lib->library().articles().find(localId(m_lib->library(), u"5"_s)).value();
        QVERIFY(!article->contentHtml.contains(u"script"_s));
        QVERIFY(!article->contentHtml.contains(u"onerror"_s));
        QVERIFY(article->contentText.contains(u"Story 4"_s));
        const auto account = m_lib->library().accounts().find(m_account.id).value();
        QVERIFY(account->lastSync.isValid());
        QCOMPARE(account->status, QString());
    }

    void changesGoBothWays()
    {
        QVERIFY(syncNow().error.isEmpty());
        Library &library = m_lib->library();
        // Here: 3 read, 4 starred, 1 unread again.
        QVERIFY(library.articles().setRead({localId(library, u"3"_s)}, true));
        QVERIFY(library.articles().setStarred(localId(library, u"4"_s), true));
        QVERIFY(library.articles().setRead({localId(library, u"1"_s)}, false));
        // There: 5 read, 2 unstarred.
        m_server->setUnread(5, false);
        m_server->setMarked(2, false);
        const auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.sent, 3);
        QVERIFY(!m_server->article(3).unread);
        QVERIFY(m_server->article(4).marked);
        QVERIFY(m_server->article(1).unread);
        QVERIFY(localRead(u"5"_s));
        QVERIFY(!localStarred(u"2"_s));
        QVERIFY(localRead(u"3"_s));
        QVERIFY(localStarred(u"4"_s));
        QCOMPARE(library.syncQueue().count(m_account.id).value(), 0);
        // Star and unstar: both, in order.
        QVERIFY(library.articles().setStarred(localId(library, u"6"_s), true));
        QVERIFY(syncNow().error.isEmpty());
        QVERIFY(m_server->article(6).marked);
        QVERIFY(library.articles().setStarred(localId(library, u"6"_s), false));
        QVERIFY(syncNow().error.isEmpty());
        QVERIFY(!m_server->article(6).marked);
    }

    void theServersTextIsMadeWhatAFeedsWouldBe()
    {
        // tt-rss passes titles on with their character references, and a
        // hostile feed's link on as it is.
        const qint64 odd = m_server->addArticle(m_looseFeed, u"Q&amp;A: the council&#039;s <b>budget</b>"_s);
        m_server->setLink(odd, u"javascript:alert(1)"_s);
        QVERIFY(syncNow().error.isEmpty());
        const Article a = *m_lib->library().articles().find(localId(m_lib->library(), QString::number(odd))).value();
        QCOMPARE(a.title, u"Q&A: the council's budget"_s);
        QVERIFY(a.link.isEmpty());
    }

    void editedStoriesAreFetchedAgain()
    {
        QVERIFY(syncNow().error.isEmpty());
        Library &library = m_lib->library();
        // tt-rss read the feed again: story 5 was changed by its publisher
        // (a later time); story 7's text changed under the same time, which
        // nothing tells apart, so it stays as stored.
        const QDateTime later = m_server->article(230).updated.addSecs(600);
        m_server->editArticle(5, u"Story 4, corrected"_s, u"<p>Corrected <script>x()</script></p>"_s, later);
        m_server->editArticle(7, u"Story 6, silently"_s, u"<p>Silent</p>"_s, m_server->article(7).updated);
        const qint64 edited = localId(library, u"5"_s);
        QVERIFY(library.articles().setStarred(edited, true)); // a local change on its way
        m_server->resetCalls();
        auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.fetched, 1);
        QVERIFY(report.stored.contains(edited));
        const Article article = *library.articles().find(edited).value();
        QCOMPARE(article.title, u"Story 4, corrected"_s);
        QVERIFY(article.contentText.contains(u"Corrected"_s));
        QVERIFY(!article.contentHtml.contains(u"script"_s)); // sanitized like the first time
        QCOMPARE(article.updated, later);
        QVERIFY(article.starred); // the reader's change stays, and went out
        QVERIFY(m_server->article(5).marked);
        QCOMPARE(library.syncStore().articleCount(m_account.id).value(), 230); // updated in place
        QCOMPARE(library.articles().find(localId(library, u"7"_s)).value()->title, u"Story 6"_s);
        QCOMPARE(m_server->calls(u"getArticle"_s), 1);

        // Once stored, the change is not fetched again.
        m_server->resetCalls();
        report = syncNow();
        QCOMPARE(report.fetched, 0);
        QCOMPARE(m_server->calls(u"getArticle"_s), 0);

        // An account synced before changes were tracked (no mark yet) looks
        // back as far as a few pages reach, then has its mark.
        QJsonObject state = library.accounts().find(m_account.id).value()->state;
        state.remove(u"changed_mark"_s);
        QVERIFY(library.accounts().setState(m_account.id, state));
        m_server->editArticle(9, u"Story 8, corrected"_s, u"<p>Again</p>"_s, later.addSecs(60));
        QCOMPARE(syncNow().fetched, 1);
        QCOMPARE(library.articles().find(localId(library, u"9"_s)).value()->title, u"Story 8, corrected"_s);
        QVERIFY(library.accounts().find(m_account.id).value()->state.contains(u"changed_mark"_s));
    }

    void laterSyncsAskOnlyForWhatChanged()
    {
        QVERIFY(syncNow().error.isEmpty());
        m_server->resetCalls();
        m_server->server().resetCounters();
        auto report = syncNow();
        QVERIFY(report.error.isEmpty());
        QCOMPARE(report.fetched, 0);
        // login, tree, feeds, changed stories (headers back to six hours
        // before the newest change: all 230 stories of these four hours, two
        // pages), new articles, unread ids (229: two pages of getHeadlines'
        // 200), starred ids.
        QCOMPARE(m_server->server().totalRequests(), 9);
        QCOMPARE(m_server->server().lastRequest(u"/tt-rss/api/"_s).body.contains("since_id"), false);
        bool askedSince = false;
        for (const auto &request : m_server->server().requests(u"/tt-rss/api/"_s))
            askedSince = askedSince || request.body.contains("\"since_id\":230");
        QVERIFY(askedSince);
        m_server->addArticle(m_europeFeed, u"Fresh"_s);
        report = syncNow();
        QCOMPARE(report.fetched, 1);
    }

    void expiredSessionLogsInOnceMore()
    {
        QVERIFY(syncNow().error.isEmpty());
        m_server->resetCalls();
        // Every session is gone after the login: the first call fails once.
        connect(m_server.get(), &FakeTtrss::called, this, [this](const QString &op) {
            if (op == "getFeedTree"_L1 && m_server->calls(op) == 1)
                m_server->expireSessions();
        });
        const auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(m_server->logins(), 2);
    }

    void badServers_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password") << u"password"_s << 0 << u"refused the user name or password"_s;
        QTest::newRow("api disabled") << u"api"_s << 0 << u"Enable API"_s;
        QTest::newRow("web page") << u"getFeedTree"_s << 1 << u"web page instead"_s;
        QTest::newRow("server error") << u"getHeadlines"_s << 2 << u"HTTP 503"_s;
        QTest::newRow("cut json") << u"getHeadlines"_s << 3 << u"cut off or not JSON"_s;
        QTest::newRow("timeout") << u"getFeeds"_s << 4 << u"did not answer"_s;
        QTest::newRow("closed") << u"updateArticle"_s << 5 << u"cannot reach"_s;
        QTest::newRow("unknown op error") << u"getFeeds"_s << 6 << u"UNKNOWN_METHOD"_s;
    }

    void badServers()
    {
        QFETCH(QString, op);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QVERIFY(syncNow().error.isEmpty());
        Library &library = m_lib->library();
        QVERIFY(library.articles().setRead({localId(library, u"7"_s)}, true));
        const int articles = count(library, u"SELECT count(*) FROM articles"_s);
        const int unread = count(library, u"SELECT count(*) FROM articles WHERE read = 0"_s);
        if (op == "password"_L1) {
            m_server = std::make_unique<FakeTtrss>(u"reader"_s, u"other"_s);
            Account a = *library.accounts().find(m_account.id).value();
            QVERIFY(SqlUtil::run(library.database().connection(), u"UPDATE accounts SET url = ? WHERE id = ?"_s,
                                 {m_server->url().toString(), m_account.id}));
        } else if (op == "api"_L1) {
            m_server->setApiEnabled(false);
        } else {
            TestHttpServer::Response r;
            switch (kind) {
            case 1: r = TestHttpServer::Response::ok("<!DOCTYPE html><html><body>Login</body></html>", "text/html"); break;
            case 2: r = TestHttpServer::Response::error(503); break;
            case 3: r = TestHttpServer::Response::ok("{\"seq\":0,\"status\":0,\"content\":[{\"id\":1,", "text/json"); break;
            case 4: r = TestHttpServer::Response::ok("{}", "text/json"); r.delayMs = 3000; break;
            case 5: r.closeWithoutResponse = true; break;
            case 6: r = TestHttpServer::Response::ok("{\"seq\":0,\"status\":1,\"content\":{\"error\":\"UNKNOWN_METHOD\"}}", "text/json"); break;
            }
            m_server->setFault(op, r);
        }
        const auto report = syncNow(1000);
        QVERIFY2(report.error.contains(message), qPrintable(report.error));
        // Nothing local lost: the articles, the flags, the queued change.
        QCOMPARE(count(library, u"SELECT count(*) FROM articles"_s), articles);
        QCOMPARE(count(library, u"SELECT count(*) FROM articles WHERE read = 0"_s), unread);
        // The queued change goes first: a server that fails later has it.
        const bool failsBeforeSending = op == "password"_L1 || op == "api"_L1 || op == "updateArticle"_L1;
        QCOMPARE(library.syncQueue().count(m_account.id).value(), failsBeforeSending ? 1 : 0);
        if (!failsBeforeSending)
            QVERIFY(!m_server->article(7).unread);
        QCOMPARE(library.accounts().find(m_account.id).value()->status, report.error);
    }

    void offlineChangesWaitAndGoInOrder()
    {
        QVERIFY(syncNow().error.isEmpty());
        Library &library = m_lib->library();
        QVERIFY(library.articles().setRead({localId(library, u"8"_s), localId(library, u"9"_s)}, true));
        QVERIFY(library.articles().setStarred(localId(library, u"8"_s), true));
        QVERIFY(library.articles().setRead({localId(library, u"8"_s)}, false));
        auto offline = syncNow(5000, true);
        QVERIFY(offline.error.contains(u"offline"_s));
        QCOMPARE(library.syncQueue().count(m_account.id).value(), 3);
        m_server->resetCalls();
        const auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.sent, 3);
        const auto updates = m_server->updates();
        QCOMPARE(updates.size(), 3); // 9 read, 8 starred, 8 unread: in that order
        QCOMPARE(updates.at(0).ids, QList<qint64>{9});
        QCOMPARE(updates.at(1).field, 0);
        QCOMPARE(updates.at(2).ids, QList<qint64>{8});
        QCOMPARE(updates.at(2).mode, 1);
        QVERIFY(m_server->article(8).unread);
        QVERIFY(m_server->article(8).marked);
        QVERIFY(!m_server->article(9).unread);
    }

    void aChangeThatMayHaveArrivedIsCheckedNotResent()
    {
        QVERIFY(syncNow().error.isEmpty());
        Library &library = m_lib->library();
        QVERIFY(library.articles().setRead({localId(library, u"10"_s)}, true));
        QVERIFY(library.articles().setRead({localId(library, u"11"_s)}, true));
        QVERIFY(library.articles().setRead({localId(library, u"12"_s)}, true));
        auto pending = library.syncQueue().pending(m_account.id).value();
        // As a killed sync leaves them: all marked as on their way; the
        // server got 10's, not 11's, and no longer has 12.
        QVERIFY(library.syncQueue().markSending({pending.at(0).id, pending.at(1).id, pending.at(2).id}));
        m_server->setUnread(10, false);
        m_server->removeArticle(12);
        m_server->resetCalls();
        const auto report = syncNow();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.dropped, 1);
        QCOMPARE(m_server->updates().size(), 1);
        QCOMPARE(m_server->updates().first().ids, QList<qint64>{11});
        QVERIFY(library.accounts().find(m_account.id).value()->status.contains(u"no longer has"_s));
    }

    void everyStepIsShortAndBetweenRequests()
    {
        // In the app each step holds the one writer: none may wait on the
        // server, and what comes in is stored as it comes (a page a step).
        Library &library = m_lib->library();
        SyncHttp http;
        TtrssClient client(http, m_server->url(), u"reader"_s, u"secret"_s);
        QList<int> requestsAtStep;
        int straddled = 0;
        const LibrarySteps recorded([&](const LibrarySteps::Job &job) -> Result<> {
            const int before = http.requestCount();
            job(library);
            if (http.requestCount() != before)
                ++straddled;
            requestsAtStep.append(before);
            return {};
        });
        const auto first = SyncEngine(recorded).sync(*library.accounts().find(m_account.id).value(), client);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.fetched, 230);
        QVERIFY(library.accounts().find(m_account.id).value()->lastSync.isValid());
        QVERIFY(library.articles().setRead({localId(library, u"3"_s)}, true));
        QVERIFY(library.articles().setStarred(localId(library, u"4"_s), true));
        const auto second = SyncEngine(recorded).sync(*library.accounts().find(m_account.id).value(), client);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.sent, 2);
        QCOMPARE(straddled, 0);
        // Steps at many points of the conversation, in its order: the two
        // pages of articles each stored before the next request.
        const QSet<int> points(requestsAtStep.cbegin(), requestsAtStep.cend());
        QVERIFY2(points.size() >= 10, qPrintable(QString::number(points.size())));
        QVERIFY(std::is_sorted(requestsAtStep.cbegin(), requestsAtStep.cend()));
    }

    void aLibraryOutOfReachStopsTheSyncWithItsMessage()
    {
        SyncHttp http;
        TtrssClient client(http, m_server->url(), u"reader"_s, u"secret"_s);
        const LibrarySteps unreachable([](const LibrarySteps::Job &) -> Result<> {
            return makeError(Error::Database, u"the library is in use by another program"_s);
        });
        m_server->resetCalls();
        const auto report = SyncEngine(unreachable).sync(m_account, client);
        QCOMPARE(report.error, u"the library is in use by another program"_s);
        QVERIFY(!report.unreachable);
        QCOMPARE(report.fetched, 0);
        QCOMPARE(m_server->calls(u"getHeadlines"_s), 0); // stopped at its first step
        QCOMPARE(m_lib->library().syncStore().articleCount(m_account.id).value(), 0);
    }

    void serverDropsAFeed()
    {
        QVERIFY(syncNow().error.isEmpty());
        m_server->removeFeed(m_looseFeed);
        QVERIFY(syncNow().error.isEmpty());
        QCOMPARE(m_lib->library().syncStore().articleCount(m_account.id).value(), 115);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
