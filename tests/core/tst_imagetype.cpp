#include "imagetype.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestImageType final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniffsByMagicBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("extension");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"image/png"_s << u"png"_s;
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << u"image/jpeg"_s << u"jpg"_s;
        QTest::newRow("gif87") << QByteArray("GIF87a\x01\0") << u"image/gif"_s << u"gif"_s;
        QTest::newRow("gif89") << QByteArray("GIF89a\x01\0") << u"image/gif"_s << u"gif"_s;
        QTest::newRow("webp") << QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) << u"image/webp"_s << u"webp"_s;
        QTest::newRow("avif major") << QByteArray("\0\0\0\x1c" "ftypavif\0\0\0\0avifmif1miaf", 28)
                                    << u"image/avif"_s << u"avif"_s;
        QTest::newRow("avif compatible") << QByteArray("\0\0\0\x18" "ftypmif1\0\0\0\0mif1avif", 24)
                                         << u"image/avif"_s << u"avif"_s;
        QTest::newRow("heic is not avif") << QByteArray("\0\0\0\x18" "ftypheic\0\0\0\0mif1heic", 24)
                                          << QString() << QString();
        QTest::newRow("html claiming png") << QByteArray("<!doctype html><p>not an image") << QString() << QString();
        QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>")
                             << QString() << QString();
        QTest::newRow("empty") << QByteArray() << QString() << QString();
        QTest::newRow("truncated png") << QByteArray("\x89PNG") << QString() << QString();
        QTest::newRow("riff not webp") << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << QString() << QString();
    }
    void sniffsByMagicBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        QFETCH(QString, extension);
        const ImageType type = sniffImageType(bytes);
        QCOMPARE(type.mimeType, mime);
        QCOMPARE(type.extension, extension);
        QCOMPARE(type.isValid(), !mime.isEmpty());
        if (!extension.isEmpty())
            QCOMPARE(imageMimeTypeForExtension(extension), mime);
    }

    void mimeTypesOnlyForStoredKinds()
    {
        QVERIFY(imageMimeTypeForExtension(u"svg").isEmpty());
        QVERIFY(imageMimeTypeForExtension(u"html").isEmpty());
        QVERIFY(imageMimeTypeForExtension(u"").isEmpty());
    }

    void cacheKeysAreSha256OfTheUrl()
    {
        const QString key = imageCacheKey(QUrl(u"https://example.com/a b.png"_s));
        QCOMPARE(key.size(), 64);
        QVERIFY(isImageCacheKey(key));
        // The same URL written two ways is one image.
        QCOMPARE(imageCacheKey(QUrl(u"https://example.com/a%20b.png"_s)), key);
        QVERIFY(imageCacheKey(QUrl(u"https://example.com/b.png"_s)) != key);
        QCOMPARE(imageCacheUrl(key), u"masthead-cache:"_s + key);
    }

    void keysCannotNameOtherFiles()
    {
        QVERIFY(!isImageCacheKey(u"../../etc/passwd"));
        QVERIFY(!isImageCacheKey(QString(64, u'A'))); // upper case is not what we write
        QVERIFY(!isImageCacheKey(QString(63, u'a')));
        QVERIFY(!isImageCacheKey(QString(63, u'a') + u'/'));
        QVERIFY(isImageCacheKey(QString(64, u'0')));
    }
};

QTEST_APPLESS_MAIN(TestImageType)
#include "tst_imagetype.moc"
