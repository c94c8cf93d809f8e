// Composition root: parses the command line, opens the library, builds the
// objects and wires them, then runs the desktop app or one headless command.

#include "accountcommands.h"
#include "commandline.h"
#include "credentialstore.h"
#include "demoimporter.h"
#include "discovercommand.h"
#include "documentcommands.h"
#include "feedcommands.h"
#include "fetcher.h"
#include "library.h"
#include "storagethread.h"
#include "librarycommands.h"
#include "output.h"
#include "pagetextprotocol.h"
#include "retention.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QSettings>

#ifdef MASTHEAD_WITH_GUI
#include "accountcontroller.h"
#include "accountdialog.h"
#include "accountservice.h"
#include "fulltextfetcher.h"
#include "syncedcopies.h"
#include "syncscheduler.h"
#include "treeorganizer.h"
#include "accessibleaction.h"
#include "articlepane.h"
#include "backgroundindexer.h"
#include "walcheckpoints.h"
#include "cacheschemehandler.h"
#include "faviconcache.h"
#include "feedcontroller.h"
#include "appsettings.h"
#include "offlinemonitor.h"
#include "refreshscheduler.h"
#include "treeorganizer.h"
#include "imagecache.h"
#include "isolatedpagetext.h"
#include "libraryreader.h"
#include "librarywriter.h"
#include "mainwindow.h"
#include "refreshservice.h"
#include "subscriptions.h"
#include "singleinstance.h"
#include "startupprobe.h"
#include "theme.h"
#include "uilanguage.h"
#include "storagecleanup.h"

#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#endif

#include <climits>
#include <cstring>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Masthead)
};

// The window's language is UiLanguage's (the settings may override the
// desktop's); the command line speaks the desktop's.
enum class Translate { DesktopLanguage, Later };

