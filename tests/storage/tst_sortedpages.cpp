#include "articlerepository.h"
#include "templibrary.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// Pages of the article list in title, source and oldest-first order: read
// page by page they give exactly the rows a full sort gives, whichever plan
// (sort a few rows, or walk an index) the library picks.
namespace {

const QDateTime base(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

struct Fixture
{
    TempLibrary library;
    QList<ArticleHeader> all; // every stored row, as the list reads it

    bool fill()
    {
        if (!library.isValid())
            return false;
        // Titles differ in case and repeat; one article has none. Sources
        // sort differently by title than by id.
        const QStringList feedTitles{u"beta News"_s, u"Alpha Times"_s, u"alpha times"_s, u"Gamma"_s};
        const QStringList titles{u"zebra crossing"_s, u"Apple harvest"_s, u"apple harvest"_s, QString(),
                                 u"Budget vote"_s,    u"budget Vote"_s,   u"Ceasefire"_s,     u"ceasefire"_s,
                                 u"Markets"_s,        u"markets"_s,       u"Weather"_s};
        int n = 0;
        for (const QString &feedTitle : feedTitles) {
            Feed feed;
            feed.url = QUrl(u"https://example.com/"_s + QString::number(n));
            feed.title = feedTitle;
            const qint64 feedId = library.library().feeds().add(feed).value();
            QList<Article> articles;
            for (int i = 0; i < 9; ++i, ++n) {
                Article a;
                a.guid = u"g%1"_s.arg(n);
                a.title = titles.at((n * 7) % titles.size());
                // Some share a time, so ties are cut by id.
                a.published = base.addSecs(-3600 * ((n * 5) % 13));
                a.contentHtml = u"<p>text</p>"_s;
                articles.append(a);
            }
            if (!library.library().articles().upsert(feedId, articles, base))
                return false;
        }
        // Some read, some starred.
        ArticleQuery everything;
        everything.limit = 1000;
        auto rows = library.library().articles().headers(everything);
        if (!rows)
            return false;
        QList<qint64> read;
        for (const ArticleHeader &row : rows.value()) {
            if (row.id % 3 == 0)
                read.append(row.id);
            if (row.id % 4 == 0 && !library.library().articles().setStarred(row.id, true))
                return false;
        }
        if (!library.library().articles().setRead(read, true))
            return false;
        all = library.library().articles().headers(everything).value();
        return all.size() == 36;
    }
};

int compareText(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive); // the titles here are ASCII, as NOCASE folds
}

// The order a full sort gives.
QList<qint64> expected(QList<ArticleHeader> rows, ArticleOrder order)
{
    const auto newest = [](const ArticleHeader &a, const ArticleHeader &b) {
        return std::pair(a.sortTime, a.id) > std::pair(b.sortTime, b.id);
    };
    std::sort(rows.begin(), rows.end(), [&](const ArticleHeader &a, const ArticleHeader &b) {
        switch (order) {
        case ArticleOrder::Newest:
            return newest(a, b);
        case ArticleOrder::Oldest:
            return newest(b, a);
        case ArticleOrder::TitleAscending:
        case ArticleOrder::TitleDescending: {
            int c = compareText(a.title, b.title);
            if (c == 0)
                c = a.id < b.id ? -1 : 1;
            return order == ArticleOrder::TitleAscending ? c < 0 : c > 0;
        }
        case ArticleOrder::SourceAscending:
        case ArticleOrder::SourceDescending: {
            int c = compareText(a.feedTitle, b.feedTitle);
            if (c == 0 && a.feedId != b.feedId)
                c = a.feedId < b.feedId ? -1 : 1;
            if (c == 0)
                return newest(a, b);
            return order == ArticleOrder::SourceAscending ? c < 0 : c > 0;
        }
        }
        return false;
    });
    QList<qint64> ids;
    for (const ArticleHeader &row : rows)
        ids.append(row.id);
    return ids;
}

QList<qint64> readPages(ArticleRepository repo, ArticleQuery query)
{
    QList<qint64> ids;
    for (int pages = 0; pages < 100; ++pages) {
        auto page = repo.headers(query);
        if (!page) {
            ids.append(-1);
            return ids;
        }
        for (const ArticleHeader &row : page.value())
            ids.append(row.id);
        if (page->size() < query.limit)
            return ids;
        const ArticleHeader &last = page->last();
        query.after = std::pair{last.sortTime, last.id};
        query.afterTitle = last.title;
        query.afterFeedId = last.feedId;
        query.afterFeedTitle = last.feedTitle;
    }
    return ids;
}

} // namespace

class TestSortedPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesFollowTheFullSort_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("budget");
        QTest::addColumn<QString>("filter");
        const QList<std::pair<const char *, ArticleOrder>> orders{
                {"oldest", ArticleOrder::Oldest},
                {"title a-z", ArticleOrder::TitleAscending},
                {"title z-a", ArticleOrder::TitleDescending},
                {"source a-z", ArticleOrder::SourceAscending},
                {"source z-a", ArticleOrder::SourceDescending}};
        for (const auto &[name, order] : orders) {
            for (int budget : {0, 100000}) {
                for (const QString &filter : {u"all"_s, u"unread"_s, u"starred"_s, u"two feeds"_s}) {
                    QTest::addRow("%s, %s, %s", name, budget ? "sorted" : "walked", qPrintable(filter))
                            << int(order) << budget << filter;
                }
            }
        }
    }

    void pagesFollowTheFullSort()
    {
        QFETCH(int, order);
        QFETCH(int, budget);
        QFETCH(QString, filter);
        Fixture fixture;
        QVERIFY(fixture.fill());

        ArticleQuery query;
        query.order = ArticleOrder(order);
        query.limit = 4; // many pages, and page ends that fall inside ties
        QList<ArticleHeader> rows = fixture.all;
        const auto keep = [&](auto predicate) { rows.removeIf([&](const ArticleHeader &r) { return !predicate(r); }); };
        if (filter == u"unread"_s) {
            query.unreadOnly = true;
            keep([](const ArticleHeader &r) { return !r.read; });
        } else if (filter == u"starred"_s) {
            query.starredOnly = true;
            keep([](const ArticleHeader &r) { return r.starred; });
        } else if (filter == u"two feeds"_s) {
            const qint64 a = fixture.all.first().feedId;
            const qint64 b = fixture.all.last().feedId;
            query.feedIds = {a, b};
            keep([&](const ArticleHeader &r) { return r.feedId == a || r.feedId == b; });
        }
        QVERIFY(!rows.isEmpty());

        ArticleRepository repo = fixture.library.library().articles();
        repo.setSortBudget(budget);
        QCOMPARE(readPages(repo, query), expected(rows, ArticleOrder(order)));
    }

    void aMissingTitleSortsAsAnEmptyOne()
    {
        Fixture fixture;
        QVERIFY(fixture.fill());
        ArticleRepository repo = fixture.library.library().articles();
        repo.setSortBudget(0);
        ArticleQuery query;
        query.order = ArticleOrder::TitleAscending;
        query.limit = 100;
        auto page = repo.headers(query);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 36);
        QVERIFY(page->first().title.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSortedPages)
#include "tst_sortedpages.moc"
