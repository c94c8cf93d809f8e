// View › Top Stories in the window, offscreen, on a real library: a story
// three sources cover is one row with its three sources; reading it opens
// its article; every control is named.

#include "articlelistmodel.h"
#include "categorytreemodel.h"
#include "sqlutil.h"
#include "articlepane.h"
#include "cacheschemehandler.h"
#include "library.h"
#include "topstoriesdialog.h"
#include "windowonlibrary.h"

#include <QTreeView>
#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const bool cacheSchemeRegistered = (CacheSchemeHandler::registerScheme(), true);

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

// Three sources with the launch, one with an unrelated story; indexed.
qint64 fill(Library &library)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 newest = 0;
    const QStringList names {u"Wire"_s, u"Daily"_s, u"Herald"_s};
    for (int i = 0; i < 3; ++i) {
        Feed f;
        f.url = QUrl(u"https://%1.example/feed"_s.arg(names[i].toLower()));
        f.title = names[i];
        const qint64 id = library.feeds().add(f).value();
        QList<Article> articles {story(u"%1-launch"_s.arg(i), u"Launch, told by %1"_s.arg(names[i]), kLaunch[i],
                                       now.addSecs(-3600 * (3 - i)))};
        if (i == 0)
            articles.append(story(u"fair"_s, u"Local fair opens"_s,
                                  u"The county fair opened with a parade and a pie contest on Saturday."_s,
                                  now.addSecs(-600)));
        auto stored = library.articles().upsert(id, articles, now);
        if (!stored)
            return 0;
        if (i == 2)
            newest = stored->ids.first();
    }
    return library.indexer().indexAll().ok() ? newest : 0;
}

qint64 countOf(TempLibrary &fixture, const QString &sql)
{
    auto q = SqlUtil::run(fixture.library().database().connection(), sql);
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace

class TestTopStoriesDialog final : public QObject
{
    Q_OBJECT

    Fetcher m_fetcher;

private Q_SLOTS:
    void aStoryOfThreeSourcesIsOneRow()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 newest = fill(fixture.library());
        QVERIFY(newest);
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        // The window settled: its first list page shown (it opens its first article).
        QTRY_VERIFY_WITH_TIMEOUT(app.window.articlePane()->articleId() != 0, 20000);
        auto *action = app.window.findChild<QAction *>(u"actionTopStories"_s);
        QVERIFY(action);
        action->trigger();
        auto *dialog = app.window.findChild<TopStoriesDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->count(), 1, 10000);
        auto *list = dialog->findChild<QTreeWidget *>();
        QCOMPARE(list->topLevelItem(0)->text(0), u"Launch, told by Herald"_s);
        QVERIFY(list->topLevelItem(0)->text(1).startsWith(u"Herald, Daily, Wire"_s));
        QVERIFY(list->topLevelItem(0)->text(1).endsWith(u"(3)"_s));
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(dialog) || widget->focusPolicy() == Qt::NoFocus || widget->inherits("QLabel"))
                continue;
            QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(face);
            QVERIFY2(!face->text(QAccessible::Name).isEmpty(), widget->metaObject()->className());
        }
        QSignalSpy chosen(dialog, &TopStoriesDialog::articleChosen);
        for (auto *button : dialog->findChildren<QPushButton *>())
            if (button->accessibleName() == u"Read the story"_s)
                button->click();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), newest);
        QTRY_COMPARE(app.window.articlePane()->articleId(), newest);
    }

    // The tree's Top Stories row lists the same: one row per story, its
    // sources as the row's source; Mark All Read there reads every copy.
    void theTreesTopStoriesRowListsThem()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        const qint64 newest = fill(fixture.library());
        QVERIFY(newest);
        // Only Mark All Read reads here.
        WindowOnLibrary::markReadBeforeOpening(fixture, AppSettings::MarkRead::Never);
        WindowOnLibrary app(fixture, m_fetcher);
        app.window.show();
        CategoryTreeModel *tree = app.window.categoryModel();
        QTRY_VERIFY(tree->indexFor(CategoryTreeModel::SmartItem, CategoryTreeModel::TopStoriesRow).isValid());
        const QModelIndex row = tree->indexFor(CategoryTreeModel::SmartItem, CategoryTreeModel::TopStoriesRow);
        QCOMPARE(row.data().toString(), u"Top Stories"_s);
        app.window.findChild<QTreeView *>(u"categoryView"_s)->setCurrentIndex(row);
        ArticleListModel *list = app.window.articleModel();
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->header(0).id, newest);
        QCOMPARE(list->header(0).feedTitle, u"Herald, Daily, Wire"_s);
        QVERIFY(!list->canFetchMore({}));
        app.window.markAllRead();
        QTRY_COMPARE(countOf(fixture, u"SELECT count(*) FROM articles WHERE read = 0"_s), 1); // the fair only
    }

    void nothingCoveredTwiceSaysSo()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        LibraryReader reader(fixture.dataDir());
        TopStoriesDialog dialog(reader);
        dialog.show();
        QLabel *summary = nullptr;
        for (auto *label : dialog.findChildren<QLabel *>())
            if (label->accessibleName() == u"Summary"_s)
                summary = label;
        QVERIFY(summary);
        // (The answer may have come before a spy could listen: the text tells.)
        QTRY_VERIFY2_WITH_TIMEOUT(summary->text() != u"Reading…"_s, qPrintable(summary->text()), 10000);
        QCOMPARE(dialog.count(), 0);
        QVERIFY(summary->text().contains(u"more than one"_s));
    }
};

QTEST_MAIN(TestTopStoriesDialog)
#include "tst_topstoriesdialog.moc"
