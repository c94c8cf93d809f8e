#include "articlereader.h"
#include "demoimporter.h"
#include "templibrary.h"
#include "textutil.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 articleIdByGuid(TempLibrary &fixture, const QString &guid)
{
    QSqlQuery query(fixture.library().database().connection());
    query.prepare(u"SELECT id FROM articles WHERE guid = ?"_s);
    query.addBindValue(guid);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

class TestArticleReader final : public QObject
{
    Q_OBJECT

private:
    TempLibrary m_demo; // the built-in sample library, shared read-only
    qint64 m_seed = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_demo.isValid(), qPrintable(m_demo.errorString()));
        auto imported = DemoImporter(m_demo.library()).importBuiltIn();
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        m_seed = articleIdByGuid(m_demo, u"demo-seed"_s);
        QVERIFY(m_seed);
    }

    void seedArticlePageLooksLikeTheExample()
    {
        // shared/examples/seed-article-page.txt: Home › Micro News › Politics, the headline,
        // "Published on", section headings, the credit line, More like this.
        auto page = ArticleReader(m_demo.library()).page(m_seed);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QCOMPARE(page->articleId, m_seed);
        QCOMPARE(page->breadcrumb, (QStringList{u"Micro News"_s, u"Politics"_s}));
        QCOMPARE(page->headline, u"US-Israel Talks Aim for Peace and Security in Gaza"_s);
        QCOMPARE(page->published, QDateTime(QDate(2026, 11, 25), QTime(7, 45), Qt::UTC));
        QCOMPARE(TextUtil::creditHost(page->link), u"timesofisrael.com"_s);
        QVERIFY(page->bodyHtml.contains(u"<h2>Key Strategic Meeting Between America and Israel</h2>"_s));
    }

    void seedRelatedStoriesAreTheThreeFromTheExample()
    {
        auto page = ArticleReader(m_demo.library()).page(m_seed);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QVERIFY(page->related.size() >= 3);
        QSet<QString> top3;
        for (int i = 0; i < 3; ++i)
            top3.insert(page->related.at(i).title);
        const QSet<QString> expected{
                u"Netanyahu’s Testimony: Focus on Policy Over Accusations"_s,
                u"Walmart Faces Backlash Over Shirts Feature Terror Leaders"_s,
                u"Israel Bolsters Security Against Iran’s Espionage Threat"_s};
        QCOMPARE(top3, expected);
        for (const RelatedStory &story : page->related) {
            QVERIFY(story.id != m_seed);
            QVERIFY2(!story.summary.isEmpty(), qPrintable(story.title));
            QVERIFY2(!story.summary.contains(u'\n'), qPrintable(story.title)); // one line
            QVERIFY(!story.source.isEmpty());
            QVERIFY(fixtureHas(story.id));
        }
        QCOMPARE(page->related.at(0).source, u"The Times of Israel"_s);
    }

    void relatedLimitIsRespected()
    {
        ArticleReader reader(m_demo.library());
        for (int limit : {0, 2, 5}) {
            auto page = reader.page(m_seed, limit);
            QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
            if (limit == 5)
                QVERIFY(page->related.size() >= 3 && page->related.size() <= 5);
            else
                QCOMPARE(page->related.size(), limit);
        }
    }

    void everyDemoArticleHasAPage()
    {
        ArticleReader reader(m_demo.library());
        auto headers = m_demo.library().articles().headers({});
        QVERIFY(headers.ok());
        const QList<ArticleHeader> all = headers.value();
        QVERIFY(all.size() >= 20);
        for (const ArticleHeader &h : all) {
            auto page = reader.page(h.id);
            QVERIFY2(page.ok(), qPrintable(h.title + u": "_s + (page.ok() ? QString() : page.error().message)));
            QCOMPARE(page->headline, h.title);
            QVERIFY2(!page->breadcrumb.isEmpty(), qPrintable(h.title));
            QVERIFY2(!page->bodyHtml.isEmpty(), qPrintable(h.title));
        }
    }

    void unknownIdIsNotFound()
    {
        auto page = ArticleReader(m_demo.library()).page(987654321);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, Error::NotFound);
        QVERIFY(page.error().message.contains(u"987654321"_s));
    }

    void unfiledUntitledArticleWithOnlyASummary()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Feed feed;
        feed.url = QUrl(u"https://loose.example/feed"_s);
        const qint64 feedId = fixture.library().feeds().add(feed).value();
        Article article;
        article.guid = u"x"_s;
        article.summary = u"Fish & <chips>"_s;
        const qint64 id = fixture.library().articles().upsert(feedId, {article},
                                                              QDateTime::currentDateTimeUtc())
                                  ->ids.at(0);
        auto page = ArticleReader(fixture.library()).page(id);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QVERIFY(page->breadcrumb.isEmpty());
        QVERIFY(!page->headline.isEmpty()); // "(untitled)"
        QCOMPARE(page->bodyHtml, u"Fish &amp; &lt;chips&gt;"_s); // escaped, never raw
        QVERIFY(!page->published.isValid());
        QVERIFY(page->related.isEmpty());
        QCOMPARE(page->uncachedImageCount, 0);
    }

    void imagesNotStoredOfflineAreCountedAndLoadOnlyWhenAsked()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Feed feed;
        feed.url = QUrl(u"https://pics.example/feed"_s);
        const qint64 feedId = fixture.library().feeds().add(feed).value();
        Article article;
        article.guid = u"pics"_s;
        article.title = u"Pictures"_s;
        article.link = QUrl(u"https://pics.example/news/story"_s);
        article.contentHtml = u"<p>Text</p><img src=\"/stored.png\"><img src=\"/missing.png\" alt=\"M\">"
                              "<img src=\"https://cdn.example/other.jpg\"><img src=\"/missing.png\">"_s;
        const qint64 id = fixture.library().articles().upsert(feedId, {article},
                                                              QDateTime::currentDateTimeUtc())
                                  ->ids.at(0);
        const QUrl stored(u"https://pics.example/stored.png"_s);
        auto rows = fixture.library().images().link(
                id, {stored, QUrl(u"https://pics.example/missing.png"_s), QUrl(u"https://cdn.example/other.jpg"_s)});
        QVERIFY(rows.ok());
        QVERIFY(fixture.library()
                        .images()
                        .markStored(rows->at(0).id, u"images/x.png"_s, u"image/png"_s, 10,
                                    QDateTime::currentDateTimeUtc())
                        .ok());

        auto blocked = ArticleReader(fixture.library()).page(id);
        QVERIFY2(blocked.ok(), qPrintable(blocked.ok() ? QString() : blocked.error().message));
        QCOMPARE(blocked->uncachedImageCount, 2);
        QVERIFY(!blocked->remoteImages);
        QCOMPARE(blocked->bodyHtml.count(u"<img"_s), 1);
        QVERIFY(blocked->bodyHtml.contains(u"masthead-cache:"_s));
        QVERIFY(!blocked->bodyHtml.contains(u"http"_s));

        auto remote = ArticleReader(fixture.library())
                              .page(id, ArticleReader::DefaultRelatedLimit, UncachedImages::KeepRemote);
        QVERIFY(remote.ok());
        QCOMPARE(remote->uncachedImageCount, 2);
        QVERIFY(remote->remoteImages);
        QCOMPARE(remote->bodyHtml.count(u"<img"_s), 4);
        QCOMPARE(remote->bodyHtml.count(u"masthead-cache:"_s), 1); // the stored one still comes from disk
        QCOMPARE(remote->bodyHtml.count(u"src=\"https://pics.example/missing.png\""_s), 2);
        QVERIFY(remote->bodyHtml.contains(u"src=\"https://cdn.example/other.jpg\""_s));
        QVERIFY(!remote->bodyHtml.contains(u"stored.png"_s));
    }

private:
    bool fixtureHas(qint64 id) { return m_demo.library().articles().find(id).value().has_value(); }
};

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
