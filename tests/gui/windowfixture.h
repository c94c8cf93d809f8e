#pragma once

// The main window as the app builds it, over a test library (for tests of
// the window as a whole: its language, its accessibility).

#include "appsettings.h"
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

struct WindowFixture
{
    explicit WindowFixture(TempLibrary &library)
        : settings(library.dataDir() + QStringLiteral("/settings.ini"), QSettings::IniFormat),
          storage(library.dataDir()),
          reader(library.dataDir()),
          writer(storage),
          refresh(library.library(), fetcher, storage),
          subscriptions(library.library(), fetcher),
          offline(fetcher, OfflineMonitor::Detection::None),
          scheduler(refresh, storage, offline),
          appSettings(settings),
          cleanup(storage),
          window({reader, writer, refresh, subscriptions, offline, scheduler, appSettings, cleanup, {}, nullptr}, settings)
    {
    }

    Fetcher fetcher;
    QSettings settings;
    StorageThread storage;
    LibraryReader reader;
    LibraryWriter writer;
    RefreshService refresh;
    Subscriptions subscriptions;
    OfflineMonitor offline;
    RefreshScheduler scheduler; // not started
    AppSettings appSettings;
    StorageCleanup cleanup;
    MainWindow window;
};
