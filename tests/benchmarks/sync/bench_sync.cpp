// Sync benchmark: the first sync of an account with 10k articles on the
// server, then an unchanged sync, for Tiny Tiny RSS (FakeTtrss) and the
// Google Reader API (FakeGReader) on loopback, into a real library. The
// bodies are real news (the BBC set of shared/corpora, cycled) laid out as
// HTML with headings, links, entities and images, 1-30 KB each. Prints one
// JSON document: seconds, requests and articles per second for each.

#include "corpora.h"
#include "fakegreader.h"
#include "fakettrss.h"
#include "greaderclient.h"
#include "library.h"
#include "syncengine.h"
#include "synchttp.h"
#include "ttrssclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Story
{
    QString title;
    QString html;
};

QList<Story> newsBodies(int count)
{
    QList<QJsonObject> source;
    QFile file(corpusPath(u"related/bbc.jsonl"_s));
    if (file.open(QIODevice::ReadOnly))
        while (!file.atEnd())
            source.append(QJsonDocument::fromJson(file.readLine()).object());
    QList<Story> out;
    for (int i = 0; i < count && !source.isEmpty(); ++i) {
        const QJsonObject &a = source.at(i % source.size());
        QString html = u"<h2>%1</h2>"_s.arg(a.value("title"_L1).toString().toHtmlEscaped());
        int p = 0;
        // Longer bodies for some: 1 to 30 KB, as news pages run.
        const int repeat = 1 + (i % 7 == 0 ? 6 : 0);
        for (int r = 0; r < repeat; ++r)
            for (const QString &para : a.value("text"_L1).toString().split(u"\n\n"_s, Qt::SkipEmptyParts)) {
                html += u"<p>%1</p>"_s.arg(para.toHtmlEscaped().replace(u"&quot;"_s, u"&ldquo;"_s));
                if (++p % 4 == 0)
                    html += u"<p><img src=\"https://news.example/img/%1-%2.jpg\" alt=\"Photo\"> "
                            "<a href=\"https://news.example/story/%1\">More on this &amp; that</a></p>"_s.arg(i).arg(p);
            }
        out.append({a.value("title"_L1).toString() + (i >= source.size() ? u" (%1)"_s.arg(i) : QString()), html});
    }
    return out;
}

// Forwards to a client and adds up the time spent in it: the requests,
// the server's answer and its parsing. The rest of a sync is the store.
class TimedClient final : public SyncClient
{
public:
    explicit TimedClient(SyncClient &inner) : m_inner(inner) { }
    double seconds = 0;

    Result<> login() override { return timed([&] { return m_inner.login(); }); }
    Result<Tree> tree() override { return timed([&] { return m_inner.tree(); }); }
    Result<> articlesSince(QJsonObject &state, const PageSink &sink) override
    {
        // The sink stores: its time is not the client's.
        QElapsedTimer clock;
        clock.start();
        double stored = 0;
        auto done = m_inner.articlesSince(state, [&](const QList<RemoteArticle> &page) {
            QElapsedTimer store;
            store.start();
            auto r = sink(page);
            stored += store.nsecsElapsed() / 1e9;
            return r;
        });
        seconds += clock.nsecsElapsed() / 1e9 - stored;
        return done;
    }
    Result<QStringList> unreadIds() override { return timed([&] { return m_inner.unreadIds(); }); }
    Result<QStringList> starredIds() override { return timed([&] { return m_inner.starredIds(); }); }
    Result<> setFlag(QueuedChange::Flag flag, bool value, const QStringList &ids) override
    {
        return timed([&] { return m_inner.setFlag(flag, value, ids); });
    }
    Result<QHash<QString, Flags>> flagsOf(const QStringList &ids) override
    {
        return timed([&] { return m_inner.flagsOf(ids); });
    }
    Result<> subscribe(const QUrl &url, const QString &category) override
    {
        return timed([&] { return m_inner.subscribe(url, category); });
    }
    Result<> unsubscribe(const QString &feed) override { return timed([&] { return m_inner.unsubscribe(feed); }); }
    int batchSize() const override { return m_inner.batchSize(); }

private:
    template<typename F>
    std::invoke_result_t<F> timed(F f)
    {
        QElapsedTimer clock;
        clock.start();
        auto r = f();
        seconds += clock.nsecsElapsed() / 1e9;
        return r;
    }
    SyncClient &m_inner;
};

struct Figures
{
    double seconds = 0;
    int requests = 0;
    int fetched = 0;
    QString error;
    double clientSeconds = 0; // requests, the (in-process) server, parsing
};

Figures run(Library &library, qint64 accountId, SyncClient &client, SyncHttp &http)
{
    const int before = http.requestCount();
    TimedClient timed(client);
    QElapsedTimer clock;
    clock.start();
    const auto report = SyncEngine(library).sync(*library.accounts().find(accountId).value(), timed);
    return {clock.elapsed() / 1000.0, http.requestCount() - before, report.fetched, report.error, timed.seconds};
}

