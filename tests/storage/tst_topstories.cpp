// Top Stories on a real library: a story three sources cover is one row
// with its three sources, ranked above a story two cover; a story of one
// source, or one older than the window, is not a top story.

#include "library.h"
#include "templibrary.h"
#include "topstories.h"
#include "treeeditor.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Article story(const QString &guid, const QString &title, const QString &text, const QDateTime &published)
{
    Article a;
    a.guid = guid;
    a.title = title;
    a.summary = text;
    a.contentText = text;
    a.published = published;
    return a;
}

qint64 feed(Library &library, const QString &url, const QString &title)
{
    Feed f;
    f.url = QUrl(url);
    f.title = title;
    return library.feeds().add(f).value();
}

const QString kLaunch[] = {
        u"The Halcyon Space Agency launched the Lumen-1 lander on a Tern Heavy rocket from Corvid Bay on Tuesday. "
        "Mission director Ilse Marchetti said the lander separated cleanly and will reach lunar orbit in five days. "
        "The launch had been delayed twice by high winds over Corvid Bay."_s,
        u"Mission director Ilse Marchetti said the Lumen-1 lander is healthy after Tuesday's launch. A Tern Heavy "
        "rocket lifted off from Corvid Bay carrying the Halcyon Space Agency craft, which reaches lunar orbit in five "
        "days after two wind delays."_s,
        u"A Tern Heavy rocket carried the Halcyon Space Agency's Lumen-1 lander from Corvid Bay on Tuesday after two "
        "delays for high winds; mission director Ilse Marchetti said it separated cleanly and reaches lunar orbit in "
        "five days."_s,
};

const QString kBank[] = {
        u"The Meridian central bank held its main interest rate at 4.25 percent on Thursday, governor Tomas Varga "
        "said, citing slowing inflation in the Meridian economy and weak lending to households across the region."_s,
        u"Governor Tomas Varga kept the Meridian central bank's main rate at 4.25 percent on Thursday, pointing to "
        "slowing inflation in the Meridian economy and weak household lending across the region."_s,
};

} // namespace

class TestTopStories final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStoryOfThreeSourcesIsOneRowRankedFirst()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        Library &library = fixture.library();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 wire = feed(library, u"https://wire.example/feed"_s, u"Wire"_s);
        const qint64 daily = feed(library, u"https://daily.example/feed"_s, u"Daily"_s);
        const qint64 herald = feed(library, u"https://herald.example/feed"_s, u"Herald"_s);
        QVERIFY(library.articles().upsert(wire, {story(u"w1"_s, u"Lumen-1 lander lifts off"_s, kLaunch[0], now.addSecs(-3 * 3600)),
                                                 story(u"w2"_s, u"Meridian holds rates"_s, kBank[0], now.addSecs(-3600))},
                                          now).ok());
        QVERIFY(library.articles().upsert(daily, {story(u"d1"_s, u"Halcyon's lander on its way"_s, kLaunch[1], now.addSecs(-2 * 3600)),
                                                  story(u"d2"_s, u"Varga keeps the rate"_s, kBank[1], now.addSecs(-1800))},
                                          now).ok());
        QVERIFY(library.articles().upsert(herald, {story(u"h1"_s, u"Tern Heavy carries Lumen-1"_s, kLaunch[2], now.addSecs(-3600)),
                                                   story(u"h2"_s, u"Local fair opens"_s,
                                                         u"The county fair opened with a parade and a pie contest on Saturday."_s,
                                                         now.addSecs(-600))},
                                           now).ok());
        QVERIFY(library.indexer().indexAll().ok());

        auto top = TopStoriesQuery(library.database().connection()).since(now.addSecs(-24 * 3600));
        QVERIFY2(top.ok(), top.ok() ? "" : qPrintable(top.error().message));
        QCOMPARE(top->size(), 2);
        const TopStory &first = top->first();
        QCOMPARE(first.title, u"Tern Heavy carries Lumen-1"_s); // the newest article stands for it
        QCOMPARE(first.sources, (QStringList {u"Herald"_s, u"Daily"_s, u"Wire"_s}));
        QCOMPARE(first.articleIds.size(), 3);
        QCOMPARE(top->at(1).sources, (QStringList {u"Daily"_s, u"Wire"_s}));

        // A narrower window: the launch's older copies drop out, and with
        // them the sources that count.
        top = TopStoriesQuery(library.database().connection()).since(now.addSecs(-90 * 60));
        QCOMPARE(top->size(), 1);
        QCOMPARE(top->first().title, u"Varga keeps the rate"_s);
        // Three sources asked: only the launch.
        top = TopStoriesQuery(library.database().connection()).since(now.addSecs(-24 * 3600), 3);
        QCOMPARE(top->size(), 1);
        QCOMPARE(top->first().sources.size(), 3);
        // Nothing in the window: nothing, no error.
        top = TopStoriesQuery(library.database().connection()).since(now.addSecs(3600));
        QVERIFY(top.ok() && top->isEmpty());
        // A deleted source no longer counts (nor shows) from the moment it is deleted.
        QVERIFY(TreeEditor(library.database().connection()).markFeedDeleted(wire));
        top = TopStoriesQuery(library.database().connection()).since(now.addSecs(-24 * 3600));
        QCOMPARE(top->size(), 1);
        QCOMPARE(top->first().sources, (QStringList {u"Herald"_s, u"Daily"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTopStories)
#include "tst_topstories.moc"
