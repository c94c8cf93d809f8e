// The window's language (offscreen): Arabic from the built catalogue
// mirrors the whole window (right-to-left layout, the category tree on the
// right, the article pane on the left) and translates it, dates follow the
// locale; German stays left to right; a language without a catalogue keeps
// the English window but the person's dates and numbers.

#include "articlelistmodel.h"
#include "articlepane.h"
#include "cacheschemehandler.h"
#include "demoimporter.h"
#include "uilanguage.h"
#include "windowfixture.h"

#include <QApplication>
#include <QMenuBar>
#include <QTest>
#include <QTreeView>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace {

const bool cacheSchemeRegistered = (CacheSchemeHandler::registerScheme(), true);

QString catalogues()
{
    return QStringLiteral(MASTHEAD_QM_DIR);
}

int globalLeft(QWidget *widget)
{
    return widget->mapToGlobal(QPoint(0, 0)).x();
}

} // namespace

class TestUiLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        UiLanguage(catalogues()).apply(u"en"_s);
    }

    void arabicMirrorsTheWindow()
    {
        UiLanguage language(catalogues());
        QVERIFY(language.hasCatalogue(QLocale(u"ar"_s)));
        const QLocale locale = language.apply(u"ar"_s);
        QCOMPARE(locale.language(), QLocale::Arabic);
        QCOMPARE(QLocale().language(), QLocale::Arabic);
        QCOMPARE(language.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QCoreApplication::translate("ArticlePageRenderer", "More like this"),
                 u"المزيد من هذا القبيل"_s);

        TempLibrary library;
        QVERIFY2(library.isValid(), qPrintable(library.errorString()));
        QVERIFY(DemoImporter(library.library()).importBuiltIn().ok());
        WindowFixture app(library);
        MainWindow &window = app.window;
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        auto *tree = window.findChild<QTreeView *>(u"categoryView"_s);
        auto *list = window.findChild<QTreeView *>(u"articleView"_s);
        QVERIFY(tree && list);
        QWidget *pane = window.articlePane();
        // Tree on the right, then the list, the article on the left.
        QVERIFY2(globalLeft(tree) > globalLeft(list) && globalLeft(list) > globalLeft(pane),
                 qPrintable(u"tree %1, list %2, pane %3"_s.arg(globalLeft(tree)).arg(globalLeft(list)).arg(globalLeft(pane))));
        QCOMPARE(window.menuBar()->actions().first()->text(), u"&ملف"_s);
        QCOMPARE(tree->accessibleName(), u"الفئات"_s);
        // The list's dates are Arabic dates.
        QTRY_VERIFY(window.articleModel()->rowCount() > 0);
        const QString date = window.articleModel()->index(0, ArticleListModel::PublishedColumn).data().toString();
        QVERIFY2(!date.isEmpty() && date != QLocale(QLocale::English).toString(QDate(), QLocale::ShortFormat),
                 qPrintable(date));
        // Counts in the window are written with the locale's digits.
        QCOMPARE(QCoreApplication::translate("CountsLabel", "%n article(s), %1 unread", nullptr, 30),
                 u"٣٠ مقالة، %1 غير مقروءة"_s);
        QCOMPARE(QCoreApplication::translate("SettingsDialog", "%n article(s) removed.", nullptr, 5),
                 u"أُزيلت ٥ مقالات."_s);
        QCOMPARE(QLocale().toString(QDate(2026, 11, 25), QLocale::ShortFormat),
                 QLocale(QLocale::Arabic).toString(QDate(2026, 11, 25), QLocale::ShortFormat));
    }

    void germanIsLeftToRight()
    {
        UiLanguage language(catalogues());
        QCOMPARE(language.apply(u"de_DE"_s).language(), QLocale::German);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("ArticlePageRenderer", "Published on"), u"Veröffentlicht am"_s);
        QCOMPARE(QCoreApplication::translate("CountsLabel", "%n article(s), %1 unread", nullptr, 1),
                 u"%n Artikel, %1 ungelesen"_s.replace(u"%n"_s, u"1"_s));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
        QCOMPARE(QCoreApplication::translate("CountsLabel", "%n article(s), %1 unread", nullptr, 12345),
                 u"12.345 Artikel, %1 ungelesen"_s);
    }

    void aLanguageWithoutCatalogueKeepsEnglishTextButItsDates()
    {
        UiLanguage language(catalogues());
        QVERIFY(!language.hasCatalogue(QLocale(u"fr"_s)));
        language.apply(u"fr_FR"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("ArticlePageRenderer", "Published on"), u"Published on"_s);
        // English plurals still come from the English catalogue.
        QCOMPARE(QCoreApplication::translate("SettingsDialog", "%n article(s) removed.", nullptr, 2),
                 u"2 articles removed."_s);
        QCOMPARE(QLocale().language(), QLocale::French);
    }

    void switchingBackUndoesIt()
    {
        UiLanguage language(catalogues());
        language.apply(u"ar"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        language.apply(u"en"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("ArticlePageRenderer", "More like this"), u"More like this"_s);
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
