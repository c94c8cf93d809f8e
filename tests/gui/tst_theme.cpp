// The theme setting applied (offscreen, with the real WebEngine pane):
// Light and Dark put Fusion and Masthead's palette on the application and
// System gives the desktop's back; the article page follows the palette it
// is shown with (its computed background and text colours), and its body
// text, secondary text and links keep 4.5:1 in light, dark and
// high-contrast palettes, even one whose secondary colours would not.

#include "articlepane.h"
#include "cacheschemehandler.h"
#include "panetesthelpers.h"
#include "theme.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QWebEngineView>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const bool cacheSchemeRegistered = (CacheSchemeHandler::registerScheme(), true);

ArticlePageData article()
{
    ArticlePageData page;
    page.articleId = 5;
    page.breadcrumb = {u"World"_s};
    page.headline = u"Harbour reopens after the storm"_s;
    page.byline = u"A. Reporter"_s;
    page.published = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    page.bodyHtml = u"<p>The harbour opened again on Friday. <a href=\"https://example.com/more\">More</a></p>"_s;
    page.link = QUrl(u"https://example.com/harbour"_s);
    page.related = {{6, u"Ferries run again"_s, u"Timetables are back."_s, u"Coast News"_s, false}};
    return page;
}

// "rgb(30, 31, 34)" as a colour.
QColor cssColor(const QString &css)
{
    static const QRegularExpression rgb(u"rgba?\\((\\d+), (\\d+), (\\d+)"_s);
    const auto m = rgb.match(css);
    return m.hasMatch() ? QColor(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QColor();
}

double luminance(const QColor &c)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor computed(QWebEngineView *view, const QString &selector, const QString &property)
{
    return cssColor(PaneTest::evaluate(view, u"getComputedStyle(document.querySelector('%1')).%2"_s.arg(selector, property))
                            .toString());
}

// A desktop high-contrast palette: white on black, yellow links, and a
// placeholder (secondary) text that would be far too dim as it is.
QPalette highContrast()
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Base, Qt::black);
        p.setColor(group, QPalette::Window, Qt::black);
        p.setColor(group, QPalette::Text, Qt::white);
        p.setColor(group, QPalette::WindowText, Qt::white);
        p.setColor(group, QPalette::Link, Qt::yellow);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x40, 0x40, 0x40));
        p.setColor(group, QPalette::Mid, QColor(0x80, 0x80, 0x80));
    }
    return p;
}

} // namespace

class TestTheme final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lightAndDarkUseFusionAndSystemGivesTheDesktopBack()
    {
        const QString desktopStyle = QApplication::style()->name();
        const QColor desktopBase = QApplication::palette().color(QPalette::Base);
        Theme theme;
        theme.apply(AppSettings::Theme::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Base), Theme::darkPalette().color(QPalette::Base));
        QWidget widget;
        QCOMPARE(widget.palette().color(QPalette::Window), Theme::darkPalette().color(QPalette::Window));
        theme.apply(AppSettings::Theme::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Text), Theme::lightPalette().color(QPalette::Text));
        theme.apply(AppSettings::Theme::System);
        QCOMPARE(QApplication::style()->name(), desktopStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Base), desktopBase);
    }

    void articlePageFollowsADarkPalette()
    {
        Theme theme;
        ArticlePane pane;
        pane.resize(800, 600);
        QSignalSpy loaded(&pane, &ArticlePane::loadFinished);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showArticle(article());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QVERIFY(luminance(computed(pane.view(), u"body"_s, u"backgroundColor"_s)) > 0.5);

        // Switched while the article is open: the page is shown again, dark.
        theme.apply(AppSettings::Theme::Dark);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
        const QPalette dark = Theme::darkPalette();
        QCOMPARE(computed(pane.view(), u"body"_s, u"backgroundColor"_s), dark.color(QPalette::Base));
        QCOMPARE(computed(pane.view(), u"html"_s, u"backgroundColor"_s), dark.color(QPalette::Base));
        QCOMPARE(computed(pane.view(), u"body"_s, u"color"_s), dark.color(QPalette::Text));
        QCOMPARE(computed(pane.view(), u".body a"_s, u"color"_s), dark.color(QPalette::Link));
        QCOMPARE(PaneTest::evaluate(pane.view(), u"getComputedStyle(document.documentElement).colorScheme"_s)
                         .toString(),
                 u"dark"_s);
        // A message in place of an article follows too.
        pane.showMessage(u"No articles here"_s, u"Pick another category."_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 30000);
        theme.apply(AppSettings::Theme::Light);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 4, 30000);
        QCOMPARE(computed(pane.view(), u"body"_s, u"backgroundColor"_s),
                 Theme::lightPalette().color(QPalette::Base));
        theme.apply(AppSettings::Theme::System);
    }

    void bodyTextReads_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Theme::lightPalette();
        QTest::newRow("dark") << Theme::darkPalette();
        QTest::newRow("high contrast") << highContrast();
    }
    void bodyTextReads()
    {
        QFETCH(QPalette, palette);
        ArticlePane pane;
        pane.setPalette(palette);
        pane.resize(800, 600);
        QSignalSpy loaded(&pane, &ArticlePane::loadFinished);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showArticle(article());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 30000);
        const QColor background = computed(pane.view(), u"body"_s, u"backgroundColor"_s);
        QCOMPARE(background, palette.color(QPalette::Base));
        // Body text, the byline and date, the breadcrumb, links, More like this.
        for (const QString &selector : {u".body p"_s, u".byline"_s, u".published"_s, u".breadcrumb ol"_s,
                                        u".body a"_s, u".related li a"_s, u".related li p"_s, u".credit"_s}) {
            const QColor text = computed(pane.view(), selector, u"color"_s);
            QVERIFY2(text.isValid(), qPrintable(selector));
            const double ratio = contrast(text, background);
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1: %2 on %3 is %4:1"_s.arg(selector, text.name(), background.name())
                                                      .arg(ratio, 0, 'f', 2)));
        }
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
