// View › Feeds With Problems over a tree model holding values: what it
// lists, that it follows the tree, its signals, and its accessible names.

#include "categorytreemodel.h"
#include "problemfeedsdialog.h"

#include <QAccessible>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

QList<CategoryNode> treeWith(const QString &error)
{
    CategoryNode news;
    news.category.id = 1;
    news.category.name = u"News"_s;
    news.path = u"News"_s;
    news.feeds.append(FeedNode {10, u"Wire"_s, QUrl(u"https://wire.example/feed"_s), 0, 0, error});
    news.feeds.append(FeedNode {11, u"Daily"_s, QUrl(u"https://daily.example/feed"_s), 1, 1, {}});
    return {news};
}

QPushButton *buttonNamed(QWidget *dialog, const QString &accessibleName)
{
    for (auto *button : dialog->findChildren<QPushButton *>())
        if (button->accessibleName() == accessibleName)
            return button;
    return nullptr;
}

} // namespace

class TestProblemFeedsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheFailingFeedsAndFollowsTheTree()
    {
        CategoryTreeModel model;
        model.setTree(treeWith(u"The server answered 500"_s));
        ProblemFeedsDialog dialog(model);
        dialog.show();
        QCOMPARE(dialog.count(), 1);
        auto *list = dialog.findChild<QTreeWidget *>();
        QCOMPARE(list->topLevelItem(0)->text(0), u"Wire"_s);
        QCOMPARE(list->topLevelItem(0)->text(1), u"News"_s);
        QCOMPARE(list->topLevelItem(0)->text(2), u"The server answered 500"_s);
        QSignalSpy chosen(&dialog, &ProblemFeedsDialog::feedChosen);
        QSignalSpy refresh(&dialog, &ProblemFeedsDialog::refreshRequested);
        buttonNamed(&dialog, u"Go to the feed"_s)->click();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), 10);
        buttonNamed(&dialog, u"Refresh these feeds"_s)->click();
        QCOMPARE(refresh.size(), 1);
        QCOMPARE(refresh.first().first().value<QList<qint64>>(), QList<qint64> {10});
        // The feed recovers: the list empties and says so.
        model.setTree(treeWith({}));
        QCOMPARE(dialog.count(), 0);
        QVERIFY(!buttonNamed(&dialog, u"Refresh these feeds"_s)->isEnabled());
    }

    void everyControlHasAnAccessibleName()
    {
        CategoryTreeModel model;
        model.setTree(treeWith(u"Timed out"_s));
        ProblemFeedsDialog dialog(model);
        dialog.show();
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&dialog) || widget->focusPolicy() == Qt::NoFocus || widget->inherits("QLabel"))
                continue;
            QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(face);
            QVERIFY2(!face->text(QAccessible::Name).isEmpty(), widget->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestProblemFeedsDialog)
#include "tst_problemfeedsdialog.moc"
