#include "settingsdialog.h"
#include "nextturn.h"
#include "accessibleaction.h"

#include "storagecleanup.h"
#include "ui_settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace {

// Combo box entries in the order of the enums.
constexpr AppSettings::MarkRead MarkReadOrder[] = {AppSettings::MarkRead::OnOpen,
                                                   AppSettings::MarkRead::AfterDelay,
                                                   AppSettings::MarkRead::Never};
constexpr AppSettings::Theme ThemeOrder[] = {AppSettings::Theme::System, AppSettings::Theme::Light,
                                             AppSettings::Theme::Dark};

template<typename E, std::size_t N>
int indexOf(const E (&order)[N], E value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (order[i] == value)
            return int(i);
    }
    return 0;
}

template<typename E, std::size_t N>
E valueAt(const E (&order)[N], int index)
{
    return index >= 0 && std::size_t(index) < N ? order[index] : order[0];
}

// Selects the entry whose data is `value`, adding it (shown as itself) when
// the list does not have it, so a stored value is never lost by opening
// the dialog.
void selectData(QComboBox *box, const QString &value)
{
    int index = box->findData(value);
    if (index < 0) {
        box->addItem(value, value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, StorageCleanup *cleanup, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings),
      m_cleanup(cleanup)
{
    m_ui->setupUi(this);
    setAccessibleName(tr("Settings"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->buttons->button(QDialogButtonBox::Apply)->setAccessibleName(tr("Apply"));
    AccessibleAction::nameDropDownLists(this);
    m_ui->cleanUpNow->setVisible(m_cleanup != nullptr);
    m_ui->cleanUpResult->setVisible(m_cleanup != nullptr);
    load();

    connect(m_ui->buttons, &QDialogButtonBox::clicked, this, &SettingsDialog::buttonClicked);
    connect(m_ui->cleanUpNow, &QPushButton::clicked, this, &SettingsDialog::cleanUpNow);
    // Any edit may enable Apply, and the manual proxy's and the delay's fields.
    const auto edited = [this] {
        updateEnabled();
        updateApply();
    };
    for (auto *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, edited);
    for (auto *radio : findChildren<QRadioButton *>())
        connect(radio, &QRadioButton::toggled, this, edited);
    for (auto *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, edited);
    for (auto *spin : findChildren<QDoubleSpinBox *>())
        connect(spin, &QDoubleSpinBox::valueChanged, this, edited);
    for (auto *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->proxyHost, &QLineEdit::textChanged, this, edited);
    // Values stored from elsewhere (another dialog, reload()) show here too.
    // (Edits not applied yet are replaced by them.)
    connect(&m_settings, &AppSettings::changed, this, [this] {
        if (!m_applying)
            load();
    });
    updateEnabled();
    updateApply();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const AppSettings::General g = m_settings.general();
    m_ui->refreshOnStart->setChecked(g.refreshOnStart);
    m_ui->refreshInterval->setValue(g.refreshIntervalMinutes);
    m_ui->markRead->setCurrentIndex(indexOf(MarkReadOrder, g.markRead));
    m_ui->markReadDelay->setValue(g.markReadDelaySeconds);

    const AppSettings::Reading r = m_settings.reading();
    fillFontFamilies(r.style.fontFamily);
    m_ui->fontSize->setValue(r.style.fontSize);
    m_ui->lineWidth->setValue(r.style.lineWidth);
    m_ui->lineSpacing->setValue(r.style.lineSpacing);
    m_ui->theme->setCurrentIndex(indexOf(ThemeOrder, r.theme));
    fillLanguages(r.language);

    const AppSettings::Storage s = m_settings.storage();
    m_ui->keepDays->setValue(s.keepDays);
    m_ui->keepPerFeed->setValue(s.keepPerFeed);
    m_ui->imageCache->setValue(s.imageCacheMegabytes);

    const AppSettings::Network n = m_settings.network();
    m_ui->workOffline->setChecked(n.workOffline);
    m_ui->proxySystem->setChecked(n.proxy.mode == ProxySettings::Mode::System);
    m_ui->proxyNone->setChecked(n.proxy.mode == ProxySettings::Mode::None);
    m_ui->proxyManual->setChecked(n.proxy.mode == ProxySettings::Mode::Manual);
    m_ui->proxyType->setCurrentIndex(n.proxy.type == ProxySettings::Type::Socks5 ? 1 : 0);
    m_ui->proxyHost->setText(n.proxy.host);
    m_ui->proxyPort->setValue(n.proxy.port);
    updateEnabled();
    updateApply();
}

void SettingsDialog::fillFontFamilies(const QString &current)
{
    if (m_ui->fontFamily->count() == 0) {
        m_ui->fontFamily->addItem(tr("Default (serif)"), QString());
        for (const QString &family : QFontDatabase::families()) {
            if (!QFontDatabase::isPrivateFamily(family))
                m_ui->fontFamily->addItem(family, family);
        }
    }
    selectData(m_ui->fontFamily, current);
}

void SettingsDialog::fillLanguages(const QString &current)
{
    if (m_ui->language->count() == 0) {
        m_ui->language->addItem(tr("Same as the desktop"), QString());
        QStringList names {u"en"_s};
        // The translations built into the app (masthead_<locale>.qm).
        for (const QString &file : QDir(u":/i18n"_s).entryList({u"masthead_*.qm"_s}, QDir::Files)) {
            const QString name = file.mid(9, file.size() - 12);
            if (!names.contains(name))
                names.append(name);
        }
        for (const QString &name : std::as_const(names)) {
            // Each language named in itself ("en" alone would read "American English").
            const QLocale locale(name);
            const QString native = name == "en"_L1 ? u"English"_s : locale.nativeLanguageName();
            m_ui->language->addItem(native.isEmpty() ? name : native, name);
        }
    }
    selectData(m_ui->language, current);
}

AppSettings::General SettingsDialog::general() const
{
    AppSettings::General g;
    g.refreshOnStart = m_ui->refreshOnStart->isChecked();
    g.refreshIntervalMinutes = m_ui->refreshInterval->value();
    g.markRead = valueAt(MarkReadOrder, m_ui->markRead->currentIndex());
    g.markReadDelaySeconds = m_ui->markReadDelay->value();
    return g;
}

AppSettings::Reading SettingsDialog::reading() const
{
    AppSettings::Reading r;
    r.style.fontFamily = m_ui->fontFamily->currentData().toString();
    r.style.fontSize = m_ui->fontSize->value();
    r.style.lineWidth = m_ui->lineWidth->value();
    r.style.lineSpacing = m_ui->lineSpacing->value();
    r.theme = valueAt(ThemeOrder, m_ui->theme->currentIndex());
    r.language = m_ui->language->currentData().toString();
    return r;
}

AppSettings::Storage SettingsDialog::storage() const
{
    AppSettings::Storage s;
    s.keepDays = m_ui->keepDays->value();
    s.keepPerFeed = m_ui->keepPerFeed->value();
    s.imageCacheMegabytes = m_ui->imageCache->value();
    return s;
}

AppSettings::Network SettingsDialog::network() const
{
    AppSettings::Network n;
    n.workOffline = m_ui->workOffline->isChecked();
    n.proxy.mode = m_ui->proxyManual->isChecked() ? ProxySettings::Mode::Manual
            : m_ui->proxyNone->isChecked()        ? ProxySettings::Mode::None
                                                  : ProxySettings::Mode::System;
    n.proxy.type = m_ui->proxyType->currentIndex() == 1 ? ProxySettings::Type::Socks5
                                                        : ProxySettings::Type::Http;
    n.proxy.host = m_ui->proxyHost->text().trimmed();
    n.proxy.port = m_ui->proxyPort->value();
    return n;
}

void SettingsDialog::apply()
{
    // All values are read before the first is stored: each setter says
    // changed() only if its section differs, and what follows that signal
    // must not see half-applied controls. Then the controls show the values
    // as stored (clamped).
    const auto g = general();
    const auto r = reading();
    const auto s = storage();
    const auto n = network();
    m_applying = true;
    m_settings.setGeneral(g);
    m_settings.setReading(r);
    m_settings.setStorage(s);
    m_settings.setNetwork(n);
    m_applying = false;
    load();
}

void SettingsDialog::updateEnabled()
{
    const bool delayed = valueAt(MarkReadOrder, m_ui->markRead->currentIndex())
            == AppSettings::MarkRead::AfterDelay;
    m_ui->markReadDelay->setEnabled(delayed);
    m_ui->markReadDelayLabel->setEnabled(delayed);
    const bool manual = m_ui->proxyManual->isChecked();
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->proxyType), static_cast<QWidget *>(m_ui->proxyTypeLabel),
          static_cast<QWidget *>(m_ui->proxyHost), static_cast<QWidget *>(m_ui->proxyHostLabel),
          static_cast<QWidget *>(m_ui->proxyPort), static_cast<QWidget *>(m_ui->proxyPortLabel)})
        w->setEnabled(manual);
}

void SettingsDialog::updateApply()
{
    const bool edited = AppSettings::clamped(general()) != m_settings.general()
            || AppSettings::clamped(reading()) != m_settings.reading()
            || AppSettings::clamped(storage()) != m_settings.storage()
            || AppSettings::clamped(network()) != m_settings.network();
    m_ui->buttons->button(QDialogButtonBox::Apply)->setEnabled(edited);
}

void SettingsDialog::buttonClicked(QAbstractButton *button)
{
    switch (m_ui->buttons->standardButton(button)) {
    case QDialogButtonBox::Ok:
        apply();
        accept();
        break;
    case QDialogButtonBox::Apply:
        apply();
        break;
    case QDialogButtonBox::Cancel:
        reject();
        break;
    default:
        break;
    }
}

void SettingsDialog::cleanUpNow()
{
    if (!m_cleanup || m_cleaningUp)
        return;
    m_cleaningUp = true;
    m_ui->cleanUpNow->setEnabled(false);
    m_ui->cleanUpResult->setText(tr("Cleaning up\u2026"));
    // With the limits shown, stored or not: what the person sees is done.
    m_cleanup->run(storage()).then(this, nextTurn(this, [this](const Result<CleanupReport> &result) {
        m_cleaningUp = false;
        m_ui->cleanUpNow->setEnabled(true);
        QString message;
        if (result) {
            const CleanupReport &r = result.value();
            message = QStringList {tr("Freed %1.").arg(QLocale().formattedDataSize(r.bytesFreed())),
                                   tr("%n article(s) removed.", nullptr, r.removedArticles),
                                   tr("%n cached file(s) removed.", nullptr, r.removedCacheFiles)}
                              .join(u' ');
        } else {
            message = tr("The clean-up failed: %1").arg(result.error().message);
        }
        m_ui->cleanUpResult->setText(message);
        m_ui->cleanUpResult->setAccessibleName(message);
        emit cleanUpFinished(result.ok(), message);
    }));
}
