// When a refresh may try an article's page again (PageAttempts), on a real
// library in a temp dir.

#include "library.h"
#include "pageattempts.h"
#include "sqlutil.h"
#include "templibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPageAttempts final : public QObject
{
    Q_OBJECT

private:
    static QList<qint64> articleIds(Library &library)
    {
        QList<qint64> ids;
        for (const Article &a : library.articles().recent(100).value())
            ids.append(a.id);
        return ids;
    }

private Q_SLOTS:
    void waitsLongerAfterEachFailureThenGivesUp()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        fixture.addFeedWithArticles(u"News"_s, u"http://127.0.0.1:9/feed"_s, 1);
        const qint64 id = articleIds(fixture.library()).value(0);
        QVERIFY(id > 0);
        PageAttempts attempts = fixture.library().pageAttempts();
        QDateTime now(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(attempts.isDue(id, now).value()); // never tried
        for (int tries = 1; tries < PageAttempts::MaxTries; ++tries) {
            QVERIFY(attempts.recordFailed({id}, now));
            const qint64 wait = PageAttempts::waitAfter(tries);
            QVERIFY2(!attempts.isDue(id, now.addSecs(wait - 1)).value(), qPrintable(QString::number(tries)));
            QVERIFY(attempts.isDue(id, now.addSecs(wait)).value());
            now = now.addSecs(wait);
        }
        QCOMPARE(PageAttempts::waitAfter(1), 3600);
        QCOMPARE(PageAttempts::waitAfter(2), 4 * 3600);
        QVERIFY(attempts.recordFailed({id}, now)); // the last try
        QVERIFY(!attempts.isDue(id, now.addYears(1)).value());
        // Its page taken after all (by another way in): it may be tried again.
        QVERIFY(attempts.forget({id}));
        QVERIFY(attempts.isDue(id, now).value());
    }

    void keepsNothingForArticlesThatAreGone()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        fixture.addFeedWithArticles(u"News"_s, u"http://127.0.0.1:9/feed"_s, 2);
        const QList<qint64> ids = articleIds(fixture.library());
        QCOMPARE(ids.size(), 2);
        PageAttempts attempts = fixture.library().pageAttempts();
        const QDateTime now(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(attempts.recordFailed({ids.at(0), ids.at(1), 999999}, now)); // 999999 was never stored
        const auto rows = [&] {
            auto q = SqlUtil::run(fixture.library().database().connection(), u"SELECT count(*) FROM page_attempts"_s);
            return q && q.value().next() ? q.value().value(0).toInt() : -1;
        };
        QCOMPARE(rows(), 2);
        auto deleted = SqlUtil::run(fixture.library().database().connection(), u"DELETE FROM articles WHERE id = ?"_s,
                                    {ids.at(0)});
        QVERIFY(deleted);
        QCOMPARE(rows(), 1); // went with its article
    }
};

QTEST_GUILESS_MAIN(TestPageAttempts)
#include "tst_pageattempts.moc"
