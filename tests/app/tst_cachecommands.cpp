// `masthead stats` and `masthead vacuum` with an image cache, through the
// real binary on a real library: the images of a removed feed, and stray
// files, leave the cache folder; the stats count what is stored.

#include "imagetype.h"
#include "library.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject runJson(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"MASTHEAD_DATA_DIR"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("MASTHEAD_BINARY"), args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCacheCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statsCountCacheBytesAndVacuumRemovesOrphans()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString images = dir.filePath(u"cache/images"_s);
        QString keptFile, goneFile;
        {
            auto library = Library::open(dir.path());
            QVERIFY(library);
            Library &lib = *library.value();
            QList<qint64> articleIds;
            for (const QString &url : {u"https://ex.com/keep"_s, u"https://ex.com/drop"_s}) {
                Feed feed;
                feed.url = QUrl(url);
                const qint64 feedId = lib.feeds().add(feed).value();
                Article a;
                a.guid = url;
                a.title = url;
                articleIds.append(lib.articles().upsert(feedId, {a}, QDateTime::currentDateTimeUtc())->ids.first());
            }
            QVERIFY(QDir().mkpath(images));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QUrl keep(u"https://ex.com/k.png"_s), drop(u"https://ex.com/d.png"_s);
            const auto k = lib.images().link(articleIds[0], {keep}).value().first();
            const auto d = lib.images().link(articleIds[1], {drop}).value().first();
            keptFile = imageCacheKey(keep) + u".png"_s;
            goneFile = imageCacheKey(drop) + u".png"_s;
            QVERIFY(writeFile(QDir(images).filePath(keptFile), QByteArray(1000, 'k')));
            QVERIFY(writeFile(QDir(images).filePath(goneFile), QByteArray(300, 'd')));
            QVERIFY(writeFile(QDir(images).filePath(u"stray.tmp"_s), "x"));
            QVERIFY(lib.images().markStored(k.id, u"images/"_s + keptFile, u"image/png"_s, 1000, now));
            QVERIFY(lib.images().markStored(d.id, u"images/"_s + goneFile, u"image/png"_s, 300, now));
            QVERIFY(lib.feeds().remove(lib.articles().find(articleIds[1]).value()->feedId));
        }
        const QStringList common{u"--data-dir"_s, dir.path()};
        QJsonObject stats = runJson(common + QStringList{u"stats"_s, u"--json"_s});
        QCOMPARE(stats[u"cache_bytes"_s].toInteger(), 1300);

        const QJsonObject vacuum = runJson(common + QStringList{u"vacuum"_s, u"--json"_s});
        QCOMPARE(vacuum[u"removed_cache_files"_s].toInteger(), 2);
        QCOMPARE(QDir(images).entryList(QDir::Files), QStringList{keptFile});

        stats = runJson(common + QStringList{u"stats"_s, u"--json"_s});
        QCOMPARE(stats[u"cache_bytes"_s].toInteger(), 1000);

        // sanitize shows a cached image from the cache, as the pane does,
        // and leaves the others as they are.
        const QString body = dir.filePath(u"body.html"_s);
        QVERIFY(writeFile(body, "<p>x</p><img src=\"https://ex.com/k.png\"><img src=\"https://ex.com/other.png\">"));
        QProcess sanitize;
        sanitize.start(qEnvironmentVariable("MASTHEAD_BINARY"), common + QStringList{u"sanitize"_s, body});
        QVERIFY(sanitize.waitForFinished(60000));
        QCOMPARE(sanitize.exitCode(), 0);
        const QString out = QString::fromUtf8(sanitize.readAllStandardOutput());
        QVERIFY2(out.contains(imageCacheUrl(imageCacheKey(QUrl(u"https://ex.com/k.png"_s)))), qPrintable(out));
        QVERIFY2(out.contains(u"https://ex.com/other.png"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCacheCommands)
#include "tst_cachecommands.moc"
