#include "categorytree.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCategoryTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rollsCountsUpTheTree()
    {
        const QList<Category> categories = {{1, 0, u"News"_s, 0, true},
                                            {2, 1, u"World"_s, 0, true},
                                            {3, 2, u"Europe"_s, 0, false},
                                            {4, 0, u"Tech"_s, 1, true}};
        const QList<CategoryTreeBuilder::PlacedFeed> feeds = {
                {3, FeedNode{10, u"EU Daily"_s, QUrl(), 4, 10, QString()}},
                {2, FeedNode{11, u"World Wire"_s, QUrl(), 1, 5, QString()}},
                {4, FeedNode{12, u"Gadgets"_s, QUrl(), 0, 2, QString()}},
                {0, FeedNode{13, u"Loose"_s, QUrl(), 2, 2, QString()}}};
        const QList<CategoryNode> roots = CategoryTreeBuilder::build(categories, feeds);
        QCOMPARE(roots.size(), 3);
        QCOMPARE(roots.at(0).category.name, u"News"_s);
        QCOMPARE(roots.at(0).unread, 5);
        QCOMPARE(roots.at(0).total, 15);
        QCOMPARE(roots.at(0).children.at(0).children.at(0).path, u"News/World/Europe"_s);
        QCOMPARE(roots.at(1).category.name, u"Tech"_s);
        QCOMPARE(roots.at(2).category.id, 0); // unfiled feeds
        QCOMPARE(roots.at(2).feeds.at(0).id, 13);
    }
    void orphansBecomeRoots()
    {
        const QList<CategoryNode> roots =
                CategoryTreeBuilder::build({{5, 99, u"Lost"_s, 0, true}}, {});
        QCOMPARE(roots.size(), 1);
        QCOMPARE(roots.at(0).path, u"Lost"_s);
    }
};

QTEST_GUILESS_MAIN(TestCategoryTree)
#include "tst_categorytree.moc"
