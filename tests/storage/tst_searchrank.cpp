#include "searchrank.h"
#include "templibrary.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

// masthead_rank must score exactly as FTS5's bm25() while it counts every
// row of a word, and nearly so, in bm25()'s order, when it estimates past
// its cap.
class TestSearchRank final : public QObject
{
    Q_OBJECT

private:
    // 120 articles: "harbour" in every one (more often in some), "budget" in
    // every fourth, "strike" in three; lengths vary, and some titles match.
    static bool fill(Library &library)
    {
        Feed feed;
        feed.url = QUrl(u"https://example.com/feed"_s);
        const qint64 feedId = library.feeds().add(feed).value();
        QList<Article> articles;
        for (int i = 0; i < 120; ++i) {
            Article a;
            a.guid = QString::number(i);
            a.title = i % 10 == 0 ? u"Harbour news %1"_s.arg(i) : u"Item %1"_s.arg(i);
            QString text = u"the harbour"_s;
            for (int r = 0; r < i % 5; ++r)
                text += u" harbour cranes and ships"_s;
            if (i % 4 == 0)
                text += u" budget vote"_s;
            if (i == 7 || i == 61 || i == 118)
                text += u" dock strike ends"_s;
            a.contentText = text;
            a.published = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).addSecs(i * 60);
            articles.append(a);
        }
        return library.articles().upsert(feedId, articles, QDateTime::currentDateTimeUtc()).ok()
                && library.indexer().indexAll().valueOr(-1) == 120;
    }

    static sqlite3 *handle(const QSqlDatabase &db)
    {
        return *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
    }

    // id -> score of every match, by the named ranking function.
    static QMap<qint64, double> scores(const QSqlDatabase &db, const QString &function, const QString &match)
    {
        const QString rangeArgs = function == u"bm25"_s
                ? QString()
                : u"(SELECT max(id) FROM articles), "_s;
        QSqlQuery q(db);
        QMap<qint64, double> out;
        if (!q.prepare(u"SELECT rowid, %1(articles_fts, %2 8.0, 2.0, 3.0, 1.0) FROM articles_fts"
                       " WHERE articles_fts MATCH ?"_s.arg(function, rangeArgs))) {
            qWarning() << q.lastError().text();
            return out;
        }
        q.addBindValue(match);
        if (!q.exec())
            qWarning() << q.lastError().text();
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toDouble());
        return out;
    }

    static QList<qint64> order(const QMap<qint64, double> &scores)
    {
        QList<qint64> ids = scores.keys();
        std::stable_sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) { return scores.value(a) < scores.value(b); });
        return ids;
    }

private Q_SLOTS:
    void matchesBm25_data()
    {
        QTest::addColumn<QString>("match");
        QTest::newRow("everywhere") << u"\"harbour\""_s;
        QTest::newRow("every fourth") << u"\"budget\""_s;
        QTest::newRow("rare") << u"\"strike\""_s;
        QTest::newRow("common and rare") << u"\"harbour\" \"strike\""_s;
        QTest::newRow("two common") << u"\"harbour\" \"budget\""_s;
        QTest::newRow("phrase") << u"\"dock strike\""_s;
        QTest::newRow("prefix") << u"\"harb\"*"_s;
        QTest::newRow("or") << u"\"budget\" OR \"strike\""_s;
    }
    void matchesBm25()
    {
        QFETCH(QString, match);
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fill(fixture.library()));
        const QSqlDatabase db = fixture.library().database().connection();
        // A cap under the rows of "harbour" (120) and "budget" (30): theirs
        // are estimated, from rows spread evenly, so within a few percent.
        QVERIFY(SearchRank::registerOn(handle(db), "capped_rank", 10));

        const QMap<qint64, double> expected = scores(db, u"bm25"_s, match);
        QVERIFY(!expected.isEmpty());
        for (const QString &function : {QString::fromLatin1(SearchRank::FunctionName), u"capped_rank"_s}) {
            const double tolerance = function == u"capped_rank"_s ? 0.05 : 1e-9;
            const QMap<qint64, double> got = scores(db, function, match);
            QCOMPARE(got.keys(), expected.keys());
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                if (std::abs(got.value(it.key()) - it.value()) > tolerance * std::max(1.0, std::abs(it.value())))
                    QFAIL(qPrintable(u"%1, row %2: %3, bm25 %4"_s.arg(function).arg(it.key())
                                             .arg(got.value(it.key()), 0, 'g', 12).arg(it.value(), 0, 'g', 12)));
            }
            QCOMPARE(order(got), order(expected));
        }
    }

    void anEstimateNeverExceedsTheTable()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fill(fixture.library()));
        const QSqlDatabase db = fixture.library().database().connection();
        QVERIFY(SearchRank::registerOn(handle(db), "capped_rank", 2));
        // A last rowid given far too large would estimate a word in 120 rows
        // as in a million: the count stays at most the table's, and every
        // score is a number.
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"SELECT capped_rank(articles_fts, 1000000) FROM articles_fts WHERE articles_fts MATCH ?"_s));
        q.addBindValue(u"\"harbour\""_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        int rows = 0;
        while (q.next()) {
            QVERIFY(std::isfinite(q.value(0).toDouble()));
            QVERIFY(q.value(0).toDouble() <= 0);
            ++rows;
        }
        QCOMPARE(rows, 120);
    }

    void withoutTheLastRowidItSaysSo()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fill(fixture.library()));
        QSqlQuery q(fixture.library().database().connection());
        QVERIFY(q.prepare(u"SELECT masthead_rank(articles_fts) FROM articles_fts WHERE articles_fts MATCH 'harbour'"_s));
        QVERIFY(!q.exec() || !q.next());
        QVERIFY(q.lastError().text().contains(u"rowid"_s));
    }
};

QTEST_GUILESS_MAIN(TestSearchRank)
#include "tst_searchrank.moc"
