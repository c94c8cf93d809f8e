// Icons on a bare system (no icon theme): every toolbar action gets an icon
// from the bundled set, at menu and toolbar sizes; and the application icon
// renders, with something drawn, at 16 and 256 px.

#include "iconset.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Share of pixels that are not transparent.
double coverage(const QImage &image)
{
    if (image.isNull())
        return 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    qint64 drawn = 0;
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x)
            drawn += qAlpha(argb.pixel(x, y)) > 32;
    return double(drawn) / (argb.width() * argb.height());
}

} // namespace

class TestIconSet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(u"no-such-theme"_s);
    }

    void toolbarActionsHaveIconsWithoutATheme_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *name : {"actionRefresh", "actionAddFeed", "actionOffline", "actionNextUnread",
                                 "actionToggleRead", "actionToggleStar", "actionUnreadOnly",
                                 "actionLoadRemoteImages", "actionFind"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void toolbarActionsHaveIconsWithoutATheme()
    {
        QFETCH(QString, action);
        QAction a;
        a.setObjectName(action);
        IconSet::decorate({&a});
        QVERIFY(!a.icon().isNull());
        for (const int size : {16, 24, 32}) {
            const QImage image = a.icon().pixmap(size, size).toImage();
            QCOMPARE(image.width(), size);
            QVERIFY2(coverage(image) > 0.05, qPrintable(u"%1 at %2 px is empty"_s.arg(action).arg(size)));
        }
    }

    void arrowsFollowTheWritingDirection()
    {
        const QImage next = IconSet::icon(u"go-next"_s).pixmap(24, 24).toImage();
        const QImage previous = IconSet::icon(u"go-previous"_s).pixmap(24, 24).toImage();
        QVERIFY(next != previous);
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const QImage nextRtl = IconSet::icon(u"go-next"_s).pixmap(24, 24).toImage();
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(nextRtl, previous);
    }

    void unknownActionsAreLeftAlone()
    {
        QAction a;
        a.setObjectName(u"actionSomethingElse"_s);
        IconSet::decorate({&a});
        QVERIFY(a.icon().isNull());
    }

    void applicationIconRendersSmallAndLarge_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("16 px") << 16;
        QTest::newRow("256 px") << 256;
    }
    void applicationIconRendersSmallAndLarge()
    {
        QFETCH(int, size);
        const QString file = qEnvironmentVariable("MASTHEAD_SOURCE_DIR")
                + u"/resources/icons/hicolor/%1x%1/apps/io.github.masthead.Masthead.png"_s.arg(size);
        const QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(coverage(image) > 0.3);
    }
};

QTEST_MAIN(TestIconSet)
#include "tst_iconset.moc"
