#include "templibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestImageRepository final : public QObject
{
    Q_OBJECT

    // A feed with `count` articles; returns their ids.
    static QList<qint64> articleIds(TempLibrary &fixture, const QString &url, int count = 1)
    {
        Feed feed;
        feed.url = QUrl(url);
        const qint64 feedId = fixture.library().feeds().add(feed).value();
        QList<Article> articles;
        for (int i = 0; i < count; ++i) {
            Article a;
            a.guid = u"%1#%2"_s.arg(url).arg(i);
            a.title = u"Article %1"_s.arg(i);
            articles.append(a);
        }
        auto stored = fixture.library().articles().upsert(feedId, articles, QDateTime::currentDateTimeUtc());
        if (!stored)
            qWarning() << stored.error().message;
        return stored ? stored->ids : QList<qint64>();
    }

private Q_SLOTS:
    void oneRowPerUrlSharedByArticles()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        const QList<qint64> ids = articleIds(fixture, u"https://ex.com/feed"_s, 2);
        ImageRepository images = fixture.library().images();
        const QUrl a(u"https://ex.com/a.png"_s), b(u"https://ex.com/b.png"_s);
        auto first = images.link(ids.at(0), {a, b});
        QVERIFY(first);
        QCOMPARE(first->size(), 2);
        QCOMPARE(first->at(0).url, a);
        QCOMPARE(first->at(0).state, CachedImage::State::Pending);
        auto second = images.link(ids.at(1), {a});
        QVERIFY(second);
        QCOMPARE(second->at(0).id, first->at(0).id);
        // Linking again changes nothing.
        QVERIFY(images.link(ids.at(0), {a, b}));
        QCOMPARE(images.forArticle(ids.at(0))->size(), 2);
        QCOMPARE(images.forArticle(ids.at(1))->size(), 1);
        QCOMPARE(images.pending(10)->size(), 2);
    }

    // The batch a refresh records: each outcome as markStored/markFailed
    // would write it, one answer per outcome.
    void markAllWritesEachOutcome()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 article = articleIds(fixture, u"https://ex.com/feed"_s).first();
        ImageRepository images = fixture.library().images();
        const QUrl a(u"https://ex.com/a.png"_s), b(u"https://ex.com/b.png"_s),
                c(u"https://ex.com/c.png"_s);
        const auto rows = images.link(article, {a, b, c}).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<bool> ok = images.markAll({
                {rows[0].id, CachedImage::State::Stored, u"images/x.png"_s, u"image/png"_s, 1234,
                 now},
                {rows[1].id, CachedImage::State::Failed, {}, {}, 0, now},
                {rows[2].id, CachedImage::State::TooLarge, {}, {}, 0, now},
        });
        QCOMPARE(ok, (QList<bool> {true, true, true}));
        const auto found = images.find(a).value();
        QCOMPARE(found->state, CachedImage::State::Stored);
        QCOMPARE(found->localPath, u"images/x.png"_s);
        QCOMPARE(found->mimeType, u"image/png"_s);
        QCOMPARE(found->bytes, 1234);
        QCOMPARE(found->fetchedAt.toSecsSinceEpoch(), now.toSecsSinceEpoch());
        QCOMPARE(images.find(b).value()->state, CachedImage::State::Failed);
        QCOMPARE(images.find(c).value()->state, CachedImage::State::TooLarge);
        QVERIFY(images.pending(10)->isEmpty());
        QVERIFY(images.markAll({}).isEmpty());
        // Linked again (another article, a later refresh): the known rows
        // come back as they are, the new one pending.
        const QUrl d(u"https://ex.com/d.png"_s);
        const auto again = images.link(article, {a, d, c}).value();
        QCOMPARE(again.size(), 3);
        QCOMPARE(again[0].id, rows[0].id);
        QCOMPARE(again[0].url, a);
        QCOMPARE(again[0].state, CachedImage::State::Stored);
        QCOMPARE(again[0].localPath, u"images/x.png"_s);
        QCOMPARE(again[0].mimeType, u"image/png"_s);
        QCOMPARE(again[0].bytes, 1234);
        QCOMPARE(again[0].fetchedAt.toSecsSinceEpoch(), now.toSecsSinceEpoch());
        QCOMPARE(again[1].url, d);
        QCOMPARE(again[1].state, CachedImage::State::Pending);
        QVERIFY(again[1].localPath.isNull());
        QVERIFY(!again[1].fetchedAt.isValid());
        QCOMPARE(again[2].state, CachedImage::State::TooLarge);
        QCOMPARE(images.pending(10)->size(), 1);
    }

    void storedAndFailedStates()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 article = articleIds(fixture, u"https://ex.com/feed"_s).first();
        ImageRepository images = fixture.library().images();
        const QUrl a(u"https://ex.com/a.png"_s), b(u"https://ex.com/b.png"_s), c(u"https://ex.com/c.png"_s);
        const auto rows = images.link(article, {a, b, c}).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(images.markStored(rows[0].id, u"images/x.png"_s, u"image/png"_s, 1234, now));
        QVERIFY(images.markFailed(rows[1].id, CachedImage::State::Failed, now));
        QVERIFY(images.markFailed(rows[2].id, CachedImage::State::TooLarge, now));

        const auto found = images.find(a).value();
        QVERIFY(found);
        QCOMPARE(found->state, CachedImage::State::Stored);
        QCOMPARE(found->localPath, u"images/x.png"_s);
        QCOMPARE(found->mimeType, u"image/png"_s);
        QCOMPARE(found->bytes, 1234);
        QCOMPARE(found->fetchedAt.toSecsSinceEpoch(), now.toSecsSinceEpoch());
        QCOMPARE(images.find(b).value()->state, CachedImage::State::Failed);
        QCOMPARE(images.find(c).value()->state, CachedImage::State::TooLarge);
        QVERIFY(!images.find(QUrl(u"https://ex.com/none.png"_s)).value());
        QCOMPARE(images.storedUrls(article).value(), QList<QUrl>{a});
        QCOMPARE(images.storedBytes().value(), 1234);
        QVERIFY(images.pending(10)->isEmpty());
    }

    void orphansGoWithTheirArticles()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 article = articleIds(fixture, u"https://ex.com/feed"_s).first();
        const qint64 otherArticle = articleIds(fixture, u"https://ex.com/other"_s).first();
        ImageRepository images = fixture.library().images();
        const QUrl shared(u"https://ex.com/shared.png"_s), own(u"https://ex.com/own.png"_s);
        const auto rows = images.link(article, {shared, own}).value();
        QVERIFY(images.link(otherArticle, {shared}));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(images.markStored(rows[0].id, u"images/s.png"_s, u"image/png"_s, 10, now));
        QVERIFY(images.markStored(rows[1].id, u"images/o.png"_s, u"image/png"_s, 20, now));
        QVERIFY(images.removeOrphans().value().isEmpty());

        const qint64 feedId = fixture.library().articles().find(article).value()->feedId;
        QVERIFY(fixture.library().feeds().remove(feedId));
        const QStringList gone = images.removeOrphans().value();
        QCOMPARE(gone, QStringList{u"images/o.png"_s});
        QVERIFY(images.find(shared).value());
        QVERIFY(!images.find(own).value());
        QCOMPARE(images.storedBytes().value(), 10);
    }

    void cacheLimitKeepsStarredAndNewest()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const QList<qint64> ids = articleIds(fixture, u"https://ex.com/feed"_s, 3);
        ImageRepository images = fixture.library().images();
        const QDateTime start = QDateTime::currentDateTimeUtc();
        QList<qint64> rows;
        for (int i = 0; i < 3; ++i) {
            const auto linked = images.link(ids.at(i), {QUrl(u"https://ex.com/%1.png"_s.arg(i))}).value();
            QVERIFY(images.markStored(linked.first().id, u"images/%1.png"_s.arg(i), u"image/png"_s, 100,
                                      start.addSecs(i)));
            rows.append(linked.first().id);
        }
        // The oldest belongs to a starred article: it stays with the newest.
        QVERIFY(fixture.library().articles().setStarred(ids.at(0), true));
        QCOMPARE(images.evictBeyond(250).value(), QStringList{u"images/1.png"_s});
        QCOMPARE(images.storedBytes().value(), 200);
        QCOMPARE(images.find(QUrl(u"https://ex.com/1.png"_s)).value()->state, CachedImage::State::Evicted);
        QVERIFY(images.pending(10).value().isEmpty()); // never fetched again
        QVERIFY(images.evictBeyond(1000).value().isEmpty());
        QCOMPARE(images.evictBeyond(0).value().size(), 2);
        QCOMPARE(images.storedBytes().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImageRepository)
#include "tst_imagerepository.moc"
