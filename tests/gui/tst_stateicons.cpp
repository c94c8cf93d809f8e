// The list's star as an icon, with the model's words kept as its text
// alternative.

#include "articlelistmodel.h"
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
};

QTEST_MAIN(TestStateIcons)
#include "tst_stateicons.moc"
