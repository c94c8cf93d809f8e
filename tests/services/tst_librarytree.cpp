#include "demoimporter.h"
#include "demojson.h"
#include "librarytree.h"
#include "templibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int countNodes(const QList<CategoryNode> &nodes)
{
    int n = 0;
    for (const CategoryNode &node : nodes)
        n += 1 + countNodes(node.children);
    return n;
}

} // namespace

class TestLibraryTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyLibraryHasAnEmptyTree()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        auto tree = readCategoryTree(fixture.library());
        QVERIFY(tree.ok());
        QVERIFY(tree.value().isEmpty());
    }

    void demoTreeRollsUpUnreadCounts()
    {
        const DemoJson demo = DemoJson::load();
        QVERIFY(demo.valid);
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(DemoImporter(fixture.library()).importBuiltIn().ok());
        auto tree = readCategoryTree(fixture.library());
        QVERIFY(tree.ok());
        QCOMPARE(countNodes(tree.value()), demo.categories); // no "Unfiled" node
        int unread = 0, total = 0;
        for (const CategoryNode &root : tree.value()) {
            QCOMPARE(root.unread, demo.unreadByRoot.value(root.category.name));
            QCOMPARE(root.path, root.category.name);
            unread += root.unread;
            total += root.total;
        }
        QCOMPARE(unread, demo.unread);
        QCOMPARE(total, demo.articles);
        QCOMPARE(tree.value().first().category.name, u"Micro News"_s);
        const CategoryNode &politics = tree.value().first().children.first();
        QCOMPARE(politics.path, u"Micro News/Politics"_s);
        QCOMPARE(politics.feeds.size(), 1);
        QCOMPARE(politics.feeds.first().title, u"The Times of Israel"_s);
    }

    void unfiledFeedsGetTheirOwnNode()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.addFeedWithArticles(u"News"_s, u"https://a.example/"_s, 2));
        Feed loose;
        loose.url = QUrl(u"https://loose.example/"_s);
        QVERIFY(fixture.library().feeds().add(loose).ok());
        auto tree = readCategoryTree(fixture.library());
        QVERIFY(tree.ok());
        QCOMPARE(tree.value().size(), 2);
        QCOMPARE(tree.value().last().category.id, 0);
        QCOMPARE(tree.value().last().feeds.size(), 1);
        QCOMPARE(tree.value().first().unread, 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryTree)
#include "tst_librarytree.moc"
