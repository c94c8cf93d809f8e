#pragma once

#include "appsettings.h"

#include <memory>

#include <QDialog>

class QAbstractButton;
class StorageCleanup;

namespace Ui {
class SettingsDialog;
}

// Edit › Settings…: General, Reading, Storage and Network, over AppSettings.
// OK stores and closes, Apply stores (AppSettings then says changed(section)
// and the window, the pane and the fetcher follow), Cancel leaves the
// settings as they were. "Clean up now" runs the storage clean-up with the
// limits shown, on the storage thread, and says how much it freed; without
// a StorageCleanup the button is hidden.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings &settings, StorageCleanup *cleanup, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What the controls say now, section by section.
    AppSettings::General general() const;
    AppSettings::Reading reading() const;
    AppSettings::Storage storage() const;
    AppSettings::Network network() const;

    // Stores what the controls say.
    void apply();
    // Whether a clean-up is running.
    bool isCleaningUp() const { return m_cleaningUp; }

Q_SIGNALS:
    // A clean-up finished; the text is what the dialog shows.
    void cleanUpFinished(bool ok, const QString &message);

private:
    void load();
    void fillFontFamilies(const QString &current);
    void fillLanguages(const QString &current);
    void updateEnabled();
    void updateApply();
    void buttonClicked(QAbstractButton *button);
    void cleanUpNow();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings &m_settings;
    StorageCleanup *m_cleanup;
    bool m_cleaningUp = false;
    bool m_applying = false;
};
