// The list's star and the tree's failed-refresh mark as icons, with the
// models' words kept as their text alternatives.

#include "articlelistmodel.h"
#include "categorytreemodel.h"
#include "stateicons.h"

#include <QApplication>
#include <QIcon>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

class TestStateIcons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(u"no-such-theme"_s); // the bundled set
    }

    void starredRowsShowAStar()
    {
        ArticleListModel model;
        QList<ArticleHeader> rows(2);
        rows[0].id = 1;
        rows[0].title = u"Starred one"_s;
        rows[0].starred = true;
        rows[1].id = 2;
        rows[1].title = u"Plain one"_s;
        model.setLoader([rows](const std::optional<ArticleHeader> &last, int) {
            return QtFuture::makeReadyFuture(Result<QList<ArticleHeader>>(last ? QList<ArticleHeader>() : rows));
        });
        QTRY_COMPARE(model.rowCount(), 2);
        const QModelIndex star = model.index(0, ArticleListModel::StarColumn);
        QVERIFY(!StateIcons::iconFor(StateIcons::View::ArticleList, star).isNull());
        QCOMPARE(star.data(Qt::AccessibleTextRole).toString(), u"Starred"_s);
        QVERIFY(StateIcons::iconFor(StateIcons::View::ArticleList, model.index(1, ArticleListModel::StarColumn)).isNull());
        QCOMPARE(model.index(1, ArticleListModel::StarColumn).data(Qt::AccessibleTextRole).toString(), u"Not starred"_s);
        QVERIFY(StateIcons::iconFor(StateIcons::View::ArticleList, model.index(0, ArticleListModel::TitleColumn)).isNull());
    }

    void failedFeedsShowAWarning()
    {
        CategoryTreeModel model;
        CategoryNode news;
        news.category.id = 1;
        news.category.name = u"News"_s;
        news.path = u"News"_s;
        FeedNode broken;
        broken.id = 10;
        broken.title = u"Broken Feed"_s;
        broken.lastError = u"HTTP 404"_s;
        FeedNode fine;
        fine.id = 11;
        fine.title = u"Fine Feed"_s;
        news.feeds = {broken, fine};
        model.setTree({news});
        const QModelIndex brokenIndex = model.indexFor(CategoryTreeModel::FeedItem, 10);
        const QModelIndex fineIndex = model.indexFor(CategoryTreeModel::FeedItem, 11);
        QVERIFY(brokenIndex.isValid() && fineIndex.isValid());
        QVERIFY(!StateIcons::iconFor(StateIcons::View::CategoryTree, brokenIndex).isNull());
        QVERIFY(StateIcons::iconFor(StateIcons::View::CategoryTree, fineIndex).isNull());
        QVERIFY(brokenIndex.data(Qt::AccessibleDescriptionRole).toString().contains(u"HTTP 404"_s));
    }
};

QTEST_MAIN(TestStateIcons)
#include "tst_stateicons.moc"
