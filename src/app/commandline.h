#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

// The command line of shared/contracts/cli.md: global options anywhere,
// then an optional subcommand with its arguments and options.
struct Invocation
{
    QString command; // empty: the desktop app
    // The command's arguments; for the app, feed addresses and files to
    // subscribe to or import.
    QStringList arguments;
    QString dataDir;
    bool json = false;
    bool offline = false;
    bool demo = false;
    bool refreshAll = false; // the app: refresh every subscribed source
    // Consent to move a damaged library aside (never deleted) and start afresh.
    bool resetCorruptLibrary = false;
    int verbosity = 1; // 0 quiet, 1 normal, 2 verbose
    bool help = false;
    bool version = false;
    QString helpText; // filled only when parsed with an application object
    // Subcommand options, by long name; repeated options keep every value.
    QMultiHash<QString, QString> options;

    QString option(const QString &name) const { return options.value(name); }
    bool has(const QString &name) const { return options.contains(name); }
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static QStringList subcommands();
    // Parses arguments (argv[0] first). A usage error comes back as Error::Usage.
    static Result<Invocation> parse(const QStringList &arguments);
    // --data-dir, else $MASTHEAD_DATA_DIR, else the XDG data location.
    static QString resolveDataDir(const Invocation &invocation);
    // An argument naming a source: a path on disk ("/x", "./x", "../x", or
    // an existing "x") is a file:// URL; anything else must be a URL.
    static QUrl urlFromArgument(const QString &argument);
};
