// The article pane's reading style (offscreen WebEngine): the shown article
// takes a new font, size, measure and leading in place, without a reload,
// and the next article is built with them; a hostile font name stays a name.

#include "articlepane.h"
#include "cacheschemehandler.h"
#include "panetesthelpers.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace {

ArticlePageData article(qint64 id)
{
    ArticlePageData page;
    page.articleId = id;
    page.headline = u"Headline %1"_s.arg(id);
    QString body;
    for (int i = 0; i < 60; ++i)
        body += u"<p>Paragraph %1 of a long article body that wraps over several lines.</p>"_s.arg(
                i);
    page.bodyHtml = body;
    return page;
}

QString computed(QWebEngineView *view, const QString &property)
{
    return PaneTest::evaluate(view, u"getComputedStyle(document.body).%1"_s.arg(property))
            .toString();
}

} // namespace

class TestArticlePane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readingStyleAppliesInPlaceAndToTheNextPage()
    {
        ArticlePane pane;
        pane.resize(900, 700);
        QSignalSpy loaded(&pane, &ArticlePane::loadFinished);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showArticle(article(1));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(computed(pane.view(), u"fontSize"_s), u"17px"_s);
        PaneTest::evaluate(pane.view(), u"window.scrollTo(0, 400); window.scrollY"_s);
        const double scrolled = PaneTest::evaluate(pane.view(), u"window.scrollY"_s).toDouble();
        QVERIFY(scrolled > 0);

        ReadingStyle style;
        style.fontSize = 24;
        style.lineSpacing = 2.0;
        style.lineWidth = 50;
        style.fontFamily = u"DejaVu Sans"_s;
        pane.setReadingStyle(style);
        QCOMPARE(pane.readingStyle(), style);
        QTRY_COMPARE_WITH_TIMEOUT(computed(pane.view(), u"fontSize"_s), u"24px"_s, 10000);
        QCOMPARE(computed(pane.view(), u"lineHeight"_s), u"48px"_s);
        QVERIFY2(computed(pane.view(), u"fontFamily"_s).contains(u"DejaVu Sans"_s),
                 qPrintable(computed(pane.view(), u"fontFamily"_s)));
        // 50 characters of about half an em: far narrower than the default 80.
        const double width = computed(pane.view(), u"maxWidth"_s).chopped(2).toDouble();
        QVERIFY2(width > 24 * 15 && width < 24 * 40, qPrintable(QString::number(width)));
        // Restyled, not reloaded.
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(PaneTest::evaluate(pane.view(), u"document.querySelector('h1').textContent"_s)
                         .toString(),
                 u"Headline 1"_s);
        QVERIFY(PaneTest::evaluate(pane.view(), u"window.scrollY"_s).toDouble() > 0);

        pane.showArticle(article(2));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
        QCOMPARE(computed(pane.view(), u"fontSize"_s), u"24px"_s);
        QCOMPARE(computed(pane.view(), u"lineHeight"_s), u"48px"_s);
    }

    void theNextArticleReplacesThePageWithoutANavigation()
    {
        // A navigation costs most of a second in this WebEngine; the pane
        // swaps the document's contents instead, unless the content policy
        // of the new page differs (remote images allowed or not).
        ArticlePane pane;
        pane.resize(900, 700);
        QSignalSpy loaded(&pane, &ArticlePane::loadFinished);
        QSignalSpy navigations(pane.view()->page(), &QWebEnginePage::loadStarted);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const auto text = [&](const QString &script) { return PaneTest::evaluate(pane.view(), script).toString(); };
        pane.showArticle(article(1));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(navigations.size(), 1);
        PaneTest::evaluate(pane.view(), u"window.scrollTo(0, 400)"_s);

        pane.showArticle(article(2));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
        QCOMPARE(navigations.size(), 1);
        QCOMPARE(text(u"document.querySelector('h1').textContent"_s), u"Headline 2"_s);
        QCOMPARE(text(u"document.title"_s), u"Headline 2"_s);
        QCOMPARE(text(u"document.querySelectorAll('h1').length"_s), u"1"_s);
        QCOMPARE(PaneTest::evaluate(pane.view(), u"window.scrollY"_s).toDouble(), 0.0); // a new article starts at the top
        QCOMPARE(loaded.last().at(0).toBool(), true);

        // Remote images widen the page's policy: that takes a page of its own.
        ArticlePageData remote = article(3);
        remote.remoteImages = true;
        pane.showArticle(remote);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 30000);
        QCOMPARE(navigations.size(), 2);
        QVERIFY(text(u"document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content"_s)
                        .contains(u"https:"_s));
        // … and the next ordinary page narrows it again.
        pane.showArticle(article(4));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 4, 30000);
        QCOMPARE(navigations.size(), 3);
        QVERIFY(!text(u"document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content"_s)
                         .contains(u"https:"_s));

        // Several in quick succession: the last one is what stays.
        pane.showArticle(article(5));
        pane.showArticle(article(6));
        pane.showMessage(u"Message"_s, u"Nothing here"_s);
        pane.showArticle(article(7));
        QTRY_COMPARE_WITH_TIMEOUT(text(u"document.querySelector('h1').textContent"_s), u"Headline 7"_s, 30000);
        QTest::qWait(200);
        QCOMPARE(text(u"document.querySelector('h1').textContent"_s), u"Headline 7"_s);
        QCOMPARE(pane.articleId(), 7);
    }

    void hostileFontNameIsOnlyAName()
    {
        ArticlePane pane;
        pane.resize(800, 600);
        QSignalSpy loaded(&pane, &ArticlePane::loadFinished);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        ReadingStyle style;
        style.fontFamily = u"x\"; } body { display: none } </style><h1 id=injected>x</h1><style>"_s;
        pane.setReadingStyle(style);
        pane.showArticle(article(3));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(computed(pane.view(), u"display"_s), u"block"_s);
        QCOMPARE(PaneTest::evaluate(pane.view(), u"document.getElementById('injected') === null"_s)
                         .toBool(),
                 true);
        QCOMPARE(PaneTest::evaluate(pane.view(), u"document.querySelectorAll('style').length"_s)
                         .toInt(),
                 1);
        // In place too.
        style.fontFamily += u"'); document.title = 'pwned'; ('"_s;
        pane.setReadingStyle(style);
        QTRY_VERIFY_WITH_TIMEOUT(computed(pane.view(), u"fontFamily"_s).contains(u"pwned"_s),
                                 10000);
        QVERIFY(pane.view()->title() != u"pwned"_s);
        QCOMPARE(computed(pane.view(), u"display"_s), u"block"_s);
    }
};

int main(int argc, char **argv)
{
    CacheSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestArticlePane test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_articlepane.moc"
