// The settings dialog with real widgets (offscreen) over a real settings.ini
// and, for "Clean up now", a real library on a storage thread: OK stores,
// Cancel does not, Apply says changed(); every control can be reached from
// the keyboard and has a name for screen readers.

#include "appsettings.h"
#include "settingsdialog.h"
#include "storagecleanup.h"
#include "storagethread.h"
#include "templibrary.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

template<typename T>
T *child(QWidget &dialog, const char *name)
{
    T *found = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

QPushButton *button(QWidget &dialog, QDialogButtonBox::StandardButton which)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(which);
}

// The letter after a single '&', lower case; none for "&&" or no '&'.
QChar mnemonic(const QString &text)
{
    static const QRegularExpression amp(u"(?<!&)&([^&\\s])"_s);
    const auto m = amp.match(text);
    return m.hasMatch() ? m.captured(1).at(0).toLower() : QChar();
}

void collect(QAccessibleInterface *iface, QList<QAccessibleInterface *> &out, int depth = 0)
{
    if (!iface || depth > 40)
        return;
    out.append(iface);
    for (int i = 0; i < iface->childCount(); ++i)
        collect(iface->child(i), out, depth + 1);
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString ini() const { return m_dir.filePath(u"settings.ini"_s); }

private Q_SLOTS:
    void init() { QFile::remove(ini()); }

    void showsTheStoredValues()
    {
        QSettings file(ini(), QSettings::IniFormat);
        file.setValue(u"refresh/intervalMinutes"_s, 45);
        file.setValue(u"reading/fontSize"_s, 21);
        file.setValue(u"retention/maxAgeDays"_s, 60);
        file.setValue(u"network/proxy"_s, u"manual"_s);
        file.setValue(u"network/proxyHost"_s, u"proxy.example.org"_s);
        file.setValue(u"network/proxyPort"_s, 3128);
        file.sync();
        AppSettings settings(file);
        SettingsDialog dialog(settings, nullptr);
        QCOMPARE(child<QSpinBox>(dialog, "refreshInterval")->value(), 45);
        QCOMPARE(child<QSpinBox>(dialog, "fontSize")->value(), 21);
        QCOMPARE(child<QSpinBox>(dialog, "keepDays")->value(), 60);
        QVERIFY(child<QRadioButton>(dialog, "proxyManual")->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, "proxyHost")->text(), u"proxy.example.org"_s);
        QVERIFY(child<QLineEdit>(dialog, "proxyHost")->isEnabled());
        QCOMPARE(child<QSpinBox>(dialog, "proxyPort")->value(), 3128);
        QVERIFY(child<QCheckBox>(dialog, "refreshOnStart")->isChecked());
        QVERIFY(!child<QSpinBox>(dialog, "markReadDelay")->isEnabled()); // marks on open
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled()); // nothing edited
        QVERIFY(child<QPushButton>(dialog, "cleanUpNow")->isHidden()); // no clean-up given
        QCOMPARE(dialog.general(), settings.general());
        QCOMPARE(dialog.reading(), settings.reading());
        QCOMPARE(dialog.storage(), settings.storage());
        QCOMPARE(dialog.network(), settings.network());
    }

    void okStoresTheEdits()
    {
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings settings(file);
        SettingsDialog dialog(settings, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QCheckBox>(dialog, "refreshOnStart")->setChecked(false);
        child<QSpinBox>(dialog, "refreshInterval")->setValue(120);
        child<QComboBox>(dialog, "markRead")->setCurrentIndex(1);
        QVERIFY(child<QSpinBox>(dialog, "markReadDelay")->isEnabled());
        child<QSpinBox>(dialog, "markReadDelay")->setValue(5);
        child<QSpinBox>(dialog, "lineWidth")->setValue(60);
        child<QDoubleSpinBox>(dialog, "lineSpacing")->setValue(1.3);
        child<QComboBox>(dialog, "theme")->setCurrentIndex(2);
        child<QSpinBox>(dialog, "keepPerFeed")->setValue(200);
        child<QSpinBox>(dialog, "imageCache")->setValue(512);
        child<QCheckBox>(dialog, "workOffline")->setChecked(true);
        child<QRadioButton>(dialog, "proxyNone")->setChecked(true);
        QVERIFY(!child<QLineEdit>(dialog, "proxyHost")->isEnabled());
        QVERIFY(button(dialog, QDialogButtonBox::Apply)->isEnabled());
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());

        QSettings reread(ini(), QSettings::IniFormat);
        AppSettings stored(reread);
        QVERIFY(stored.notes().isEmpty());
        QCOMPARE(stored.general().refreshOnStart, false);
        QCOMPARE(stored.general().refreshIntervalMinutes, 120);
        QCOMPARE(stored.general().markRead, AppSettings::MarkRead::AfterDelay);
        QCOMPARE(stored.general().markReadDelaySeconds, 5);
        QCOMPARE(stored.reading().style.lineWidth, 60);
        QCOMPARE(stored.reading().style.lineSpacing, 1.3);
        QCOMPARE(stored.reading().theme, AppSettings::Theme::Dark);
        QCOMPARE(stored.storage().keepPerFeed, 200);
        QCOMPARE(stored.storage().imageCacheMegabytes, 512);
        QCOMPARE(stored.network().workOffline, true);
        QCOMPARE(stored.network().proxy.mode, ProxySettings::Mode::None);
    }

    void cancelLeavesTheSettingsAlone()
    {
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings settings(file);
        QSignalSpy changed(&settings, &AppSettings::changed);
        const AppSettings::Reading before = settings.reading();
        SettingsDialog dialog(settings, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QSpinBox>(dialog, "fontSize")->setValue(30);
        child<QSpinBox>(dialog, "keepDays")->setValue(7);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(settings.reading(), before);
        QCOMPARE(settings.storage().keepDays, 0);
        QVERIFY(!QFile::exists(ini())
                || !QSettings(ini(), QSettings::IniFormat).contains(u"reading/fontSize"_s));
        // Escape is Cancel too.
        SettingsDialog again(settings, nullptr);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        child<QSpinBox>(again, "fontSize")->setValue(30);
        QTest::keyClick(&again, Qt::Key_Escape);
        QVERIFY(!again.isVisible());
        QCOMPARE(settings.reading(), before);
    }

    void applyStoresAndSaysWhichSectionChanged()
    {
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings settings(file);
        QSignalSpy changed(&settings, &AppSettings::changed);
        SettingsDialog dialog(settings, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QSpinBox>(dialog, "fontSize")->setValue(24);
        QPushButton *apply = button(dialog, QDialogButtonBox::Apply);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<AppSettings::Section>(),
                 AppSettings::Section::Reading);
        QCOMPARE(settings.reading().style.fontSize, 24);
        QVERIFY(dialog.isVisible()); // Apply keeps the dialog open
        QVERIFY(!apply->isEnabled()); // nothing left to apply
        QCOMPARE(QSettings(ini(), QSettings::IniFormat).value(u"reading/fontSize"_s).toInt(), 24);

        child<QLineEdit>(dialog, "proxyHost")->setText(u"proxy.example.org"_s);
        child<QRadioButton>(dialog, "proxyManual")->setChecked(true);
        child<QComboBox>(dialog, "proxyType")->setCurrentIndex(1);
        child<QSpinBox>(dialog, "proxyPort")->setValue(1080);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).value<AppSettings::Section>(), AppSettings::Section::Network);
        QCOMPARE(settings.network().proxy.mode, ProxySettings::Mode::Manual);
        QCOMPARE(settings.network().proxy.type, ProxySettings::Type::Socks5);
        QCOMPARE(settings.network().proxy.host, u"proxy.example.org"_s);
        QCOMPARE(settings.network().proxy.port, 1080);

        // A manual proxy without a host is stored as the system's, and shown so.
        child<QLineEdit>(dialog, "proxyHost")->clear();
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(settings.network().proxy.mode, ProxySettings::Mode::System);
        QVERIFY(child<QRadioButton>(dialog, "proxySystem")->isChecked());
    }

    void cleanUpNowFreesBytesOffTheGuiThread()
    {
        TempLibrary fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorString()));
        QVERIFY(fixture.addFeedWithArticles(u"News"_s, u"https://example.com/f"_s, 40));
        const QString images = QDir(fixture.library().cacheDir()).filePath(u"images"_s);
        QVERIFY(QDir().mkpath(images));
        const QString orphan = QDir(images).filePath(u"orphan.png"_s);
        {
            QFile f(orphan);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(QByteArray(64 * 1024, 'x')), 64 * 1024);
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-2),
                                  QFileDevice::FileModificationTime));
        }
        QSettings file(fixture.dataDir() + u"/settings.ini"_s, QSettings::IniFormat);
        AppSettings settings(file);
        StorageThread storage(fixture.dataDir());
        StorageCleanup cleanup(storage);
        SettingsDialog dialog(settings, &cleanup);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QTabWidget>(dialog, "tabs")->setCurrentIndex(2);
        child<QSpinBox>(dialog, "keepPerFeed")->setValue(10);
        QSignalSpy finished(&dialog, &SettingsDialog::cleanUpFinished);
        QPushButton *cleanUpNow = child<QPushButton>(dialog, "cleanUpNow");
        QVERIFY(cleanUpNow->isVisible());
        QTest::mouseClick(cleanUpNow, Qt::LeftButton);
        // The click returned at once; the work is on the storage thread.
        QVERIFY(dialog.isCleaningUp());
        QVERIFY(!cleanUpNow->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().at(0).toBool());
        const QString message = finished.first().at(1).toString();
        // (English plurals come from the app's translation, not loaded here.)
        QVERIFY2(message.contains(u"Freed"_s) && message.contains(u"30 article"_s)
                         && message.contains(u"1 cached file"_s),
                 qPrintable(message));
        QCOMPARE(child<QLabel>(dialog, "cleanUpResult")->text(), message);
        QVERIFY(cleanUpNow->isEnabled());
        QVERIFY(!QFile::exists(orphan));
        ArticleQuery all;
        all.limit = 1000;
        QCOMPARE(fixture.library().articles().headers(all).value().size(), 10);
        // Cleaning up does not store the limits; OK or Apply does.
        QCOMPARE(settings.storage().keepPerFeed, 0);
    }

    void cleanUpFailureIsSaid()
    {
        // A storage thread whose library cannot open: the dialog says so.
        QTemporaryDir notALibrary;
        QVERIFY(QDir().mkpath(
                notALibrary.filePath(u"library.sqlite"_s))); // a folder where the file goes
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings settings(file);
        StorageThread storage(notALibrary.path());
        StorageCleanup cleanup(storage);
        SettingsDialog dialog(settings, &cleanup);
        QSignalSpy finished(&dialog, &SettingsDialog::cleanUpFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "cleanUpNow"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(u"failed"_s),
                 qPrintable(finished.first().at(1).toString()));
    }

    void everyControlHasAMnemonicAndAName()
    {
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings settings(file);
        StorageThread storage(m_dir.path());
        StorageCleanup cleanup(storage);
        SettingsDialog dialog(settings, &cleanup);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Labels lead to their control; buttons carry their own letter.
        auto *tabs = child<QTabWidget>(dialog, "tabs");
        QSet<QChar> tabLetters;
        for (int i = 0; i < tabs->count(); ++i) {
            const QChar letter = mnemonic(tabs->tabText(i));
            QVERIFY2(!letter.isNull(), qPrintable(tabs->tabText(i)));
            QVERIFY(!tabLetters.contains(letter));
            tabLetters.insert(letter);
        }
        for (int i = 0; i < tabs->count(); ++i) {
            QWidget *page = tabs->widget(i);
            QSet<QChar> letters = tabLetters;
            letters.insert(u'a'); // Apply
            for (QWidget *w : page->findChildren<QWidget *>()) {
                if (w->window() != page->window())
                    continue; // a combo box's drop-down list: its own popup window
                QString text;
                if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                    text = label->text();
                else if (auto *b = qobject_cast<QAbstractButton *>(w))
                    text = b->text();
                else if (qobject_cast<QLabel *>(w))
                    continue; // plain text
                else if (w->focusPolicy() != Qt::NoFocus && !w->inherits("QLineEdit")
                         && !qobject_cast<QAbstractButton *>(w)) {
                    // A focusable control: some label must name it as buddy.
                    bool hasBuddy = false;
                    for (QLabel *label : page->findChildren<QLabel *>())
                        hasBuddy = hasBuddy || label->buddy() == w;
                    if (!w->parentWidget()->inherits("QAbstractSpinBox")
                        && !w->parentWidget()->inherits("QComboBox"))
                        QVERIFY2(hasBuddy, qPrintable(w->objectName()));
                    continue;
                } else {
                    continue;
                }
                const QChar letter = mnemonic(text);
                QVERIFY2(!letter.isNull(), qPrintable(w->objectName() + u": "_s + text));
                QVERIFY2(!letters.contains(letter), qPrintable(w->objectName() + u": "_s + text));
                letters.insert(letter);
            }
        }
        // The proxy host's label leads there too.
        QCOMPARE(child<QLabel>(dialog, "proxyHostLabel")->buddy(),
                 child<QLineEdit>(dialog, "proxyHost"));

        // A screen reader finds a name on every control, on every page.
        QList<QAccessibleInterface *> all;
        collect(QAccessible::queryAccessibleInterface(&dialog), all);
        const QSet<QAccessible::Role> interactive {
                QAccessible::PushButton,    QAccessible::CheckBox, QAccessible::RadioButton,
                QAccessible::ComboBox,      QAccessible::SpinBox,  QAccessible::EditableText,
                QAccessible::PageTab,       QAccessible::Slider,   QAccessible::ButtonMenu,
                QAccessible::ButtonDropDown};
        int checked = 0;
        for (QAccessibleInterface *iface : std::as_const(all)) {
            if (!interactive.contains(iface->role()))
                continue;
            // The text field inside a spin box is the spin box itself.
            if (iface->role() == QAccessible::EditableText && iface->parent()
                && (iface->parent()->role() == QAccessible::SpinBox
                    || iface->parent()->role() == QAccessible::ComboBox))
                continue;
            ++checked;
            const QString name = iface->text(QAccessible::Name);
            QObject *object = iface->object();
            QVERIFY2(!name.trimmed().isEmpty(),
                     qPrintable(u"role %1, object %2"_s.arg(int(iface->role()))
                                        .arg(object ? object->objectName() : u"?"_s)));
        }
        QVERIFY2(checked >= 25, qPrintable(QString::number(checked)));
    }

    void keyboardReachesAControlByItsLetter()
    {
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings settings(file);
        SettingsDialog dialog(settings, nullptr);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tabs = child<QTabWidget>(dialog, "tabs");
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        QTest::keyClick(&dialog, Qt::Key_K, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), child<QSpinBox>(dialog, "keepDays"));
        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 3);
        QTest::keyClick(&dialog, Qt::Key_X, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(dialog, "proxyNone")->isChecked()); // an animated click
    }

    void hostileFileOpensTheDialog()
    {
        QFile raw(ini());
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write("[reading]\nfontSize=-99999999999\nfontFamily=\"</style>\\n\"\nlanguage=xx-!!\n"
                  "[network]\nproxy=manual\nproxyHost=\"a b\"\nproxyPort=-1\n");
        raw.close();
        QSettings file(ini(), QSettings::IniFormat);
        AppSettings settings(file);
        QVERIFY(!settings.notes().isEmpty());
        SettingsDialog dialog(settings, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QSpinBox>(dialog, "fontSize")->value(), ReadingStyle::MinFontSize);
        QVERIFY(child<QRadioButton>(dialog, "proxySystem")->isChecked());
        QCOMPARE(dialog.reading(), settings.reading());
        QCOMPARE(dialog.network(), settings.network());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
