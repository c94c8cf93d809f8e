#include "articlerepository.h"
#include "templibrary.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime base(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

Article make(const QString &guid, const QString &link, const QString &title,
             const QDateTime &published = QDateTime(), const QString &body = QString())
{
    Article a;
    a.guid = guid;
    a.link = link.isEmpty() ? QUrl() : QUrl(link);
    a.title = title;
    a.published = published;
    a.contentHtml = body.isEmpty() ? u"<p>%1</p>"_s.arg(title) : body;
    a.summary = u"About %1"_s.arg(title);
    return a;
}

qint64 addFeed(TempLibrary &fixture, const QString &url)
{
    Feed feed;
    feed.url = QUrl(url);
    feed.title = url;
    return fixture.library().feeds().add(feed).value();
}

int articleCount(TempLibrary &fixture)
{
    QSqlQuery query(fixture.library().database().connection());
    if (!query.exec(u"SELECT count(*) FROM articles"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Every column of every article, to show an operation changed nothing.
QStringList dumpArticles(TempLibrary &fixture)
{
    QStringList rows;
    QSqlQuery query(fixture.library().database().connection());
    if (!query.exec(u"SELECT * FROM articles ORDER BY id"_s))
        return {u"error"_s};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

QList<qint64> idsOf(const QList<ArticleHeader> &headers)
{
    QList<qint64> ids;
    for (const ArticleHeader &h : headers)
        ids.append(h.id);
    return ids;
}

// Reads a whole query page by page, as the list does.
QList<ArticleHeader> readAllPages(const ArticleRepository &repo, ArticleQuery query, int *pages)
{
    QList<ArticleHeader> all;
    *pages = 0;
    for (;;) {
        auto page = repo.headers(query);
        if (!page || ++*pages > 1000)
            return {};
        all.append(page.value());
        if (page.value().size() < query.limit)
            return all;
        query.after = std::pair{page.value().last().sortTime, page.value().last().id};
    }
}

struct Row
{
    qint64 id = 0;
    qint64 feedId = 0;
    qint64 sortTime = 0;
    bool read = false;
    bool starred = false;
};

} // namespace

class TestArticleRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findReturnsWhatWasStored()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        const qint64 feed = addFeed(fixture, u"https://example.com/feed"_s);
        Article a = make(u"g-1"_s, u"https://example.com/a"_s, u"Title"_s, base);
        a.author = u"A. Writer"_s;
        a.updated = base.addSecs(60);
        a.contentText = u"Plain text"_s;
        a.tags = {u"world"_s, u"politics"_s};
        const QDateTime fetched = base.addSecs(3600);
        auto stored = fixture.library().articles().upsert(feed, {a}, fetched);
        QVERIFY(stored.ok());
        QCOMPARE(stored->inserted, 1);
        QCOMPARE(stored->ids.size(), 1);

        auto found = fixture.library().articles().find(stored->ids.at(0));
        QVERIFY(found.ok() && found.value());
        const Article &b = *found.value();
        QCOMPARE(b.id, stored->ids.at(0));
        QCOMPARE(b.feedId, feed);
        QCOMPARE(b.guid, a.guid);
        QCOMPARE(b.link, a.link);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.author, a.author);
        QCOMPARE(b.published, a.published);
        QCOMPARE(b.updated, a.updated);
        QCOMPARE(b.summary, a.summary);
        QCOMPARE(b.contentHtml, a.contentHtml);
        QCOMPARE(b.contentText, a.contentText);
        QCOMPARE(b.tags, (QStringList{u"politics"_s, u"world"_s}));
        QCOMPARE(b.fetchedAt, fetched);
        QVERIFY(!b.read);
        QVERIFY(!b.starred);

        QVERIFY(!fixture.library().articles().find(stored->ids.at(0) + 1000).value().has_value());
    }

    void dedupesByGuid()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        ArticleRepository repo = fixture.library().articles();
        const qint64 feed = addFeed(fixture, u"https://example.com/feed"_s);
        auto first = repo.upsert(feed, {make(u"g"_s, u"https://example.com/1"_s, u"One"_s, base)}, base);
        QVERIFY(first.ok());
        // Same guid, everything else different: the same article, changed.
        auto second = repo.upsert(
                feed, {make(u"g"_s, u"https://example.com/2"_s, u"Two"_s, base.addDays(1))}, base);
        QVERIFY(second.ok());
        QCOMPARE(second->inserted, 0);
        QCOMPARE(second->updated, 1);
        QCOMPARE(second->ids, first->ids);
        QCOMPARE(articleCount(fixture), 1);
        const Article stored = *repo.find(first->ids.at(0)).value();
        QCOMPARE(stored.title, u"Two"_s);
        QCOMPARE(stored.link, QUrl(u"https://example.com/2"_s));
        // The same identity finds the stored copy, in its own feed only.
        QCOMPARE(repo.idInFeed(feed, make(u"g"_s, u"https://example.com/3"_s, u"Three"_s, base)).value(),
                 first->ids.at(0));
        QCOMPARE(repo.idInFeed(feed, make(u"x"_s, u"https://example.com/2"_s, u"Two"_s, base)).value(), 0);
        QCOMPARE(repo.idInFeed(feed + 1, make(u"g"_s, QString(), u"Two"_s, base)).value(), 0);

        // Within one batch too.
        auto batch = repo.upsert(feed,
                                 {make(u"h"_s, QString(), u"First"_s, base),
                                  make(u"h"_s, QString(), u"Second"_s, base)},
                                 base);
        QVERIFY(batch.ok());
        QCOMPARE(batch->inserted, 1);
        QCOMPARE(batch->updated, 1);
        QCOMPARE(batch->ids.at(0), batch->ids.at(1));
        QCOMPARE(articleCount(fixture), 2);
    }

    void dedupesByLinkWithoutGuid()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        ArticleRepository repo = fixture.library().articles();
        const qint64 feed = addFeed(fixture, u"https://example.com/feed"_s);
        const QString link = u"https://example.com/story"_s;
        QVERIFY(repo.upsert(feed, {make(QString(), link, u"Old headline"_s, base)}, base).ok());
        auto again = repo.upsert(feed, {make(QString(), link, u"New headline"_s, base)}, base);
        QVERIFY(again.ok());
        QCOMPARE(again->updated, 1);
        QCOMPARE(articleCount(fixture), 1);
        QCOMPARE(repo.find(again->ids.at(0)).value()->title, u"New headline"_s);

        auto other = repo.upsert(feed, {make(QString(), link + u"-2"_s, u"New headline"_s, base)}, base);
        QCOMPARE(other->inserted, 1);
        QCOMPARE(articleCount(fixture), 2);
    }

    void dedupesByTitleAndDateWithoutGuidOrLink()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        ArticleRepository repo = fixture.library().articles();
        const qint64 feed = addFeed(fixture, u"https://example.com/feed"_s);
        QVERIFY(repo.upsert(feed, {make(QString(), QString(), u"Same"_s, base, u"<p>v1</p>"_s)}, base).ok());

        auto same = repo.upsert(feed, {make(QString(), QString(), u"Same"_s, base, u"<p>v2</p>"_s)}, base);
        QCOMPARE(same->inserted, 0);
        QCOMPARE(same->updated, 1);
        QCOMPARE(articleCount(fixture), 1);

        // The same instant written in another zone is the same article.
        auto zoned = repo.upsert(
                feed,
                {make(QString(), QString(), u"Same"_s, base.toOffsetFromUtc(7200), u"<p>v2</p>"_s)},
                base);
        QCOMPARE(zoned->inserted, 0);
        QCOMPARE(zoned->unchanged, 1);

        auto laterDate = repo.upsert(
                feed, {make(QString(), QString(), u"Same"_s, base.addSecs(60), u"<p>v2</p>"_s)}, base);
        QCOMPARE(laterDate->inserted, 1);
        auto otherTitle = repo.upsert(feed, {make(QString(), QString(), u"Other"_s, base)}, base);
        QCOMPARE(otherTitle->inserted, 1);
        QCOMPARE(articleCount(fixture), 3);
    }

    void sameGuidInAnotherFeedIsAnotherArticle()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        ArticleRepository repo = fixture.library().articles();
        const qint64 a = addFeed(fixture, u"https://a.example/feed"_s);
        const qint64 b = addFeed(fixture, u"https://b.example/feed"_s);
        const Article article = make(u"shared-guid"_s, QString(), u"Story"_s, base);
        const qint64 first = repo.upsert(a, {article}, base)->ids.at(0);
        const qint64 second = repo.upsert(b, {article}, base)->ids.at(0);
        QVERIFY(first != second);
        QCOMPARE(articleCount(fixture), 2);
    }

    void reupsertingTheSameBatchChangesNothing()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        ArticleRepository repo = fixture.library().articles();
        const qint64 feed = addFeed(fixture, u"https://example.com/feed"_s);
        QList<Article> batch;
        for (int i = 0; i < 20; ++i) {
            // A mix of identities: guid, link only, and neither.
            const QString guid = i % 3 == 0 ? u"g%1"_s.arg(i) : QString();
            const QString link = i % 3 == 1 ? u"https://example.com/%1"_s.arg(i) : QString();
            batch.append(make(guid, link, u"Story %1"_s.arg(i), i % 4 ? base.addSecs(-60 * i) : QDateTime()));
        }
        auto first = repo.upsert(feed, batch, base);
        QVERIFY(first.ok());
        QCOMPARE(first->inserted, 20);
        QCOMPARE(first->updated, 0);
        QCOMPARE(first->unchanged, 0);
        const QStringList before = dumpArticles(fixture);

        auto second = repo.upsert(feed, batch, base.addDays(1));
        QVERIFY(second.ok());
        QCOMPARE(second->inserted, 0);
        QCOMPARE(second->updated, 0);
        QCOMPARE(second->unchanged, 20);
        QCOMPARE(second->ids, first->ids);
        QCOMPARE(dumpArticles(fixture), before); // not even fetched_at or sort_time moved
    }

    void articleStoredWithTheEarlierHashIsNotSeenAsChanged()
    {
        // Libraries before schema 6 hashed with SHA-1. Their unchanged
        // articles must not all count as changed on the first refresh (and
        // be queued for indexing again): the store takes the old hash too,
        // and writes the new one in its place.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        ArticleRepository repo = fixture.library().articles();
        const qint64 feed = addFeed(fixture, u"https://example.com/feed"_s);
        Article article = make(u"g"_s, QString(), u"Headline"_s, base);
        article.tags = {u"world"_s};
        auto first = repo.upsert(feed, {article}, base);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        const qint64 id = first->ids.at(0);
        QVERIFY(fixture.library().indexer().indexAll().valueOr(0) == 1); // the queue is empty
        QSqlQuery query(fixture.library().database().connection());
        QVERIFY(query.prepare(u"UPDATE articles SET content_hash = ? WHERE id = ?"_s));
        query.addBindValue(QString::fromLatin1(legacyArticleContentHash(article)));
        query.addBindValue(id);
        QVERIFY(query.exec());

        auto again = repo.upsert(feed, {article}, base.addDays(1));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(again->updated, 0);
        QVERIFY(query.exec(u"SELECT content_hash, (SELECT count(*) FROM index_queue) FROM articles"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QString::fromLatin1(articleContentHash(article)));
        QCOMPARE(query.value(1).toInt(), 0); // not queued again

        // An old hash that does not match is a change like any other.
        QVERIFY(query.prepare(u"UPDATE articles SET content_hash = ? WHERE id = ?"_s));
        query.addBindValue(QString(40, u'0'));
        query.addBindValue(id);
        QVERIFY(query.exec());
        auto changed = repo.upsert(feed, {article}, base.addDays(2));
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));
        QCOMPARE(changed->updated, 1);
    }

    void textIsStoredExactlyAndNullStaysNull()
    {
        // The store binds UTF-8 itself: text outside the BMP, an empty
        // author and a missing guid must come back as they went in.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        ArticleRepository repo = fixture.library().articles();
        const qint64 feed = addFeed(fixture, u"https://example.com/feed"_s);
        Article article = make(QString(), u"https://example.com/x"_s, u"Caf\u00e9 \U0001F4F0 \u65b0\u805e"_s, base);
        article.author = u""_s;
        article.contentText = u"na\u00efve \u2014 text"_s;
        const qint64 id = repo.upsert(feed, {article}, base)->ids.at(0);
        const Article stored = *repo.find(id).value();
        QCOMPARE(stored.title, article.title);
        QCOMPARE(stored.contentText, article.contentText);
        QVERIFY(stored.guid.isNull());
        QSqlQuery query(fixture.library().database().connection());
        QVERIFY(query.exec(u"SELECT guid IS NULL, author IS NULL, author = '' FROM articles"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toBool(), true);
        QCOMPARE(query.value(1).toBool(), false);
        QCOMPARE(query.value(2).toBool(), true);
    }

    void changedArticleKeepsReadAndStarred()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        ArticleRepository repo = fixture.library().articles();
        const qint64 feed = addFeed(fixture, u"https://example.com/feed"_s);
        Article article = make(u"g"_s, u"https://example.com/a"_s, u"Headline"_s, base);
        const qint64 id = repo.upsert(feed, {article}, base)->ids.at(0);
        QVERIFY(repo.setRead({id}, true).ok());
        QVERIFY(repo.setStarred(id, true).ok());

        article.contentHtml = u"<p>Corrected text</p>"_s;
        article.summary = u"Corrected summary"_s;
        article.read = false; // what a feed says about read state is ignored on update
        article.starred = false;
        auto changed = repo.upsert(feed, {article}, base.addDays(2));
        QVERIFY(changed.ok());
        QCOMPARE(changed->updated, 1);
        QCOMPARE(changed->ids, QList<qint64>{id});

        const Article stored = *repo.find(id).value();
        QCOMPARE(stored.contentHtml, u"<p>Corrected text</p>"_s);
        QCOMPARE(stored.summary, u"Corrected summary"_s);
        QVERIFY(stored.read);
        QVERIFY(stored.starred);
        QCOMPARE(stored.fetchedAt, base); // first fetched, not last
    }

    void changedPublishedDateMovesTheArticleInTheList()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        ArticleRepository repo = fixture.library().articles();
        const qint64 feed = addFeed(fixture, u"https://example.com/feed"_s);
        Article article = make(u"g"_s, QString(), u"Headline"_s, base);
        const qint64 id = repo.upsert(feed, {article}, base)->ids.at(0);
        // The feed corrects its date along with the text. (A change of the date alone is not
        // seen at all: articleContentHash leaves the dates out.)
        article.published = base.addDays(-3);
        article.contentHtml = u"<p>Corrected</p>"_s;
        QCOMPARE(repo.upsert(feed, {article}, base)->updated, 1);
        QCOMPARE(repo.find(id).value()->published, base.addDays(-3));
        // sort_time is "published, else first fetched": it must follow the new date.
        QCOMPARE(repo.keyOf(id).value().first, base.addDays(-3).toSecsSinceEpoch());
    }

    void upsertIntoAnUnknownFeedStoresNothing()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        auto stored = fixture.library().articles().upsert(
                424242, {make(u"a"_s, QString(), u"A"_s, base), make(u"b"_s, QString(), u"B"_s, base)},
                base);
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().kind, Error::NotFound);
        QCOMPARE(articleCount(fixture), 0);
    }

    void foreignKeysAreOnAgainAfterStoring()
    {
        // Storing checks its feed itself and turns the connection's foreign
        // keys off for the batch: they must be back on after it, whatever
        // the outcome, or removing a feed would leave its articles behind.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 feed = addFeed(fixture, u"https://example.com/feed"_s);
        QVERIFY(fixture.library().articles().upsert(feed, {make(u"a"_s, QString(), u"A"_s, base)}, base).ok());
        QVERIFY(!fixture.library().articles().upsert(424242, {make(u"b"_s, QString(), u"B"_s, base)}, base).ok());
        QSqlQuery q(fixture.library().database().connection());
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QVERIFY(fixture.library().feeds().remove(feed).ok());
        QCOMPARE(articleCount(fixture), 0);
    }

    void headersPageThroughEveryRowOnce()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        ArticleRepository repo = fixture.library().articles();
        const QList<qint64> feeds{addFeed(fixture, u"https://a.example/"_s),
                                  addFeed(fixture, u"https://b.example/"_s),
                                  addFeed(fixture, u"https://c.example/"_s)};
        // 250 rows over three feeds; many share a sort time (ties broken by id), and every
        // seventh has no date and sorts by its fetch time.
        QList<Row> rows;
        QHash<qint64, QList<Article>> batches;
        QHash<qint64, QList<qint64>> sortTimes;
        const QDateTime fetched = base.addSecs(-3600 * 20);
        for (int i = 0; i < 250; ++i) {
            const qint64 feed = feeds.at(i % 3);
            const QDateTime published = i % 7 == 0 ? QDateTime() : base.addSecs(-3600 * (i / 5));
            batches[feed].append(make(u"guid-%1"_s.arg(i), QString(), u"Story %1"_s.arg(i), published));
            sortTimes[feed].append((published.isValid() ? published : fetched).toSecsSinceEpoch());
        }
        for (qint64 feed : feeds) {
            auto stored = repo.upsert(feed, batches.value(feed), fetched);
            QVERIFY(stored.ok());
            QCOMPARE(stored->inserted, batches.value(feed).size());
            for (int i = 0; i < stored->ids.size(); ++i)
                rows.append({stored->ids.at(i), feed, sortTimes.value(feed).at(i), false, false});
        }
        QCOMPARE(rows.size(), 250);
        QList<qint64> toRead;
        for (Row &row : rows) {
            row.read = row.id % 3 == 0;
            row.starred = row.id % 10 == 0;
            if (row.read)
                toRead.append(row.id);
            if (row.starred)
                QVERIFY(repo.setStarred(row.id, true).ok());
        }
        QVERIFY(repo.setRead(toRead, true).ok());
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.sortTime != b.sortTime ? a.sortTime > b.sortTime : a.id > b.id;
        });

        struct Case
        {
            const char *name;
            ArticleQuery query;
            std::function<bool(const Row &)> keep;
        };
        ArticleQuery all;
        all.limit = 7;
        ArticleQuery unread = all;
        unread.unreadOnly = true;
        ArticleQuery starred = all;
        starred.starredOnly = true;
        ArticleQuery someFeeds = all;
        someFeeds.feedIds = {feeds.at(0), feeds.at(2)};
        ArticleQuery unreadInOneFeed = all;
        unreadInOneFeed.feedIds = {feeds.at(1)};
        unreadInOneFeed.unreadOnly = true;
        // Past 64 feeds the list walks the global time index instead.
        ArticleQuery manyFeeds = someFeeds;
        for (qint64 missing = 100000; missing < 100070; ++missing)
            manyFeeds.feedIds.append(missing);
        ArticleQuery bigPages = all;
        bigPages.limit = 100;
        ArticleQuery pageOfOne = all;
        pageOfOne.limit = 1;
        // A few feeds are merged from each feed's keys: their filters too.
        ArticleQuery unreadInSomeFeeds = someFeeds;
        unreadInSomeFeeds.unreadOnly = true;
        ArticleQuery starredInSomeFeeds = someFeeds;
        starredInSomeFeeds.starredOnly = true;
        starredInSomeFeeds.limit = 1;
        const QList<Case> cases{
                {"all", all, [](const Row &) { return true; }},
                {"unread", unread, [](const Row &r) { return !r.read; }},
                {"starred", starred, [](const Row &r) { return r.starred; }},
                {"feeds 1 and 3", someFeeds,
                 [&](const Row &r) { return r.feedId == feeds.at(0) || r.feedId == feeds.at(2); }},
                {"feeds 1 and 3 among 72", manyFeeds,
                 [&](const Row &r) { return r.feedId == feeds.at(0) || r.feedId == feeds.at(2); }},
                {"unread in feed 2", unreadInOneFeed,
                 [&](const Row &r) { return r.feedId == feeds.at(1) && !r.read; }},
                {"pages of 100", bigPages, [](const Row &) { return true; }},
                {"pages of 1", pageOfOne, [](const Row &) { return true; }},
                {"unread in feeds 1 and 3", unreadInSomeFeeds,
                 [&](const Row &r) { return (r.feedId == feeds.at(0) || r.feedId == feeds.at(2)) && !r.read; }},
                {"starred in feeds 1 and 3, pages of 1", starredInSomeFeeds,
                 [&](const Row &r) { return (r.feedId == feeds.at(0) || r.feedId == feeds.at(2)) && r.starred; }},
        };
        for (const Case &c : cases) {
            QList<qint64> expected;
            for (const Row &row : std::as_const(rows)) {
                if (c.keep(row))
                    expected.append(row.id);
            }
            QVERIFY2(!expected.isEmpty(), c.name);
            int pages = 0;
            const QList<ArticleHeader> got = readAllPages(repo, c.query, &pages);
            QVERIFY2(idsOf(got) == expected, c.name);
            QVERIFY2(pages == expected.size() / c.query.limit + 1, c.name);
            for (const ArticleHeader &h : got) {
                const auto row = std::find_if(rows.cbegin(), rows.cend(),
                                              [&](const Row &r) { return r.id == h.id; });
                QVERIFY2(h.sortTime == row->sortTime && h.read == row->read
                                 && h.starred == row->starred && h.feedId == row->feedId,
                         c.name);
            }
        }
    }

    void keyOfStartsAPageAfterARow()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 feed = fixture.addFeedWithArticles(u"News"_s, u"https://a.example/"_s, 10);
        QVERIFY(feed);
        ArticleRepository repo = fixture.library().articles();
        ArticleQuery query;
        const QList<ArticleHeader> all = repo.headers(query).value();
        QCOMPARE(all.size(), 10);
        auto key = repo.keyOf(all.at(3).id);
        QVERIFY(key.ok());
        QCOMPARE(key.value().first, all.at(3).sortTime);
        QCOMPARE(key.value().second, all.at(3).id);
        query.after = key.value();
        query.limit = 2;
        QCOMPARE(idsOf(repo.headers(query).value()), (QList<qint64>{all.at(4).id, all.at(5).id}));

        auto unknown = repo.keyOf(999999);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::NotFound);
    }

    void undatedArticlesSortByFetchTime()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        ArticleRepository repo = fixture.library().articles();
        const qint64 feed = addFeed(fixture, u"https://example.com/feed"_s);
        const QDateTime ten = base.addSecs(-2 * 3600), eleven = base.addSecs(-3600), noon = base;
        const qint64 old = repo.upsert(feed, {make(u"old"_s, QString(), u"Old"_s, ten)}, noon)->ids.at(0);
        const qint64 fresh = repo.upsert(feed, {make(u"new"_s, QString(), u"New"_s, noon)}, noon)->ids.at(0);
        const qint64 undated = repo.upsert(feed, {make(u"undated"_s, QString(), u"Undated"_s)}, eleven)->ids.at(0);

        const QList<ArticleHeader> list = repo.headers({}).value();
        QCOMPARE(idsOf(list), (QList<qint64>{fresh, undated, old}));
        QVERIFY(!list.at(1).published.isValid());
        QCOMPARE(list.at(1).sortTime, eleven.toSecsSinceEpoch());
        QCOMPARE(list.at(0).published, noon);
        QCOMPARE(list.at(0).title, u"New"_s);
        QCOMPARE(list.at(0).feedTitle, u"https://example.com/feed"_s);
    }

    void setReadAndStarred()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.addFeedWithArticles(u"News"_s, u"https://a.example/"_s, 5));
        ArticleRepository repo = fixture.library().articles();
        const QList<qint64> ids = idsOf(repo.headers({}).value());
        QCOMPARE(ids.size(), 5);

        QVERIFY(repo.setRead({ids.at(0), ids.at(2)}, true).ok());
        QVERIFY(repo.setRead({ids.at(0), ids.at(2)}, true).ok()); // again: no error
        ArticleQuery unread;
        unread.unreadOnly = true;
        QCOMPARE(idsOf(repo.headers(unread).value()), (QList<qint64>{ids.at(1), ids.at(3), ids.at(4)}));
        QVERIFY(repo.find(ids.at(0)).value()->read);
        QVERIFY(repo.setRead({ids.at(0)}, false).ok());
        QVERIFY(!repo.find(ids.at(0)).value()->read);
        QVERIFY(repo.setRead({}, true).ok());
        QVERIFY(repo.setRead({999999}, true).ok());
        QCOMPARE(repo.headers(unread).value().size(), 4);

        QVERIFY(repo.setStarred(ids.at(4), true).ok());
        ArticleQuery starred;
        starred.starredOnly = true;
        QCOMPARE(idsOf(repo.headers(starred).value()), QList<qint64>{ids.at(4)});
        QVERIFY(repo.find(ids.at(4)).value()->starred);
        QVERIFY(repo.setStarred(ids.at(4), false).ok());
        QVERIFY(repo.headers(starred).value().isEmpty());
    }

    void recentIsNewestFirstWithText()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.addFeedWithArticles(u"News"_s, u"https://a.example/"_s, 6, base));
        QVERIFY(fixture.addFeedWithArticles(u"Tech"_s, u"https://b.example/"_s, 6,
                                            base.addSecs(1800)));
        auto recent = fixture.library().articles().recent(5);
        QVERIFY(recent.ok());
        QCOMPARE(recent.value().size(), 5);
        for (int i = 1; i < recent.value().size(); ++i)
            QVERIFY(recent.value().at(i - 1).published >= recent.value().at(i).published);
        QCOMPARE(recent.value().at(0).published, base.addSecs(1800));
        QCOMPARE(recent.value().at(1).published, base);
        QVERIFY(!recent.value().at(0).contentHtml.isEmpty());
        QVERIFY(!recent.value().at(0).summary.isEmpty());
        QCOMPARE(fixture.library().articles().recent(100).value().size(), 12);
        QVERIFY(fixture.library().articles().recent(0).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArticleRepository)
#include "tst_articlerepository.moc"
