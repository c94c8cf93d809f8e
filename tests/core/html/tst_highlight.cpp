#include "html/highlight.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHighlight final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void termsOfAQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("words") << u"central bank"_s << QStringList{u"central"_s, u"bank"_s};
        QTest::newRow("phrase and prefix") << u"\"central bank\" rate*"_s
                                           << QStringList{u"central bank"_s, u"rate"_s};
        QTest::newRow("operators dropped") << u"gaza AND OR NOT ( ) *"_s << QStringList{u"gaza"_s};
        QTest::newRow("repeats once") << u"Gaza gaza"_s << QStringList{u"Gaza"_s};
        QTest::newRow("nothing") << u"\" * ( )"_s << QStringList{};
    }
    void termsOfAQuery()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, terms);
        QCOMPARE(searchTerms(query), terms);
    }

    void marksWordsInTextOnly()
    {
        const QString html = u"<p>The <a href=\"/election\" title=\"Election\">Election</a> results: elections "
                             "are close. Reelection is not.</p>"_s;
        const QString marked = highlightTerms(html, {u"elect"_s});
        QVERIFY2(marked.contains(u"<mark>Election</mark></a>"_s), qPrintable(marked));
        QVERIFY(marked.contains(u"<mark>elections</mark>"_s));
        QVERIFY(marked.contains(u"href=\"/election\""_s)); // attributes untouched
        QVERIFY(marked.contains(u"title=\"Election\""_s));
        QVERIFY(marked.contains(u"Reelection"_s)); // not at a word start
        QVERIFY(!marked.contains(u"Re<mark>"_s));
    }

    void phrasesWinAndHtmlStaysSafe()
    {
        const QString marked = highlightTerms(u"<p>The central bank &amp; the central&nbsp;bank.</p>"_s,
                                              {u"central bank"_s, u"central"_s});
        QVERIFY2(marked.contains(u"<mark>central bank</mark>"_s), qPrintable(marked));
        QVERIFY(marked.contains(u"&amp;"_s));
        // A term that looks like markup is text.
        const QString hostile = highlightTerms(u"<p>a &lt;b&gt; tag</p>"_s, {u"<b>"_s, u"b"_s});
        QVERIFY(!hostile.contains(u"<b>"_s));
    }

    void nothingToMarkKeepsTheHtml()
    {
        const QString html = u"<p>Unchanged <em>text</em></p>"_s;
        QCOMPARE(highlightTerms(html, {}), html);
        QCOMPARE(highlightTerms(QString(), {u"x"_s}), QString());
    }
};

QTEST_GUILESS_MAIN(TestHighlight)
#include "tst_highlight.moc"
