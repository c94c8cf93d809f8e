// AppSettings over a real settings.ini in a temporary folder: defaults, a
// round trip through the file, bad values clamped with a note (never a
// crash), changed() per section, and the policy vacuum reads.

#include "appsettings.h"
#include "retention.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool writeIni(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace

class TestAppSettings final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString ini() const { return m_dir.filePath(u"settings.ini"_s); }

private Q_SLOTS:
    void init() { QFile::remove(ini()); }

    void defaultsOnAnEmptyFile()
    {
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings settings(file);
        QVERIFY(settings.notes().isEmpty());
        QCOMPARE(settings.general().refreshOnStart, true);
        QCOMPARE(settings.general().refreshIntervalMinutes, 30);
        QCOMPARE(settings.general().markRead, AppSettings::MarkRead::OnOpen);
        QCOMPARE(settings.reading().style, ReadingStyle {});
        QCOMPARE(settings.reading().theme, AppSettings::Theme::System);
        QVERIFY(settings.reading().language.isEmpty());
        QCOMPARE(settings.storage(), AppSettings::Storage {});
        QCOMPARE(settings.network().workOffline, false);
        QCOMPARE(settings.network().proxy.mode, ProxySettings::Mode::System);
        const RetentionPolicy policy = settings.storage().retentionPolicy();
        QCOMPARE(policy.maxAgeDays, 0);
        QCOMPARE(policy.maxPerFeed, 0);
        QCOMPARE(policy.maxCacheBytes, 0);
        // Reading writes nothing.
        QVERIFY(!QFile::exists(ini()));
    }

    void roundTripThroughTheFile()
    {
        AppSettings::General general;
        general.refreshOnStart = false;
        general.refreshIntervalMinutes = 90;
        general.markRead = AppSettings::MarkRead::AfterDelay;
        general.markReadDelaySeconds = 7;
        AppSettings::Reading reading;
        reading.style.fontFamily = u"DejaVu Sans"_s;
        reading.style.fontSize = 20;
        reading.style.lineWidth = 66;
        reading.style.lineSpacing = 1.45;
        reading.theme = AppSettings::Theme::Dark;
        reading.language = u"pt_BR"_s;
        AppSettings::Storage storage;
        storage.keepDays = 30;
        storage.keepPerFeed = 500;
        storage.imageCacheMegabytes = 256;
        AppSettings::Network network;
        network.workOffline = true;
        network.proxy.mode = ProxySettings::Mode::Manual;
        network.proxy.type = ProxySettings::Type::Socks5;
        network.proxy.host = u"proxy.example.org"_s;
        network.proxy.port = 1080;
        {
            QSettings file(ini(), QSettings::IniFormat);
            AppSettings settings(file);
            settings.setGeneral(general);
            settings.setReading(reading);
            settings.setStorage(storage);
            settings.setNetwork(network);
            QVERIFY(settings.notes().isEmpty());
        }
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings again(file);
        QVERIFY2(again.notes().isEmpty(), qPrintable(again.notes().join(u'\n')));
        QCOMPARE(again.general(), general);
        QCOMPARE(again.reading(), reading);
        QCOMPARE(again.storage(), storage);
        QCOMPARE(again.network(), network);
        // The keys `masthead vacuum` reads, and the policy they make.
        QCOMPARE(file.value(u"retention/maxAgeDays"_s).toInt(), 30);
        QCOMPARE(file.value(u"retention/maxPerFeed"_s).toInt(), 500);
        QCOMPARE(file.value(u"cache/maxMegabytes"_s).toInt(), 256);
        QCOMPARE(again.storage().retentionPolicy().maxCacheBytes, qint64(256) * 1024 * 1024);
        QCOMPARE(file.value(u"reading/markRead"_s).toString(), u"afterDelay"_s);
        QCOMPARE(file.value(u"network/proxy"_s).toString(), u"manual"_s);
    }

    void keepsTheWindowsOwnKeys()
    {
        QSettings file(ini(), QSettings::IniFormat);
        file.setValue(u"window/geometry"_s, QByteArray("geometry"));
        file.setValue(u"view/unreadOnly"_s, true);
        AppSettings settings(file);
        AppSettings::General general;
        general.refreshIntervalMinutes = 60;
        settings.setGeneral(general);
        QSettings reread(ini(), QSettings::IniFormat);
        QCOMPARE(reread.value(u"window/geometry"_s).toByteArray(), QByteArray("geometry"));
        QCOMPARE(reread.value(u"view/unreadOnly"_s).toBool(), true);
        QCOMPARE(reread.value(u"refresh/intervalMinutes"_s).toInt(), 60);
    }

    void badValuesAreClampedWithANote()
    {
        QVERIFY(writeIni(ini(),
                         "[refresh]\n"
                         "onStart=perhaps\n"
                         "intervalMinutes=1\n"
                         "[reading]\n"
                         "markRead=sometimes\n"
                         "markReadDelaySeconds=-4\n"
                         "fontSize=200\n"
                         "lineWidth=abc\n"
                         "lineSpacing=nan\n"
                         "theme=purple\n"
                         "language=\"../../etc/passwd\"\n"
                         "fontFamily=\"Evil\\tFont\"\n"
                         "[retention]\n"
                         "maxAgeDays=-5\n"
                         "maxPerFeed=99999999999999999999\n"
                         "[cache]\n"
                         "maxMegabytes=12.6\n"
                         "[network]\n"
                         "workOffline=yes\n"
                         "proxy=manual\n"
                         "proxyHost=\"bad host; rm -rf\"\n"
                         "proxyPort=70000\n"));
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings settings(file);
        QCOMPARE(settings.general().refreshOnStart, true);
        QCOMPARE(settings.general().refreshIntervalMinutes, 5);
        QCOMPARE(settings.general().markRead, AppSettings::MarkRead::OnOpen);
        QCOMPARE(settings.general().markReadDelaySeconds, 0);
        QCOMPARE(settings.reading().style.fontSize, 32);
        QCOMPARE(settings.reading().style.lineWidth, ReadingStyle::DefaultLineWidth);
        QCOMPARE(settings.reading().style.lineSpacing, ReadingStyle::DefaultLineSpacing);
        QCOMPARE(settings.reading().theme, AppSettings::Theme::System);
        QCOMPARE(settings.reading().language, QString());
        QCOMPARE(settings.reading().style.fontFamily, u"EvilFont"_s);
        QCOMPARE(settings.storage().keepDays, 0);
        QCOMPARE(settings.storage().keepPerFeed, AppSettings::Storage::MaxKeepPerFeed);
        QCOMPARE(settings.storage().imageCacheMegabytes, 13);
        QCOMPARE(settings.network().workOffline, true);
        QCOMPARE(settings.network().proxy.mode, ProxySettings::Mode::System);
        QCOMPARE(settings.network().proxy.host, QString());
        QCOMPARE(settings.network().proxy.port, 65535);

        const QStringList notes = settings.notes();
        const QString all = notes.join(u'\n');
        for (const char *key : {"refresh/onStart", "refresh/intervalMinutes", "reading/markRead",
                                "reading/markReadDelaySeconds", "reading/fontSize",
                                "reading/lineWidth", "reading/lineSpacing", "reading/theme",
                                "reading/language", "reading/fontFamily", "retention/maxAgeDays",
                                "retention/maxPerFeed", "network/proxyHost", "network/proxyPort"})
            QVERIFY2(all.contains(QLatin1StringView(key)), key);
        QVERIFY2(all.contains(u"using 5 instead"_s), qPrintable(all));
        QVERIFY(all.contains(u"manual proxy needs"_s));
        // Shown once.
        QCOMPARE(settings.takeNotes(), notes);
        QVERIFY(settings.notes().isEmpty());
        // Nothing was written back behind the person's back.
        QSettings reread(ini(), QSettings::IniFormat);
        QCOMPARE(reread.value(u"refresh/intervalMinutes"_s).toString(), u"1"_s);
    }

    void garbageFileNeverCrashes()
    {
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 7919) % 256));
        junk += "\n[refresh]\nintervalMinutes=\n[reading]\nmarkRead=\nfontSize=1e400\n"
                "fontFamily=a,b,c\nlineSpacing=-inf\n[network]\nproxyPort=0x50\n";
        QVERIFY(writeIni(ini(), junk));
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings settings(file);
        QCOMPARE(settings.general().refreshIntervalMinutes, 30);
        QCOMPARE(settings.reading().style.fontSize, ReadingStyle::DefaultFontSize);
        QCOMPARE(settings.reading().style.lineSpacing, ReadingStyle::DefaultLineSpacing);
        QCOMPARE(settings.reading().style.fontFamily, u"a, b, c"_s);
        QCOMPARE(settings.network().proxy.port, 8080);
        QVERIFY(!settings.notes().isEmpty());
    }

    void settersClampAndEmitOncePerChangedSection()
    {
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings settings(file);
        QSignalSpy changed(&settings, &AppSettings::changed);
        settings.setGeneral(settings.general()); // no change
        QCOMPARE(changed.size(), 0);
        AppSettings::Reading reading = settings.reading();
        reading.style.fontSize = 4;
        settings.setReading(reading);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().at(0).value<AppSettings::Section>(),
                 AppSettings::Section::Reading);
        QCOMPARE(settings.reading().style.fontSize, ReadingStyle::MinFontSize);
        QVERIFY(settings.takeNotes().join(u' ').contains(u"reading/fontSize"_s));
        settings.setReading(reading); // the same, clamped the same way
        QCOMPARE(changed.size(), 0);
        AppSettings::Network network;
        network.proxy.mode = ProxySettings::Mode::None;
        settings.setNetwork(network);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().at(0).value<AppSettings::Section>(),
                 AppSettings::Section::Network);
    }

    void reloadSeesHandEdits()
    {
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings settings(file);
        QSignalSpy changed(&settings, &AppSettings::changed);
        {
            QSettings editor(ini(), QSettings::IniFormat);
            editor.setValue(u"retention/maxAgeDays"_s, 14);
        }
        settings.reload();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<AppSettings::Section>(),
                 AppSettings::Section::Storage);
        QCOMPARE(settings.storage().keepDays, 14);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