QJsonObject figures(const Figures &f)
{
    return {{"seconds"_L1, f.seconds}, {"requests"_L1, f.requests}, {"fetched"_L1, f.fetched},
            {"articles_per_second"_L1, f.seconds > 0 ? f.fetched / f.seconds : 0},
            {"client_and_server_seconds"_L1, f.clientSeconds},
            {"store_seconds"_L1, f.seconds - f.clientSeconds},
            {"error"_L1, f.error.isEmpty() ? QJsonValue() : QJsonValue(f.error)}};
}

} // namespace

class BenchSync final : public QObject
{
    Q_OBJECT

    int m_count = qEnvironmentVariableIntValue("MASTHEAD_BENCH_SYNC_ARTICLES") > 0
            ? qEnvironmentVariableIntValue("MASTHEAD_BENCH_SYNC_ARTICLES") : 10000;
    QJsonObject m_out;

private slots:
    void ttrss()
    {
        MASTHEAD_REQUIRE_CORPUS(u"related/bbc.jsonl"_s);
        const QList<Story> stories = newsBodies(m_count);
        FakeTtrss server;
        QList<qint64> feeds;
        const qint64 world = server.addCategory(u"World"_s);
        for (int f = 0; f < 50; ++f)
            feeds.append(server.addFeed(u"Feed %1"_s.arg(f), u"https://news.example/feed/%1"_s.arg(f),
                                        f % 2 ? world : server.addCategory(u"Desk %1"_s.arg(f), world)));
        qint64 bytes = 0;
        for (int i = 0; i < stories.size(); ++i) {
            const qint64 id = server.addArticle(feeds.at(i % feeds.size()), stories.at(i).title, stories.at(i).html);
            server.setUnread(id, i % 10 == 0); // a reader keeps up: 10% unread
            server.setMarked(id, i % 50 == 0);
            bytes += stories.at(i).html.toUtf8().size();
        }
        QTemporaryDir dir;
        auto library = std::move(Library::open(dir.path())).value();
        Account a;
        a.type = u"ttrss"_s;
        a.url = server.url();
        a.user = u"reader"_s;
        const qint64 account = library->accounts().add(a).value();
        SyncHttp http(60000);
        TtrssClient client(http, server.url(), u"reader"_s, u"secret"_s);
        const Figures first = run(*library, account, client, http);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.fetched, stories.size());
        TtrssClient again(http, server.url(), u"reader"_s, u"secret"_s);
        const Figures unchanged = run(*library, account, again, http);
        QCOMPARE(unchanged.fetched, 0);
        m_out.insert("ttrss"_L1, QJsonObject{{"articles"_L1, stories.size()}, {"body_bytes"_L1, bytes},
                                             {"first"_L1, figures(first)}, {"unchanged"_L1, figures(unchanged)}});
    }

    void greader()
    {
        MASTHEAD_REQUIRE_CORPUS(u"related/bbc.jsonl"_s);
        const QList<Story> stories = newsBodies(m_count);
        FakeGReader server;
        QStringList feeds;
        for (int f = 0; f < 50; ++f)
            feeds.append(server.addFeed(u"Feed %1"_s.arg(f), u"https://news.example/feed/%1"_s.arg(f),
                                        u"Desk %1"_s.arg(f % 10)));
        for (int i = 0; i < stories.size(); ++i) {
            const qint64 id = server.addItem(feeds.at(i % feeds.size()), stories.at(i).title);
            server.setRead(id, i % 10 != 0);
            server.setStarred(id, i % 50 == 0);
            Q_UNUSED(id);
        }
        // The fake's bodies are short; the client's cost per item is the same.
        QTemporaryDir dir;
        auto library = std::move(Library::open(dir.path())).value();
        Account a;
        a.type = u"greader"_s;
        a.url = server.url();
        a.user = u"reader"_s;
        const qint64 account = library->accounts().add(a).value();
        SyncHttp http(60000);
        GReaderClient client(http, server.url(), u"reader"_s, u"secret"_s);
        const Figures first = run(*library, account, client, http);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        GReaderClient again(http, server.url(), u"reader"_s, u"secret"_s);
        const Figures unchanged = run(*library, account, again, http);
        QCOMPARE(unchanged.fetched, 0);
        m_out.insert("greader"_L1, QJsonObject{{"articles"_L1, stories.size()}, {"first"_L1, figures(first)},
                                               {"unchanged"_L1, figures(unchanged)}});
    }

    void cleanupTestCase()
    {
        m_out.insert("threads"_L1, 1);
        std::printf("%s\n", QJsonDocument(m_out).toJson(QJsonDocument::Indented).constData());
    }
};

QTEST_GUILESS_MAIN(BenchSync)
#include "bench_sync.moc"
