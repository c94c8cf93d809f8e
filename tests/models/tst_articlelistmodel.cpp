#include "articlelistmodel.h"
#include "templibrary.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QGuiApplication>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A loader over a real library, counting how often it is asked.
struct CountingLoader
{
    TempLibrary *fixture = nullptr;
    ArticleQuery base;
    std::shared_ptr<int> calls = std::make_shared<int>(0);

    ArticleListModel::PageLoader loader() const
    {
        return [fixture = fixture, base = base, calls = calls](const std::optional<ArticleHeader> &last,
                                                              int limit) {
            ++*calls;
            ArticleQuery query = base;
            query.limit = limit;
            if (last)
                query.after = std::pair{last->sortTime, last->id};
            return QtFuture::makeReadyFuture(fixture->library().articles().headers(query));
        };
    }
};

ArticleHeader header(qint64 id, const QString &title, bool read = false, bool starred = false)
{
    ArticleHeader h;
    h.id = id;
    h.feedId = 1;
    h.feedTitle = u"Feed"_s;
    h.title = title;
    h.published = QDateTime(QDate(2026, 11, 25), QTime(7, 45), Qt::UTC).addSecs(-60 * id);
    h.read = read;
    h.starred = starred;
    h.sortTime = h.published.toSecsSinceEpoch();
    return h;
}

// Serves a fixed list of rows in pages.
ArticleListModel::PageLoader listLoader(QList<ArticleHeader> rows)
{
    return [rows = std::move(rows)](const std::optional<ArticleHeader> &last, int limit) {
        qsizetype start = 0;
        if (last) {
            while (start < rows.size() && rows.at(start).id != last->id)
                ++start;
            ++start;
        }
        return QtFuture::makeReadyFuture(Result<QList<ArticleHeader>>(rows.mid(start, limit)));
    };
}

// Loads every page with slots on modelReset and rowsAboutToBeInserted that
// ask for more rows, as QAbstractItemModelTester does on every signal (and a
// proxy or view that fetches eagerly may). Returns the ids in the model, or
// {-1} if rows were inserted while a reset was still being announced.
QList<qint64> loadWithEagerObserver(int rows, int pageSize)
{
    QList<ArticleHeader> source;
    for (int i = 1; i <= rows; ++i)
        source.append(header(i, u"Story %1"_s.arg(i)));
    ArticleListModel model;
    bool inside = false;
    bool inReset = false;
    bool insertedDuringReset = false;
    const auto eager = [&] {
        if (inside)
            return;
        inside = true;
        if (model.canFetchMore({}))
            model.fetchMore({});
        inside = false;
    };
    QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, &model,
                     [&] { inReset = true; });
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model, [&] {
        insertedDuringReset = insertedDuringReset || inReset;
    });
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, eager);
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model, eager);
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&] { inReset = false; });
    model.setLoader(listLoader(source), pageSize);
    for (int guard = 0; model.canFetchMore({}) && guard < rows; ++guard)
        model.fetchMore({});
    if (insertedDuringReset)
        return {-1};
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.header(row).id);
    return ids;
}

QList<qint64> oneTo(int n)
{
    QList<qint64> ids;
    for (int i = 1; i <= n; ++i)
        ids.append(i);
    return ids;
}

} // namespace

