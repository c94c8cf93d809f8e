#include "categoryrepository.h"
#include "templibrary.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int categoryCount(TempLibrary &fixture)
{
    QSqlQuery query(fixture.library().database().connection());
    if (!query.exec(u"SELECT count(*) FROM categories"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestCategoryRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ensurePathCreatesNestedCategories()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        CategoryRepository repo = fixture.library().categories();

        auto leaf = repo.ensurePath({u"News"_s, u"World"_s, u"Europe"_s});
        QVERIFY(leaf.ok());
        QVERIFY(leaf.value() > 0);
        QCOMPARE(categoryCount(fixture), 3);

        auto europe = repo.find(leaf.value());
        QVERIFY(europe.ok() && europe.value());
        QCOMPARE(europe.value()->name, u"Europe"_s);
        auto world = repo.find(europe.value()->parentId);
        QVERIFY(world.ok() && world.value());
        QCOMPARE(world.value()->name, u"World"_s);
        auto news = repo.find(world.value()->parentId);
        QVERIFY(news.ok() && news.value());
        QCOMPARE(news.value()->name, u"News"_s);
        QCOMPARE(news.value()->parentId, 0);
        QVERIFY(news.value()->subscribed);
    }

    void ensurePathIsIdempotent()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        CategoryRepository repo = fixture.library().categories();
        const qint64 first = repo.ensurePath({u"News"_s, u"World"_s}).value();
        QCOMPARE(repo.ensurePath({u"News"_s, u"World"_s}).value(), first);
        // Whitespace and empty segments do not make new categories.
        QCOMPARE(repo.ensurePath({u"  News "_s, u""_s, u"World\t"_s}).value(), first);
        QCOMPARE(categoryCount(fixture), 2);
        // A prefix of an existing path is found, not created.
        const qint64 news = repo.findByPath(u"News"_s).value()->id;
        QCOMPARE(repo.ensurePath({u"News"_s}).value(), news);
        QCOMPARE(categoryCount(fixture), 2);
        // Extending the path adds only the new segment.
        const qint64 europe = repo.ensurePath({u"News"_s, u"World"_s, u"Europe"_s}).value();
        QCOMPARE(repo.find(europe).value()->parentId, first);
        QCOMPARE(categoryCount(fixture), 3);
    }

    void sameNameUnderDifferentParentsIsAllowed()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        CategoryRepository repo = fixture.library().categories();
        const qint64 a = repo.ensurePath({u"News"_s, u"Sport"_s}).value();
        const qint64 b = repo.ensurePath({u"Culture"_s, u"Sport"_s}).value();
        QVERIFY(a != b);
        QCOMPARE(categoryCount(fixture), 4);
    }

    void rootNamesAreUnique()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        CategoryRepository repo = fixture.library().categories();
        const qint64 news = repo.ensurePath({u"News"_s}).value();
        QCOMPARE(repo.ensurePath({u"News"_s}).value(), news);
        QCOMPARE(categoryCount(fixture), 1);

        // Even written around the repository, the schema refuses a second root of that name
        // (SQLite treats NULL parents as distinct, so this needs the coalesce index).
        QSqlQuery query(fixture.library().database().connection());
        QVERIFY(query.prepare(u"INSERT INTO categories (parent_id, name) VALUES (?, ?)"_s));
        query.bindValue(0, QVariant(QMetaType(QMetaType::LongLong)));
        query.bindValue(1, u"News"_s);
        QVERIFY(!query.exec());
        query.bindValue(0, news);
        query.bindValue(1, u"Sub"_s);
        QVERIFY(query.exec());
        query.bindValue(0, news);
        query.bindValue(1, u"Sub"_s);
        QVERIFY(!query.exec());
        QCOMPARE(categoryCount(fixture), 2);
    }

    void siblingsGetIncreasingPositions()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        CategoryRepository repo = fixture.library().categories();
        const qint64 b = repo.ensurePath({u"B"_s}).value();
        const qint64 a = repo.ensurePath({u"A"_s}).value();
        const qint64 child = repo.ensurePath({u"A"_s, u"Child"_s}).value();
        QCOMPARE(repo.find(b).value()->position, 0);
        QCOMPARE(repo.find(a).value()->position, 1);
        QCOMPARE(repo.find(child).value()->position, 0);

        auto all = repo.all();
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 3);
        // Ordered by position, then name.
        QCOMPARE(all.value().at(0).position, 0);
        QCOMPARE(all.value().last().id, a);
    }

    void findByPath()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        CategoryRepository repo = fixture.library().categories();
        const qint64 politics = repo.ensurePath({u"Micro News"_s, u"Politics"_s}).value();
        repo.ensurePath({u"Politics"_s}).value(); // a root of the same name

        auto found = repo.findByPath(u"Micro News/Politics"_s);
        QVERIFY(found.ok());
        QVERIFY(found.value().has_value());
        QCOMPARE(found.value()->id, politics);
        QCOMPARE(found.value()->name, u"Politics"_s);

        QCOMPARE(repo.findByPath(u" Micro News / Politics /"_s).value()->id, politics);
        QVERIFY(repo.findByPath(u"Politics"_s).value()->id != politics);
        QVERIFY(!repo.findByPath(u"Micro News/Sport"_s).value().has_value());
        QVERIFY(!repo.findByPath(u"Politics/Micro News"_s).value().has_value());
        QVERIFY(!repo.findByPath(u"Micro News/Politics/Deeper"_s).value().has_value());
        QVERIFY(!repo.findByPath(QString()).value().has_value());
        QVERIFY(!repo.findByPath(u"/"_s).value().has_value());
    }

    void findUnknownIsEmpty()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        auto found = fixture.library().categories().find(424242);
        QVERIFY(found.ok());
        QVERIFY(!found.value().has_value());
    }

    void pathOf()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        CategoryRepository repo = fixture.library().categories();
        const qint64 research = repo.ensurePath({u"Technology"_s, u"AI"_s, u"Research"_s}).value();
        QCOMPARE(repo.pathOf(research).value(),
                 (QStringList{u"Technology"_s, u"AI"_s, u"Research"_s}));
        const qint64 tech = repo.findByPath(u"Technology"_s).value()->id;
        QCOMPARE(repo.pathOf(tech).value(), QStringList{u"Technology"_s});
        QVERIFY(repo.pathOf(999999).value().isEmpty());
    }

    void subtree()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        CategoryRepository repo = fixture.library().categories();
        const qint64 research = repo.ensurePath({u"Tech"_s, u"AI"_s, u"Research"_s}).value();
        const qint64 gadgets = repo.ensurePath({u"Tech"_s, u"Gadgets"_s}).value();
        const qint64 space = repo.ensurePath({u"Science"_s, u"Space"_s}).value();
        const qint64 tech = repo.findByPath(u"Tech"_s).value()->id;
        const qint64 ai = repo.findByPath(u"Tech/AI"_s).value()->id;

        QList<qint64> below = repo.subtree(tech).value();
        std::sort(below.begin(), below.end());
        QList<qint64> expected{tech, ai, research, gadgets};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(below, expected);
        QVERIFY(!below.contains(space));
        QCOMPARE(repo.subtree(research).value(), QList<qint64>{research});
        QVERIFY(repo.subtree(999999).value().isEmpty());
    }

    void setSubscribedIsRecursive()
    {
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        CategoryRepository repo = fixture.library().categories();
        const qint64 research = repo.ensurePath({u"Tech"_s, u"AI"_s, u"Research"_s}).value();
        const qint64 gadgets = repo.ensurePath({u"Tech"_s, u"Gadgets"_s}).value();
        const qint64 space = repo.ensurePath({u"Science"_s, u"Space"_s}).value();
        const qint64 tech = repo.findByPath(u"Tech"_s).value()->id;
        const qint64 ai = repo.findByPath(u"Tech/AI"_s).value()->id;

        QVERIFY(repo.setSubscribed(tech, false).ok());
        for (qint64 id : {tech, ai, research, gadgets})
            QVERIFY(!repo.find(id).value()->subscribed);
        QVERIFY(repo.find(space).value()->subscribed);
        QVERIFY(repo.find(repo.findByPath(u"Science"_s).value()->id).value()->subscribed);

        // Re-subscribing a branch touches only that branch.
        QVERIFY(repo.setSubscribed(ai, true).ok());
        QVERIFY(repo.find(ai).value()->subscribed);
        QVERIFY(repo.find(research).value()->subscribed);
        QVERIFY(!repo.find(tech).value()->subscribed);
        QVERIFY(!repo.find(gadgets).value()->subscribed);

        // An unknown id changes nothing and is not an error.
        QVERIFY(repo.setSubscribed(999999, false).ok());
        QVERIFY(repo.find(space).value()->subscribed);
    }

    void deepPathsAreBounded()
    {
        // A long chain is stored and walked; the recursive queries stop at their depth cap
        // instead of running away.
        TempLibrary fixture;
        QVERIFY(fixture.isValid());
        CategoryRepository repo = fixture.library().categories();
        QStringList segments;
        for (int i = 0; i < 40; ++i)
            segments.append(u"L%1"_s.arg(i));
        const qint64 leaf = repo.ensurePath(segments).value();
        QCOMPARE(repo.pathOf(leaf).value(), segments);
        const qint64 root = repo.findByPath(u"L0"_s).value()->id;
        QCOMPARE(repo.subtree(root).value().size(), 40);
        QCOMPARE(repo.findByPath(segments.join(u'/')).value()->id, leaf);
    }
};

QTEST_GUILESS_MAIN(TestCategoryRepository)
#include "tst_categoryrepository.moc"