void describeApplication(QCoreApplication &app, Translate translate = Translate::DesktopLanguage)
{
    QCoreApplication::setApplicationName(u"masthead"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MASTHEAD_VERSION));
    if (translate == Translate::Later)
        return;
    // English numerus forms first, then the person's language over them.
    auto *english = new QTranslator(&app);
    if (english->load(u":/i18n/masthead_en.qm"_s))
        QCoreApplication::installTranslator(english);
    auto *local = new QTranslator(&app);
    if (QLocale().language() != QLocale::English
        && local->load(QLocale(), u"masthead"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(local);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

Result<std::unique_ptr<Library>> openLibrary(const Invocation &inv)
{
    auto library = Library::open(CommandLine::resolveDataDir(inv), Database::Mode::ReadWrite,
                                 inv.resetCorruptLibrary ? Library::IfDamaged::MoveAside
                                                         : Library::IfDamaged::Refuse);
    if (library && !library.value()->movedAside().isEmpty() && inv.verbosity > 0)
        std::fprintf(stderr, "masthead: %s\n",
                     qPrintable(Tr::tr("the damaged library was moved to %1; "
                                       "a fresh library was started")
                                        .arg(library.value()->movedAside())));
    if (!library || !inv.demo)
        return library;
    if (auto report = DemoImporter(*library.value()).importBuiltIn(); !report)
        return report.error();
    return library;
}

// Whether a library that failed to open is damaged (then the person may
// agree to start afresh); reads the whole file, so only on failure.
bool isDamagedLibrary(const Invocation &inv, const Error &error)
{
    if (error.kind != Error::Database || inv.resetCorruptLibrary)
        return false;
    const auto damaged = Library::isDamaged(CommandLine::resolveDataDir(inv));
    return damaged && damaged.value();
}

// Settings live with the library when a data directory is named, else in
// the desktop's usual place.
std::unique_ptr<QSettings> settingsFor(const Invocation &inv, const QString &dataDir)
{
    if (inv.dataDir.isEmpty() && qEnvironmentVariableIsEmpty("MASTHEAD_DATA_DIR"))
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(QDir(dataDir).filePath(u"settings.ini"_s), QSettings::IniFormat);
}

int runCommand(const Invocation &inv, Output &out)
{
    DocumentCommands documents(inv, out);
    if (inv.command == "parse"_L1)
        return documents.parse();
    if (inv.command == "extract"_L1)
        return documents.extract();
    if (inv.command == "sanitize"_L1) {
        // With a library already there, its cached images are shown from
        // the cache; no library is created for this.
        const QString dataDir = CommandLine::resolveDataDir(inv);
        if (!QFileInfo::exists(Database::fileNameIn(dataDir)))
            return documents.sanitize();
        auto library = Library::open(dataDir);
        if (!library)
            return documents.sanitize();
        const ImageRepository images = library.value()->images();
        return documents.sanitize([&images](const QUrl &url) {
            const auto found = images.find(url);
            return found && found.value() && found.value()->state == CachedImage::State::Stored;
        });
    }
    if (inv.command == "discover"_L1) { // subscribes nothing: no library needed
        Fetcher fetcher;
        fetcher.setOffline(inv.offline);
        return DiscoverCommand(fetcher, inv, out).run();
    }

    auto library = openLibrary(inv);
    if (!library) {
        Error error = library.error();
        if (isDamagedLibrary(inv, error))
            error.message += Tr::tr("; run again with --reset-corrupt-library to move it aside "
                                    "(nothing is deleted) and start a fresh library");
        return out.fail(inv.command, error);
    }
    LibraryCommands commands(*library.value(), inv, out);
    if (inv.command == "stats"_L1)
        return commands.stats();
    if (inv.command == "categories"_L1)
        return commands.categories();
    if (inv.command == "subscribe"_L1)
        return commands.setSubscribed(true);
    if (inv.command == "unsubscribe"_L1)
        return commands.setSubscribed(false);
    if (inv.command == "list"_L1)
        return commands.list();
    if (inv.command == "show"_L1)
        return commands.show();
    if (inv.command == "search"_L1)
        return commands.search();
    if (inv.command == "related"_L1)
        return commands.related();
    // The desktop's keyring, unless told there is none (tests, servers).
    SessionCredentials session;
    KeychainCredentials keyring;
    CredentialStore &credentials = qEnvironmentVariableIntValue("MASTHEAD_NO_KEYRING") == 1
            ? static_cast<CredentialStore &>(session)
            : keyring;
    if (inv.command == "account"_L1 || inv.command == "sync"_L1 || inv.command == "mark"_L1) {
        AccountCommands accounts(*library.value(), credentials, inv, out);
        return inv.command == "mark"_L1 ? accounts.mark() : inv.command == "sync"_L1 ? accounts.sync() : accounts.account();
    }
    if (inv.command == "vacuum"_L1) {
        const auto settings = settingsFor(inv, library.value()->dataDir());
        RetentionPolicy policy;
        policy.maxAgeDays = settings->value(u"retention/maxAgeDays"_s, 0).toInt();
        policy.maxPerFeed = settings->value(u"retention/maxPerFeed"_s, 0).toInt();
        policy.maxCacheBytes = settings->value(u"cache/maxMegabytes"_s, 0).toLongLong() * 1024 * 1024;
        return commands.vacuum(policy);
    }

    if (inv.command == "add"_L1 || inv.command == "remove"_L1) {
        // Into an account's category, or an account's feed: on its server.
        AccountCommands accounts(*library.value(), credentials, inv, out);
        if (const auto done = inv.command == "add"_L1 ? accounts.addOnServer() : accounts.removeOnServer())
            return *done;
    }
    Fetcher fetcher;
    fetcher.setOffline(inv.offline);
    FeedCommands feeds(*library.value(), fetcher, inv, out);
    if (inv.command == "add"_L1)
        return feeds.add();
    if (inv.command == "remove"_L1)
        return feeds.remove();
    if (inv.command == "refresh"_L1)
        return feeds.refresh();
    if (inv.command == "import-opml"_L1)
        return feeds.importOpml();
    if (inv.command == "export-opml"_L1)
        return feeds.exportOpml();
    return out.fail(inv.command, makeError(Error::Usage, Tr::tr("not available yet")));
}

int runHeadless(int argc, char **argv, const Invocation &inv)
{
    QCoreApplication app(argc, argv);
    describeApplication(app);
    Output out(1);
    if (inv.help) {
        out.write(CommandLine::parse(QCoreApplication::arguments())->helpText.toUtf8());
        return 0;
    }
    if (inv.version) {
        out.line(u"masthead %1"_s.arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (inv.command.isEmpty())
        return out.fail(u"usage"_s, makeError(Error::Usage, Tr::tr("this build has no desktop app; "
                                                                   "give a command (see --help)")));
    Output commandOut(inv.verbosity);
    return runCommand(inv, commandOut);
}

#ifdef MASTHEAD_WITH_GUI
int runGui(int argc, char **argv, const Invocation &inv)
{
    Output out(1);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return out.fail(u"gui"_s, makeError(Error::Usage, Tr::tr("no display to show the window on; "
                                                                 "run it in a desktop session, or "
                                                                 "use a command (see --help)")));
    // Chromium refuses to run as root inside its sandbox; say so instead of dying.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        std::fprintf(stderr, "masthead: running as root: the article pane's sandbox is off\n");
    }
    // The desktop's token for raising our window: Qt takes it from the
    // environment as it starts, a window already running needs it handed.
    LaunchRequest launch;
    launch.refreshAll = inv.refreshAll;
    launch.activationToken = qEnvironmentVariable("XDG_ACTIVATION_TOKEN", qEnvironmentVariable("DESKTOP_STARTUP_ID"));
    if (auto urls = LaunchRequest::urlsFromArguments(inv.arguments, QDir::currentPath()))
        launch.urls = urls.value();
    else
        return out.fail(u"open"_s, urls.error());
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // WebEngine wants it before the app
    CacheSchemeHandler::registerScheme(); // custom schemes too
    ArticlePane::prepareAccessibility(); // and the pane's content for screen readers
    QApplication app(argc, argv);
    describeApplication(app, Translate::Later);
    AccessibleAction::install(); // checkable menu items say so to screen readers
    // The desktop's language until the settings are read (below).
    UiLanguage language;
    language.apply(QString());
    QApplication::setApplicationDisplayName(u"Masthead"_s);
    QApplication::setDesktopFileName(u"io.github.masthead.Masthead"_s);
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/hicolor/%1x%1/apps/io.github.masthead.Masthead.png"_s.arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    // One window per library: a window already open for it takes this
    // launch's addresses and files, and this process leaves.
    SingleInstance instance(CommandLine::resolveDataDir(inv));
    const auto role = instance.start(launch);
    if (!role) {
        QMessageBox::critical(nullptr, Tr::tr("Masthead"), role.error().message);
        return out.fail(u"library"_s, role.error());
    }
    if (role.value() == SingleInstance::Role::HandedOver)
        return 0;
    if (!instance.listenError().isEmpty() && inv.verbosity > 1)
        std::fprintf(stderr, "masthead: later launches cannot reach this window: %s\n",
                     qPrintable(instance.listenError()));

    auto library = openLibrary(inv);
    if (!library && isDamagedLibrary(inv, library.error())) {
        // Starting afresh loses the subscriptions: only if the person says so.
        const auto answer = QMessageBox::question(
                nullptr, Tr::tr("Masthead"),
                Tr::tr("The library is damaged and cannot be opened.\n\n%1\n\n"
                       "Move it aside and start a fresh, empty library? The damaged file is "
                       "kept beside it as library.sqlite.corrupt-<date>; nothing is deleted.")
                        .arg(library.error().message),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return out.fail(u"library"_s, library.error());
        Invocation agreed = inv;
        agreed.resetCorruptLibrary = true;
        library = openLibrary(agreed);
        if (library && !library.value()->movedAside().isEmpty())
            QMessageBox::information(nullptr, Tr::tr("Masthead"),
                                     Tr::tr("The damaged library was moved to %1.")
                                             .arg(library.value()->movedAside()));
    }
    if (!library) {
        QMessageBox::critical(nullptr, Tr::tr("Masthead"),
                              Tr::tr("The library could not be opened.\n\n%1").arg(library.error().message));
        return out.fail(u"library"_s, library.error());
    }
    const auto settings = settingsFor(inv, library.value()->dataDir());
    Fetcher fetcher;
    // Refreshes are stored on their own thread and connection; the
    // WalCheckpoints (below) checkpoints for it.
    StorageThread storage(library.value()->dataDir(), StorageThread::Checkpoints::ByAnotherConnection);
    // Article pages are read in worker processes: a page that crashes the
    // extractor costs that article its full text, never the window.
    IsolatedPageText pages(QCoreApplication::applicationFilePath(),
                           {QString::fromLatin1(PageTextProtocol::WorkerOption)}, QThread::idealThreadCount());
    // The window reads on connections of its own, off its thread, and
    // writes through the storage thread: it holds no connection itself.
    LibraryReader reader(library.value()->dataDir());
    LibraryWriter writer(storage);
    RefreshService refresh(*library.value(), fetcher, storage);
    refresh.setPageTextSource(pages);
    refresh.setKeepOfflineCopies(true); // what is listed reads offline
    Subscriptions subscriptions(*library.value(), fetcher);
    AppSettings appSettings(*settings);
    if (!appSettings.reading().language.isEmpty())
        language.apply(appSettings.reading().language);
    // Light, dark or the desktop's, now and whenever the setting changes.
    Theme theme;
    theme.apply(appSettings.reading().theme);
    QObject::connect(&appSettings, &AppSettings::changed, &app, [&theme, &appSettings](AppSettings::Section section) {
        if (section == AppSettings::Section::Reading)
            theme.apply(appSettings.reading().theme);
    });
    StorageCleanup cleanup(storage);
    fetcher.setProxy(appSettings.network().proxy);
    // Offline by the person's choice or when the system says the network is down.
    OfflineMonitor offline(fetcher);
    // Refreshes by itself: on start, then every interval, each feed when due.
    RefreshScheduler scheduler(refresh, storage, offline);
    const auto applyRefreshSettings = [&scheduler, &appSettings] {
        scheduler.setIntervalMinutes(appSettings.general().refreshIntervalMinutes);
        scheduler.setRefreshOnStart(appSettings.general().refreshOnStart);
    };
    applyRefreshSettings();
    // The subscribe dialog's discoveries fetch through the app's one Fetcher
    // (its proxy, its offline state, its per-host limits).
    const DiscoveryFactory discovery = [&fetcher](QObject *parent) { return new Discovery(fetcher, parent); };
    // Each feed's site icon, fetched once, kept beside the library.
    FaviconCache favicons(fetcher, library.value()->dataDir() + u"/favicons"_s);
    MainWindow window(
            {reader, writer, refresh, subscriptions, offline, scheduler, appSettings, cleanup, discovery, &favicons},
            *settings);
    // File › Add Account…: servers to sync with; passwords in the keyring.
    KeychainCredentials keyring;
    SessionCredentials sessionPasswords;
    AccountService accounts(storage, keyring, sessionPasswords); // writes through the one writer
    // The accounts sync by themselves on the refresh interval (paused
    // offline), with Refresh, and from File › Sync Accounts; their state
    // shows on their rows in the tree.
    SyncScheduler syncs(accounts, offline);
    const auto applySyncSettings = [&syncs, &scheduler] { syncs.setIntervalMinutes(scheduler.intervalMinutes()); };
    applySyncSettings();
    QObject::connect(&appSettings, &AppSettings::changed, &syncs, [applySyncSettings](AppSettings::Section section) {
        if (section == AppSettings::Section::General)
            applySyncSettings();
    });
    AccountController accountView(window, accounts, syncs, *window.categoryModel());
    QObject::connect(window.treeOrganizer(), &TreeOrganizer::menuBuilt, &accountView, &AccountController::addMenuItems);
    AccountDialog::install(window, accounts, [&accountView, &syncs](qint64 id) {
        accountView.reloadAccounts();
        syncs.syncNow(id);
    });
    // What a sync stored reads offline like a refreshed feed's: full text of
    // summary-only articles, images, then the index.
    FullTextFetcher syncedPages(fetcher, pages);
    SyncedCopies syncedCopies(storage, syncedPages, *refresh.imageCache());
    if (appSettings.network().workOffline)
        window.feeds()->setOffline(true);
    QObject::connect(&appSettings, &AppSettings::changed, &window, [&](AppSettings::Section section) {
        if (section == AppSettings::Section::General)
            applyRefreshSettings();
        if (section != AppSettings::Section::Network)
            return;
        fetcher.setProxy(appSettings.network().proxy);
        window.feeds()->setOffline(appSettings.network().workOffline);
    });
    // New or removed subscriptions change the plan.
    QObject::connect(window.feeds(), &FeedController::libraryChanged, &scheduler, &RefreshScheduler::reload);
    // A feed deleted, moved or given its own interval in the tree: plan again.
    QObject::connect(window.treeOrganizer(), &TreeOrganizer::changed, &scheduler, &RefreshScheduler::reload);
    window.articlePane()->setImageCacheDirectory(ImageCache::directoryIn(library.value()->cacheDir()));
    if (inv.offline)
        window.feeds()->setOffline(true);
    // What a refresh stores is indexed for search and "More like this"
    // behind it, on the writer in slices; the WAL is copied into the file on
    // a connection of its own (the writer and the GUI thread's connection
    // leave checkpoints to it).
    WalCheckpoints checkpoints(library.value()->dataDir());
    (void)library.value()->database().setAutoCheckpoint(false); // should it fail, it goes on checkpointing itself
    BackgroundIndexer indexer(storage);
    // Paused while a refresh stores its feeds: the refresh must not wait on
    // the indexer's slices (measured by bench_refresh). It goes on beside
    // the pages and images for offline reading, which mostly wait on hosts.
    QObject::connect(window.feeds(), &FeedController::storingFeeds, &indexer, &BackgroundIndexer::setPaused);
    QObject::connect(window.feeds(), &FeedController::libraryChanged, &indexer, &BackgroundIndexer::schedule);
    QObject::connect(&indexer, &BackgroundIndexer::progress, &window, [&window](qint64, qint64 remaining) {
        if (remaining > 0)
            window.statusBar()->showMessage(
                    Tr::tr("Indexing for search: %n article(s) left", nullptr, int(qMin<qint64>(remaining, INT_MAX))),
                    3000);
    });
    QObject::connect(&indexer, &BackgroundIndexer::failed, &window, [&window](const QString &message) {
        window.statusBar()->showMessage(Tr::tr("Indexing for search stopped: %1").arg(message), 10000);
    });
    indexer.schedule(); // what an earlier session left queued
    QObject::connect(&accountView, &AccountController::libraryChanged, &window,
                     [&window, &indexer, &syncedCopies](const QList<qint64> &stored) {
                         window.reload();
                         indexer.schedule();
                         syncedCopies.keep(stored);
                     });
    QObject::connect(&syncedCopies, &SyncedCopies::kept, &indexer, [&indexer](int completed) {
        if (completed > 0)
            indexer.schedule();
    });
    window.show();
    // After the first paint: the refresh on start never holds up the window.
    QTimer::singleShot(0, &scheduler, &RefreshScheduler::start);
    QTimer::singleShot(0, &syncs, [&syncs, &appSettings] { syncs.start(appSettings.general().refreshOnStart); });
    // Settings the file held out of range were clamped: say so once.
    if (const QStringList notes = appSettings.takeNotes(); !notes.isEmpty())
        window.statusBar()->showMessage(notes.join(u' '), 20000);
    QObject::connect(&instance, &SingleInstance::requested, &window, &MainWindow::handleLaunch,
                     Qt::QueuedConnection);
    if (!launch.urls.isEmpty() || launch.refreshAll)
        QTimer::singleShot(0, &window, [&window, own = launch] {
            LaunchRequest request = own;
            request.activationToken.clear(); // Qt used it for this window already
            window.handleLaunch(request);
        });
    if (qEnvironmentVariableIsSet("MASTHEAD_STARTUP_PROBE"))
        new StartupProbe(window); // the window owns it
    return app.exec();
}
#endif

// `masthead --page-text-worker`: reads article pages for IsolatedPageText
// over stdin/stdout until stdin closes. A page that crashes or exhausts it
// ends only this process.
int runPageTextWorker()
{
    // A hostile page may not take the machine's memory with it.
    constexpr rlim_t MaxBytes = rlim_t(2) * 1024 * 1024 * 1024;
    const rlimit limit{MaxBytes, MaxBytes};
    (void)::setrlimit(RLIMIT_AS, &limit);
    QFile in;
    QFile out;
    if (!in.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered)
        || !out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 2;
    return PageTextProtocol::serve(in, out);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 2 && std::strcmp(argv[1], PageTextProtocol::WorkerOption) == 0)
        return runPageTextWorker();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    auto parsed = CommandLine::parse(arguments);
    if (!parsed)
        return Output(1).fail(u"usage"_s, parsed.error());
#ifdef MASTHEAD_WITH_GUI
    if (parsed->command.isEmpty() && !parsed->help && !parsed->version)
        return runGui(argc, argv, parsed.value());
#endif
    return runHeadless(argc, argv, parsed.value());
}