class TestArticleListModel final : public QObject
{
    Q_OBJECT

private:
    TempLibrary m_fixture; // 1,000 articles over two feeds, shared by the tests (read-only)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.isValid(), qPrintable(m_fixture.errorString()));
        QVERIFY(m_fixture.addFeedWithArticles(u"News"_s, u"https://a.example/feed"_s, 600));
        QVERIFY(m_fixture.addFeedWithArticles(u"Tech"_s, u"https://b.example/feed"_s, 400,
                                              QDateTime(QDate(2026, 11, 1), QTime(12, 30), Qt::UTC)));
    }

    void loadsPagesLazily_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("100 (divides 1000)") << 100;
        QTest::newRow("128 (last page short)") << 128;
    }
    void loadsPagesLazily()
    {
        QFETCH(int, pageSize);
        CountingLoader counting{&m_fixture, {}};
        ArticleListModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setLoader(counting.loader(), pageSize);

        // One page at once, nothing more until the view asks.
        QCOMPARE(*counting.calls, 1);
        QCOMPARE(model.rowCount(), pageSize);
        QVERIFY(model.canFetchMore({}));

        int expectedRows = pageSize;
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            expectedRows = std::min(1000, before + pageSize);
            QCOMPARE(model.rowCount(), expectedRows);
            QVERIFY(*counting.calls <= 1000 / pageSize + 2);
        }
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(*counting.calls, 1000 / pageSize + 1);
        model.fetchMore({}); // nothing more to ask
        QCOMPARE(*counting.calls, 1000 / pageSize + 1);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(inserted.size(), (1000 + pageSize - 1) / pageSize); // the first page too

        // Every article once, newest first.
        QSet<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const ArticleHeader h = model.header(row);
            QVERIFY(!seen.contains(h.id));
            seen.insert(h.id);
            if (row > 0) {
                const ArticleHeader previous = model.header(row - 1);
                QVERIFY(previous.sortTime > h.sortTime
                        || (previous.sortTime == h.sortTime && previous.id > h.id));
            }
        }
        QCOMPARE(seen.size(), 1000);
    }

    void filtersComeFromTheLoader()
    {
        CountingLoader counting{&m_fixture, {}};
        counting.base.feedIds = {m_fixture.library().feeds().all().value().at(1).id};
        ArticleListModel model;
        model.setLoader(counting.loader(), 50);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
    }

    void passesTheModelTesterWhenLoaded()
    {
        CountingLoader counting{&m_fixture, {}};
        ArticleListModel model;
        model.setLoader(counting.loader(), 100);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRead(0, true);
        model.setStarred(1, true);
        model.setRead(999, true);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void fetchMoreIsReentrant()
    {
        // A slot that fetches again from rowsAboutToBeInserted or modelReset
        // (QAbstractItemModelTester does, on every signal) must not get the
        // same page twice, nor insert rows while a reset is announced.
        QCOMPARE(loadWithEagerObserver(30, 10), oneTo(30));
    }

    void passesTheModelTesterWhilePaging()
    {
        CountingLoader counting{&m_fixture, {}};
        ArticleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLoader(counting.loader(), 100);
        model.fetchMore({});
        QVERIFY(model.rowCount() >= 200);
        model.setRead(0, true);
        model.setStarred(1, true);
        model.setLoader(counting.loader(), 250);
        model.setLoader(listLoader({header(1, u"A"_s), header(2, QString(), true, true)}), 10);
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void dataAndRoles()
    {
        ArticleListModel model;
        model.setLoader(listLoader({header(1, u"First story"_s), header(2, QString(), true, true)}), 10);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
        QVERIFY(!model.canFetchMore({}));

        const QModelIndex title = model.index(0, ArticleListModel::TitleColumn);
        QCOMPARE(title.data().toString(), u"First story"_s);
        QCOMPARE(model.index(0, ArticleListModel::SourceColumn).data().toString(), u"Feed"_s);
        QVERIFY(!model.index(0, ArticleListModel::PublishedColumn).data().toString().isEmpty());
        QCOMPARE(title.data(ArticleListModel::IdRole).toLongLong(), 1);
        QCOMPARE(title.data(ArticleListModel::FeedIdRole).toLongLong(), 1);
        QCOMPARE(title.data(ArticleListModel::ReadRole).toBool(), false);
        QCOMPARE(title.data(ArticleListModel::PublishedRole).toDateTime(), header(1, {}).published);
        QVERIFY(title.data(Qt::FontRole).value<QFont>().bold()); // unread
        QVERIFY(!title.data(Qt::AccessibleTextRole).toString().isEmpty());

        const QModelIndex second = model.index(1, ArticleListModel::TitleColumn);
        QVERIFY(!second.data().toString().isEmpty()); // "(untitled)", never blank
        QCOMPARE(second.data(ArticleListModel::StarredRole).toBool(), true);
        QVERIFY(!second.data(Qt::FontRole).isValid()); // read: normal weight

        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(99), -1);

        QCOMPARE(model.header(1).id, 2);
        QCOMPARE(model.header(5).id, 0);
        QCOMPARE(model.header(-1).id, 0);
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
        QVERIFY(!model.headerData(0, Qt::Vertical, Qt::DisplayRole).isValid());
        QCOMPARE(model.roleNames().value(ArticleListModel::IdRole), QByteArray("id"));
        QVERIFY(!model.index(2, 0).isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);

        // A row standing for a story that other sources cover says how many.
        ArticleHeader story = header(3, u"Lander launches"_s);
        story.storyCluster = 3;
        story.storySize = 3;
        model.setLoader(listLoader({story}), 10);
        QCOMPARE(model.index(0, ArticleListModel::SourceColumn).data().toString(), u"Feed +2"_s);
        QVERIFY(model.index(0, ArticleListModel::SourceColumn).data(Qt::ToolTipRole).toString().contains(u'2'));
    }

    void setReadAndStarredEmitDataChanged()
    {
        ArticleListModel model;
        model.setLoader(listLoader({header(1, u"A"_s), header(2, u"B"_s), header(3, u"C"_s)}), 10);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setRead(1, true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
                 model.index(1, ArticleListModel::ColumnCount - 1));
        QCOMPARE(model.index(1, 0).data(ArticleListModel::ReadRole).toBool(), true);
        QCOMPARE(model.header(1).read, true);

        model.setRead(1, true); // no change, no signal
        QCOMPARE(changed.size(), 1);

        model.setStarred(2, true);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(model.index(2, 0).data(ArticleListModel::StarredRole).toBool(), true);
        model.setStarred(2, true);
        QCOMPARE(changed.size(), 2);
        model.setStarred(2, false);
        QCOMPARE(changed.size(), 3);

        // Rows that do not exist are ignored.
        model.setRead(-1, true);
        model.setRead(3, true);
        model.setStarred(100, true);
        QCOMPARE(changed.size(), 3);
    }

    void setLoaderStartsOver()
    {
        ArticleListModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setLoader(listLoader({header(1, u"A"_s), header(2, u"B"_s)}), 1);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.canFetchMore({}));
        model.setLoader(listLoader({header(7, u"Z"_s)}), 5);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.header(0).id, 7);
        QVERIFY(!model.canFetchMore({}));

        model.clear();
        QCOMPARE(reset.size(), 3);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // no loader: nothing happens
        QCOMPARE(model.rowCount(), 0);
    }

    void emptySourceIsExhaustedAtOnce()
    {
        int calls = 0;
        ArticleListModel model;
        model.setLoader(
                [&calls](const std::optional<ArticleHeader> &, int) {
                    ++calls;
                    return QtFuture::makeReadyFuture(Result<QList<ArticleHeader>>(QList<ArticleHeader>()));
                },
                100);
        QCOMPARE(calls, 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.canFetchMore(model.index(0, 0)));
    }
};

