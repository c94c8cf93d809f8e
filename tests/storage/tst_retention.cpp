#include "retention.h"
#include "templibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRetention final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverRemovesStarred()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 feed = fixture.addFeedWithArticles(u"News"_s, u"https://example.com/f"_s, 50,
                                                        QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY(feed);
        ArticleQuery all;
        all.limit = 1000;
        const auto rows = fixture.library().articles().headers(all).value();
        const qint64 oldest = rows.last().id;
        QVERIFY(fixture.library().articles().setStarred(oldest, true).ok());

        Retention retention(fixture.library().database().connection());
        RetentionPolicy policy;
        policy.maxPerFeed = 10;
        auto removed = retention.apply(policy);
        QVERIFY(removed.ok());
        QCOMPARE(removed.value(), 39); // 50 - 10 kept - 1 starred
        const auto left = fixture.library().articles().headers(all).value();
        QCOMPARE(left.size(), 11);
        QVERIFY(std::any_of(left.cbegin(), left.cend(), [&](const ArticleHeader &h) { return h.id == oldest; }));

        policy = {};
        policy.maxAgeDays = 1; // everything is older than a day but the newest hours
        QVERIFY(retention.apply(policy).ok());
        QVERIFY(fixture.library().articles().find(oldest).value().has_value());
        QVERIFY(retention.compact().ok());
        QVERIFY(fixture.library().articles().find(oldest).value().has_value());
    }

    void offByDefault()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        fixture.addFeedWithArticles(u"News"_s, u"https://example.com/f"_s, 5);
        QCOMPARE(Retention(fixture.library().database().connection()).apply({}).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
