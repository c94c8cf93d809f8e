#include "article.h"
#include "category.h"
#include "textutil.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextUtil final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void creditHost()
    {
        QCOMPARE(TextUtil::creditHost(QUrl(u"https://www.timesofisrael.com/a/b"_s)), u"timesofisrael.com"_s);
        QCOMPARE(TextUtil::creditHost(QUrl(u"https://News.Example.org/"_s)), u"news.example.org"_s);
        QCOMPARE(TextUtil::creditHost(QUrl()), QString());
    }
    void elide()
    {
        QCOMPARE(TextUtil::elide(u"short"_s, 20), u"short"_s);
        const QString cut = TextUtil::elide(u"one two three four five six"_s, 12);
        QVERIFY(cut.size() <= 12);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QVERIFY(cut.startsWith(u"one two"_s));
    }
    void categoryPaths()
    {
        QCOMPARE(splitCategoryPath(u" News / World//Europe "_s), (QStringList{u"News"_s, u"World"_s, u"Europe"_s}));
        QCOMPARE(joinCategoryPath({u"A"_s, u"B"_s}), u"A/B"_s);
        QVERIFY(splitCategoryPath(u"///"_s).isEmpty());
    }
    void dedupeKeyPrefersGuidThenLinkThenHash()
    {
        Article a;
        a.title = u"Title"_s;
        a.published = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
        const QString hashed = articleDedupeKey(a);
        QVERIFY(hashed.startsWith(u"h:"_s));
        a.link = QUrl(u"https://example.com/x"_s);
        QCOMPARE(articleDedupeKey(a), u"l:https://example.com/x"_s);
        a.guid = u"urn:1"_s;
        QCOMPARE(articleDedupeKey(a), u"g:urn:1"_s);
    }
    void contentHashChangesWithText()
    {
        Article a;
        a.title = u"T"_s;
        const QByteArray before = articleContentHash(a);
        a.contentHtml = u"<p>x</p>"_s;
        QVERIFY(articleContentHash(a) != before);
        a.read = true; // reader state is not content
        QCOMPARE(articleContentHash(a), articleContentHash(Article{a}));
    }
};

QTEST_GUILESS_MAIN(TestTextUtil)
#include "tst_textutil.moc"