// Pages answered later, as the read side answers them: rows arrive when
// the answer does, an answer for a replaced list is dropped, and a failed
// page says why and asks no more.
class TestArticleListModelAsync final : public QObject
{
    Q_OBJECT

    struct Pending
    {
        std::optional<ArticleHeader> last;
        std::shared_ptr<QPromise<Result<QList<ArticleHeader>>>> promise;
    };
    QList<Pending> m_pending;

    ArticleListModel::PageLoader deferred()
    {
        return [this](const std::optional<ArticleHeader> &last, int) {
            auto promise = std::make_shared<QPromise<Result<QList<ArticleHeader>>>>();
            promise->start();
            m_pending.append({last, promise});
            return promise->future();
        };
    }
    static void answer(const Pending &p, Result<QList<ArticleHeader>> rows)
    {
        p.promise->addResult(std::move(rows));
        p.promise->finish();
    }

private Q_SLOTS:
    void init() { m_pending.clear(); }

    void rowsArriveWithTheAnswer()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&model, &ArticleListModel::pageLoaded);
        model.setLoader(deferred(), 2);
        QCOMPARE(m_pending.size(), 1);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        model.fetchMore({}); // one page at a time
        QCOMPARE(m_pending.size(), 1);
        answer(m_pending.at(0), QList<ArticleHeader>{header(1, u"A"_s), header(2, u"B"_s)});
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toBool(), true);
        QVERIFY(!model.isLoading());
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(m_pending.size(), 2);
        QCOMPARE(m_pending.at(1).last->id, 2);
        answer(m_pending.at(1), QList<ArticleHeader>{header(3, u"C"_s)});
        QTRY_COMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore({}));
    }

    void anAnswerForAReplacedListIsDropped()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model);
        model.setLoader(deferred(), 10);
        model.setLoader(deferred(), 10);
        QCOMPARE(m_pending.size(), 2);
        answer(m_pending.at(1), QList<ArticleHeader>{header(2, u"New list"_s)});
        answer(m_pending.at(0), QList<ArticleHeader>{header(1, u"Old list"_s)});
        QTRY_COMPARE(model.rowCount(), 1);
        QTest::qWait(20);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.header(0).title, u"New list"_s);
    }

    void aFailedPageSaysWhy()
    {
        ArticleListModel model;
        QSignalSpy failed(&model, &ArticleListModel::loadFailed);
        model.setLoader(deferred(), 10);
        answer(m_pending.at(0), makeError(Error::Database, u"database is locked"_s));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), u"database is locked"_s);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.isLoading());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestArticleListModel sync;
    TestArticleListModelAsync async;
    return QTest::qExec(&sync, argc, argv) | QTest::qExec(&async, argc, argv);
}
#include "tst_articlelistmodel.moc"
