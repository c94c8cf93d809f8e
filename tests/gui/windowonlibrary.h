#pragma once

// The window as the app builds it over a test library (as tst_mainwindow
// does), with the discovery factory over the test's Fetcher: its settings
// file beside the library, its writes on a storage thread of its own.

#include "appsettings.h"
#include "discovery.h"
#include "faviconcache.h"
#include "fetcher.h"
#include "libraryreader.h"
#include "librarywriter.h"
#include "mainwindow.h"
#include "offlinemonitor.h"
#include "refreshscheduler.h"
#include "refreshservice.h"
#include "storagecleanup.h"
#include "storagethread.h"
#include "subscriptions.h"
#include "templibrary.h"

#include <QSettings>

struct WindowOnLibrary
{
    // favicons: none by default (test libraries name hosts on the internet).
    WindowOnLibrary(TempLibrary &fixture, Fetcher &fetcher, FaviconCache *favicons = nullptr)
        : settings(settingsPathIn(fixture), QSettings::IniFormat),
          storage(fixture.dataDir()),
          reader(fixture.dataDir()),
          writer(storage),
          refresh(fixture.library(), fetcher, storage),
          subscriptions(fixture.library(), fetcher),
          offline(fetcher, OfflineMonitor::Detection::None),
          scheduler(refresh, storage, offline),
          appSettings(settings),
          cleanup(storage),
          window({reader, writer, refresh, subscriptions, offline, scheduler, appSettings, cleanup,
                  [&fetcher](QObject *parent) { return new Discovery(fetcher, parent); }, favicons},
                 settings)
    {
    }

    static QString settingsPathIn(const TempLibrary &fixture) { return fixture.dataDir() + QStringLiteral("/settings.ini"); }

    // When the window marks an article read, set before the window is made:
    // its first list page may arrive (and its first article open) while it
    // is being made, when the reader thread answers at once.
    static void markReadBeforeOpening(const TempLibrary &fixture, AppSettings::MarkRead markRead)
    {
        QSettings ini(settingsPathIn(fixture), QSettings::IniFormat);
        AppSettings before(ini);
        AppSettings::General general = before.general();
        general.markRead = markRead;
        before.setGeneral(general);
    }

    QSettings settings;
    StorageThread storage;
    LibraryReader reader;
    LibraryWriter writer;
    RefreshService refresh;
    Subscriptions subscriptions;
    OfflineMonitor offline;
    RefreshScheduler scheduler; // not started: only what is subscribed is fetched
    AppSettings appSettings;
    StorageCleanup cleanup;
    MainWindow window;
};

