#pragma once

#include "proxysettings.h"
#include "readingstyle.h"

#include <QObject>
#include <QStringList>

class QSettings;
class QVariant;
struct RetentionPolicy;

// The person's settings, typed, over the data directory's settings.ini (a
// QSettings the composition root opens and shares with the window's own
// state keys, window/* and view/*). Every value has a default and a range;
// what the file holds outside them, or cannot be read at all, is clamped or
// replaced by the default and noted (notes(), for the window to show once),
// never a crash. Setters store a section at once and emit changed(section)
// when it differs, so the window, the pane and the fetcher apply it live.
class AppSettings final : public QObject
{
    Q_OBJECT

public:
    enum class Section { General, Reading, Storage, Network };
    Q_ENUM(Section)

    enum class MarkRead { OnOpen, AfterDelay, Never };
    enum class Theme { System, Light, Dark };

    struct General
    {
        static constexpr int MinRefreshMinutes = 5;
        static constexpr int MaxRefreshMinutes = 1440;
        static constexpr int DefaultRefreshMinutes = 30;
        static constexpr int MaxMarkReadDelaySeconds = 60;
        static constexpr int DefaultMarkReadDelaySeconds = 3;

        bool refreshOnStart = true;
        int refreshIntervalMinutes = DefaultRefreshMinutes;
        MarkRead markRead = MarkRead::OnOpen;
        int markReadDelaySeconds = DefaultMarkReadDelaySeconds; // for AfterDelay, 0..60

        friend bool operator==(const General &, const General &) = default;
    };

    struct Reading
    {
        ReadingStyle style;
        Theme theme = Theme::System;
        QString language; // empty: the desktop's; else a locale name ("de", "pt_BR")

        friend bool operator==(const Reading &, const Reading &) = default;
    };

    // Zero switches a limit off (the default keeps everything).
    struct Storage
    {
        static constexpr int MaxKeepDays = 36500;
        static constexpr int MaxKeepPerFeed = 1000000;
        static constexpr int MaxImageCacheMegabytes = 1024 * 1024;

        int keepDays = 0;
        int keepPerFeed = 0;
        int imageCacheMegabytes = 0;

        RetentionPolicy retentionPolicy() const;
        friend bool operator==(const Storage &, const Storage &) = default;
    };

    struct Network
    {
        bool workOffline = false;
        ProxySettings proxy;

        friend bool operator==(const Network &, const Network &) = default;
    };

    // Reads the settings at once.
    explicit AppSettings(QSettings &settings, QObject *parent = nullptr);

    General general() const { return m_general; }
    Reading reading() const { return m_reading; }
    Storage storage() const { return m_storage; }
    Network network() const { return m_network; }

    void setGeneral(const General &general);
    void setReading(const Reading &reading);
    void setStorage(const Storage &storage);
    void setNetwork(const Network &network);

    // Reads the file again (edited by hand while running); emits changed()
    // for each section that differs.
    void reload();

    // What was clamped or replaced, one sentence each, oldest first.
    QStringList notes() const { return m_notes; }
    QStringList takeNotes();

    // The same rules the file is read with, for values from elsewhere.
    static General clamped(General general, QStringList *notes = nullptr);
    static Reading clamped(Reading reading, QStringList *notes = nullptr);
    static Storage clamped(Storage storage, QStringList *notes = nullptr);
    static Network clamped(Network network, QStringList *notes = nullptr);

signals:
    void changed(AppSettings::Section section);

private:
    General readGeneral();
    Reading readReading();
    Storage readStorage();
    Network readNetwork();
    void store(const char *key, const QVariant &value);
    void finishWrite();

    QSettings &m_settings;
    General m_general;
    Reading m_reading;
    Storage m_storage;
    Network m_network;
    QStringList m_notes;
};
