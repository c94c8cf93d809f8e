// Composition root: parses the command line, opens the library, builds the
// objects and wires them, then runs the desktop app or one headless command.

#include "commandline.h"
#include "demoimporter.h"
#include "library.h"
#include "librarycommands.h"
#include "output.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QSettings>

#ifdef MASTHEAD_WITH_GUI
#include "articlepane.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>
#endif

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Masthead)
};

void describeApplication(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(u"masthead"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MASTHEAD_VERSION));
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
    auto library = Library::open(CommandLine::resolveDataDir(inv));
    if (!library || !inv.demo)
        return library;
    if (auto report = DemoImporter(*library.value()).importBuiltIn(); !report)
        return report.error();
    return library;
}

int runCommand(const Invocation &inv, Output &out)
{
    // Commands that work on files alone come here once their parts land.
    auto library = openLibrary(inv);
    if (!library)
        return out.fail(inv.command, library.error());
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
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // WebEngine wants it before the app
    QApplication app(argc, argv);
    describeApplication(app);
    QApplication::setApplicationDisplayName(u"Masthead"_s);
    QApplication::setDesktopFileName(u"io.github.masthead.Masthead"_s);

    auto library = openLibrary(inv);
    if (!library) {
        QMessageBox::critical(nullptr, Tr::tr("Masthead"),
                              Tr::tr("The library could not be opened.\n\n%1").arg(library.error().message));
        return out.fail(u"library"_s, library.error());
    }
    std::unique_ptr<QSettings> settings =
            inv.dataDir.isEmpty() && qEnvironmentVariableIsEmpty("MASTHEAD_DATA_DIR")
            ? std::make_unique<QSettings>()
            : std::make_unique<QSettings>(QDir(library.value()->dataDir()).filePath(u"settings.ini"_s),
                                          QSettings::IniFormat);
    MainWindow window(*library.value(), *settings);
    window.show();
    if (qEnvironmentVariableIsSet("MASTHEAD_STARTUP_PROBE")) {
        // For tests/benchmarks/startup: say when the window and its first
        // page are up, then leave.
        QObject::connect(window.articlePane(), &ArticlePane::loadFinished, &app, [] {
            std::fprintf(stderr, "masthead: shown\n");
            std::fflush(stderr);
            QCoreApplication::exit(0);
        });
    }
    return app.exec();
}
#endif

} // namespace

int main(int argc, char **argv)
{
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
