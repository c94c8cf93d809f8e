#include "favicon.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFavicon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePageNamesItsIcon()
    {
        const QUrl page(u"https://news.example/section/today"_s);
        QCOMPARE(Favicon::fromPage("<link rel='Shortcut Icon' href='/img/fav.png'>", page),
                 QUrl(u"https://news.example/img/fav.png"_s));
        QCOMPARE(Favicon::fromPage("<head><base href='https://cdn.example/a/'><link rel=icon href=i.ico></head>", page),
                 QUrl(u"https://cdn.example/a/i.ico"_s));
        // SVG and data: URLs are not kept; a touch icon stands in when it is all there is.
        QCOMPARE(Favicon::fromPage("<link rel=icon type='image/svg+xml' href='/i.svg'>"
                                   "<link rel=icon href='data:image/png;base64,AAAA'>"
                                   "<link rel=apple-touch-icon href='/touch.png'>",
                                   page),
                 QUrl(u"https://news.example/touch.png"_s));
        QVERIFY(!Favicon::fromPage("<p>no head at all", page).isValid());
        QVERIFY(!Favicon::fromPage("<link rel=icon href='javascript:alert(1)'>", page).isValid());
        QVERIFY(!Favicon::fromPage(QByteArray(), page).isValid());
        QCOMPARE(Favicon::fallback(QUrl(u"https://user@news.example:8443/feed?x=1#y"_s)),
                 QUrl(u"https://news.example:8443/favicon.ico"_s));
    }

    void onlyImagesAreIcons()
    {
        QVERIFY(Favicon::isIcon(QByteArray("\0\0\1\0\1\0", 6) + QByteArray(16, '\0')));
        QVERIFY(Favicon::isIcon(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(16, '\0')));
        QVERIFY(!Favicon::isIcon("<html><body>Not found</body></html>"));
        QVERIFY(!Favicon::isIcon("<svg xmlns='http://www.w3.org/2000/svg'/>"));
        QVERIFY(!Favicon::isIcon(QByteArray("\0\0\1\0\0\0", 6))); // no image in it
        QVERIFY(!Favicon::isIcon(QByteArray()));
        // One file per host and port, whatever the path.
        QCOMPARE(Favicon::fileNameFor(QUrl(u"https://a.example/x"_s)), Favicon::fileNameFor(QUrl(u"https://A.example/y"_s)));
        QVERIFY(Favicon::fileNameFor(QUrl(u"https://a.example/"_s)) != Favicon::fileNameFor(QUrl(u"https://b.example/"_s)));
    }
};

QTEST_GUILESS_MAIN(TestFavicon)
#include "tst_favicon.moc"
