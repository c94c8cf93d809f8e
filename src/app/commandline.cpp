#include "commandline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

struct OptionSpec
{
    QString name;
    QString valueName; // empty: a flag
    QStringList commands;
};

const QList<OptionSpec> &commandOptions()
{
    static const QList<OptionSpec> specs = {
            {u"category"_s, u"path"_s, {u"add"_s, u"list"_s}},
            {u"unread"_s, {}, {u"list"_s}},
            {u"limit"_s, u"n"_s, {u"list"_s, u"search"_s, u"related"_s}},
            {u"link"_s, {}, {u"related"_s}},
            {u"wait-for-index"_s, {}, {u"search"_s, u"related"_s}},
            {u"base-url"_s, u"url"_s, {u"parse"_s}},
            {u"content-type"_s, u"type"_s, {u"parse"_s}},
            {u"header"_s, u"name: value"_s, {u"parse"_s}},
            {u"url"_s, u"url"_s, {u"extract"_s, u"sanitize"_s}},
    };
    return specs;
}

// Not a command but something for the app to open: an address with a
// scheme, or a path (checked, with the rest, when the app takes it).
bool isAppArgument(const QString &argument)
{
    return argument.contains(u':') || argument.contains(u'/') || argument.contains(u'.')
            || QFileInfo::exists(argument);
}

} // namespace

QStringList CommandLine::subcommands()
{
    return {u"add"_s,        u"remove"_s,      u"categories"_s,  u"subscribe"_s, u"unsubscribe"_s,
            u"refresh"_s,    u"import-opml"_s, u"export-opml"_s, u"list"_s,      u"show"_s,
            u"search"_s,     u"related"_s,     u"parse"_s,       u"extract"_s,   u"sanitize"_s,
            u"stats"_s,      u"vacuum"_s,      u"discover"_s};
}

Result<Invocation> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Masthead, a desktop news reader. Without a command it starts the app.\n"
               "Commands: %1").arg(subcommands().join(u", "_s)));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s, tr("Use <dir> for the library, cache and settings."),
                                     u"dir"_s);
    const QCommandLineOption offline(u"offline"_s, tr("Never open a network connection."));
    const QCommandLineOption json(u"json"_s, tr("Machine-readable output on stdout."));
    const QCommandLineOption quiet({u"q"_s, u"quiet"_s}, tr("Say less on stderr."));
    const QCommandLineOption verbose(u"verbose"_s, tr("Say more on stderr."));
    const QCommandLineOption demo(u"demo"_s, tr("Load the built-in sample library first."));
    const QCommandLineOption resetCorrupt(
            u"reset-corrupt-library"_s,
            tr("If the library is damaged, move it aside as library.sqlite.corrupt-<date> "
               "(nothing is deleted) and start a fresh one."));
    const QCommandLineOption refreshAll(u"refresh-all"_s,
                                        tr("The app: refresh every subscribed source (a window already "
                                           "open for the library does it)."));
    for (const auto &option : {dataDir, offline, json, quiet, verbose, demo, resetCorrupt, refreshAll})
        parser.addOption(option);
    for (const OptionSpec &spec : commandOptions()) {
        parser.addOption(QCommandLineOption(
                spec.name, tr("Option of: %1.").arg(spec.commands.join(u", "_s)), spec.valueName));
    }
    parser.addPositionalArgument(u"command"_s,
                                 tr("A command (see above), or none for the app. The app takes feed "
                                    "addresses to subscribe to and OPML or feed files to import."),
                                 u"[command | URL | FILE…]"_s);

    // -v means --verbose in the contract, not --version.
    QStringList args = arguments;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == "-v"_L1)
            args[i] = u"--verbose"_s;
        if (args.at(i) == "--"_L1)
            break;
    }

    Invocation inv;
    if (!parser.parse(args))
        return makeError(Error::Usage, parser.errorText());
    if (QCoreApplication::instance()) // the help text names the program from its arguments
        inv.helpText = parser.helpText();
    inv.help = parser.isSet(help);
    inv.version = parser.isSet(version);
    inv.dataDir = parser.value(dataDir);
    inv.json = parser.isSet(json);
    inv.offline = parser.isSet(offline);
    inv.demo = parser.isSet(demo);
    inv.resetCorruptLibrary = parser.isSet(resetCorrupt);
    inv.refreshAll = parser.isSet(refreshAll);
    inv.verbosity = parser.isSet(quiet) ? 0 : parser.isSet(verbose) ? 2 : 1;

    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (subcommands().contains(positional.first()))
            inv.command = positional.takeFirst();
        else if (!isAppArgument(positional.first()))
            return makeError(Error::Usage, tr("unknown command '%1' (see --help)").arg(positional.first()));
        inv.arguments = positional;
    }
    if (inv.refreshAll && !inv.command.isEmpty())
        return makeError(Error::Usage, tr("--refresh-all does not go with %1").arg(inv.command));
    for (const OptionSpec &spec : commandOptions()) {
        if (!parser.isSet(spec.name))
            continue;
        if (!spec.commands.contains(inv.command))
            return makeError(Error::Usage, tr("--%1 does not go with %2")
                                                   .arg(spec.name,
                                                        inv.command.isEmpty() ? tr("the app") : inv.command));
        const QStringList values = spec.valueName.isEmpty() ? QStringList{QString()}
                                                            : parser.values(spec.name);
        for (const QString &value : values)
            inv.options.insert(spec.name, value);
    }
    return inv;
}

QString CommandLine::resolveDataDir(const Invocation &invocation)
{
    if (!invocation.dataDir.isEmpty())
        return QDir(invocation.dataDir).absolutePath();
    const QString env = qEnvironmentVariable("MASTHEAD_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QUrl CommandLine::urlFromArgument(const QString &argument)
{
    if (argument.startsWith(u'/') || argument.startsWith("./"_L1) || argument.startsWith("../"_L1))
        return QUrl::fromLocalFile(QFileInfo(argument).absoluteFilePath());
    const QUrl url(argument, QUrl::StrictMode);
    if (url.scheme().isEmpty() && QFileInfo::exists(argument)) // "feeds.opml"
        return QUrl::fromLocalFile(QFileInfo(argument).absoluteFilePath());
    return url;
}
